/// @file claim_frames_test.cpp
/// @brief Floors for claim frames on the hand-labelled claims_dev gold (../shared/data): frame
/// recall and precision and subject and period accuracy, on the dev articles and on the
/// held-out third, a little below what tests/bench/claims_eval measures
/// (tests/bench/runs/2026-12-01-cpp/claims_eval_night.txt).
#include <catch2/catch.hpp>

#include "frame_scores.h"
#include "index_fixture.h"

using namespace suyuan;

TEST_CASE("claim frames on claims_dev stay above their floors", "[extract][frames]") {
  const auto gold = test::shared_data_dir() / "claims_dev" / "frames_dev.jsonl";
  REQUIRE(std::filesystem::exists(gold));
  const auto tallies = test::score_frames(gold, test::shared_data_dir() / "news",
                                          test::shared_normalizer(), test::shared_extractor());
  REQUIRE(tallies.count("dev all"));
  REQUIRE(tallies.count("held-out all"));
  const auto& dev = tallies.at("dev all");
  const auto& held_out = tallies.at("held-out all");
  CHECK(dev.frames + held_out.frames == 574);
  CHECK(dev.recall() >= 0.68);
  CHECK(dev.precision() >= 0.82);
  CHECK(dev.share(dev.subject) >= 0.56);
  CHECK(dev.share(dev.metric) >= 0.64);
  CHECK(dev.share(dev.period) >= 0.82);
  CHECK(held_out.recall() >= 0.65);
  CHECK(held_out.precision() >= 0.74);
  CHECK(held_out.share(held_out.subject) >= 0.56);
  // The held-out third by the standard FNV-1a basis since 2026-12-02 (the analysis scripts'
  // split, whose errors were never read): metric 0.69 there. A share of the frames found: the
  // event dates found since (174 → 182 frames) added as many right metrics as wrong ones
  // (0.684 → 0.659 at 8d4f1c6, 119 → 120 right). The second 2026-12-03 session's subject rules
  // moved one frame from right to wrong metric (0.654 → 0.648) and one to right subject.
  CHECK(held_out.share(held_out.metric) >= 0.64);
  CHECK(held_out.share(held_out.period) >= 0.86);
}

TEST_CASE("claim frames on our own labelled sentences stay above their floors",
          "[extract][frames]") {
  // tests/data/claims: CCTV and Apple Daily sentences labelled without looking at the output.
  for (const auto& [file, recall, precision] : {std::tuple{"frames_more_xwlb.jsonl", 0.80, 0.72},
                                                {"frames_more_aitlas.jsonl", 0.53, 0.62}}) {
    const auto gold = test::source_dir() / "tests/data/claims" / file;
    const auto tallies = test::score_frames(gold, test::shared_data_dir() / "news",
                                            test::shared_normalizer(), test::shared_extractor());
    INFO(file);
    test::FrameTally all;
    for (const char* split : {"dev all", "held-out all"}) {
      REQUIRE(tallies.count(split));
      const auto& x = tallies.at(split);
      all.frames += x.frames;
      all.found += x.found;
      all.claims += x.claims;
      all.matched_claims += x.matched_claims;
    }
    CHECK(all.recall() >= recall);
    CHECK(all.precision() >= precision);
  }
}
