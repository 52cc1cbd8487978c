/// @file reposts.h
/// @brief Reading the re-post clusters the index stage stores: all of them, the lineage of one
/// article, and the claims of re-posts attributed to their cluster's origin.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "suyuan/index/reposts.h"
#include "suyuan/search/cross_check.h"

namespace suyuan {

/**
 * The clusters of a database, read once (one metadata entry: no pass over the documents).
 * Throws Error(NOT_FOUND) when the database does not exist, Error(CORRUPT_INDEX) when it or
 * its stored clusters are damaged.
 */
class RepostIndex {
 public:
  /// `rules` (may be null) supply the citation cues for the lineage of an article that has no
  /// copies; it must outlive the index.
  RepostIndex(const std::filesystem::path& database, const RepostRules* rules = nullptr);

  const std::vector<RepostCluster>& clusters() const { return clusters_; }

  /// The cluster of `doc_id`, or nullptr when it has no indexed copies.
  const RepostCluster* cluster_of(const std::string& doc_id) const;

  /// The lineage of `doc_id`: its cluster, or for an article without copies a one-member
  /// cluster with the sources its text cites (000's 澎湃新闻, 新浪财经, 观察者网). nullopt when
  /// no article has this doc_id.
  std::optional<RepostCluster> lineage(const std::string& doc_id) const;

 private:
  std::filesystem::path database_;
  const RepostRules* rules_;
  std::vector<RepostCluster> clusters_;
};

/// The lineage of an article without indexed copies: a cluster of itself, with the sources
/// its normalized text cites (原文登载于…), found with `rules` when given.
RepostCluster cluster_of_one(const StoredOrigin& article, std::string_view normalized,
                             const RepostRules* rules);

/// Claims of cluster members without a named source of their own stand for the cluster's
/// origin: their `origin` becomes the origin article's publisher (or "doc:<origin doc_id>")
/// and `repost_of` describes it, so cross-checking counts a cluster as one source.
void attribute_reposts(std::vector<CitedClaim>& claims, const std::vector<RepostCluster>& clusters);

}  // namespace suyuan
