/// @file searcher.h
/// @brief Stage 4: ranked, provenance-aware search over the index written by stage 3. Every
/// hit carries byte spans into the raw file of the passages that matched.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "suyuan/core/byte_range.h"
#include "suyuan/index/reposts.h"
#include "suyuan/normalize/offset_map.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/database_source.h"

namespace suyuan {

class Normalizer;
class Gazetteer;
class SharedClaimCache;

/// What the Searchers of one database may share (a server's pool of them): per index revision,
/// the claim join's table of claim sentences and the claims decoded so far, so that each is read
/// once per revision, not once per searcher. A searcher that reopens on a new revision moves to
/// that revision's; a revision's is dropped when no searcher reads it any more.
std::shared_ptr<SharedClaimCache> make_shared_claim_cache();

/// What to search for.
struct SearchRequest {
  std::string query;       ///< user query, any script (see README "Query language")
  std::size_t limit = 10;  ///< at most this many results (capped at 1000)
  std::size_t offset = 0;  ///< skip this many ranked results (paging)
  bool facets = false;     ///< also count chips, orgs, publishers, sources, metrics, months
  bool all = false;        ///< every copy; by default a re-post cluster shows once
};

/// Facet name → (value, count) pairs, most frequent first. Names: "chip", "org", "person",
/// "publisher", "source", "metric", "month".
using Facets =
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::size_t>>>>;

/// One ranked article.
struct Hit {
  std::string doc_id;
  std::string path;  ///< corpus-relative path of the raw file
  std::string title;
  std::string publisher;
  std::string published;
  /// Sources the article attributes its statements to (entity ids such as "reuters", or the
  /// name as written), from its facet terms: the provenance publisher → source.
  std::vector<std::string> sources;
  double score = 0;
  std::string snippet;           ///< cut from the raw (original script) text
  ByteRange snippet_raw;         ///< raw byte range the snippet was cut from
  std::vector<ByteRange> spans;  ///< raw byte ranges of matched passages, sorted, disjoint
  std::string cluster;           ///< origin doc_id of its re-post cluster, "" when it has no copies
  std::size_t reposts = 0;  ///< matching copies folded into this hit (query `repost:<cluster>`)
};

/// A ranked result list.
struct SearchResponse {
  std::string query;
  std::size_t total_estimate = 0;
  std::vector<Hit> results;
  Facets facets;                  ///< empty unless requested
  bool facets_estimated = false;  ///< counted on a sample of a large match set and scaled
};

/// One ranked claim with its provenance.
struct ClaimHit {
  CitedClaim cited;
  double score = 0;
};

/// A ranked claim list (`suyuan-search query --claims`).
struct ClaimSearchResponse {
  std::string query;
  std::size_t total_estimate = 0;
  std::vector<ClaimHit> results;
  Facets facets;
  bool facets_estimated = false;
};

/// The stored form of one indexed article, enough to display and cite it.
struct StoredArticle {
  std::string doc_id;
  std::string path;
  std::string title;
  std::string publisher;
  std::string published;
  std::string author;
  std::string url;
  std::string raw;                   ///< the raw bytes as indexed
  std::string normalized;            ///< normalized text
  OffsetMap offsets;                 ///< normalized → raw
  std::vector<ByteRange> sentences;  ///< normalized sentence ranges
  nlohmann::json extraction;         ///< mentions and claims (null when not extracted)
};

/// One claim of an article's extraction with the article as its origin, as the claim search and
/// the cross-check cite it (attribution chain and origin included).
CitedClaim cite_claim(const StoredArticle& article, const nlohmann::json& claim);

/// Canonical JSON: `{"query","total_estimate","results":[{doc_id,path,title,publisher,
/// published,sources,score,snippet,spans:[{start,end}]}]}` — the CLI `--json` output and the
/// web API.
nlohmann::json to_json(const SearchResponse& response);
nlohmann::json to_json(const Hit& hit);
nlohmann::json to_json(const ClaimSearchResponse& response);
nlohmann::json to_json(const Facets& facets);

/**
 * Reads a suyuan database. Queries are folded with the same Normalizer as the documents, so a
 * query in traditional or simplified script finds both; runs of Chinese characters match as
 * exact phrases (出口管制 never matches 出口 … 管制 apart) and Latin model codes as whole words
 * (H20 never matches H200).
 *
 * Throws Error(NOT_FOUND) when the database does not exist, Error(CORRUPT_INDEX) when it is
 * not a suyuan database or is damaged; search() throws Error(INVALID_INPUT) for a malformed
 * query. Not thread-safe: use one Searcher per thread.
 */
class Searcher {
 public:
  /// `gazetteer` (may be null) adds regional aliases (辉达 finds 英偉達, 晶片 finds 芯片) and
  /// lets entity filters take any alias (chip:H20, org:輝達). It must outlive the Searcher.
  Searcher(const std::filesystem::path& database, const Normalizer& normalizer,
           const Gazetteer* gazetteer = nullptr);
  /// Reads `source`: a local directory (one database or shards) or xapian-tcpsrv servers.
  /// Throws Error(UNAVAILABLE) when a remote server does not answer. `shared` (may be null: a
  /// cache of its own) is shared with the other searchers of the same source.
  Searcher(const DatabaseSource& source, const Normalizer& normalizer,
           const Gazetteer* gazetteer = nullptr, std::shared_ptr<SharedClaimCache> shared = {});
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;

