/// @file json_data.h
/// @brief Reading the extract stage's JSON data files with the library's error convention.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "suyuan/core/error.h"

namespace suyuan::extract {

/// The parsed JSON of `file`: Error(NOT_FOUND) when it cannot be read, Error(CORRUPT_INDEX)
/// naming the file when it is not JSON.
nlohmann::json read_json_data(const std::filesystem::path& file);

/// Runs `read` on the parsed `file`. A key it needs that is missing or has the wrong type
/// (nlohmann's exceptions) becomes Error(CORRUPT_INDEX) naming the file, as a syntax error does.
template <class Read>
void read_json_data(const std::filesystem::path& file, Read&& read) {
  const nlohmann::json json = read_json_data(file);
  try {
    std::forward<Read>(read)(json);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
}

/// The strings of a JSON array as code points, longest first (stable): word lists are matched
/// longest word first.
std::vector<std::u32string> words_longest_first(const nlohmann::json& list);

}  // namespace suyuan::extract
