/// @file searcher_test.cpp
/// @brief Search over corpus/ plus trap articles: exact phrases, whole model codes, either
/// script, byte spans that point at the original text.
#include "suyuan/search/searcher.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "index_fixture.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/index/term_positions.h"
#include "suyuan/search/cross_check.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

/// corpus/ and tests/data/traps indexed together, once.
const test::IndexFixture& trap_index() {
  static const fs::path corpus = [] {
    static test::TempDir dir;
    fs::copy(test::corpus_dir(), dir.path() / "corpus");
    fs::copy(test::source_dir() / "tests/data/traps", dir.path() / "corpus/traps");
    return dir.path() / "corpus";
  }();
  static const test::IndexFixture fixture(corpus);
  return fixture;
}

const Searcher& searcher() {
  static const Searcher instance(trap_index().database(), test::shared_normalizer(),
                                 &test::shared_gazetteer());
  return instance;
}

std::set<std::string> paths(const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.limit = 100;
  std::set<std::string> out;
  for (const Hit& hit : searcher().search(request).results) out.insert(hit.path);
  return out;
}

/// Raw bytes of an indexed file (corpus/ or the trap articles).
std::string raw_of(const std::string& path) {
  if (path.rfind("traps/", 0) == 0)
    return test::read_file(test::source_dir() / "tests/data" / path);
  return test::read_file(test::corpus_dir() / path);
}

const std::string P000 = "000_253fffbcabc856cf.txt";
const std::string P001 = "001_8e11a6ad99196ebb.txt";
const std::string P002 = "002_1607139f7c916639.txt";

}  // namespace

TEST_CASE("a Chinese word matches as a phrase, never as scattered characters", "[search]") {
  auto hits = paths("出口管制");
  CHECK(hits.count(P001) == 1);
  CHECK(hits.count(P002) == 1);
  CHECK(hits.count("traps/far_apart.txt") == 0);
  CHECK(paths("出口").count("traps/far_apart.txt") == 1);
  CHECK(paths("管制").count("traps/far_apart.txt") == 1);
}

TEST_CASE("NEAR and ADJ between Chinese words count characters as words", "[search]") {
  // far_apart.txt has 出口 and 管制 some sixty characters apart; corpus 001 and 002 write
  // 出口管制.
  const auto near = paths("出口 NEAR 管制");
  CHECK(near.count(P001) == 1);
  CHECK(near.count(P002) == 1);
  CHECK(near.count("traps/far_apart.txt") == 0);
  CHECK(paths("出口 NEAR/100 管制").count("traps/far_apart.txt") == 1);
  CHECK(paths("出口 ADJ/1 管制") == paths("出口管制"));
  CHECK(paths("管制 ADJ 出口").empty());  // in the order written
  // 沿海港口的农产品出口: four characters between the words.
  CHECK(paths("港口 NEAR/5 出口").count("traps/far_apart.txt") == 1);
  CHECK(paths("港口 NEAR/4 出口").count("traps/far_apart.txt") == 0);
  // A Latin word beside a Chinese one (H20芯片 in 000 and 001).
  CHECK(paths("H20 ADJ/1 芯片") == paths("H20芯片"));
  // Aliases keep all their forms: 輝達 and 晶片 find 英偉達 … 芯片 and 辉达H200芯片.
  CHECK(paths("輝達 NEAR 晶片") == paths("英伟达 NEAR 芯片 OR 辉达 NEAR 芯片"));
  CHECK(paths("輝達 NEAR 晶片").size() == 3);
  // A required chain after another word (Xapian's parser once crashed on an alias there).
  CHECK(paths("h20 +英伟达 NEAR 芯片").count(P000) == 1);
}

TEST_CASE("H20 does not match H200", "[search]") {
  auto h20 = paths("H20");
  CHECK(h20.count("traps/only_h200.txt") == 0);
  CHECK(h20.count(P000) == 1);
  CHECK(h20.count(P001) == 1);
  CHECK(paths("H200").count("traps/only_h200.txt") == 1);
}