  SearchResponse search(const SearchRequest& request) const;

  /// Ranked claims matching the query (claim sentences, entity/metric/source filters, and the
  /// claim-only ranges `value:` and `claimdate:`).
  ClaimSearchResponse search_claims(const SearchRequest& request) const;

  /// Every stored claim, optionally only those matching `query` (any query-language form).
  std::vector<CitedClaim> claims(const std::string& query = {}) const;

  /// Which of a query's claims claims(query, selection) returns.
  struct ClaimSelection {
    /// Only claims of this subject (CheckRequest::subject); empty: any.
    std::string subject;
    /// Only claims whose subject a claim of another article in the selection has too: the only
    /// claims a cross-check can compare (two claims answer one question only when their
    /// subjects are equal, README "Cross-checking"), so a check that leaves single-source
    /// groups out gets the same groups from these alone, without copying and grouping the
    /// rest (1,115 of the 1,558 claims of 经济 in 5,000 news articles).
    bool comparable_only = false;
  };
  std::vector<CitedClaim> claims(const std::string& query, const ClaimSelection& selection) const;

  /// A text computed from this revision of the index alone (an API response such as a
  /// cross-check's JSON), kept with the revision and shared with the other searchers of its
  /// SharedClaimCache: `compute` runs once per key and revision (a request for a key being
  /// computed waits for that computation), while the least recently used of at most 16 MB of
  /// them are kept. A remote database keeps none (its revision is not named exactly): `compute`
  /// runs every time.
  std::string cached(const std::string& key, const std::function<std::string()>& compute) const;

  /// The article with this doc_id, or nullopt.
  std::optional<StoredArticle> article(const std::string& doc_id) const;

  /// The re-post cluster `doc_id` belongs to (origin first), or nullopt when it has no indexed
  /// copies or no article has this doc_id. Reads the stored clusters only for a clustered one.
  std::optional<RepostCluster> repost_cluster(const std::string& doc_id) const;

  /// Raw byte spans in `article` matching the positive terms of `query` (for highlighting).
  std::vector<ByteRange> highlight(const StoredArticle& article, const std::string& query) const;

  /// Number of indexed articles.
  std::size_t article_count() const;

  /// Re-open the database to see the latest commit of a concurrent indexer. What is kept for
  /// claim queries (their joins, the claim table, decoded claims) is dropped only when the
  /// revision changed.
  void reopen();

  /// Builds this revision's claim table now (once per revision and SharedClaimCache), so that
  /// the first claim query does not wait for it; nothing for remote shards. Throws like the
  /// claim routes.
  void prepare_claims() const;
  /// Whether this revision's claim table is built (always false for remote shards).
  bool claims_prepared() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan
