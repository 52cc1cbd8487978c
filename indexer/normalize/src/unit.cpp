/// @file unit.cpp
/// @brief UTF-8 → units.
#include "unit.h"

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

}  // namespace suyuan::detail
