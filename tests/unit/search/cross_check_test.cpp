/// @file cross_check_test.cpp
/// @brief Agree / conflict / single-source rules on hand-made claims, and the exports.
#include "suyuan/search/cross_check.h"

#include <catch2/catch.hpp>

#include "suyuan/core/civil_date.h"
#include "suyuan/search/exports.h"
#include "test_support.h"

using namespace suyuan;

namespace {

CitedClaim make_claim(const std::string& doc, const std::string& origin, nlohmann::json value,
                      const std::string& metric = "compute_relative_to:nvidia-h100") {
  CitedClaim c;
  c.doc_id = doc;
  c.path = doc + ".txt";
  c.publisher = origin;
  c.published = "2025-09-01";
  c.origin = origin;
  c.chain = {origin};
  c.claim = {{"subject", "nvidia-h20"},
             {"metric", metric},
             {"value", value},
             {"sentence", "性能仅为H100的20%左右。"},
             {"sentence_span", {{"start", 10}, {"end", 40}}}};
  return c;
}

const CrossCheckRules& rules() {
  static const CrossCheckRules loaded =
      CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  return loaded;
}

}  // namespace

TEST_CASE("qualifiers widen values into intervals", "[search][check]") {
  auto about = claim_interval({{"value", 20}, {"unit", "percent"}, {"approx", "about"}}, rules());
  REQUIRE(about);
  CHECK(about->low == Approx(18));
  CHECK(about->high == Approx(22));
  auto range = claim_interval({{"min", 15}, {"max", 30}, {"unit", "percent"}}, rules());
  REQUIRE(range);
  CHECK(range->low == Approx(14.85));
  auto over = claim_interval({{"value", 100}, {"approx", "over"}}, rules());
  REQUIRE(over);
  CHECK(over->high == Approx(200));
  auto month = claim_interval({{"date", "2025-07"}}, rules());
  REQUIRE(month);
  CHECK(iso_date_of_days(static_cast<long>(month->high)) == "2025-07-31");
  CHECK_FALSE(claim_interval({{"text", "n/a"}}, rules()).has_value());
}

TEST_CASE("date bounds cover their open side", "[search][check]") {
  auto day = [](double d) { return iso_date_of_days(static_cast<long>(d)); };
  auto before = claim_interval({{"date", "2025-04"}, {"relation", "before"}}, rules());
  REQUIRE(before);
  CHECK(day(before->high) == "2025-03-31");
  CHECK(day(before->low) == "2024-03-31");
  auto since = claim_interval({{"date", "2025-04"}, {"relation", "since"}}, rules());
  REQUIRE(since);
  CHECK(day(since->low) == "2025-04-01");
  CHECK(day(since->high) == "2026-05-01");
  auto after = claim_interval({{"date", "2025-04-15"}, {"relation", "after"}}, rules());
  REQUIRE(after);
  CHECK(day(after->low) == "2025-04-16");
  auto until = claim_interval({{"date", "2025-04-15"}, {"relation", "until"}}, rules());
  REQUIRE(until);
  CHECK(day(until->high) == "2025-04-15");
  CHECK(until->low < until->high - 300);
  // "before April" agrees with a March date, and conflicts with a May one.
  auto march = claim_interval({{"date", "2025-03-20"}}, rules());
  auto may = claim_interval({{"date", "2025-05-02"}}, rules());
  CHECK((march->low <= before->high && march->high >= before->low));
  CHECK_FALSE((may->low <= before->high && may->high >= before->low));
}

TEST_CASE("about 20 % agrees with 15–30 %", "[search][check]") {
  std::vector<CitedClaim> claims = {
      make_claim("a", "网易号", {{"min", 15}, {"max", 30}, {"unit", "percent"}}),
      make_claim("b", "A5专栏", {{"value", 20}, {"unit", "percent"}, {"approx", "about"}})};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
  CHECK(groups[0].independent_sources == 2);
}

TEST_CASE("non-overlapping values conflict and say by how much", "[search][check]") {
  std::vector<CitedClaim> claims = {make_claim("a", "x", {{"value", 20}, {"unit", "percent"}}),
                                    make_claim("b", "y", {{"value", 50}, {"unit", "percent"}})};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  CHECK_THAT(groups[0].explanation, Catch::Contains("apart by"));
}

TEST_CASE("a month agrees with a day inside it", "[search][check]") {
  std::vector<CitedClaim> claims = {
      make_claim("a", "x", {{"date", "2025-07-15"}}, "event_date:h20_export_approval"),
      make_claim("b", "y", {{"date", "2025-07"}}, "event_date:h20_export_approval"),
      make_claim("c", "z", {{"date", "2025-06"}, {"date_end", "2025-08"}},
                 "event_date:h20_export_approval")};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
  CHECK(groups[0].documents == 3);
}

TEST_CASE("two articles repeating one source are one source", "[search][check]") {
  std::vector<CitedClaim> claims = {
      make_claim("a", "reuters", {{"value", 20}, {"unit", "percent"}}),
      make_claim("b", "reuters", {{"value", 90}, {"unit", "percent"}})};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  CHECK_THAT(groups[0].explanation, Catch::Contains("reuters"));
  CHECK(cross_check(claims, {"", "", false}, rules()).empty());
}

TEST_CASE("different currencies are never compared", "[search][check]") {
  std::vector<CitedClaim> claims = {
      make_claim("a", "x", {{"value", 1e9}, {"currency", "USD"}}, "revenue"),
      make_claim("b", "y", {{"value", 7e9}, {"currency", "CNY"}}, "revenue")};
  CHECK(cross_check(claims, {}, rules()).size() == 2);
}

TEST_CASE("Web Annotation selectors count code points and quote the raw text", "[search][export]") {
  StoredArticle article;
  article.path = "a.txt";
  article.raw = "前言。英偉達(dá)表示,H20很好。后记";
  CitedClaim claim = make_claim("a", "x", {{"value", 1}});
  const std::size_t start = article.raw.find("英"), end = article.raw.find("后");
  claim.claim["sentence_span"] = {{"start", start}, {"end", end}};
  auto annotation = to_web_annotation(claim, article);
  const auto& selectors = annotation["target"]["selector"];
  CHECK(selectors[0]["exact"] == article.raw.substr(start, end - start));
  CHECK(selectors[0]["prefix"] == "前言。");
  CHECK(selectors[0]["suffix"] == "后记");
  CHECK(selectors[1]["start"] == 3);
  CHECK(annotation["target"]["suyuan:byteRange"]["start"] == start);
  auto review = to_claim_review(claim, article);
  CHECK(review["@type"] == "ClaimReview");
}

TEST_CASE("CSV quotes fields that need it", "[search][export]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  auto csv = claims_to_csv({make_claim("a", "x", {{"value", 20}, {"unit", "percent"}})});
  CHECK(csv.find("doc_id,path") == 0);
  CHECK(csv.find("20 percent") != std::string::npos);
  auto bound = claims_to_csv({make_claim("a", "x", {{"date", "2025-04"}, {"relation", "since"}})});
  CHECK(bound.find("2025-04 (since)") != std::string::npos);
}
