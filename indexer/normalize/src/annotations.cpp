/// @file annotations.cpp
/// @brief Pinyin/zhuyin annotation detection over the unit stream.
#include "annotations.h"

#include <algorithm>
#include <cstdint>

#include "data_file.h"
#include "fold_tables.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

namespace {

constexpr std::size_t MAX_ANNOTATION_UNITS = 40;

bool is_open(char32_t cp) { return cp == U'(' || cp == U'（'; }
bool is_close(char32_t cp) { return cp == U')' || cp == U'）'; }
bool is_zhuyin(char32_t cp) {
  return (cp >= 0x3105 && cp <= 0x312F) || (cp >= 0x31A0 && cp <= 0x31BF) || cp == 0x02CA ||
         cp == 0x02C7 || cp == 0x02CB || cp == 0x02D9;
}

// Base letter of a pinyin vowel with a tone mark, or 0.
char32_t untoned(char32_t cp) {
  static constexpr struct {
    const char32_t* marked;
    char32_t base;
  } TONES[] = {{U"āáǎà", U'a'}, {U"ēéěè", U'e'}, {U"īíǐì", U'i'}, {U"ōóǒò", U'o'},
               {U"ūúǔù", U'u'}, {U"ǖǘǚǜ", U'ü'}, {U"ḿ", U'm'},    {U"ńňǹ", U'n'}};
  for (const auto& tone : TONES) {
    for (const char32_t* p = tone.marked; *p != 0; ++p) {
      if (*p == cp) return tone.base;
    }
  }
  return 0;
}

bool is_space(char32_t cp) { return cp == U' ' || cp == 0x3000 || cp == 0xA0; }

}  // namespace

AnnotationFinder::AnnotationFinder(const std::filesystem::path& data_dir)
    : readings_(0xA000 - 0x3400) {
  for (std::size_t i = 0; i < fold_tables::READING_COUNT; ++i) {
    const char32_t cp = fold_tables::READINGS[i].cp;
    if (cp >= 0x3400 && cp < 0xA000)
      readings_[cp - 0x3400] = to_u32(fold_tables::READINGS[i].reading);
  }
  const auto path = data_dir / "pinyin_syllables.txt";
  for (const TsvRow& row : read_tsv(path)) {
    std::u32string syllable = to_u32(row.fields[0]);
    if (syllable.empty()) malformed(path, row.line, "empty syllable");
    longest_ = std::max(longest_, syllable.size());
    syllables_.insert(syllable);
    // The ASCII spelling of ü used by input methods and many re-posts.
    for (char32_t& c : syllable) {
      if (c == U'ü') c = U'v';
    }
    syllables_.insert(std::move(syllable));
  }
}

const std::u32string& AnnotationFinder::reading(char32_t cp) const {
  static const std::u32string none;
  return cp >= 0x3400 && cp < 0xA000 ? readings_[cp - 0x3400] : none;
}

bool AnnotationFinder::syllables(const std::u32string& letters, std::size_t& count,
                                 std::vector<std::u32string>* split) const {
  // Fewest-syllable segmentation; best[i] = syllables needed to cover letters[0, i), from[i]
  // = where the last of them starts.
  const std::size_t n = letters.size();
  std::vector<std::size_t> best(n + 1, SIZE_MAX);
  std::vector<std::size_t> from(n + 1, 0);
  best[0] = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (best[i] == SIZE_MAX) continue;
    for (std::size_t len = 1; len <= longest_ && i + len <= n; ++len) {
      if (syllables_.count(letters.substr(i, len)) != 0 && best[i] + 1 < best[i + len]) {
        best[i + len] = best[i] + 1;
        from[i + len] = i;
      }
    }
  }
  if (best[n] == SIZE_MAX) return false;
  count += best[n];
  if (split != nullptr) {
    std::vector<std::u32string> parts;
    for (std::size_t end = n; end > 0; end = from[end]) {
      parts.push_back(letters.substr(from[end], end - from[end]));
    }
    split->insert(split->end(), parts.rbegin(), parts.rend());
  }
  return true;
}

