/// @file claim_selection_test.cpp
/// @brief Searcher::claims with a ClaimSelection: a check without single-source groups, given
/// only the claims whose subject two articles share, answers exactly as it does given all of
/// them (what /api/check relies on). Real input: corpus/ plus a run of CCTV reports of the
/// shared news, with the two reports of 2022's education spending that disagree.
#include <catch2/catch.hpp>
#include <fstream>

#include "index_fixture.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/searcher.h"

using namespace suyuan;

namespace {

/// corpus/ and the first `count` CCTV reports of the shared news plus `extra_ids`, as
/// articles of 央视新闻联播 with their dates.
std::filesystem::path news_corpus(const test::TempDir& dir, std::size_t count,
                                  const std::vector<std::string>& extra_ids) {
  const auto corpus = dir.path() / "corpus";
  std::filesystem::create_directories(corpus);
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "corpus")) {
    std::filesystem::copy_file(entry.path(), corpus / entry.path().filename());
  }
  std::ifstream in(test::shared_data_dir() / "news/xwlb_cctv_2022-2026.jsonl");
  REQUIRE(in);
  std::size_t read = 0, extra = 0;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json article = nlohmann::json::parse(line);
    const std::string id = article["id"].get<std::string>();
    const bool wanted = std::find(extra_ids.begin(), extra_ids.end(), id) != extra_ids.end();
    if (read >= count && !wanted) continue;
    read += !wanted;
    extra += wanted;
    test::write_file(corpus / (id + ".txt"), article["title"].get<std::string>() + "\n" +
                                                 article["text"].get<std::string>() + "\n");
    test::write_file(
        corpus / (id + ".meta.json"),
        nlohmann::json{{"publisher", "央视新闻联播"}, {"published", article["date"]}}.dump());
    if (read >= count && extra == extra_ids.size()) break;
  }
  REQUIRE(extra == extra_ids.size());
  return corpus;
}

nlohmann::json groups_json(const std::vector<ClaimGroup>& groups) {
  nlohmann::json out = nlohmann::json::array();
  for (const ClaimGroup& group : groups) out.push_back(to_json(group));
  return out;
}

}  // namespace

TEST_CASE("a check without single-source groups needs only the claims of shared subjects",
          "[search][check][selection]") {
  const test::TempDir dir;
  const auto corpus = news_corpus(dir, 120, {"xwlb-20230630-14", "xwlb-20231203-07"});
  const test::IndexFixture index(corpus);
  const Searcher searcher(index.database(), test::shared_normalizer(), &test::shared_gazetteer());
  const auto rules = CrossCheckRules::load(test::data_dir() / "search/cross_check.json");

  std::size_t compared_groups = 0, claims_left_out = 0;
  for (const std::string query : {"", "经济", "全国", "H20", "增长", "教育经费", "亿元"}) {
    for (const std::string subject : {"", "nvidia-h20", "教育经费总"}) {
      {
        INFO("query \"" << query << "\", subject \"" << subject << "\"");
        CheckRequest request;
        request.subject = subject;
        request.include_single_source = false;
        const auto all = searcher.claims(query);
        const auto selected = searcher.claims(query, {subject, true});
        const auto expected = groups_json(cross_check(all, request, rules));
        CHECK(groups_json(cross_check(selected, request, rules)) == expected);
        compared_groups += expected.size();
        claims_left_out += all.size() - selected.size();
        // Every selected claim's subject is stated by two articles.
        for (const CitedClaim& claim : selected) {
          if (!subject.empty()) CHECK(claim.claim.subject == subject);
          CHECK(std::count_if(selected.begin(), selected.end(), [&](const CitedClaim& other) {
                  return other.claim.subject == claim.claim.subject && other.doc_id != claim.doc_id;
                }) > 0);
        }
      }
    }
  }
  // The comparison is not empty on either side.
  CHECK(compared_groups > 0);
  CHECK(claims_left_out > 0);
}
