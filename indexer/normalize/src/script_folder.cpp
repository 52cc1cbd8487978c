/// @file script_folder.cpp
/// @brief Table-driven folding with phrase exceptions; the inner loop of the whole stage.
#include "script_folder.h"

#include <algorithm>
#include <ranges>
#include <type_traits>

#include "data_file.h"
#include "fold_tables.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

namespace {

// Among phrases of the same length at the same position: a known word of the lexicon only
// keeps its own spelling, then ICU's rules, OpenCC's, ours and protected names.
constexpr int PRIORITY_WORD_GUARD = -1;
constexpr int PRIORITY_ICU = 0;
constexpr int PRIORITY_OPENCC = 1;
constexpr int PRIORITY_PHRASES = 2;
constexpr int PRIORITY_PROTECTED = 3;

}  // namespace

ScriptFolder::ScriptFolder(const std::filesystem::path& data_dir)
    : bmp_(0x10000, 0),
      flags_(0x10000 / 4, 0),
      traditional_(0x10000, 0),
      bmp_bucket_(0x10000, 0),
      pair_bits_((std::size_t{1} << PAIR_BITS_LOG2) / 64, 0) {
  images_.reserve(fold_tables::CHAR_MAPPING_COUNT + 64);
  for (std::size_t i = 0; i < fold_tables::CHAR_MAPPING_COUNT; ++i) {
    set_char(fold_tables::CHAR_MAPPINGS[i].from, fold_tables::CHAR_MAPPINGS[i].to);
  }
  // Derived variants first: the hand-made table may override them.
  load_variants(data_dir / "opencc_variants.tsv");
  load_variants(data_dir / "variants.tsv");
  load_ambiguous(data_dir / "ambiguous_chars.tsv");
  // Script evidence: a Han character the table changes is traditional-only, unless ambiguous.
  for (char32_t cp = 0x3400; cp < 0x10000; ++cp) {
    const Image* img = image(cp);
    if (img != nullptr && img->single != 0 && !img->ambiguous && utf8::is_han(cp)) {
      traditional_[cp] = 1;
    }
  }
  // Phrases are keyed by folded characters, so they are added after the table is complete.
  for (std::size_t i = 0; i < fold_tables::ICU_PHRASE_COUNT; ++i) {
    add_phrase(to_u32(fold_tables::ICU_PHRASES[i].from), to_u32(fold_tables::ICU_PHRASES[i].to),
               true, PRIORITY_ICU);
  }
  load_phrase_file(data_dir / "opencc_phrases.tsv", PRIORITY_OPENCC);
  load_phrase_file(data_dir / "phrases.tsv", PRIORITY_PHRASES);
  load_phrase_file(data_dir / "word_guards.tsv", PRIORITY_WORD_GUARD);
  load_phrase_file(data_dir / "protected_names.tsv", PRIORITY_PROTECTED);
  for (auto& list : buckets_) {
    // By folded second character (match_phrase looks up only the phrases the next character
    // can continue), then longest first, then highest priority: the first match wins.
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      if (a.folded[1] != b.folded[1]) return a.folded[1] < b.folded[1];
      if (a.pattern.size() != b.pattern.size()) return a.pattern.size() > b.pattern.size();
      return a.priority > b.priority;
    });
  }
  for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
    const Image* img = image(cp);
    const char32_t folded = img != nullptr && img->single != 0 ? img->single : cp;
    const unsigned bits =
        (img != nullptr ? HAS_IMAGE : 0) | (bucket(folded) != nullptr ? PHRASE_START : 0);
    flags_[cp >> 2] |= static_cast<std::uint8_t>(bits << ((cp & 3) * 2));
  }
}

void ScriptFolder::set_char(char32_t from, const std::string& to) {
  std::u32string image = to_u32(to);
  images_.push_back({to, image.size() == 1 ? image[0] : 0});
  const auto index = static_cast<std::uint32_t>(images_.size());
  if (from < 0x10000) {
    bmp_[from] = index;
  } else {
    supplementary_[from] = index;
  }
}

