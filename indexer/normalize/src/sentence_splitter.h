/// @file sentence_splitter.h
/// @brief Sentence boundaries inside a paragraph: UAX #29 sentence rules, evaluated directly on
/// UTF-8 for the common case and by ICU's sentence BreakIterator for the rest.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"

namespace suyuan::detail {

/**
 * Splits paragraphs into sentences exactly as ICU's root sentence BreakIterator does.
 *
 * Creating an ICU iterator per paragraph and walking it through a UText costs more than the
 * rest of the stage, while Chinese paragraphs almost never need the hard parts of UAX #29
 * (the rules about '.' between letters, abbreviations, format characters). So split() first
 * runs its own evaluation of the rules that remain once those cases are excluded — break after
 * STerm (。！？!? …) Close* Sp* unless SContinue or another terminator follows — using ICU's own
 * Sentence_Break property values, and hands the paragraph to ICU when it meets anything else:
 * an ATerm ('.', '．') not directly followed by a digit, Extend or Format characters, or
 * paragraph separators. tests/unit/normalize/sentence_splitter_test.cpp checks that both paths
 * agree on the corpus and the shared news sample (the fast path also reproduced ICU's breaks on
 * every paragraph of ../shared/data/news when it was written).
 *
 * One deliberate difference from UAX #29, applied after either path: the rules count opening
 * brackets and quotes (“ ‘ 「 （ 《 …) as Close, so `警惕!“美企…”` would break after the “.
 * Opening punctuation (General_Category Ps or Pi) at the end of a sentence that another
 * sentence follows is moved to the start of that one. We do not split at ；or …: they separate
 * clauses of one sentence in Chinese, and ICU does not split there either.
 *
 * Thread-safe: ICU iterators are cloned from one prototype and pooled.
 */
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();

  /// Longest sentence kept whole; longer ones are cut (see cap_length).
  static constexpr std::size_t MAX_SENTENCE_BYTES = 2000;

  /// Appends the sentences of text[paragraph] to `out`, as trimmed byte ranges of `text`, none
  /// longer than MAX_SENTENCE_BYTES.
  void split(std::string_view text, ByteRange paragraph, std::vector<ByteRange>& out) const;

  /// Cuts the sentences out[first..] longer than MAX_SENTENCE_BYTES after a comma, semicolon,
  /// 、 or space, else at a code point boundary.
  static void cap_length(std::string_view text, std::vector<ByteRange>& out, std::size_t first);

  /// The same through ICU only (the reference the fast path is tested against).
  void split_icu(std::string_view text, ByteRange paragraph, std::vector<ByteRange>& out) const;

 private:
  void split_uax29_icu(std::string_view text, ByteRange paragraph,
                       std::vector<ByteRange>& out) const;
  void move_openers(std::string_view text, std::vector<ByteRange>& out, std::size_t first) const;
  bool is_opener(char32_t cp) const;
  bool split_fast(std::string_view text, ByteRange paragraph, std::vector<ByteRange>& out) const;
  std::uint8_t sentence_class(char32_t cp) const;
  std::unique_ptr<icu::BreakIterator> acquire() const;
  void release(std::unique_ptr<icu::BreakIterator> iterator) const;

  std::vector<std::uint8_t> bmp_classes_;   ///< our class of every BMP code point
  std::vector<std::uint64_t> bmp_openers_;  ///< BMP: General_Category Ps or Pi
  std::unique_ptr<icu::BreakIterator> prototype_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<icu::BreakIterator>> pool_;
};

}  // namespace suyuan::detail
