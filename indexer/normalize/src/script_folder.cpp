/// @file script_folder.cpp
/// @brief Table-driven folding with phrase exceptions; the inner loop of the whole stage.
#include "script_folder.h"

#include <algorithm>
#include <cstring>

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
    : bmp_(0x10000, 0), info_(0x10000, 0), pair_bits_((std::size_t{1} << PAIR_BITS_LOG2) / 64, 0) {
  for (char32_t cp = 0; cp < 0x10000; ++cp) info_[cp] = cp;
  images_.reserve(fold_tables::CHAR_MAPPING_COUNT + 64);
  for (std::size_t i = 0; i < fold_tables::CHAR_MAPPING_COUNT; ++i) {
    set_char(fold_tables::CHAR_MAPPINGS[i].from, fold_tables::CHAR_MAPPINGS[i].to);
  }
  // Derived variants first: the hand-made table may override them.
  load_variants(data_dir / "opencc_variants.tsv");
  load_variants(data_dir / "variants.tsv");
  load_ambiguous(data_dir / "ambiguous_chars.tsv");
  // The character table is complete: its images and flags go into info_.
  for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
    const Image* img = image(cp);
    if (img == nullptr) continue;
    std::uint32_t info = HAS_IMAGE | (img->single != 0 ? img->single : fold_multi(*img, cp));
    if (img->single == 0 || img->single >= 0x10000) info |= MULTI;
    if (img->ambiguous) info |= AMBIGUOUS;
    // Script evidence: a Han character the table changes is traditional-only, unless ambiguous.
    if (cp >= 0x3400 && img->single != 0 && !img->ambiguous && utf8::is_han(cp)) {
      info |= TRADITIONAL;
    }
    info_[cp] = info;
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
  index_phrases();
}

void ScriptFolder::index_phrases() {
  // By folded first two characters (the matcher looks up only the phrases the next character
  // can continue), then longest first, then highest priority: the first match wins.
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const PendingPhrase& a, const PendingPhrase& b) {
                     if (a.folded[0] != b.folded[0]) return a.folded[0] < b.folded[0];
                     if (a.folded[1] != b.folded[1]) return a.folded[1] < b.folded[1];
                     if (a.pattern.size() != b.pattern.size()) {
                       return a.pattern.size() > b.pattern.size();
                     }
                     return a.priority > b.priority;
                   });
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    pairs += i == 0 || pending_[i].folded[0] != pending_[i - 1].folded[0] ||
             pending_[i].folded[1] != pending_[i - 1].folded[1];
  }
  std::size_t slots = 16;
  while (slots < pairs * 2) slots *= 2;
  pair_table_.assign(slots, PairSlot{});
  phrases_.reserve(pending_.size());
  for (const PendingPhrase& pending : pending_) {
    Phrase phrase{};
    phrase.pattern = static_cast<std::uint32_t>(chars_.size());
    chars_.insert(chars_.end(), pending.pattern.begin(), pending.pattern.end());
    phrase.target = static_cast<std::uint32_t>(chars_.size());
    chars_.insert(chars_.end(), pending.target.begin(), pending.target.end());
    phrase.target_utf8 = static_cast<std::uint32_t>(utf8_.size());
    for (char32_t cp : pending.target) utf8::append(utf8_, cp);
    phrase.target_utf8_length = static_cast<std::uint32_t>(utf8_.size()) - phrase.target_utf8;
    phrase.length = static_cast<std::uint16_t>(pending.pattern.size());
    phrase.target_length = static_cast<std::uint16_t>(pending.target.size());
    phrase.exact = pending.exact;
    phrase.priority = static_cast<std::int8_t>(pending.priority);
    const auto index = static_cast<std::uint32_t>(phrases_.size());
    phrases_.push_back(phrase);
    const std::uint64_t key = pair_key(pending.folded[0], pending.folded[1]);
    std::size_t slot = (key * 0x9E3779B97F4A7C15ull) >> 40 & (slots - 1);
    while (pair_table_[slot].key != 0 && pair_table_[slot].key != key) {
      slot = (slot + 1) & (slots - 1);
    }
    if (pair_table_[slot].key == 0) pair_table_[slot] = {key, index, index};
    pair_table_[slot].end = index + 1;
  }
  // Phrase starts: every BMP character whose image starts a phrase.
  std::vector<bool> starts(0x110000, false);
  for (const PendingPhrase& pending : pending_) starts[pending.folded[0]] = true;
  for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
    if (starts[info_[cp] & FOLDED_MASK]) info_[cp] |= PHRASE_START;
  }
  pending_ = {};
}

