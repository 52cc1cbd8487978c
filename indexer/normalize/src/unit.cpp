/// @file unit.cpp
/// @brief UTF-8 → units.
#include "unit.h"

#include <string>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

void decode_units(std::string_view raw, Units& units) {
  units.reserve(units.size() + raw.size() / 2 + 16);
  std::size_t pos = 0;
  while (pos < raw.size()) {
    const auto c = static_cast<unsigned char>(raw[pos]);
    if (c < 0x80) {
      units.push_back({c, static_cast<std::uint32_t>(pos), 1});
      ++pos;
      continue;
    }
    const std::size_t begin = pos;
    const char32_t cp = utf8::decode(raw, pos);
    units.push_back(
        {cp, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(pos - begin)});
  }
}

namespace {

// A NUL byte anywhere is reported before an invalid sequence, as validation first would.
[[noreturn]] void decode_error(std::string_view raw, std::size_t at) {
  if (const std::size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    throw Error(ErrorKind::INVALID_INPUT,
                "binary input: NUL byte at byte offset " + std::to_string(nul));
  }
  throw Error(ErrorKind::INVALID_INPUT, "invalid UTF-8 at byte offset " + std::to_string(at));
}

}  // namespace

void decode_units_checked(std::string_view raw, Units& units) {
  const auto* s = reinterpret_cast<const unsigned char*>(raw.data());
  const std::size_t n = raw.size();
  units.reserve(units.size() + n / 2 + 16);
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (c == 0) decode_error(raw, i);
      units.push_back({c, static_cast<std::uint32_t>(i), 1});
      ++i;
      continue;
    }
    // The common case of Chinese text first: a three-byte sequence outside the surrogates.
    if ((c & 0xF0) == 0xE0 && i + 3 <= n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      const char32_t cp3 = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      if (cp3 >= 0x800 && (cp3 < 0xD800 || cp3 > 0xDFFF)) {
        units.push_back({cp3, static_cast<std::uint32_t>(i), 3});
        i += 3;
        continue;
      }
    }
    const auto decoded = utf8::decode_valid(raw, i);
    if (!decoded) decode_error(raw, i);
    const auto [cp, len] = *decoded;
    units.push_back({cp, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(len)});
    i += len;
  }
}

}  // namespace suyuan::detail
