/// @file reposts.cpp
/// @brief Shingles, anchors, overlap, relations, citation cues and the JSON of re-post clusters.
#include "suyuan/index/reposts.h"

#include <algorithm>
#include <deque>
#include <fstream>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan {
namespace {

/// Characters that carry content: Han, letters and digits. Punctuation, spacing and symbols
/// differ between copies of one text (a re-poster's full stops, a converter's quotes).
bool is_content(char32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (utf8::is_han(cp)) return true;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // general punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;  // CJK compatibility forms
  if (cp >= 0xFF00 && cp <= 0xFFEF) return false;  // width forms (already folded)
  return cp >= 0xC0;
}

std::vector<char32_t> content_chars(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size() / 3 + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = utf8::decode(text, pos);
    if (!is_content(cp)) continue;
    if (cp >= 'A' && cp <= 'Z') cp = cp - 'A' + 'a';
    out.push_back(cp);
  }
  return out;
}

/// splitmix64 finaliser: spreads the bits so that "hash mod sampling" selects evenly.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

template <typename Visit>
void for_each_shingle(const RepostRules& rules, std::string_view text, Visit&& visit) {
  const std::vector<char32_t> chars = content_chars(text);
  const std::size_t k = rules.shingle_chars;
  if (chars.size() < k) return;
  for (std::size_t i = 0; i + k <= chars.size(); ++i) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (std::size_t j = i; j < i + k; ++j) {
      h ^= chars[j];
      h *= 0x100000001b3ULL;
    }
    visit(mix(h));
  }
}

std::string string_at(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

/// Whether a date (2025年…, 2025-07-15) starts at `pos`: it ends a cited name, whose own
/// digits (A5专栏) do not.
bool starts_date(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p < text.size() && text[p] >= '0' && text[p] <= '9') ++p;
  if (p == pos) return false;
  return p - pos >= 4 || text.substr(p, 3) == "年" || text.substr(p, 3) == "月";
}

/// YYYY年M月D日 right after a cited name, as YYYY-MM-DD.
std::string date_after(std::string_view text, std::size_t pos) {
  auto digits = [&](std::size_t& p, std::size_t max) {
    std::size_t start = p;
    while (p < text.size() && p - start < max && text[p] >= '0' && text[p] <= '9') ++p;
    return std::string(text.substr(start, p - start));
  };
  auto word = [&](std::size_t& p, std::string_view w) {
    if (text.substr(p, w.size()) != w) return false;
    p += w.size();
    return true;
  };
  std::size_t p = pos;
  const std::string y = digits(p, 4);
  if (y.size() != 4 || !word(p, "年")) return {};
  const std::string m = digits(p, 2);
  if (m.empty() || !word(p, "月")) return {};
  const std::string d = digits(p, 2);
  if (d.empty() || !word(p, "日")) return y + "-" + (m.size() == 1 ? "0" : "") + m;
  return y + "-" + (m.size() == 1 ? "0" : "") + m + "-" + (d.size() == 1 ? "0" : "") + d;
}

}  // namespace

RepostRules RepostRules::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "re-post rules not found: " + file.string());
  RepostRules rules;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    rules.shingle_chars = j.at("shingle_chars").get<std::size_t>();
    rules.anchor_window = j.at("anchor_window").get<std::size_t>();
    rules.anchor_term_window = j.at("anchor_term_window").get<std::size_t>();
    rules.max_anchor_chars = j.at("max_anchor_chars").get<std::size_t>();
    rules.max_anchor_documents = j.at("max_anchor_documents").get<std::size_t>();
    rules.candidates = j.at("candidates").get<std::size_t>();
    rules.min_shared_anchors = j.at("min_shared_anchors").get<std::size_t>();
    rules.min_estimated_containment = j.at("min_estimated_containment").get<double>();
    rules.min_shared_shingles = j.at("min_shared_shingles").get<std::size_t>();
    rules.link_containment = j.at("link_containment").get<double>();
    rules.repost_coverage = j.at("repost_coverage").get<double>();
    rules.repost_purity = j.at("repost_purity").get<double>();
    rules.excerpt_coverage = j.at("excerpt_coverage").get<double>();
    rules.citation_cues = j.at("citation_cues").get<std::vector<std::string>>();
    rules.citation_name_max_chars = j.at("citation_name_max_chars").get<std::size_t>();
    rules.citation_name_stops = j.at("citation_name_stops").get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
  if (rules.shingle_chars < 2 || rules.anchor_window < 1 || rules.candidates < 1 ||
      rules.anchor_term_window < rules.anchor_window || rules.link_containment <= 0 ||
      rules.link_containment > 1) {
    throw Error(ErrorKind::CORRUPT_INDEX, "out-of-range threshold in " + file.string());
  }
  return rules;
}

