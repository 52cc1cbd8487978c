/// @file unit.cpp
/// @brief UTF-8 → units, through core's inline decoders (utf8.h).
#include "unit.h"

#include <string>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

namespace {

void push_unit(Units& units, char32_t cp, std::size_t begin, std::size_t length) {
  units.push_back({cp, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(length)});
}

// A NUL byte anywhere is reported before an invalid sequence, as validation first would.
[[noreturn]] void decode_error(std::string_view raw, std::size_t at) {
  if (const std::size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    throw Error(ErrorKind::INVALID_INPUT,
                "binary input: NUL byte at byte offset " + std::to_string(nul));
  }
  throw Error(ErrorKind::INVALID_INPUT, "invalid UTF-8 at byte offset " + std::to_string(at));
}

}  // namespace

void decode_units(std::string_view raw, Units& units) {
  units.reserve(units.size() + raw.size() / 2 + 16);
  for (std::size_t pos = 0; pos < raw.size();) {
    const std::size_t begin = pos;
    const char32_t cp = utf8::decode(raw, pos);
    push_unit(units, cp, begin, pos - begin);
  }
}

void decode_units_checked(std::string_view raw, Units& units) {
  // Room for the worst case (one unit a byte) is reserved, not touched: push_back never
  // reallocates, so its capacity check is a branch that always goes the same way.
  units.reserve(units.size() + raw.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  const std::size_t n = raw.size();
  std::size_t pos = 0;
  while (pos < n) {
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      // A NUL byte is valid UTF-8, but no text file holds one: the input is binary.
      if (lead == 0) decode_error(raw, pos);
      push_unit(units, lead, pos, 1);
      ++pos;
      continue;
    }
    const auto decoded = utf8::decode_valid(raw, pos);
    if (!decoded) decode_error(raw, pos);
    const auto [cp, length] = *decoded;
    push_unit(units, cp, pos, length);
    pos += length;
  }
}

}  // namespace suyuan::detail
