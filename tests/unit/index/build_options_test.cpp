/// @file build_options_test.cpp
/// @brief Parallel builds give the same index as one thread; a dry run writes nothing; shards
/// split by doc id, open as one database and re-index incrementally; progress reaches the end.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "index_fixture.h"
#include "suyuan/core/error.h"
#include "suyuan/index/schema.h"

namespace fs = std::filesystem;
using namespace suyuan;
using suyuan::test::TempDir;

namespace {

/// The seed articles plus the first articles of each shared news file.
void write_corpus(const fs::path& corpus, std::size_t per_file) {
  fs::create_directories(corpus);
  for (const auto& entry : fs::directory_iterator(test::corpus_dir()))
    fs::copy_file(entry.path(), corpus / entry.path().filename());
  test::write_news_articles(corpus / "news", per_file, "");
}

BuildReport build(const fs::path& db, const fs::path& corpus, BuildOptions options) {
  CorpusIndexer indexer(db, test::shared_normalizer(), &test::shared_extractor());
  return indexer.build(corpus, options);
}

/// Every document as (data, terms with wdf and positions, values), in docid order.
std::vector<std::string> dump(const fs::path& db) {
  Xapian::Database database(db.string());
  std::vector<std::string> out;
  for (auto p = database.postlist_begin(""); p != database.postlist_end(""); ++p) {
    const Xapian::Document doc = database.get_document(*p);
    std::string entry = doc.get_data();
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      entry += "|" + *t + ":" + std::to_string(t.get_wdf());
      for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos)
        entry += "," + std::to_string(*pos);
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      entry += "|v" + std::to_string(v.get_valueno()) + "=" + *v;
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

TEST_CASE("any number of jobs builds the same index as one", "[index][jobs]") {
  TempDir dir;
  write_corpus(dir.path() / "corpus", 15);
  BuildOptions one, many;
  one.jobs = 1;
  many.jobs = 4;
  many.commit_bytes = 20000;  // several commits on the way
  const BuildReport a = build(dir.path() / "one", dir.path() / "corpus", one);
  const BuildReport b = build(dir.path() / "many", dir.path() / "corpus", many);
  CHECK(a.jobs == 1);
  CHECK(b.jobs == 4);
  CHECK(to_json(a)["files"] == to_json(b)["files"]);
  CHECK(dump(dir.path() / "one") == dump(dir.path() / "many"));
}

TEST_CASE("a dry run says what would change and writes nothing", "[index][dry-run]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  write_corpus(corpus, 2);
  BuildOptions dry;
  dry.dry_run = true;
  const BuildReport nothing_yet = build(db, corpus, dry);
  CHECK(nothing_yet.dry_run);
  CHECK(nothing_yet.count(FileStatus::ADDED) == nothing_yet.files.size());
  CHECK_FALSE(fs::exists(db));

  build(db, corpus, {});
  const auto before = dump(db);
  test::write_file(corpus / "news/0.txt", test::read_file(corpus / "news/0.txt") + "补充。\n");
  fs::remove(corpus / "news/1.txt");
  test::write_file(corpus / "news/new.txt", "新华社北京电 新文章。\n");
  const BuildReport plan = build(db, corpus, dry);
  CHECK(plan.count(FileStatus::UPDATED) == 1);
  CHECK(plan.count(FileStatus::REMOVED) == 1);
  CHECK(plan.count(FileStatus::ADDED) == 1);
  CHECK(plan.count(FileStatus::UNCHANGED) == plan.files.size() - 3);
  CHECK(dump(db) == before);
}

TEST_CASE("shards split by doc id, open as one and re-index incrementally", "[index][shards]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  write_corpus(corpus, 4);
  BuildOptions sharded;
  sharded.shards = 3;
  const BuildReport first = build(db, corpus, sharded);
  CHECK(first.shards == 3);
  REQUIRE(fs::exists(db / "XAPIANDB"));
  Xapian::doccount in_shards = 0;
  for (int s = 0; s < 3; ++s) {
    Xapian::Database shard((db / ("shard-" + std::to_string(s))).string());
    CHECK(shard.get_termfreq("XTarticle") > 0);  // 15 articles never all land in one shard
    CHECK(shard.get_metadata(std::string(schema::VERSION_KEY)) == schema::VERSION);
    // Each article sits in the shard its doc id hashes to.
    for (auto p = shard.postlist_begin("XTarticle"); p != shard.postlist_end("XTarticle"); ++p) {
      auto t = shard.termlist_begin(*p);
      t.skip_to("XID");
      const std::string id = (*t).substr(3);
      CHECK(std::stoul(id.substr(0, 8), nullptr, 16) % 3 == static_cast<unsigned long>(s));
    }
    in_shards += shard.get_termfreq("XTarticle");
  }
  // The stub opens all of them as one database.
  CHECK(Xapian::Database(db.string()).get_termfreq("XTarticle") == in_shards);
  CHECK(in_shards == first.count(FileStatus::ADDED));

  // Later runs keep the layout without being told, and only touch what changed.
  test::write_file(corpus / "news/0.txt", test::read_file(corpus / "news/0.txt") + "补充。\n");
  const BuildReport second = build(db, corpus, {});
  CHECK(second.shards == 3);
  CHECK(second.count(FileStatus::UPDATED) == 1);
  CHECK(second.count(FileStatus::UNCHANGED) == second.files.size() - 1);
  CHECK(Xapian::Database(db.string()).get_termfreq("XTarticle") == in_shards);

  // Another shard count, or sharding a single database, is refused.
  BuildOptions other;
  other.shards = 2;
  CHECK_THROWS_AS(build(db, corpus, other), Error);
  build(dir.path() / "single", corpus, {});
  CHECK_THROWS_AS(build(dir.path() / "single", corpus, other), Error);
}

TEST_CASE("progress reaches every file, and outcomes arrive in path order", "[index]") {
  TempDir dir;
  write_corpus(dir.path() / "corpus", 3);
  BuildOptions options;
  std::vector<BuildProgress> updates;
  std::vector<std::string> paths;
  options.on_progress = [&](const BuildProgress& p) { updates.push_back(p); };
  options.on_file = [&](const FileOutcome& f) { paths.push_back(f.path); };
  const BuildReport report = build(dir.path() / "db", dir.path() / "corpus", options);
  REQUIRE_FALSE(updates.empty());
  CHECK(updates.back().files_done == report.files.size());
  CHECK(updates.back().files_total == report.files.size());
  CHECK(updates.back().bytes_done == updates.back().bytes_total);
  CHECK(std::is_sorted(paths.begin(), paths.end()));
  CHECK(paths.size() == report.files.size());
  for (std::size_t i = 1; i < updates.size(); ++i)
    CHECK(updates[i].files_done >= updates[i - 1].files_done);
}
