/// @file gazetteer.h
/// @brief Chips, organisations, people and media with their aliases in every script, plus the
/// regional vocabulary groups (芯片/晶片). Read from data/extract; used by the extract stage to
/// recognise entities and by the search stage to make regional aliases find each other.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "suyuan/core/byte_range.h"

namespace suyuan {

class Normalizer;

/// What a known entity is (the `kind` column of entities.tsv: chip, org, person, media, place).
enum class EntityKind { CHIP, ORG, PERSON, MEDIA, PLACE };

/// The data file's name of `kind` ("chip", "org", …).
std::string_view name_of(EntityKind kind);

/// One known entity.
struct Entity {
  std::string id;  ///< canonical id: "nvidia-h20", "nvidia", "jensen-huang", "reuters"
  EntityKind kind = EntityKind::ORG;
  std::string vendor;   ///< chip maker or the organisation a person speaks for; empty if none
  std::string display;  ///< display name
  std::vector<std::string> aliases;         ///< as written in the data file (any script)
  std::vector<std::string> folded_aliases;  ///< aliases folded like documents (simplified)
};

/// An entity found in normalized text.
struct EntityMatch {
  ByteRange normalized;  ///< normalized byte range
  const Entity* entity = nullptr;
};

/**
 * Loads `entities.tsv` and `regional_vocabulary.tsv` from `data_dir` (data/extract). Aliases
 * are folded with `normalizer`, so 輝達 in the data matches 辉达 in normalized text. Matching
 * is longest-first; Latin/digit aliases match case-insensitively and only as whole words
 * (H20 never inside H200). Throws Error(NOT_FOUND / CORRUPT_INDEX) for missing or malformed
 * files. Thread-safe after construction.
 */
class Gazetteer {
 public:
  Gazetteer(const std::filesystem::path& data_dir, const Normalizer& normalizer);

  /// All entities, in file order.
  const std::vector<Entity>& entities() const { return entities_; }
  /// The entity with this id, or nullptr.
  const Entity* find(std::string_view id) const;
  /// The entity one of whose folded aliases equals `folded_text` (case-insensitive), or nullptr.
  const Entity* lookup_alias(std::string_view folded_text) const;

  /// Non-overlapping entity matches in normalized text, in order.
  std::vector<EntityMatch> match(std::string_view normalized_text) const;

  /// Regional vocabulary groups (folded), first form mainland usage.
  const std::vector<std::vector<std::string>>& vocabulary_groups() const { return vocabulary_; }

 private:
  std::vector<Entity> entities_;
  std::map<std::string, std::size_t> by_id_;
  /// Lower-cased folded alias → entity index.
  std::map<std::string, std::size_t, std::less<>> by_alias_;
  /// Aliases with their entity index by first character (its UTF-8 bytes packed in an
  /// integer), longest first: the only ones worth comparing at a position. Most characters of
  /// a text start no alias, so match() pays one hash lookup for them.
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::string, std::size_t>>>
      aliases_by_first_char_;
  std::vector<std::vector<std::string>> vocabulary_;
};

}  // namespace suyuan
