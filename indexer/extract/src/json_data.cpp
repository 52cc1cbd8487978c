/// @file json_data.cpp
/// @brief Reading the extract stage's JSON data files with the library's error convention.
#include "json_data.h"

#include <fstream>

namespace suyuan::extract {

nlohmann::json read_json_data(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + file.string());
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
}

}  // namespace suyuan::extract
