/// @file crash_test.cpp
/// @brief SIGKILL at random moments of real `suyuan-index build` runs: the index stays sound and
/// searchable, every document is in its old or its new version (never lost, never doubled, its
/// claims from the same version), and the next run finishes the job.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "suyuan/index/corpus_indexer.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/index/stored_metadata.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

const std::string INDEX = SUYUAN_INDEX_EXE;

/// Starts `suyuan-index build` quietly; returns its pid.
pid_t start_build(const fs::path& corpus, const fs::path& db, const std::string& shards) {
  std::vector<std::string> argv = {INDEX,
                                   "--data",
                                   test::data_dir().string(),
                                   "build",
                                   "--quiet",
                                   "--corpus",
                                   corpus.string(),
                                   "--db",
                                   db.string(),
                                   "--commit-mb",
                                   "0.02",
                                   "--jobs",
                                   "2"};
  if (!shards.empty()) argv.insert(argv.end(), {"--shards", shards});
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

/// Exit status of a finished child, or -SIGNAL.
int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

/// Runs a build to the end; returns its exit code.
int run_build(const fs::path& corpus, const fs::path& db, const std::string& shards) {
  return wait_for(start_build(corpus, db, shards));
}

/// path → content version of every file in the corpus.
std::map<std::string, std::string> corpus_versions(const fs::path& corpus) {
  std::map<std::string, std::string> versions;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    versions[entry.path().filename().string()] = sha256_hex(test::read_file(entry.path()));
  }
  return versions;
}

struct IndexedState {
  std::map<std::string, std::string> versions;  ///< path → indexed version
  std::size_t articles = 0;
};

/// Reads the index and checks what must hold after any kill: one article per path, claims of
/// each article exactly those of its stored version, and the index answers a query.
IndexedState read_index(const fs::path& db) {
  Xapian::Database database(db.string());
  REQUIRE(database.get_metadata(std::string(schema::VERSION_KEY)) == schema::VERSION);
  IndexedState state;
  const std::string article_term = "XTarticle";
  for (auto p = database.postlist_begin(article_term); p != database.postlist_end(article_term);
       ++p) {
    const Xapian::Document doc = database.get_document(*p);
    std::string path, version, doc_id;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const std::string term = *t;
      if (term.rfind("Q", 0) == 0) path = term.substr(1);
      if (term.rfind("XH", 0) == 0) version = term.substr(2);
      if (term.rfind("XID", 0) == 0) doc_id = term.substr(3);
    }
    INFO("article " << path);
    REQUIRE(database.get_termfreq("Q" + path) == 1);  // never doubled
    REQUIRE(state.versions.emplace(path, version).second);
    const auto stored = decode_stored_document(doc.get_data());
    const auto extraction = decode_stored_extraction(stored.extraction_json, stored.raw);
    // The article stores how many claim documents it has (each claim is stored once).
    const std::size_t claims =
        extraction.is_object() ? extraction[std::string(STORED_CLAIM_COUNT_KEY)].get<std::size_t>()
                               : 0;
    CHECK(database.get_termfreq("XPAR" + doc_id) == claims);  // claims of this version only
    ++state.articles;
  }
  // Searchable: a unigram every article of this corpus contains.
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query("的"));
  CHECK(enquire.get_mset(0, 10).size() > 0);
  return state;
}

/// xapian-check of a database, or of each shard under a stub.
bool xapian_check(const fs::path& db) {
  std::vector<fs::path> parts = {db};
  if (fs::exists(db / "XAPIANDB")) {
    parts.clear();
    for (int i = 0; fs::exists(db / ("shard-" + std::to_string(i))); ++i)
      parts.push_back(db / ("shard-" + std::to_string(i)));
  }
  for (const auto& part : parts) {
    const auto result = test::run_command({"/usr/bin/env", "xapian-check", part.string()});
    INFO(result.out << result.err);
    if (result.exit_code != 0) return false;
  }
  return !parts.empty();
}

/// A small corpus from the shared news: the first articles of each file.
void write_corpus(const fs::path& corpus, std::size_t per_file) {
  test::write_news_articles(corpus, per_file, "a");
}

/// Edits about a third of the files, removes one, adds one: the next build has work to do.
void change_corpus(const fs::path& corpus, std::mt19937& rng, int round) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    if (rng() % 3 == 0) {
      std::ofstream(file, std::ios::app) << "第" << round << "轮修订：美国商务部表示出口管制。\n";
    }
  }
  fs::remove(files[rng() % files.size()]);
  test::write_file(corpus / ("new" + std::to_string(round) + ".txt"),
                   "新华社北京电 第" + std::to_string(round) + "轮新增文章，中国的出口数据。\n");
}

