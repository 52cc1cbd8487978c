/// @file restatement_test.cpp
/// @brief Issue 9's test that matters: a real article and a restatement of it by another outlet,
/// indexed with the real pipeline as two documents of two publishers, then cross-checked. A
/// changed figure must come out `conflict` naming both values; the same fact written another way
/// (二十五年/25年, 民國97年/2008年, 近四成/近40%) must come out `agree`, never `conflict`.
/// The pairs are tests/data/search/restatements.tsv (see the README there).
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "index_fixture.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/searcher.h"

using namespace suyuan;

namespace {

/// One line of restatements.tsv.
struct Restatement {
  std::string file, id, find, replace, expect, note;
};

std::vector<Restatement> load_restatements() {
  std::ifstream in(test::source_dir() / "tests/data/search/restatements.tsv");
  REQUIRE(in);
  std::vector<Restatement> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::stringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    REQUIRE(cells.size() == 6);
    rows.push_back({cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]});
  }
  return rows;
}

/// The article `id` of ../shared/data/news/<file>.
nlohmann::json news_article(const std::string& file, const std::string& id) {
  std::ifstream in(test::shared_data_dir() / "news" / file);
  REQUIRE(in);
  const std::string needle = "\"id\": \"" + id + "\"";
  for (std::string line; std::getline(in, line);) {
    if (line.find(needle) != std::string::npos) return nlohmann::json::parse(line);
  }
  FAIL("article " << id << " not in " << file);
  return {};
}

bool within(const std::string& part, const std::string& whole) {
  return !part.empty() && whole.find(part) != std::string::npos;
}

/// Writes the article (as its outlet published it) and the restatement (another outlet, the
/// next day's date when the article has one) and cross-checks everything indexed.
std::vector<ClaimGroup> check_pair(const Restatement& row, const test::TempDir& dir) {
  const nlohmann::json article = news_article(row.file, row.id);
  const std::string title = article["title"].is_string() ? article["title"].get<std::string>() : "";
  const std::string text = article["text"].get<std::string>();
  const std::size_t at = text.find(row.find);
  REQUIRE(at != std::string::npos);
  std::string restated = text;
  restated.replace(at, row.find.size(), row.replace);
  const bool traditional = article.value("script", "") == "traditional";
  const std::string date = article["date"].is_string() ? article["date"].get<std::string>() : "";
  const auto corpus = dir.path() / "corpus";
  test::write_file(corpus / "a.txt", title + "\n" + text + "\n");
  test::write_file(corpus / "b.txt", title + "\n" + restated + "\n");
  nlohmann::json meta_a = {{"publisher", traditional ? "蘋果日報" : "央视新闻联播"}};
  nlohmann::json meta_b = {{"publisher", traditional ? "自由時報" : "人民网"}};
  if (!date.empty()) meta_a["published"] = meta_b["published"] = date;
  test::write_file(corpus / "a.meta.json", meta_a.dump());
  test::write_file(corpus / "b.meta.json", meta_b.dump());

  const auto database = dir.path() / "db";
  CorpusIndexer indexer(database, test::shared_normalizer(), &test::shared_extractor());
  const BuildReport report = indexer.build(corpus);
  REQUIRE(report.count(FileStatus::FAILED) == 0);
  const Searcher searcher(database, test::shared_normalizer(), &test::shared_gazetteer());
  const auto rules = CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  return cross_check(searcher.claims(), {}, rules);
}

/// The claims of `group` from the document at `path`.
std::vector<const CitedClaim*> of_doc(const ClaimGroup& group, const std::string& path) {
  std::vector<const CitedClaim*> out;
  for (const auto& c : group.claims)
    if (c.path == path) out.push_back(&c);
  return out;
}

}  // namespace

TEST_CASE("a restated article: a changed figure conflicts, a rewritten one agrees",
          "[search][check][restatement]") {
  for (const Restatement& row : load_restatements()) {
    DYNAMIC_SECTION(row.id << ": " << row.find << " → " << row.replace << " (" << row.expect
                           << ")") {
      test::TempDir dir;
      const auto groups = check_pair(row, dir);
      std::size_t changed_conflicts = 0, changed_agreements = 0;
      for (const ClaimGroup& group : groups) {
        const auto a = of_doc(group, "a.txt"), b = of_doc(group, "b.txt");
        if (a.empty() || b.empty()) continue;
        // Only the changed figure may differ between the two articles.
        bool changed = false;
        for (const CitedClaim* c : b) changed |= within(written_value(c->claim), row.replace);
        INFO("group: " << group.explanation);
        if (group.verdict == Verdict::CONFLICT) {
          CHECK(row.expect == "conflict");
          CHECK(changed);
          if (!changed) continue;
          ++changed_conflicts;
          // The explanation names both values as written.
          bool names_a = false, names_b = false;
          for (const CitedClaim* c : a)
            names_a |= within(written_value(c->claim), row.find) &&
                       within(written_value(c->claim), group.explanation);
          for (const CitedClaim* c : b)
            names_b |= within(written_value(c->claim), row.replace) &&
                       within(written_value(c->claim), group.explanation);
          CHECK(names_a);
          CHECK(names_b);
        } else if (group.verdict == Verdict::AGREE && changed) {
          ++changed_agreements;
        }
      }
      if (row.expect == "conflict") {
        CHECK(changed_conflicts >= 1);
      } else {
        CHECK(changed_agreements >= 1);
      }
    }
  }
}
