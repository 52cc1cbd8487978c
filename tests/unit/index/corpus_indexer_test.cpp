/// @file corpus_indexer_test.cpp
/// @brief Incremental indexing by path and content hash; bad files never cost indexed data.
#include <xapian.h>

#include <catch2/catch.hpp>

#include "index_fixture.h"
#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"
#include "suyuan/index/schema.h"

namespace fs = std::filesystem;
using namespace suyuan;
using suyuan::test::TempDir;

namespace {

const FileOutcome& outcome(const BuildReport& report, const std::string& path) {
  for (const auto& f : report.files) {
    if (f.path == path) return f;
  }
  FAIL("no outcome for " << path);
  throw std::logic_error("unreachable");
}

Xapian::doccount article_count(const fs::path& db) {
  return Xapian::Database(db.string()).get_termfreq("XTarticle");
}

/// Whether the article indexed from `path` carries `term`.
bool article_has_term(const fs::path& db, const std::string& path, const std::string& term) {
  Xapian::Database database(db.string());
  Xapian::PostingIterator p = database.postlist_begin("Q" + path);
  if (p == database.postlist_end("Q" + path)) return false;
  Xapian::TermIterator t = database.termlist_begin(*p);
  t.skip_to(term);
  return t != database.termlist_end(*p) && *t == term;
}

BuildReport build(const fs::path& db, const fs::path& corpus) {
  CorpusIndexer indexer(db, test::shared_normalizer(), &test::shared_extractor());
  return indexer.build(corpus);
}

void copy_seed(const fs::path& corpus, const std::string& name) {
  fs::create_directories(corpus);
  fs::copy_file(test::corpus_dir() / name, corpus / name);
}

}  // namespace

TEST_CASE("doc ids and hashes are stable", "[index]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(doc_id_for_path("a.txt") == doc_id_for_path("a.txt"));
  CHECK(doc_id_for_path("a.txt") != doc_id_for_path("b.txt"));
  CHECK(doc_id_for_path("a.txt").size() == 16);
}

TEST_CASE("days_since_epoch follows the civil calendar", "[index][date]") {
  CHECK(days_since_epoch("1970-01-01") == 0);
  CHECK(days_since_epoch("2000-03-01") == 11017);
  CHECK(days_since_epoch("2025-07-15T10:00") == 20284);
  CHECK_FALSE(days_since_epoch("2025-7-15").has_value());
  CHECK_FALSE(days_since_epoch("2025-13-01").has_value());
  CHECK_FALSE(days_since_epoch("2025-02-29").has_value());  // not a leap year
  CHECK_FALSE(days_since_epoch("2025-04-31").has_value());
  CHECK(days_since_epoch("2024-02-29") == days_since_epoch("2024-03-01").value() - 1);
  CHECK(days_since_epoch("2000-02-29").has_value());
  CHECK_FALSE(days_since_epoch("1900-02-29").has_value());
  CHECK(iso_date_of_days(20284) == "2025-07-15");
}

TEST_CASE("date spans follow the granularity of the date", "[index]") {
  auto july = date_span("2025-07");
  REQUIRE(july);
  CHECK(iso_date_of_days(july->first) == "2025-07-01");
  CHECK(iso_date_of_days(july->second) == "2025-07-31");
  auto summer = date_span("2025-06", "2025-08");
  REQUIRE(summer);
  CHECK(iso_date_of_days(summer->second) == "2025-08-31");
  auto year = date_span("2024");
  REQUIRE(year);
  CHECK(year->second - year->first == 365);  // leap year
  CHECK_FALSE(date_span("2025-08", "2025-07").has_value());
}

TEST_CASE("the corpus indexes every seed article", "[index]") {
  const auto& fixture = test::corpus_index();
  CHECK(fixture.report().count(FileStatus::ADDED) == 3);
  CHECK(fixture.report().count(FileStatus::FAILED) == 0);
  CHECK(article_count(fixture.database()) == 3);
}

