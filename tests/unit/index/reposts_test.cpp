/// @file reposts_test.cpp
/// @brief Re-post detection: shingles and relations on real news, clusters and lineage on the
/// seeds (a re-post of 001's original clusters with 001; 000 names its sources), and the
/// incremental path (adding or removing one article updates the clusters).
#include "suyuan/index/reposts.h"

#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <tuple>

#include "index_fixture.h"
#include "suyuan/core/utf8.h"
#include "suyuan/index/schema.h"
#include "suyuan/search/reposts.h"

namespace fs = std::filesystem;
using namespace suyuan;
using suyuan::test::TempDir;

namespace {

const RepostRules& rules() { return test::shared_repost_rules(); }

const std::string REPOST_FIXTURE = "001_repost_xinwenkuaibao.txt";

fs::path fixture_path() { return test::source_dir() / "tests/data/reposts" / REPOST_FIXTURE; }

/// A corpus of the three seeds, plus the re-post of 001's original when asked.
void make_corpus(const fs::path& dir, bool with_repost) {
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(test::corpus_dir())) {
    fs::copy_file(entry.path(), dir / entry.path().filename(),
                  fs::copy_options::overwrite_existing);
  }
  if (with_repost) {
    fs::copy_file(fixture_path(), dir / REPOST_FIXTURE, fs::copy_options::overwrite_existing);
  } else {
    fs::remove(dir / REPOST_FIXTURE);
  }
}

BuildReport build(const fs::path& db, const fs::path& corpus) {
  CorpusIndexer indexer(db, test::shared_normalizer(), &test::shared_extractor());
  BuildOptions options;
  options.reposts = &rules();
  return indexer.build(corpus, options);
}

/// The collapse value the document of `path` carries, and whether the `repost:` filter on it
/// (a value range of that one value) finds the document.
std::pair<std::string, bool> cluster_marks(const fs::path& db, const std::string& path) {
  Xapian::Database database(db.string());
  Xapian::PostingIterator p = database.postlist_begin("Q" + path);
  REQUIRE(p != database.postlist_end("Q" + path));
  const Xapian::docid id = *p;
  const std::string value = database.get_document(id).get_value(schema::SLOT_REPOST_CLUSTER);
  bool filtered = false;
  if (!value.empty()) {
    Xapian::Enquire enquire(database);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::SLOT_REPOST_CLUSTER, value, value));
    const Xapian::MSet found = enquire.get_mset(0, database.get_doccount());
    for (auto m = found.begin(); m != found.end(); ++m) filtered = filtered || *m == id;
  }
  return {value, filtered};
}

/// The first article of the shared p233 news with at least `min_chars` bytes of text.
std::string news_text(std::size_t min_bytes, std::size_t skip = 0) {
  std::ifstream in(test::shared_data_dir() / "news/news_2018_p233.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    const std::string text = j.value("text", "");
    if (text.size() >= min_bytes && skip-- == 0) return text;
  }
  FAIL("no news article of " << min_bytes << " bytes");
  return {};
}

}  // namespace

TEST_CASE("overlap tells copies, excerpts and unrelated articles apart", "[index][reposts]") {
  const std::string article = news_text(3000);
  const std::string other = news_text(3000, 1);
  const auto a = shingle_hashes(rules(), article);
  // The same text with other punctuation and spacing is the same text.
  std::string respaced;
  for (char c : article) respaced += c == ' ' ? '\n' : c;
  CHECK(overlap(shingle_hashes(rules(), respaced), a).jaccard > 0.99);

  // The first third under another headline: an excerpt of the article.
  const std::string part =
      "突发！另一个标题\n" + article.substr(0, utf8::floor_boundary(article, article.size() / 3));
  const Overlap excerpt = overlap(shingle_hashes(rules(), part), a);
  CHECK(is_copy(rules(), excerpt));
  CHECK(classify(rules(), excerpt) == RepostRelation::EXCERPT);

  // A header and footer added and nothing left out: an edited re-post.
  const std::string edited = "编者按：本文观点仅代表作者本人，不代表本站立场，转载请注明出处。\n" +
                             article + "\n声明：本文仅供参考，不构成投资建议。责任编辑：王晓明\n";
  const Overlap e = overlap(shingle_hashes(rules(), edited), a);
  CHECK(is_copy(rules(), e));
  CHECK(classify(rules(), e) != RepostRelation::EXCERPT);

  const Overlap unrelated = overlap(shingle_hashes(rules(), other), a);
  CHECK_FALSE(is_copy(rules(), unrelated));
  CHECK(unrelated.jaccard < 0.1);
}

