/// @file first_mention.h
/// @brief Runs the real Extractor on a short text and returns its first mention of a kind:
/// the small-input helper of the recogniser tests.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "index_fixture.h"

namespace suyuan::test {

/// The first mention of `kind` (its JSON name) in `text` (its fields plus "text", "start" and
/// "end"), or null.
inline nlohmann::json first_mention(const std::string& text, const std::string& kind,
                                    const std::string& reference = "2025-12-14") {
  const auto document = shared_normalizer().normalize(text, SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = reference;
  for (const Mention& m : shared_extractor().extract(document, text, options).mentions) {
    if (name_of(m.kind) == kind) {
      nlohmann::json j = to_json(m);
      j.erase("kind");
      return j;
    }
  }
  return nullptr;
}

}  // namespace suyuan::test
