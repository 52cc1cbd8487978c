/// @file annotations.h
/// @brief Finds inline pinyin/zhuyin annotations of machine-converted re-posts: 國(guó).
#pragma once

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "unit.h"

namespace suyuan::detail {

/**
 * Decides whether a parenthesised group is a reading annotation.
 *
 * Pinyin content must be lower case and split, at spaces and apostrophes and then greedily
 * by dynamic programming, into syllables of data/normalize/pinyin_syllables.txt (ü may be
 * written v). With tone marks it is accepted after any non-space character (re-posts with
 * mangled characters carry `C(jī)` too); without tone marks only directly after Han characters,
 * with no more syllables than the run of Han characters before it, so that `(AI)`, `(an)` after
 * a Latin word or `(David Sacks)` never qualify; and when there are several syllables, at least
 * half must be the readings (ICU Han-Latin, fold_tables.h) of the characters they follow, so that
 * a pinyin-spelled name such as `健康科普（chunyuyuedu）` is not taken for a reading. Zhuyin
 * content (ㄅ–ㄩ plus tone marks) directly after a Han character is always an annotation.
 */
class AnnotationFinder {
 public:
  explicit AnnotationFinder(const std::filesystem::path& data_dir);

  /// Removes annotations from `units` in place and records them in `drops`.
  void remove(Units& units, std::vector<Drop>& drops) const;

  /// Number of units of the damaged annotation that starts at rest[0] ('?' or U+FFFD), or 0.
  std::size_t match_damaged(const Unit* before_begin, std::size_t before_count, const Unit* rest,
                            std::size_t rest_count) const;

  /// Number of units of the annotation that opens at rest[0] (0 if none), given the cleaned
  /// text before it.
  std::size_t match(const Unit* before_begin, std::size_t before_count, const Unit* rest,
                    std::size_t rest_count) const;

 private:
  bool syllables(const std::u32string& letters, std::size_t& count,
                 std::vector<std::u32string>* split = nullptr) const;
  /// Toneless reading of a BMP Han character (ü as v), or empty.
  const std::u32string& reading(char32_t cp) const;

  std::unordered_set<std::u32string> syllables_;
  std::vector<std::u32string> readings_;  ///< indexed by code point - 0x3400, up to U+9FFF
  std::size_t longest_ = 0;
};

}  // namespace suyuan::detail