TEST_CASE("anchors are a content-defined sample of the shingles", "[index][reposts]") {
  const std::string article = news_text(3000);
  const Anchors anchors = anchor_hashes(rules(), article);
  const auto shingles = shingle_hashes(rules(), article);
  REQUIRE_FALSE(anchors.all.empty());
  // Winnowing picks about 2 / (window + 1) of the shingles, each of them a shingle of the text.
  const double share =
      static_cast<double>(anchors.all.size()) / static_cast<double>(shingles.size());
  const double expected = 2.0 / static_cast<double>(rules().anchor_window + 1);
  CHECK(share > 0.6 * expected);
  CHECK(share < 1.5 * expected);
  for (auto h : anchors.all) CHECK(std::binary_search(shingles.begin(), shingles.end(), h));
  // A passage keeps its anchors wherever it stands.
  const Anchors moved = anchor_hashes(rules(), "前面加了一段毫不相干的文字。\n" + article);
  std::size_t kept = 0;
  for (auto h : anchors.all) kept += std::count(moved.all.begin(), moved.all.end(), h);
  CHECK(kept == anchors.all.size());
  // The index stores the anchors of the larger window: a subset, about 2 / (window + 1).
  CHECK(rules().anchor_term_window > rules().anchor_window);
  for (auto h : anchors.terms)
    CHECK(std::find(anchors.all.begin(), anchors.all.end(), h) != anchors.all.end());
  const double term_share =
      static_cast<double>(anchors.terms.size()) / static_cast<double>(shingles.size());
  const double term_expected = 2.0 / static_cast<double>(rules().anchor_term_window + 1);
  CHECK(term_share > 0.6 * term_expected);
  CHECK(term_share < 1.5 * term_expected);
  CHECK(anchor_key(anchors.terms.front()) != anchor_key(anchors.terms.back()));
}

TEST_CASE("every window of shingles of a shared passage holds an anchor", "[index][reposts]") {
  // Sampling by hash value leaves gaps that lose short excerpts; winnowing leaves none: each
  // run of `window` shingles inside the passage has an anchor that the whole text has too.
  const std::string article = news_text(3000, 2);
  const Anchors whole = anchor_hashes(rules(), article);
  for (std::size_t chars : {120, 200, 400}) {
    // A passage of `chars` characters from the middle, cut on character boundaries.
    std::size_t begin = article.size() / 3, pos = begin;
    while ((static_cast<unsigned char>(article[begin]) & 0xC0) == 0x80) pos = ++begin;
    for (std::size_t n = 0; n < chars && pos < article.size(); ++n) utf8::decode(article, pos);
    const std::string passage = article.substr(begin, pos - begin);
    const std::size_t shingles = shingle_hashes(rules(), passage).size();
    const Anchors part = anchor_hashes(rules(), passage);
    for (const auto& [window, mine, theirs] :
         {std::tuple{rules().anchor_window, part.all, whole.all},
          std::tuple{rules().anchor_term_window, part.terms, whole.terms}}) {
      std::size_t shared = 0;
      for (auto h : mine) shared += std::count(theirs.begin(), theirs.end(), h);
      INFO(chars << " characters, window " << window << ": " << shingles << " shingles");
      CHECK(shared >= shingles / window);
    }
  }
}

TEST_CASE("citation cues name the source and its date", "[index][reposts]") {
  const auto cites = find_cited_sources(rules(),
                                        "正文。\n原文登载于澎湃新闻2025年07月15日关于黄仁勋的报道\n"
                                        "编者按:本文转载自A5专栏,作者道哥。\n来源:新浪财经");
  REQUIRE(cites.size() == 3);
  CHECK(cites[0].name == "澎湃新闻");
  CHECK(cites[0].date == "2025-07-15");
  CHECK(cites[1].name == "A5专栏");
  CHECK(cites[1].date.empty());
  CHECK(cites[2].name == "新浪财经");
  CHECK(find_cited_sources(rules(), "他来源源不断地说").empty());
}

