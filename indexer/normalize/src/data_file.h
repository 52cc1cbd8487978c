/// @file data_file.h
/// @brief Reading the normalizer's data files with the library's error convention.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace suyuan::detail {

/// Whole file; throws Error(NOT_FOUND) when it cannot be read.
std::string read_data_file(const std::filesystem::path& path);

/// Non-comment, non-blank lines of a TSV data file split at tabs, with their 1-based line
/// numbers. '#' starts a comment line. Throws Error(CORRUPT_INDEX) on invalid UTF-8.
struct TsvRow {
  std::size_t line;
  std::vector<std::string> fields;
};
std::vector<TsvRow> read_tsv(const std::filesystem::path& path);

/// Error(CORRUPT_INDEX) naming the file and line.
[[noreturn]] void malformed(const std::filesystem::path& path, std::size_t line,
                            std::string_view what);

/// UTF-8 → UTF-32 for short data strings.
std::u32string to_u32(std::string_view utf8);

}  // namespace suyuan::detail
