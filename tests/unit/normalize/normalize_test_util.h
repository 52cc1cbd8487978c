/// @file normalize_test_util.h
/// @brief One shared Normalizer for the normalize tests, and small helpers.
#pragma once

#include <string>
#include <string_view>

#include "suyuan/normalize/normalizer.h"

namespace suyuan::test {

/// Normalizer over data/normalize of the source tree (built once per test process).
const Normalizer& normalizer();

/// Line-mode folding as a string.
std::string fold(std::string_view text);

/// True when [begin, end) of `text` starts and ends on UTF-8 code point boundaries.
bool on_boundaries(std::string_view text, std::uint32_t begin, std::uint32_t end);

}  // namespace suyuan::test
