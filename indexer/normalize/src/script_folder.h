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
  /// fold() without the offsets, for output that is only text.
  void fold_text(const Units& units, std::string& out) const;

  /// Image of one code point under the character table (the code point itself if unmapped;
  /// the first code point of a multi-character image).
  char32_t fold_char(char32_t cp) const {
    if (cp < 0x10000) return info_[cp] & FOLDED_MASK;
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
  /// A phrase rule, its characters kept in chars_ and its UTF-8 target in utf8_ (flat arrays:
  /// the matcher reads a few neighbouring entries instead of chasing one string each).
  struct Phrase {
    std::uint32_t pattern;      ///< offset in chars_: exact source, or the target (loose)
    std::uint32_t target;       ///< offset in chars_
    std::uint32_t target_utf8;  ///< offset in utf8_
    std::uint32_t target_utf8_length;
    std::uint16_t length;         ///< characters of the pattern
    std::uint16_t target_length;  ///< characters of the target
    bool exact;
    std::int8_t priority;
  };
  /// Phrases that share their first two folded characters: phrases_[begin, end).
  struct PairSlot {
    std::uint64_t key = 0;  ///< pair_key(), 0 = empty slot
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };

  /// Bits of info_, one 32-bit word a BMP code point: its fold_char image in the low bits,
  /// and what the inner loop must look at. A code point with no flag set is copied
  /// unchanged, which is the case for almost every character of a simplified article.
  static constexpr std::uint32_t FOLDED_MASK = 0x1FFFFF;
  static constexpr std::uint32_t HAS_IMAGE = 1u << 21;     ///< the table changes it
  static constexpr std::uint32_t PHRASE_START = 1u << 22;  ///< its image starts some phrase
  static constexpr std::uint32_t AMBIGUOUS = 1u << 23;     ///< fold in traditional context only
  static constexpr std::uint32_t MULTI = 1u << 24;         ///< image of several code points
  static constexpr std::uint32_t TRADITIONAL = 1u << 25;   ///< a traditional-only character

  const Image* image(char32_t cp) const {
    if (cp < 0x10000) {
      const std::uint32_t index = bmp_[cp];
      return index == 0 ? nullptr : &images_[index - 1];
    }
    auto it = supplementary_.find(cp);
    return it == supplementary_.end() ? nullptr : &images_[it->second - 1];
  }
  bool has_image(char32_t cp) const {
    return cp < 0x10000 ? (info_[cp] & HAS_IMAGE) != 0 : supplementary_.contains(cp);
  }
  static std::uint32_t pair_hash(char32_t first, char32_t second) {
    return ((static_cast<std::uint32_t>(first) * 0x9E3779B1u) ^
            (static_cast<std::uint32_t>(second) * 0x85EBCA77u)) >>
           (32 - PAIR_BITS_LOG2);
  }
  static std::uint64_t pair_key(char32_t first, char32_t second) {
    return ((static_cast<std::uint64_t>(first) << 21) | second) + 1;
  }
  bool may_pair(char32_t first, char32_t second) const {
    const std::uint32_t h = pair_hash(first, second);
    return (pair_bits_[h >> 6] >> (h & 63)) & 1;
  }
  /// The phrases whose folded first two characters are (first, second), or nullptr.
  const PairSlot* pair_slot(char32_t first, char32_t second) const;
  static char32_t fold_multi(const Image& img, char32_t cp);
  void set_char(char32_t from, const std::string& to);
  void add_phrase(const std::u32string& pattern, const std::u32string& target, bool exact,
                  int priority);
  void index_phrases();
  void load_phrase_file(const std::filesystem::path& path, int priority);
  void load_variants(const std::filesystem::path& path);
  void load_ambiguous(const std::filesystem::path& path);
  bool traditional_context(const Units& units, std::size_t at) const;
  /// The longest (then highest-priority) phrase at units[at], whose first two characters fold
  /// to (first, second); nullptr if none.
  const Phrase* match_phrase(const Units& units, std::size_t at, char32_t first,
                             char32_t second) const;
  template <bool WITH_OFFSETS>
  void fold_impl(const Units& units, std::string& out, OffsetMap* offsets) const;

  static constexpr unsigned PAIR_BITS_LOG2 = 17;

  std::vector<std::uint32_t> bmp_;  ///< 1-based index into images_, 0 = unchanged
  std::unordered_map<char32_t, std::uint32_t> supplementary_;
  std::vector<Image> images_;
  /// BMP: fold_char image | flags (256 KiB; the hot part, CJK, is what a text touches).
  std::vector<std::uint32_t> info_;
  struct PendingPhrase {
    std::u32string pattern, folded, target;
    bool exact;
    int priority;
  };
  std::vector<PendingPhrase> pending_;  ///< while loading; index_phrases() flattens them
  std::vector<Phrase> phrases_;         ///< by folded first two characters, longest first
  std::vector<char32_t> chars_;
  std::string utf8_;
  std::vector<PairSlot> pair_table_;      ///< open addressing on pair_key()
  std::vector<std::uint64_t> pair_bits_;  ///< hashed (folded 1st, folded 2nd) of every phrase
};

}  // namespace suyuan::detail
