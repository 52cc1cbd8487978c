/// @file byte_codec.h
/// @brief Variable-length integers for the stored formats (private to the index stage).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "suyuan/core/error.h"

namespace suyuan::codec {

/// Appends `value` as an LEB128 varint (7 bits a byte, low bits first).
inline void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

/// Signed difference as an unsigned varint: 0, -1, 1, -2, … → 0, 1, 2, 3, …
inline void put_signed(std::string& out, std::int64_t value) {
  put_varint(out,
             (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
}

inline void put_blob(std::string& out, std::string_view blob) {
  put_varint(out, blob.size());
  out.append(blob);
}

/// Reads what the put_ functions wrote. Every malformed input — truncated, an overlong or
/// non-canonical varint, a value past `limit` — throws Error(CORRUPT_INDEX) naming `what`, so a
/// decoded value always re-encodes to the same bytes.
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string_view what) : bytes_(bytes), what_(what) {}

  std::uint64_t varint(std::uint64_t limit = UINT32_MAX) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (bytes_.empty()) fail();
      const auto byte = static_cast<unsigned char>(bytes_.front());
      bytes_.remove_prefix(1);
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        // A zero last byte after others is a longer spelling of a shorter number.
        if ((byte == 0 && shift != 0) || value > limit) fail();
        return value;
      }
    }
    fail();
  }
  /// A signed difference; stored offsets are u32, so anything past ±2^40 is damage.
  std::int64_t signed_varint() {
    const std::uint64_t v = varint(std::uint64_t{1} << 41);
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  std::string_view bytes(std::uint64_t size) {
    if (bytes_.size() < size) fail();
    std::string_view out = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return out;
  }
  std::string_view blob() { return bytes(varint()); }
  bool at_end() const { return bytes_.empty(); }
  std::size_t left() const { return bytes_.size(); }
  [[noreturn]] void fail() const {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "stored " + std::string(what_) + " is truncated or not suyuan's");
  }

 private:
  std::string_view bytes_;
  std::string_view what_;
};

}  // namespace suyuan::codec
