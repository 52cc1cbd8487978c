/// @file bench_support.cpp
/// @brief News loading, percentiles and peer-tool timing for the benchmarks.
#include "bench_support.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

namespace suyuan::bench {

std::filesystem::path shared_data_dir() { return SUYUAN_SHARED_DATA_DIR; }
std::filesystem::path source_dir() { return SUYUAN_SOURCE_DIR; }

std::vector<NewsArticle> load_news(std::size_t limit) {
  std::vector<NewsArticle> articles;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(shared_data_dir() / "news")) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    while (articles.size() < limit && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line);
      auto text = [&](const char* key) {
        return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
      };
      articles.push_back({text("id"), text("title"), text("text"), text("date"), text("script")});
    }
  }
  return articles;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * values.size()));
  return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double time_command(const std::string& command, const std::string& input) {
  auto start = std::chrono::steady_clock::now();
  FILE* pipe = popen((command + " > /dev/null 2>&1").c_str(), "w");
  if (pipe == nullptr) return -1;
  std::fwrite(input.data(), 1, input.size(), pipe);
  int status = pclose(pipe);
  double elapsed = seconds_since(start);
  return status == 0 ? elapsed : -1;
}

}  // namespace suyuan::bench
