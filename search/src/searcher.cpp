/// @file searcher.cpp
/// @brief Ranked article search with raw-byte highlight spans and original-script snippets.
#include "suyuan/search/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "claim_cache.h"
#include "claim_query.h"
#include "database_source.h"
#include "query_compiler.h"
#include "stored_article.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/index/stored_metadata.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/reposts.h"

namespace suyuan {
namespace {

constexpr std::size_t MAX_LIMIT = 1000;
constexpr std::size_t MAX_SPANS_PER_HIT = 200;
constexpr std::size_t SNIPPET_MAX_BYTES = 300;

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

/// Whether `piece` occurs at `pos` of `text`, respecting word boundaries for Latin words so
/// that "h20" does not match inside "h200".
bool piece_at(std::string_view text, std::size_t pos, const std::string& piece) {
  if (text.compare(pos, piece.size(), piece) != 0) return false;
  if (is_ascii_alnum(piece.front()) && pos > 0 && is_ascii_alnum(text[pos - 1])) return false;
  std::size_t end = pos + piece.size();
  if (is_ascii_alnum(piece.back()) && end < text.size() && is_ascii_alnum(text[end])) return false;
  return true;
}

/// Normalized ranges where the whole pattern occurs (pieces in order, spaces between allowed).
std::vector<ByteRange> find_pattern(std::string_view text, const HighlightPattern& pattern) {
  std::vector<ByteRange> found;
  if (pattern.empty()) return found;
  for (std::size_t pos = text.find(pattern[0]); pos != std::string::npos;
       pos = text.find(pattern[0], pos + 1)) {
    if (!piece_at(text, pos, pattern[0])) continue;
    std::size_t end = pos + pattern[0].size();
    bool matched = true;
    for (std::size_t k = 1; k < pattern.size() && matched; ++k) {
      std::size_t next = end;
      while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
      matched = piece_at(text, next, pattern[k]);
      end = next + pattern[k].size();
    }
    if (matched)
      found.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)});
  }
  return found;
}

