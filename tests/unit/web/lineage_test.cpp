/// @file lineage_test.cpp
/// @brief Re-post lineage on the article page, the comparison of two articles (/compare,
/// /api/compare, /api/lineage) and the diff under it, on corpus/ plus the re-post of 001's
/// original (tests/data/reposts).
#include <httplib.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <thread>

#include "index_fixture.h"
#include "running_server.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/search/searcher.h"
#include "suyuan/search/text_diff.h"
#include "suyuan/web/server.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

/// corpus/ and the re-post of 001's original, indexed together once.
const test::IndexFixture& repost_index() {
  static const fs::path corpus =
      test::corpus_with({test::source_dir() / "tests/data/reposts/001_repost_xinwenkuaibao.txt",
                         test::source_dir() / "tests/browser/fixtures/hostile_xss.txt",
                         test::source_dir() / "tests/browser/fixtures/hostile_xss.meta.json"});
  static const test::IndexFixture fixture(corpus);
  return fixture;
}

const Searcher& searcher() {
  static const Searcher instance(repost_index().database(), test::shared_normalizer(),
                                 &test::shared_gazetteer());
  return instance;
}

test::RunningServer& server() {
  static test::RunningServer instance(repost_index().database());
  return instance;
}

const std::string ORIGIN = doc_id_for_path("001_8e11a6ad99196ebb.txt");
const std::string REPOST = doc_id_for_path("001_repost_xinwenkuaibao.txt");
const std::string ALONE = doc_id_for_path("002_1607139f7c916639.txt");
const std::string HOSTILE = doc_id_for_path("hostile_xss.txt");

/// The paragraph the re-post leaves out (tests/data/reposts/README.md).
constexpr std::string_view DROPPED_PARAGRAPH = "黄仁勋在媒体采访中更是直言";

std::string normalized(const std::string& doc_id) {
  auto article = searcher().article(doc_id);
  REQUIRE(article);
  return article->normalized;
}

/// Every segment starts where the previous one ended, in both texts, and they end at the ends.
void check_covers(const TextDiff& diff, std::string_view a, std::string_view b) {
  std::uint32_t a_at = 0, b_at = 0;
  for (const DiffSegment& s : diff.segments) {
    CHECK(s.a.begin == a_at);
    CHECK(s.b.begin == b_at);
    if (s.kind == DiffSegment::Kind::SAME) {
      CHECK(a.substr(s.a.begin, s.a.size()) == b.substr(s.b.begin, s.b.size()));
    }
    if (s.kind == DiffSegment::Kind::DROPPED) CHECK(s.b.empty());
    if (s.kind == DiffSegment::Kind::ADDED) CHECK(s.a.empty());
    a_at = s.a.end, b_at = s.b.end;
  }
  CHECK(a_at == a.size());
  CHECK(b_at == b.size());
}

std::string text_of(std::string_view text, ByteRange r) {
  return std::string(text.substr(r.begin, r.size()));
}

}  // namespace

TEST_CASE("the diff of a re-post shows the dropped paragraph, the added note and footer",
          "[web][compare]") {
  const std::string a = normalized(ORIGIN), b = normalized(REPOST);
  const TextDiff diff = diff_texts(a, b);
  check_covers(diff, a, b);
  CHECK_FALSE(diff.coarse);
  std::vector<std::string> dropped, added;
  for (const DiffSegment& s : diff.segments) {
    if (s.kind == DiffSegment::Kind::DROPPED) dropped.push_back(text_of(a, s.a));
    if (s.kind == DiffSegment::Kind::ADDED || s.kind == DiffSegment::Kind::CHANGED)
      added.push_back(text_of(b, s.b));
  }
  // The one dropped paragraph is one dropped passage, whole.
  REQUIRE(dropped.size() == 1);
  CHECK(dropped[0].find(DROPPED_PARAGRAPH) == 0);
  CHECK(dropped[0].find("150亿美元") != std::string::npos);
  // The editor's note naming its source and the footer are what it added.
  const auto added_has = [&](std::string_view words) {
    for (const std::string& text : added) {
      if (text.find(words) != std::string::npos) return true;
    }
    return false;
  };
  CHECK(added_has("本站立场"));
  CHECK(added_has("责任编辑"));
  // Everything else is shared: the body is 001's.
  CHECK(diff.same_chars > 20 * (diff.dropped_chars + diff.added_chars) / 10);
}