TEST_CASE("a query in either script finds the same articles", "[search]") {
  CHECK(paths("英偉達") == paths("英伟达"));
  CHECK(paths("英伟达").count(P000) == 1);
  CHECK(paths("英伟达").count(P001) == 1);
  CHECK(paths("人工智慧").count("traps/traditional_ai.txt") == 1);
  CHECK(paths("輝達").count(P002) == 1);
}

TEST_CASE("spans point at the matched bytes in the original script", "[search]") {
  SearchRequest request;
  request.query = "英伟达";
  for (const Hit& hit : searcher().search(request).results) {
    const std::string raw = raw_of(hit.path);
    REQUIRE_FALSE(hit.spans.empty());
    for (const ByteRange& span : hit.spans) {
      const std::string matched = raw.substr(span.begin, span.size());
      CHECK((matched == "英伟达" || matched == "英偉達" || matched == "辉达" || matched == "輝達" ||
             matched == "NVIDIA"));
    }
    // The snippet is cut from the raw text at the span it claims.
    CHECK(raw.substr(hit.snippet_raw.begin, hit.snippet_raw.size()) == hit.snippet);
  }
}

TEST_CASE("spans skip inline pinyin junk inside a word", "[search]") {
  // 001 writes 英偉達(dá): the cited span covers the annotation, which sits inside the word.
  SearchRequest request;
  request.query = "英伟达";
  for (const Hit& hit : searcher().search(request).results) {
    if (hit.path != P001) continue;
    const std::string raw = test::read_file(test::corpus_dir() / hit.path);
    for (const ByteRange& span : hit.spans) {
      const std::string matched = raw.substr(span.begin, span.size());
      CHECK(matched.rfind("英偉", 0) == 0);
      CHECK(matched.find("達") != std::string::npos);
    }
  }
}

TEST_CASE("results carry provenance", "[search]") {
  SearchRequest request;
  request.query = "H200 萨克斯";
  auto response = searcher().search(request);
  REQUIRE_FALSE(response.results.empty());
  const Hit& top = response.results.front();
  CHECK(top.path == P002);
  CHECK(top.doc_id == doc_id_for_path(P002));
  CHECK(top.published.rfind("2025-12-14", 0) == 0);
  CHECK(top.score > 0);
  auto json = to_json(response);
  CHECK(json["results"][0]["spans"][0].contains("start"));
  CHECK(json["total_estimate"].get<std::size_t>() >= 1);
}

TEST_CASE("malformed queries are clear errors, not crashes", "[search]") {
  for (std::string bad :
       {std::string(""), std::string("   "), std::string("\xff\xfe"), std::string(2000, 'a')}) {
    SearchRequest request;
    request.query = bad;
    try {
      searcher().search(request);
      FAIL("expected an error for query of " << bad.size() << " bytes");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::INVALID_INPUT);
    }
  }
  // Odd syntax is parsed leniently instead of failing.
  // (x +英伟达 NEAR 芯片: an alias beside NEAR or ADJ after a +term crashed Xapian's parser.)
  for (std::string odd : {"英伟达 AND (", "\"H20", "OR OR", "chip:", "((((英伟达",
                          "x +英伟达 NEAR 英伟达", "3 +英伟达 NEAR/3 英伟达", "x +英伟达 ADJ 芯片",
                          // (Xapian's parser reads ADJ:/2 after a proximity chain as ADJ of two
                          // phrases, which it cannot run; found by the query fuzzer.)
                          "h2* NEAR/6 英伟达 ADJ:/2 * / ^ @", "芯片 NEAR 出口 ADJ:/2 x",
                          // (Its lexer also reads NEAR and ADJ written with punctuation around
                          // them; found by the query fuzzer in CI.)
                          "a +英伟达 'NEAR/3 英伟达", "a +nvidia ~ADJ/2 huawei",
                          "a +英伟达 NEAR~ 英伟达", "a +芯片 NEAR 出口 ~NEAR 英伟达",
                          "a +xalias:0 NEAR xalias:1", "a +xnear:0 NEAR ~xnear:0"}) {
    SearchRequest request;
    request.query = odd;
    for (const bool claims : {false, true}) {
      try {
        if (claims)
          searcher().search_claims(request);
        else
          searcher().search(request);
      } catch (const Error& e) {
        INFO(odd << ": " << e.what());
        CHECK(e.kind() == ErrorKind::INVALID_INPUT);
      }
    }
  }
}

