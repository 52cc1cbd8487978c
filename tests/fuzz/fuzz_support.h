/// @file fuzz_support.h
/// @brief What every fuzz target shares: the data directory, invariant checks that abort with
/// a message (libFuzzer then saves the input), and UTF-8 boundary tests.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "suyuan/core/utf8.h"

namespace suyuan::fuzz {

/// data/ of the source tree (or $SUYUAN_DATA).
inline std::filesystem::path data_dir() {
  if (const char* env = std::getenv("SUYUAN_DATA"); env && *env) return env;
  return SUYUAN_SOURCE_DIR "/data";
}

/// Aborts with `what` when `condition` is false: a broken invariant is a finding.
inline void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

/// Whether `pos` falls between two code points of valid UTF-8 `text`.
inline bool on_boundary(std::string_view text, std::size_t pos) {
  return pos <= text.size() && utf8::floor_boundary(text, pos) == pos;
}

}  // namespace suyuan::fuzz
