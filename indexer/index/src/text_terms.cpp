/// @file text_terms.cpp
/// @brief Han unigrams written directly; the rest through Xapian's TermGenerator.
#include "text_terms.h"

#include <xapian/unicode.h>

#include "suyuan/core/utf8.h"
#include "suyuan/index/term_positions.h"

namespace suyuan {

bool is_indexed_han(char32_t cp) {
  // Han blocks that Xapian 1.4's CJK tokenizer treats as CJK (URO, extension A, compatibility
  // ideographs, extension B); a code point it does not treat as a word character (an unassigned
  // compatibility slot) is left to the TermGenerator, which skips it the same way.
  const bool han = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                   (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2A6DF);
  return han && Xapian::Unicode::is_wordchar(static_cast<unsigned>(cp));
}

TextTermWriter::TextTermWriter(Xapian::Document& document) : document_(document) {
  generator_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  generator_.set_document(document_);
}

void TextTermWriter::increase_termpos(Xapian::termpos delta) { position_ += delta; }

namespace {

/// Whether `text` has a character that can start a term (an ASCII letter, digit or underscore,
/// or any Unicode word character).
bool has_word_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if ((byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') ||
          byte == '_')
        return true;
      ++i;
      continue;
    }
    if (Xapian::Unicode::is_wordchar(static_cast<unsigned>(utf8::decode(text, i)))) return true;
  }
  return false;
}

/// Whether `text` ends with a character Xapian reads as a word joiner (`'`, `&`, `·`).
bool ends_with_joiner(std::string_view text) {
  if (text.empty()) return false;
  if (text.back() == '\'' || text.back() == '&') return true;
  return text.size() >= 2 && text.substr(text.size() - 2) == "\u00B7";
}

}  // namespace

void TextTermWriter::index_text(std::string_view text, std::string_view prefix) {
  std::size_t other_begin = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const char32_t cp = utf8::decode(text, i);
    if (!is_indexed_han(cp)) continue;
    const std::string_view other = text.substr(other_begin, begin - other_begin);
    if (has_word_character(other) && !ends_with_joiner(other)) {
      // Xapian decides where a word ends (C++, U.S.A, 3.5) by the character after it: the
      // TermGenerator reads this Han character too, and indexes it as the same unigram.
      index_other(text.substr(other_begin, i - other_begin), prefix);
    } else {
      // A joiner would carry the word on into the Han text as one over-long term that Xapian
      // drops; the word ends at the joiner instead, and the characters stay searchable.
      index_other(other, prefix);
      term_.assign(prefix);
      term_.append(text.substr(begin, i - begin));
      document_.add_posting(term_, ++position_);
    }
    other_begin = i;
  }
  index_other(text.substr(other_begin), prefix);
}

void TextTermWriter::index_other(std::string_view text, std::string_view prefix) {
  // Most gaps between Han runs are punctuation: without a word character there is no term, and
  // skipping the TermGenerator call there is most of the saving.
  if (!has_word_character(text)) return;
  generator_.set_termpos(position_);
  generator_.index_text(std::string(text), 1, std::string(prefix));
  position_ = generator_.get_termpos();
}

}  // namespace suyuan

namespace suyuan {

TermPositions term_positions(std::string_view text) {
  Xapian::Document document;
  TextTermWriter(document).index_text(text);
  TermPositions out;
  for (auto t = document.termlist_begin(); t != document.termlist_end(); ++t) {
    std::vector<unsigned>& positions = out[*t];
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) positions.push_back(*p);
  }
  return out;
}

}  // namespace suyuan
