/// @file reposts.h
/// @brief Re-post detection: which indexed articles are copies of one another (full re-posts,
/// edited re-posts, excerpts), grouped into clusters, each with an origin (lineage). The index
/// stage writes the clusters into the database with every build; the search stage reads them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suyuan {

/// Thresholds and citation cues, read from data/index/reposts.json (the one place for them).
struct RepostRules {
  std::size_t shingle_chars = 5;  ///< characters per shingle (content characters only)
  /// Anchors are chosen by winnowing: the smallest shingle hash of every window of this many
  /// consecutive shingles (about 2 / (window + 1) of the shingles, and at least one in every
  /// window, so a passage shared by two texts has anchors however short it is: sampling by hash
  /// value alone leaves gaps). The articles of one build are compared on these in memory.
  std::size_t anchor_window = 31;
  /// The anchors of this larger window (a subset of the others: a window's minimum is also
  /// the minimum of each smaller window around it) are boolean terms of the article's document,
  /// what later builds look copies up by; each is a posting list of its own, the index's cost.
  std::size_t anchor_term_window = 63;
  std::size_t max_anchor_chars = 12000;    ///< anchors come from this many first characters
  std::size_t max_anchor_documents = 60;   ///< anchors in more articles are boilerplate: ignored
  std::size_t candidates = 10;             ///< candidates confirmed per article
  std::size_t min_shared_anchors = 2;      ///< fewer shared anchors: not a candidate
  double min_estimated_containment = 0.5;  ///< anchor estimate below this: not confirmed
  std::size_t min_shared_shingles = 40;    ///< confirmed copies share at least this many shingles
  double link_containment = 0.8;           ///< share of the smaller article found in the larger
  double repost_coverage = 0.99;           ///< a full re-post carries this share of the origin…
  double repost_purity = 0.8;              ///< …and this share of it comes from the origin
  double excerpt_coverage = 0.75;  ///< a member carrying less of the origin than this: excerpt
  std::vector<std::string> citation_cues;  ///< 原文登载于, 转载自, 来源: … (normalized script)
  std::size_t citation_name_max_chars = 16;
  std::string citation_name_stops;  ///< characters that end a cited name

  /// Throws Error(NOT_FOUND) when the file is missing, Error(CORRUPT_INDEX) when malformed.
  static RepostRules load(const std::filesystem::path& file);
};

/// A source an article names as where its text comes from ("转载自澎湃新闻", "来源：新浪财经").
struct CitedSource {
  std::string name;  ///< as written (normalized script)
  std::string date;  ///< YYYY-MM-DD when the citation gives one, else ""
  std::string cue;   ///< the cue that introduced it
};

/// Citations found in normalized text with the rules' cues, in text order, one per name.
std::vector<CitedSource> find_cited_sources(const RepostRules& rules, std::string_view text);

/// The sorted, de-duplicated 64-bit hashes of every shingle of a text's content characters
/// (Han, letters, digits; punctuation and spacing are ignored, ASCII is lower-cased).
std::vector<std::uint64_t> shingle_hashes(const RepostRules& rules, std::string_view text);

/// The anchors of a text (content-defined, so a shared passage yields the same anchors wherever
/// it stands), in text order, de-duplicated, from its first max_anchor_chars characters.
struct Anchors {
  std::vector<std::uint64_t> all;    ///< winnowed with anchor_window: compared in memory
  std::vector<std::uint64_t> terms;  ///< winnowed with anchor_term_window: stored as terms
};
Anchors anchor_hashes(const RepostRules& rules, std::string_view text);

/// The 32 bits of an anchor that its term and the in-memory table key on (the low bits: the
/// high ones of a window's minimum are mostly zeros).
inline std::uint32_t anchor_key(std::uint64_t anchor) { return static_cast<std::uint32_t>(anchor); }

/// How much two shingle sets share.
struct Overlap {
  std::size_t shared = 0;
  double a_in_b = 0;   ///< shared / |a|
  double b_in_a = 0;   ///< shared / |b|
  double jaccard = 0;  ///< shared / |a ∪ b|
};
/// `a` and `b` sorted and unique, as shingle_hashes returns them.
Overlap overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/// Whether two articles with this overlap are copies of one another under `rules`.
bool is_copy(const RepostRules& rules, const Overlap& o);

/// How a cluster member relates to the cluster's origin.
enum class RepostRelation { ORIGIN, REPOST, EDITED_REPOST, EXCERPT };
/// "origin", "re-post", "edited re-post", "excerpt".
std::string_view relation_name(RepostRelation relation);
/// Relation of a member to the origin given overlap(member, origin).
RepostRelation classify(const RepostRules& rules, const Overlap& member_vs_origin);

/// One article of a cluster.
struct RepostMember {
  std::string doc_id;
  std::string path;
  std::string title;
  std::string publisher;
  std::string published;
  RepostRelation relation = RepostRelation::ORIGIN;
  double similarity = 1;           ///< Jaccard similarity of its shingles with the origin's
  double containment = 1;          ///< share of the smaller of the two found in the larger
  std::vector<CitedSource> cites;  ///< sources the article's text names
};

/// Articles that are copies of one another.
struct RepostCluster {
  std::string origin_id;                   ///< doc_id of the origin, also the collapse key
  std::string origin_reason;               ///< "cited by …" or "earliest published"
  std::vector<RepostMember> members;       ///< origin first, then by published date and path
  std::vector<CitedSource> cited_sources;  ///< sources members cite that are not members

  const RepostMember& origin() const { return members.front(); }
  /// "澎湃新闻's article of 2025-07-15" (publisher, else path; date when known).
  std::string describe_origin() const;
};

/// Database metadata key holding the clusters (written in the same commit as the documents).
inline constexpr std::string_view REPOST_STATE_KEY = "suyuan.reposts";

/// `{"clusters": [{"origin": {doc_id,path,publisher,published}, "origin_reason",
/// "cited_sources": [...], "members": [{doc_id,path,publisher,published,title,relation,
/// similarity,containment,cites}]}]}` — the output of `suyuan-search reposts --json`.
nlohmann::json to_json(const RepostCluster& cluster);
nlohmann::json to_json(const CitedSource& source);
nlohmann::json to_json(const std::vector<RepostCluster>& clusters);

/// Clusters as stored under REPOST_STATE_KEY (empty string: none). Throws
/// Error(CORRUPT_INDEX) when the stored state is malformed.
std::vector<RepostCluster> parse_repost_clusters(std::string_view stored);

}  // namespace suyuan