/// Sorted, merged raw spans of every highlight in the article.
std::vector<ByteRange> highlight_spans(const StoredArticle& article,
                                       const std::vector<HighlightPattern>& patterns) {
  // Latin pieces are lower-case: compare them with a lower-cased copy; Chinese-only patterns
  // (most queries) read the stored text as it is.
  bool latin = false;
  for (const auto& pattern : patterns) {
    for (const auto& piece : pattern) {
      for (char c : piece) latin = latin || (c >= 'a' && c <= 'z');
    }
  }
  const std::string lowered = latin ? lower_ascii(article.normalized) : std::string();
  const std::string_view text = latin ? std::string_view(lowered) : article.normalized;
  std::vector<ByteRange> normalized;
  for (const auto& pattern : patterns) {
    auto whole = find_pattern(text, pattern);
    if (whole.empty() && pattern.size() > 1) {
      // The parser matched the pieces as a phrase across punctuation: show each piece.
      for (const auto& piece : pattern) {
        auto parts = find_pattern(text, HighlightPattern{piece});
        whole.insert(whole.end(), parts.begin(), parts.end());
      }
    }
    normalized.insert(normalized.end(), whole.begin(), whole.end());
  }
  std::sort(normalized.begin(), normalized.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<ByteRange> raw;
  for (const ByteRange& span : normalized) {
    ByteRange r = article.offsets.to_raw(span);
    if (!raw.empty() && r.begin <= raw.back().end) {
      raw.back().end = std::max(raw.back().end, r.end);
    } else {
      raw.push_back(r);
    }
    if (raw.size() >= MAX_SPANS_PER_HIT) break;
  }
  return raw;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

/// Where the article's title, repeated as one of its first sentences, ends in raw bytes (0
/// when it is not there): a snippet from the body says more than the title the hit shows.
std::uint32_t title_sentence_end(const StoredArticle& article) {
  constexpr std::size_t TITLE_SEARCH_SENTENCES = 8;
  const std::string_view title = trimmed(article.title);
  if (title.empty()) return 0;
  const std::string_view normalized = article.normalized, raw = article.raw;
  for (std::size_t i = 0; i < article.sentences.size() && i < TITLE_SEARCH_SENTENCES; ++i) {
    const ByteRange sentence = article.sentences[i];
    if (sentence.end > normalized.size()) break;
    const ByteRange r = article.offsets.to_raw(sentence);
    if (trimmed(normalized.substr(sentence.begin, sentence.size())) == title ||
        (r.end <= raw.size() && trimmed(raw.substr(r.begin, r.size())) == title)) {
      return r.end;
    }
  }
  return 0;
}

/// The raw sentence around the first match in the body (else the first match, else the first
/// sentence), trimmed to a readable size.
std::pair<std::string, ByteRange> make_snippet(const StoredArticle& article,
                                               const std::vector<ByteRange>& spans) {
  const std::uint32_t body = title_sentence_end(article);
  const ByteRange* anchor = spans.empty() ? nullptr : &spans.front();
  for (const ByteRange& span : spans) {
    if (span.begin >= body) {
      anchor = &span;
      break;
    }
  }
  ByteRange raw_sentence{0, 0};
  for (const ByteRange& sentence : article.sentences) {
    ByteRange r = article.offsets.to_raw(sentence);
    if (anchor == nullptr ? r.begin >= body : (anchor->begin >= r.begin && anchor->begin < r.end)) {
      raw_sentence = r;
      break;
    }
  }
  if (raw_sentence.empty() && anchor != nullptr) raw_sentence = *anchor;
  std::string_view raw = article.raw;
  if (raw_sentence.size() > SNIPPET_MAX_BYTES) {
    // Centre a window on the match, cut at code point boundaries.
    const std::uint32_t at = anchor == nullptr ? raw_sentence.begin : anchor->begin;
    std::uint32_t begin = at > raw_sentence.begin + SNIPPET_MAX_BYTES / 3
                              ? at - SNIPPET_MAX_BYTES / 3
                              : raw_sentence.begin;
    std::uint32_t end = std::min<std::uint32_t>(raw_sentence.end, begin + SNIPPET_MAX_BYTES);
    begin = static_cast<std::uint32_t>(utf8::floor_boundary(raw, begin));
    end = static_cast<std::uint32_t>(utf8::floor_boundary(raw, end));
    raw_sentence = {begin, end};
  }
  std::string snippet(raw.substr(raw_sentence.begin, raw_sentence.size()));
  return {snippet, raw_sentence};
}

/// The facets and the term prefix each is read from.
const std::vector<std::pair<std::string, std::string_view>>& facet_prefixes() {
  static const std::vector<std::pair<std::string, std::string_view>> prefixes = {
      {"chip", schema::PREFIX_CHIP},     {"org", schema::PREFIX_ORG},
      {"person", schema::PREFIX_PERSON}, {"publisher", schema::PREFIX_PUBLISHER},
      {"source", schema::PREFIX_SOURCE}, {"metric", schema::PREFIX_METRIC},
      {"month", schema::PREFIX_MONTH}};
  return prefixes;
}

/// Counts the facet terms of the matching documents (multi-valued: an article names many
/// chips), from the SLOT_FACET_TERMS list the indexer stores beside them: a value read, where
/// the term list would hold every n-gram of the text.
class TermFacetSpy : public Xapian::MatchSpy {
 public:
  explicit TermFacetSpy(std::size_t sample) : sample_(sample) {}
  void operator()(const Xapian::Document& doc, double) override {
    ++seen_;
    if (documents_ >= sample_) return;
    add_list(doc.get_value(schema::SLOT_FACET_TERMS), 1);
    ++documents_;
  }
  /// Counts each term of a '\n'-separated list `n` times.
  void add_list(std::string_view list, std::size_t n) {
    for (std::size_t begin = 0; begin < list.size();) {
      std::size_t end = list.find('\n', begin);
      if (end == std::string_view::npos) end = list.size();
      add(std::string(list.substr(begin, end - begin)), n);
      begin = end + 1;
    }
  }
  /// Counts `term` `n` times if it is a facet term (see schema::FACET_PREFIXES).
  void add(const std::string& term, std::size_t n) {
    for (std::size_t f = 0; f < facet_prefixes().size(); ++f) {
      const std::string_view prefix = facet_prefixes()[f].second;
      if (schema::is_facet_term(term, prefix)) {
        counts_[f][term.substr(prefix.size())] += n;
        break;
      }
    }
  }
  /// Counts from xapian-tcpsrv shards, which run only Xapian's own spies: a ValueCountMatchSpy
  /// over SLOT_FACET_TERMS gives each distinct list of facet terms with the number of matching
  /// documents that carry it, for every document the shards examined.
  void add_value_counts(const Xapian::ValueCountMatchSpy& lists) {
    for (auto v = lists.values_begin(); v != lists.values_end(); ++v) {
      add_list(*v, v.get_termfreq());
    }
    documents_ += lists.get_total();
    seen_ += lists.get_total();
  }
  /// Documents counted so far, and documents seen (counted or not).
  std::size_t documents() const { return documents_; }
  std::size_t seen() const { return seen_; }
  /// The most frequent values of each facet; counts scaled by `scale` (a sample's estimate of
  /// the whole match set), at least 1.
  Facets facets(std::size_t per_facet, double scale) const {
    Facets out;
    for (std::size_t f = 0; f < facet_prefixes().size(); ++f) {
      std::vector<std::pair<std::string, std::size_t>> values;
      for (const auto& [value, count] : counts_[f]) {
        values.emplace_back(value, std::max<std::size_t>(1, std::llround(count * scale)));
      }
      std::stable_sort(values.begin(), values.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      if (values.size() > per_facet) values.resize(per_facet);
      out.emplace_back(facet_prefixes()[f].first, std::move(values));
    }
    return out;
  }

 private:
  std::map<std::string, std::size_t> counts_[7];
  std::size_t sample_;
  std::size_t documents_ = 0;
  std::size_t seen_ = 0;
};

/// Xapian's error as ours: a revision discarded by a concurrent commit is UNAVAILABLE (reopen
/// and retry); anything else means a damaged index.
Error from_xapian(const Xapian::Error& e, const std::string& what) {
  if (std::string_view(e.get_type()) == "DatabaseModifiedError") {
    return Error(ErrorKind::UNAVAILABLE, what + ": the index changed meanwhile; retry");
  }
  return Error(ErrorKind::CORRUPT_INDEX, what + ": " + e.get_description());
}

/// A revision key (revision_key()) without the revisions: the same for every commit of one
/// database, different for a database built anew in its place (a new UUID).
std::string database_identity(const std::string& key) {
  std::string out;
  bool in_revision = false;
  for (char c : key) {
    if (c == '@') in_revision = true;
    if (c == ';') in_revision = false;
    if (!in_revision) out += c;
  }
  return out;
}

constexpr std::size_t FACET_VALUES = 20;
/// Facets count this many matching documents at most (counting all 12,000 matches of 经济 from
/// term lists took 259 ms). Beyond it the counts are scaled from the sample and marked
/// estimated; the sample's first documents are the oldest indexed, as good as any for the top
/// values.
constexpr Xapian::doccount FACET_SAMPLE = 2000;

/// The JSON of a SearchResponse or a ClaimSearchResponse around its `results`.
template <typename Response>
nlohmann::json response_json(const Response& response, nlohmann::json results) {
  nlohmann::json out = {{"query", response.query},
                        {"total_estimate", response.total_estimate},
                        {"results", std::move(results)}};
  if (!response.facets.empty()) {
    out["facets"] = to_json(response.facets);
    out["facets_estimated"] = response.facets_estimated;
  }
  return out;
}

}  // namespace

nlohmann::json to_json(const Facets& facets) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, values] : facets) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [value, count] : values) list.push_back({{"value", value}, {"count", count}});
    out[name] = list;
  }
  return out;
}

nlohmann::json to_json(const ClaimSearchResponse& response) {
  nlohmann::json results = nlohmann::json::array();
  for (const ClaimHit& hit : response.results) {
    nlohmann::json entry = to_json(hit.cited);
    entry["score"] = hit.score;
    results.push_back(std::move(entry));
  }
  return response_json(response, std::move(results));
}

nlohmann::json to_json(const Hit& hit) {
  nlohmann::json spans = nlohmann::json::array();
  for (const ByteRange& s : hit.spans) spans.push_back({{"start", s.begin}, {"end", s.end}});
  nlohmann::json out = {
      {"doc_id", hit.doc_id},
      {"path", hit.path},
      {"title", hit.title},
      {"publisher", hit.publisher},
      {"published", hit.published},
      {"sources", hit.sources},
      {"score", hit.score},
      {"snippet", hit.snippet},
      {"snippet_span", {{"start", hit.snippet_raw.begin}, {"end", hit.snippet_raw.end}}},
      {"spans", spans}};
  if (!hit.cluster.empty()) {
    out["cluster"] = hit.cluster;
    out["reposts"] = hit.reposts;
  }
  return out;
}

nlohmann::json to_json(const SearchResponse& response) {
  nlohmann::json results = nlohmann::json::array();
  for (const Hit& hit : response.results) results.push_back(to_json(hit));
  return response_json(response, std::move(results));
}

