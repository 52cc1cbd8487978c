/// @file lineage.h
/// @brief Re-post lineage on the article page and the side-by-side comparison of two articles
/// (`/compare`, `/api/compare`): what a re-post kept, dropped, added and changed.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "suyuan/index/reposts.h"
#include "suyuan/search/searcher.h"
#include "suyuan/search/text_diff.h"

namespace suyuan {

/// Two articles compared on their normalized texts.
struct Comparison {
  StoredArticle a;
  StoredArticle b;
  TextDiff diff;
  /// Shingle overlap of b with a (a_in_b: how much of b comes from a; b_in_a: how much of a
  /// b carries), as re-post detection measures it.
  Overlap b_vs_a;
  bool copy = false;  ///< the two are copies under the re-post rules
  RepostRelation b_relation = RepostRelation::EDITED_REPOST;  ///< b read as a copy of a
  /// Their cluster, when both belong to the same one (relations there are to its origin).
  std::optional<RepostCluster> cluster;
};

/// Compares articles `a_id` and `b_id`. Throws Error(NOT_FOUND) for an unknown doc_id and
/// Error(INVALID_INPUT) for a text over the diff's size bound.
Comparison compare_articles(const Searcher& searcher, const std::string& a_id,
                            const std::string& b_id, const RepostRules& rules);

/// `{"a": {doc_id,path,title,publisher,published,relation?}, "b": {…}, "same_cluster",
/// "copy", "relation", "similarity", "b_in_a", "a_in_b", "diff": {coarse, same_chars,
/// dropped_chars, added_chars, "segments": [{kind, a, b, a_text?, b_text?, a_raw?, b_raw?}]}}`.
nlohmann::json to_json(const Comparison& comparison);

/// The `/api/lineage/<doc_id>` body, as `suyuan-search reposts --doc` gives it: `{"doc_id",
/// "copies", "cluster"}` — the article's cluster, or for an article without indexed copies a
/// one-member cluster with the sources its text cites (seed 000: 澎湃新闻, 新浪财经, 观察者网).
nlohmann::json lineage_json(const StoredArticle& article,
                            const std::optional<RepostCluster>& cluster, const RepostRules& rules);

/// The lineage panel of the article page: one line saying what the article is (origin, or
/// which kind of copy of whose article), and the cluster's members with date, publisher,
/// relation and similarity, each linked, with a link comparing it with the origin.
std::string render_lineage_summary(std::string_view doc_id, const RepostCluster& cluster);
std::string render_lineage(std::string_view doc_id, const RepostCluster& cluster);

/// The `/compare?a=&b=` page: both articles' provenance, the overlap, the list of changes
/// (each linked to its raw bytes in either article) and both normalized texts side by side
/// with dropped, added and changed passages marked.
std::string render_compare_page(const Comparison& comparison);

}  // namespace suyuan
