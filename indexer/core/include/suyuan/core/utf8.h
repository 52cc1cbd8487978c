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
/// not a valid UTF-8 sequence (as find_invalid judges it). Inline (below): the normalizer
/// validates and decodes every raw byte through it.
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

// Inline definitions: the per-character decoders sit in every hot decoding loop.

inline std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

inline std::optional<std::pair<char32_t, std::size_t>> decode_valid(std::string_view text,
                                                                    std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const std::size_t available = text.size() - pos;
  const auto is_continuation = [&](std::size_t k) {
    return k < available && (s[k] & 0xC0) == 0x80;
  };
  const auto payload = [&](std::size_t k) { return char32_t{s[k] & 0x3Fu}; };
  const unsigned char lead = s[0];
  if (lead < 0x80) return std::make_pair(char32_t{lead}, std::size_t{1});
  // Three-byte sequences first: they are nearly all of Chinese text.
  if ((lead & 0xF0) == 0xE0) {
    if (!is_continuation(1) || !is_continuation(2)) return std::nullopt;
    const char32_t cp = ((lead & 0x0Fu) << 12) | (payload(1) << 6) | payload(2);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;  // overlong, surrogate
    return std::make_pair(cp, std::size_t{3});
  }
  if (lead >= 0xC2 && lead <= 0xDF) {  // C0 and C1 would start overlong forms
    if (!is_continuation(1)) return std::nullopt;
    return std::make_pair(((lead & 0x1Fu) << 6) | payload(1), std::size_t{2});
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!is_continuation(1) || !is_continuation(2) || !is_continuation(3)) return std::nullopt;
    const char32_t cp =
        ((lead & 0x07u) << 18) | (payload(1) << 12) | (payload(2) << 6) | payload(3);
    if (cp < 0x10000 || cp > 0x10FFFF) return std::nullopt;  // overlong, beyond Unicode
    return std::make_pair(cp, std::size_t{4});
  }
  return std::nullopt;  // a continuation byte, or a lead byte no valid sequence starts with
}

inline char32_t decode(std::string_view text, std::size_t& pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = s[pos];
  std::size_t len = sequence_length(c);
  if (pos + len > text.size()) len = 1;
  char32_t cp;
  switch (len) {
    case 1:
      cp = c;
      break;
    case 2:
      cp = ((c & 0x1F) << 6) | (s[pos + 1] & 0x3F);
      break;
    case 3:
      cp = ((c & 0x0F) << 12) | ((s[pos + 1] & 0x3F) << 6) | (s[pos + 2] & 0x3F);
      break;
    default:
      cp = ((c & 0x07) << 18) | ((s[pos + 1] & 0x3F) << 12) | ((s[pos + 2] & 0x3F) << 6) |
           (s[pos + 3] & 0x3F);
      break;
  }
  pos += len;
  return cp;
}

}  // namespace suyuan::utf8
