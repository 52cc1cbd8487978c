/// @file server_test.cpp
/// @brief The web server on an ephemeral loopback port: API, document page, hostile requests.
#include "suyuan/web/server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "index_fixture.h"
#include "running_server.h"

using namespace suyuan;

namespace {

/// One server over corpus/ for all tests, stopped at exit.
test::RunningServer& server() {
  static test::RunningServer instance(test::corpus_index().database());
  return instance;
}

nlohmann::json get_json(const std::string& path, int expected_status) {
  auto res = server().client().Get(path);
  REQUIRE(res);
  CHECK(res->status == expected_status);
  CHECK(res->get_header_value("Content-Type").find("application/json") == 0);
  return nlohmann::json::parse(res->body);
}

const std::string P001_ID = doc_id_for_path("001_8e11a6ad99196ebb.txt");

/// Where a claim entry of /api/claims or /api/check links: its document and its sentence's raw
/// bytes, the fields app.js builds `/doc/<doc_id>?q=…&span=S-E#cited` from.
struct ClaimLink {
  std::string doc_id;
  std::string path;
  std::size_t start = 0;
  std::size_t end = 0;
  bool operator<(const ClaimLink& other) const {
    return std::tie(doc_id, start, end) < std::tie(other.doc_id, other.start, other.end);
  }
};

ClaimLink claim_link(const nlohmann::json& entry) {
  const auto& span = entry.at("claim").at("sentence_span");
  return {entry.at("doc_id").get<std::string>(), entry.at("path").get<std::string>(),
          span.at("start").get<std::size_t>(), span.at("end").get<std::size_t>()};
}

std::size_t count_of(const std::string& text, const std::string& piece) {
  std::size_t n = 0;
  for (auto at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++n;
  return n;
}

/// The text a browser shows for `html`: tags dropped, the five entities html_escape writes
/// decoded (restated here as the test's oracle).
std::string text_of(std::string_view html) {
  static const std::pair<std::string_view, char> entities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      const std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) FAIL("unclosed tag in " << html.substr(i, 40));
      i = close + 1;
      continue;
    }
    bool decoded = false;
    for (const auto& [entity, c] : entities) {
      if (html.substr(i, entity.size()) == entity) {
        out.push_back(c);
        i += entity.size();
        decoded = true;
        break;
      }
    }
    if (!decoded) out.push_back(html[i++]);
  }
  return out;
}

/// The inner HTML of the first element opened by `open_tag` (no element of its kind nested).
std::string inner_html(const std::string& page, const std::string& open_tag,
                       const std::string& close_tag) {
  const std::size_t start = page.find(open_tag);
  REQUIRE(start != std::string::npos);
  const std::size_t body = page.find('>', start) + 1;
  const std::size_t end = page.find(close_tag, body);
  REQUIRE(end != std::string::npos);
  return page.substr(body, end - body);
}

/// The original text block of a document page.
std::string raw_block(const std::string& page) {
  return inner_html(page, "<pre class=\"raw\" id=\"raw-text\"", "</pre>");
}

}  // namespace

TEST_CASE("healthz reports the article count", "[web]") {
  auto body = get_json("/healthz", 200);
  CHECK(body["status"] == "ok");
  CHECK(body["articles"] == 3);
}

TEST_CASE("/api/search returns the CLI's JSON with byte spans", "[web]") {
  auto body = get_json("/api/search?q=%E8%8B%B1%E5%81%89%E9%81%94", 200);  // 英偉達
  CHECK(body["query"] == "英偉達");
  REQUIRE(body["results"].size() >= 2);
  for (const auto& hit : body["results"]) {
    const std::string raw = test::read_file(test::corpus_dir() / hit["path"].get<std::string>());
    for (const auto& span : hit["spans"]) {
      const auto start = span["start"].get<std::size_t>(), end = span["end"].get<std::size_t>();
      const std::string cited = raw.substr(start, end - start);
      CHECK((cited == "英偉達" || cited == "英伟达" || cited == "辉达" || cited == "NVIDIA"));
    }
  }
}

