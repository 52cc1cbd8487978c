/// @file offset_map.h
/// @brief Maps every byte of normalized text back to the raw bytes it came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "suyuan/core/byte_range.h"

namespace suyuan {

/**
 * Piecewise map from normalized byte offsets to raw byte offsets.
 *
 * Normalized text is built left to right out of pieces. A piece whose normalized and raw lengths
 * are equal is *linear*: byte k of the piece maps to raw byte k (copies, and same-length
 * replacements such as 國→国). Any other piece is *atomic*: all its normalized bytes map to the
 * whole raw range (full-width Ａ→A, a dropped annotation `(guó)` has normalized length 0).
 * Adjacent linear pieces are merged, so a mostly-unchanged article costs a few pieces.
 *
 * Invariant (checked by tests/unit/normalize/offset_map_test.cpp and the corpus property test):
 * for any normalized span that starts and ends on code point boundaries, to_raw() returns a raw
 * span that starts and ends on code point boundaries of the raw text and covers exactly the raw
 * bytes the span was made from.
 */
class OffsetMap {
 public:
  /// Appends `length` normalized bytes that map one-to-one onto raw bytes from `raw_begin`.
  void append_linear(std::uint32_t raw_begin, std::uint32_t length);
  /// Appends `normalized_length` bytes made from raw [raw_begin, raw_begin + raw_length).
  /// A normalized_length of 0 records that raw bytes were dropped.
  void append_atomic(std::uint32_t raw_begin, std::uint32_t raw_length,
                     std::uint32_t normalized_length);
  /// Appends the part of `source` that describes its normalized range `range`, so that text
  /// cut out of a normalized string keeps mapping to the same raw bytes (composition of a
  /// selection with an existing map). Linear pieces are cut byte-exactly; an atomic piece that
  /// is only partly inside `range` contributes its whole raw range.
  void append_slice(const OffsetMap& source, ByteRange range);

  /// Raw byte range of normalized [normalized.begin, normalized.end). An empty normalized span
  /// maps to an empty raw span at the corresponding raw position. A range reaching past
  /// normalized_size() is clamped to it.
  ByteRange to_raw(ByteRange normalized) const;
  /// Raw offset of a normalized position (a position between bytes).
  std::uint32_t raw_position(std::uint32_t normalized_offset) const;

  /// Total normalized bytes described.
  std::uint32_t normalized_size() const { return normalized_size_; }
  std::size_t piece_count() const { return pieces_.size(); }

  /// Compact serialisation (four integers a piece) for storage in the index.
  std::vector<std::uint32_t> serialize() const;
  /// Inverse of serialize(); throws Error(CORRUPT_INDEX) on malformed input.
  static OffsetMap deserialize(const std::vector<std::uint32_t>& data);

  /// Identity map over `length` bytes, for text that is its own raw form (`--text`, tests).
  static OffsetMap identity(std::uint32_t length);

 private:
  struct Piece {
    std::uint32_t normalized_begin;
    std::uint32_t raw_begin;
    std::uint32_t normalized_length;
    std::uint32_t raw_length;
    bool linear() const { return normalized_length == raw_length; }
  };
  std::size_t piece_index(std::uint32_t normalized_offset) const;

  std::vector<Piece> pieces_;
  std::uint32_t normalized_size_ = 0;
};

}  // namespace suyuan
