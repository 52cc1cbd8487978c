/// @file repost_tracker.cpp
/// @brief Incremental re-post detection during a build, and the clusters it leaves behind.
#include "repost_tracker.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

#include "suyuan/core/error.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_document.h"

namespace suyuan {
namespace {

std::string anchor_term(std::uint64_t anchor) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(anchor_key(anchor)));
  return std::string(schema::PREFIX_REPOST_ANCHOR) + hex;
}

/// Number of anchor terms of a stored document.
std::size_t anchor_count(const Xapian::Document& doc) {
  std::size_t n = 0;
  const std::string prefix(schema::PREFIX_REPOST_ANCHOR);
  Xapian::TermIterator t = doc.termlist_begin();
  for (t.skip_to(prefix); t != doc.termlist_end() && (*t).rfind(prefix, 0) == 0; ++t) ++n;
  return n;
}

/// The doc id of a stored article, from its XID term.
std::string doc_id_term_of(const Xapian::Document& doc) {
  const std::string prefix(schema::PREFIX_DOC_ID);
  Xapian::TermIterator t = doc.termlist_begin();
  t.skip_to(prefix);
  if (t == doc.termlist_end() || (*t).rfind(prefix, 0) != 0) return {};
  return (*t).substr(prefix.size());
}

/// A cited name names a publisher: the same, or one inside the other (新浪 / 新浪财经).
bool names_match(const std::string& cited, const std::string& publisher) {
  if (cited.size() < 6 || publisher.size() < 6) return cited == publisher && !cited.empty();
  return cited.find(publisher) != std::string::npos || publisher.find(cited) != std::string::npos;
}

/// Undated articles sort after dated ones.
bool published_before(const RepostMember& a, const RepostMember& b) {
  if (a.published.empty() != b.published.empty()) return !a.published.empty();
  return std::tie(a.published, a.path) < std::tie(b.published, b.path);
}

}  // namespace

void RepostTracker::AnchorTable::add(std::uint64_t anchor, std::uint32_t article) {
  if (2 * (used_ + 1) > slots_.size()) grow();  // at most half full: short probe runs
  const std::uint32_t key = anchor_key(anchor);
  std::size_t n = 0, i = slot_of(key);
  for (; slots_[i].article != 0; i = (i + 1) & mask()) {
    if (slots_[i].key == key && ++n > limit_) return;  // boilerplate already
  }
  slots_[i] = {key, article + 1};
  ++used_;
}

void RepostTracker::AnchorTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(1024, 2 * old.size()), Slot{});
  for (const Slot& s : old) {
    if (s.article == 0) continue;
    std::size_t i = slot_of(s.key);
    while (slots_[i].article != 0) i = (i + 1) & mask();
    slots_[i] = s;
  }
}

RepostTracker::RepostTracker(const RepostRules& rules,
                             const std::vector<std::filesystem::path>& shards, WriterAccess writer)
    : rules_(rules),
      shards_(shards),
      writer_(std::move(writer)),
      fresh_anchors_(rules.max_anchor_documents) {
  open_snapshot();
  committed_before_ = !snapshot_empty_;
  if (committed_before_) load_state();
}

void RepostTracker::open_snapshot() {
  // Combined in shard order, so a combined docid d is docid (d - 1) / n + 1 of shard (d - 1) % n.
  snapshot_ = Xapian::Database();
  try {
    for (const auto& shard : shards_) snapshot_.add_database(Xapian::Database(shard.string()));
    snapshot_empty_ = snapshot_.get_doccount() == 0;
  } catch (const Xapian::DatabaseOpeningError&) {
    snapshot_empty_ = true;  // created by this build: nothing committed yet
  }
}

void RepostTracker::committed() { open_snapshot(); }

Anchors RepostTracker::add_anchor_terms(const RepostRules& rules, const std::string& normalized,
                                        Xapian::Document& doc) {
  Anchors anchors = anchor_hashes(rules, normalized);
  for (std::uint64_t h : anchors.terms) doc.add_boolean_term(anchor_term(h));
  return anchors;
}

