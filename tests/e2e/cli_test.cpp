/// @file cli_test.cpp
/// @brief The command-line contract: build, query (text and JSON), exit codes, help.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "suyuan/index/corpus_indexer.h"
#include "test_support.h"

namespace fs = std::filesystem;
using suyuan::test::run_command;

namespace {

const std::string INDEX = SUYUAN_INDEX_EXE;
const std::string SEARCH = SUYUAN_SEARCH_EXE;
const std::string WEB = SUYUAN_WEB_EXE;

/// corpus/ indexed by the CLI into a temp database, once.
const fs::path& cli_database() {
  static suyuan::test::TempDir dir;
  static const fs::path db = [] {
    fs::path path = dir.path() / "suyuan.db";
    auto result = run_command(
        {INDEX, "build", "--corpus", suyuan::test::corpus_dir().string(), "--db", path.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return path;
  }();
  return db;
}

nlohmann::json query_json(const std::string& query) {
  auto result = run_command({SEARCH, "query", "--db", cli_database().string(), "--json", query});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

std::set<std::string> doc_ids(const nlohmann::json& response) {
  std::set<std::string> ids;
  for (const auto& hit : response["results"]) ids.insert(hit["doc_id"].get<std::string>());
  return ids;
}

}  // namespace

TEST_CASE("build reports each file and is idempotent", "[e2e]") {
  suyuan::test::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  const std::string corpus = suyuan::test::corpus_dir().string();
  auto first = run_command({INDEX, "build", "--corpus", corpus, "--db", db, "--json"});
  REQUIRE(first.exit_code == 0);
  auto report = nlohmann::json::parse(first.out);
  CHECK(report["counts"]["added"] == 3);
  auto second = run_command({INDEX, "build", "--corpus", corpus, "--db", db});
  REQUIRE(second.exit_code == 0);
  CHECK_THAT(second.out, Catch::Contains("0 added, 0 updated, 3 unchanged"));
}

TEST_CASE("traditional and simplified queries return the same documents", "[e2e]") {
  auto traditional = query_json("英偉達");
  auto simplified = query_json("英伟达");
  CHECK(doc_ids(traditional) == doc_ids(simplified));
  CHECK(doc_ids(simplified).count(suyuan::doc_id_for_path("000_253fffbcabc856cf.txt")) == 1);
  CHECK(doc_ids(simplified).count(suyuan::doc_id_for_path("001_8e11a6ad99196ebb.txt")) == 1);
  for (const auto& hit : simplified["results"]) {
    const std::string raw =
        suyuan::test::read_file(suyuan::test::corpus_dir() / hit["path"].get<std::string>());
    REQUIRE_FALSE(hit["spans"].empty());
    for (const auto& span : hit["spans"]) {
      const auto start = span["start"].get<std::size_t>(), end = span["end"].get<std::size_t>();
      const std::string cited = raw.substr(start, end - start);
      CHECK((cited == "英偉達" || cited == "英伟达" || cited == "辉达" || cited == "NVIDIA"));
    }
    for (const char* key :
         {"doc_id", "path", "title", "publisher", "published", "score", "snippet"}) {
      CHECK(hit.contains(key));
    }
  }
}

TEST_CASE("text output is readable and marks matches", "[e2e]") {
  auto result = run_command({SEARCH, "query", "--db", cli_database().string(), "H20", "出口管制"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("【出口管制】") || Catch::Contains("【H20】"));
  CHECK_THAT(result.out, Catch::Contains("001_8e11a6ad99196ebb.txt"));
}

TEST_CASE("exit codes: 2 for usage errors, 1 for runtime errors, 0 for help", "[e2e]") {
  CHECK(run_command({INDEX, "--help"}).exit_code == 0);
  CHECK(run_command({SEARCH, "query", "--help"}).exit_code == 0);
  CHECK(run_command({WEB, "--help"}).exit_code == 0);
  auto usage = run_command({SEARCH, "query", "--limit", "zero", "x"});
  CHECK(usage.exit_code == 2);
  CHECK_THAT(usage.err, Catch::Contains("usage error"));
  CHECK(run_command({INDEX, "frobnicate"}).exit_code == 2);
  CHECK(run_command({SEARCH}).exit_code == 2);

  auto missing = run_command({SEARCH, "query", "--db", "/nonexistent/db", "x"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("database not found"));
  CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);

  auto bad_query =
      run_command({SEARCH, "query", "--db", cli_database().string(), "--json", "\xff"});
  CHECK(bad_query.exit_code == 1);
  CHECK_THAT(bad_query.err, Catch::Contains("UTF-8"));
}

TEST_CASE("a corpus with bad files indexes the rest and exits 1", "[e2e]") {
  suyuan::test::TempDir dir;
  fs::copy(suyuan::test::corpus_dir(), dir.path() / "corpus");
  suyuan::test::write_file(dir.path() / "corpus/bad.txt", std::string("abc\xc0\xaf"));
  auto result = run_command({INDEX, "build", "--corpus", (dir.path() / "corpus").string(), "--db",
                             (dir.path() / "db").string()});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("bad.txt") && Catch::Contains("UTF-8"));
  CHECK_THAT(result.out, Catch::Contains("3 added"));
}

TEST_CASE("normalize --lines keeps one line per input line", "[e2e]") {
  auto result = run_command({INDEX, "normalize", "--lines", "-"}, "英偉達(dá)\n\n１２３　ＡＢＣ\n");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "英伟达\n\n123 ABC\n");
}

TEST_CASE("extract --text prints mentions with offsets into the string", "[e2e]") {
  const std::string text = "据路透社报道,英伟达向台积电追加了30万片H20的订单。";
  auto result = run_command({INDEX, "extract", "--ref-date", "2025-08-01", "--text", text});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  auto json = nlohmann::json::parse(result.out);
  REQUIRE(json.contains("mentions"));
  REQUIRE(json.contains("claims"));
  for (const auto& mention : json["mentions"]) {
    const auto start = mention["start"].get<std::size_t>(), end = mention["end"].get<std::size_t>();
    CHECK(text.substr(start, end - start) == mention["text"].get<std::string>());
  }
}

TEST_CASE("extract --ref-date must be a real calendar day", "[e2e]") {
  for (const std::string bad : {"2025-13-01", "2025-02-29", "20250801", "yesterday"}) {
    auto result = run_command({INDEX, "extract", "--ref-date", bad, "--text", "今年"});
    INFO(bad);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("expected a date YYYY-MM-DD"));
  }
  CHECK(run_command({INDEX, "extract", "--ref-date", "2024-02-29", "--text", "今年"}).exit_code ==
        0);
}

TEST_CASE("check groups claims across articles, in every export format", "[e2e]") {
  auto json = run_command({SEARCH, "check", "--db", cli_database().string(), "--json", "--subject",
                           "nvidia-h20", "--metric", "compute_relative_to:nvidia-h100"});
  REQUIRE(json.exit_code == 0);
  auto groups = nlohmann::json::parse(json.out)["groups"];
  REQUIRE(groups.size() == 1);
  CHECK(groups[0]["verdict"] == "agree");
  CHECK(groups[0]["claims"].size() == 2);

  auto csv = run_command(
      {SEARCH, "check", "--db", cli_database().string(), "--format", "csv", "--multi-source"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("group,doc_id,path", 0) == 0);

  auto annotations = run_command({SEARCH, "query", "--db", cli_database().string(), "--claims",
                                  "--format", "annotation", "chip:H20"});
  REQUIRE(annotations.exit_code == 0);
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = annotations.out.find('\n', at)) != std::string::npos; ++at)
    ++lines;
  CHECK(lines >= 3);
  auto first = nlohmann::json::parse(annotations.out.substr(0, annotations.out.find('\n')));
  CHECK(first["type"] == "Annotation");
  CHECK(first["target"]["selector"][0]["type"] == "TextQuoteSelector");

  auto review = run_command({SEARCH, "check", "--db", cli_database().string(), "--format",
                             "claimreview", "--multi-source"});
  REQUIRE(review.exit_code == 0);
  CHECK(nlohmann::json::parse(review.out.substr(0, review.out.find('\n')))["@type"] ==
        "ClaimReview");

  auto misuse = run_command(
      {SEARCH, "query", "--db", cli_database().string(), "--format", "annotation", "H20"});
  CHECK(misuse.exit_code == 1);
  CHECK(run_command({SEARCH, "query", "--format", "xml", "H20"}).exit_code == 2);
}