TEST_CASE("a re-post of 001's original clusters with 001, which is its origin",
          "[index][reposts]") {
  TempDir dir;
  make_corpus(dir.path() / "corpus", true);
  build(dir.path() / "db", dir.path() / "corpus");
  const RepostIndex index(dir.path() / "db", &rules());
  REQUIRE(index.clusters().size() == 1);
  const RepostCluster& cluster = index.clusters().front();
  REQUIRE(cluster.members.size() == 2);
  CHECK(cluster.origin().path == "001_8e11a6ad99196ebb.txt");
  CHECK(cluster.origin().publisher == "A5专栏");
  CHECK(cluster.origin_reason.find("cited by " + REPOST_FIXTURE) != std::string::npos);
  const RepostMember& copy = cluster.members[1];
  CHECK(copy.path == REPOST_FIXTURE);
  CHECK(copy.publisher == "芯闻快报");
  // A paragraph left out and an editor's note and footer added.
  CHECK(copy.relation == RepostRelation::EDITED_REPOST);
  CHECK(copy.similarity > 0.8);
  CHECK(copy.similarity < 0.99);
  CHECK(cluster.describe_origin() == "A5专栏's article of 2025-09-26");

  // Both documents carry the cluster; 000 and 002 do not.
  CHECK(cluster_marks(dir.path() / "db", REPOST_FIXTURE) ==
        std::make_pair(cluster.origin_id, true));
  CHECK(cluster_marks(dir.path() / "db", "001_8e11a6ad99196ebb.txt").first == cluster.origin_id);
  CHECK(cluster_marks(dir.path() / "db", "000_253fffbcabc856cf.txt") ==
        std::make_pair(std::string(), false));

  const nlohmann::json j = to_json(index.clusters());
  CHECK(j["clusters"][0]["origin"]["doc_id"] == cluster.origin_id);
  CHECK(j["clusters"][0]["members"].size() == 2);
  CHECK(j["clusters"][0]["members"][1]["relation"] == "edited re-post");
}

TEST_CASE("000's cited sources are its lineage", "[index][reposts]") {
  const RepostIndex index(test::corpus_index().database(), &rules());
  CHECK(index.clusters().empty());
  const auto lineage = index.lineage(doc_id_for_path("000_253fffbcabc856cf.txt"));
  REQUIRE(lineage);
  REQUIRE(lineage->members.size() == 1);
  std::vector<std::pair<std::string, std::string>> sources;
  for (const auto& s : lineage->cited_sources) sources.emplace_back(s.name, s.date);
  CHECK(sources == std::vector<std::pair<std::string, std::string>>{{"澎湃新闻", "2025-07-15"},
                                                                    {"新浪财经", "2025-07-21"},
                                                                    {"观察者网", "2025-07-10"}});
  CHECK_FALSE(index.lineage("0000000000000000"));
}

TEST_CASE("clusters follow one-article changes without a pass over the corpus",
          "[index][reposts]") {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  make_corpus(corpus, false);
  build(db, corpus);
  CHECK(RepostIndex(db, &rules()).clusters().empty());

  // Added later: found through the anchors of the committed index.
  make_corpus(corpus, true);
  const BuildReport added = build(db, corpus);
  CHECK(added.count(FileStatus::ADDED) == 1);
  CHECK(added.count(FileStatus::UNCHANGED) == 3);
  {
    const RepostIndex index(db, &rules());
    REQUIRE(index.clusters().size() == 1);
    CHECK(index.clusters()[0].origin().path == "001_8e11a6ad99196ebb.txt");
    CHECK(cluster_marks(db, "001_8e11a6ad99196ebb.txt").second);
  }

  // An unchanged re-run keeps the cluster.
  build(db, corpus);
  CHECK(RepostIndex(db, &rules()).clusters().size() == 1);

  // Removed: the cluster and the marks on 001 go.
  make_corpus(corpus, false);
  build(db, corpus);
  CHECK(RepostIndex(db, &rules()).clusters().empty());
  CHECK(cluster_marks(db, "001_8e11a6ad99196ebb.txt") == std::make_pair(std::string(), false));
}

TEST_CASE("a database of an older schema upgrades with re-post detection on", "[index][reposts]") {
  TempDir dir;
  make_corpus(dir.path() / "corpus", true);
  build(dir.path() / "db", dir.path() / "corpus");
  {
    // Every article's data in a layout this build cannot read (schema 10's SYD1), as an index
    // made by an older suyuan holds it.
    Xapian::WritableDatabase writable((dir.path() / "db").string());
    for (auto p = writable.postlist_begin("XTarticle"); p != writable.postlist_end("XTarticle");
         ++p) {
      Xapian::Document doc = writable.get_document(*p);
      doc.set_data("SYD1" + std::string(40, '\0'));
      writable.replace_document(*p, doc);
    }
    writable.set_metadata(std::string(schema::VERSION_KEY), "10");
    writable.commit();
  }
  const BuildReport again = build(dir.path() / "db", dir.path() / "corpus");
  CHECK(again.count(FileStatus::FAILED) == 0);
  CHECK(again.count(FileStatus::UPDATED) == 4);
  const RepostIndex index(dir.path() / "db", &rules());
  REQUIRE(index.clusters().size() == 1);
  CHECK(index.clusters().front().members.size() == 2);
}