TEST_CASE("bad API requests get JSON errors with 4xx statuses", "[web]") {
  CHECK(get_json("/api/search?q=", 400)["error"]["kind"] == "invalid_input");
  CHECK(get_json("/api/search?q=H20&limit=abc", 400)["error"]["kind"] == "invalid_input");
  CHECK(get_json("/api/search?q=H20&limit=0", 400)["error"]["kind"] == "invalid_input");
  CHECK(get_json("/api/search?q=" + std::string(3000, 'a'), 400)["error"]["kind"] ==
        "invalid_input");
  CHECK(get_json("/api/search?q=%FF%FE", 400)["error"]["kind"] == "invalid_input");
  CHECK(get_json("/api/doc/0000000000000000", 404)["error"]["kind"] == "not_found");
  CHECK(get_json("/no/such/route", 404)["error"]["kind"] == "not_found");
}

TEST_CASE("the document page shows the original text escaped, with matches marked", "[web]") {
  auto res = server().client().Get("/doc/" + P001_ID + "?q=H20");
  REQUIRE(res);
  CHECK(res->status == 200);
  const std::string& page = res->body;
  // The text block reads exactly as the raw file, whatever marks, claims and mentions wrap it.
  const std::string raw = test::read_file(test::corpus_dir() / "001_8e11a6ad99196ebb.txt");
  const std::string block = raw_block(page);
  CHECK(text_of(block) == raw);
  CHECK(block.find("<mark data-start=") != std::string::npos);
  CHECK(block.find("<span class=\"claim\" data-claim=\"0\" id=\"claim-0\" tabindex=\"0\">") !=
        std::string::npos);
  CHECK(block.find("<span class=\"m m-chip\" data-mention=") != std::string::npos);
  // The spam first line of 001 is dropped by normalization: it is greyed.
  CHECK(block.rfind("<span class=\"removed\">", 0) == 0);
  // Scripts come from /static only; the page data is a JSON block, not a script.
  CHECK(count_of(page, "<script") == 3);
  CHECK(count_of(page, "<script src=\"/static/") == 2);
  CHECK(page.find("<script type=\"application/json\" id=\"doc-data\">") != std::string::npos);
  CHECK(page.find("<pre class=\"normalized\" id=\"normalized-text\" hidden>") != std::string::npos);
  CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'self'") == 0);

  auto api = get_json("/api/doc/" + P001_ID + "?q=H20", 200);
  CHECK(api["raw"] == raw);
  REQUIRE_FALSE(api["spans"].empty());
  for (const auto& span : api["spans"]) {
    CHECK(raw.substr(span["start"].get<std::size_t>(), 3) == "H20");
  }
}

TEST_CASE("markup in an article is escaped on the document page", "[web]") {
  test::TempDir dir;
  test::write_file(dir.path() / "corpus/x.txt",
                   "标题<script>alert(1)</script>\n英伟达表示,<b>H20</b> & \"引号\"。\n");
  test::IndexFixture fixture(dir.path() / "corpus");
  WebOptions options;
  options.database = fixture.database();
  options.data_dir = test::data_dir();
  WebServer local(options);
  const int port = local.bind("127.0.0.1", 0);
  std::thread t([&] { local.serve(); });
  httplib::Client client("127.0.0.1", port);
  auto res = client.Get("/doc/" + doc_id_for_path("x.txt"));
  local.stop();
  t.join();
  REQUIRE(res);
  CHECK(res->body.find("<script>alert") == std::string::npos);
  CHECK(res->body.find("<b>") == std::string::npos);
  CHECK(text_of(raw_block(res->body)) ==
        "标题<script>alert(1)</script>\n英伟达表示,<b>H20</b> & \"引号\"。\n");
  // The page data keeps the text, with nothing that could close its block.
  const std::string data = inner_html(res->body, "<script type=\"application/json\"", "</script>");
  CHECK(data.find('<') == std::string::npos);
  CHECK(nlohmann::json::parse(data).contains("mentions"));
}

