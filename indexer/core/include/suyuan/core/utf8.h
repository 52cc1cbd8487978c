/// @file utf8.h
/// @brief UTF-8 validation and decoding shared by every stage (raw input is untrusted).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace suyuan::utf8 {

/// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points
/// above U+10FFFF are invalid), or std::nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid(std::string_view text);

/// The code point at `pos` and its length in bytes, or std::nullopt when the bytes there are
/// not a valid UTF-8 sequence (as find_invalid judges it).
std::optional<std::pair<char32_t, std::size_t>> decode_valid(std::string_view text,
                                                             std::size_t pos);

/// Decodes the code point at `pos` of valid UTF-8 text and advances `pos` past it.
char32_t decode(std::string_view text, std::size_t& pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

/// Number of bytes of the UTF-8 sequence that starts with `lead` (1 for invalid lead bytes).
std::size_t sequence_length(unsigned char lead);

/// True for Han ideographs (CJK unified, extensions A–F, compatibility ideographs).
bool is_han(char32_t cp);

/// Byte offset of the code point boundary at or before `pos`.
std::size_t floor_boundary(std::string_view text, std::size_t pos);

}  // namespace suyuan::utf8
