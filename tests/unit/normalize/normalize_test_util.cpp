/// @file normalize_test_util.cpp
/// @brief Shared normalizer instance for the normalize tests.
#include "normalize_test_util.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace suyuan::test {

const Normalizer& normalizer() {
  static const Normalizer instance({data_dir() / "normalize"});
  return instance;
}

std::string fold(std::string_view text) { return normalizer().fold(text).text; }

bool on_boundaries(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  const auto boundary = [&](std::uint32_t at) {
    return at == text.size() ||
           (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
  };
  return begin <= end && end <= text.size() && boundary(begin) && boundary(end);
}

std::vector<NewsArticle> shared_news_sample(std::size_t per_file) {
  std::vector<NewsArticle> sample;
  const auto news = shared_data_dir() / "news";
  if (!std::filesystem::exists(news)) return sample;
  for (const char* file :
       {"xwlb_cctv_2022-2026.jsonl", "news_2018_p233.jsonl", "appledaily_tw_2006_aitlas.jsonl"}) {
    std::ifstream in(news / file);
    std::string line;
    for (std::size_t i = 0; i < per_file && std::getline(in, line); ++i) {
      sample.push_back({nlohmann::json::parse(line).at("text").get<std::string>(),
                        std::string(file) + ":" + std::to_string(i + 1)});
    }
  }
  return sample;
}

}  // namespace suyuan::test
