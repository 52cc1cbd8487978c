/// @file text_terms.h
/// @brief Full-text terms written directly, in the form the query side reads them (private to
/// the index stage).
#pragma once

#include <xapian.h>

#include <string_view>

namespace suyuan {

/**
 * Writes the full-text terms of a document: every Chinese character as a unigram with its
 * position, and everything else through Xapian's TermGenerator (Latin and digit words, `h20`,
 * `3.5`, `c++`; kana and hangul as Xapian's CJK n-grams), on one position sequence.
 *
 * The query side turns every run of Chinese characters into a phrase, and Xapian parses a CJK
 * phrase into positioned unigrams only, so the positionless bigrams that Xapian's FLAG_CJK_NGRAM
 * adds for Han text are never read: they are left out, which halves the terms per article. Its
 * positioned terms equal TermGenerator with FLAG_CJK_NGRAM (terms, wdf and
 * positions; tests/unit/index proves it on real articles), except that a Latin word joined to
 * Han text by `'`, `&` or `·` ("J·史密斯") ends at the joiner instead of swallowing the Han
 * characters into one over-long term that Xapian drops.
 */
class TextTermWriter {
 public:
  explicit TextTermWriter(Xapian::Document& document);

  /// Adds the terms of `text` (normalized), each with `prefix` ("" for body text).
  void index_text(std::string_view text, std::string_view prefix = {});

  /// Leaves a gap in the positions (as TermGenerator::increase_termpos), so that a phrase
  /// never spans two fields.
  void increase_termpos(Xapian::termpos delta = 100);

 private:
  /// Text without Han characters to unigram directly, through the TermGenerator.
  void index_other(std::string_view text, std::string_view prefix);

  Xapian::Document& document_;
  Xapian::TermGenerator generator_;
  Xapian::termpos position_ = 0;
  std::string term_;
};

/// Whether `cp` is a Chinese character that Xapian's CJK tokenizer indexes as a unigram.
bool is_indexed_han(char32_t cp);

}  // namespace suyuan
