/// @file test_support.h
/// @brief Paths and helpers shared by every test executable.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace suyuan::test {

/// Root of the source tree (CMake passes it in; tests never rely on the working directory).
std::filesystem::path source_dir();
/// ../shared/data beside the checkout (real external data for data-driven tests).
std::filesystem::path shared_data_dir();
/// data/ in the source tree.
std::filesystem::path data_dir();
/// corpus/ in the source tree.
std::filesystem::path corpus_dir();
/// Directory holding the built executables (suyuan-index, suyuan-search, suyuan-web).
std::filesystem::path binary_dir();

/// Whole file as bytes; throws std::runtime_error when unreadable.
std::string read_file(const std::filesystem::path& path);
/// Writes bytes to a file, creating parent directories.
void write_file(const std::filesystem::path& path, const std::string& bytes);

/// Writes the first `per_file` articles of every ../shared/data/news file into `corpus` as
/// `<prefix><n>.txt` (title, blank line, text; n counts across files): a corpus of real news.
void write_news_articles(const std::filesystem::path& corpus, std::size_t per_file,
                         const std::string& prefix);

/// True when SUYUAN_UPDATE_GOLDEN=1: golden tests rewrite their .out.json instead of comparing.
bool update_golden();

/// A fresh empty directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Result of running a command through the shell.
struct CommandResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};
/// Runs argv (no shell interpretation of arguments) and captures stdout and stderr.
CommandResult run_command(const std::vector<std::string>& argv, const std::string& stdin_data = "");

}  // namespace suyuan::test
