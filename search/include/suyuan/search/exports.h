/// @file exports.h
/// @brief Claims and groups in formats other fact-checking tools ingest: JSON Lines, CSV,
/// W3C Web Annotation (JSON-LD) and schema.org ClaimReview stubs.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/search/cross_check.h"
#include "suyuan/search/searcher.h"

namespace suyuan {

/// RFC 4180 CSV: a header line, then one row per claim; fields quoted when needed.
std::string claims_to_csv(const std::vector<CitedClaim>& claims,
                          const std::vector<std::string>& group_columns = {});

/// CSV of article hits: doc_id, path, title, publisher, published, score, spans, snippet.
std::string hits_to_csv(const std::vector<Hit>& hits);

/// `parts` joined by `separator`.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// Quotes one CSV field when it holds a comma, quote or line break.
std::string csv_field(const std::string& value);

/**
 * W3C Web Annotation for a claim, targeting its sentence in the raw article with a
 * TextQuoteSelector (exact + 32-character prefix/suffix) and a TextPositionSelector. The W3C
 * selector counts Unicode code points, so positions are converted from our byte offsets; the
 * byte offsets are kept under "suyuan:byteRange".
 */
nlohmann::json to_web_annotation(const CitedClaim& claim, const StoredArticle& article);

/// schema.org ClaimReview stub: the claim, who made it, where it appeared; the rating is the
/// cross-check verdict when one is given.
nlohmann::json to_claim_review(const CitedClaim& claim, const StoredArticle& article,
                               const std::optional<ClaimGroup>& group = std::nullopt);

}  // namespace suyuan
