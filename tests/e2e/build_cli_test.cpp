/// @file build_cli_test.cpp
/// @brief What `suyuan-index build` prints: a summary by default, nothing but errors with
/// --quiet, every file with --verbose, the report with --json, and a plan with --dry-run.
#include <algorithm>
#include <catch2/catch.hpp>

#include "test_support.h"

namespace fs = std::filesystem;
using suyuan::test::run_command;

namespace {
const std::string INDEX = SUYUAN_INDEX_EXE;
}  // namespace

TEST_CASE("build output: summary, quiet, verbose, json, dry run", "[e2e][build]") {
  suyuan::test::TempDir dir;
  const std::string corpus = suyuan::test::corpus_dir().string();
  const std::string db = (dir.path() / "db").string();

  auto dry = run_command({INDEX, "build", "--dry-run", "--corpus", corpus, "--db", db});
  REQUIRE(dry.exit_code == 0);
  CHECK_THAT(dry.out, Catch::Contains("3 added, 0 updated, 0 unchanged, 0 removed, 0 failed") &&
                          Catch::Contains("dry run, nothing written"));
  CHECK_FALSE(fs::exists(db));

  auto verbose =
      run_command({INDEX, "build", "--verbose", "--jobs", "2", "--corpus", corpus, "--db", db});
  REQUIRE(verbose.exit_code == 0);
  CHECK_THAT(verbose.out, Catch::StartsWith("added\t000_") && Catch::Contains("docs/s"));
  CHECK(std::count(verbose.out.begin(), verbose.out.end(), '\n') == 4);  // 3 files + summary
  CHECK(verbose.err.empty());  // a short build off a terminal logs no progress line

  auto quiet = run_command({INDEX, "build", "--quiet", "--corpus", corpus, "--db", db});
  REQUIRE(quiet.exit_code == 0);
  CHECK(quiet.out.empty());
  CHECK(quiet.err.empty());

  auto json = run_command({INDEX, "build", "--json", "--corpus", corpus, "--db", db});
  REQUIRE(json.exit_code == 0);
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report["counts"]["unchanged"] == 3);
  CHECK(report["files"].size() == 3);
  CHECK(report["shards"] == 1);
  CHECK(report.contains("docs_per_second"));
  // Where the writer's time went: a part of the build's wall time each.
  CHECK(report["writer_wait_seconds"].get<double>() >= 0);
  CHECK(report["commit_seconds"].get<double>() == 0);  // nothing changed: no commit
  CHECK(report["writer_wait_seconds"].get<double>() + report["commit_seconds"].get<double>() <=
        report["seconds"].get<double>());

  CHECK(run_command({INDEX, "build", "--quiet", "--verbose", "--corpus", corpus}).exit_code == 2);
}
