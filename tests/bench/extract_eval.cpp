/// @file extract_eval.cpp
/// @brief Precision/recall of the figure and date recognisers on the Chinese test specs of
/// Microsoft Recognizers-Text (../shared/data/recognizers_zh), and extraction throughput on the
/// news corpus next to normalization alone.
///
/// A predicted span counts when it equals the expected one ("strict") or overlaps it
/// ("overlap"). Specs' Start/End are inclusive UTF-16 offsets; ours are raw byte offsets,
/// converted here. For DateTime specs only calendar results (date, daterange) count: times,
/// durations and sets are out of suyuan's scope. Cases listed in
/// tests/data/extract/recognizers_skip.tsv are left out, each with its reason. Usage: extract_eval
/// [--specs-only] [--floors FILE]: with --floors (lines "spec-file<TAB>minimum strict F1"), exit 1
/// when a file scores below its floor — the ctest `extract_recognizer_floors` runs it that way so
/// the scores never regress.
#include <chrono>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>

#include "bench_support.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/normalize/normalizer.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

/// UTF-16 offset of every byte offset of `text`.
std::vector<std::size_t> utf16_offsets(const std::string& text) {
  std::vector<std::size_t> out(text.size() + 1, 0);
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out[i] = units;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  out[text.size()] = units;
  return out;
}

struct Score {
  std::size_t expected = 0, predicted = 0, strict = 0, overlap = 0, skipped = 0;
  double f1(std::size_t hits) const {
    if (expected == 0 || predicted == 0) return 0;
    const double p = static_cast<double>(hits) / predicted,
                 r = static_cast<double>(hits) / expected;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

/// Which of our mention kinds a spec file is about.
std::set<std::string> kinds_for(const std::string& file) {
  if (file.find("Percent") != std::string::npos) return {"percent"};
  if (file.find("Currency") != std::string::npos) return {"money"};
  if (file.find("Dimension") != std::string::npos) return {"quantity"};
  if (file.find("DateTime/") == 0) return {"date"};
  return {"number", "percent", "money", "quantity", "ratio"};
}

}  // namespace

int main(int argc, char** argv) {
  bool specs_only = false;
  std::map<std::string, double> floors;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--specs-only")) specs_only = true;
    if (!std::strcmp(argv[i], "--floors") && i + 1 < argc) {
      std::ifstream in(argv[++i]);
      std::string file;
      double floor = 0;
      while (in >> file >> floor) {
        if (file[0] != '#') floors[file] = floor;
      }
    }
  }
  const Normalizer normalizer({bench::source_dir() / "data/normalize"});
  const Extractor extractor({bench::source_dir() / "data/extract"});

