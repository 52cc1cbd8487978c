/// @file normalize_test_util.h
/// @brief One shared Normalizer for the normalize tests, and small helpers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/normalize/normalizer.h"

namespace suyuan::test {

/// Normalizer over data/normalize of the source tree (built once per test process).
const Normalizer& normalizer();

/// Line-mode folding as a string.
std::string fold(std::string_view text);

/// True when [begin, end) of `text` starts and ends on UTF-8 code point boundaries.
bool on_boundaries(std::string_view text, std::uint32_t begin, std::uint32_t end);

/// One article of the shared news sample.
struct NewsArticle {
  std::string text;
  std::string label;  ///< "FILE:LINE", for messages
};

/// The first `per_file` articles of each of the three main files of ../shared/data/news:
/// simplified broadcast transcripts, simplified web news and traditional Taiwanese news. Empty
/// when the shared data is not there.
std::vector<NewsArticle> shared_news_sample(std::size_t per_file);

}  // namespace suyuan::test
