/// @file fresh_build_test.cpp
/// @brief A first build writes articles and claims as parts in parallel and merges them (Xapian's
/// compaction, docids kept): its database holds the same documents, metadata, search results,
/// claims and cross-check groups as a build through one writer (`--in-place`).
#include <xapian.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "test_support.h"

namespace fs = std::filesystem;
using suyuan::test::run_command;

namespace {

const std::string INDEX = SUYUAN_INDEX_EXE;
const std::string SEARCH = SUYUAN_SEARCH_EXE;

/// The seed articles of corpus/ and the first articles of each shared news file.
void write_corpus(const fs::path& corpus, std::size_t per_file) {
  fs::create_directories(corpus);
  for (const auto& entry : fs::directory_iterator(suyuan::test::corpus_dir())) {
    fs::copy(entry.path(), corpus / entry.path().filename(), fs::copy_options::recursive);
  }
  suyuan::test::write_news_articles(corpus, per_file, "news_");
}

nlohmann::json build(const fs::path& corpus, const fs::path& db, std::vector<std::string> extra) {
  std::vector<std::string> argv = {INDEX,           "build", "--json",   "--corpus",
                                   corpus.string(), "--db",  db.string()};
  argv.insert(argv.end(), extra.begin(), extra.end());
  const auto result = run_command(argv);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

/// Everything a document holds, as text: data, terms with wdf and positions, values.
std::string dump(const Xapian::Document& doc) {
  std::string out = doc.get_data() + "\n";
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += *t + " " + std::to_string(t.get_wdf()) + ":";
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
      out += " " + std::to_string(*p);
    out += "\n";
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
    out += "value " + std::to_string(v.get_valueno()) + " " + *v + "\n";
  return out;
}

/// Each database of a layout (one, or the shards under a stub) holds the same documents under the
/// same docids, and the same metadata.
void same_databases(const fs::path& a, const fs::path& b, std::size_t shards) {
  std::vector<std::string> parts = {""};
  if (shards > 1) {
    parts.clear();
    for (std::size_t s = 0; s < shards; ++s) parts.push_back("shard-" + std::to_string(s));
  }
  for (const std::string& part : parts) {
    INFO(part);
    const Xapian::Database x((a / part).string()), y((b / part).string());
    REQUIRE(x.get_doccount() == y.get_doccount());
    CHECK(x.get_doccount() > 0);
    CHECK(x.get_lastdocid() == y.get_lastdocid());
    CHECK(x.get_total_length() == y.get_total_length());
    for (auto p = x.postlist_begin(""); p != x.postlist_end(""); ++p) {
      INFO("docid " << *p);
      CHECK(dump(x.get_document(*p)) == dump(y.get_document(*p)));
    }
    std::map<std::string, std::string> x_meta, y_meta;
    for (auto k = x.metadata_keys_begin(); k != x.metadata_keys_end(); ++k)
      x_meta[*k] = x.get_metadata(*k);
    for (auto k = y.metadata_keys_begin(); k != y.metadata_keys_end(); ++k)
      y_meta[*k] = y.get_metadata(*k);
    CHECK(x_meta == y_meta);
    CHECK(x_meta.count("suyuan.schema") == 1);
  }
}

/// The search CLI's answers: articles with facets, claims, and the cross-check groups.
void same_answers(const fs::path& a, const fs::path& b) {
  auto run = [](std::vector<std::string> argv, const fs::path& db) {
    argv.insert(argv.begin() + 2, {"--db", db.string()});
    const auto result = run_command(argv);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
  };
  std::size_t hits = 0;
  for (const std::string query :
       {"英伟达", "H20", "出口管制", "中国 经济", "习近平", "增长", "chip:H20", "date:2024.."}) {
    INFO(query);
    const std::vector<std::string> articles = {SEARCH, "query", "--json", "--facets", query};
    const auto answer = run(articles, a);
    hits += answer["results"].size();
    CHECK(run(articles, b) == answer);
    const std::vector<std::string> claims = {SEARCH, "query", "--claims", "--json", query};
    CHECK(run(claims, b) == run(claims, a));
  }
  CHECK(hits > 20);
  const std::vector<std::string> check = {SEARCH, "check", "--json"};
  const auto groups = run(check, a);
  CHECK(groups["groups"].size() > 0);
  CHECK(run(check, b) == groups);
}

}  // namespace

TEST_CASE("a first build merged from parts equals a build through one writer",
          "[e2e][build][fresh]") {
  suyuan::test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus";
  write_corpus(corpus, 25);
  for (const std::string shards : {"1", "2"}) {
    INFO("shards " << shards);
    const fs::path merged = dir.path() / ("merged-" + shards),
                   single = dir.path() / ("one-" + shards);
    const auto report = build(corpus, merged, {"--shards", shards});
    CHECK(report["fresh"] == true);
    CHECK(report["merge_seconds"].get<double>() > 0);
    CHECK(build(corpus, single, {"--shards", shards, "--in-place"})["fresh"] == false);
    CHECK_FALSE(fs::exists(dir.path() / (".merged-" + shards + ".suyuan-build")));
    same_databases(merged, single, std::stoul(shards));
    same_answers(merged, single);
    CHECK(fs::exists(merged / "XAPIANDB") == (shards == "2"));

    // The next build of the database is incremental, and has nothing to do.
    const auto again = build(corpus, merged, {});
    CHECK(again["fresh"] == false);
    CHECK(again["counts"]["unchanged"] == report["counts"]["added"]);
  }
}

TEST_CASE("a database without documents is replaced by a merged first build",
          "[e2e][build][fresh]") {
  suyuan::test::TempDir dir;
  const fs::path empty = dir.path() / "empty", corpus = dir.path() / "corpus";
  const fs::path db = dir.path() / "db", single = dir.path() / "single";
  fs::create_directories(empty);
  write_corpus(corpus, 5);
  CHECK(build(empty, db, {})["fresh"] == true);
  REQUIRE(Xapian::Database(db.string()).get_doccount() == 0);
  CHECK(build(corpus, db, {})["fresh"] == true);
  build(corpus, single, {"--in-place"});
  same_databases(db, single, 1);
  CHECK_FALSE(fs::exists(dir.path() / ".db.suyuan-build"));

  // An empty directory as the target, too.
  const fs::path made = dir.path() / "made";
  fs::create_directories(made);
  CHECK(build(corpus, made, {})["fresh"] == true);
  same_databases(made, single, 1);
}