TEST_CASE("the search page and its assets are served", "[web]") {
  auto page = server().client().Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("/static/app.js") != std::string::npos);
  auto js = server().client().Get("/static/app.js");
  REQUIRE(js);
  CHECK(js->get_header_value("Content-Type").find("text/javascript") == 0);
}

TEST_CASE("/api/claims and /api/check serve cited claims", "[web]") {
  auto claims = get_json("/api/claims?q=chip%3AH20%20metric%3Acompute&limit=50", 200);
  REQUIRE_FALSE(claims["results"].empty());
  for (const auto& entry : claims["results"]) {
    const std::string raw = test::read_file(test::corpus_dir() / entry["path"].get<std::string>());
    const auto& span = entry["claim"]["sentence_span"];
    const auto start = span["start"].get<std::size_t>(), end = span["end"].get<std::size_t>();
    CHECK(raw.substr(start, end - start) == entry["claim"]["sentence"].get<std::string>());
  }
  auto check = get_json("/api/check?single=0", 200);
  bool approval = false;
  for (const auto& group : check["groups"]) {
    if (group["subject"] == "nvidia-h20" && group["metric"] == "event_date:export_approval") {
      approval = true;
      CHECK(group["verdict"] == "agree");
      CHECK(group["documents"] == 3);
    }
  }
  CHECK(approval);
  CHECK(get_json("/api/check?single=7", 400)["error"]["kind"] == "invalid_input");
}

TEST_CASE("hostile requests are refused and the server keeps serving", "[web]") {
  auto client = server().client();
  auto traversal = client.Get("/doc/..%2F..%2Fetc%2Fpasswd");
  REQUIRE(traversal);
  CHECK(traversal->status == 404);
  auto big = client.Post("/api/search", std::string(1 << 20, 'x'), "text/plain");
  if (big) CHECK(big->status >= 400);  // refused (413/404), or the connection is cut
  auto header = client.Get("/api/search?q=%00%00");
  REQUIRE(header);
  CHECK(header->status == 400);
  CHECK(get_json("/healthz", 200)["status"] == "ok");
}

TEST_CASE("a cited byte span is marked on the document page", "[web]") {
  const std::string raw = test::read_file(test::corpus_dir() / "001_8e11a6ad99196ebb.txt");
  const std::size_t start = raw.find("H20"), end = start + 3;
  auto res = server().client().Get("/doc/" + P001_ID + "?span=" + std::to_string(start) + "-" +
                                   std::to_string(end));
  REQUIRE(res);
  CHECK(res->status == 200);
  const std::string open = "<mark id=\"cited\" data-start=\"" + std::to_string(start) +
                           "\" data-end=\"" + std::to_string(end) + "\">";
  CHECK(text_of(inner_html(res->body, open, "</mark>")) == "H20");
  auto bad = server().client().Get("/doc/" + P001_ID + "?span=5-99999999");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  // A span cutting a character in two would put broken UTF-8 on the page.
  const std::size_t han = raw.find("英");
  REQUIRE(han != std::string::npos);
  auto split = server().client().Get("/doc/" + P001_ID + "?span=" + std::to_string(han + 1) + "-" +
                                     std::to_string(han + 3));
  REQUIRE(split);
  CHECK(split->status == 400);
}