struct Searcher::Impl {
  Impl(const DatabaseSource& source_, const Normalizer& normalizer_, OpenedDatabase opened,
       const Gazetteer* gazetteer_, std::shared_ptr<SharedClaimCache> shared_)
      : source(source_),
        normalizer(normalizer_),
        database(std::move(opened.all)),
        parts(std::move(opened.parts)),
        gazetteer(gazetteer_),
        aliases(gazetteer_ ? AliasGroups(*gazetteer_) : AliasGroups()),
        shared(shared_ ? std::move(shared_) : std::make_shared<SharedClaimCache>()),
        revision_key(suyuan::revision_key(parts)) {
    revision = shared->at(revision_key, source.remotes.empty());
  }

  DatabaseSource source;
  const Normalizer& normalizer;
  Xapian::Database database;
  std::vector<Xapian::Database> parts;  ///< database's parts, for its revision
  const Gazetteer* gazetteer;
  AliasGroups aliases;
  /// The claim table and decoded claims of the revision `database` reads, shared with the
  /// other searchers of `shared` (a server's pool) that read the same revision.
  std::shared_ptr<SharedClaimCache> shared;
  std::string revision_key;  ///< of the revision `database` reads (revision_key())
  std::shared_ptr<RevisionCache> revision;

  /// The docids of this revision's claims, ascending.
  std::vector<Xapian::docid> claim_docids() const {
    const std::string term = std::string(schema::PREFIX_TYPE) + std::string(schema::TYPE_CLAIM);
    std::vector<Xapian::docid> out;
    out.reserve(database.get_termfreq(term));
    for (auto it = database.postlist_begin(term); it != database.postlist_end(term); ++it)
      out.push_back(*it);
    return out;
  }

  /// The last claim queries joined with their sentences (see claim_query.h), newest first:
  /// paging through the claims of a query joins it once. Valid until the revision changes.
  static constexpr std::size_t CLAIM_QUERIES_KEPT = 16;
  mutable std::mutex claim_queries_mutex;
  mutable std::list<std::pair<std::string, std::shared_ptr<const ClaimQuery>>> claim_queries;

  CompiledQuery compile(std::string_view query) const {
    try {
      CompiledQuery compiled =
          QueryCompiler(normalizer, database, gazetteer, gazetteer ? &aliases : nullptr)
              .compile(query);
      return compiled;
    } catch (const Xapian::Error& e) {
      throw from_xapian(e, "cannot parse the query");
    }
  }

  /// The claim table of this revision (nullptr for remote shards).
  const ClaimTable* table() const {
    try {
      return revision->table(database);
    } catch (const Xapian::Error& e) {
      throw from_xapian(e, "cannot read the claim sentences");
    }
  }

  std::shared_ptr<const ClaimQuery> claim_query_for(const std::string& query) const;
  /// The re-post clusters stored with this revision.
  std::shared_ptr<const std::vector<RepostCluster>> repost_clusters() const;
  /// The decoded claims of these claim docids, from this revision's cache.
  std::vector<std::shared_ptr<const CitedClaim>> decoded_claims(
      const std::vector<Xapian::docid>& docids) const;
};

std::shared_ptr<SharedClaimCache> make_shared_claim_cache() {
  return std::make_shared<SharedClaimCache>();
}

Searcher::Searcher(const std::filesystem::path& database, const Normalizer& normalizer,
                   const Gazetteer* gazetteer)
    : Searcher(DatabaseSource{database, {}}, normalizer, gazetteer) {}

Searcher::Searcher(const DatabaseSource& source, const Normalizer& normalizer,
                   const Gazetteer* gazetteer, std::shared_ptr<SharedClaimCache> shared)
    : impl_(new Impl(source, normalizer, open_database_parts(source), gazetteer,
                     std::move(shared))) {}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

void Searcher::prepare_claims() const { impl_->table(); }

bool Searcher::claims_prepared() const { return impl_->revision->has_table(); }

void Searcher::reopen() {
  try {
    if (!impl_->database.reopen()) return;  // the same revision: what is kept holds
    std::lock_guard lock(impl_->claim_queries_mutex);
    impl_->claim_queries.clear();
    const bool local = impl_->source.remotes.empty();
    const std::string previous_key = impl_->revision_key;
    std::shared_ptr<RevisionCache> previous = std::move(impl_->revision);
    impl_->revision_key = revision_key(impl_->parts);
    impl_->revision = impl_->shared->at(impl_->revision_key, local);
    // A commit to the same database (not one built anew in its place) keeps most claims.
    if (local && previous &&
        database_identity(previous_key) == database_identity(impl_->revision_key)) {
      impl_->revision->inherit(*previous, [&] { return impl_->claim_docids(); });
    }
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::UNAVAILABLE, "cannot reopen database: " + e.get_description());
  }
}