TEST_CASE("queries made of the parser's risky tokens run or fail as invalid input", "[search]") {
  // Xapian 1.4's parser crashes on some mixes of +, NEAR/ADJ and field queries; the fuzzer found
  // two, and libFuzzer's runs differ from machine to machine. These fixed random mixes of the
  // tokens around those crashes (operators with punctuation around them, aliases, Chinese words,
  // fields, ranges, the internal fields) run in every test run, the same on every machine.
  const std::vector<std::string> tokens = {"+",           "-",          "NEAR",
                                           "NEAR/3",      "~NEAR",      "'ADJ/2",
                                           "ADJ",         "ADJ/4",      "NEAR~",
                                           "NOT",         "AND",        "OR",
                                           "XOR",         "nvidia",     "英伟达",
                                           "輝達",        "芯片",       "出口",
                                           "h20",         "x",          "(",
                                           ")",           "title:x",    "title:芯片",
                                           "publisher:y", "chip:h20",   "repost:origin",
                                           "\"",          "\"芯片",     "xalias:0",
                                           "xnear:0",     "2020..2021", "date:2020..2021",
                                           "value:1..5",  "*",          "h2*",
                                           "~",           "^",          "'",
                                           "NEAR/0",      "NEAR/999",   "ADJ/"};
  std::mt19937 random(20261205);
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
  };
  std::size_t ran = 0, invalid = 0;
  for (int n = 0; n < 1500; ++n) {
    std::string query;
    const std::size_t length = 2 + pick(10);
    for (std::size_t k = 0; k < length; ++k) {
      if (!query.empty() && pick(7) != 0) query += ' ';  // sometimes glued to the token before
      if (const std::size_t sign = pick(8); sign < 2) query += "+-"[sign];
      query += tokens[pick(tokens.size())];
    }
    SearchRequest request;
    request.query = query;
    try {
      if (n % 2)
        searcher().search_claims(request);
      else
        searcher().search(request);
      ++ran;
    } catch (const Error& e) {
      INFO(query << ": " << e.what());
      CHECK(e.kind() == ErrorKind::INVALID_INPUT);
      ++invalid;
    }
  }
  // Most mixes are queries Xapian runs; the rest are clear errors, none anything else.
  CHECK(ran > invalid);
}

TEST_CASE("articles are fetched by doc_id with their offsets", "[search]") {
  auto article = searcher().article(doc_id_for_path(P001));
  REQUIRE(article.has_value());
  CHECK(article->raw == test::read_file(test::corpus_dir() / P001));
  CHECK_FALSE(searcher().article("0000000000000000").has_value());
  CHECK(searcher().article_count() == 6);
}

TEST_CASE("an article's claims come back from its claim documents, in extraction order",
          "[search]") {
  // The index stores each claim once (in its claim document); the article page gets them all.
  const auto article = searcher().article(doc_id_for_path(P001));
  REQUIRE(article.has_value());
  const nlohmann::json& claims = article->extraction.at("claims");
  CHECK_FALSE(article->extraction.contains("claim_count"));
  std::vector<nlohmann::json> stored;  // the claim documents, in the order they were added
  for (const CitedClaim& cited : searcher().claims()) {
    if (cited.doc_id == article->doc_id) stored.push_back(to_json(cited.claim));
  }
  REQUIRE_FALSE(claims.empty());
  REQUIRE(claims.size() == stored.size());
  for (std::size_t i = 0; i < claims.size(); ++i) CHECK(claims[i] == stored[i]);
}

TEST_CASE("a missing database is NOT_FOUND", "[search]") {
  try {
    Searcher missing("/nonexistent/suyuan.db", test::shared_normalizer());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::NOT_FOUND);
  }
}

TEST_CASE("publication date ranges filter articles", "[search]") {
  CHECK(paths("H20 date:2025-12..") == std::set<std::string>{P002});
  CHECK(paths("H20 date:2025-07..2025-09") == std::set<std::string>{P001});
  CHECK(paths("H20 date:2025-09-26..2025-09-26") == std::set<std::string>{P001});
  SearchRequest bad;
  bad.query = "H20 date:2025-13..2026-01";
  CHECK_THROWS_AS(searcher().search(bad), Error);
}