TEST_CASE("re-indexing is incremental by path and content hash", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  copy_seed(corpus, "000_253fffbcabc856cf.txt");
  copy_seed(corpus, "002_1607139f7c916639.txt");

  BuildReport first = build(db, corpus);
  CHECK(first.count(FileStatus::ADDED) == 2);

  const auto revision = [&] { return Xapian::Database(db.string()).get_revision(); };
  const auto revision_before = revision();
  BuildReport again = build(db, corpus);
  CHECK(again.count(FileStatus::UNCHANGED) == 2);
  CHECK(again.count(FileStatus::ADDED) == 0);
  CHECK(article_count(db) == 2);
  // Nothing changed, so nothing was committed: readers keep their revision.
  CHECK(revision() == revision_before);

  // An edited file is replaced in place, not duplicated; a vanished one is removed.
  test::write_file(corpus / "000_253fffbcabc856cf.txt",
                   test::read_file(corpus / "000_253fffbcabc856cf.txt") + "\n补充一句。\n");
  fs::remove(corpus / "002_1607139f7c916639.txt");
  BuildReport edited = build(db, corpus);
  CHECK(outcome(edited, "000_253fffbcabc856cf.txt").status == FileStatus::UPDATED);
  CHECK(outcome(edited, "002_1607139f7c916639.txt").status == FileStatus::REMOVED);
  CHECK(article_count(db) == 1);

  // Claims of a removed article go with it.
  Xapian::Database database(db.string());
  CHECK(database.get_termfreq("XPAR" + doc_id_for_path("002_1607139f7c916639.txt")) == 0);
}

TEST_CASE("articles and claims take docids in ranges of their own", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  copy_seed(corpus, "000_253fffbcabc856cf.txt");
  copy_seed(corpus, "001_8e11a6ad99196ebb.txt");
  build(db, corpus);
  const Xapian::docid base = schema::claim_docid_base(1);
  // Every docid of the type's posting list, ascending.
  const auto docids = [&](const std::string& type) {
    Xapian::Database database(db.string());
    std::vector<Xapian::docid> out;
    for (auto p = database.postlist_begin("XT" + type); p != database.postlist_end("XT" + type);
         ++p)
      out.push_back(*p);
    return out;
  };
  CHECK(docids("article") == std::vector<Xapian::docid>{1, 2});
  const auto claims = docids("claim");
  REQUIRE(!claims.empty());
  CHECK(claims.front() == base);
  CHECK(claims.back() == base + claims.size() - 1);

  // A removed article's docid is not given to the next new one; an edited article keeps its
  // own and its claims move above the others.
  fs::remove(corpus / "001_8e11a6ad99196ebb.txt");
  build(db, corpus);
  copy_seed(corpus, "002_1607139f7c916639.txt");
  test::write_file(corpus / "000_253fffbcabc856cf.txt",
                   test::read_file(corpus / "000_253fffbcabc856cf.txt") + "\n补充一句。\n");
  build(db, corpus);
  CHECK(docids("article") == std::vector<Xapian::docid>{1, 3});
  for (Xapian::docid claim : docids("claim")) CHECK(claim > claims.back());

  // Each shard of a layout has the ranges; combined docids fit in 32 bits for any shard count.
  CHECK(schema::claim_docid_base(2) == base);
  CHECK(static_cast<std::uint64_t>(schema::last_claim_docid(1000)) * 1000 <= 0xffffffffull);
  CHECK(schema::claim_docid_base(1000) < schema::last_claim_docid(1000));
}

