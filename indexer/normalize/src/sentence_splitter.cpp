/// @file sentence_splitter.cpp
/// @brief UAX #29 sentence breaks: a direct evaluation for plain paragraphs, ICU for the rest.
#include "sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

namespace {

// The Sentence_Break values the fast path distinguishes; HARD sends the paragraph to ICU.
enum SentenceClass : std::uint8_t {
  OTHER,
  STERM,
  ATERM,
  CLOSE,
  SP,
  SCONTINUE,
  NUMERIC,
  UPPER,
  LOWER,
  OLETTER,
  HARD
};

std::uint8_t classify(UChar32 cp) {
  switch (u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK)) {
    case U_SB_STERM:
      return STERM;
    case U_SB_ATERM:
      return ATERM;
    case U_SB_CLOSE:
      return CLOSE;
    case U_SB_SP:
      return SP;
    case U_SB_SCONTINUE:
      return SCONTINUE;
    case U_SB_NUMERIC:
      return NUMERIC;
    case U_SB_UPPER:
      return UPPER;
    case U_SB_LOWER:
      return LOWER;
    case U_SB_OLETTER:
      return OLETTER;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return HARD;
    default:
      return OTHER;
  }
}

bool is_trim_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Decodes the code point at s[pos] (valid UTF-8) and advances pos.
inline char32_t next_code_point(const unsigned char* s, std::size_t& pos) {
  const unsigned char c = s[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  if (c < 0xE0) {
    const char32_t cp = ((c & 0x1F) << 6) | (s[pos + 1] & 0x3F);
    pos += 2;
    return cp;
  }
  if (c < 0xF0) {
    const char32_t cp = ((c & 0x0F) << 12) | ((s[pos + 1] & 0x3F) << 6) | (s[pos + 2] & 0x3F);
    pos += 3;
    return cp;
  }
  const char32_t cp = ((c & 0x07) << 18) | ((s[pos + 1] & 0x3F) << 12) |
                      ((s[pos + 2] & 0x3F) << 6) | (s[pos + 3] & 0x3F);
  pos += 4;
  return cp;
}

void push_trimmed(std::string_view text, std::uint32_t b, std::uint32_t e,
                  std::vector<ByteRange>& out) {
  while (b < e && is_trim_byte(text[b])) ++b;
  while (e > b && is_trim_byte(text[e - 1])) --e;
  if (b < e) out.push_back({b, e});
}

}  // namespace