TEST_CASE("publisher filter and facet counts", "[search]") {
  CHECK(paths("H20 publisher:A5专栏") == std::set<std::string>{P001});
  SearchRequest request;
  request.query = "H20";
  request.facets = true;
  auto response = searcher().search(request);
  std::map<std::string, std::size_t> months, publishers;
  for (const auto& [name, values] : response.facets) {
    for (const auto& [value, count] : values) {
      if (name == "month") months[value] = count;
      if (name == "publisher") publishers[value] = count;
    }
  }
  CHECK(months["2025-09"] == 1);
  CHECK(months["2025-12"] == 1);
  CHECK(publishers["a5专栏"] == 1);
  CHECK(to_json(response).contains("facets"));
}

TEST_CASE("regional aliases find each other", "[search]") {
  // 002 writes 辉达, 000 and 001 英偉達: each name finds all three.
  CHECK(paths("辉达") == paths("英伟达"));
  CHECK(paths("辉达 H200").count(P002) == 1);
  CHECK(paths("辉达").count(P001) == 1);
  CHECK(paths("NVIDIA").count(P000) == 1);
  CHECK(paths("晶片") == paths("芯片"));
  CHECK(paths("人工智能").count("traps/traditional_ai.txt") == 1);
  CHECK(paths("特朗普").count(P002) == 1);  // 002 says 川普
  // Highlights show the form the article wrote.
  SearchRequest request;
  request.query = "辉达";
  for (const Hit& hit : searcher().search(request).results) {
    if (hit.path != P001) continue;
    const std::string raw = test::read_file(test::corpus_dir() / hit.path);
    REQUIRE_FALSE(hit.spans.empty());
    CHECK(raw.substr(hit.spans[0].begin, hit.spans[0].size()) == "英偉達");
  }
}

TEST_CASE("entity filters accept any alias and stay exact", "[search]") {
  CHECK(paths("chip:H20").count(P000) == 1);
  CHECK(paths("chip:H20").count("traps/only_h200.txt") == 0);
  CHECK(paths("chip:H200") == std::set<std::string>{P002, "traps/only_h200.txt"});
  CHECK(paths("org:輝達").count(P001) == 1);
  CHECK(paths("org:nvidia") == paths("org:英伟达"));
  CHECK(paths("person:川普") == std::set<std::string>{P001, P002});  // 001 says 特朗普
  CHECK(paths("source:reuters") == std::set<std::string>{P001});
}

TEST_CASE("claims are searchable with ranges and filters", "[search]") {
  SearchRequest request;
  request.limit = 100;
  request.query = "chip:H20 metric:compute";
  auto compute = searcher().search_claims(request);
  REQUIRE_FALSE(compute.results.empty());
  request.query = "value:100..200 unit:TFLOPS";
  auto tflops = searcher().search_claims(request);
  REQUIRE(tflops.results.size() == 1);
  CHECK(tflops.results[0].cited.claim.subject == "nvidia-h20");
  CHECK(tflops.results[0].cited.claim.value.figure.value == 148.0);
  request.query = "claimdate:2025-07..2025-07 metric:event_date:export_approval";
  std::set<std::string> docs;
  for (const auto& hit : searcher().search_claims(request).results) docs.insert(hit.cited.path);
  CHECK(docs == std::set<std::string>{P000, P001, P002});
  request.query = "source:bloomberg-intelligence";
  auto bloomberg = searcher().search_claims(request);
  REQUIRE(bloomberg.results.size() == 1);
  CHECK(bloomberg.results[0].cited.chain == std::vector<std::string>{"世界论坛网", "彭博情报"});
}