std::vector<CitedSource> find_cited_sources(const RepostRules& rules, std::string_view text) {
  std::vector<std::pair<std::size_t, CitedSource>> found;
  for (const std::string& cue : rules.citation_cues) {
    for (std::size_t at = text.find(cue); at != std::string_view::npos;
         at = text.find(cue, at + cue.size())) {
      std::size_t pos = at + cue.size();
      while (pos < text.size() && text[pos] == ' ') ++pos;
      const std::size_t begin = pos;
      std::size_t chars = 0;
      while (pos < text.size() && chars < rules.citation_name_max_chars) {
        std::size_t next = pos;
        const char32_t cp = utf8::decode(text, next);
        if (cp == '\n' || starts_date(text, pos)) break;
        if (rules.citation_name_stops.find(std::string(text.substr(pos, next - pos))) !=
            std::string::npos)
          break;
        pos = next;
        ++chars;
      }
      if (chars < 2) continue;
      CitedSource source{std::string(text.substr(begin, pos - begin)), date_after(text, pos), cue};
      found.emplace_back(at, std::move(source));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<CitedSource> out;
  for (auto& [at, source] : found) {
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&](const CitedSource& s) { return s.name == source.name; });
    if (!seen) out.push_back(std::move(source));
  }
  return out;
}

std::vector<std::uint64_t> shingle_hashes(const RepostRules& rules, std::string_view text) {
  std::vector<std::uint64_t> out;
  for_each_shingle(rules, text, [&](std::uint64_t h) { out.push_back(h); });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

/// Winnowing (Schleimer, Wilkerson and Aiken 2003): the position of the smallest hash of every
/// window of `window` hashes (the rightmost on ties), each position once, in order. A text
/// shorter than a window has its one smallest hash.
std::vector<std::size_t> winnow(const std::vector<std::uint64_t>& hashes, std::size_t window) {
  std::vector<std::size_t> picked;
  if (hashes.empty()) return picked;
  window = std::min(window, hashes.size());
  std::deque<std::size_t> minima;  // positions of increasing hashes: the window's candidates
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    while (!minima.empty() && hashes[minima.back()] >= hashes[i]) minima.pop_back();
    minima.push_back(i);
    if (minima.front() + window <= i) minima.pop_front();
    if (i + 1 >= window && (picked.empty() || picked.back() != minima.front()))
      picked.push_back(minima.front());
  }
  return picked;
}

std::vector<std::uint64_t> unique_in_order(const std::vector<std::uint64_t>& hashes,
                                           const std::vector<std::size_t>& positions) {
  std::vector<std::uint64_t> out;
  out.reserve(positions.size());
  for (std::size_t p : positions) {
    if (std::find(out.begin(), out.end(), hashes[p]) == out.end()) out.push_back(hashes[p]);
  }
  return out;
}

}  // namespace

Anchors anchor_hashes(const RepostRules& rules, std::string_view text) {
  std::vector<std::uint64_t> hashes;
  const std::size_t limit = rules.max_anchor_chars > rules.shingle_chars
                                ? rules.max_anchor_chars - rules.shingle_chars + 1
                                : 1;
  for_each_shingle(rules, text, [&](std::uint64_t h) {
    if (hashes.size() < limit) hashes.push_back(h);
  });
  return {unique_in_order(hashes, winnow(hashes, rules.anchor_window)),
          unique_in_order(hashes, winnow(hashes, rules.anchor_term_window))};
}

Overlap overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  Overlap o;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++o.shared, ++i, ++j;
    }
  }
  if (!a.empty()) o.a_in_b = static_cast<double>(o.shared) / static_cast<double>(a.size());
  if (!b.empty()) o.b_in_a = static_cast<double>(o.shared) / static_cast<double>(b.size());
  const std::size_t all = a.size() + b.size() - o.shared;
  if (all > 0) o.jaccard = static_cast<double>(o.shared) / static_cast<double>(all);
  return o;
}

bool is_copy(const RepostRules& rules, const Overlap& o) {
  return o.shared >= rules.min_shared_shingles &&
         std::max(o.a_in_b, o.b_in_a) >= rules.link_containment;
}

