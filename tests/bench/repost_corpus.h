/// @file repost_corpus.h
/// @brief A deterministic generator of re-posts with known truth, for reposts_eval: originals
/// from the shared news, and re-posts of each kind (machine-converted with junk, edited,
/// excerpts) dated after them, among unrelated articles of the same days.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_support.h"

namespace suyuan::bench {

/// One generated corpus file and what it truly is.
struct GeneratedArticle {
  std::string name;  ///< file name without extension (a hash: names reveal nothing)
  std::string title;
  std::string text;       ///< the file's body (the title line is written before it)
  std::string publisher;  ///< sidecar publisher
  std::string published;  ///< sidecar date, YYYY-MM-DD
  std::string source_id;  ///< news id of the article it copies (itself for an original)
  std::string kind;       ///< "original", "distractor", "re-post", "edited re-post", "excerpt"
};

struct RepostCorpusOptions {
  std::uint64_t seed = 1;
  /// Which half of the news the articles come from: 0 for tuning, 1 held out (by a hash of
  /// the article id, so the halves never share an article).
  int partition = 0;
  std::size_t originals = 300;
  std::size_t distractors = 3000;
};

/// Generates the corpus. Originals are articles of the partition with at least 300
/// characters; every original gets one to three copies.
std::vector<GeneratedArticle> generate_repost_corpus(const std::vector<NewsArticle>& news,
                                                     const RepostCorpusOptions& options);

/// Writes NAME.txt (title line + text) and NAME.meta.json (title, publisher, published).
/// Returns the bytes written.
std::uint64_t write_generated_corpus(const std::vector<GeneratedArticle>& articles,
                                     const std::filesystem::path& dir);

}  // namespace suyuan::bench