void kill_builds(const std::string& shards) {
  test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  write_corpus(corpus, 40);
  REQUIRE(run_build(corpus, db, shards) == 0);

  const auto seed = static_cast<unsigned>(std::random_device{}());
  std::mt19937 rng(seed);
  INFO("seed " << seed);
  // How long a full build of the changed corpus takes bounds the random kill moments.
  change_corpus(corpus, rng, 0);
  auto started = std::chrono::steady_clock::now();
  REQUIRE(run_build(corpus, db, shards) == 0);
  const auto full = std::chrono::steady_clock::now() - started;
  auto max_delay = std::chrono::duration_cast<std::chrono::microseconds>(full).count();

  int killed = 0;
  // A build that finished before its kill still counts as a round; go on until 20 were killed.
  for (int round = 1; killed < 20 && round <= 60; ++round) {
    const IndexedState before = read_index(db);
    change_corpus(corpus, rng, round);
    const auto expected = corpus_versions(corpus);
    const pid_t pid = start_build(corpus, db, shards);
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % (max_delay * 9 / 10 + 1)));
    kill(pid, SIGKILL);
    if (wait_for(pid) == -SIGKILL) {
      ++killed;
    } else {
      max_delay /= 2;  // the machine got faster than the first build: kill sooner
    }

    INFO("round " << round);
    REQUIRE(xapian_check(db));
    const IndexedState after = read_index(db);
    for (const auto& [path, version] : after.versions) {
      const auto old_version = before.versions.find(path);
      const auto new_version = expected.find(path);
      const bool is_old = old_version != before.versions.end() && old_version->second == version;
      const bool is_new = new_version != expected.end() && new_version->second == version;
      INFO(path);
      CHECK((is_old || is_new));
    }
    for (const auto& [path, version] : before.versions) {
      // Never lost: a file still in the corpus keeps an indexed version.
      if (expected.count(path)) CHECK(after.versions.count(path) == 1);
    }
  }
  CHECK(killed >= 20);

  // The next run finishes the job: every file in its current version, nothing else.
  REQUIRE(run_build(corpus, db, shards) == 0);
  REQUIRE(xapian_check(db));
  const IndexedState final_state = read_index(db);
  CHECK(final_state.versions == corpus_versions(corpus));
}

/// First builds (nothing at the target) killed at random moments: the target is absent or
/// complete, never half a database; the parts a killed build left beside it are removed by the
/// next build, which finishes the job.
void kill_first_builds(const std::string& shards) {
  test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  const fs::path parts = dir.path() / ".db.suyuan-build";
  write_corpus(corpus, 40);
  const auto expected = corpus_versions(corpus);
  auto started = std::chrono::steady_clock::now();
  REQUIRE(run_build(corpus, db, shards) == 0);
  auto max_delay = std::chrono::duration_cast<std::chrono::microseconds>(
                       std::chrono::steady_clock::now() - started)
                       .count();
  CHECK_FALSE(fs::exists(parts));

  const auto seed = static_cast<unsigned>(std::random_device{}());
  std::mt19937 rng(seed);
  INFO("seed " << seed);
  int killed = 0, left_parts = 0;
  for (int round = 1; killed < 20 && round <= 60; ++round) {
    INFO("round " << round);
    // Every other round starts on what the last killed build left beside the target.
    if (fs::exists(db) || round % 2 == 1) {
      fs::remove_all(db);
      fs::remove_all(parts);
    }
    const pid_t pid = start_build(corpus, db, shards);
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % (max_delay + 1)));
    kill(pid, SIGKILL);
    if (wait_for(pid) == -SIGKILL) {
      ++killed;
    } else {
      max_delay /= 2;
      CHECK_FALSE(fs::exists(parts));  // a finished build removes them
    }
    if (fs::exists(parts)) ++left_parts;
    if (!fs::exists(db)) continue;  // killed before its result was renamed into place
    REQUIRE(xapian_check(db));
    CHECK(read_index(db).versions == expected);  // or complete
  }
  CHECK(killed >= 20);
  CHECK(left_parts > 0);  // some kills left parts for the next build to remove

  fs::remove_all(db);
  REQUIRE(run_build(corpus, db, shards) == 0);
  CHECK_FALSE(fs::exists(parts));
  REQUIRE(xapian_check(db));
  CHECK(read_index(db).versions == expected);
}

}  // namespace

TEST_CASE("first builds killed at random moments leave no half database", "[index][crash]") {
  kill_first_builds("");
}

TEST_CASE("sharded first builds killed at random moments leave no half database",
          "[index][crash][shards]") {
  kill_first_builds("2");
}

TEST_CASE("builds killed at random moments lose nothing and are finished by the next run",
          "[index][crash]") {
  kill_builds("");
}

TEST_CASE("sharded builds killed at random moments lose nothing", "[index][crash][shards]") {
  kill_builds("2");
}