const ScriptFolder::PairSlot* ScriptFolder::pair_slot(char32_t first, char32_t second) const {
  const std::uint64_t key = pair_key(first, second);
  const std::size_t mask = pair_table_.size() - 1;
  std::size_t slot = (key * 0x9E3779B97F4A7C15ull) >> 40 & mask;
  while (pair_table_[slot].key != 0) {
    if (pair_table_[slot].key == key) return &pair_table_[slot];
    slot = (slot + 1) & mask;
  }
  return nullptr;
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
    const Image* standard = image(to[0]);
    std::string folded;
    utf8::append(folded, standard == nullptr     ? to[0]
                         : standard->single != 0 ? standard->single
                                                 : fold_multi(*standard, to[0]));
    set_char(from[0], folded);
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
    return cp < 0x10000 && (info_[cp] & TRADITIONAL) != 0;
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
  const std::uint32_t h = pair_hash(folded[0], folded[1]);
  pair_bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
  pending_.push_back({pattern, std::move(folded), target, exact, priority});
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

const ScriptFolder::Phrase* ScriptFolder::match_phrase(const Units& units, std::size_t at,
                                                       char32_t first, char32_t second) const {
  const PairSlot* slot = pair_slot(first, second);
  if (slot == nullptr) return nullptr;
  const std::size_t available = units.size() - at;
  const Unit* input = units.data() + at;
  for (std::uint32_t p = slot->begin; p < slot->end; ++p) {
    const Phrase& phrase = phrases_[p];
    if (phrase.length > available) continue;
    const char32_t* pattern = chars_.data() + phrase.pattern;
    bool ok = true;
    for (std::size_t k = 0; k < phrase.length && ok; ++k) {
      const char32_t c = input[k].cp;
      const char32_t t = pattern[k];
      if (c == t) continue;
      // Loose match: a character the table changes into the phrase's own character (顯 for
      // 显). Sharing an image is not enough: 幹 and 乾 both fold to 干, but 幹道 is no 乾道.
      ok = !phrase.exact && has_image(c) && fold_char(c) == t;
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
// would merge them anyway; this only saves the calls). Without a map it does nothing.
template <bool WITH_OFFSETS>
class RunWriter {
 public:
  explicit RunWriter(OffsetMap* map) : map_(map) {}
  ~RunWriter() { flush(); }

  void piece(std::uint32_t raw_begin, std::uint32_t raw_length, std::uint32_t length) {
    if constexpr (WITH_OFFSETS) {
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
      map_->append_atomic(raw_begin, raw_length, length);
    }
  }
  void flush() {
    if constexpr (WITH_OFFSETS) {
      if (run_length_ != 0) map_->append_linear(run_begin_, run_length_);
      run_length_ = 0;
    }
  }

 private:
  OffsetMap* map_;
  std::uint32_t run_begin_ = 0;
  std::uint32_t run_length_ = 0;
};

}  // namespace

void ScriptFolder::fold(const Units& units, std::string& out, OffsetMap& offsets) const {
  fold_impl<true>(units, out, &offsets);
}

void ScriptFolder::fold_text(const Units& units, std::string& out) const {
  fold_impl<false>(units, out, nullptr);
}

template <bool WITH_OFFSETS>
void ScriptFolder::fold_impl(const Units& units, std::string& out, OffsetMap* offsets) const {
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
  RunWriter<WITH_OFFSETS> run(offsets);
  const auto copy_bmp = [&](const Unit& u, char32_t cp) {
    const std::size_t before = w;
    w = put_bmp(buffer, w, cp);
    run.piece(u.raw_begin, u.raw_length, static_cast<std::uint32_t>(w - before));
  };
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
    const std::uint32_t info = cp < 0x10000 ? info_[cp] : 0;
    if (cp < 0x10000 && (info & (HAS_IMAGE | PHRASE_START)) == 0) {
      copy_bmp(u, cp);
      ++i;
      continue;
    }
    // A third of the characters of Chinese news (中 新 发 人 …) start some phrase, but the next
    // character rarely continues one: the pair filter settles that before the phrase table is
    // looked up.
    if ((cp >= 0x10000 || (info & PHRASE_START) != 0) && i + 1 < n) {
      const char32_t first = cp < 0x10000 ? info & FOLDED_MASK : fold_char(cp);
      const char32_t second = fold_char(units[i + 1].cp);
      const Phrase* phrase =
          may_pair(first, second) ? match_phrase(units, i, first, second) : nullptr;
      if (phrase != nullptr) {
        const std::size_t length = phrase->length;
        ensure(phrase->target_utf8_length, n - i);
        if (phrase->target_length == length) {
          // Same number of characters: each keeps its own raw bytes, so spans inside the
          // phrase stay exact.
          const char32_t* target = chars_.data() + phrase->target;
          for (std::size_t k = 0; k < length; ++k) {
            const std::size_t before = w;
            w = put_code_point(buffer, w, target[k]);
            run.piece(units[i + k].raw_begin, units[i + k].raw_length,
                      static_cast<std::uint32_t>(w - before));
          }
        } else {
          const Unit& last = units[i + length - 1];
          std::memcpy(buffer + w, utf8_.data() + phrase->target_utf8, phrase->target_utf8_length);
          w += phrase->target_utf8_length;
          run.piece(u.raw_begin, last.raw_begin + last.raw_length - u.raw_begin,
                    phrase->target_utf8_length);
        }
        i += length;
        continue;
      }
    }
    if (cp < 0x10000) {
      if ((info & HAS_IMAGE) == 0 || ((info & AMBIGUOUS) != 0 && !traditional_context(units, i))) {
        copy_bmp(u, cp);
        ++i;
        continue;
      }
      if ((info & MULTI) == 0) {
        // The common case of traditional text (國 → 国): three bytes at most, which the
        // buffer always has room for (an ASCII image, Ａ → A, takes one).
        const std::size_t before = w;
        w = put_code_point(buffer, w, info & FOLDED_MASK);
        run.piece(u.raw_begin, u.raw_length, static_cast<std::uint32_t>(w - before));
        ++i;
        continue;
      }
    }
    const Image* img = image(cp);
    if (img != nullptr && img->ambiguous && !traditional_context(units, i)) img = nullptr;
    const std::size_t before = w;
    if (img != nullptr) {
      ensure(img->utf8.size(), n - i);
      std::memcpy(buffer + w, img->utf8.data(), img->utf8.size());
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
