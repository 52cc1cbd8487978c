/// @file script_folder.cpp
/// @brief Table-driven folding with phrase exceptions; the inner loop of the whole stage.
#include "script_folder.h"

#include <algorithm>

#include "data_file.h"
#include "fold_tables.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

namespace {

constexpr int PRIORITY_ICU = 0;
constexpr int PRIORITY_PHRASES = 1;
constexpr int PRIORITY_PROTECTED = 2;

}  // namespace

ScriptFolder::ScriptFolder(const std::filesystem::path& data_dir)
    : bmp_(0x10000, 0), traditional_(0x10000, 0), phrase_start_(0x10000, 0) {
  images_.reserve(fold_tables::CHAR_MAPPING_COUNT + 64);
  for (std::size_t i = 0; i < fold_tables::CHAR_MAPPING_COUNT; ++i) {
    set_char(fold_tables::CHAR_MAPPINGS[i].from, fold_tables::CHAR_MAPPINGS[i].to);
  }
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
  load_phrase_file(data_dir / "phrases.tsv", PRIORITY_PHRASES);
  load_phrase_file(data_dir / "protected_names.tsv", PRIORITY_PROTECTED);
  for (auto& [first, list] : phrases_) {
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      if (a.pattern.size() != b.pattern.size()) return a.pattern.size() > b.pattern.size();
      return a.priority > b.priority;
    });
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

char32_t ScriptFolder::fold_char(char32_t cp) const {
  const Image* img = image(cp);
  if (img == nullptr) return cp;
  if (img->single != 0) return img->single;
  return img->utf8.empty() ? cp : to_u32(img->utf8)[0];
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
  const char32_t key = fold_char(pattern[0]);
  std::string target_utf8;
  for (char32_t cp : target) utf8::append(target_utf8, cp);
  phrases_[key].push_back({pattern, target, std::move(target_utf8), exact, priority});
  if (key < 0x10000) phrase_start_[key] = 1;
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
  auto it = phrases_.find(fold_char(units[at].cp));
  if (it == phrases_.end()) return nullptr;
  const std::size_t available = units.size() - at;
  for (const Phrase& phrase : it->second) {
    if (phrase.pattern.size() > available) continue;
    bool ok = true;
    for (std::size_t k = 0; k < phrase.pattern.size() && ok; ++k) {
      const char32_t c = units[at + k].cp;
      const char32_t t = phrase.pattern[k];
      if (c == t) continue;
      // Loose match: a character the table changes counts as its image's spelling.
      ok = !phrase.exact && image(c) != nullptr && fold_char(c) == fold_char(t);
    }
    if (ok) return &phrase;
  }
  return nullptr;
}

void ScriptFolder::fold(const Units& units, std::string& out, OffsetMap& offsets) const {
  out.reserve(out.size() + units.size() * 3);
  const std::size_t n = units.size();
  std::size_t i = 0;
  while (i < n) {
    const Unit& u = units[i];
    if (u.cp < 0x80) {
      out.push_back(static_cast<char>(u.cp));
      offsets.append_atomic(u.raw_begin, u.raw_length, 1);
      ++i;
      continue;
    }
    const Image* img = image(u.cp);
    const char32_t folded = img != nullptr && img->single != 0 ? img->single : u.cp;
    if (may_start_phrase(folded)) {
      if (const Phrase* phrase = match_phrase(units, i)) {
        const std::size_t length = phrase->pattern.size();
        if (phrase->target.size() == length) {
          // Same number of characters: each keeps its own raw bytes, so spans inside the
          // phrase stay exact.
          for (std::size_t k = 0; k < length; ++k) {
            const std::size_t before = out.size();
            utf8::append(out, phrase->target[k]);
            offsets.append_atomic(units[i + k].raw_begin, units[i + k].raw_length,
                                  static_cast<std::uint32_t>(out.size() - before));
          }
        } else {
          const Unit& last = units[i + length - 1];
          out += phrase->target_utf8;
          offsets.append_atomic(u.raw_begin, last.raw_begin + last.raw_length - u.raw_begin,
                                static_cast<std::uint32_t>(phrase->target_utf8.size()));
        }
        i += length;
        continue;
      }
    }
    const std::size_t before = out.size();
    if (img != nullptr && img->ambiguous && !traditional_context(units, i)) img = nullptr;
    if (img != nullptr) {
      out += img->utf8;
    } else {
      utf8::append(out, u.cp);
    }
    offsets.append_atomic(u.raw_begin, u.raw_length,
                          static_cast<std::uint32_t>(out.size() - before));
    ++i;
  }
}

}  // namespace suyuan::detail
