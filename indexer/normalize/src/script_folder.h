/// @file script_folder.h
/// @brief Character folding (safe NFKC, traditional → simplified, variants) with greedy
/// longest-match phrase exceptions and protected names.
#pragma once

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
 * data/normalize/variants.tsv. Phrases come from three sources, highest priority first:
 * data/normalize/protected_names.tsv, data/normalize/phrases.tsv and ICU's own multi-character
 * rules. At every position the longest matching phrase wins.
 *
 * A data-file phrase is written in its correct simplified form T and matches input where each
 * character is either T's character itself or a character that the table folds to the same
 * image as T's character (顯著 and 显著 both match 显著; 看着名单 does not match 著名). Extra
 * exact spellings may be listed in the second column (甚麼 → 什么).
 */
class ScriptFolder {
 public:
  explicit ScriptFolder(const std::filesystem::path& data_dir);

  /// Appends the folded form of `units` to `out` and describes it in `offsets`.
  void fold(const Units& units, std::string& out, OffsetMap& offsets) const;

  /// Image of one code point under the character table (the code point itself if unmapped;
  /// the first code point of a multi-character image).
  char32_t fold_char(char32_t cp) const;

 private:
  struct Image {
    std::string utf8;
    char32_t single;         ///< the image when it is one code point, else 0
    bool ambiguous = false;  ///< also a standard simplified character: fold only in
                             ///< traditional context
  };
  struct Phrase {
    std::u32string pattern;  ///< exact source, or the target for loose matching
    std::u32string target;
    std::string target_utf8;
    bool exact;
    int priority;
  };

  const Image* image(char32_t cp) const {
    if (cp < 0x10000) {
      const std::uint32_t index = bmp_[cp];
      return index == 0 ? nullptr : &images_[index - 1];
    }
    auto it = supplementary_.find(cp);
    return it == supplementary_.end() ? nullptr : &images_[it->second - 1];
  }
  bool may_start_phrase(char32_t folded) const {
    return folded < 0x10000 ? phrase_start_[folded] != 0 : phrases_.count(folded) != 0;
  }
  void set_char(char32_t from, const std::string& to);
  void add_phrase(const std::u32string& pattern, const std::u32string& target, bool exact,
                  int priority);
  void load_phrase_file(const std::filesystem::path& path, int priority);
  void load_variants(const std::filesystem::path& path);
  void load_ambiguous(const std::filesystem::path& path);
  bool traditional_context(const Units& units, std::size_t at) const;
  const Phrase* match_phrase(const Units& units, std::size_t at) const;

  std::vector<std::uint32_t> bmp_;  ///< 1-based index into images_, 0 = unchanged
  std::unordered_map<char32_t, std::uint32_t> supplementary_;
  std::vector<Image> images_;
  std::vector<std::uint8_t> traditional_;   ///< BMP: a traditional-only character
  std::vector<std::uint8_t> phrase_start_;  ///< BMP: folded first character starts a phrase
  std::unordered_map<char32_t, std::vector<Phrase>> phrases_;  ///< by folded first character
};

}  // namespace suyuan::detail
