/// @file recognizer_specs_test.cpp
/// @brief The recognisers keep the F1 they reached on the Recognizers-Text Chinese specs:
/// one floor per spec file in tests/data/extract/recognizers_floors.tsv, cases that disagree
/// with our design listed with their reason in recognizers_skip.tsv.
#include "recognizer_specs.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>

#include "index_fixture.h"
#include "recognizers.h"

using namespace suyuan;

TEST_CASE("recogniser F1 on recognizers_zh stays above its floors", "[extract][recognizers]") {
  const auto data = test::source_dir() / "tests" / "data" / "extract";
  const auto floors = test::load_floors(data / "recognizers_floors.tsv");
  const auto skip = test::load_skip_list(data / "recognizers_skip.tsv");
  const auto figures = extract::FigureVocabulary::load(test::source_dir() / "data" / "extract");
  const auto dates = extract::DateVocabulary::load(test::source_dir() / "data" / "extract");
  REQUIRE(floors.size() == test::spec_files().size());
  for (const auto& file : test::spec_files()) {
    const auto score =
        test::score_spec_file(test::shared_normalizer(), figures, dates,
                              test::shared_data_dir() / "recognizers_zh", file, skip);
    INFO(file << ": P " << score.precision() << " R " << score.recall() << " F1 " << score.f1());
    CHECK(score.cases > 0);
    CHECK(score.f1() >= floors.at(file));
  }
}

TEST_CASE("every skipped recognizers_zh case exists and says why", "[extract][recognizers]") {
  const auto skip = test::load_skip_list(test::source_dir() / "tests" / "data" / "extract" /
                                         "recognizers_skip.tsv");
  std::map<std::string, std::set<std::string>> inputs;
  for (const auto& [key, reason] : skip) {
    if (!inputs.count(key.first)) {
      std::ifstream in(test::shared_data_dir() / "recognizers_zh" / key.first);
      REQUIRE(in);
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty())
          inputs[key.first].insert(nlohmann::json::parse(line)["Input"].get<std::string>());
      }
    }
    INFO(key.first << " | " << key.second);
    CHECK(inputs[key.first].count(key.second) == 1);
    CHECK(reason.size() >= 10);
  }
}
