/// @file stored_article.h
/// @brief Decoding of the article data the index stage stores in each Xapian document.
#pragma once

#include <string>

#include "suyuan/search/searcher.h"

namespace suyuan {

/// Parses a document's data (JSON written by the index stage's DocumentBuilder).
/// Throws Error(CORRUPT_INDEX) when it is not what the index stage writes.
StoredArticle parse_stored_article(const std::string& data);

}  // namespace suyuan
