/// @file frame_scores.h
/// @brief Scores claim frames against hand-labelled gold in the convention of
/// ../shared/data/claims_dev/README.md ("How to score a claim extractor"): shared by the
/// claims_eval benchmark and the [extract][frames] floor test.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "suyuan/extract/extractor.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan::test {

/// Counts for one group of gold sentences.
struct FrameTally {
  std::size_t frames = 0, found = 0, claims = 0, matched_claims = 0;
  std::size_t subject = 0, metric = 0, period = 0, modality = 0, approx = 0, source = 0,
              scope = 0;
  double recall() const { return frames ? double(found) / double(frames) : 0; }
  double precision() const { return claims ? double(matched_claims) / double(claims) : 0; }
  double share(std::size_t n) const { return found ? double(n) / double(found) : 0; }
};

/// Whether an article is in the held-out third (FNV-1a of its doc_id): tune on the others.
bool held_out(const std::string& doc_id);

/// Runs `extractor` on every article of `gold` (JSONL, frames_dev format; articles from
/// `news_dir`) and scores it. Keys: "<dev|held-out> <xwlb|p233|aitlas|all>". When `log` is not
/// empty, every miss, hit and extra claim is written there.
std::map<std::string, FrameTally> score_frames(const std::filesystem::path& gold,
                                               const std::filesystem::path& news_dir,
                                               const Normalizer& normalizer,
                                               const Extractor& extractor,
                                               const std::filesystem::path& log = {});

}  // namespace suyuan::test