TEST_CASE("claim and cross-check links open the page with the claim's bytes marked", "[web]") {
  // The Claims tab links each /api/claims entry, the Cross-check tab each claim of a group.
  std::set<ClaimLink> links;
  const auto claims = get_json("/api/claims?q=H20&limit=50", 200);
  REQUIRE_FALSE(claims["results"].empty());
  for (const auto& entry : claims["results"]) links.insert(claim_link(entry));
  const auto check = get_json("/api/check?single=0", 200);
  REQUIRE_FALSE(check["groups"].empty());
  for (const auto& group : check["groups"]) {
    for (const auto& entry : group["claims"]) links.insert(claim_link(entry));
  }
  for (const ClaimLink& link : links) {
    const std::string span = std::to_string(link.start) + "-" + std::to_string(link.end);
    INFO(link.path << " span " << span);
    auto res = server().client().Get("/doc/" + link.doc_id + "?q=H20&span=" + span);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    // Exactly the cited raw bytes are marked, as the one mark, with the id #cited scrolls to.
    const std::string raw = test::read_file(test::corpus_dir() / link.path);
    REQUIRE(link.start < link.end);
    REQUIRE(link.end <= raw.size());
    // The cited mark is never cut by a claim or mention inside it: one element, whose text is
    // the cited bytes, in a block whose text is the whole file.
    const std::string block = raw_block(res->body);
    CHECK(text_of(block) == raw);
    CHECK(count_of(block, "<mark") == 1);
    const std::string open = "<mark id=\"cited\" data-start=\"" + std::to_string(link.start) +
                             "\" data-end=\"" + std::to_string(link.end) + "\">";
    const std::size_t at = block.find(open);
    REQUIRE(at != std::string::npos);
    CHECK(text_of(block.substr(0, at)) == raw.substr(0, link.start));
    CHECK(text_of(inner_html(block, open, "</mark>")) ==
          raw.substr(link.start, link.end - link.start));
  }
}

TEST_CASE("the document page links each of its claims to the claim's bytes", "[web]") {
  const auto api = get_json("/api/doc/" + P001_ID, 200);
  const auto& claims = api["extraction"]["claims"];
  REQUIRE_FALSE(claims.empty());
  auto page = server().client().Get("/doc/" + P001_ID);
  REQUIRE(page);
  for (const auto& claim : claims) {
    const auto& span = claim["sentence_span"];
    const std::string href = "/doc/" + P001_ID +
                             "?span=" + std::to_string(span["start"].get<int>()) + "-" +
                             std::to_string(span["end"].get<int>()) + "#cited";
    CHECK(page->body.find("<a href=\"" + href + "\">") != std::string::npos);
  }
}

TEST_CASE("search hits name the sources their article attributes statements to", "[web]") {
  const auto body = get_json("/api/search?q=H20", 200);
  bool found = false;
  for (const auto& hit : body["results"]) {
    REQUIRE(hit["sources"].is_array());
    if (hit["path"] == "001_8e11a6ad99196ebb.txt") {
      found = true;
      const auto& sources = hit["sources"];
      CHECK(std::find(sources.begin(), sources.end(), "reuters") != sources.end());
      CHECK(std::find(sources.begin(), sources.end(), "tomshardware") != sources.end());
    }
  }
  CHECK(found);
}

TEST_CASE("/api/labels names entities for display, a chip with its maker", "[web]") {
  const auto labels = get_json("/api/labels", 200);
  CHECK(labels["entities"]["nvidia-h20"]["display"] == "英伟达 H20");
  CHECK(labels["entities"]["nvidia-h20"]["kind"] == "chip");
  CHECK(labels["entities"]["reuters"]["display"] == "路透社");
  CHECK(labels["entities"]["jensen-huang"]["display"] == "黄仁勋");
  CHECK(labels["metrics"]["order_quantity"]["zh"] == "订单量");
  CHECK(labels["period_kinds"]["as_of"]["zh"] == "截至");
  CHECK(labels["modalities"]["forecast"]["en"] == "forecast");
  CHECK_FALSE(labels.contains("_doc"));
}