std::size_t Searcher::article_count() const {
  try {
    return impl_->database.get_termfreq(std::string(schema::PREFIX_TYPE) +
                                        std::string(schema::TYPE_ARTICLE));
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot count articles");
  }
}

namespace {

/// One ranked page of documents of `type` ("article" or "claim") matching `query`, with facet
/// counts when asked. Xapian errors become suyuan errors here.
struct Page {
  Xapian::MSet mset;
  std::size_t total_estimate = 0;
  Facets facets;
  bool facets_estimated = false;
};

/// `every_match`: all matches in docid order, unweighted (the caller ranks them), instead of
/// the request's ranked page.
Page match_page(const Xapian::Database& database, const Xapian::Query& query, std::string_view type,
                const SearchRequest& request, bool remote, bool every_match = false) {
  try {
    Xapian::Enquire enquire(database);
    const auto type_term = [](std::string_view t) {
      return Xapian::Query(std::string(schema::PREFIX_TYPE) + std::string(t));
    };
    if (type != schema::TYPE_ARTICLE) {
      enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, type_term(type)));
    } else if (needs_text(query)) {
      enquire.set_query(query);  // claims hold no text: only articles can match
    } else {
      // Dropping the claims' list is cheaper than walking the articles' too.
      enquire.set_query(
          Xapian::Query(Xapian::Query::OP_AND_NOT, query, type_term(schema::TYPE_CLAIM)));
    }
    if (every_match) {
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    }
    TermFacetSpy spy(FACET_SAMPLE);
    Xapian::ValueCountMatchSpy remote_spy(schema::SLOT_FACET_TERMS);
    if (request.facets) {
      enquire.add_matchspy(remote ? static_cast<Xapian::MatchSpy*>(&remote_spy) : &spy);
    }
    // One article per re-post cluster: its best-ranked member stands for the others.
    if (!request.all && type == schema::TYPE_ARTICLE) {
      enquire.set_collapse_key(schema::SLOT_REPOST_CLUSTER);
    }
    Page page;
    page.mset =
        every_match
            ? enquire.get_mset(0, database.get_doccount(), request.facets ? FACET_SAMPLE : 0)
            : enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                               static_cast<Xapian::doccount>(std::min(request.limit, MAX_LIMIT)),
                               request.facets ? FACET_SAMPLE : 0);
    page.total_estimate = page.mset.get_matches_estimated();
    if (request.facets && remote) spy.add_value_counts(remote_spy);
    if (request.facets) {
      // Exact only when the spy counted every match of an exactly known match set. A matcher
      // asked to check FACET_SAMPLE documents that saw fewer has seen every match: its lower
      // bound is the count (with a collapse key a local matcher leaves its upper bound loose,
      // e.g. 77 ≤ 80 ≤ 575 for 77 matches, where xapian-tcpsrv shards report 77 exactly).
      if (spy.seen() < FACET_SAMPLE) page.total_estimate = page.mset.get_matches_lower_bound();
      const bool exact = spy.seen() < FACET_SAMPLE ||
                         page.mset.get_matches_lower_bound() == page.mset.get_matches_upper_bound();
      page.facets_estimated = !(exact && spy.documents() == page.total_estimate);
      const std::size_t matches = std::max(page.total_estimate, spy.seen());
      const double scale = page.facets_estimated && spy.documents() > 0
                               ? static_cast<double>(matches) / spy.documents()
                               : 1.0;
      page.facets = spy.facets(FACET_VALUES, scale);
    }
    return page;
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "search failed");
  }
}

/// A SearchResponse or a ClaimSearchResponse, without results yet, for `page`.
template <typename Response>
Response response_for(const SearchRequest& request, Page& page) {
  Response response;
  response.query = request.query;
  response.total_estimate = page.total_estimate;
  response.facets = std::move(page.facets);
  response.facets_estimated = page.facets_estimated;
  return response;
}

/// The re-post clusters stored with the index.
std::vector<RepostCluster> stored_repost_clusters(const Xapian::Database& database) {
  try {
    return parse_repost_clusters(database.get_metadata(std::string(REPOST_STATE_KEY)));
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read re-post clusters");
  }
}

/// What a ranked article's hit reads from its document: the stored data, the attributed sources
/// among its facet terms (the SLOT_FACET_TERMS list: a value, cheap to read beside the data) and
/// its re-post cluster.
struct ArticleData {
  std::string data;
  std::vector<std::string> sources;
  std::string cluster;
};

