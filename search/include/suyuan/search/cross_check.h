/// @file cross_check.h
/// @brief Groups claims about the same subject and metric across articles and labels each
/// group agree / conflict / single-source, with every claim cited to its raw bytes.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace suyuan {

/// One claim with the provenance of the article it came from.
struct CitedClaim {
  std::string doc_id;
  std::string path;
  std::string title;
  std::string publisher;
  std::string published;
  nlohmann::json claim;  ///< the extract stage's claim JSON (value, attribution, sentence, spans)
  /// Who ultimately stands behind the claim: the attributed source when there is a named one,
  /// else the publisher (or the document when no publisher is known).
  std::string origin;
  /// publisher → attributed source(s), e.g. ["A5专栏", "路透社"].
  std::vector<std::string> chain;
};

/// The label of a group.
enum class Verdict { AGREE, CONFLICT, SINGLE_SOURCE };
std::string_view verdict_name(Verdict verdict);  ///< "agree", "conflict", "single-source"

/// Claims about one subject + metric (+ unit family).
struct ClaimGroup {
  std::string subject;
  std::string metric;
  std::string unit;  ///< shared unit/currency, "date" for dates, "" when unitless
  Verdict verdict = Verdict::SINGLE_SOURCE;
  std::string explanation;    ///< why: overlap found, size of the disagreement, shared source
  std::size_t documents = 0;  ///< distinct articles
  std::size_t independent_sources = 0;  ///< distinct origins
  std::vector<CitedClaim> claims;       ///< ordered by published date, then document
};

/// Tolerances of the comparison, read from data/search/cross_check.json (the one documented
/// place for them).
struct CrossCheckRules {
  double exact_relative_tolerance = 0.01;  ///< rounding slack for figures stated exactly
  double about_relative_tolerance = 0.1;   ///< 约/左右/近: ±10 %
  double open_bound_factor = 2.0;  ///< 超过 X covers (X, X·factor], 不足 X covers [X/factor, X)
  /// A date bound (2025年4月前, 自2025年4月起) covers this many days on its open side.
  double open_date_bound_days = 366;
  static CrossCheckRules load(const std::filesystem::path& file);
};

/// What to check.
struct CheckRequest {
  std::string subject;  ///< canonical id, or empty for all
  std::string metric;   ///< metric, or empty for all
  bool include_single_source = true;
};

/// The numeric or date interval a claim value covers under `rules`, as [low, high]
/// (dates as days since 1970-01-01); nullopt when the value is neither.
struct ValueInterval {
  double low = 0;
  double high = 0;
  bool is_date = false;
  std::string unit;
};
std::optional<ValueInterval> claim_interval(const nlohmann::json& value,
                                            const CrossCheckRules& rules);

/// Groups and labels. `claims` come from ClaimStore::claims().
std::vector<ClaimGroup> cross_check(const std::vector<CitedClaim>& claims,
                                    const CheckRequest& request, const CrossCheckRules& rules);

nlohmann::json to_json(const CitedClaim& claim);
nlohmann::json to_json(const ClaimGroup& group);

}  // namespace suyuan