TEST_CASE("a sidecar supplies metadata the text lacks and is part of the version", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  copy_seed(corpus, "000_253fffbcabc856cf.txt");
  test::write_file(
      corpus / "000_253fffbcabc856cf.meta.json",
      R"({"url":"https://example.com/a","publisher":"网易号","published":"2025-07-22"})");
  build(db, corpus);
  CHECK(article_has_term(db, "000_253fffbcabc856cf.txt", "XP网易号"));
  CHECK(article_has_term(db, "000_253fffbcabc856cf.txt", "XM2025-07"));

  test::write_file(corpus / "000_253fffbcabc856cf.meta.json", R"({"publisher":"另一家"})");
  BuildReport changed = build(db, corpus);
  CHECK(outcome(changed, "000_253fffbcabc856cf.txt").status == FileStatus::UPDATED);

  // Its text fields are folded like the article's own metadata (publisher:苹果日报 and the
  // query publisher:蘋果日報, folded the same way, find a paper named 蘋果日報).
  test::write_file(corpus / "000_253fffbcabc856cf.meta.json",
                   R"({"publisher":"蘋果日報","title":"輝達晶片"})");
  build(db, corpus);
  CHECK(article_has_term(db, "000_253fffbcabc856cf.txt", "XP苹果日报"));
  CHECK_FALSE(article_has_term(db, "000_253fffbcabc856cf.txt", "XP蘋果日報"));

  test::write_file(corpus / "000_253fffbcabc856cf.meta.json", "{not json");
  BuildReport broken = build(db, corpus);
  CHECK(outcome(broken, "000_253fffbcabc856cf.txt").status == FileStatus::FAILED);
  CHECK_THAT(outcome(broken, "000_253fffbcabc856cf.txt").message, Catch::Contains("sidecar"));
  CHECK(article_count(db) == 1);  // the previous version stays searchable
}

TEST_CASE("bad files fail one by one and lose nothing already indexed", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  copy_seed(corpus, "001_8e11a6ad99196ebb.txt");
  copy_seed(corpus, "002_1607139f7c916639.txt");
  build(db, corpus);

  test::write_file(corpus / "bad_utf8.txt", std::string("英伟达\xff\xfe H20\n"));
  test::write_file(corpus / "empty.txt", "");
  test::write_file(corpus / "binary.txt", std::string("\x7f"
                                                      "ELF\x02\x01\x01\0\0\0\0",
                                                      12));
  // An indexed article that turns bad keeps its previous version.
  test::write_file(corpus / "002_1607139f7c916639.txt", std::string("\xc3\x28 broken"));

  BuildReport report = build(db, corpus);
  CHECK(outcome(report, "bad_utf8.txt").status == FileStatus::FAILED);
  CHECK_THAT(outcome(report, "bad_utf8.txt").message,
             Catch::Contains("UTF-8") && Catch::Contains("9"));
  CHECK(outcome(report, "empty.txt").status == FileStatus::FAILED);
  CHECK_THAT(outcome(report, "empty.txt").message, Catch::Contains("empty"));
  CHECK(outcome(report, "binary.txt").status == FileStatus::FAILED);
  CHECK(outcome(report, "002_1607139f7c916639.txt").status == FileStatus::FAILED);
  CHECK(outcome(report, "001_8e11a6ad99196ebb.txt").status == FileStatus::UNCHANGED);
  CHECK(article_count(db) == 2);
}

TEST_CASE("oversized files and sidecars are refused before they are read", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  test::write_file(corpus / "big.txt", std::string(4096, 'a'));
  test::write_file(corpus / "a.txt", "标题\n\n正文一句。\n");
  test::write_file(corpus / "a.meta.json", "{\"title\": \"" + std::string(4096, 'x') + "\"}");
  CorpusIndexer indexer(db, test::shared_normalizer(), nullptr);
  BuildOptions options;
  options.max_file_bytes = 1024;
  BuildReport report = indexer.build(corpus, options);
  for (const char* article : {"big.txt", "a.txt"}) {
    CHECK(outcome(report, article).status == FileStatus::FAILED);
    CHECK_THAT(outcome(report, article).message, Catch::Contains("too large"));
  }
}

TEST_CASE("an unchanged re-run makes neither normalizer nor extractor", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  copy_seed(corpus, "000_253fffbcabc856cf.txt");
  int made = 0;
  const auto pipeline = [&] {
    return LazyPipeline{[&]() -> const Normalizer& {
                          ++made;
                          return test::shared_normalizer();
                        },
                        [&]() -> const Extractor* { return &test::shared_extractor(); }};
  };
  CHECK(CorpusIndexer(db, pipeline()).build(corpus).count(FileStatus::ADDED) == 1);
  CHECK(made == 1);
  CHECK(CorpusIndexer(db, pipeline()).build(corpus).count(FileStatus::UNCHANGED) == 1);
  CHECK(made == 1);
  test::write_file(corpus / "000_253fffbcabc856cf.txt",
                   test::read_file(corpus / "000_253fffbcabc856cf.txt") + "\n补充一句。\n");
  CHECK(CorpusIndexer(db, pipeline()).build(corpus).count(FileStatus::UPDATED) == 1);
  CHECK(made == 2);
}

TEST_CASE("a missing corpus and a locked database are clear errors", "[index]") {
  TempDir dir;
  CorpusIndexer indexer(dir.path() / "db", test::shared_normalizer(), nullptr);
  try {
    indexer.build(dir.path() / "nope");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::NOT_FOUND);
  }
  fs::create_directories(dir.path() / "corpus");
  Xapian::WritableDatabase holder((dir.path() / "db").string(), Xapian::DB_CREATE_OR_OPEN);
  try {
    indexer.build(dir.path() / "corpus");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::UNAVAILABLE);
    CHECK_THAT(std::string(e.what()), Catch::Contains("locked"));
  }
}

