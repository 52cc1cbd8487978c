/// @file factcheck_test.cpp
/// @brief Floors for cross-checking ../shared/data/factcheck_dev (the full report is
/// tests/bench/factcheck_eval): on the dev split, conflicts found on REFUTED pairs and false
/// conflicts on SUPPORTED pairs stay where they were measured.
#include <catch2/catch.hpp>

#include "factcheck_pairs.h"
#include "index_fixture.h"

using namespace suyuan;
using namespace suyuan::factcheck;

TEST_CASE("factcheck_dev pairs: conflicts found and false conflicts stay at their floors",
          "[search][check][factcheck]") {
  const auto pairs = load_pairs(test::shared_data_dir() / "factcheck_dev/pairs.jsonl");
  REQUIRE(pairs.size() == 133);
  const auto rules = CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  Score dev;
  for (const Pair& pair : pairs) {
    if (pair.held_out) continue;
    const PairResult result =
        check_pair(pair, test::shared_normalizer(), test::shared_extractor(), rules);
    dev.add(pair, result.outcome, result.figure_aligned);
  }
  REQUIRE(dev.pairs == 93);
  // Measured on the dev split (see tests/bench/runs/2026-12-02-cpp/factcheck_eval_*.txt); the
  // floors sit a little below so that an unrelated change may move a pair or two.
  CHECK(dev.true_conflicts >= 3);            // measured 4 of 34 REFUTED
  CHECK(dev.false_conflict_rate() <= 0.05);  // measured 0 of 59 SUPPORTED
}