SentenceSplitter::SentenceSplitter() : bmp_classes_(0x10000), bmp_openers_(0x10000 / 64) {
  for (UChar32 cp = 0; cp < 0x10000; ++cp) {
    bmp_classes_[cp] = classify(cp);
    const auto type = u_charType(cp);
    if (type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION) {
      bmp_openers_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  // Root rules: Chinese needs no tailoring, and root breaks after 。！？ followed by closing
  // quotes (。” stays in the sentence it closes) as UAX #29 specifies.
  prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::INTERNAL, std::string("ICU sentence iterator: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;

std::uint8_t SentenceSplitter::sentence_class(char32_t cp) const {
  return cp < 0x10000 ? bmp_classes_[cp] : classify(static_cast<UChar32>(cp));
}

bool SentenceSplitter::split_fast(std::string_view text, ByteRange paragraph,
                                  std::vector<ByteRange>& out) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t first = out.size();
  const std::size_t e = paragraph.end;
  std::size_t start = paragraph.begin;
  std::size_t pos = paragraph.begin;
  const auto give_up = [&] {
    out.resize(first);
    return false;
  };
  while (pos < e) {
    // Plain ASCII letters and punctuation other than . ! ? are never breaks; skip them quickly.
    const unsigned char lead = s[pos];
    if (lead < 0x80 && lead != '.' && lead != '!' && lead != '?' && lead >= 0x20) {
      ++pos;
      continue;
    }
    // Lead bytes E4–E9 are U+4000–U+9FFF: Han ideographs and Yijing symbols, OLetter or Other,
    // never part of a break decision. Most of a Chinese paragraph is skipped here.
    if (lead >= 0xE4 && lead <= 0xE9) {
      pos += 3;
      continue;
    }
    const std::size_t at = pos;
    const char32_t cp = next_code_point(s, pos);
    const std::uint8_t cls = sentence_class(cp);
    if (cls != STERM && cls != ATERM) {
      if (cls == HARD) return give_up();
      continue;
    }
    if (cls == ATERM && pos < e) {
      // SB6 ATerm × Numeric ("3.5") and SB8 with nothing between: ATerm × Lower ("x.com").
      std::size_t next = pos;
      const std::uint8_t follower = sentence_class(next_code_point(s, next));
      if (follower == NUMERIC || follower == LOWER) continue;
      if (follower == UPPER && at > paragraph.begin) {
        // SB7: (Upper | Lower) ATerm × Upper ("U.S").
        std::size_t before = at - 1;
        while (before > paragraph.begin && (s[before] & 0xC0) == 0x80) --before;
        const std::uint8_t previous = sentence_class(next_code_point(s, before));
        if (previous == UPPER || previous == LOWER) continue;
      }
    }
    // STerm: SB9/SB10 keep Close* Sp* with it; SB8a keeps SContinue or another terminator;
    // otherwise SB11 breaks before the next character.
    std::size_t q = pos;
    std::uint8_t next_class = OTHER;
    while (q < e) {
      std::size_t after = q;
      next_class = sentence_class(next_code_point(s, after));
      if (next_class != CLOSE) break;
      q = after;
    }
    while (q < e) {
      std::size_t after = q;
      next_class = sentence_class(next_code_point(s, after));
      if (next_class != SP) break;
      q = after;
    }
    if (q >= e) {
      pos = e;
      break;
    }
    if (next_class == HARD) return give_up();
    if (next_class == SCONTINUE || next_class == STERM || next_class == ATERM) {
      pos = q;
      continue;
    }
    if (cls == ATERM) {
      // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
      std::size_t r = q;
      std::uint8_t stop = OTHER;
      while (r < e) {
        stop = sentence_class(next_code_point(s, r));
        if (stop == HARD) return give_up();
        if (stop != OTHER && stop != NUMERIC && stop != CLOSE && stop != SP && stop != SCONTINUE)
          break;
      }
      if (r <= e && stop == LOWER) {
        pos = q;
        continue;
      }
    }
    push_trimmed(text, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(q), out);
    start = pos = q;
  }
  push_trimmed(text, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e), out);
  return true;
}

void SentenceSplitter::split(std::string_view text, ByteRange paragraph,
                             std::vector<ByteRange>& out) const {
  const std::size_t first = out.size();
  if (!split_fast(text, paragraph, out)) split_uax29_icu(text, paragraph, out);
  move_openers(text, out, first);
  cap_length(text, out, first);
}

void SentenceSplitter::cap_length(std::string_view text, std::vector<ByteRange>& out,
                                  std::size_t first) {
  // A "sentence" without end punctuation can be a whole page (a scraped list, a hostile
  // file); every claim quotes its sentence, so one such page would be copied once per claim.
  // Cut it after the last comma, semicolon, 、 or space in the window's second half, else at
  // the last code point boundary that fits.
  std::vector<ByteRange> capped;
  for (std::size_t k = first; k < out.size(); ++k) {
    ByteRange s = out[k];
    while (s.size() > MAX_SENTENCE_BYTES) {
      const std::size_t limit = s.begin + MAX_SENTENCE_BYTES;
      std::size_t cut = 0;
      for (std::size_t i = limit; i > s.begin + MAX_SENTENCE_BYTES / 2 && !cut; --i) {
        const char c = text[i - 1];
        const bool enumeration_comma = i >= 3 && text.substr(i - 3, 3) == "、";
        if (c == ',' || c == ';' || c == ' ' || enumeration_comma) cut = i;
      }
      if (!cut) cut = utf8::floor_boundary(text, limit);
      capped.push_back({s.begin, static_cast<std::uint32_t>(cut)});
      s.begin = static_cast<std::uint32_t>(cut);
      while (s.begin < s.end && text[s.begin] == ' ') ++s.begin;
    }
    if (s.size() > 0) capped.push_back(s);
  }
  out.resize(first);
  out.insert(out.end(), capped.begin(), capped.end());
}

void SentenceSplitter::split_icu(std::string_view text, ByteRange paragraph,
                                 std::vector<ByteRange>& out) const {
  const std::size_t first = out.size();
  split_uax29_icu(text, paragraph, out);
  move_openers(text, out, first);
  cap_length(text, out, first);
}

void SentenceSplitter::move_openers(std::string_view text, std::vector<ByteRange>& out,
                                    std::size_t first) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = first; i + 1 < out.size(); ++i) {
    ByteRange& sentence = out[i];
    std::uint32_t end = sentence.end;
    std::uint32_t opener = end;
    while (end > sentence.begin) {
      std::uint32_t at = end - 1;
      while (at > sentence.begin && (s[at] & 0xC0) == 0x80) --at;
      std::size_t next = at;
      const char32_t cp = next_code_point(s, next);
      if (is_opener(cp)) {
        opener = at;
      } else if (cp != U' ') {
        break;
      }
      end = at;
    }
    if (opener == sentence.end) continue;
    std::uint32_t kept = opener;
    while (kept > sentence.begin && is_trim_byte(text[kept - 1])) --kept;
    if (kept == sentence.begin) continue;  // nothing but openers: leave it
    sentence.end = kept;
    out[i + 1].begin = opener;
  }
}

bool SentenceSplitter::is_opener(char32_t cp) const {
  if (cp >= 0x10000) return false;
  return (bmp_openers_[cp >> 6] >> (cp & 63)) & 1;
}

std::unique_ptr<icu::BreakIterator> SentenceSplitter::acquire() const {
  {
    std::lock_guard lock(mutex_);
    if (!pool_.empty()) {
      auto iterator = std::move(pool_.back());
      pool_.pop_back();
      return iterator;
    }
  }
  return std::unique_ptr<icu::BreakIterator>(prototype_->clone());
}

void SentenceSplitter::release(std::unique_ptr<icu::BreakIterator> iterator) const {
  std::lock_guard lock(mutex_);
  pool_.push_back(std::move(iterator));
}

void SentenceSplitter::split_uax29_icu(std::string_view text, ByteRange paragraph,
                                       std::vector<ByteRange>& out) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + paragraph.begin,
                             static_cast<int64_t>(paragraph.size()), &status);
  auto iterator = acquire();
  iterator->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    release(std::move(iterator));
    throw Error(ErrorKind::INTERNAL, std::string("ICU sentence iterator: ") + u_errorName(status));
  }
  std::int32_t start = iterator->first();
  for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    push_trimmed(text, paragraph.begin + static_cast<std::uint32_t>(start),
                 paragraph.begin + static_cast<std::uint32_t>(end), out);
  }
  // Drop the iterator's reference to the UText before closing it.
  iterator->setText(icu::UnicodeString());
  utext_close(ut);
  release(std::move(iterator));
}

}  // namespace suyuan::detail
