/// @file golden_test.cpp
/// @brief Golden cases under tests/golden/extract: `<case>.out.json` is the expected extraction
/// of `<case>.in.txt`, or of corpus/<case>.txt for every corpus article. The expected form is
/// made for review: one line per mention, claims with the fields that carry meaning.
/// SUYUAN_UPDATE_GOLDEN=1 writes the expectations; read them in the diff, they are the spec.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "index_fixture.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

fs::path golden_dir() { return test::source_dir() / "tests" / "golden" / "extract"; }

/// "kind [start,end) text → id/value" for one mention.
std::string mention_line(const Mention& m) {
  std::ostringstream out;
  out << name_of(m.kind) << " [" << m.raw.begin << "," << m.raw.end << ") " << m.text;
  nlohmann::json details = to_json(m);
  for (const char* key : {"kind", "text", "start", "end"}) details.erase(key);
  details.erase("display");
  details.erase("known");
  if (!details.empty()) out << " " << details.dump();
  return out.str();
}

nlohmann::json golden_json(const std::string& raw) {
  const auto document = test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
  ExtractOptions options;
  if (document.metadata.published.empty()) options.reference_date = "2025-12-14";
  const ExtractionResult result = test::shared_extractor().extract(document, raw, options);
  nlohmann::json mentions = nlohmann::json::array(), claims = nlohmann::json::array();
  for (const Mention& m : result.mentions) mentions.push_back(mention_line(m));
  for (const Claim& c : result.claims) {
    claims.push_back(
        {{"subject", c.subject},
         {"metric", c.metric},
         {"value", to_json(c.value)},
         {"source", c.attribution ? c.attribution->source : "(publisher)"},
         {"value_text", raw.substr(c.value_raw.begin, c.value_raw.size())},
         {"subject_kind", name_of(c.subject_kind)},
         {"subject_text", c.subject_text},
         {"metric_text", c.metric_text},
         {"period", c.period ? c.period->start + ".." + c.period->end + " " +
                                   std::string(name_of(c.period->kind)) + " " + c.period->text
                             : ""},
         {"scope", c.scope},
         {"modality", name_of(c.modality)},
         {"sentence_span", {c.sentence_raw.begin, c.sentence_raw.end}}});
  }
  nlohmann::json citations = nlohmann::json::array();
  for (const Citation& c : result.citations)
    citations.push_back({{"source", c.source}, {"date", c.date}});
  return {{"mentions", mentions}, {"claims", claims}, {"citations", citations}};
}

void run_golden_case() {
  const std::string name = Catch::getResultCapture().getCurrentTestName();
  const std::string stem = name.substr(name.find(' ') + 1);
  fs::path in = golden_dir() / (stem + ".in.txt");
  if (!fs::exists(in)) in = test::corpus_dir() / (stem + ".txt");
  const fs::path out = golden_dir() / (stem + ".out.json");
  const nlohmann::json actual = golden_json(test::read_file(in));
  if (test::update_golden()) {
    test::write_file(out, actual.dump(1) + "\n");
    return;
  }
  REQUIRE(fs::exists(out));
  const nlohmann::json expected = nlohmann::json::parse(test::read_file(out));
  if (actual != expected) {
    INFO(nlohmann::json::diff(expected, actual).dump(1).substr(0, 3000));
    CHECK(actual == expected);
  }
}

// One test per input (.in.txt here, and every corpus article), registered before the session.
const bool registered = [] {
  std::vector<std::string> stems;
  for (const auto& dir : {golden_dir(), test::corpus_dir()}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::string file = entry.path().filename().string();
      for (const std::string suffix : {".in.txt", ".txt"}) {
        if (file.size() > suffix.size() && file.ends_with(suffix)) {
          stems.push_back(file.substr(0, file.size() - suffix.size()));
          break;
        }
      }
    }
  }
  std::sort(stems.begin(), stems.end());
  for (const std::string& stem : stems) {
    Catch::AutoReg(Catch::makeTestInvoker(&run_golden_case),
                   Catch::SourceLineInfo(__FILE__, static_cast<std::size_t>(__LINE__)),
                   Catch::StringRef(),
                   Catch::NameAndTags(Catch::StringRef("golden " + stem), "[extract][golden]"));
  }
  return true;
}();

}  // namespace