ArticleData article_data(const Xapian::MSetIterator& it) {
  try {
    const Xapian::Document doc = it.get_document();
    std::vector<std::string> sources;
    const std::string facets = doc.get_value(schema::SLOT_FACET_TERMS);
    for (std::size_t begin = 0; begin < facets.size();) {
      std::size_t end = facets.find('\n', begin);
      if (end == std::string::npos) end = facets.size();
      const std::string_view term = std::string_view(facets).substr(begin, end - begin);
      if (schema::is_facet_term(term, schema::PREFIX_SOURCE)) {
        sources.emplace_back(term.substr(schema::PREFIX_SOURCE.size()));
      }
      begin = end + 1;
    }
    return {doc.get_data(), std::move(sources), doc.get_value(schema::SLOT_REPOST_CLUSTER)};
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read a matched document");
  }
}

/// The matching copies folded into the hits of these re-post clusters, by cluster. Xapian's
/// collapse count is only a lower bound: xapian-tcpsrv shards collapse apart before their
/// results merge, so a cluster spread over two shards counted 1 copy where the local database
/// counted 2. One match over every cluster of the page counts each cluster's members with a
/// value-count spy (a match per hit cost a page of clustered hits ten matches).
std::map<std::string, std::size_t> folded_copies(const Xapian::Database& database,
                                                 const Xapian::Query& query,
                                                 const std::vector<std::string>& clusters) {
  std::map<std::string, std::size_t> copies;
  if (clusters.empty()) return copies;
  try {
    std::vector<Xapian::Query> members;
    for (const std::string& cluster : clusters) {
      members.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::SLOT_REPOST_CLUSTER, cluster,
                           cluster);
    }
    Xapian::Enquire enquire(database);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, query,
                      Xapian::Query(Xapian::Query::OP_OR, members.begin(), members.end())));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(schema::SLOT_REPOST_CLUSTER);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, database.get_doccount());
    for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
      const Xapian::doccount count = value.get_termfreq();
      copies[*value] = count > 0 ? count - 1 : 0;
    }
    return copies;
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "search failed");
  }
}

/// Puts an article's claims back into its extraction JSON: the index stores each claim once, in
/// its claim document (stored_document.h). Throws Error(CORRUPT_INDEX) when they disagree.
void restore_claims(const Xapian::Database& database, StoredArticle& article) {
  nlohmann::json& extraction = article.extraction;
  const std::string count_key(STORED_CLAIM_COUNT_KEY);
  if (!extraction.is_object() || !extraction.contains(count_key)) return;
  const auto count = extraction[count_key].get<std::size_t>();
  extraction.erase(count_key);
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query(
      Xapian::Query::OP_FILTER, Xapian::Query(std::string(schema::PREFIX_PARENT) + article.doc_id),
      Xapian::Query(std::string(schema::PREFIX_TYPE) + std::string(schema::TYPE_CLAIM))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet mset = enquire.get_mset(0, database.get_doccount());
  mset.fetch();
  std::vector<std::pair<std::size_t, nlohmann::json>> claims;
  const ClaimContext context{
      {article.doc_id, article.path, article.title, article.publisher, article.published},
      article.raw};
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    StoredClaim stored = decode_stored_claim(it.get_document().get_data(), context);
    claims.emplace_back(stored.index, to_json(stored.claim));
  }
  if (claims.size() != count) {
    throw Error(ErrorKind::CORRUPT_INDEX, "article " + article.doc_id + " has " +
                                              std::to_string(claims.size()) +
                                              " claim documents, not " + std::to_string(count));
  }
  std::sort(claims.begin(), claims.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  nlohmann::json list = nlohmann::json::array();
  for (auto& [index, claim] : claims) list.push_back(std::move(claim));
  extraction["claims"] = std::move(list);
}

}  // namespace