std::string_view relation_name(RepostRelation relation) {
  switch (relation) {
    case RepostRelation::ORIGIN:
      return "origin";
    case RepostRelation::REPOST:
      return "re-post";
    case RepostRelation::EDITED_REPOST:
      return "edited re-post";
    case RepostRelation::EXCERPT:
      return "excerpt";
  }
  return "re-post";
}

RepostRelation classify(const RepostRules& rules, const Overlap& member_vs_origin) {
  // a_in_b: how much of the member comes from the origin; b_in_a: how much of the origin the
  // member carries.
  const double purity = member_vs_origin.a_in_b, coverage = member_vs_origin.b_in_a;
  if (coverage >= rules.repost_coverage && purity >= rules.repost_purity)
    return RepostRelation::REPOST;
  if (coverage < rules.excerpt_coverage && purity >= rules.link_containment)
    return RepostRelation::EXCERPT;
  return RepostRelation::EDITED_REPOST;
}

std::string RepostCluster::describe_origin() const {
  const RepostMember& o = origin();
  std::string out = (o.publisher.empty() ? o.path : o.publisher) + "'s article";
  if (o.published.size() >= 10) out += " of " + o.published.substr(0, 10);
  return out;
}

nlohmann::json to_json(const CitedSource& source) {
  nlohmann::json out = {{"name", source.name}, {"cue", source.cue}};
  if (!source.date.empty()) out["date"] = source.date;
  return out;
}

nlohmann::json to_json(const RepostCluster& cluster) {
  auto cites_json = [](const std::vector<CitedSource>& cites) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : cites) out.push_back(to_json(c));
    return out;
  };
  nlohmann::json members = nlohmann::json::array();
  for (const RepostMember& m : cluster.members) {
    members.push_back({{"doc_id", m.doc_id},
                       {"path", m.path},
                       {"title", m.title},
                       {"publisher", m.publisher},
                       {"published", m.published},
                       {"relation", relation_name(m.relation)},
                       {"similarity", m.similarity},
                       {"containment", m.containment},
                       {"cites", cites_json(m.cites)}});
  }
  const RepostMember& o = cluster.origin();
  return {{"origin",
           {{"doc_id", o.doc_id},
            {"path", o.path},
            {"title", o.title},
            {"publisher", o.publisher},
            {"published", o.published}}},
          {"origin_reason", cluster.origin_reason},
          {"cited_sources", cites_json(cluster.cited_sources)},
          {"members", members}};
}

nlohmann::json to_json(const std::vector<RepostCluster>& clusters) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& c : clusters) list.push_back(to_json(c));
  return {{"clusters", list}};
}

std::vector<RepostCluster> parse_repost_clusters(std::string_view stored) {
  std::vector<RepostCluster> clusters;
  if (stored.empty()) return clusters;
  try {
    const nlohmann::json j = nlohmann::json::parse(stored);
    auto cites_of = [](const nlohmann::json& list) {
      std::vector<CitedSource> out;
      for (const auto& c : list)
        out.push_back({string_at(c, "name"), string_at(c, "date"), string_at(c, "cue")});
      return out;
    };
    for (const auto& c : j.at("clusters")) {
      RepostCluster cluster;
      cluster.origin_reason = string_at(c, "origin_reason");
      cluster.cited_sources = cites_of(c.value("cited_sources", nlohmann::json::array()));
      for (const auto& m : c.at("members")) {
        RepostMember member;
        member.doc_id = m.at("doc_id").get<std::string>();
        member.path = m.at("path").get<std::string>();
        member.title = string_at(m, "title");
        member.publisher = string_at(m, "publisher");
        member.published = string_at(m, "published");
        const std::string relation = m.at("relation").get<std::string>();
        for (RepostRelation r : {RepostRelation::ORIGIN, RepostRelation::REPOST,
                                 RepostRelation::EDITED_REPOST, RepostRelation::EXCERPT}) {
          if (relation == relation_name(r)) member.relation = r;
        }
        member.similarity = m.at("similarity").get<double>();
        member.containment = m.at("containment").get<double>();
        member.cites = cites_of(m.value("cites", nlohmann::json::array()));
        cluster.members.push_back(std::move(member));
      }
      if (cluster.members.empty()) throw Error(ErrorKind::CORRUPT_INDEX, "empty re-post cluster");
      cluster.origin_id = cluster.members.front().doc_id;
      clusters.push_back(std::move(cluster));
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                std::string("stored re-post clusters are malformed: ") + e.what());
  }
  return clusters;
}

}  // namespace suyuan
