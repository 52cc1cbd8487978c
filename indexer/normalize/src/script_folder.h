/// @file script_folder.h
/// @brief Character folding (safe NFKC, traditional → simplified, variants) with greedy
/// longest-match phrase exceptions and protected names.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "suyuan/normalize/offset_map.h"
#include "unit.h"

namespace suyuan::detail {

/**
 * Folds a unit stream to normalized UTF-8.
 *
 * Characters listed in data/normalize/ambiguous_chars.tsv (著 乾 於 昇 …) are standard
 * simplified characters too; they are folded only when a traditional-only character stands
 * within 24 characters on the same line, so that 显著 or a name like 王於昌 in a simplified
 * article stays as written.
 *
 * The per-character table comes from ICU at build time (fold_tables.h) plus
 * data/normalize/opencc_variants.tsv (derived from OpenCC's variant tables) and
 * data/normalize/variants.tsv (by hand, loaded last). Phrases come from five sources, highest
 * priority first: protected_names.tsv, phrases.tsv, opencc_phrases.tsv, ICU's own
 * multi-character rules and word_guards.tsv (jieba words that a phrase starting inside them
 * would split, see gen/derive_tables.py). Matching is forward longest match: at every
 * position the longest matching phrase wins, so a word that starts to the left of a phrase
 * (动画 in 動畫開始) is consumed before the phrase (畫開 → 划开) can start.
 *
 * A data-file phrase is written in its correct simplified form T and matches input where each
 * character is either T's character itself or a character that the table folds into T's
 * character (顯著 and 显著 both match 显著; 看着名单 does not match 著名; 幹道 does not match
 * 乾道 although 幹 and 乾 both fold to 干). Extra exact spellings may be listed in the second
 * column (甚麼 → 什么).
 */
class ScriptFolder {
 public:
  explicit ScriptFolder(const std::filesystem::path& data_dir);

  /// Appends the folded form of `units` to `out` and describes it in `offsets`.
  void fold(const Units& units, std::string& out, OffsetMap& offsets) const;

  /// Image of one code point under the character table (the code point itself if unmapped;
  /// the first code point of a multi-character image).
  char32_t fold_char(char32_t cp) const {
    const Image* img = image(cp);
    if (img == nullptr) return cp;
    return img->single != 0 ? img->single : fold_multi(*img, cp);
  }

 private:
  struct Image {
    std::string utf8;
    char32_t single;         ///< the image when it is one code point, else 0
    bool ambiguous = false;  ///< also a standard simplified character: fold only in
                             ///< traditional context
  };
  struct Phrase {
    std::u32string pattern;  ///< exact source, or the target for loose matching
    std::u32string folded;   ///< fold_char of every pattern character (quick reject)
    std::u32string target;
    std::string target_utf8;
    bool exact;
    int priority;
  };
  /// Bits of flags_: what the inner loop must look at for a BMP code point. A code point with
  /// no bit set is copied unchanged, which is the case for almost every character of a
  /// simplified article.
  static constexpr std::uint8_t HAS_IMAGE = 1;     ///< the table changes it
  static constexpr std::uint8_t PHRASE_START = 2;  ///< its image starts some phrase

  const Image* image(char32_t cp) const {
    if (cp < 0x10000) {
      const std::uint32_t index = bmp_[cp];
      return index == 0 ? nullptr : &images_[index - 1];
    }
    auto it = supplementary_.find(cp);
    return it == supplementary_.end() ? nullptr : &images_[it->second - 1];
  }
  std::uint8_t flags(char32_t cp) const { return (flags_[cp >> 2] >> ((cp & 3) * 2)) & 3; }
  /// Whether a phrase may start with `first` (an unchanged character) followed by units[next]:
  /// the pair filter on folded characters, with the table consulted only when the second
  /// character is one it changes.
  bool pair_follows(char32_t first, const Units& units, std::size_t next) const {
    if (next >= units.size()) return false;
    const char32_t second = units[next].cp;
    if (second >= 0x10000 || (flags(second) & HAS_IMAGE) != 0) {
      return may_pair(first, fold_char(second));
    }
    return may_pair(first, second);
  }
  /// Phrases whose folded first character is `folded`, longest first; nullptr if none.
  const std::vector<Phrase>* bucket(char32_t folded) const {
    if (folded < 0x10000) {
      const std::uint32_t index = bmp_bucket_[folded];
      return index == 0 ? nullptr : &buckets_[index - 1];
    }
    auto it = supplementary_buckets_.find(folded);
    return it == supplementary_buckets_.end() ? nullptr : &buckets_[it->second - 1];
  }
  static std::uint32_t pair_hash(char32_t first, char32_t second) {
    return ((static_cast<std::uint32_t>(first) * 0x9E3779B1u) ^
            (static_cast<std::uint32_t>(second) * 0x85EBCA77u)) >>
           (32 - PAIR_BITS_LOG2);
  }
  bool may_pair(char32_t first, char32_t second) const {
    const std::uint32_t h = pair_hash(first, second);
    return (pair_bits_[h >> 6] >> (h & 63)) & 1;
  }
  static char32_t fold_multi(const Image& img, char32_t cp);
  void set_char(char32_t from, const std::string& to);
  void add_phrase(const std::u32string& pattern, const std::u32string& target, bool exact,
                  int priority);
  void load_phrase_file(const std::filesystem::path& path, int priority);
  void load_variants(const std::filesystem::path& path);
  void load_ambiguous(const std::filesystem::path& path);
  bool traditional_context(const Units& units, std::size_t at) const;
  const Phrase* match_phrase(const Units& units, std::size_t at) const;

  static constexpr unsigned PAIR_BITS_LOG2 = 17;

  std::vector<std::uint32_t> bmp_;  ///< 1-based index into images_, 0 = unchanged
  std::unordered_map<char32_t, std::uint32_t> supplementary_;
  std::vector<Image> images_;
  /// BMP: HAS_IMAGE | PHRASE_START, two bits a code point (16 KiB, so it stays in L1 cache).
  std::vector<std::uint8_t> flags_;
  std::vector<std::uint8_t> traditional_;     ///< BMP: a traditional-only character
  std::vector<std::vector<Phrase>> buckets_;  ///< phrases grouped by folded first character
  std::vector<std::uint32_t> bmp_bucket_;     ///< BMP folded first character → 1-based bucket
  std::unordered_map<char32_t, std::uint32_t> supplementary_buckets_;
  std::vector<std::uint64_t> pair_bits_;  ///< hashed (folded 1st, folded 2nd) of every phrase
};

}  // namespace suyuan::detail