char32_t ScriptFolder::fold_multi(const Image& img, char32_t cp) {
  return img.utf8.empty() ? cp : to_u32(img.utf8)[0];
}

void ScriptFolder::load_variants(const std::filesystem::path& path) {
  for (const TsvRow& row : read_tsv(path)) {
    if (row.fields.size() < 2) malformed(path, row.line, "expected: variant<TAB>standard");
    const std::u32string from = to_u32(row.fields[0]);
    const std::u32string to = to_u32(row.fields[1]);
    if (from.size() != 1 || to.size() != 1) malformed(path, row.line, "one character per column");
    if (from == to) {
      // A character ICU changes although it is standard in simplified text (俱, 阪): keep it.
      if (from[0] < 0x10000) bmp_[from[0]] = 0;
      supplementary_.erase(from[0]);
      continue;
    }
    // A variant folds like its standard form, so 峯 ends where 峰 ends even if 峰 itself is
    // traditional-only in some table.
    std::string image;
    utf8::append(image, fold_char(to[0]));
    set_char(from[0], image);
  }
}

void ScriptFolder::load_ambiguous(const std::filesystem::path& path) {
  for (const TsvRow& row : read_tsv(path)) {
    const std::u32string cp = to_u32(row.fields[0]);
    if (cp.size() != 1) malformed(path, row.line, "one character per line");
    const std::uint32_t index = cp[0] < 0x10000 ? bmp_[cp[0]] : 0;
    if (index == 0) malformed(path, row.line, "character is not changed by the table");
    images_[index - 1].ambiguous = true;
  }
}

bool ScriptFolder::traditional_context(const Units& units, std::size_t at) const {
  // Traditional-only characters nearby on the same line decide. Only traditional evidence
  // counts: simplified images such as 于 里 后 are everyday traditional characters as well.
  constexpr std::size_t REACH = 24;
  const auto traditional = [&](char32_t cp) {
    return cp >= 0x3400 && cp < 0x10000 && traditional_[cp] != 0;
  };
  for (std::size_t k = 1; k <= REACH && k <= at && units[at - k].cp != U'\n'; ++k) {
    if (traditional(units[at - k].cp)) return true;
  }
  for (std::size_t k = 1; k <= REACH && at + k < units.size() && units[at + k].cp != U'\n'; ++k) {
    if (traditional(units[at + k].cp)) return true;
  }
  return false;
}

void ScriptFolder::add_phrase(const std::u32string& pattern, const std::u32string& target,
                              bool exact, int priority) {
  if (pattern.size() < 2) return;
  std::u32string folded;
  for (char32_t cp : pattern) folded.push_back(fold_char(cp));
  const char32_t key = folded[0];
  std::uint32_t& index =
      key < 0x10000 ? bmp_bucket_[key] : supplementary_buckets_.emplace(key, 0).first->second;
  if (index == 0) {
    buckets_.emplace_back();
    index = static_cast<std::uint32_t>(buckets_.size());
  }
  const std::uint32_t h = pair_hash(folded[0], folded[1]);
  pair_bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
  std::string target_utf8;
  for (char32_t cp : target) utf8::append(target_utf8, cp);
  buckets_[index - 1].push_back(
      {pattern, std::move(folded), target, std::move(target_utf8), exact, priority});
}

