/// @file reposts.cpp
/// @brief Re-post clusters as the search stage reads them.
#include "suyuan/search/reposts.h"

#include <xapian.h>

#include <unordered_map>

#include "suyuan/core/error.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/index/stored_metadata.h"

namespace suyuan {
namespace {

Xapian::Database open_database(const std::filesystem::path& database) {
  std::error_code ec;
  if (!std::filesystem::exists(database, ec)) {
    throw Error(ErrorKind::NOT_FOUND,
                "database not found: " + database.string() + " (run `suyuan-index build` first)");
  }
  try {
    return Xapian::Database(database.string());
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "cannot open database " + database.string() + ": " + e.get_description());
  }
}

}  // namespace

RepostIndex::RepostIndex(const std::filesystem::path& database, const RepostRules* rules)
    : database_(database), rules_(rules) {
  const Xapian::Database db = open_database(database);
  try {
    clusters_ = parse_repost_clusters(db.get_metadata(std::string(REPOST_STATE_KEY)));
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "cannot read re-post clusters: " + e.get_description());
  }
}

const RepostCluster* RepostIndex::cluster_of(const std::string& doc_id) const {
  for (const RepostCluster& cluster : clusters_) {
    for (const RepostMember& m : cluster.members) {
      if (m.doc_id == doc_id) return &cluster;
    }
  }
  return nullptr;
}

std::optional<RepostCluster> RepostIndex::lineage(const std::string& doc_id) const {
  if (const RepostCluster* cluster = cluster_of(doc_id)) return *cluster;
  const Xapian::Database db = open_database(database_);
  const std::string id_term = std::string(schema::PREFIX_DOC_ID) + doc_id;
  StoredDocumentData data;
  try {
    Xapian::PostingIterator p = db.postlist_begin(id_term);
    if (p == db.postlist_end(id_term)) return std::nullopt;
    data = decode_stored_document(db.get_document(*p).get_data());
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "cannot read document " + doc_id + ": " + e.get_description());
  }
  const StoredOrigin origin =
      read_stored_json(data.metadata_json, "article metadata",
                       [](const nlohmann::json& j) { return read_stored_origin(j); });
  return cluster_of_one(origin, data.normalized, rules_);
}

RepostCluster cluster_of_one(const StoredOrigin& article, std::string_view normalized,
                             const RepostRules* rules) {
  RepostMember self;
  self.doc_id = article.doc_id;
  self.path = article.path;
  self.title = article.title;
  self.publisher = article.publisher;
  self.published = article.published;
  if (rules != nullptr) self.cites = find_cited_sources(*rules, normalized);
  RepostCluster alone;
  alone.origin_id = self.doc_id;
  alone.cited_sources = self.cites;
  alone.origin_reason = alone.cited_sources.empty()
                            ? "no copies indexed"
                            : "no copies indexed; the text cites its sources";
  alone.members.push_back(std::move(self));
  return alone;
}

void attribute_reposts(std::vector<CitedClaim>& claims,
                       const std::vector<RepostCluster>& clusters) {
  if (clusters.empty()) return;
  std::unordered_map<std::string, const RepostCluster*> cluster_of;
  for (const RepostCluster& c : clusters) {
    for (const RepostMember& m : c.members) cluster_of[m.doc_id] = &c;
  }
  for (CitedClaim& claim : claims) {
    auto found = cluster_of.find(claim.doc_id);
    if (found == cluster_of.end()) continue;
    // A claim that names its own source already traces back to it.
    const bool own_voice = claim.origin == claim.publisher || claim.origin == "doc:" + claim.doc_id;
    if (!own_voice) continue;
    const RepostCluster& cluster = *found->second;
    const RepostMember& origin = cluster.origin();
    claim.origin = origin.publisher.empty() ? "doc:" + origin.doc_id : origin.publisher;
    claim.repost_of = cluster.describe_origin();
    claim.repost_origin = origin.doc_id;
  }
}

}  // namespace suyuan