TEST_CASE("a changed figure is one changed word, not scattered characters", "[web][compare]") {
  const std::string a = normalized(ORIGIN);
  std::string b = a;
  const auto at = b.find("150亿美元");
  REQUIRE(at != std::string::npos);
  b.replace(at, 3, "160");
  const std::string year = "2023年10月";
  const auto year_at = b.find(year);
  REQUIRE(year_at != std::string::npos);
  b.replace(year_at, year.size(), "2024年11月");

  const TextDiff diff = diff_texts(a, b);
  check_covers(diff, a, b);
  std::vector<std::pair<std::string, std::string>> changed;
  for (const DiffSegment& s : diff.segments) {
    if (s.kind != DiffSegment::Kind::SAME) changed.emplace_back(text_of(a, s.a), text_of(b, s.b));
  }
  // The date is one change: a lone 年 matching between its two numbers is folded in.
  REQUIRE(changed.size() == 2);
  CHECK(changed[0] == std::pair<std::string, std::string>{"2023年10", "2024年11"});
  CHECK(changed[1] == std::pair<std::string, std::string>{"150", "160"});
  CHECK(diff.dropped_chars == 10);
  CHECK(diff.added_chars == 10);
}

TEST_CASE("the diff stays bounded: coarse beyond its edit budget, refused beyond its size",
          "[web][compare]") {
  const std::string a = normalized(ORIGIN), b = normalized(ALONE);
  DiffLimits tight;
  tight.max_token_edits = 10;
  const TextDiff coarse = diff_texts(a, b, tight);
  CHECK(coarse.coarse);
  check_covers(coarse, a, b);

  const TextDiff full = diff_texts(a, b);  // two unrelated articles still align
  check_covers(full, a, b);

  DiffLimits small;
  small.max_bytes = 1000;
  CHECK_THROWS_AS(diff_texts(a, b, small), Error);
  CHECK(diff_texts("", "").segments.empty());
  const TextDiff only_added = diff_texts("", b);
  REQUIRE(only_added.segments.size() == 1);
  CHECK(only_added.segments[0].kind == DiffSegment::Kind::ADDED);
}

TEST_CASE("every paragraph edited a little is still shown word by word", "[web][compare]") {
  const std::string a = normalized(ORIGIN);
  // The second character of every paragraph replaced, as a systematic rewrite would.
  std::string b;
  std::size_t edited = 0;
  for (std::size_t begin = 0; begin < a.size();) {
    std::size_t end = a.find('\n', begin);
    end = end == std::string::npos ? a.size() : end + 1;
    std::string line = a.substr(begin, end - begin);
    std::size_t second = 0;
    utf8::decode(line, second);
    std::size_t after = second;
    if (after < line.size() && utf8::is_han(utf8::decode(line, after)) &&
        line.substr(second, after - second) != "某") {
      line.replace(second, after - second, "某");
      ++edited;
    }
    b += line;
    begin = end;
  }
  REQUIRE(edited > 20);
  // Too large to align as one run here: paragraph by paragraph.
  DiffLimits limits;
  limits.max_hunk_tokens = 500;
  const TextDiff diff = diff_texts(a, b, limits);
  check_covers(diff, a, b);
  CHECK_FALSE(diff.coarse);
  std::size_t changed = 0;
  for (const DiffSegment& s : diff.segments) {
    if (s.kind == DiffSegment::Kind::SAME) continue;
    ++changed;
    CHECK(text_of(b, s.b) == "某");
  }
  CHECK(changed == edited);
  CHECK(diff.added_chars == edited);

  // Without the budget for it, the same comparison is coarse but still covers both texts.
  limits.max_work = 1000;
  const TextDiff bounded = diff_texts(a, b, limits);
  CHECK(bounded.coarse);
  check_covers(bounded, a, b);
}