SearchResponse Searcher::search(const SearchRequest& request) const {
  CompiledQuery compiled = impl_->compile(request.query);
  Page page = match_page(impl_->database, compiled.query, schema::TYPE_ARTICLE, request,
                         !impl_->source.remotes.empty());
  auto response = response_for<SearchResponse>(request, page);
  std::vector<std::string> folded;  // clusters of hits that stand for matching copies
  for (auto it = page.mset.begin(); it != page.mset.end(); ++it) {
    auto [data, sources, cluster] = article_data(it);
    StoredArticle article = parse_stored_article(data, false);
    Hit hit;
    hit.sources = std::move(sources);
    hit.doc_id = article.doc_id;
    hit.path = article.path;
    hit.title = article.title;
    hit.publisher = article.publisher;
    hit.published = article.published;
    hit.score = it.get_weight();
    hit.cluster = std::move(cluster);
    if (!request.all && !hit.cluster.empty() && it.get_collapse_count() > 0) {
      folded.push_back(hit.cluster);
    }
    hit.spans = highlight_spans(article, compiled.highlights);
    std::tie(hit.snippet, hit.snippet_raw) = make_snippet(article, hit.spans);
    response.results.push_back(std::move(hit));
  }
  if (!folded.empty()) {
    const auto copies = folded_copies(impl_->database, compiled.query, folded);
    for (Hit& hit : response.results) {
      if (std::find(folded.begin(), folded.end(), hit.cluster) == folded.end()) continue;
      const auto found = copies.find(hit.cluster);
      if (found != copies.end()) hit.reposts = found->second;
    }
  }
  return response;
}

namespace {

/// The query's text parts joined with claim sentences (see claim_query.h).
ClaimQuery joined_claim_query(const Xapian::Database& database, const Xapian::Query& query,
                              const ClaimTable* table) {
  try {
    return claim_query(database, query, table);
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "search failed");
  }
}

/// The page of `request` out of every matching claim (docid order), ranked by the weight the
/// query's text gave each claim's sentence; ties keep docid order. The sentence of a claim is
/// read from `table` (local) or from the claim's value (remote: one round trip for all).
std::vector<std::pair<Xapian::docid, double>> ranked_claim_page(const Xapian::MSet& every_match,
                                                                const ClaimQuery& joined,
                                                                const ClaimTable* table,
                                                                const SearchRequest& request) {
  try {
    std::vector<std::pair<double, Xapian::docid>> ranked;
    ranked.reserve(every_match.size());
    if (table == nullptr) every_match.fetch();
    for (auto it = every_match.begin(); it != every_match.end(); ++it) {
      double weight = 0;
      if (table != nullptr) {
        const auto found = joined.table_sentence_weight.find(table->sentence_of(*it));
        if (found != joined.table_sentence_weight.end()) weight = found->second;
      } else {
        const auto found =
            joined.sentence_weight.find(it.get_document().get_value(schema::SLOT_CLAIM_SENTENCES));
        if (found != joined.sentence_weight.end()) weight = found->second;
      }
      ranked.emplace_back(weight, *it);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::pair<Xapian::docid, double>> page;
    const std::size_t end =
        std::min(ranked.size(), request.offset + std::min(request.limit, MAX_LIMIT));
    for (std::size_t i = std::min(request.offset, ranked.size()); i < end; ++i) {
      page.emplace_back(ranked[i].second, ranked[i].first);
    }
    return page;
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read a matched claim");
  }
}

}  // namespace

std::shared_ptr<const ClaimQuery> Searcher::Impl::claim_query_for(const std::string& query) const {
  {
    std::lock_guard lock(claim_queries_mutex);
    for (auto it = claim_queries.begin(); it != claim_queries.end(); ++it) {
      if (it->first != query) continue;
      claim_queries.splice(claim_queries.begin(), claim_queries, it);
      return it->second;
    }
  }
  auto joined = std::make_shared<const ClaimQuery>(
      joined_claim_query(database, compile(query).query, table()));
  std::lock_guard lock(claim_queries_mutex);
  claim_queries.emplace_front(query, joined);
  if (claim_queries.size() > CLAIM_QUERIES_KEPT) claim_queries.pop_back();
  return joined;
}

std::vector<std::shared_ptr<const CitedClaim>> Searcher::Impl::decoded_claims(
    const std::vector<Xapian::docid>& docids) const {
  try {
    StoredClaimReader reader(database);
    return revision->claims(docids, [&](Xapian::docid docid) {
      return parse_cited_claim(reader, database.get_document(docid).get_data());
    });
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read a matched claim");
  }
}

std::shared_ptr<const std::vector<RepostCluster>> Searcher::Impl::repost_clusters() const {
  return revision->clusters([&] { return stored_repost_clusters(database); });
}