void RepostTracker::load_state() {
  const std::string stored = snapshot_.get_metadata(std::string(REPOST_STATE_KEY));
  if (stored.empty()) return;
  for (const RepostCluster& cluster : parse_repost_clusters(stored)) {
    for (const RepostMember& m : cluster.members) {
      members_[m.doc_id] = Member{{m.doc_id, m.path, m.title, m.publisher, m.published}, m.cites};
      marked_[m.doc_id] = cluster.origin_id;
    }
  }
  // The confirmed links, which the public cluster JSON leaves out.
  try {
    const nlohmann::json state = nlohmann::json::parse(stored);
    for (const auto& c : state.at("clusters")) {
      for (const auto& l : c.value("links", nlohmann::json::array())) {
        Overlap o;
        o.shared = l.at("shared").get<std::size_t>();
        o.a_in_b = l.at("a_in_b").get<double>();
        o.b_in_a = l.at("b_in_a").get<double>();
        o.jaccard = l.at("jaccard").get<double>();
        links_[{l.at("a").get<std::string>(), l.at("b").get<std::string>()}] = o;
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                std::string("stored re-post links are malformed: ") + e.what());
  }
}

void RepostTracker::forget(const std::string& doc_id) {
  forgotten_.insert(doc_id);
  members_.erase(doc_id);
  marked_.erase(doc_id);  // its new document, if any, starts unmarked
  shingle_cache_.erase(doc_id);
  for (auto it = links_.begin(); it != links_.end();) {
    it = (it->first.first == doc_id || it->first.second == doc_id) ? links_.erase(it)
                                                                   : std::next(it);
  }
  if (auto f = fresh_index_.find(doc_id); f != fresh_index_.end())
    fresh_[f->second].forgotten = true;
}

void RepostTracker::link(const std::string& a, const std::string& b, const Overlap& a_vs_b) {
  if (a < b) {
    links_[{a, b}] = a_vs_b;
  } else {
    Overlap flipped = a_vs_b;
    std::swap(flipped.a_in_b, flipped.b_in_a);
    links_[{b, a}] = flipped;
  }
}

void RepostTracker::add(const StoredOrigin& article, const std::string& normalized,
                        const Anchors& anchors) {
  marked_.erase(article.doc_id);

  // Shared anchors per candidate: this build's articles, then the last commit's.
  std::unordered_map<std::uint32_t, std::size_t> fresh_counts;
  for (std::uint64_t h : anchors.all)
    fresh_anchors_.find(h, [&](std::uint32_t i) { ++fresh_counts[i]; });
  struct Candidate {
    std::size_t shared;
    std::size_t fresh;  ///< index into fresh_, or SIZE_MAX for a committed article
    Xapian::Document committed;
  };
  std::vector<Candidate> candidates;
  for (const auto& [i, shared] : fresh_counts) {
    const Fresh& f = fresh_[i];
    if (f.forgotten || f.doc_id == article.doc_id) continue;
    if (shared < rules_.min_shared_anchors) continue;
    const std::size_t smaller = std::min(anchors.all.size(), f.anchors);
    if (smaller == 0 || shared < rules_.min_estimated_containment * static_cast<double>(smaller))
      continue;
    candidates.push_back({shared, i, {}});
  }
  // The committed articles are looked up only when some predate this build: the build's own
  // commits hold nothing the in-memory table lacks, and each lookup reads a posting list per
  // anchor (on the whole news corpus, that was most of what re-post detection cost).
  if (committed_before_ && !snapshot_empty_ && !anchors.terms.empty()) {
    // Queried with all its anchors, not only its own term anchors: an anchor that is the minimum
    // of a large window in the indexed article may be so only of a smaller window here, where
    // the window runs past the shared passage (the end of an excerpt, an added paragraph).
    std::vector<Xapian::Query> terms;
    const std::size_t term_anchors = anchors.terms.size();
    for (std::uint64_t h : anchors.all) {
      const std::string t = anchor_term(h);
      const auto df = snapshot_.get_termfreq(t);
      if (df > 0 && df <= rules_.max_anchor_documents) terms.emplace_back(t);
    }
    if (terms.size() >= rules_.min_shared_anchors) {
      Xapian::Enquire enquire(snapshot_);
      enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
      enquire.set_weighting_scheme(Xapian::CoordWeight());
      const Xapian::MSet found =
          enquire.get_mset(0, static_cast<Xapian::doccount>(2 * rules_.candidates));
      for (auto m = found.begin(); m != found.end(); ++m) {
        const auto shared = static_cast<std::size_t>(m.get_weight() + 0.5);
        if (shared < rules_.min_shared_anchors) break;
        Xapian::Document candidate = m.get_document();
        // After a commit of this build the reader also sees this build's articles: the
        // in-memory table has them already, in their current version.
        const std::string id = doc_id_term_of(candidate);
        if (fresh_index_.count(id) || forgotten_.count(id)) continue;
        const std::size_t smaller = std::min(term_anchors, anchor_count(candidate));
        if (smaller == 0 ||
            shared < rules_.min_estimated_containment * static_cast<double>(smaller))
          continue;
        candidates.push_back({shared, SIZE_MAX, candidate});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.shared > b.shared; });
  if (candidates.size() > rules_.candidates) candidates.resize(rules_.candidates);

  const std::size_t index = fresh_.size();
  fresh_.push_back({article.doc_id, anchors.all.size(), 0, 0, false});
  fresh_index_[article.doc_id] = index;
  for (std::uint64_t h : anchors.all) fresh_anchors_.add(h, static_cast<std::uint32_t>(index));
  if (candidates.empty()) return;

  // Not yet in the database: its shingles come from the text at hand.
  const std::vector<std::uint64_t>& mine = shingle_cache_[article.doc_id] =
      shingle_hashes(rules_, normalized);
  for (const Candidate& c : candidates) {
    std::string other;
    if (c.fresh != SIZE_MAX) {
      other = fresh_[c.fresh].doc_id;
    } else {
      // A document of an older schema (a build upgrading the index) cannot be read: it is
      // re-indexed by this build, and compared then.
      StoredDocumentData data;
      try {
        data = decode_stored_document(c.committed.get_data());
      } catch (const Error&) {
        continue;
      }
      const StoredOrigin origin =
          read_stored_json(data.metadata_json, "article metadata",
                           [](const nlohmann::json& j) { return read_stored_origin(j); });
      if (forgotten_.count(origin.doc_id) || fresh_index_.count(origin.doc_id)) continue;
      other = origin.doc_id;
      shingle_cache_[other] = shingle_hashes(rules_, data.normalized);
      members_.try_emplace(other, Member{origin, find_cited_sources(rules_, data.normalized)});
    }
    const Overlap o = overlap(mine, shingles_of(other));
    if (is_copy(rules_, o)) link(article.doc_id, other, o);
  }
}

void RepostTracker::placed(const std::string& doc_id, std::size_t shard, Xapian::docid id) {
  if (auto f = fresh_index_.find(doc_id); f != fresh_index_.end()) {
    fresh_[f->second].shard = shard;
    fresh_[f->second].id = id;
  }
}

StoredDocumentData RepostTracker::stored_data(const std::string& doc_id) {
  const Location at = location_of(doc_id);
  if (at.id == 0) throw Error(ErrorKind::INTERNAL, "re-post link to an unknown article " + doc_id);
  return decode_stored_document(writer_(at.shard).get_document(at.id).get_data());
}

const std::vector<std::uint64_t>& RepostTracker::shingles_of(const std::string& doc_id) {
  auto cached = shingle_cache_.find(doc_id);
  if (cached != shingle_cache_.end()) return cached->second;
  return shingle_cache_[doc_id] = shingle_hashes(rules_, stored_data(doc_id).normalized);
}

RepostTracker::Location RepostTracker::location_of(const std::string& doc_id) {
  if (auto f = fresh_index_.find(doc_id); f != fresh_index_.end()) {
    return {fresh_[f->second].shard, fresh_[f->second].id};
  }
  if (snapshot_empty_) return {};
  const std::string t = std::string(schema::PREFIX_DOC_ID) + doc_id;
  Xapian::PostingIterator p = snapshot_.postlist_begin(t);
  if (p == snapshot_.postlist_end(t)) return {};
  const Xapian::docid combined = *p;
  const auto n = static_cast<Xapian::docid>(shards_.size());
  return {(combined - 1) % n, (combined - 1) / n + 1};
}

RepostTracker::Member RepostTracker::member_info(const std::string& doc_id) {
  if (fresh_index_.count(doc_id)) {
    const StoredDocumentData data = stored_data(doc_id);
    return Member{read_stored_json(data.metadata_json, "article metadata",
                                   [](const nlohmann::json& j) { return read_stored_origin(j); }),
                  find_cited_sources(rules_, data.normalized)};
  }
  if (auto m = members_.find(doc_id); m != members_.end()) return m->second;
  throw Error(ErrorKind::INTERNAL, "re-post link to an unknown article " + doc_id);
}

std::vector<RepostCluster> RepostTracker::build_clusters() {
  // Union-find over the confirmed links.
  std::map<std::string, std::string> parent;
  std::function<std::string(const std::string&)> root = [&](const std::string& x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return x;
    return it->second = root(it->second);
  };
  for (const auto& [pair, o] : links_) {
    parent.try_emplace(pair.first, pair.first);
    parent.try_emplace(pair.second, pair.second);
    const std::string a = root(pair.first), b = root(pair.second);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& [doc, p] : parent) groups[root(doc)].push_back(doc);

  std::vector<RepostCluster> clusters;
  for (const auto& [key, docs] : groups) {
    RepostCluster cluster;
    for (const std::string& doc : docs) {
      Member info = member_info(doc);
      RepostMember m;
      m.doc_id = doc;
      m.path = info.origin.path;
      m.title = info.origin.title;
      m.publisher = info.origin.publisher;
      m.published = info.origin.published;
      m.cites = std::move(info.cites);
      cluster.members.push_back(std::move(m));
    }
    std::sort(cluster.members.begin(), cluster.members.end(), published_before);

    // Origin: the earliest member another member's text names as its source, else the
    // earliest published.
    std::size_t origin = 0;
    cluster.origin_reason = "earliest published";
    for (std::size_t i = 0; i < cluster.members.size(); ++i) {
      const RepostMember& candidate = cluster.members[i];
      const RepostMember* citer = nullptr;
      const CitedSource* cite = nullptr;
      for (const RepostMember& other : cluster.members) {
        if (&other == &candidate || other.publisher == candidate.publisher) continue;
        for (const CitedSource& c : other.cites) {
          if (names_match(c.name, candidate.publisher)) citer = &other, cite = &c;
        }
      }
      if (citer != nullptr) {
        origin = i;
        cluster.origin_reason = "cited by " + citer->path + " (" + cite->cue + cite->name + ")";
        break;
      }
    }
    std::rotate(cluster.members.begin(), cluster.members.begin() + static_cast<long>(origin),
                cluster.members.begin() + static_cast<long>(origin) + 1);
    cluster.origin_id = cluster.members.front().doc_id;

    const std::vector<std::uint64_t> origin_shingles = shingles_of(cluster.origin_id);
    cluster.members.front().relation = RepostRelation::ORIGIN;
    for (std::size_t i = 1; i < cluster.members.size(); ++i) {
      RepostMember& m = cluster.members[i];
      Overlap o;
      if (auto l = links_.find({m.doc_id, cluster.origin_id}); l != links_.end()) {
        o = l->second;
      } else if (auto r = links_.find({cluster.origin_id, m.doc_id}); r != links_.end()) {
        o = r->second;
        std::swap(o.a_in_b, o.b_in_a);
      } else {
        o = overlap(shingles_of(m.doc_id), origin_shingles);
      }
      m.relation = classify(rules_, o);
      m.similarity = o.jaccard;
      m.containment = std::max(o.a_in_b, o.b_in_a);
    }

    for (const RepostMember& m : cluster.members) {
      for (const CitedSource& c : m.cites) {
        const bool is_member =
            std::any_of(cluster.members.begin(), cluster.members.end(),
                        [&](const RepostMember& x) { return names_match(c.name, x.publisher); });
        const bool listed = std::any_of(cluster.cited_sources.begin(), cluster.cited_sources.end(),
                                        [&](const CitedSource& s) { return s.name == c.name; });
        if (!is_member && !listed) cluster.cited_sources.push_back(c);
      }
    }
    clusters.push_back(std::move(cluster));
  }
  std::sort(clusters.begin(), clusters.end(), [](const RepostCluster& a, const RepostCluster& b) {
    return published_before(a.origin(), b.origin());
  });
  return clusters;
}

void RepostTracker::finish() {
  const std::vector<RepostCluster> clusters = build_clusters();

  nlohmann::json state = to_json(clusters);
  std::map<std::string, std::string> cluster_of;
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    nlohmann::json links = nlohmann::json::array();
    for (const RepostMember& m : clusters[c].members) {
      cluster_of[m.doc_id] = clusters[c].origin_id;
      for (auto l = links_.lower_bound({m.doc_id, ""});
           l != links_.end() && l->first.first == m.doc_id; ++l) {
        links.push_back({{"a", l->first.first},
                         {"b", l->first.second},
                         {"shared", l->second.shared},
                         {"a_in_b", l->second.a_in_b},
                         {"b_in_a", l->second.b_in_a},
                         {"jaccard", l->second.jaccard}});
      }
    }
    state["clusters"][c]["links"] = std::move(links);
  }

  // Mark every document whose cluster changed. Locations first, then writes: a lookup in a
  // writer would flush its pending changes.
  std::set<std::string> docs;
  for (const auto& [doc, origin] : marked_) docs.insert(doc);
  for (const auto& [doc, origin] : cluster_of) docs.insert(doc);
  std::vector<std::pair<Location, std::string>> changes;
  for (const std::string& doc : docs) {
    const auto b = marked_.find(doc);
    const auto a = cluster_of.find(doc);
    const std::string old_key = b == marked_.end() ? "" : b->second;
    const std::string new_key = a == cluster_of.end() ? "" : a->second;
    if (old_key == new_key) continue;
    const Location at = location_of(doc);
    if (at.id != 0 && !(forgotten_.count(doc) && !fresh_index_.count(doc))) {
      changes.emplace_back(at, new_key);
    }
  }
  for (const auto& [at, new_key] : changes) {
    // Only a value changes: Xapian then rewrites the document's values, not its terms and
    // positions (adding a term re-read and re-indexed the whole article).
    Xapian::WritableDatabase& db = writer_(at.shard);
    Xapian::Document doc = db.get_document(at.id);
    if (new_key.empty()) {
      doc.remove_value(schema::SLOT_REPOST_CLUSTER);
    } else {
      doc.add_value(schema::SLOT_REPOST_CLUSTER, new_key);
    }
    db.replace_document(at.id, doc);
  }
  marked_ = std::move(cluster_of);
  // Readers see the first shard's metadata as the combined database's.
  writer_(0).set_metadata(std::string(REPOST_STATE_KEY), state.dump());
  shingle_cache_.clear();
}

}  // namespace suyuan