void ScriptFolder::load_phrase_file(const std::filesystem::path& path, int priority) {
  for (const TsvRow& row : read_tsv(path)) {
    const std::u32string target = to_u32(row.fields[0]);
    if (target.size() < 2) malformed(path, row.line, "a phrase has at least two characters");
    add_phrase(target, target, false, priority);
    if (row.fields.size() >= 2 && !row.fields[1].empty() && row.fields[1] != "-") {
      std::string_view sources = row.fields[1];
      while (!sources.empty()) {
        const std::size_t space = sources.find(' ');
        const std::u32string source = to_u32(sources.substr(0, space));
        if (!source.empty()) {
          if (source.size() != target.size()) {
            malformed(path, row.line,
                      "a source spelling must have as many characters as the phrase");
          }
          add_phrase(source, target, true, priority);
        }
        if (space == std::string_view::npos) break;
        sources.remove_prefix(space + 1);
      }
    }
  }
}

const ScriptFolder::Phrase* ScriptFolder::match_phrase(const Units& units, std::size_t at) const {
  const std::size_t available = units.size() - at;
  if (available < 2) return nullptr;
  const char32_t first = fold_char(units[at].cp);
  const std::vector<Phrase>* list = bucket(first);
  const char32_t second = fold_char(units[at + 1].cp);
  if (list == nullptr || !may_pair(first, second)) return nullptr;
  // A matching phrase's second character folds like the input's (each input character either
  // is the phrase's character or folds into it, and images are folded already).
  const auto range =
      std::equal_range(list->begin(), list->end(), second, [](const auto& a, const auto& b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Phrase>) {
          return a.folded[1] < b;
        } else {
          return a < b.folded[1];
        }
      });
  for (const Phrase& phrase : std::ranges::subrange(range.first, range.second)) {
    if (phrase.pattern.size() > available) continue;
    bool ok = true;
    for (std::size_t k = 0; k < phrase.pattern.size() && ok; ++k) {
      const char32_t c = units[at + k].cp;
      const char32_t t = phrase.pattern[k];
      if (c == t) continue;
      // Loose match: a character the table changes into the phrase's own character (顯 for
      // 显). Sharing an image is not enough: 幹 and 乾 both fold to 干, but 幹道 is no 乾道.
      ok = !phrase.exact && image(c) != nullptr && fold_char(c) == t;
    }
    if (ok) return &phrase;
  }
  return nullptr;
}

