/// @file json_data.cpp
/// @brief Reading the extract stage's JSON data files with the library's error convention.
#include "json_data.h"

#include <algorithm>
#include <fstream>

#include "code_points.h"

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

std::vector<std::u32string> words_longest_first(const nlohmann::json& list) {
  std::vector<std::u32string> out;
  for (const auto& w : list) out.push_back(to_u32(w.get<std::string>()));
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

}  // namespace suyuan::extract
