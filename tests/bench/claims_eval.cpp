/// @file claims_eval.cpp
/// @brief Claim frames against hand-labelled gold: frame recall and precision, and subject,
/// metric, period, modality and approx accuracy on the frames found, per source group and for
/// a deterministic dev / held-out split of the articles (FNV-1a of doc_id: a third held out).
/// Scoring follows ../shared/data/claims_dev/README.md ("How to score a claim extractor").
///
/// Usage: claims_eval [GOLD.jsonl ...] (default: ../shared/data/claims_dev/frames_dev.jsonl,
/// tests/data/claims/frames_own.jsonl and frames_more_{xwlb,aitlas,p233}.jsonl); writes
/// claims_eval_<gold>.log with every miss, hit and extra claim. The scoring is
/// tests/unit/extract/frame_scores.cpp.
#include <cstdio>
#include <iostream>

#include "bench_support.h"
#include "frame_scores.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/normalize/normalizer.h"

using namespace suyuan;

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> gold_files;
  for (int i = 1; i < argc; ++i) gold_files.emplace_back(argv[i]);
  if (gold_files.empty()) {
    const auto own = bench::source_dir() / "tests/data/claims";
    gold_files = {bench::shared_data_dir() / "claims_dev/frames_dev.jsonl",
                  own / "frames_own.jsonl", own / "frames_more_xwlb.jsonl",
                  own / "frames_more_aitlas.jsonl", own / "frames_more_p233.jsonl"};
  }
  const Normalizer normalizer({bench::source_dir() / "data/normalize"});
  const Extractor extractor({bench::source_dir() / "data/extract"}, normalizer);
  for (const auto& gold_file : gold_files) {
    if (!std::filesystem::exists(gold_file)) {
      std::cout << gold_file.string()
                << ": not found, skipped (frames_more_p233.jsonl is built "
                   "from ../shared by tests/data/claims/build_more.py p233)\n";
      continue;
    }
    const auto tallies =
        test::score_frames(gold_file, bench::shared_data_dir() / "news", normalizer, extractor,
                           "claims_eval_" + gold_file.stem().string() + ".log");
    std::cout << "gold: " << gold_file.filename().string() << "\n";
    std::printf("%-16s %6s %6s %7s %9s %8s %7s %7s %9s %7s %7s %7s\n", "split group", "frames",
                "found", "recall", "precision", "subject", "metric", "period", "modality", "approx",
                "source", "scope");
    for (const auto& [name, x] : tallies) {
      std::printf("%-16s %6zu %6zu %7.3f %9.3f %8.3f %7.3f %7.3f %9.3f %7.3f %7.3f %7.3f\n",
                  name.c_str(), x.frames, x.found, x.recall(), x.precision(), x.share(x.subject),
                  x.share(x.metric), x.share(x.period), x.share(x.modality), x.share(x.approx),
                  x.share(x.source), x.share(x.scope));
    }
    std::cout << "\n";
  }
  return 0;
}