ClaimSearchResponse Searcher::search_claims(const SearchRequest& request) const {
  const std::shared_ptr<const ClaimQuery> joined_query = impl_->claim_query_for(request.query);
  const ClaimQuery& joined = *joined_query;
  Page page = match_page(impl_->database, joined.query, schema::TYPE_CLAIM, request,
                         !impl_->source.remotes.empty(), joined.ranked);
  auto response = response_for<ClaimSearchResponse>(request, page);
  std::vector<std::pair<Xapian::docid, double>> hits;
  if (joined.ranked) {
    hits = ranked_claim_page(page.mset, joined, impl_->table(), request);
  } else {
    for (auto it = page.mset.begin(); it != page.mset.end(); ++it)
      hits.emplace_back(*it, it.get_weight());
  }
  std::vector<Xapian::docid> docids;
  for (const auto& hit : hits) docids.push_back(hit.first);
  const auto decoded = impl_->decoded_claims(docids);
  std::vector<CitedClaim> cited;
  for (const auto& claim : decoded) cited.push_back(*claim);
  attribute_reposts(cited, *impl_->repost_clusters());
  for (std::size_t i = 0; i < cited.size(); ++i)
    response.results.push_back({std::move(cited[i]), hits[i].second});
  return response;
}

std::vector<CitedClaim> Searcher::claims(const std::string& query) const {
  return claims(query, ClaimSelection{});
}

std::vector<CitedClaim> Searcher::claims(const std::string& query,
                                         const ClaimSelection& selection) const {
  Xapian::Query filter(std::string(schema::PREFIX_TYPE) + std::string(schema::TYPE_CLAIM));
  if (!query.empty()) {
    filter = Xapian::Query(Xapian::Query::OP_FILTER, impl_->claim_query_for(query)->query, filter);
  }
  std::vector<Xapian::docid> docids;
  try {
    Xapian::Enquire enquire(impl_->database);
    enquire.set_query(filter);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset = enquire.get_mset(0, impl_->database.get_doccount());
    docids.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read claims");
  }
  std::vector<std::shared_ptr<const CitedClaim>> decoded = impl_->decoded_claims(docids);
  if (!selection.subject.empty()) {
    std::erase_if(decoded, [&](const auto& c) { return c->claim.subject != selection.subject; });
  }
  if (selection.comparable_only) {
    struct Articles {
      std::string_view first;
      bool several = false;
    };
    std::unordered_map<std::string_view, Articles> subjects;
    for (const auto& c : decoded) {
      const auto [at, added] = subjects.try_emplace(c->claim.subject, Articles{c->doc_id});
      if (!added && at->second.first != c->doc_id) at->second.several = true;
    }
    std::erase_if(decoded, [&](const auto& c) { return !subjects[c->claim.subject].several; });
  }
  std::vector<CitedClaim> out;
  out.reserve(decoded.size());
  for (const auto& claim : decoded) out.push_back(*claim);
  attribute_reposts(out, *impl_->repost_clusters());
  return out;
}

std::string Searcher::cached(const std::string& key,
                             const std::function<std::string()>& compute) const {
  const std::shared_ptr<RevisionCache> revision = impl_->revision;  // this call's revision
  return *revision->response(key, compute);
}

std::optional<StoredArticle> Searcher::article(const std::string& doc_id) const {
  const std::string id_term = std::string(schema::PREFIX_DOC_ID) + doc_id;
  try {
    Xapian::PostingIterator p = impl_->database.postlist_begin(id_term);
    if (p == impl_->database.postlist_end(id_term)) return std::nullopt;
    StoredArticle article = parse_stored_article(impl_->database.get_document(*p).get_data(), true);
    restore_claims(impl_->database, article);
    return article;
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read document " + doc_id);
  }
}

std::optional<RepostCluster> Searcher::repost_cluster(const std::string& doc_id) const {
  const std::string id_term = std::string(schema::PREFIX_DOC_ID) + doc_id;
  std::string origin;
  try {
    Xapian::PostingIterator p = impl_->database.postlist_begin(id_term);
    if (p == impl_->database.postlist_end(id_term)) return std::nullopt;
    origin = impl_->database.get_document(*p).get_value(schema::SLOT_REPOST_CLUSTER);
  } catch (const Xapian::Error& e) {
    throw from_xapian(e, "cannot read document " + doc_id);
  }
  if (origin.empty()) return std::nullopt;
  for (RepostCluster& cluster : stored_repost_clusters(impl_->database)) {
    for (const RepostMember& member : cluster.members) {
      if (member.doc_id == doc_id) return std::move(cluster);
    }
  }
  return std::nullopt;
}

std::vector<ByteRange> Searcher::highlight(const StoredArticle& article,
                                           const std::string& query) const {
  return highlight_spans(article, impl_->compile(query).highlights);
}

}  // namespace suyuan
