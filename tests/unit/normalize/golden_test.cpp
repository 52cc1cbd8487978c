/// @file golden_test.cpp
/// @brief Golden cases under tests/golden/normalize: `<case>.out.json` is the expected
/// normalization of `<case>.in.txt` (or `.in.html`), or of corpus/<case>.txt when there is no
/// input file beside it. SUYUAN_UPDATE_GOLDEN=1 rewrites the expectations.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "normalize_test_util.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/normalize/explain.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

fs::path golden_dir() { return suyuan::test::source_dir() / "tests" / "golden" / "normalize"; }

// The reviewable form: paragraphs and sentences as strings, dropped lines with their rule,
// annotations counted.
nlohmann::json golden_json(const std::string& raw, suyuan::SourceFormat format) {
  try {
    const suyuan::NormalizedDocument doc = suyuan::test::normalizer().normalize(raw, format);
    const nlohmann::json full = suyuan::to_json(doc);
    nlohmann::json paragraphs = nlohmann::json::array();
    for (const auto& p : doc.paragraphs) paragraphs.push_back(doc.text.substr(p.begin, p.size()));
    nlohmann::json sentences = nlohmann::json::array();
    for (const auto& s : full["sentences"]) sentences.push_back(s["text"]);
    nlohmann::json dropped = nlohmann::json::array();
    std::map<std::string, int> annotations;
    for (const auto& r : doc.removed) {
      if (r.rule.rfind("annotation.", 0) == 0) {
        ++annotations[r.rule];
        continue;
      }
      std::string line = raw.substr(r.raw.begin, std::min<std::size_t>(r.raw.size(), 90));
      line.resize(suyuan::utf8::floor_boundary(line, line.size() == 90 ? 89 : line.size()));
      dropped.push_back({{"rule", r.rule}, {"raw", line}});
    }
    return {{"metadata", full["metadata"]},
            {"paragraph_count", doc.paragraphs.size()},
            {"sentence_count", doc.sentences.size()},
            {"paragraphs", paragraphs},
            {"sentences", sentences},
            {"dropped", dropped},
            {"annotations", annotations}};
  } catch (const suyuan::Error& e) {
    return {{"error", {{"kind", suyuan::error_kind_name(e.kind())}, {"message", e.what()}}}};
  }
}

void run_golden_case() {
  const std::string name = Catch::getResultCapture().getCurrentTestName();
  const std::string stem = name.substr(name.find(' ') + 1);
  const fs::path out = golden_dir() / (stem + ".out.json");
  fs::path in = golden_dir() / (stem + ".in.txt");
  auto format = suyuan::SourceFormat::TEXT;
  if (fs::exists(golden_dir() / (stem + ".in.html"))) {
    in = golden_dir() / (stem + ".in.html");
    format = suyuan::SourceFormat::HTML;
  } else if (!fs::exists(in)) {
    in = suyuan::test::corpus_dir() / (stem + ".txt");
  }
  const nlohmann::json actual = golden_json(suyuan::test::read_file(in), format);
  if (suyuan::test::update_golden()) {
    suyuan::test::write_file(out, actual.dump(2) + "\n");
    return;
  }
  const nlohmann::json expected = nlohmann::json::parse(suyuan::test::read_file(out));
  CAPTURE(in.string());
  CHECK(actual == expected);
  if (actual != expected) {
    // Point at the first difference instead of dumping two whole documents.
    const nlohmann::json patch = nlohmann::json::diff(expected, actual);
    INFO(patch.dump(1).substr(0, 2000));
    CHECK(patch.empty());
  }
}

// Registers one test per .out.json before the Catch session starts (static initialisation).
const bool registered = [] {
  if (!fs::is_directory(golden_dir())) return false;
  std::vector<std::string> stems;
  for (const auto& entry : fs::directory_iterator(golden_dir())) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = ".out.json";
    if (file.size() > suffix.size() && file.ends_with(suffix)) {
      stems.push_back(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::sort(stems.begin(), stems.end());
  for (const std::string& stem : stems) {
    Catch::AutoReg(Catch::makeTestInvoker(&run_golden_case),
                   Catch::SourceLineInfo(__FILE__, static_cast<std::size_t>(__LINE__)),
                   Catch::StringRef(),
                   Catch::NameAndTags(Catch::StringRef("golden " + stem), "[normalize][golden]"));
  }
  return true;
}();

}  // namespace
