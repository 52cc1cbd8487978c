/// @file chunk_reader.h
/// @brief Cuts a byte stream into pieces that end after a line break, so that a file of any
/// size is normalized in bounded memory.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace suyuan::detail {

/**
 * Reads `in` in pieces of at most `chunk_bytes` bytes (at least one byte each). A piece ends
 * after its last '\n' when it has one; a line longer than `chunk_bytes` is cut after its last
 * space or Chinese end/pause mark (。！？；，), else before a UTF-8 lead byte, so every cut
 * lies on a code point boundary of valid UTF-8. The pieces concatenate to the input, and
 * `base` of each is the raw offset of its first byte.
 */
class ChunkReader {
 public:
  ChunkReader(std::istream& in, std::size_t chunk_bytes);

  /// The next piece, valid until the next call; false at the end of the input.
  bool next(std::string_view& piece, std::uint64_t& base);

 private:
  std::istream& in_;
  std::size_t chunk_bytes_;
  std::string buffer_;
  std::size_t consumed_ = 0;  ///< bytes of buffer_ handed out by the previous call
  std::uint64_t base_ = 0;
  bool eof_ = false;
};

/// Offset just past the last safe cut of `text` (see ChunkReader), or 0 when there is none.
std::size_t last_cut(std::string_view text);

}  // namespace suyuan::detail