namespace {

// Appends the UTF-8 encoding of a BMP code point at out[w], which has room.
inline std::size_t put_bmp(char* out, std::size_t w, char32_t cp) {
  if (cp < 0x800) {
    out[w] = static_cast<char>(0xC0 | (cp >> 6));
    out[w + 1] = static_cast<char>(0x80 | (cp & 0x3F));
    return w + 2;
  }
  out[w] = static_cast<char>(0xE0 | (cp >> 12));
  out[w + 1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[w + 2] = static_cast<char>(0x80 | (cp & 0x3F));
  return w + 3;
}

inline std::size_t put_code_point(char* out, std::size_t w, char32_t cp) {
  if (cp < 0x80) {
    out[w] = static_cast<char>(cp);
    return w + 1;
  }
  if (cp < 0x10000) return put_bmp(out, w, cp);
  out[w] = static_cast<char>(0xF0 | (cp >> 18));
  out[w + 1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[w + 2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[w + 3] = static_cast<char>(0x80 | (cp & 0x3F));
  return w + 4;
}

// Offsets of a folded stream, built piece by piece: consecutive same-length pieces over
// contiguous raw bytes are collected into one run and handed to the map at once (the map
// would merge them anyway; this only saves the calls).
class RunWriter {
 public:
  explicit RunWriter(OffsetMap& map) : map_(map) {}
  ~RunWriter() { flush(); }

  void piece(std::uint32_t raw_begin, std::uint32_t raw_length, std::uint32_t length) {
    if (raw_length == length) {
      if (raw_begin == run_begin_ + run_length_ && run_length_ != 0) {
        run_length_ += length;
        return;
      }
      flush();
      run_begin_ = raw_begin;
      run_length_ = length;
      return;
    }
    flush();
    map_.append_atomic(raw_begin, raw_length, length);
  }
  void flush() {
    if (run_length_ != 0) map_.append_linear(run_begin_, run_length_);
    run_length_ = 0;
  }

 private:
  OffsetMap& map_;
  std::uint32_t run_begin_ = 0;
  std::uint32_t run_length_ = 0;
};

}  // namespace

void ScriptFolder::fold(const Units& units, std::string& out, OffsetMap& offsets) const {
  const std::size_t n = units.size();
  std::size_t w = out.size();
  // Room for every unit at its widest BMP encoding; longer images grow the buffer below.
  out.resize(w + n * 3 + 8);
  char* buffer = out.data();
  const auto ensure = [&](std::size_t extra, std::size_t remaining_units) {
    const std::size_t need = w + extra + remaining_units * 3 + 8;
    if (need > out.size()) {
      out.resize(need * 2);
      buffer = out.data();
    }
  };
  RunWriter run(offsets);
  std::size_t i = 0;
  while (i < n) {
    const Unit& u = units[i];
    const char32_t cp = u.cp;
    if (cp < 0x80) {
      buffer[w++] = static_cast<char>(cp);
      run.piece(u.raw_begin, u.raw_length, 1);
      ++i;
      continue;
    }
    // A third of the characters of Chinese news (中 新 发 人 …) start some phrase, but the next
    // character rarely continues one: the pair filter lets such characters be copied here too.
    if (cp < 0x10000 &&
        (flags(cp) == 0 || (flags(cp) == PHRASE_START && !pair_follows(cp, units, i + 1)))) {
      const std::size_t before = w;
      w = put_bmp(buffer, w, cp);
      run.piece(u.raw_begin, u.raw_length, static_cast<std::uint32_t>(w - before));
      ++i;
      continue;
    }
    const Image* img = image(cp);
    // Most phrase starts (了, 于, 干 …) are followed by a character that starts no phrase with
    // them: the pair filter settles that before the phrase list is searched.
    if ((cp >= 0x10000 || (flags(cp) & PHRASE_START) != 0) && i + 1 < n &&
        may_pair(fold_char(cp), fold_char(units[i + 1].cp))) {
      if (const Phrase* phrase = match_phrase(units, i)) {
        const std::size_t length = phrase->pattern.size();
        ensure(phrase->target_utf8.size(), n - i);
        if (phrase->target.size() == length) {
          // Same number of characters: each keeps its own raw bytes, so spans inside the
          // phrase stay exact.
          for (std::size_t k = 0; k < length; ++k) {
            const std::size_t before = w;
            w = put_code_point(buffer, w, phrase->target[k]);
            run.piece(units[i + k].raw_begin, units[i + k].raw_length,
                      static_cast<std::uint32_t>(w - before));
          }
        } else {
          const Unit& last = units[i + length - 1];
          std::copy(phrase->target_utf8.begin(), phrase->target_utf8.end(), buffer + w);
          w += phrase->target_utf8.size();
          run.piece(u.raw_begin, last.raw_begin + last.raw_length - u.raw_begin,
                    static_cast<std::uint32_t>(phrase->target_utf8.size()));
        }
        i += length;
        continue;
      }
    }
    if (img != nullptr && img->ambiguous && !traditional_context(units, i)) img = nullptr;
    const std::size_t before = w;
    if (img != nullptr && img->single != 0 && img->single < 0x10000) {
      // The common case of traditional text (國 → 国): at most three bytes, which the buffer
      // always has room for.
      w = put_code_point(buffer, w, img->single);
    } else if (img != nullptr) {
      ensure(img->utf8.size(), n - i);
      std::copy(img->utf8.begin(), img->utf8.end(), buffer + w);
      w += img->utf8.size();
    } else {
      ensure(4, n - i);
      w = put_code_point(buffer, w, cp);
    }
    run.piece(u.raw_begin, u.raw_length, static_cast<std::uint32_t>(w - before));
    ++i;
  }
  run.flush();
  out.resize(w);
}

}  // namespace suyuan::detail
