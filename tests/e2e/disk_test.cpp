/// @file disk_test.cpp
/// @brief A build into a full disk or a read-only database fails with a clear error and leaves
/// the previous index whole: it opens, passes xapian-check and answers the same queries.
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "test_support.h"

namespace fs = std::filesystem;
using suyuan::test::run_command;

namespace {

const std::string INDEX = SUYUAN_INDEX_EXE;
const std::string SEARCH = SUYUAN_SEARCH_EXE;

/// `suyuan-index build` of `corpus` into `db`, run through `/bin/sh -c PRELUDE` so the test
/// can limit or confine the process before it starts.
suyuan::test::CommandResult build_with(const std::string& prelude, const fs::path& corpus,
                                       const fs::path& db) {
  return run_command({"/bin/sh", "-c", prelude + " exec \"$0\" \"$@\"", INDEX, "--data",
                      suyuan::test::data_dir().string(), "build", "--quiet", "--corpus",
                      corpus.string(), "--db", db.string()});
}

std::size_t document_count(const fs::path& db) {
  return Xapian::Database(db.string()).get_doccount();
}

std::string search(const fs::path& db, const std::string& query) {
  const auto result = run_command({SEARCH, "--data", suyuan::test::data_dir().string(), "query",
                                   "--db", db.string(), "--json", query});
  REQUIRE(result.exit_code == 0);
  return result.out;
}

/// The three seed articles, plus `extra` CCTV news articles of the shared data.
void write_corpus(const fs::path& corpus, std::size_t extra) {
  fs::create_directories(corpus);
  for (const auto& entry : fs::directory_iterator(suyuan::test::corpus_dir())) {
    if (entry.path().extension() == ".txt")
      fs::copy_file(entry.path(), corpus / entry.path().filename(),
                    fs::copy_options::overwrite_existing);
  }
  std::ifstream news(suyuan::test::shared_data_dir() / "news" / "xwlb_cctv_2022-2026.jsonl");
  std::string line;
  for (std::size_t i = 0; i < extra && std::getline(news, line); ++i) {
    std::ofstream(corpus / ("news_" + std::to_string(i) + ".txt")) << line << '\n';
  }
}

bool xapian_check_passes(const fs::path& db) {
  const auto result = run_command({"/usr/bin/env", "xapian-check", db.string()});
  return result.exit_code == 0;
}

}  // namespace

TEST_CASE("a build that runs out of disk space fails clearly and keeps the previous index",
          "[e2e][disk]") {
  suyuan::test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  write_corpus(corpus, 0);
  REQUIRE(build_with("", corpus, db).exit_code == 0);
  const std::size_t before = document_count(db);
  const std::string answer = search(db, "英伟达");

  write_corpus(corpus, 400);
  // A file size limit stands in for a full disk: writes past it fail with EFBIG, as they
  // would with ENOSPC, once SIGXFSZ is ignored.
  const auto full = build_with("ulimit -f 300; trap '' XFSZ;", corpus, db);
  CHECK(full.exit_code == 1);
  CHECK(full.err.find("error") != std::string::npos);
  CHECK(full.err.find(db.string()) != std::string::npos);  // names the database it could not write

  CHECK(xapian_check_passes(db));
  CHECK(document_count(db) == before);
  CHECK(search(db, "英伟达") == answer);

  // With room again, the next run finishes the job.
  REQUIRE(build_with("", corpus, db).exit_code == 0);
  CHECK(document_count(db) > before);
}

TEST_CASE("a build into a read-only database fails clearly and keeps it", "[e2e][disk]") {
  suyuan::test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  write_corpus(corpus, 0);
  REQUIRE(build_with("", corpus, db).exit_code == 0);
  const std::size_t before = document_count(db);
  write_corpus(corpus, 20);

  // Root ignores file modes, so as root the database is made read-only by a read-only bind
  // mount in a private mount namespace; elsewhere by taking away the write permission.
  std::string prelude;
  if (geteuid() == 0) {
    const std::string quoted = "'" + db.string() + "'";
    const auto probe =
        run_command({"/bin/sh", "-c",
                     "unshare -m sh -c 'mount --bind " + quoted + " " + quoted +
                         " && mount -o remount,bind,ro " + quoted + " " + quoted + "' 2>&1"});
    if (probe.exit_code != 0) {
      WARN("no mount namespace here (" << probe.out << "): read-only case not run");
      return;
    }
    // sh -c runs the build inside the namespace once the mount is read-only.
    prelude = "exec unshare -m sh -c 'mount --bind " + quoted + " " + quoted +
              " && mount -o remount,bind,ro " + quoted + " " + quoted +
              " && exec \"$0\" \"$@\"' \"$0\" \"$@\";";
  } else {
    fs::permissions(db, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  }
  const auto result = build_with(prelude, corpus, db);
  if (geteuid() != 0) fs::permissions(db, fs::perms::owner_write, fs::perm_options::add);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("error") != std::string::npos);
  CHECK(result.err.find(db.string()) != std::string::npos);
  CHECK(xapian_check_passes(db));
  CHECK(document_count(db) == before);
}