namespace {

/// Ids of the claims a claim query finds (every page), and its scores in result order.
std::pair<std::set<std::string>, std::vector<double>> claim_search(
    const std::string& query, const Searcher& with = searcher()) {
  SearchRequest request;
  request.query = query;
  request.limit = 1000;
  std::set<std::string> ids;
  std::vector<double> scores;
  const auto response = with.search_claims(request);
  CHECK(response.total_estimate == response.results.size());
  for (const ClaimHit& hit : response.results) {
    ids.insert(hit.cited.doc_id + "#" + std::to_string(hit.cited.claim.value_raw.begin));
    scores.push_back(hit.score);
  }
  return {ids, scores};
}

/// Ids of the stored claims for which `keep` holds (the brute-force answer).
template <typename Keep>
std::set<std::string> claims_where(Keep keep) {
  std::set<std::string> ids;
  for (const CitedClaim& cited : searcher().claims()) {
    if (keep(cited)) ids.insert(cited.doc_id + "#" + std::to_string(cited.claim.value_raw.begin));
  }
  return ids;
}

/// Whether the claim's sentence, folded like the index folds it, contains `folded`.
bool sentence_has(const CitedClaim& cited, const std::string& folded) {
  std::string sentence = test::shared_normalizer().fold_query(cited.claim.sentence);
  for (char& c : sentence) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return sentence.find(folded) != std::string::npos;
}

}  // namespace

TEST_CASE("claim phrases match as Xapian phrases on the sentence's own terms, punctuation too",
          "[search]") {
  // Reference: the index's terms and positions of each sentence, consecutive positions for a
  // phrase. The searcher matches Han phrases on the text itself; they must agree, also for
  // pairs of characters with punctuation between them (which take no position).
  std::vector<std::pair<std::string, std::string>> pairs;  // (phrase, a sentence it was cut from)
  std::set<std::string> seen;
  std::size_t step = 0;
  for (const CitedClaim& cited : searcher().claims()) {
    const std::string folded = test::shared_normalizer().fold_query(cited.claim.sentence);
    std::string last_han;  // two Han characters in a row, whatever stands between them
    for (std::size_t at = 0; at < folded.size();) {
      const std::size_t start = at;
      if (!utf8::is_han(utf8::decode(folded, at))) continue;
      const std::string han = folded.substr(start, at - start);
      if (!last_han.empty() && step++ % 5 == 0 && seen.insert(last_han + han).second)
        pairs.emplace_back(last_han + han, folded);
      last_han = han;
    }
  }
  REQUIRE(pairs.size() > 50);
  // Without the gazetteer: no phrase stands for its aliases (辉达 for 英伟达 too).
  const Searcher literal(trap_index().database(), test::shared_normalizer());
  std::vector<std::pair<std::string, TermPositions>> sentence_terms;
  for (const CitedClaim& c : searcher().claims()) {
    sentence_terms.emplace_back(
        c.doc_id + "#" + std::to_string(c.claim.value_raw.begin),
        term_positions(test::shared_normalizer().fold_query(c.claim.sentence)));
  }
  std::size_t across_punctuation = 0;
  for (const auto& [phrase, from] : pairs) {
    INFO(phrase);
    const std::string first = phrase.substr(0, 3), second = phrase.substr(3);
    std::set<std::string> expected;
    for (const auto& [id, terms] : sentence_terms) {
      const auto a = terms.find(first), b = terms.find(second);
      if (a == terms.end() || b == terms.end()) continue;
      for (unsigned p : a->second) {
        if (std::binary_search(b->second.begin(), b->second.end(), p + 1)) expected.insert(id);
      }
    }
    CHECK(claim_search(phrase, literal).first == expected);
    if (from.find(phrase) == std::string::npos) ++across_punctuation;
  }
  CHECK(across_punctuation > 0);
}

