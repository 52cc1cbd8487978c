/// @file paths.h
/// @brief Where executables find their data files and database when not told explicitly.
#pragma once

#include <filesystem>
#include <string>

namespace suyuan {

/// Data directory: `explicit_dir` if non-empty, else $SUYUAN_DATA, else the source tree's
/// data/ (for a build tree), else the installed share/suyuan.
std::filesystem::path resolve_data_dir(const std::string& explicit_dir = {});

/// Database directory: `explicit_path` if non-empty, else $SUYUAN_DB, else "suyuan.db".
std::filesystem::path resolve_database(const std::string& explicit_path = {});

}  // namespace suyuan
