/// @file stored_article.h
/// @brief Decoding of the article data the index stage stores in each Xapian document.
#pragma once

#include <string>

#include "suyuan/search/searcher.h"

namespace suyuan {

/// Decodes a document's data as the index stage's DocumentBuilder writes it. The extraction
/// JSON is only parsed when asked for (document pages), not for search hits.
/// Throws Error(CORRUPT_INDEX) when it is not what the index stage writes.
StoredArticle parse_stored_article(const std::string& data, bool with_extraction);

}  // namespace suyuan
