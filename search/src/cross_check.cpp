/// @file cross_check.cpp
/// @brief Claim grouping and agree/conflict/single-source labelling.
#include "suyuan/search/cross_check.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"

namespace suyuan {
namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

std::optional<double> number_field(const nlohmann::json& j, const char* key) {
  if (j.is_object() && j.contains(key) && j[key].is_number()) return j[key].get<double>();
  return std::nullopt;
}

/// Short human form of an interval for explanations.
std::string describe(const ValueInterval& v) {
  if (v.is_date) {
    const std::string a = iso_date_of_days(static_cast<long>(v.low));
    const std::string b = iso_date_of_days(static_cast<long>(v.high));
    return a == b ? a : a + ".." + b;
  }
  std::ostringstream out;
  out.precision(6);
  if (std::isinf(v.high)) {
    out << "≥" << v.low;
  } else if (std::isinf(v.low)) {
    out << "≤" << v.high;
  } else if (v.low == v.high) {
    out << v.low;
  } else {
    out << v.low << ".." << v.high;
  }
  if (!v.unit.empty()) out << " " << v.unit;
  return out.str();
}

}  // namespace

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::AGREE:
      return "agree";
    case Verdict::CONFLICT:
      return "conflict";
    case Verdict::SINGLE_SOURCE:
      return "single-source";
  }
  return "single-source";
}

CrossCheckRules CrossCheckRules::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "cross-check rules not found: " + file.string());
  CrossCheckRules rules;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    rules.exact_relative_tolerance = j.at("exact_relative_tolerance").get<double>();
    rules.about_relative_tolerance = j.at("about_relative_tolerance").get<double>();
    rules.open_bound_factor = j.at("open_bound_factor").get<double>();
    rules.open_date_bound_days = j.at("open_date_bound_days").get<double>();
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
  if (rules.open_bound_factor <= 1 || rules.exact_relative_tolerance < 0 ||
      rules.about_relative_tolerance < 0 || rules.open_date_bound_days < 1) {
    throw Error(ErrorKind::CORRUPT_INDEX, "out-of-range tolerance in " + file.string());
  }
  return rules;
}

std::optional<ValueInterval> claim_interval(const nlohmann::json& value,
                                            const CrossCheckRules& rules) {
  ValueInterval out;
  const std::string date = string_field(value, "date");
  if (!date.empty()) {
    auto span = date_span(date, string_field(value, "date_end"));
    if (!span) return std::nullopt;
    out.low = static_cast<double>(span->first);
    out.high = static_cast<double>(span->second);
    // A bound covers the days on its open side: 2025年4月前 is consistent with 2025-03.
    const std::string relation = string_field(value, "relation");
    const double reach = rules.open_date_bound_days;
    if (relation == "before") {
      out.high = out.low - 1, out.low -= reach;
    } else if (relation == "after") {
      out.low = out.high + 1, out.high += reach;
    } else if (relation == "since") {
      out.high += reach;
    } else if (relation == "until") {
      out.low -= reach;
    }
    out.is_date = true;
    out.unit = "date";
    return out;
  }
  auto single = number_field(value, "value");
  auto min = number_field(value, "min");
  auto max = number_field(value, "max");
  if (single) {
    out.low = out.high = *single;
  } else if (min && max) {
    out.low = *min;
    out.high = *max;
  } else {
    return std::nullopt;
  }
  out.unit = string_field(value, "currency");
  if (out.unit.empty()) out.unit = string_field(value, "unit");

  const std::string approx = string_field(value, "approx");
  const double factor = rules.open_bound_factor;
  if (approx == "about") {
    out.low -= std::abs(out.low) * rules.about_relative_tolerance;
    out.high += std::abs(out.high) * rules.about_relative_tolerance;
  } else if (approx == "over" || approx == "at_least") {
    out.high = out.high * factor;
  } else if (approx == "under" || approx == "at_most") {
    out.low = out.low / factor;
  } else {
    out.low -= std::abs(out.low) * rules.exact_relative_tolerance;
    out.high += std::abs(out.high) * rules.exact_relative_tolerance;
  }
  return out;
}

