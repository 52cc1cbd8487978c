/// @file bench_support.h
/// @brief Shared by the benchmark programs: the news corpus, timing, percentiles.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace suyuan::bench {

/// One article of ../shared/data/news.
struct NewsArticle {
  std::string id;
  std::string title;
  std::string text;
  std::string date;    ///< YYYY-MM-DD or empty
  std::string script;  ///< "simplified" or "traditional"
};

std::filesystem::path shared_data_dir();
std::filesystem::path source_dir();

/// Articles of every news/*.jsonl file (not news/extra), in file order; at most `limit`.
std::vector<NewsArticle> load_news(std::size_t limit = SIZE_MAX);

/// Seconds since `start`.
inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// The p-th percentile (0..100) of `values` (sorted copy, nearest rank).
double percentile(std::vector<double> values, double p);

/// Runs a shell command, feeding `input` on stdin, discarding stdout; returns wall seconds,
/// or a negative number when the command failed or is not installed.
double time_command(const std::string& command, const std::string& input);

}  // namespace suyuan::bench