TEST_CASE("/api/cite gives a claim's plain-text citation, link and Web Annotation", "[web]") {
  const auto api = get_json("/api/doc/" + P001_ID, 200);
  const auto& claims = api["extraction"]["claims"];
  REQUIRE_FALSE(claims.empty());
  const auto& claim = claims[0];
  const auto start = claim["sentence_span"]["start"].get<std::size_t>();
  const auto end = claim["sentence_span"]["end"].get<std::size_t>();
  const std::string span = std::to_string(start) + "-" + std::to_string(end);

  for (const std::string& selector :
       {std::string("claim=0"), "span=" + std::to_string(claim["value_span"]["start"].get<int>()) +
                                    "-" + std::to_string(claim["value_span"]["end"].get<int>())}) {
    INFO(selector);
    const auto cite = get_json("/api/cite/" + P001_ID + "?" + selector, 200);
    const std::string link = cite["link"];
    CHECK(link.find("/doc/" + P001_ID + "?span=" + span + "#cited") != std::string::npos);
    CHECK(link.rfind("http://127.0.0.1:", 0) == 0);  // absolute: it is pasted elsewhere
    const std::string text = cite["text"];
    CHECK(text.find(claim["sentence"].get<std::string>()) != std::string::npos);
    CHECK(text.find(api["title"].get<std::string>()) != std::string::npos);
    CHECK(text.find(link) != std::string::npos);
    const auto& annotation = cite["annotation"];
    CHECK(annotation["type"] == "Annotation");
    CHECK(annotation["target"]["suyuan:byteRange"]["start"] == start);
    CHECK(annotation["target"]["selector"][0]["exact"] == claim["sentence"]);
  }
  CHECK(get_json("/api/cite/" + P001_ID + "?claim=99999", 404)["error"]["kind"] == "not_found");
  CHECK(get_json("/api/cite/" + P001_ID + "?claim=x", 400)["error"]["kind"] == "invalid_input");
  CHECK(get_json("/api/cite/" + P001_ID + "?span=1-2", 404)["error"]["kind"] == "not_found");
  CHECK(get_json("/api/cite/0000000000000000?claim=0", 404)["error"]["kind"] == "not_found");
}

TEST_CASE("facet counts say whether they are exact", "[web]") {
  const auto body = get_json("/api/search?q=H20&facets=1", 200);
  REQUIRE(body.contains("facets"));
  CHECK(body["facets_estimated"] == false);  // three articles: every match counted
  bool h20 = false;
  for (const auto& entry : body["facets"]["chip"]) h20 |= entry["value"] == "nvidia-h20";
  CHECK(h20);
}

TEST_CASE("concurrent requests are answered while the index is rebuilt", "[web]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "corpus");
  for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir())) {
    std::filesystem::copy(entry.path(), dir.path() / "corpus" / entry.path().filename(),
                          std::filesystem::copy_options::recursive);
  }
  test::IndexFixture fixture(dir.path() / "corpus");
  WebOptions options;
  options.database = fixture.database();
  options.data_dir = test::data_dir();
  options.threads = 8;
  WebServer local(options);
  const int port = local.bind("127.0.0.1", 0);
  std::thread serving([&] { local.serve(); });

  std::atomic<bool> indexing{true};
  std::thread indexer([&] {
    CorpusIndexer writer(fixture.database(), test::shared_normalizer(), &test::shared_extractor());
    BuildOptions force;
    force.force = true;
    for (int round = 0; round < 3; ++round) writer.build(dir.path() / "corpus", force);
    // A new article: readers see it after their next reopen, without a restart.
    test::write_file(dir.path() / "corpus/new.txt", "新文章：英伟达H20的新消息。\n");
    writer.build(dir.path() / "corpus");
    indexing = false;
  });
  std::vector<std::thread> clients;
  std::atomic<int> requests{0}, failures{0};
  std::string first_failure;  // written by the thread that counts the first failure
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      while (indexing) {
        for (const std::string path :
             {"/api/search?q=H20&facets=1", "/api/claims?q=H20", "/healthz"}) {
          auto res = client.Get(path);
          ++requests;
          if (!res || res->status != 200) {
            if (++failures == 1) first_failure = path + (": " + (res ? res->body : "no response"));
          }
        }
      }
    });
  }
  indexer.join();
  for (auto& c : clients) c.join();
  CHECK(requests > 0);
  INFO(first_failure);
  CHECK(failures == 0);

  httplib::Client client("127.0.0.1", port);
  int articles = 0;
  for (int wait = 0; wait < 40 && articles != 4; ++wait) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto res = client.Get("/healthz");
    REQUIRE(res);
    articles = nlohmann::json::parse(res->body)["articles"];
  }
  CHECK(articles == 4);
  local.stop();
  serving.join();
}