TEST_CASE("the listing takes article files, linked files but not linked folders", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  for (const char* name : {"a-b/1.txt", "a/b.html", "a/c/2.htm", "b.txt", ".hidden.txt", "notes.md",
                           "folder.txt/3.txt"})
    test::write_file(corpus / name, "一句话。\n");
  test::write_file(dir.path() / "outside/4.txt", "一句话。\n");
  fs::create_directory_symlink(dir.path() / "outside", corpus / "linked");
  fs::create_symlink(corpus / "b.txt", corpus / "c.txt");
  fs::create_symlink(corpus / "missing.txt", corpus / "dangling.txt");
  std::vector<std::string> paths;
  for (const auto& file : build(db, corpus).files) paths.push_back(file.path);
  CHECK(paths == std::vector<std::string>{"a-b/1.txt", "a/b.html", "a/c/2.htm", "b.txt", "c.txt",
                                          "folder.txt/3.txt"});
}

TEST_CASE("paths keep their case and nested folders", "[index]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  test::write_file(corpus / "Taiwan/CNA_Report.txt", "輝達表示，H20晶片需求強勁。\n");
  BuildReport first = build(db, corpus);
  CHECK(outcome(first, "Taiwan/CNA_Report.txt").status == FileStatus::ADDED);
  BuildReport second = build(db, corpus);
  CHECK(outcome(second, "Taiwan/CNA_Report.txt").status == FileStatus::UNCHANGED);
  CHECK(second.count(FileStatus::REMOVED) == 0);
}

TEST_CASE("claims of an undated article store no day for a date without its year",
          "[index][date]") {
  // 3月25日 and 昨天 with no publication date: event dates of unknown year or unresolved, which
  // the index must not give a claim-date value (a bogus year would match claimdate: ranges).
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus";
  fs::create_directories(corpus);
  test::write_file(corpus / "undated.txt",
                   "3月25日，张明在杭州创办了一家软件公司。\n昨天，李四在北京创办了另一家公司。\n"
                   "2018年11月6日，王五在上海创办了第三家公司。\n");
  const fs::path db = dir.path() / "db";
  REQUIRE(outcome(build(db, corpus), "undated.txt").status == FileStatus::ADDED);
  Xapian::Database database(db.string());
  std::size_t claims = 0, dated = 0;
  for (auto p = database.postlist_begin("XTclaim"); p != database.postlist_end("XTclaim"); ++p) {
    const Xapian::Document doc = database.get_document(*p);
    ++claims;
    if (!doc.get_value(schema::SLOT_CLAIM_DATE_BEGIN).empty()) ++dated;
  }
  CHECK(claims >= 3);
  CHECK(dated == 1);  // only 2018年11月6日
}