TEST_CASE("any two corpus articles compare into segments covering both", "[web][compare]") {
  std::vector<std::string> texts;
  for (const char* path :
       {"000_253fffbcabc856cf.txt", "001_8e11a6ad99196ebb.txt", "002_1607139f7c916639.txt",
        "001_repost_xinwenkuaibao.txt", "hostile_xss.txt"}) {
    texts.push_back(normalized(doc_id_for_path(path)));
  }
  for (const std::string& a : texts) {
    for (const std::string& b : texts) {
      const TextDiff diff = diff_texts(a, b);
      check_covers(diff, a, b);
      if (&a == &b) CHECK(diff.dropped_chars + diff.added_chars == 0);
    }
  }
}

TEST_CASE("a re-post's page names its origin, its relation and links the comparison",
          "[web][lineage]") {
  auto res = server().get("/doc/" + REPOST);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const std::string& page = res->body;
  CHECK(page.find("class=\"lineage-summary\"") != std::string::npos);
  CHECK(page.find("本文是 <a href=\"/doc/" + ORIGIN + "\">A5专栏 2025-09-26") != std::string::npos);
  CHECK(page.find("的删改转载，相似度 95%") != std::string::npos);
  CHECK(page.find("href=\"/compare?a=" + ORIGIN + "&amp;b=" + REPOST + "\"") != std::string::npos);
  // The panel: both members, with date, publisher and relation; this one marked.
  CHECK(page.find("<section class=\"lineage\" id=\"lineage\"") != std::string::npos);
  CHECK(page.find("data-i18n=\"relation.origin\">原始来源") != std::string::npos);
  CHECK(page.find("<tr data-doc=\"" + REPOST + "\" class=\"current\" aria-current=\"page\">") !=
        std::string::npos);
  CHECK(page.find("<td>2025-09-28 09:12</td><td>芯闻快报</td>") != std::string::npos);
  CHECK(page.find("本文转载自A5专栏") != std::string::npos);  // why 001 is the origin
}

TEST_CASE("the origin's page lists its re-posts, an article without copies has no panel",
          "[web][lineage]") {
  auto res = server().get("/doc/" + ORIGIN);
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("本文是 1 篇转载的原始来源") != std::string::npos);
  CHECK(res->body.find("<a href=\"/doc/" + REPOST + "\">英伟达H20停产风波") != std::string::npos);
  CHECK(res->body.find("data-i18n=\"relation.edited\">删改转载") != std::string::npos);

  auto alone = server().get("/doc/" + ALONE);
  REQUIRE(alone);
  CHECK(alone->status == 200);
  CHECK(alone->body.find("class=\"lineage") == std::string::npos);

  auto lineage = server().get("/api/lineage/" + REPOST);
  REQUIRE(lineage);
  const auto json = nlohmann::json::parse(lineage->body);
  CHECK(json["doc_id"] == REPOST);
  CHECK(json["cluster"]["origin"]["doc_id"] == ORIGIN);
  REQUIRE(json["cluster"]["members"].size() == 2);
  CHECK(json["cluster"]["members"][1]["relation"] == "edited re-post");
  CHECK(json["copies"] == 1);
  // Without copies: the article alone, with the sources its text names (seed 000).
  const auto none = nlohmann::json::parse(server().get("/api/lineage/" + ALONE)->body);
  CHECK(none["copies"] == 0);
  CHECK(none["cluster"]["members"].size() == 1);
  const auto cites = nlohmann::json::parse(
      server().get("/api/lineage/" + doc_id_for_path("000_253fffbcabc856cf.txt"))->body);
  CHECK(cites["copies"] == 0);
  std::set<std::string> names;
  for (const auto& source : cites["cluster"]["cited_sources"]) names.insert(source["name"]);
  CHECK(names.count("澎湃新闻") == 1);
  CHECK(names.count("新浪财经") == 1);
  CHECK(names.count("观察者网") == 1);
  CHECK(server().get("/api/lineage/0123456789abcdef")->status == 404);
}

TEST_CASE("/api/search folds a cluster into one hit unless all=1", "[web][lineage]") {
  const auto folded = nlohmann::json::parse(server().get("/api/search?q=B30A")->body);
  REQUIRE(folded["results"].size() == 1);
  CHECK(folded["results"][0]["reposts"] == 1);
  const auto all = nlohmann::json::parse(server().get("/api/search?q=B30A&all=1")->body);
  REQUIRE(all["results"].size() == 2);
  std::set<std::string> ids;
  for (const auto& hit : all["results"]) ids.insert(hit["doc_id"].get<std::string>());
  CHECK(ids == std::set<std::string>{ORIGIN, REPOST});
}

