/// @file code_points.h
/// @brief A sentence as code points with their normalized byte offsets, so recognisers can
/// match Chinese patterns by character and still report byte spans.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"
#include "suyuan/core/utf8.h"

namespace suyuan::extract {

class CodePoints {
 public:
  /// Whether two code points are equal, ASCII letters in either case.
  [[gnu::always_inline]] static bool same_character(char32_t a, char32_t b) {
    if (a == b) return true;
    if (a >= 128 || b >= 128) return false;
    const auto lower = [](char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
    return lower(a) == lower(b);
  }

  /// `text` is a slice of the normalized document starting at byte `base`.
  CodePoints(std::string_view text, std::uint32_t base) {
    cps_.reserve(text.size());  // at least one byte a code point
    offsets_.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
      offsets_.push_back(base + static_cast<std::uint32_t>(i));
      cps_.push_back(utf8::decode(text, i));
    }
    offsets_.push_back(base + static_cast<std::uint32_t>(text.size()));
  }

  std::size_t size() const { return cps_.size(); }
  char32_t operator[](std::size_t i) const { return i < cps_.size() ? cps_[i] : 0; }
  /// Replaces the code point at `i` for matching purposes; its byte offsets stay.
  void set(std::size_t i, char32_t cp) { cps_[i] = cp; }
  /// Normalized byte range of code points [begin, end).
  ByteRange bytes(std::size_t begin, std::size_t end) const {
    return {offsets_[begin], offsets_[end]};
  }
  /// Index of the code point starting at normalized byte `offset` (or the next one).
  std::size_t index_of(std::uint32_t offset) const {
    std::size_t lo = 0, hi = cps_.size();
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (offsets_[mid] < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }
  /// Whether `word` occurs at code point `i` (ASCII letters in either case). Most tries fail on
  /// the first character: that test is inlined into the callers' scans, the rest is not.
  [[gnu::always_inline]] bool at(std::size_t i, std::u32string_view word) const {
    if (i + word.size() > cps_.size()) return false;
    if (!word.empty() && !same_character(cps_[i], word[0])) return false;
    return rest_at(i, word);
  }
  /// Whether `word` ends just before code point `i`.
  [[gnu::always_inline]] bool ends_at(std::size_t i, std::u32string_view word) const {
    return i >= word.size() && at(i - word.size(), word);
  }
  /// Whether `word` occurs anywhere in [begin, end).
  bool contains(std::size_t begin, std::size_t end, std::u32string_view word) const {
    for (std::size_t i = begin; i + word.size() <= end && i < cps_.size(); ++i) {
      if (at(i, word)) return true;
    }
    return false;
  }
  /// The same for string literals (U"百分之"), whose length is then known when compiling: a
  /// view made from one counts its characters at every call.
  template <std::size_t N>
  [[gnu::always_inline]] bool at(std::size_t i, const char32_t (&word)[N]) const {
    return at(i, std::u32string_view(word, N - 1));
  }
  template <std::size_t N>
  [[gnu::always_inline]] bool ends_at(std::size_t i, const char32_t (&word)[N]) const {
    return ends_at(i, std::u32string_view(word, N - 1));
  }
  template <std::size_t N>
  bool contains(std::size_t begin, std::size_t end, const char32_t (&word)[N]) const {
    return contains(begin, end, std::u32string_view(word, N - 1));
  }

 private:
  /// Whether `word` after its first character occurs after code point `i`.
  bool rest_at(std::size_t i, std::u32string_view word) const {
    for (std::size_t k = 1; k < word.size(); ++k)
      if (!same_character(cps_[i + k], word[k])) return false;
    return true;
  }
  std::vector<char32_t> cps_;
  std::vector<std::uint32_t> offsets_;
};

/// The first characters of a word list, one bit per Basic Multilingual Plane character: a scan
/// that tries every word at every position skips, with one test, the positions where none can
/// start. ASCII letters count in both cases, as CodePoints::at compares them.
class Initials {
 public:
  void add(std::u32string_view word) {
    if (word.empty()) return;
    const char32_t c = word[0];
    set(c);
    if (c >= 'a' && c <= 'z') set(c - 32);
    if (c >= 'A' && c <= 'Z') set(c + 32);
  }
  template <typename Words>
  void add_all(const Words& words) {
    for (const auto& word : words) add(word);
  }
  /// False only when no word starts with `c` (characters beyond the BMP are always tried).
  bool may_start(char32_t c) const {
    return c >= BMP_END || ((bits_[c / 64] >> (c % 64)) & 1u) != 0;
  }

 private:
  static constexpr char32_t BMP_END = 0x10000;
  void set(char32_t c) {
    if (c < BMP_END) bits_[c / 64] |= std::uint64_t{1} << (c % 64);
  }
  /// Plain 64-bit words: std::vector<bool>'s bit references were not inlined into the scans.
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(BMP_END / 64, 0);
};

/// The last characters of a word list, as Initials holds the first: a scan that asks which word
/// ends before each position skips, with one test, the positions where none can end.
class Finals {
 public:
  void add(std::u32string_view word) {
    if (!word.empty()) last_.add(word.substr(word.size() - 1));
  }
  /// False only when no word ends with `c`.
  bool may_end(char32_t c) const { return last_.may_start(c); }

 private:
  Initials last_;
};

/// UTF-8 → UTF-32.
inline std::u32string to_u32(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::decode(text, i));
  return out;
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace suyuan::extract
