/// @file reposts_test.cpp
/// @brief Search and cross-checking with re-posts: a cluster shows once, with the number of its
/// copies, unless every copy is asked for; its claims count as one source and say whose.
#include "suyuan/search/reposts.h"

#include <catch2/catch.hpp>
#include <set>

#include "index_fixture.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/searcher.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

/// corpus/ and the re-post of 001's original, indexed together once.
const test::IndexFixture& repost_index() {
  static const fs::path corpus =
      test::corpus_with({test::source_dir() / "tests/data/reposts/001_repost_xinwenkuaibao.txt"});
  static const test::IndexFixture fixture(corpus);
  return fixture;
}

const Searcher& searcher() {
  static const Searcher instance(repost_index().database(), test::shared_normalizer(),
                                 &test::shared_gazetteer());
  return instance;
}

SearchResponse search(const std::string& query, bool all) {
  SearchRequest request;
  request.query = query;
  request.all = all;
  return searcher().search(request);
}

}  // namespace

TEST_CASE("a re-post cluster shows once, with its number of copies", "[search][reposts]") {
  const std::string origin = doc_id_for_path("001_8e11a6ad99196ebb.txt");
  const SearchResponse folded = search("B30A", false);
  REQUIRE(folded.results.size() == 1);
  CHECK(folded.results[0].cluster == origin);
  CHECK(folded.results[0].reposts == 1);
  CHECK(to_json(folded.results[0])["reposts"] == 1);

  const SearchResponse every = search("B30A", true);
  CHECK(every.results.size() == 2);

  // The copies of a cluster, by its origin.
  CHECK(search("repost:" + origin, true).results.size() == 2);

  // Articles without copies carry no cluster.
  const SearchResponse alone = search("盧特尼克", false);
  REQUIRE_FALSE(alone.results.empty());
  CHECK(alone.results[0].cluster.empty());
  CHECK_FALSE(to_json(alone.results[0]).contains("reposts"));
}

TEST_CASE("cross-checking counts a cluster as one source and names it",
          "[search][check][reposts]") {
  const auto rules = CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  const auto claims = searcher().claims();
  std::size_t from_copy = 0;
  for (const auto& c : claims) {
    if (c.path == "001_repost_xinwenkuaibao.txt") {
      ++from_copy;
      if (!c.claim.attribution) {
        CHECK(c.origin == "A5专栏");
        CHECK(c.repost_of == "A5专栏's article of 2025-09-26");
      }
    }
  }
  REQUIRE(from_copy > 0);
  bool found = false;
  for (const auto& group : cross_check(claims, CheckRequest{}, rules)) {
    std::set<std::string> docs;
    for (const auto& c : group.claims) docs.insert(c.path);
    if (docs != std::set<std::string>{"001_8e11a6ad99196ebb.txt", "001_repost_xinwenkuaibao.txt"})
      continue;
    bool own_voice = true;
    for (const auto& c : group.claims) own_voice = own_voice && !c.repost_of.empty();
    if (!own_voice) continue;
    found = true;
    CHECK(group.verdict == Verdict::SINGLE_SOURCE);
    CHECK(group.independent_sources == 1);
    CHECK(group.explanation ==
          "2 articles, 1 independent source: re-posts of A5专栏's article of 2025-09-26");
    // The same as data: one source, the cluster's two articles, traced to the origin article.
    CHECK(group.reason == "one_repost_cluster");
    REQUIRE(group.sources.size() == 1);
    CHECK(group.sources[0].origin == "A5专栏");
    CHECK(group.sources[0].documents.size() == 2);
    const std::string origin_id = group.sources[0].repost_origin;
    for (const auto& c : group.claims) {
      CHECK(c.repost_origin == origin_id);
      if (c.path == "001_8e11a6ad99196ebb.txt") CHECK(c.doc_id == origin_id);  // 001 is the origin
    }
    const auto json = to_json(group);
    CHECK(json["sources"][0]["repost_origin"] == origin_id);
    CHECK(json["claims"][0]["repost_origin"] == origin_id);
  }
  CHECK(found);
}

TEST_CASE("each re-post cluster of a page counts its own copies", "[search][reposts]") {
  // Two clusters on one page: 000 with two verbatim copies, 001 with one.
  test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus";
  fs::copy(test::corpus_dir(), corpus);
  fs::copy_file(corpus / "000_253fffbcabc856cf.txt", corpus / "000_copy_a.txt");
  fs::copy_file(corpus / "000_253fffbcabc856cf.txt", corpus / "000_copy_b.txt");
  fs::copy_file(corpus / "001_8e11a6ad99196ebb.txt", corpus / "001_copy.txt");
  const test::IndexFixture index(corpus);
  const Searcher clustered(index.database(), test::shared_normalizer(), &test::shared_gazetteer());
  SearchRequest request;
  request.query = "英伟达";
  const SearchResponse folded = clustered.search(request);
  std::multiset<std::size_t> copies;
  for (const Hit& hit : folded.results) {
    if (!hit.cluster.empty()) copies.insert(hit.reposts);
  }
  CHECK(copies == std::multiset<std::size_t>{1, 2});
  request.all = true;
  CHECK(clustered.search(request).results.size() == folded.results.size() + 3);
}