TEST_CASE("with --parallel 1, concurrent clients wait their turn and all get their answers",
          "[web]") {
  WebOptions options;
  options.database = test::corpus_index().database();
  options.data_dir = test::data_dir();
  options.threads = 8;
  options.parallel = 1;
  WebServer local(options);
  const int port = local.bind("127.0.0.1", 0);
  std::thread serving([&] { local.serve(); });

  const std::vector<std::string> paths = {"/api/search?q=H20&facets=1", "/api/claims?q=H20",
                                          "/api/check?q=H20", "/doc/" + P001_ID, "/healthz"};
  std::map<std::string, std::string> expected;
  {
    httplib::Client client("127.0.0.1", port);
    for (const auto& path : paths) {
      auto res = client.Get(path);
      REQUIRE(res);
      REQUIRE(res->status == 200);
      expected[path] = res->body;
    }
  }
  std::atomic<int> answered{0}, wrong{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 6; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(20);
      for (int i = 0; i < 10; ++i) {
        const std::string& path = paths[(c + i) % paths.size()];
        auto res = client.Get(path);
        if (res && res->status == 200 && res->body == expected[path]) {
          ++answered;
        } else {
          ++wrong;
        }
      }
    });
  }
  for (auto& c : clients) c.join();
  CHECK(answered == 60);
  CHECK(wrong == 0);
  local.stop();
  serving.join();
}

TEST_CASE("a kept /api/check answer is computed again once the index changes", "[web]") {
  // /api/check keeps its answers per index revision: a real re-index (001's approval date
  // changed in place, 000 added) must show in the next answer once the server sees the commit.
  test::TempDir dir;
  const auto corpus = dir.path() / "corpus", db = dir.path() / "db";
  std::filesystem::create_directories(corpus);
  const std::string p000 = "000_253fffbcabc856cf.txt", p001 = "001_8e11a6ad99196ebb.txt";
  std::filesystem::copy(test::corpus_dir() / p001, corpus / p001);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor()).build(corpus);
  test::RunningServer local(db);
  const auto approval = [&] {
    auto res = local.get("/api/check?q=H20&metric=event_date:export_approval");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    const auto body = nlohmann::json::parse(res->body);
    REQUIRE(body["groups"].size() == 1);
    return body["groups"][0];
  };
  const auto before = approval();
  CHECK(before["verdict"] == "single-source");
  CHECK(before["reason"] == "one_article");
  CHECK(approval() == before);  // the kept answer

  std::string raw = test::read_file(corpus / p001);
  const std::string july = "2025年7月,美國(guó)政府";
  REQUIRE(raw.find(july) != std::string::npos);
  raw.replace(raw.find(july), july.size(), "2025年9月,美國(guó)政府");
  test::write_file(corpus / p001, raw);
  std::filesystem::copy(test::corpus_dir() / p000, corpus / p000);
  CorpusIndexer(db, test::shared_normalizer(), &test::shared_extractor()).build(corpus);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));  // searchers look every 100 ms

  const auto after = approval();
  CHECK(after["verdict"] == "conflict");
  CHECK(after["reason"] == "values_disjoint");
  CHECK(after["documents"] == 2);
  std::set<std::string> written;
  for (const char* side : {"a", "b"}) written.insert(after["conflict"][side]["value_text"]);
  CHECK(written.count("2025年9月") == 1);
}
