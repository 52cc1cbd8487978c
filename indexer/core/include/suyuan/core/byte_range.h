/// @file byte_range.h
/// @brief Half-open byte ranges: the currency of citation between stages.
#pragma once

#include <cstdint>

namespace suyuan {

/// A half-open range [begin, end) of byte offsets. Whether the offsets are into the raw file or
/// into normalized text is always said by the name of the field that holds the range.
struct ByteRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool contains(std::uint32_t offset) const { return offset >= begin && offset < end; }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

}  // namespace suyuan
