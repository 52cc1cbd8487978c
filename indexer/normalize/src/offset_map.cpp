/// @file offset_map.cpp
/// @brief Piecewise normalized → raw byte map.
#include "suyuan/normalize/offset_map.h"

#include <algorithm>

#include "suyuan/core/error.h"

namespace suyuan {

void OffsetMap::append_linear(std::uint32_t raw_begin, std::uint32_t length) {
  if (length == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.linear() && last.normalized_length > 0 &&
        last.raw_begin + last.raw_length == raw_begin) {
      last.normalized_length += length;
      last.raw_length += length;
      normalized_size_ += length;
      return;
    }
  }
  pieces_.push_back({normalized_size_, raw_begin, length, length});
  normalized_size_ += length;
}

void OffsetMap::append_atomic(std::uint32_t raw_begin, std::uint32_t raw_length,
                              std::uint32_t normalized_length) {
  if (raw_length == normalized_length) {
    append_linear(raw_begin, raw_length);
    return;
  }
  pieces_.push_back({normalized_size_, raw_begin, normalized_length, raw_length});
  normalized_size_ += normalized_length;
}

// Index of the last piece that starts at or before the offset and is not empty, so that a
// position falls into the piece that produced the byte there.
std::size_t OffsetMap::piece_index(std::uint32_t normalized_offset) const {
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), normalized_offset,
      [](std::uint32_t offset, const Piece& piece) { return offset < piece.normalized_begin; });
  std::size_t index = static_cast<std::size_t>(it - pieces_.begin());
  if (index == 0) return 0;
  --index;
  while (index > 0 && pieces_[index].normalized_length == 0) --index;
  return index;
}

std::uint32_t OffsetMap::raw_position(std::uint32_t normalized_offset) const {
  if (pieces_.empty()) return 0;
  if (normalized_offset >= normalized_size_) {
    const Piece& last = pieces_.back();
    return last.raw_begin + last.raw_length;
  }
  // The first non-empty piece whose range contains the offset.
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), normalized_offset,
      [](std::uint32_t offset, const Piece& piece) { return offset < piece.normalized_begin; });
  std::size_t index = static_cast<std::size_t>(it - pieces_.begin()) - 1;
  // Skip back over empty pieces that share the start offset with a real one.
  while (index > 0 && pieces_[index].normalized_length == 0) --index;
  const Piece& piece = pieces_[index];
  if (normalized_offset >= piece.normalized_begin + piece.normalized_length) {
    // In a run of empty pieces: position is after this piece's raw range.
    return piece.raw_begin + piece.raw_length;
  }
  if (piece.linear()) return piece.raw_begin + (normalized_offset - piece.normalized_begin);
  return piece.raw_begin;
}

ByteRange OffsetMap::to_raw(ByteRange normalized) const {
  // Clamp first: an out-of-range end would otherwise extrapolate a linear piece past the raw
  // text, and an empty map has no piece to look at.
  normalized.end = std::min(normalized.end, normalized_size_);
  normalized.begin = std::min(normalized.begin, normalized.end);
  if (normalized.empty() || pieces_.empty()) {
    std::uint32_t at = raw_position(normalized.begin);
    return {at, at};
  }
  std::uint32_t begin = raw_position(normalized.begin);
  const Piece& last = pieces_[piece_index(normalized.end - 1)];
  std::uint32_t end;
  if (last.linear()) {
    end = last.raw_begin + (normalized.end - last.normalized_begin);
  } else {
    end = last.raw_begin + last.raw_length;
  }
  return {begin, std::max(begin, end)};
}

void OffsetMap::append_slice(const OffsetMap& source, ByteRange range) {
  range.end = std::min(range.end, source.normalized_size_);
  if (range.begin >= range.end) return;
  std::size_t index = source.piece_index(range.begin);
  for (; index < source.pieces_.size(); ++index) {
    const Piece& piece = source.pieces_[index];
    const std::uint32_t piece_end = piece.normalized_begin + piece.normalized_length;
    if (piece.normalized_begin >= range.end) break;
    if (piece.normalized_length == 0) {
      // Dropped raw bytes inside the slice stay recorded; those at its edges belong outside.
      if (piece.normalized_begin > range.begin) append_atomic(piece.raw_begin, piece.raw_length, 0);
      continue;
    }
    if (piece_end <= range.begin) continue;
    const std::uint32_t from = std::max(range.begin, piece.normalized_begin);
    const std::uint32_t to = std::min(range.end, piece_end);
    if (piece.linear()) {
      append_linear(piece.raw_begin + (from - piece.normalized_begin), to - from);
    } else {
      append_atomic(piece.raw_begin, piece.raw_length, to - from);
    }
  }
}

std::vector<std::uint32_t> OffsetMap::serialize() const {
  std::vector<std::uint32_t> out;
  out.reserve(pieces_.size() * 4);
  for (const Piece& p : pieces_) {
    out.insert(out.end(), {p.normalized_begin, p.raw_begin, p.normalized_length, p.raw_length});
  }
  return out;
}

OffsetMap OffsetMap::deserialize(const std::vector<std::uint32_t>& data) {
  if (data.size() % 4 != 0) throw Error(ErrorKind::CORRUPT_INDEX, "offset map: truncated");
  OffsetMap map;
  for (std::size_t i = 0; i < data.size(); i += 4) {
    Piece p{data[i], data[i + 1], data[i + 2], data[i + 3]};
    if (p.normalized_begin != map.normalized_size_) {
      throw Error(ErrorKind::CORRUPT_INDEX, "offset map: pieces out of order");
    }
    map.pieces_.push_back(p);
    map.normalized_size_ += p.normalized_length;
  }
  return map;
}

OffsetMap OffsetMap::identity(std::uint32_t length) {
  OffsetMap map;
  map.append_linear(0, length);
  return map;
}

}  // namespace suyuan