TEST_CASE("/api/compare gives the changes with their texts and raw bytes", "[web][compare]") {
  auto res = server().get("/api/compare?a=" + ORIGIN + "&b=" + REPOST);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto json = nlohmann::json::parse(res->body);
  CHECK(json["a"]["doc_id"] == ORIGIN);
  CHECK(json["a"]["relation"] == "origin");
  CHECK(json["b"]["relation"] == "edited re-post");
  CHECK(json["same_cluster"] == true);
  CHECK(json["copy"] == true);
  CHECK(json["relation"] == "edited re-post");
  CHECK(json["similarity"].get<double>() > 0.9);

  const auto origin = searcher().article(ORIGIN);
  REQUIRE(origin);
  std::size_t dropped = 0;
  for (const auto& s : json["diff"]["segments"]) {
    if (s["kind"] != "dropped") continue;
    ++dropped;
    CHECK(s["a_text"].get<std::string>().find(DROPPED_PARAGRAPH) == 0);
    // Its raw bytes in 001 (traditional script there) hold the same figure.
    const std::size_t start = s["a_raw"]["start"], end = s["a_raw"]["end"];
    CHECK(origin->raw.substr(start, end - start).find("150") != std::string::npos);
    CHECK_FALSE(s.contains("b_text"));
  }
  CHECK(dropped == 1);

  // Unrelated articles: compared, but not copies.
  const auto unrelated =
      nlohmann::json::parse(server().get("/api/compare?a=" + ORIGIN + "&b=" + ALONE)->body);
  CHECK(unrelated["copy"] == false);
  CHECK(unrelated["same_cluster"] == false);
  CHECK(unrelated["relation"] == "");

  CHECK(server().get("/api/compare?a=" + ORIGIN)->status == 400);
  CHECK(server().get("/api/compare?a=" + ORIGIN + "&b=<script>")->status == 400);
  CHECK(server().get("/api/compare?a=" + ORIGIN + "&b=0123456789abcdef")->status == 404);
}

TEST_CASE("the compare page marks every change in both texts and links its bytes",
          "[web][compare]") {
  auto res = server().get("/compare?a=" + ORIGIN + "&b=" + REPOST);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type").find("text/html") == 0);
  CHECK(res->get_header_value("Content-Security-Policy").find("script-src 'self'") !=
        std::string::npos);
  const std::string& page = res->body;
  CHECK(page.find("<script src=\"/static/compare.js\" defer>") != std::string::npos);
  CHECK(page.find("B 是 A 的删改转载") != std::string::npos);
  // The dropped paragraph: struck out in A, in the list with a link to 001's bytes.
  const auto del = page.find("<del class=\"diff diff-dropped\"");
  REQUIRE(del != std::string::npos);
  CHECK(page.find(DROPPED_PARAGRAPH, del) == page.find('>', del) + 1);
  CHECK(page.find("<li class=\"change change-dropped\"") != std::string::npos);
  CHECK(page.find("href=\"/doc/" + ORIGIN + "?span=") != std::string::npos);
  CHECK(page.find("<ins class=\"diff diff-added\"") != std::string::npos);
  CHECK(server().get("/static/compare.js")->status == 200);
  // Errors are pages too.
  auto missing = server().get("/compare?a=" + ORIGIN + "&b=0123456789abcdef");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->get_header_value("Content-Type").find("text/html") == 0);
}

TEST_CASE("markup in compared articles stays text", "[web][compare]") {
  auto res = server().get("/compare?a=" + HOSTILE + "&b=" + ORIGIN);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const std::string& page = res->body;
  for (const char* raw : {"<img", "<script>alert", "<b>", "<i>", "</textarea>", "<!--"}) {
    INFO(raw);
    CHECK(page.find(raw) == std::string::npos);
  }
  CHECK(page.find("&lt;img src=x onerror=alert(&#39;title&#39;)&gt;恶意标题测试") !=
        std::string::npos);
  CHECK(page.find("&lt;i&gt;恶意&lt;/i&gt;发布者") != std::string::npos);
  CHECK(page.find("两篇共享的内容不足以认定为转载") != std::string::npos);
}
