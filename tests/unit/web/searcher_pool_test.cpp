/// @file searcher_pool_test.cpp
/// @brief The server's searcher pool builds the claim table of the revision it opened at startup
/// in the background, without any claim query asking for it.
#include "searcher_pool.h"

#include <catch2/catch.hpp>
#include <thread>

#include "index_fixture.h"

using namespace suyuan;

TEST_CASE("the searcher pool prepares the claim table at startup before a claim query asks",
          "[web]") {
  test::TempDir dir;
  const auto corpus = dir.path() / "corpus", db = dir.path() / "db";
  std::filesystem::create_directories(corpus);
  const std::string p000 = "000_253fffbcabc856cf.txt", p001 = "001_8e11a6ad99196ebb.txt";
  std::filesystem::copy(test::corpus_dir() / p001, corpus / p001);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor()).build(corpus);
  // Every lease looks for a newer commit, so each one reads the newest revision.
  SearcherPool pool(DatabaseSource{db, {}}, test::shared_normalizer(), &test::shared_gazetteer(),
                    std::chrono::milliseconds(0));
  const auto prepared = [&](std::size_t articles) {
    for (int attempt = 0; attempt < 250; ++attempt) {
      {
        SearcherPool::Lease lease = pool.acquire();
        REQUIRE(lease->article_count() == articles);
        if (lease->claims_prepared()) return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  };
  CHECK(prepared(1));

  // A later revision's table waits for the first claim query that reads it (a commit every few
  // seconds would otherwise build tables that no query reads).
  std::filesystem::copy(test::corpus_dir() / p000, corpus / p000);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor()).build(corpus);
  SearcherPool::Lease lease = pool.acquire();
  REQUIRE(lease->article_count() == 2);
  CHECK_FALSE(lease->claims_prepared());
  lease->prepare_claims();
  CHECK(lease->claims_prepared());
}
