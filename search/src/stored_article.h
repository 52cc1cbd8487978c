/// @file stored_article.h
/// @brief Decoding of the article data the index stage stores in each Xapian document.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "suyuan/search/searcher.h"

namespace suyuan {

/// Reads the origin fields every stored article and claim carries (doc_id and path required;
/// title, publisher and published optional) into `out`, a StoredArticle or a CitedClaim.
/// Throws nlohmann::json::exception when a required field is missing.
template <typename WithOrigin>
void read_origin(const nlohmann::json& stored, WithOrigin& out) {
  out.doc_id = stored.at("doc_id").template get<std::string>();
  out.path = stored.at("path").template get<std::string>();
  out.title = stored.value("title", "");
  out.publisher = stored.value("publisher", "");
  out.published = stored.value("published", "");
}

/// Decodes a document's data as the index stage's DocumentBuilder writes it. The extraction
/// JSON is only parsed when asked for (document pages), not for search hits.
/// Throws Error(CORRUPT_INDEX) when it is not what the index stage writes.
StoredArticle parse_stored_article(const std::string& data, bool with_extraction);

}  // namespace suyuan
