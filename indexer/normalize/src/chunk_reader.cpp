/// @file chunk_reader.cpp
/// @brief Pieces of a stream cut on line, then phrase, then code point boundaries.
#include "chunk_reader.h"

#include <array>

namespace suyuan::detail {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Offset just past the last pause or end mark (or ASCII space) of `text`, or 0. No phrase,
// annotation or word spans one of them, so a cut there changes nothing but the ±24-character
// window that decides ambiguous characters (著 乾 於).
std::size_t last_pause(std::string_view text) {
  static constexpr std::array<std::string_view, 5> MARKS = {"。", "！", "？", "；", "，"};
  std::size_t best = 0;
  if (const std::size_t space = text.find_last_of(" \t"); space != std::string_view::npos) {
    best = space + 1;
  }
  for (std::string_view mark : MARKS) {
    const std::size_t at = text.rfind(mark);
    if (at != std::string_view::npos && at + mark.size() > best) best = at + mark.size();
  }
  return best;
}

}  // namespace

std::size_t last_cut(std::string_view text) {
  if (const std::size_t nl = text.rfind('\n'); nl != std::string_view::npos) return nl + 1;
  if (const std::size_t pause = last_pause(text); pause != 0) return pause;
  // Before the lead byte of the last (possibly incomplete) code point.
  std::size_t cut = text.size();
  for (int k = 0; k < 4 && cut > 0 && is_continuation(text[cut - 1]); ++k) --cut;
  if (cut > 0 && static_cast<unsigned char>(text[cut - 1]) >= 0xC0) --cut;
  return cut;
}

ChunkReader::ChunkReader(std::istream& in, std::size_t chunk_bytes)
    : in_(in), chunk_bytes_(chunk_bytes < 8 ? 8 : chunk_bytes) {
  buffer_.reserve(chunk_bytes_);
}

bool ChunkReader::next(std::string_view& piece, std::uint64_t& base) {
  buffer_.erase(0, consumed_);
  base_ += consumed_;
  consumed_ = 0;
  if (!eof_ && buffer_.size() < chunk_bytes_) {
    const std::size_t have = buffer_.size();
    buffer_.resize(chunk_bytes_);
    in_.read(buffer_.data() + have, static_cast<std::streamsize>(chunk_bytes_ - have));
    buffer_.resize(have + static_cast<std::size_t>(in_.gcount()));
    if (!in_) eof_ = true;
  }
  if (buffer_.empty()) return false;
  std::size_t cut = buffer_.size();
  if (!eof_) {
    cut = last_cut(buffer_);
    if (cut == 0) cut = buffer_.size();  // not UTF-8 at all: validation will say where
  }
  consumed_ = cut;
  piece = std::string_view(buffer_).substr(0, cut);
  base = base_;
  return true;
}

}  // namespace suyuan::detail