std::vector<ClaimGroup> cross_check(const std::vector<CitedClaim>& claims,
                                    const CheckRequest& request, const CrossCheckRules& rules) {
  // Group key: subject, metric and unit family (USD figures are not compared with CNY ones).
  std::map<std::tuple<std::string, std::string, std::string>, ClaimGroup> groups;
  for (const CitedClaim& cited : claims) {
    const std::string subject = string_field(cited.claim, "subject");
    const std::string metric = string_field(cited.claim, "metric");
    if (!request.subject.empty() && subject != request.subject) continue;
    if (!request.metric.empty() && metric != request.metric) continue;
    auto interval = claim_interval(cited.claim.value("value", nlohmann::json::object()), rules);
    const std::string unit = interval ? interval->unit : "";
    ClaimGroup& group = groups[{subject, metric, unit}];
    group.subject = subject;
    group.metric = metric;
    group.unit = unit;
    group.claims.push_back(cited);
  }

  std::vector<ClaimGroup> out;
  for (auto& [key, group] : groups) {
    std::sort(group.claims.begin(), group.claims.end(),
              [](const CitedClaim& a, const CitedClaim& b) {
                return std::tie(a.published, a.path) < std::tie(b.published, b.path);
              });
    std::set<std::string> documents, origins;
    for (const auto& c : group.claims) {
      documents.insert(c.doc_id);
      origins.insert(c.origin);
    }
    group.documents = documents.size();
    group.independent_sources = origins.size();

    // Helly in one dimension: intervals overlap pairwise iff the largest low is below the
    // smallest high.
    std::optional<ValueInterval> tightest_high, loosest_low;
    const CitedClaim *high_claim = nullptr, *low_claim = nullptr;
    for (const auto& c : group.claims) {
      auto v = claim_interval(c.claim.value("value", nlohmann::json::object()), rules);
      if (!v) continue;
      if (!tightest_high || v->high < tightest_high->high) tightest_high = v, high_claim = &c;
      if (!loosest_low || v->low > loosest_low->low) loosest_low = v, low_claim = &c;
    }
    const bool overlap = !tightest_high || loosest_low->low <= tightest_high->high;

    std::ostringstream why;
    if (group.documents <= 1) {
      group.verdict = Verdict::SINGLE_SOURCE;
      why << "only one article states this";
    } else if (group.independent_sources <= 1) {
      group.verdict = Verdict::SINGLE_SOURCE;
      why << group.documents << " articles, but all trace back to one source: " << *origins.begin();
    } else if (overlap) {
      group.verdict = Verdict::AGREE;
      why << group.independent_sources << " independent sources; values overlap";
      if (tightest_high) {
        ValueInterval common = *tightest_high;
        common.low = loosest_low->low;
        why << " in " << describe(common);
      }
    } else {
      group.verdict = Verdict::CONFLICT;
      const double gap = loosest_low->low - tightest_high->high;
      why << high_claim->path << " says " << describe(*tightest_high) << ", " << low_claim->path
          << " says " << describe(*loosest_low) << ": apart by ";
      if (tightest_high->is_date) {
        why << static_cast<long>(gap) << " day(s)";
      } else {
        why << gap;
        if (!tightest_high->unit.empty()) why << " " << tightest_high->unit;
        if (tightest_high->high > 0)
          why << " (" << std::lround(100 * gap / tightest_high->high) << " %)";
      }
    }
    group.explanation = why.str();
    if (group.verdict == Verdict::SINGLE_SOURCE && !request.include_single_source) continue;
    out.push_back(std::move(group));
  }
  // Most corroborated (or contested) first.
  std::stable_sort(out.begin(), out.end(), [](const ClaimGroup& a, const ClaimGroup& b) {
    return a.documents > b.documents;
  });
  return out;
}

nlohmann::json to_json(const CitedClaim& claim) {
  return {{"doc_id", claim.doc_id},       {"path", claim.path},           {"title", claim.title},
          {"publisher", claim.publisher}, {"published", claim.published}, {"origin", claim.origin},
          {"chain", claim.chain},         {"claim", claim.claim}};
}

nlohmann::json to_json(const ClaimGroup& group) {
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& c : group.claims) claims.push_back(to_json(c));
  return {{"subject", group.subject},
          {"metric", group.metric},
          {"unit", group.unit},
          {"verdict", std::string(verdict_name(group.verdict))},
          {"explanation", group.explanation},
          {"documents", group.documents},
          {"independent_sources", group.independent_sources},
          {"claims", claims}};
}

}  // namespace suyuan
