/// @file reposts_cli_test.cpp
/// @brief `suyuan-search reposts` and `query --all` as a user runs them: the seeds plus a
/// re-post of 001's original, indexed by `suyuan-index build`.
#include <catch2/catch.hpp>

#include "suyuan/index/corpus_indexer.h"
#include "test_support.h"

namespace fs = std::filesystem;
using suyuan::test::run_command;

namespace {

const std::string INDEX = SUYUAN_INDEX_EXE;
const std::string SEARCH = SUYUAN_SEARCH_EXE;

const fs::path& repost_database() {
  static suyuan::test::TempDir dir;
  static const fs::path db = [] {
    fs::copy(suyuan::test::corpus_dir(), dir.path() / "corpus");
    fs::copy_file(suyuan::test::source_dir() / "tests/data/reposts/001_repost_xinwenkuaibao.txt",
                  dir.path() / "corpus/001_repost_xinwenkuaibao.txt");
    const fs::path path = dir.path() / "suyuan.db";
    auto result = run_command(
        {INDEX, "build", "--corpus", (dir.path() / "corpus").string(), "--db", path.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return path;
  }();
  return db;
}

nlohmann::json run_json(const std::vector<std::string>& argv) {
  auto result = run_command(argv);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

}  // namespace

TEST_CASE("reposts lists each cluster with its origin and members", "[e2e][reposts]") {
  const auto out = run_json({SEARCH, "reposts", "--db", repost_database().string(), "--json"});
  REQUIRE(out["clusters"].size() == 1);
  const auto& cluster = out["clusters"][0];
  CHECK(cluster["origin"]["path"] == "001_8e11a6ad99196ebb.txt");
  for (const char* key : {"doc_id", "path", "publisher", "published"}) {
    CHECK(cluster["origin"].contains(key));
  }
  REQUIRE(cluster["members"].size() == 2);
  CHECK(cluster["members"][0]["relation"] == "origin");
  CHECK(cluster["members"][1]["path"] == "001_repost_xinwenkuaibao.txt");
  CHECK(cluster["members"][1]["relation"] == "edited re-post");
  for (const char* key : {"doc_id", "path", "publisher", "published", "relation", "similarity"}) {
    CHECK(cluster["members"][1].contains(key));
  }

  auto text = run_command({SEARCH, "reposts", "--db", repost_database().string()});
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("origin: 001_8e11a6ad99196ebb.txt"));
  CHECK_THAT(text.out, Catch::Contains("edited re-post (similarity"));
  CHECK_THAT(text.out, Catch::Contains("1 cluster(s), 2 article(s)"));
}

TEST_CASE("reposts --doc shows one lineage, cited sources included", "[e2e][reposts]") {
  const std::string seed000 = suyuan::doc_id_for_path("000_253fffbcabc856cf.txt");
  const auto out =
      run_json({SEARCH, "reposts", "--db", repost_database().string(), "--json", "--doc", seed000});
  REQUIRE(out["clusters"].size() == 1);
  std::vector<std::string> names;
  for (const auto& s : out["clusters"][0]["cited_sources"]) names.push_back(s["name"]);
  CHECK(names == std::vector<std::string>{"澎湃新闻", "新浪财经", "观察者网"});

  auto missing = run_command(
      {SEARCH, "reposts", "--db", repost_database().string(), "--doc", "ffffffffffffffff"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("not_found"));
}

TEST_CASE("query folds a cluster into one hit unless --all", "[e2e][reposts]") {
  const auto folded =
      run_json({SEARCH, "query", "--db", repost_database().string(), "--json", "B30A"});
  REQUIRE(folded["results"].size() == 1);
  CHECK(folded["results"][0]["reposts"] == 1);
  const auto all =
      run_json({SEARCH, "query", "--db", repost_database().string(), "--json", "--all", "B30A"});
  CHECK(all["results"].size() == 2);
  auto text = run_command({SEARCH, "query", "--db", repost_database().string(), "B30A"});
  CHECK_THAT(text.out, Catch::Contains("and 1 re-post(s)"));
}