TEST_CASE("claim text matches the claim's own sentence exactly, in any combination", "[search]") {
  // Claim documents hold no text: a query's text parts are matched on the sentences and joined.
  const auto h20 = claim_search("H20");
  REQUIRE_FALSE(h20.first.empty());
  CHECK(h20.first == claims_where([](const CitedClaim& c) {
          // A whole word: H20 inside H200 is no match.
          const std::string s = test::shared_normalizer().fold_query(c.claim.sentence);
          for (std::size_t at = 0; (at = s.find("H20", at)) != std::string::npos; ++at) {
            if (at + 3 >= s.size() || !std::isalnum(static_cast<unsigned char>(s[at + 3])))
              return true;
          }
          return false;
        }));
  CHECK(std::is_sorted(h20.second.rbegin(), h20.second.rend()));  // best first
  CHECK(h20.second.front() > 0);

  const auto phrase = claim_search("出口管制");
  REQUIRE_FALSE(phrase.first.empty());
  CHECK(phrase.first ==
        claims_where([](const CitedClaim& c) { return sentence_has(c, "出口管制"); }));

  // Text and filters on the same claim.
  const auto both = claim_search("出口管制 metric:event_date:export_approval");
  CHECK(both.first == claims_where([](const CitedClaim& c) {
          return sentence_has(c, "出口管制") && c.claim.metric == "event_date:export_approval";
        }));
  // Either text or a filter, and text excluded.
  const auto either = claim_search("出口管制 OR metric:compute");
  CHECK(either.first == claims_where([](const CitedClaim& c) {
          return sentence_has(c, "出口管制") || c.claim.metric == "compute";
        }));
  const auto except = claim_search("metric:compute -算力");
  CHECK(except.first == claims_where([](const CitedClaim& c) {
          return c.claim.metric == "compute" && !sentence_has(c, "算力");
        }));
  CHECK(claim_search("metric:compute").first.size() > except.first.size());
}

TEST_CASE("cross-check on the corpus finds the seed agreements", "[search][check]") {
  const auto rules = CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  auto groups = cross_check(searcher().claims(), {}, rules);
  auto find = [&](const std::string& subject, const std::string& metric) -> const ClaimGroup* {
    for (const auto& g : groups) {
      if (g.subject == subject && g.metric == metric) return &g;
    }
    return nullptr;
  };
  const ClaimGroup* compute = find("nvidia-h20", "compute_relative_to:nvidia-h100");
  REQUIRE(compute != nullptr);
  CHECK(compute->verdict == Verdict::AGREE);
  CHECK(compute->documents == 2);
  const ClaimGroup* approval = find("nvidia-h20", "event_date:export_approval");
  REQUIRE(approval != nullptr);
  CHECK(approval->verdict == Verdict::AGREE);
  CHECK(approval->documents == 3);
  for (const auto& c : approval->claims) {
    const std::string raw = test::read_file(test::corpus_dir() / c.path);
    const ByteRange span = c.claim.sentence_raw;
    CHECK(raw.substr(span.begin, span.size()) == c.claim.sentence);
  }
  const ClaimGroup* share = find("nvidia", "china_revenue_share");
  REQUIRE(share != nullptr);
  CHECK(share->verdict == Verdict::SINGLE_SOURCE);
}

TEST_CASE("a reopened searcher joins claim queries on the new index, not the ones it kept",
          "[search]") {
  // Claim queries joined with their sentences are kept for paging, until reopen().
  test::TempDir dir;
  fs::create_directories(dir.path() / "corpus");
  fs::copy(test::corpus_dir() / P001, dir.path() / "corpus" / P001);
  const fs::path db = dir.path() / "db";
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor())
      .build(dir.path() / "corpus");
  Searcher local(db, test::shared_normalizer(), &test::shared_gazetteer());
  SearchRequest request;
  request.query = "H20";
  request.limit = 1000;
  const std::size_t before = local.search_claims(request).results.size();
  REQUIRE(before > 0);
  CHECK(local.search_claims(request).results.size() == before);  // the kept join
  fs::copy(test::corpus_dir() / P000, dir.path() / "corpus" / P000);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor())
      .build(dir.path() / "corpus");
  local.reopen();
  const auto after = local.search_claims(request);
  CHECK(after.results.size() > before);
  std::set<std::string> paths;
  for (const ClaimHit& hit : after.results) paths.insert(hit.cited.path);
  CHECK(paths.count(P000) == 1);
}

