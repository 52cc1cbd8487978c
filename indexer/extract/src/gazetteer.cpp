/// @file gazetteer.cpp
/// @brief Entity data loading and longest-match alias recognition.
#include "suyuan/extract/gazetteer.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan {
namespace {

/// The UTF-8 bytes of the character at `pos`, packed into an integer: a cheap hash key.
std::uint32_t first_char_key(std::string_view text, std::size_t pos) {
  const std::size_t length = utf8::sequence_length(static_cast<unsigned char>(text[pos]));
  std::uint32_t key = 0;
  for (std::size_t k = pos; k < pos + length && k < text.size(); ++k)
    key = key << 8 | static_cast<unsigned char>(text[k]);
  return key;
}

// ASCII only, as std::tolower and std::isalnum are in the C locale, without their call per byte
// (the whole text is lowered and tested byte by byte).
std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool is_word_byte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  return parts;
}

/// Data lines without comments and blank lines, with their line numbers.
std::vector<std::pair<int, std::string>> data_lines(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + file.string());
  std::vector<std::pair<int, std::string>> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    lines.emplace_back(number, line);
  }
  return lines;
}

constexpr std::pair<std::string_view, EntityKind> ENTITY_KINDS[] = {{"chip", EntityKind::CHIP},
                                                                    {"org", EntityKind::ORG},
                                                                    {"person", EntityKind::PERSON},
                                                                    {"media", EntityKind::MEDIA},
                                                                    {"place", EntityKind::PLACE}};

/// The `kind` column; anything else is a damaged data file.
EntityKind entity_kind(const std::string& name, const std::string& where) {
  for (const auto& [n, kind] : ENTITY_KINDS)
    if (name == n) return kind;
  throw Error(ErrorKind::CORRUPT_INDEX, where + ": unknown entity kind '" + name + "'");
}

}  // namespace

std::string_view name_of(EntityKind kind) {
  for (const auto& [name, k] : ENTITY_KINDS)
    if (k == kind) return name;
  return "org";
}

Gazetteer::Gazetteer(const std::filesystem::path& data_dir, const Normalizer& normalizer) {
  const auto file = data_dir / "entities.tsv";
  for (const auto& [number, line] : data_lines(file)) {
    auto columns = split(line, '\t');
    if (columns.size() != 5) {
      throw Error(ErrorKind::CORRUPT_INDEX, file.string() + ":" + std::to_string(number) +
                                                ": expected 5 tab-separated columns");
    }
    Entity entity{columns[0],
                  entity_kind(columns[1], file.string() + ":" + std::to_string(number)),
                  columns[2] == "-" ? "" : columns[2],
                  columns[3],
                  split(columns[4], '|'),
                  {}};
    for (const auto& alias : entity.aliases) {
      const std::string folded = lower_ascii(normalizer.fold_query(alias));
      if (folded.empty()) continue;
      entity.folded_aliases.push_back(folded);
    }
    if (by_id_.count(entity.id)) {
      throw Error(ErrorKind::CORRUPT_INDEX,
                  file.string() + ":" + std::to_string(number) + ": duplicate id " + entity.id);
    }
    by_id_[entity.id] = entities_.size();
    for (const auto& folded : entity.folded_aliases) {
      if (!by_alias_.emplace(folded, entities_.size()).second) continue;  // first entity wins
      aliases_by_first_char_[first_char_key(folded, 0)].emplace_back(folded, entities_.size());
    }
    entities_.push_back(std::move(entity));
  }
  for (auto& [key, aliases] : aliases_by_first_char_) {
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
  for (const auto& [number, line] : data_lines(data_dir / "regional_vocabulary.tsv")) {
    std::vector<std::string> group;
    for (const auto& form : split(line, '|'))
      group.push_back(lower_ascii(normalizer.fold_query(form)));
    if (group.size() < 2) {
      throw Error(ErrorKind::CORRUPT_INDEX, "regional_vocabulary.tsv:" + std::to_string(number) +
                                                ": a group needs two forms");
    }
    vocabulary_.push_back(std::move(group));
  }
}

const Entity* Gazetteer::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

const Entity* Gazetteer::lookup_alias(std::string_view folded_text) const {
  auto it = by_alias_.find(lower_ascii(folded_text));
  return it == by_alias_.end() ? nullptr : &entities_[it->second];
}

std::vector<EntityMatch> Gazetteer::match(std::string_view text) const {
  const std::string lowered = lower_ascii(text);
  std::vector<EntityMatch> matches;
  std::size_t pos = 0;
  while (pos < lowered.size()) {
    // Latin aliases start only at a word boundary.
    const bool word_start =
        pos == 0 || !is_word_byte(lowered[pos - 1]) || !is_word_byte(lowered[pos]);
    std::size_t best_length = 0;
    std::size_t best_entity = 0;
    const auto candidates = word_start ? aliases_by_first_char_.find(first_char_key(lowered, pos))
                                       : aliases_by_first_char_.end();
    if (candidates != aliases_by_first_char_.end()) {
      for (const auto& [alias, entity] : candidates->second) {
        if (alias.size() > lowered.size() - pos || lowered.compare(pos, alias.size(), alias) != 0)
          continue;
        const std::size_t end = pos + alias.size();
        if (is_word_byte(lowered[end - 1]) && end < lowered.size() && is_word_byte(lowered[end]))
          continue;
        best_length = alias.size();
        best_entity = entity;
        break;
      }
    }
    if (best_length > 0) {
      matches.push_back(
          {{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + best_length)},
           &entities_[best_entity]});
      pos += best_length;
    } else {
      pos += utf8::sequence_length(static_cast<unsigned char>(lowered[pos]));
    }
  }
  return matches;
}

}  // namespace suyuan
