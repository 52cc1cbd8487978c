/// @file factcheck_pairs.h
/// @brief ../shared/data/factcheck_dev: each claim/evidence pair run through normalize, extract
/// and cross-check as two articles of two publishers, and the scores of its README (conflict
/// precision/recall/F1, false conflicts on SUPPORTED, single-source rate, figure alignment).
/// Shared by tests/bench/factcheck_eval and the floor test in search_tests.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "suyuan/extract/extractor.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/cross_check.h"

namespace suyuan::factcheck {

/// One line of pairs.jsonl.
struct Pair {
  std::string id, claim, evidence, label, source_dataset, pair_kind, tag, date;
  nlohmann::json figures;
  bool held_out = false;  ///< the deterministic split: see is_held_out
  bool refuted() const { return label == "REFUTED"; }
};

/// Held-out third: FNV-1a 64 of the id, modulo 3, equals 2. Tune only on the other pairs.
bool is_held_out(const std::string& id);

/// Reads pairs.jsonl (throws Error(NOT_FOUND) when missing).
std::vector<Pair> load_pairs(const std::filesystem::path& file);

enum class Outcome { CONFLICT, AGREE, SINGLE_SOURCE };
std::string_view outcome_name(Outcome outcome);

/// What the cross-check made of one pair.
struct PairResult {
  Outcome outcome = Outcome::SINGLE_SOURCE;
  /// UHGEval conflicts: whether the conflict pairs a claim figure of `figures[status=conflict]`
  /// with one of its `evidence_figures`.
  bool figure_aligned = false;
  std::string explanation;  ///< of the deciding group, if any
  std::size_t claim_claims = 0, evidence_claims = 0;
  /// Each claim's frame, "subject|metric|period|scope|modality = value as written", per side.
  std::vector<std::string> claim_frames, evidence_frames;
  /// Every group holding both texts, "verdict (reason) subject|metric|period|scope: explanation",
  /// to see why a pair came out as it did.
  std::vector<std::string> shared_groups;
};

/// Runs the pair: both texts normalized and extracted as two documents ("claim" by 甲报,
/// "evidence" by 乙报) published on the pair's date (evidence_date, else 2023-06-01), then
/// cross-checked. Conflict wins over agree when groups differ.
PairResult check_pair(const Pair& pair, const Normalizer& normalizer, const Extractor& extractor,
                      const CrossCheckRules& rules);

/// The README's naive baseline: conflict when an Arabic digit string of the claim is missing
/// from the evidence (spaces removed).
bool naive_conflict(const Pair& pair);

/// Counts over a slice of pairs.
struct Score {
  std::size_t pairs = 0, refuted = 0, supported = 0;
  std::size_t true_conflicts = 0;   ///< REFUTED → conflict
  std::size_t false_conflicts = 0;  ///< SUPPORTED → conflict
  std::size_t agree = 0, single_source = 0;
  std::size_t aligned = 0;  ///< true conflicts whose figures are the annotated ones (UHGEval)
  void add(const Pair& pair, Outcome outcome, bool aligned_figure);
  double precision() const;
  double recall() const;
  double f1() const;
  double false_conflict_rate() const;
  double single_source_rate() const;
};

}  // namespace suyuan::factcheck