  std::set<std::pair<std::string, std::string>> skipped;
  {
    std::ifstream skip(bench::source_dir() / "tests/data/extract/recognizers_skip.tsv");
    std::string line;
    while (std::getline(skip, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t'), tab2 = line.find('\t', tab + 1);
      if (tab != std::string::npos)
        skipped.emplace(line.substr(0, tab), line.substr(tab + 1, tab2 - tab - 1));
    }
  }

  const std::vector<std::string> files = {"Number/NumberModel.jsonl",
                                          "Number/PercentModel.jsonl",
                                          "Number/NumberRangeModel.jsonl",
                                          "NumberWithUnit/CurrencyModel.jsonl",
                                          "NumberWithUnit/DimensionModel.jsonl",
                                          "DateTime/DateExtractor.jsonl",
                                          "DateTime/DatePeriodExtractor.jsonl",
                                          "DateTime/DateTimeModel.jsonl"};
  bool below = false;
  std::cout << std::left << std::setw(38) << "file" << std::right << std::setw(7) << "cases"
            << std::setw(6) << "skip" << std::setw(9) << "P" << std::setw(9) << "R" << std::setw(9)
            << "F1" << std::setw(12) << "F1 overlap\n";
  for (const auto& file : files) {
    std::ifstream in(bench::shared_data_dir() / "recognizers_zh" / file);
    if (!in) {
      std::cerr << "extract_eval: missing " << file << "\n";
      return 1;
    }
    const auto kinds = kinds_for(file);
    Score score;
    std::size_t cases = 0;
    std::string line;
    while (std::getline(in, line)) {
      const auto spec = nlohmann::json::parse(line);
      const std::string input = spec.at("Input").get<std::string>();
      ++cases;
      if (skipped.count({file, input})) {
        ++score.skipped;
        continue;
      }
      // Specs without a context ran against the current time in .NET; any fixed date does for
      // span matching.
      std::string reference = "2017-03-22";
      if (spec.contains("Context") && spec["Context"].contains("ReferenceDateTime")) {
        reference = spec["Context"]["ReferenceDateTime"].get<std::string>().substr(0, 10);
      }
      std::set<std::pair<std::size_t, std::size_t>> expected, predicted;
      for (const auto& r : spec.at("Results")) {
        const std::string type = r.value("TypeName", r.value("Type", ""));
        // We extract calendar dates and date ranges; times of day, durations and recurring
        // sets ("每周一") are out of scope, so those expected results are not counted.
        const bool calendar = type == "date" || type == "daterange" || type == "datetimeV2.date" ||
                              type == "datetimeV2.daterange";
        if (file.find("DateTime/") == 0 && !calendar) continue;
        const std::size_t start = r.at("Start").get<std::size_t>();
        const std::size_t end = r.contains("End") ? r["End"].get<std::size_t>() + 1
                                                  : start + r.at("Length").get<std::size_t>();
        expected.emplace(start, end);
      }
      try {
        const auto document = normalizer.normalize(input, SourceFormat::TEXT);
        const auto offsets = utf16_offsets(input);
        for (const Mention& m : extractor.extract(document, input, {reference}).mentions) {
          if (kinds.count(m.kind)) predicted.emplace(offsets[m.raw.begin], offsets[m.raw.end]);
        }
      } catch (const std::exception&) {
        // An input the normalizer rejects predicts nothing.
      }
      score.expected += expected.size();
      score.predicted += predicted.size();
      for (const auto& e : expected) {
        if (predicted.count(e)) ++score.strict;
        for (const auto& p : predicted) {
          if (p.first < e.second && e.first < p.second) {
            ++score.overlap;
            break;
          }
        }
      }
    }
    const double p = score.predicted ? static_cast<double>(score.strict) / score.predicted : 0;
    const double r = score.expected ? static_cast<double>(score.strict) / score.expected : 0;
    std::cout << std::left << std::setw(38) << file << std::right << std::setw(7) << cases
              << std::setw(6) << score.skipped << std::fixed << std::setprecision(3) << std::setw(9)
              << p << std::setw(9) << r << std::setw(9) << score.f1(score.strict) << std::setw(11)
              << score.f1(score.overlap) << "\n";
    if (floors.count(file) && score.f1(score.strict) < floors[file]) {
      std::cerr << "extract_eval: " << file << " F1 " << score.f1(score.strict)
                << " is below its floor " << floors[file] << "\n";
      below = true;
    }
  }
  if (specs_only) return below ? 1 : 0;

  // Throughput: extraction after normalization, against normalization alone, one thread.
  const auto articles = bench::load_news();
  std::size_t bytes = 0, mentions = 0;
  std::vector<NormalizedDocument> documents;
  auto start = std::chrono::steady_clock::now();
  for (const auto& a : articles) {
    documents.push_back(normalizer.normalize(a.text, SourceFormat::TEXT));
    bytes += a.text.size();
  }
  const double normalize_seconds = bench::seconds_since(start);
  start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < articles.size(); ++i) {
    mentions +=
        extractor.extract(documents[i], articles[i].text, {articles[i].date}).mentions.size();
  }
  const double extract_seconds = bench::seconds_since(start);
  std::cout << "\nnews corpus: " << articles.size() << " articles, " << bytes / 1e6 << " MB, "
            << mentions << " mentions\nnormalize: " << bytes / 1e6 / normalize_seconds
            << " MB/s; extract: " << bytes / 1e6 / extract_seconds
            << " MB/s; normalize + extract: " << bytes / 1e6 / (normalize_seconds + extract_seconds)
            << " MB/s\n";
  return below || mentions == 0 ? 1 : 0;
}
