/// @file accuracy_test.cpp
/// @brief Traditional → simplified character accuracy of line-mode folding on the shared
/// parallel data (../shared/data/tradsimp). Thresholds are the figures achieved; the benchmark
/// prints uconv's and OpenCC's figures beside ours.
#include <catch2/catch.hpp>
#include <fstream>

#include "normalize_test_util.h"
#include "suyuan/core/utf8.h"
#include "test_support.h"

namespace {

struct Score {
  std::size_t chars = 0;
  std::size_t errors = 0;
  std::size_t lines = 0;
  std::size_t exact = 0;
  double accuracy() const {
    return chars == 0 ? 0 : 100.0 * double(chars - errors) / double(chars);
  }
};

// Conventions that are not script conversion do not count: corner quotes versus curly quotes
// (we keep 「」), and full-width punctuation that width folding turns into ASCII where the
// reference writes the Chinese form (．→. versus 。).
char32_t convention(char32_t cp) {
  switch (cp) {
    case U'「':
      return U'“';
    case U'」':
      return U'”';
    case U'『':
      return U'‘';
    case U'』':
      return U'’';
    case U'。':
      return U'.';
    default:
      break;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp == 0x3000) return U' ';
  return cp;
}

std::u32string canonical(const std::string& text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size()) out.push_back(convention(suyuan::utf8::decode(text, pos)));
  return out;
}

void score_line(Score& score, const std::string& input, const std::string& expected) {
  const std::u32string want = canonical(expected);
  const std::u32string got = canonical(suyuan::test::fold(input));
  ++score.lines;
  score.chars += want.size();
  std::size_t errors = 0;
  if (got.size() != want.size()) {
    errors = want.size();
  } else {
    for (std::size_t i = 0; i < want.size(); ++i) errors += got[i] != want[i];
  }
  score.errors += errors;
  score.exact += errors == 0;
}

Score score_tsv(const std::filesystem::path& path) {
  Score score;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    score_line(score, line.substr(0, tab), line.substr(tab + 1));
  }
  return score;
}

std::filesystem::path tradsimp() { return suyuan::test::shared_data_dir() / "tradsimp"; }

}  // namespace

TEST_CASE("accuracy on UD GSD dev (traditional → simplified)", "[normalize][accuracy]") {
  if (!std::filesystem::exists(tradsimp())) {
    WARN("no ../shared/data/tradsimp: skipped");
    return;
  }
  const Score score = score_tsv(tradsimp() / "ud_gsd_dev.tsv");
  INFO("accuracy " << score.accuracy() << "%, exact " << score.exact << "/" << score.lines);
  CHECK(score.lines == 500);
  CHECK(score.accuracy() >= 99.98);  // uconv 99.955 %, OpenCC 99.880 %
  CHECK(score.exact >= 498);
}

TEST_CASE("accuracy on OpenCC t2s/tw2s/hk2s cases", "[normalize][accuracy]") {
  if (!std::filesystem::exists(tradsimp())) {
    WARN("no ../shared/data/tradsimp: skipped");
    return;
  }
  const Score tsv = score_tsv(tradsimp() / "opencc_t2s.tsv");
  INFO("opencc_t2s.tsv accuracy " << tsv.accuracy() << "%, exact " << tsv.exact << "/"
                                  << tsv.lines);
  CHECK(tsv.accuracy() >= 96.0);  // uconv 93.9 %, OpenCC 93.6 % on the same rows

  Score cases;
  std::ifstream in(tradsimp() / "opencc_cases.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json c = nlohmann::json::parse(line);
    const std::string config = c.at("config");
    if (config != "t2s" && config != "tw2s" && config != "hk2s") continue;
    score_line(cases, c.at("input"), c.at("expected"));
  }
  INFO("opencc_cases t2s/tw2s/hk2s accuracy " << cases.accuracy() << "%, exact " << cases.exact
                                              << "/" << cases.lines);
  CHECK(cases.lines > 0);
  CHECK(cases.accuracy() >= 96.0);
}
