/// @file paths.cpp
/// @brief Data and database path resolution.
#include "suyuan/core/paths.h"

#include <cstdlib>

namespace suyuan {

std::filesystem::path resolve_data_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("SUYUAN_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  if (std::filesystem::is_directory(SUYUAN_SOURCE_DATA_DIR, ec)) return SUYUAN_SOURCE_DATA_DIR;
  return SUYUAN_INSTALLED_DATA_DIR;
}

std::filesystem::path resolve_database(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (const char* env = std::getenv("SUYUAN_DB"); env != nullptr && *env != '\0') return env;
  return "suyuan.db";
}

}  // namespace suyuan