TEST_CASE("searchers sharing a claim cache answer from the revision they read, refreshed on reopen",
          "[search]") {
  // The web server's searchers share the claim table and the decoded claims per revision: an
  // article re-indexed in place (a changed figure) and one added must show in the claims, the
  // claim search and the cross-check of every searcher once it reopens — a real re-index.
  test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus", db = dir.path() / "db";
  fs::create_directories(corpus);
  fs::copy(test::corpus_dir() / P001, corpus / P001);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor()).build(corpus);
  const auto shared = make_shared_claim_cache();
  const DatabaseSource source{db, {}};
  Searcher first(source, test::shared_normalizer(), &test::shared_gazetteer(), shared);
  Searcher second(source, test::shared_normalizer(), &test::shared_gazetteer(), shared);
  const auto rules = CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  const auto group = [&](const Searcher& searcher, const std::string& metric) {
    for (ClaimGroup& g : cross_check(searcher.claims(), {}, rules)) {
      if (g.subject == "nvidia-h20" && g.metric == metric) return g;
    }
    FAIL("no group " << metric);
    return ClaimGroup{};
  };
  const auto approval_dates = [](const Searcher& searcher) {
    std::map<std::string, std::string> dates;  // path → the export approval's date
    SearchRequest request;
    request.query = "H20 metric:event_date:export_approval";
    request.limit = 100;
    for (const ClaimHit& hit : searcher.search_claims(request).results)
      dates[hit.cited.path] = hit.cited.claim.value.date.date;
    return dates;
  };
  using Dates = std::map<std::string, std::string>;
  CHECK(approval_dates(first) == Dates{{P001, "2025-07"}});
  CHECK(approval_dates(second) == Dates{{P001, "2025-07"}});  // from the shared cache
  CHECK(group(first, "compute_relative_to:nvidia-h100").verdict == Verdict::SINGLE_SOURCE);
  CHECK(group(second, "event_date:export_approval").documents == 1);

  // 001 now says September (re-indexed in place), and 000 (July 15) is added.
  std::string raw = test::read_file(corpus / P001);
  const std::string july = "2025年7月,美國(guó)政府", september = "2025年9月,美國(guó)政府";
  REQUIRE(raw.find(july) != std::string::npos);
  raw.replace(raw.find(july), july.size(), september);
  test::write_file(corpus / P001, raw);
  fs::copy(test::corpus_dir() / P000, corpus / P000);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor()).build(corpus);

  first.reopen();
  CHECK(approval_dates(first) == Dates{{P000, "2025-07-15"}, {P001, "2025-09"}});
  CHECK(group(first, "compute_relative_to:nvidia-h100").verdict == Verdict::AGREE);
  const ClaimGroup approval = group(first, "event_date:export_approval");
  CHECK(approval.verdict == Verdict::CONFLICT);
  CHECK(approval.documents == 2);
  second.reopen();
  CHECK(approval_dates(second) == approval_dates(first));
  CHECK(to_json(group(second, "event_date:export_approval")) == to_json(approval));
  first.reopen();  // nothing changed: the same answers
  CHECK(approval_dates(first) == Dates{{P000, "2025-07-15"}, {P001, "2025-09"}});
}

TEST_CASE("a kept text is computed once however many searchers ask for it at once", "[search]") {
  // /api/check's answers: requests for a key being computed wait for that computation.
  const auto shared = make_shared_claim_cache();
  const DatabaseSource source{test::corpus_index().database(), {}};
  std::vector<Searcher> searchers;
  for (int i = 0; i < 4; ++i)
    searchers.emplace_back(source, test::shared_normalizer(), &test::shared_gazetteer(), shared);
  std::atomic<int> computations = 0;
  std::vector<std::string> answers(searchers.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < searchers.size(); ++i) {
    threads.emplace_back([&, i] {
      answers[i] = searchers[i].cached("check\nH20", [&] {
        ++computations;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        return std::string(R"({"groups":[]})");
      });
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(computations == 1);
  for (const std::string& answer : answers) CHECK(answer == R"({"groups":[]})");

  // A failed computation is not kept: its error reaches the caller, the next asks again.
  const auto failing = [&]() -> std::string {
    ++computations;
    throw Error(ErrorKind::UNAVAILABLE, "the index changed meanwhile");
  };
  CHECK_THROWS_AS(searchers[0].cached("check\n芯片", failing), Error);
  CHECK_THROWS_AS(searchers[1].cached("check\n芯片", failing), Error);
  CHECK(computations == 3);
  CHECK(searchers[2].cached("check\n芯片", [] { return std::string("kept"); }) == "kept");
  CHECK(searchers[3].cached("check\n芯片", failing) == "kept");
}
