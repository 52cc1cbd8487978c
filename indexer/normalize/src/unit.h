/// @file unit.h
/// @brief The decoded character stream every normalization pass works on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace suyuan::detail {

/// One decoded character and the raw bytes it came from. A character may come from more raw
/// bytes than its own encoding (an HTML entity, a tag read as a line break).
struct Unit {
  char32_t cp;
  std::uint32_t raw_begin;
  std::uint32_t raw_length;
};

using Units = std::vector<Unit>;

/// A raw span dropped by a pass, with the rule that dropped it.
struct Drop {
  std::uint32_t raw_begin;
  std::uint32_t raw_end;
  std::string rule;
  std::string reason;
};

/// Decodes valid UTF-8 text into units (one per code point).
void decode_units(std::string_view raw, Units& units);

/// Validates and decodes in one pass (the stage's hot path reads every byte once). Throws
/// Error(INVALID_INPUT) naming the byte offset of the first NUL byte, or when there is none,
/// of the first invalid UTF-8 sequence (overlong forms, surrogates, > U+10FFFF, truncation):
/// the same errors, in the same order of precedence, as validating first.
void decode_units_checked(std::string_view raw, Units& units);

}  // namespace suyuan::detail
