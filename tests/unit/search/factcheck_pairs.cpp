/// @file factcheck_pairs.cpp
/// @brief Running and scoring the factcheck_dev pairs.
#include "factcheck_pairs.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "suyuan/core/error.h"

namespace suyuan::factcheck {
namespace {

constexpr const char* CFEVER_DATE = "2023-06-01";

std::string string_of(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0 : static_cast<double>(a) / b; }

/// The claims of one text as a document of `publisher`.
std::vector<CitedClaim> cited_claims(const std::string& text, const std::string& doc,
                                     const std::string& publisher, const std::string& date,
                                     const Normalizer& normalizer, const Extractor& extractor) {
  const NormalizedDocument normalized = normalizer.normalize(text, SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = date;
  const ExtractionResult extraction = extractor.extract(normalized, text, options);
  StoredOrigin origin{doc, doc + ".txt", "", publisher, date};
  std::vector<CitedClaim> out;
  for (const Claim& claim : extraction.claims) out.push_back(cite_claim(origin, claim));
  return out;
}

/// Whether one of the written figures and the value text contain each other.
bool matches_any(const std::string& value_text, const std::vector<std::string>& figures) {
  if (value_text.empty()) return false;
  return std::any_of(figures.begin(), figures.end(), [&](const std::string& figure) {
    return !figure.empty() && (figure.find(value_text) != std::string::npos ||
                               value_text.find(figure) != std::string::npos);
  });
}

/// UHGEval: does the conflict group hold a claim figure marked conflict and its correction?
bool aligned(const Pair& pair, const ClaimGroup& group) {
  std::vector<std::string> claim_figures, evidence_figures;
  for (const auto& figure : pair.figures) {
    if (string_of(figure, "status") != "conflict") continue;
    claim_figures.push_back(string_of(figure, "claim_figure"));
    for (const auto& e : figure.value("evidence_figures", nlohmann::json::array()))
      evidence_figures.push_back(e.get<std::string>());
  }
  bool claim_side = false, evidence_side = false;
  for (const CitedClaim& c : group.claims) {
    const std::string written = written_value(c.claim);
    if (c.doc_id == "claim" && matches_any(written, claim_figures)) claim_side = true;
    if (c.doc_id == "evidence" && matches_any(written, evidence_figures)) evidence_side = true;
  }
  return claim_side && evidence_side;
}

}  // namespace

bool is_held_out(const std::string& id) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : id) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash % 3 == 2;
}

std::vector<Pair> load_pairs(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "factcheck pairs not found: " + file.string());
  std::vector<Pair> pairs;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    Pair p;
    p.id = string_of(j, "id");
    p.claim = string_of(j, "claim");
    p.evidence = string_of(j, "evidence");
    p.label = string_of(j, "label");
    p.source_dataset = string_of(j, "source_dataset");
    p.pair_kind = string_of(j, "pair_kind");
    p.tag = j.contains("tag") && j["tag"].is_string() ? j["tag"].get<std::string>() : "(none)";
    p.date = string_of(j, "evidence_date");
    if (p.date.empty()) p.date = CFEVER_DATE;
    p.figures = j.value("figures", nlohmann::json::array());
    p.held_out = is_held_out(p.id);
    pairs.push_back(std::move(p));
  }
  return pairs;
}

std::string_view outcome_name(Outcome outcome) {
  switch (outcome) {
    case Outcome::CONFLICT:
      return "conflict";
    case Outcome::AGREE:
      return "agree";
    case Outcome::SINGLE_SOURCE:
      return "single-source";
  }
  return "single-source";
}

PairResult check_pair(const Pair& pair, const Normalizer& normalizer, const Extractor& extractor,
                      const CrossCheckRules& rules) {
  std::vector<CitedClaim> claims =
      cited_claims(pair.claim, "claim", "甲报", pair.date, normalizer, extractor);
  std::vector<CitedClaim> evidence =
      cited_claims(pair.evidence, "evidence", "乙报", pair.date, normalizer, extractor);
  PairResult result;
  result.claim_claims = claims.size();
  result.evidence_claims = evidence.size();
  auto frame = [](const CitedClaim& c) {
    const Claim& claim = c.claim;
    std::string period;
    if (claim.period) period = claim.period->start + ".." + claim.period->end;
    return claim.subject + "|" + claim.metric + "|" + period + "|" + claim.scope + "|" +
           std::string(name_of(claim.modality)) + " = " + written_value(claim);
  };
  for (const auto& c : claims) result.claim_frames.push_back(frame(c));
  for (const auto& c : evidence) result.evidence_frames.push_back(frame(c));
  claims.insert(claims.end(), evidence.begin(), evidence.end());
  for (const ClaimGroup& group : cross_check(claims, {}, rules)) {
    std::set<std::string> docs;
    for (const auto& c : group.claims) docs.insert(c.doc_id);
    if (docs.size() < 2) continue;
    result.shared_groups.push_back(std::string(verdict_name(group.verdict)) + " (" + group.reason +
                                   ") " + group.subject + "|" + group.metric + "|" + group.period +
                                   "|" + group.scope + ": " + group.explanation);
    if (group.verdict == Verdict::CONFLICT) {
      const bool figure = aligned(pair, group);
      // Report the best-aligned conflict.
      if (result.outcome != Outcome::CONFLICT || (figure && !result.figure_aligned)) {
        result.outcome = Outcome::CONFLICT;
        result.figure_aligned = figure;
        result.explanation = group.explanation;
      }
    } else if (group.verdict == Verdict::AGREE && result.outcome == Outcome::SINGLE_SOURCE) {
      result.outcome = Outcome::AGREE;
      result.explanation = group.explanation;
    }
  }
  return result;
}

bool naive_conflict(const Pair& pair) {
  std::string evidence;
  for (char c : pair.evidence)
    if (c != ' ') evidence += c;
  std::string run;
  auto missing = [&]() { return !run.empty() && evidence.find(run) == std::string::npos; };
  for (char c : pair.claim + " ") {
    if (c == ' ') continue;
    if (c >= '0' && c <= '9') {
      run += c;
      continue;
    }
    if (missing()) return true;
    run.clear();
  }
  return false;
}

void Score::add(const Pair& pair, Outcome outcome, bool aligned_figure) {
  ++pairs;
  if (pair.refuted()) {
    ++refuted;
    if (outcome == Outcome::CONFLICT) {
      ++true_conflicts;
      if (aligned_figure) ++aligned;
    }
  } else {
    ++supported;
    if (outcome == Outcome::CONFLICT) ++false_conflicts;
  }
  if (outcome == Outcome::AGREE) ++agree;
  if (outcome == Outcome::SINGLE_SOURCE) ++single_source;
}

double Score::precision() const { return ratio(true_conflicts, true_conflicts + false_conflicts); }
double Score::recall() const { return ratio(true_conflicts, refuted); }
double Score::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}
double Score::false_conflict_rate() const { return ratio(false_conflicts, supported); }
double Score::single_source_rate() const { return ratio(single_source, pairs); }

}  // namespace suyuan::factcheck