std::size_t AnnotationFinder::match(const Unit* before_begin, std::size_t before_count,
                                    const Unit* rest, std::size_t rest_count) const {
  if (before_count == 0 || rest_count == 0 || !is_open(rest[0].cp)) return 0;
  const char32_t before = before_begin[before_count - 1].cp;
  if (is_space(before) || before == U'\n' || before == U'\t') return 0;
  const bool after_han = utf8::is_han(before);

  std::size_t close = 0;
  for (std::size_t k = 1; k < rest_count && k <= MAX_ANNOTATION_UNITS; ++k) {
    const char32_t cp = rest[k].cp;
    if (is_close(cp)) {
      close = k;
      break;
    }
    if (cp == U'\n' || is_open(cp)) return 0;
  }
  if (close <= 1) return 0;

  std::size_t zhuyin = 0;
  bool toned = false;
  std::size_t count = 0;
  std::u32string token;
  std::size_t shortest = SIZE_MAX;
  std::vector<std::u32string> split;
  auto flush = [&]() {
    if (token.empty()) return true;
    shortest = std::min(shortest, token.size());
    const bool ok = syllables(token, count, &split);
    token.clear();
    return ok;
  };
  for (std::size_t k = 1; k < close; ++k) {
    const char32_t cp = rest[k].cp;
    if (is_zhuyin(cp)) {
      ++zhuyin;
    } else if ((cp >= U'a' && cp <= U'z') || cp == U'ü') {
      token.push_back(cp);
    } else if (const char32_t base = untoned(cp)) {
      toned = true;
      token.push_back(base);
    } else if (is_space(cp) || cp == U'\'' || cp == U'’') {
      if (!flush()) return 0;
    } else {
      return 0;
    }
  }
  if (zhuyin > 0) return token.empty() && count == 0 && after_han ? close + 1 : 0;
  if (!flush() || count == 0) return 0;
  if (!toned) {
    // One-letter tokens are figure and list labels (图(a)) far more often than readings.
    if (!after_han || shortest < 2) return 0;
    std::size_t han_run = 0;
    for (std::size_t k = before_count; k > 0 && utf8::is_han(before_begin[k - 1].cp); --k) {
      ++han_run;
    }
    if (count > han_run) return 0;
    // A group of several syllables must read the Han characters it follows (at least half of
    // them): otherwise it is a pinyin-spelled name or account (春雨健康科普(chunyuyuedu),
    // 摩拜单车(mobike)). Single syllables stay accepted: runs like 最(zou)全(xin) are junk
    // inserted into re-posts even when they do not read the character.
    std::size_t matching = split.size() < 2 ? split.size() : 0;
    for (std::size_t k = 0; k < split.size() && split.size() >= 2; ++k) {
      std::u32string syllable = split[k];
      for (char32_t& c : syllable) {
        if (c == U'ü') c = U'v';
      }
      matching += syllable == reading(before_begin[before_count - split.size() + k].cp);
    }
    if (matching * 2 < split.size()) return 0;
  }
  return close + 1;
}

std::size_t AnnotationFinder::match_damaged(const Unit* before_begin, std::size_t before_count,
                                            const Unit* rest, std::size_t rest_count) const {
  if (before_count == 0 || !utf8::is_han(before_begin[before_count - 1].cp)) return 0;
  std::u32string token;
  bool toned = false;
  for (std::size_t k = 1; k < rest_count && k <= MAX_ANNOTATION_UNITS; ++k) {
    const char32_t cp = rest[k].cp;
    if (is_close(cp)) {
      std::size_t count = 0;
      return toned && !token.empty() && syllables(token, count) ? k + 1 : 0;
    }
    if ((cp >= U'a' && cp <= U'z') || cp == U'ü') {
      token.push_back(cp);
    } else if (const char32_t base = untoned(cp)) {
      toned = true;
      token.push_back(base);
    } else {
      return 0;
    }
  }
  return 0;
}

void AnnotationFinder::remove(Units& units, std::vector<Drop>& drops) const {
  // In-place compaction: units[0, write) is the cleaned prefix that match() looks back at,
  // units[read, n) the input still to read.
  std::size_t write = 0;
  const std::size_t n = units.size();
  std::size_t read = 0;
  while (read < n) {
    if (is_open(units[read].cp)) {
      const std::size_t length = match(units.data(), write, units.data() + read, n - read);
      if (length > 0) {
        const Unit& last = units[read + length - 1];
        drops.push_back({units[read].raw_begin, last.raw_begin + last.raw_length,
                         "annotation.pinyin", "inline reading annotation of a converted re-post"});
        read += length;
        continue;
      }
    }
    if (units[read].cp == U'?' || units[read].cp == 0xFFFD) {
      const std::size_t length = match_damaged(units.data(), write, units.data() + read, n - read);
      if (length > 0) {
        const Unit& last = units[read + length - 1];
        drops.push_back({units[read].raw_begin, last.raw_begin + last.raw_length,
                         "annotation.damaged",
                         "reading annotation whose opening parenthesis an encoding error turned "
                         "into '?'"});
        read += length;
        continue;
      }
    }
    // Nothing dropped yet (the usual case): the prefix is already in place.
    if (write != read) units[write] = units[read];
    ++write;
    ++read;
  }
  units.resize(write);
}

}  // namespace suyuan::detail
