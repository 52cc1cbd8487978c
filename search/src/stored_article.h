/// @file stored_article.h
/// @brief Decoding of what the index stage stores in each Xapian document: an article's data
/// and a claim's data.
#pragma once

#include <string>

#include "suyuan/index/stored_metadata.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/searcher.h"

namespace suyuan {

/// Decodes a document's data as the index stage's DocumentBuilder writes it. The extraction
/// JSON is only parsed when asked for (document pages), not for search hits.
/// Throws Error(CORRUPT_INDEX) when it is not what the index stage writes.
StoredArticle parse_stored_article(const std::string& data, bool with_extraction);

/// Decodes a claim document's data into the claim, its origin and its attribution chain (the
/// reader supplies what the claim leaves to its article). Throws Error(CORRUPT_INDEX) when it
/// is not what the index stage writes.
CitedClaim parse_cited_claim(StoredClaimReader& reader, const std::string& data);

}  // namespace suyuan
