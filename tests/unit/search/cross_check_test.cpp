/// @file cross_check_test.cpp
/// @brief Agree / conflict / single-source rules on hand-made claims, and the exports.
#include "suyuan/search/cross_check.h"

#include <catch2/catch.hpp>

#include "suyuan/core/civil_date.h"
#include "suyuan/search/exports.h"
#include "test_support.h"

using namespace suyuan;

namespace {

/// A claim value from its JSON form, with the kind and approx defaulted (number, exact).
ClaimValue value_of(nlohmann::json j) {
  if (!j.contains("kind")) j["kind"] = j.contains("date") ? "date" : "number";
  if (!j.contains("date") && !j.contains("approx")) j["approx"] = "exact";
  return j.get<ClaimValue>();
}

CitedClaim make_claim(const std::string& doc, const std::string& origin, nlohmann::json value,
                      const std::string& metric = "compute_relative_to:nvidia-h100") {
  CitedClaim c;
  c.doc_id = doc;
  c.path = doc + ".txt";
  c.publisher = origin;
  c.published = "2025-09-01";
  c.origin = origin;
  c.chain = {origin};
  c.claim.subject = "nvidia-h20";
  c.claim.metric = metric;
  c.claim.value = value_of(std::move(value));
  c.claim.sentence = "性能仅为H100的20%左右。";
  c.claim.sentence_raw = {10, 40};
  return c;
}

const CrossCheckRules& rules() {
  static const CrossCheckRules loaded =
      CrossCheckRules::load(test::data_dir() / "search/cross_check.json");
  return loaded;
}

}  // namespace

TEST_CASE("qualifiers widen values into intervals", "[search][check]") {
  auto about =
      claim_interval(value_of({{"value", 20}, {"unit", "percent"}, {"approx", "about"}}), rules());
  REQUIRE(about);
  CHECK(about->low == Catch::Detail::Approx(18));
  CHECK(about->high == Catch::Detail::Approx(22));
  auto range = claim_interval(value_of({{"min", 15}, {"max", 30}, {"unit", "percent"}}), rules());
  REQUIRE(range);
  CHECK(range->low == Catch::Detail::Approx(14.85));
  // Rounding slack is half a unit of the last significant digit, at most 1 %.
  auto precise = claim_interval(value_of({{"value", 13731}}), rules());
  CHECK(precise->high == Catch::Detail::Approx(13731.5));
  auto rounded = claim_interval(value_of({{"value", 13500}}), rules());
  CHECK(rounded->low == Catch::Detail::Approx(13450));
  auto short_figure = claim_interval(value_of({{"value", 20}, {"unit", "percent"}}), rules());
  CHECK(short_figure->high == Catch::Detail::Approx(20.2));
  auto over = claim_interval(value_of({{"value", 100}, {"approx", "over"}}), rules());
  REQUIRE(over);
  CHECK(over->high == Catch::Detail::Approx(200));
  auto month = claim_interval(value_of({{"date", "2025-07"}}), rules());
  REQUIRE(month);
  CHECK(iso_date_of_days(static_cast<long>(month->high)) == "2025-07-31");
  CHECK_FALSE(claim_interval(value_of({{"text", "n/a"}}), rules()).has_value());
}

TEST_CASE("date bounds cover their open side", "[search][check]") {
  auto day = [](double d) { return iso_date_of_days(static_cast<long>(d)); };
  auto before = claim_interval(value_of({{"date", "2025-04"}, {"relation", "before"}}), rules());
  REQUIRE(before);
  CHECK(day(before->high) == "2025-03-31");
  CHECK(day(before->low) == "2024-03-31");
  auto since = claim_interval(value_of({{"date", "2025-04"}, {"relation", "since"}}), rules());
  REQUIRE(since);
  CHECK(day(since->low) == "2025-04-01");
  CHECK(day(since->high) == "2026-05-01");
  auto after = claim_interval(value_of({{"date", "2025-04-15"}, {"relation", "after"}}), rules());
  REQUIRE(after);
  CHECK(day(after->low) == "2025-04-16");
  auto until = claim_interval(value_of({{"date", "2025-04-15"}, {"relation", "until"}}), rules());
  REQUIRE(until);
  CHECK(day(until->high) == "2025-04-15");
  CHECK(until->low < until->high - 300);
  // "before April" agrees with a March date, and conflicts with a May one.
  auto march = claim_interval(value_of({{"date", "2025-03-20"}}), rules());
  auto may = claim_interval(value_of({{"date", "2025-05-02"}}), rules());
  CHECK((march->low <= before->high && march->high >= before->low));
  CHECK_FALSE((may->low <= before->high && may->high >= before->low));
}

TEST_CASE("units of one measure compare in their base unit", "[search][check]") {
  auto km = claim_interval(value_of({{"value", 3}, {"unit", "km"}}), rules());
  auto metres = claim_interval(value_of({{"value", 3000}, {"unit", "m"}}), rules());
  REQUIRE(km);
  REQUIRE(metres);
  CHECK(km->unit == "m");
  CHECK(km->low <= metres->high);
  CHECK(metres->low <= km->high);
  // 5,965 平方公尺 against 5,965 平方公里: one question (area), a thousandfold apart.
  std::vector<CitedClaim> claims = {
      make_claim("a", "甲报", {{"value", 5965}, {"unit", "m2"}}, "area"),
      make_claim("b", "乙报", {{"value", 5965}, {"unit", "km2"}}, "area")};
  const auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);  // one question: a disagreement (how strong, the frame says)
  CHECK(
      (groups[0].verdict == Verdict::CONFLICT || groups[0].verdict == Verdict::POSSIBLE_CONFLICT));
  // Shown as the articles write it: a group of figures in 公里 reads km, not m.
  const auto agreeing =
      cross_check({make_claim("a", "甲报", {{"value", 3}, {"unit", "km"}}, "length"),
                   make_claim("b", "乙报", {{"value", 3}, {"unit", "km"}}, "length")},
                  {}, rules());
  REQUIRE(agreeing.size() == 1);
  CHECK(agreeing[0].verdict == Verdict::AGREE);
  CHECK(agreeing[0].unit == "km");
  REQUIRE(agreeing[0].overlap);
  CHECK(agreeing[0].overlap->unit == "km");
  CHECK(agreeing[0].overlap->low == Catch::Detail::Approx(2.97));
  CHECK(agreeing[0].overlap->high == Catch::Detail::Approx(3.03));
  // Currencies have no fixed rate: USD and CNY stay two questions.
  auto dollars = claim_interval(value_of({{"value", 5}, {"currency", "USD"}}), rules());
  CHECK(dollars->unit == "USD");
}

TEST_CASE("a strict bound on whole things leaves out its own number", "[search][check]") {
  auto over = [](const std::string& unit) {
    return claim_interval(value_of({{"value", 13}, {"unit", unit}, {"approx", "over"}}), rules());
  };
  auto thirteen = [](const std::string& unit) {
    return claim_interval(value_of({{"value", 13}, {"unit", unit}}), rules());
  };
  // 超过13个 is 14 or more, which 13个 is not;
  CHECK(over("个")->low == Catch::Detail::Approx(14));
  CHECK(over("个")->low > thirteen("个")->high);
  // 超过13公里 may be 13.4 km, which 13公里 rounds; 超过13岁 may be 13 and a half.
  CHECK(over("km")->low <= thirteen("km")->high);
  CHECK(over("岁")->low <= thirteen("岁")->high);
  // 以上 includes its number.
  auto at_least =
      claim_interval(value_of({{"value", 13}, {"unit", "个"}, {"approx", "at_least"}}), rules());
  CHECK(at_least->low <= thirteen("个")->high);
  auto under =
      claim_interval(value_of({{"value", 3}, {"unit", "座"}, {"approx", "under"}}), rules());
  CHECK(under->high == Catch::Detail::Approx(2));
  // 超过13名: a measure word is no unit, but it counts people all the same (a bare 超过13 may
  // be 13.5 of anything, and keeps its number).
  auto over_people =
      claim_interval(value_of({{"value", 13}, {"measure", "名"}, {"approx", "over"}}), rules());
  CHECK(over_people->low == Catch::Detail::Approx(14));
  // 13名 counts people, as 13人 does: one question, in 人.
  auto people = claim_interval(value_of({{"value", 13}, {"measure", "名"}}), rules());
  CHECK(people->unit == "人");
  CHECK(over_people->low > people->high);
  std::vector<CitedClaim> counts = {
      make_claim("a", "甲报", {{"value", 13}, {"measure", "名"}}, "受伤"),
      make_claim("b", "乙报", {{"value", 13}, {"unit", "人"}}, "受伤")};
  const auto one_question = cross_check(counts, {}, rules());
  REQUIRE(one_question.size() == 1);
  CHECK(one_question[0].verdict == Verdict::AGREE);
  // Other measure words count whole things without a unit (超过三次 is four or more).
  auto over_times =
      claim_interval(value_of({{"value", 3}, {"measure", "次"}, {"approx", "over"}}), rules());
  CHECK(over_times->unit.empty());
  CHECK(over_times->low == Catch::Detail::Approx(4));
  auto over_bare = claim_interval(value_of({{"value", 13}, {"approx", "over"}}), rules());
  CHECK(over_bare->low == Catch::Detail::Approx(13));
  // 不到一家 is none at all, and agrees with itself.
  auto none =
      claim_interval(value_of({{"value", 1}, {"unit", "家"}, {"approx", "under"}}), rules());
  CHECK(none->low == Catch::Detail::Approx(0));
  CHECK(none->high == Catch::Detail::Approx(0));
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

TEST_CASE("origins that share an article count as one independent source", "[search][check]") {
  // Article a states 20 % itself and quotes 黄仁勋 saying so; article b only quotes 黄仁勋.
  std::vector<CitedClaim> claims = {
      make_claim("a", "网易号", {{"value", 20}, {"unit", "percent"}}),
      make_claim("a", "黄仁勋", {{"value", 20}, {"unit", "percent"}}),
      make_claim("b", "黄仁勋", {{"value", 20}, {"unit", "percent"}})};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].documents == 2);
  CHECK(groups[0].independent_sources == 1);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  CHECK(groups[0].explanation.find("one source") != std::string::npos);
  // A third article with its own figure is a second, agreeing source.
  claims.push_back(make_claim("c", "A5专栏", {{"value", 20}, {"unit", "percent"}}));
  groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].independent_sources == 2);
  CHECK(groups[0].agreeing_sources == 2);
  CHECK(groups[0].verdict == Verdict::AGREE);
  CHECK(groups[0].explanation.rfind("2 independent sources agree", 0) == 0);
}

TEST_CASE("non-overlapping values conflict and say by how much", "[search][check]") {
  std::vector<CitedClaim> claims = {make_claim("a", "x", {{"value", 20}, {"unit", "percent"}}),
                                    make_claim("b", "y", {{"value", 50}, {"unit", "percent"}})};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  CHECK_THAT(groups[0].explanation, Catch::Contains("20 percent (x, 2025-09-01) vs 50 percent"));
  CHECK_THAT(groups[0].explanation, Catch::EndsWith("60 % apart"));
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
      make_claim("b", "reuters", {{"value", 20}, {"unit", "percent"}, {"approx", "about"}})};
  auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  CHECK_THAT(groups[0].explanation, Catch::Contains("reuters"));
  CHECK(cross_check(claims, {"", "", false}, rules()).empty());
}

TEST_CASE("two articles quoting one source with different figures conflict", "[search][check]") {
  // One of them misquotes it: a reader needs to see that, whoever the source is.
  auto a = make_claim("a", "reuters", {{"value", 20}, {"unit", "percent"}});
  auto b = make_claim("b", "reuters", {{"value", 90}, {"unit", "percent"}});
  a.publisher = "网易号";
  b.publisher = "A5专栏";
  auto groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  CHECK_THAT(groups[0].explanation, Catch::Contains("both attribute it to reuters"));
}

namespace {

/// A claim in the frame of issue 9 (open subject, metric text, period, scope, modality).
CitedClaim frame_claim(const std::string& doc, const std::string& publisher, double value,
                       const std::string& text, std::optional<Period> period,
                       Modality modality = Modality::ACTUAL, const std::string& scope = "") {
  CitedClaim c = make_claim(doc, publisher,
                            {{"kind", "quantity"}, {"value", value}, {"unit", "斤"}}, "output");
  // Long enough to be told again in the same words by another outlet (a restatement).
  const std::string sentence =
      "国家统计局今天发布公告，全年粮食总产量" + text + "，比上年有所增加。";
  c.claim.subject = "粮食";
  c.claim.subject_kind = SubjectKind::OPEN;
  c.claim.subject_text = "粮食";
  c.claim.metric_text = "总产量";
  c.claim.period = std::move(period);
  c.claim.scope = scope;
  c.claim.modality = modality;
  c.claim.sentence = sentence;
  const auto base = static_cast<std::uint32_t>(100);
  c.claim.sentence_raw = {base, static_cast<std::uint32_t>(base + sentence.size())};
  const auto at = static_cast<std::uint32_t>(base + sentence.find(text));
  c.claim.value_raw = {at, static_cast<std::uint32_t>(at + text.size())};
  return c;
}

Period year(const std::string& y) { return {PeriodKind::YEAR, y, y, y + "年", {}}; }

}  // namespace

TEST_CASE("a conflict names the question, both values as written and how far apart",
          "[search][check]") {
  auto groups = cross_check({frame_claim("a", "新华社", 1.3731e12, "13731亿斤", year("2022")),
                             frame_claim("b", "人民网", 1.35e12, "13500亿斤", year("2022"))},
                            {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  CHECK(groups[0].period == "2022");
  CHECK_THAT(groups[0].explanation,
             Catch::StartsWith("2022 粮食 总产量: 13731亿斤 (新华社, 2025-09-01) vs 13500亿斤 "
                               "(人民网, 2025-09-01), 1.7 % apart"));
}

TEST_CASE("claims about different periods, modalities or scopes are different questions",
          "[search][check]") {
  const Period q2{PeriodKind::QUARTER, "2022-04", "2022-06", "第二季度", {}};
  auto groups =
      cross_check({frame_claim("a", "x", 1.3e12, "13000亿斤", year("2022")),
                   frame_claim("b", "y", 3.1e11, "3100亿斤", q2),
                   frame_claim("c", "z", 1.4e12, "14000亿斤", year("2023"), Modality::TARGET),
                   frame_claim("d", "w", 1.5e12, "15000亿斤", year("2022"), Modality::FORECAST),
                   frame_claim("e", "v", 6e11, "6000亿斤", year("2022"), Modality::ACTUAL, "河南"),
                   frame_claim("f", "u", 8e11, "8000亿斤", std::nullopt)},
                  {}, rules());
  CHECK(groups.size() == 6);
  for (const auto& g : groups) CHECK(g.verdict == Verdict::SINGLE_SOURCE);
}

TEST_CASE("estimates are actuals and 全国 is the default scope", "[search][check]") {
  auto groups = cross_check(
      {frame_claim("a", "x", 1.3e12, "13000亿斤", year("2022"), Modality::ESTIMATE),
       frame_claim("b", "y", 1.3e12, "1.3万亿斤", year("2022"), Modality::ACTUAL, "全国")},
      {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
}

TEST_CASE("figures of one article are never compared with each other", "[search][check]") {
  // Two figures from one sentence, and a third article agreeing with one of them.
  auto first = frame_claim("a", "x", 1.3e12, "13000亿斤", year("2022"));
  auto second = frame_claim("a", "x", 9e9, "90亿斤", year("2022"));
  second.claim.sentence_raw = first.claim.sentence_raw;
  auto groups = cross_check({first, second}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  groups = cross_check({first, second, frame_claim("b", "y", 1.3e12, "1.3万亿斤", year("2022"))},
                       {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
}

TEST_CASE("timeless metrics and event dates compare whatever the period", "[search][check]") {
  auto a = make_claim("a", "x", {{"value", 20}, {"unit", "percent"}});
  auto b = make_claim("b", "y", {{"value", 20}, {"unit", "percent"}});
  b.claim.period = year("2025");
  auto groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
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
  claim.claim.sentence_raw = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
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
  CHECK(csv.find("20.0 percent") != std::string::npos);
  auto bound = claims_to_csv({make_claim("a", "x", {{"date", "2025-04"}, {"relation", "since"}})});
  CHECK(bound.find("2025-04 (since)") != std::string::npos);
}

TEST_CASE("undated figures published months apart are not compared", "[search][check]") {
  auto a = frame_claim("a", "x", 2e10, "200亿斤", std::nullopt);
  auto b = frame_claim("b", "y", 5e9, "50亿斤", std::nullopt);
  b.published = "2026-03-01";
  auto groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  b.published = "2025-09-20";  // 19 days: beyond the window of a story's re-reporting
  groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  b.published = "2025-09-05";
  groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
}

TEST_CASE("one publisher's undated figures of different days are updates, not a conflict",
          "[search][check]") {
  auto a = frame_claim("a", "x", 2e10, "200亿斤", std::nullopt);
  auto b = frame_claim("b", "y", 5e9, "50亿斤", std::nullopt);
  a.publisher = b.publisher = "央视新闻联播";
  b.published = "2025-09-03";
  auto groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict != Verdict::CONFLICT);
  b.published = a.published;  // the same day: one of the two reports is wrong
  groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  a.published = b.published = "";  // two undated issues: nothing says they tell of one day
  groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict != Verdict::CONFLICT);
}

TEST_CASE("stocks as of one day are one question, whatever the granularity written",
          "[search][check]") {
  const Period year_end{PeriodKind::AS_OF, "", "2022", "截至2022年底", {}};
  const Period last_day{PeriodKind::AS_OF, "", "2022-12-31", "截至2022年12月31日", {}};
  const Period mid_year{PeriodKind::AS_OF, "", "2022-06", "截至2022年6月", {}};
  auto groups = cross_check({frame_claim("a", "x", 5e9, "50亿斤", year_end),
                             frame_claim("b", "y", 6e9, "60亿斤", last_day),
                             frame_claim("c", "z", 4e9, "40亿斤", mid_year)},
                            {}, rules());
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].period == "as of 2022-12-31");
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  CHECK(groups[1].verdict == Verdict::SINGLE_SOURCE);
}

TEST_CASE("a bound written as a year reaches a decade, a scope inside the subject is none",
          "[search][check]") {
  auto after_2000 = claim_interval(value_of({{"date", "2000"}, {"relation", "after"}}), rules());
  auto in_2007 = claim_interval(value_of({{"date", "2007"}}), rules());
  CHECK((in_2007->low <= after_2000->high && in_2007->high >= after_2000->low));
  auto a = frame_claim("a", "x", 1.5e7, "1500万人", year("2015"));
  auto b = frame_claim("b", "y", 1.5e7, "1500万人", year("2015"), Modality::ACTUAL, "粮");
  auto groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
}

TEST_CASE("claims with an unnamed metric are never compared", "[search][check]") {
  auto c = make_claim("c", "x", {{"date", "2025-07"}}, "event_date");
  auto d = make_claim("d", "y", {{"date", "2025-01"}}, "event_date");
  CHECK(cross_check({c, d}, {"", "", false}, rules()).empty());
}

TEST_CASE("a total of a period not yet over is as of its publication day", "[search][check]") {
  // 2025年票房已突破110亿元 in April and 突破120亿元 a week later: two days' totals, no conflict.
  auto april = frame_claim("a", "x", 1.1e10, "110亿元", year("2025"));
  auto later = frame_claim("b", "y", 1.2e10, "120亿元", year("2025"));
  april.published = "2025-04-01";
  later.published = "2025-04-08";
  auto groups = cross_check({april, later}, {}, rules());
  CHECK(groups.size() == 2);
  for (const auto& group : groups) CHECK(group.verdict != Verdict::CONFLICT);
  // The same day, two outlets: one of them is wrong.
  later.published = april.published;
  groups = cross_check({april, later}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
}

TEST_CASE("a subject carried from another sentence is compared only in the same words",
          "[search][check]") {
  // Two 联播快讯 items: their subject is the heading's, their sentences are different stories.
  auto a = frame_claim("a", "x", 8.5, "8.5%", year("2023"));
  auto b = frame_claim("b", "y", 4.9, "4.9%", year("2023"));
  a.published = b.published = "2024-02-01";
  for (auto* c : {&a, &b}) c->claim.subject_raw = ByteRange{0, 6};
  a.claim.sentence = "上半年，我国服务进出口总额31358.4亿元，同比增长8.5%。";
  b.claim.sentence = "上半年国有企业营业总收入同比增长4.9%。";
  auto groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict != Verdict::CONFLICT);
  // A restatement of one story keeps its words: then the figures are compared.
  b.claim.sentence = "上半年，我国服务进出口总额31358.4亿元，同比增长4.9%。";
  groups = cross_check({a, b}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
}

TEST_CASE("two articles of one template that differ on most questions are a series",
          "[search][check]") {
  // Two weekly tables: grain, cotton and oil output each differ, nothing agrees.
  std::vector<CitedClaim> claims;
  const std::vector<std::pair<std::string, std::pair<double, double>>> rows = {
      {"粮食", {2e10, 5e9}}, {"棉花", {3e8, 4e8}}, {"油料", {7e8, 9e8}}};
  for (const auto& [crop, values] : rows) {
    auto a = frame_claim("week1", "甲报", values.first, "A", year("2022"));
    auto b = frame_claim("week2", "乙报", values.second, "B", year("2022"));
    a.claim.subject = b.claim.subject = a.claim.subject_text = b.claim.subject_text = crop;
    claims.push_back(a);
    claims.push_back(b);
  }
  for (const auto& g : cross_check(claims, {}, rules())) CHECK(g.verdict != Verdict::CONFLICT);
  // One restatement that changes one figure and keeps the others disagrees: a conflict.
  claims[3].claim.value.figure.value = 3e8;
  claims[5].claim.value.figure.value = 7e8;
  std::size_t conflicts = 0;
  for (const auto& g : cross_check(claims, {}, rules()))
    conflicts += g.verdict == Verdict::CONFLICT;
  CHECK(conflicts == 1);
}

TEST_CASE("a group says its verdict as data: reason, the conflicting pair, agreement",
          "[search][check]") {
  // Conflict: the closest values of the first disagreeing pair, by their place in `claims`.
  const auto conflict =
      cross_check({frame_claim("b", "人民网", 1.35e12, "13500亿斤", year("2022")),
                   frame_claim("a", "新华社", 1.3731e12, "13731亿斤", year("2022")),
                   frame_claim("c", "新华社", 1.3731e12, "13731亿斤", year("2022"))},
                  {}, rules());
  REQUIRE(conflict.size() == 1);
  const ClaimGroup& g = conflict[0];
  CHECK(g.reason == "values_disjoint");
  CHECK(g.compared_pairs == 3);
  CHECK(g.disagreeing_pairs == 2);
  REQUIRE(g.conflict);
  CHECK(g.claims[g.conflict->a].doc_id == "a");
  CHECK(g.claims[g.conflict->b].doc_id == "b");
  CHECK(g.conflict->relative_distance == Catch::Detail::Approx((13731 - 13500) / 13731.0));
  CHECK(g.conflict->distance > 0);
  const auto json = to_json(g);
  CHECK(json["conflict"]["a"]["value_text"] == "13731亿斤");
  CHECK(json["conflict"]["b"]["value_text"] == "13500亿斤");
  CHECK(json["conflict"]["a"]["index"] == g.conflict->a);
  CHECK(json["conflict"]["b"]["value_span"]["start"] ==
        g.claims[g.conflict->b].claim.value_raw.begin);
  CHECK(json["agreeing_sources"] == 0);
  CHECK(json["overlap"].is_null());
  CHECK(json["reason"] == "values_disjoint");
  // 新华社's two articles are one source.
  CHECK(json["sources"].size() == 2);

  // The same source misquoted: its own code.
  auto a = make_claim("a", "reuters", {{"value", 20}, {"unit", "percent"}});
  auto b = make_claim("b", "reuters", {{"value", 90}, {"unit", "percent"}});
  a.publisher = "网易号";
  b.publisher = "A5专栏";
  CHECK(cross_check({a, b}, {}, rules())[0].reason == "misquoted_source");

  // Agreement: how many sources, which, and where all values meet.
  const auto agree = cross_check(
      {make_claim("a", "网易号", {{"min", 15}, {"max", 30}, {"unit", "percent"}}),
       make_claim("b", "A5专栏", {{"value", 20}, {"unit", "percent"}, {"approx", "about"}})},
      {}, rules());
  REQUIRE(agree.size() == 1);
  CHECK(agree[0].reason == "values_overlap");
  CHECK_FALSE(agree[0].conflict);
  CHECK(agree[0].agreeing_origins == std::vector<std::string>{"A5专栏", "网易号"});
  const auto agreed = to_json(agree[0]);
  CHECK(agreed["conflict"].is_null());
  CHECK(agreed["agreeing_sources"] == 2);
  CHECK(agreed["overlap"]["low"].get<double>() == Catch::Detail::Approx(18));
  CHECK(agreed["overlap"]["high"].get<double>() == Catch::Detail::Approx(22));
  CHECK(agreed["overlap"]["unit"] == "percent");
  // Dates overlap in days.
  const auto dates =
      cross_check({make_claim("a", "x", {{"date", "2025-07-15"}}, "event_date:h20_export_approval"),
                   make_claim("b", "y", {{"date", "2025-07"}}, "event_date:h20_export_approval")},
                  {}, rules());
  CHECK(to_json(dates[0])["overlap"]["low"] == "2025-07-15");

  // Single source: one article, or one attributed source behind several.
  const auto one =
      cross_check({make_claim("a", "x", {{"value", 20}, {"unit", "percent"}})}, {}, rules());
  CHECK(one[0].reason == "one_article");
  CHECK(to_json(one[0])["compared_pairs"] == 0);
  const auto relayed =
      cross_check({make_claim("a", "reuters", {{"value", 20}, {"unit", "percent"}}),
                   make_claim("b", "reuters", {{"value", 20}, {"unit", "percent"}})},
                  {}, rules());
  CHECK(relayed[0].reason == "one_attributed_source");
  REQUIRE(relayed[0].sources.size() == 1);
  CHECK(relayed[0].sources[0].documents == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a source named only as written is shown but is no origin", "[search][check]") {
  const StoredOrigin origin{"0123456789abcdef", "a.txt", "", "人民网", "2025-09-01"};
  Claim claim;
  claim.attribution = Attribution{"国家统计局", "国家统计局", "显示", "", {}};
  // 据国家统计局统计: the name the cue closes is the origin, so two outlets quoting it are one.
  const CitedClaim quoted = cite_claim(origin, claim);
  CHECK(quoted.origin == "国家统计局");
  CHECK(quoted.chain == std::vector<std::string>{"人民网", "国家统计局"});
  // 国家统计局20日公布的数据显示: the clause's opening name, as written, is shown in the chain,
  // but the article stays its publisher's (a restatement copies the name; names vary).
  claim.attribution->named_as_written = true;
  const CitedClaim named = cite_claim(origin, claim);
  CHECK(named.origin == "人民网");
  CHECK(named.chain == std::vector<std::string>{"人民网", "国家统计局"});
  // The flag survives the claim's JSON, and is absent when false.
  CHECK(to_json(*claim.attribution)["named_as_written"] == true);
  CHECK(to_json(claim).at("attribution").get<Attribution>().named_as_written);
  claim.attribution->named_as_written = false;
  CHECK_FALSE(to_json(*claim.attribution).contains("named_as_written"));
}

// --- What a conflict needs: strong evidence of one question; else possible-conflict or update ---

namespace {

/// A claim of a news sentence written for these tests: the figure `value_text` found in
/// `sentence`, with the frame given (an open subject, a written metric, a period).
struct NewsClaim {
  std::string doc, publisher, published, sentence, value_text;
  double value = 0;
  std::string unit = "percent";
  std::string subject = "光伏组件", metric = "出口额", metric_text = "出口额";
  SubjectKind kind = SubjectKind::OPEN;
  std::string scope;
  std::optional<Period> period;
  std::optional<double> against;  ///< a score's other side: the claim is a score
  std::string title;
  bool period_outside = false;  ///< the period's span lies before the sentence (其中，…)

  CitedClaim cited() const {
    CitedClaim c;
    c.doc_id = doc;
    c.title = title;
    c.path = doc + ".txt";
    c.publisher = publisher;
    c.published = published;
    c.origin = publisher.empty() ? "doc:" + doc : publisher;
    c.chain = {c.origin};
    c.claim.subject = subject;
    c.claim.subject_text = subject;
    c.claim.subject_kind = kind;
    c.claim.metric = metric;
    c.claim.metric_text = metric_text;
    c.claim.scope = scope;
    c.claim.value.kind = unit == "percent" ? ValueKind::PERCENT : ValueKind::NUMBER;
    c.claim.value.figure.value = value;
    c.claim.value.figure.unit = unit;
    if (against) {
      c.claim.value.kind = ValueKind::SCORE;
      c.claim.value.figure.against = against;
    }
    c.claim.sentence = sentence;
    const auto base = static_cast<std::uint32_t>(1000);
    c.claim.sentence_raw = {base, static_cast<std::uint32_t>(base + sentence.size())};
    const std::size_t at = sentence.find(value_text);
    REQUIRE(at != std::string::npos);
    c.claim.value_raw = {static_cast<std::uint32_t>(base + at),
                         static_cast<std::uint32_t>(base + at + value_text.size())};
    if (const std::size_t s = sentence.find(subject); s != std::string::npos)
      c.claim.subject_raw = {static_cast<std::uint32_t>(base + s),
                             static_cast<std::uint32_t>(base + s + subject.size())};
    if (period) {
      c.claim.period = period;
      std::size_t p = sentence.find(period->text);
      if (p == std::string::npos) p = 0;  // written somewhere in the sentence
      c.claim.period->raw = {static_cast<std::uint32_t>(base + p),
                             static_cast<std::uint32_t>(base + p + period->text.size())};
      if (period_outside) c.claim.period->raw = {base - 20, base - 10};
    }
    return c;
  }
};

NewsClaim news(const std::string& doc, const std::string& publisher, const std::string& published,
               const std::string& sentence, const std::string& value_text, double value,
               const std::string& unit = "percent") {
  NewsClaim c;
  c.doc = doc;
  c.publisher = publisher;
  c.published = published;
  c.sentence = sentence;
  c.value_text = value_text;
  c.value = value;
  c.unit = unit;
  return c;
}

Period written_period(PeriodKind kind, const std::string& start, const std::string& end,
                      const std::string& text) {
  return {kind, start, end, text, {}};
}

/// The one group two claims make, checked.
ClaimGroup one_group(const NewsClaim& a, const NewsClaim& b) {
  auto groups = cross_check({a.cited(), b.cited()}, {}, rules());
  REQUIRE(groups.size() == 1);
  return groups[0];
}

/// Two reports by two outlets a month apart of one year's figure, written in different words.
std::pair<NewsClaim, NewsClaim> two_reports() {
  NewsClaim a =
      news("a", "甲报", "2025-02-10", "2024年光伏组件出口额增长12.5%，创历史新高。", "12.5%", 12.5);
  NewsClaim b = news("b", "乙报", "2025-03-12", "海关数据显示，2024年全年光伏组件出口额增长9.1%。",
                     "9.1%", 9.1);
  a.period = written_period(PeriodKind::YEAR, "2024", "2024", "2024年");
  b.period = written_period(PeriodKind::YEAR, "2024", "2024", "2024年");
  return {a, b};
}

}  // namespace

TEST_CASE("a specific subject, metric and written period make a conflict", "[search][check]") {
  auto [a, b] = two_reports();
  const ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::CONFLICT);
  CHECK(g.weak_evidence.empty());
  CHECK(to_json(g)["weak_evidence"].empty());
}

TEST_CASE("a place, deictic or generic subject makes a possible-conflict", "[search][check]") {
  auto [a, b] = two_reports();
  for (const std::string subject : {"全国", "当地", "俄罗斯", "该公司", "假期"}) {
    a.subject = b.subject = subject;
    const ClaimGroup g = one_group(a, b);
    INFO(subject);
    CHECK(g.verdict == Verdict::POSSIBLE_CONFLICT);
    REQUIRE_FALSE(g.weak_evidence.empty());
    CHECK((g.reason == "place_subject" || g.reason == "generic_subject"));
    CHECK_THAT(g.explanation, Catch::Contains("possibly different questions"));
    CHECK(to_json(g)["verdict"] == "possible-conflict");
  }
  // Common words only (汽车) are the nation's figure when the claim says 全国, else someone's.
  a.subject = b.subject = "汽车";
  a.kind = b.kind = SubjectKind::GENERIC;
  CHECK(one_group(a, b).reason == "generic_subject");
  a.scope = b.scope = "全国";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
}

TEST_CASE("a subject cut from a clause or the reporting body makes a possible-conflict",
          "[search][check]") {
  auto [a, b] = two_reports();
  a.subject = b.subject = "与2019年";  // a comparison cut into a subject
  CHECK(one_group(a, b).reason == "fragment_subject");
  a.subject = b.subject = "十四五”末";  // a closing quote without its opening one
  CHECK(one_group(a, b).reason == "fragment_subject");
  {
    // The base a comparison names (比“十三五”末…), taken for the subject: two different figures
    // compared with one base.
    auto [x, y] = two_reports();
    x.sentence = "2024年，全国托位数达到574万个，比“十三五”末提高了125%。";
    y.sentence = "2024年全国清洁能源电量已达约4200亿千瓦时，比“十三五”末增长70%。";
    x.value_text = "125%", y.value_text = "70%";
    x.value = 125, y.value = 70;
    x.subject = y.subject = "“十三五”末";
    x.metric = y.metric = "growth";
    CHECK(one_group(x, y).reason == "fragment_subject");
  }
  a.subject = b.subject = "每万人口";  // a rate's denominator
  CHECK(one_group(a, b).reason == "fragment_subject");
  a.subject = b.subject = "国家统计局";
  CHECK(one_group(a, b).reason == "reporter_subject");
  // The claim's own attributed source as its subject: who says it, not what it is about.
  a.subject = b.subject = "中国光伏行业协会";
  CitedClaim x = a.cited(), y = b.cited();
  x.claim.attribution = Attribution{"中国光伏行业协会", "中国光伏行业协会", "据", "", {}};
  auto groups = cross_check({x, y}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].weak_evidence == std::vector<std::string>{"reporter_subject"});
}

TEST_CASE("no metric, or one that names nothing measured, makes a possible-conflict",
          "[search][check]") {
  auto [a, b] = two_reports();
  a.metric = b.metric = a.metric_text = b.metric_text = "";
  CHECK(one_group(a, b).reason == "no_metric");
  a.metric = b.metric = a.metric_text = b.metric_text = "了";
  CHECK(one_group(a, b).reason == "fragment_metric");
  a.metric = b.metric = a.metric_text = b.metric_text = "从2019年";
  CHECK(one_group(a, b).reason == "fragment_metric");
}

TEST_CASE("periods guessed, compared against or averaged make a possible-conflict",
          "[search][check]") {
  auto [a, b] = two_reports();
  // 上半年 without a year in both, published ten months after the half: the guess may be wrong.
  a.sentence = "上半年光伏组件出口额增长12.5%，为近五年最高。";
  b.sentence = "海关总署今天发布，上半年光伏组件出口额同比增长9.1%，拉动出口增长0.3个百分点。";
  a.period = b.period = written_period(PeriodKind::HALF, "2024-01", "2024-06", "上半年");
  a.published = "2025-04-20";
  b.published = "2025-04-28";
  CHECK(one_group(a, b).weak_evidence == std::vector<std::string>{"inferred_period"});
  // Published soon after the half ended, both guesses are this year's half.
  a.published = "2024-07-20";
  b.published = "2024-08-28";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  // One written year (今年上半年) vouches for the other's guess.
  a.sentence = "今年上半年光伏组件出口额增长12.5%，为近五年最高。";
  a.period = written_period(PeriodKind::HALF, "2024-01", "2024-06", "今年上半年");
  a.published = "2024-12-20";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);

  auto [c, d] = two_reports();
  d.sentence = "光伏组件出口额比2024年增长9.1%。";  // 2024 is the base of the comparison
  CHECK(one_group(c, d).weak_evidence == std::vector<std::string>{"comparison_period"});
  d.sentence = "2024年光伏组件出口额由9.1%提高到15%。";  // the starting figure of a change
  CHECK(one_group(c, d).weak_evidence == std::vector<std::string>{"comparison_period"});
  d.sentence = "2020年至2024年，光伏组件出口额年均增长9.1%。";  // an average over five years
  CHECK(one_group(c, d).weak_evidence == std::vector<std::string>{"average_period"});
  d.sentence = "2024年光伏组件出口额增长9.1%。";
  c.published = "2023-12-20";
  d.published = "2023-11-30";  // actuals of a year not yet begun: its year is misread
  CHECK(one_group(c, d).reason == "period_after_publication");
}

TEST_CASE("a change in percentage points makes a possible-conflict", "[search][check]") {
  // One pulls the total up by 1.1 points, the other is 1.5 points above another year's pace.
  NewsClaim a = news("a", "甲报", "2024-04-17", "一季度高技术制造业拉动工业增加值增长1.1个百分点。",
                     "1.1个百分点", 1.1, "percentage_point");
  NewsClaim b =
      news("b", "乙报", "2024-04-18", "一季度工业增加值同比增长6.1%，较2023年全年提高1.5个百分点。",
           "1.5个百分点", 1.5, "percentage_point");
  a.subject = b.subject = "工业增加值";
  a.metric = b.metric = "growth";
  a.metric_text = "增长";
  b.metric_text = "提高";
  a.period = b.period = written_period(PeriodKind::QUARTER, "2024-01", "2024-03", "一季度");
  const ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::POSSIBLE_CONFLICT);
  CHECK(g.weak_evidence == std::vector<std::string>{"relative_change"});
  // The same change in percent is a conflict.
  a.unit = b.unit = "percent";
  a.value_text = "1.1个百分点";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
}

TEST_CASE("a period named by a holiday is a guess unless both write it alike", "[search][check]") {
  // 中秋 resolved to the festival's day, while the sentence means the whole break.
  NewsClaim a =
      news("a", "甲报", "2025-10-06", "今天（10月6日），全国铁路发送旅客增长5.8%。", "5.8%", 5.8);
  NewsClaim b =
      news("b", "乙报", "2025-10-09", "国庆中秋假期，全国铁路发送旅客同比增长6.2%。", "6.2%", 6.2);
  a.subject = b.subject = "全国铁路";
  a.metric = b.metric = "growth";
  a.metric_text = b.metric_text = "增长";
  a.period = written_period(PeriodKind::DAY, "2025-10-06", "2025-10-06", "10月6日");
  b.period = written_period(PeriodKind::DAY, "2025-10-06", "2025-10-06", "中秋");
  CHECK(one_group(a, b).weak_evidence == std::vector<std::string>{"inferred_period"});
  // Both written 中秋假期: one question.
  a.sentence = "中秋假期，全国铁路发送旅客增长5.8%，运输平稳。";
  a.period = b.period = written_period(PeriodKind::DAY, "2025-10-06", "2025-10-06", "中秋假期");
  b.sentence = "中秋假期，全国铁路发送旅客同比增长6.2%。";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
}

TEST_CASE("a running total reported later, or a result after its forecast, is an update",
          "[search][check]") {
  const Period day = written_period(PeriodKind::DAY, "2025-03-02", "2025-03-02", "2日");
  NewsClaim a = news("a", "甲报", "2025-03-02", "山体滑坡已造成12人遇难。", "12人", 12, "人");
  NewsClaim b = news("b", "乙报", "2025-03-04", "山体滑坡遇难人数已升至27人。", "27人", 27, "人");
  a.subject = b.subject = "山体滑坡";
  a.metric = b.metric = a.metric_text = b.metric_text = "遇难";
  a.period = b.period = day;
  a.sentence = "2日，山体滑坡已造成12人遇难。";
  b.sentence = "截至4日，2日发生的山体滑坡遇难人数已升至27人。";
  ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::UPDATE);
  CHECK(g.reason == "running_total");
  CHECK_THAT(g.explanation,
             Catch::Contains("12人 (甲报, 2025-03-02) then 27人 (乙报, 2025-03-04)"));
  REQUIRE(g.conflict);
  CHECK(g.claims[g.conflict->a].doc_id == "a");  // the earlier figure first
  CHECK(to_json(g)["verdict"] == "update");
  // A count since a year (2005年设立以来) is a running total too.
  NewsClaim c = news("c", "甲报", "2025-06-17", "该奖2005年设立以来，共表彰了63个国家的翻译家。",
                     "63个", 63, "个");
  NewsClaim d = news("d", "乙报", "2026-06-16", "该奖2005年设立以来，共表彰了67个国家的作家。",
                     "67个", 67, "个");
  c.subject = d.subject = "中华图书特殊贡献奖";
  c.metric = d.metric = c.metric_text = d.metric_text = "国家";
  c.period = d.period = written_period(PeriodKind::YEAR, "2005", "2005", "2005年");
  CHECK(one_group(c, d).reason == "running_total");
  // So it is as extraction writes it, the event and 以来 in the period, up to each publication.
  c.period = written_period(PeriodKind::RANGE, "2005", "2025-06-17", "2005年设立以来");
  d.period = written_period(PeriodKind::RANGE, "2005", "2026-06-16", "2005年设立以来");
  CHECK(one_group(c, d).reason == "running_total");
  // A level since a day, reported again later, is an update whichever way it moved; on one
  // day, two levels disagree.
  NewsClaim e = news("e", "甲报", "2023-04-19",
                     "英国央行自2021年12月以来已连续11次加息，基准利率升至4.25%。", "4.25%", 4.25);
  NewsClaim h = news("h", "乙报", "2023-08-17",
                     "英国央行自2021年12月以来已连续14次加息，基准利率升至5.25%。", "5.25%", 5.25);
  e.subject = h.subject = "英国央行";
  e.metric = h.metric = "利率";
  e.metric_text = h.metric_text = "基准利率";
  e.period = written_period(PeriodKind::RANGE, "2021-12", "2023-04-19", "自2021年12月以来");
  h.period = written_period(PeriodKind::RANGE, "2021-12", "2023-08-17", "自2021年12月以来");
  g = one_group(e, h);
  CHECK(g.verdict == Verdict::UPDATE);
  CHECK(g.period == "since 2021-12");
  h.published = "2023-04-19";
  h.period = e.period;
  CHECK(one_group(e, h).verdict == Verdict::CONFLICT);
  // A toll that falls later is no running total: one of them is wrong.
  b.value = 9;
  b.value_text = "9人";
  b.sentence = "截至4日，2日发生的山体滑坡遇难人数为9人。";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);

  // A forecast published before the holiday began, then the result.
  const Period holiday =
      written_period(PeriodKind::RANGE, "2025-10-01", "2025-10-08", "今年国庆假期");
  NewsClaim f =
      news("f", "甲报", "2025-09-26", "预计今年国庆假期全社会跨区域人员流动量增长3%。", "3%", 3);
  NewsClaim r =
      news("r", "乙报", "2025-10-09", "今年国庆假期全社会跨区域人员流动量增长6.3%。", "6.3%", 6.3);
  f.subject = r.subject = "全社会跨区域人员流动量";
  f.metric = r.metric = "growth";
  f.metric_text = r.metric_text = "增长";
  f.period = r.period = holiday;
  g = one_group(f, r);
  CHECK(g.verdict == Verdict::UPDATE);
  CHECK(g.reason == "forecast_then_result");
  // Both published after the holiday: two results that disagree.
  f.published = "2025-10-09";
  CHECK(one_group(f, r).verdict == Verdict::CONFLICT);
}

TEST_CASE("a later figure that says it revises one of the same source is an update",
          "[search][check]") {
  // 修正数据 then 最终修正数据: the source revises its own figure; no one disagrees.
  const Period q1 = written_period(PeriodKind::QUARTER, "2025-01", "2025-03", "2025年第一季度");
  NewsClaim a =
      news("a", "瑞祥商务部", "2025-05-30",
           "瑞祥商务部29日公布的修正数据显示，2025年第一季度瑞祥国内生产总值按年率计算萎缩0.2%。",
           "0.2%", 0.2);
  NewsClaim b = news(
      "b", "瑞祥商务部", "2025-06-27",
      "瑞祥商务部26日公布的最终修正数据显示，2025年第一季度瑞祥国内生产总值按年率计算萎缩0.5%。",
      "0.5%", 0.5);
  a.subject = b.subject = "瑞祥国内生产总值";
  a.metric = b.metric = a.metric_text = b.metric_text = "年率";
  a.period = b.period = q1;
  ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::UPDATE);
  CHECK(g.reason == "revised");
  CHECK_THAT(g.explanation, Catch::Contains("revises the earlier one"));
  // Without a word of revision the same source's two figures conflict (one is misquoted).
  b.sentence = "瑞祥商务部26日公布的数据显示，2025年第一季度瑞祥国内生产总值按年率计算萎缩0.5%。";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  // Nor does a revision of another source's figure update it.
  b.sentence =
      "瑞祥商务部26日公布的最终修正数据显示，2025年第一季度瑞祥国内生产总值按年率计算萎缩0.5%。";
  b.publisher = "乙报";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
}

TEST_CASE("a year's total published after the year is final: a later one disagrees",
          "[search][check]") {
  const Period y2024 = written_period(PeriodKind::YEAR, "2024", "2024", "2024年");
  NewsClaim a =
      news("a", "甲报", "2025-01-20", "2024年全国电影票房累计425亿元。", "425亿元", 4.25e10, "");
  NewsClaim b =
      news("b", "乙报", "2025-03-20", "2024年全国电影票房累计为445亿元。", "445亿元", 4.45e10, "");
  a.subject = b.subject = "电影票房";
  a.metric = b.metric = a.metric_text = b.metric_text = "票房";
  a.period = b.period = y2024;
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
}

TEST_CASE("a figure truncated where the other is written in full agrees", "[search][check]") {
  const Period end2024 = written_period(PeriodKind::AS_OF, "", "2024-12-31", "截至2024年底");
  NewsClaim a = news("a", "甲报", "2025-03-01", "截至2024年底，参加职工养老保险人数达5.44亿人。",
                     "5.44亿人", 5.44e8, "人");
  NewsClaim b =
      news("b", "乙报", "2025-03-02", "截至2024年底，参加职工养老保险人数为54487.63万人。",
           "54487.63万人", 5.448763e8, "人");
  a.subject = b.subject = "职工养老保险";
  a.metric = b.metric = a.metric_text = b.metric_text = "参加人数";
  a.period = b.period = end2024;
  CHECK(one_group(a, b).verdict == Verdict::AGREE);
  // Not a truncation of it: 5.45亿 is rounded up from more than 5.4487亿.
  b.value = 5.4587e8;
  b.value_text = "54587万人";
  b.sentence = "截至2024年底，参加职工养老保险人数为54587万人。";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  // Two-digit figures are no truncation of each other: 20 % and 25 %.
  auto [c, d] = two_reports();
  c.value = 20;
  c.value_text = "12.5%";
  d.value = 25;
  CHECK(one_group(c, d).verdict == Verdict::CONFLICT);
}

TEST_CASE("a restatement of one story is a conflict whatever the frame's weakness",
          "[search][check]") {
  // 当地 is a weak subject, but the second outlet restates the first one's sentence with one
  // figure changed: a fact-checker wants that flagged.
  NewsClaim a = news("a", "甲报", "2025-05-06", "5月5日，当地新建5G基站1200个，覆盖全部乡镇。",
                     "1200个", 1200, "个");
  NewsClaim b = news("b", "乙报", "2025-05-06", "5月5日，当地新建5G基站2100个，覆盖全部乡镇。",
                     "2100个", 2100, "个");
  a.subject = b.subject = "当地";
  a.metric = b.metric = a.metric_text = b.metric_text = "新建";
  a.period = b.period = written_period(PeriodKind::DAY, "2025-05-05", "2025-05-05", "5月5日");
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  // The same words with other figures changed too (another day, another count) tell another
  // story.
  b.sentence = "5月6日，当地新建5G基站2100个，覆盖全部乡镇。";
  CHECK(one_group(a, b).verdict == Verdict::POSSIBLE_CONFLICT);
  // One publisher's reports of two days in the same words are a template, not a restatement.
  b.sentence = a.sentence;
  b.sentence.replace(b.sentence.find("1200"), 4, "2100");
  b.publisher = a.publisher;
  b.published = "2025-05-08";
  CHECK(one_group(a, b).verdict == Verdict::POSSIBLE_CONFLICT);
}

TEST_CASE("a figure in the same place of a story two outlets tell compares without a metric",
          "[search][check]") {
  // CFEVER 31467: the same sentence with the count changed. No metric is named (共有五部:
  // five of what?), but the words around the figure are the same, so it is the same question.
  NewsClaim a = news("a", "甲报", "2023-06-01",
                     "華燈初上共有五部，主要描述命案的背景、兇手的犯案動機。", "五部", 5, "部");
  NewsClaim b = news("b", "乙报", "2023-06-01",
                     "華燈初上共有三部，主要描述命案的背景、兇手的犯案動機。", "三部", 3, "部");
  a.subject = b.subject = "华灯初上";
  a.metric = b.metric = a.metric_text = b.metric_text = "";
  const ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::CONFLICT);
  CHECK_THAT(g.explanation, Catch::Contains("五部") && Catch::Contains("三部"));
  // One publisher's two items in the same words on one day are a series (weight classes), not
  // one story told twice.
  b.publisher = a.publisher;
  CHECK(one_group(a, b).verdict == Verdict::POSSIBLE_CONFLICT);
  // Another place in the sentence (五部 after 共有, 三部 after 拍了) is no evidence of one
  // question.
  b.publisher = "乙报";
  b.sentence = "華燈初上拍了三部，主要描述命案的背景、兇手的犯案動機。";
  CHECK(one_group(a, b).verdict == Verdict::POSSIBLE_CONFLICT);
}

TEST_CASE("a restated figure joins the question of the sentence it restates", "[search][check]") {
  // The two outlets' clauses yield different subjects for one figure of one sentence; the
  // figure in the same words answers the first one's question.
  NewsClaim a =
      news("a", "甲报", "2023-06-01",
           "肖恩·克里斯坦因強姦兒童與教唆強姦判刑，但在監獄待了五年就獲得自由。", "五年", 5, "年");
  NewsClaim b =
      news("b", "乙报", "2023-06-01",
           "肖恩·克里斯坦因強姦兒童與教唆強姦判刑，但在監獄待了兩年就獲得自由。", "兩年", 2, "年");
  a.subject = "监狱待";
  b.subject = "肖恩·克里斯坦";
  a.metric = b.metric = a.metric_text = b.metric_text = "";
  auto groups = cross_check({a.cited(), b.cited()}, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::CONFLICT);
  CHECK(groups[0].subject == "监狱待");
  // Told in other words around the figure, the two stay apart (nothing says they are one).
  b.sentence = "肖恩·克里斯坦因強姦兒童與教唆強姦判刑，在牢中只待了兩年就獲得自由。";
  groups = cross_check({a.cited(), b.cited()}, {}, rules());
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].verdict == Verdict::SINGLE_SOURCE);
  CHECK(groups[1].verdict == Verdict::SINGLE_SOURCE);
}

TEST_CASE("the date of an event that happens once to a named subject is a question",
          "[search][check]") {
  const auto event = [](const std::string& doc, const std::string& publisher,
                        const std::string& date, const std::string& subject,
                        const std::string& verb) {
    CitedClaim c = make_claim(doc, publisher, {{"date", date}}, "event_date");
    c.claim.subject = c.claim.subject_text = subject;
    c.claim.subject_kind = SubjectKind::OPEN;
    c.claim.metric_text = verb;
    return c;
  };
  // Opened once: the day and its year agree, whichever script writes the verb.
  auto groups = cross_check({event("a", "甲报", "1979-02-26", "台湾桃园国际机场", "啓用"),
                             event("b", "乙报", "1979", "台湾桃园国际机场", "启用")},
                            {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
  // Two founding years disagree, but whose founding a clause dates is a guess (a subsidiary of
  // the company named): a possible-conflict, not a conflict.
  groups = cross_check(
      {event("a", "甲报", "1993", "新党", "成立"), event("b", "乙报", "1994", "新党", "成立")}, {},
      rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::POSSIBLE_CONFLICT);
  CHECK(groups[0].weak_evidence == std::vector<std::string>{"once_event"});
  // A repeated event (会见), or a once-only one of a place (我国…建成), names no question.
  for (const auto& [subject, verb] :
       std::vector<std::pair<std::string, std::string>>{{"习近平", "会见"}, {"我国", "建成"}}) {
    groups = cross_check({event("a", "甲报", "2024-06-12", subject, verb),
                          event("b", "乙报", "2024-10-16", subject, verb)},
                         {}, rules());
    CHECK(groups.size() == 2);
  }
  // Someone else's once-only event: a matter after 就 (悼念, 向…) between the subject and the
  // verb, or an anniversary after it, answers nothing about the subject.
  const auto told = [&](const std::string& doc, const std::string& publisher,
                        const std::string& date, const std::string& sentence,
                        const std::string& verb) {
    CitedClaim c = event(doc, publisher, date, "王总统", verb);
    c.claim.sentence = sentence;
    const auto at = [&](const std::string& s) {
      return static_cast<std::uint32_t>(100 + sentence.find(s));
    };
    c.claim.sentence_raw = {100, static_cast<std::uint32_t>(100 + sentence.size())};
    c.claim.subject_raw = ByteRange{at("王总统"), at("王总统") + 9};
    c.claim.metric_raw = ByteRange{at(verb), static_cast<std::uint32_t>(at(verb) + verb.size())};
    return c;
  };
  groups = cross_check(
      {told("a", "甲报", "2024-06-12", "王总统就前总理李明逝世向其家属致唁电。", "逝世"),
       told("b", "乙报", "2024-10-16", "王总统就老战友张华逝世致唁电。", "逝世")},
      {}, rules());
  CHECK(groups.size() == 2);
  groups =
      cross_check({told("a", "甲报", "2024-06-12", "王总统向友好协会成立65周年致贺信。", "成立"),
                   told("b", "乙报", "2024-10-16", "王总统向商会成立30周年致贺信。", "成立")},
                  {}, rules());
  CHECK(groups.size() == 2);
  // Without them, the same spans name the subject's own event.
  groups = cross_check({told("a", "甲报", "1993", "王总统的政党于1993年成立。", "成立"),
                        told("b", "乙报", "1994", "王总统的政党于1994年成立。", "成立")},
                       {}, rules());
  CHECK(groups.size() == 1);
}

TEST_CASE("a period referred to, not written with the figure, is weak evidence of one question",
          "[search][check]") {
  // Two news items' 其中 sentences of 2026 (xwlb-style): the half year is written in the sentence
  // before; one outlet's growth is of export volume, the other's of value.
  NewsClaim a =
      news("a", "甲报", "2026-07-09", "其中，新能源汽车出口235.5万辆，同比增长120%。", "120%", 120);
  NewsClaim b = news("b", "乙报", "2026-07-24", "其中，新能源汽车出口3606.8亿元，同比增长68.7%。",
                     "68.7%", 68.7);
  a.subject = b.subject = "新能源汽车";
  a.metric = b.metric = "growth:exports";
  a.metric_text = b.metric_text = "同比增长";
  Period half{PeriodKind::HALF, "2026-01", "2026-06", "1—6月份", {}};
  a.period = b.period = half;
  // Written in the claims' own sentences: a conflict.
  a.sentence = "1—6月份，新能源汽车出口235.5万辆，同比增长120%。";
  b.sentence = "1—6月份，新能源汽车出口3606.8亿元，同比增长68.7%。";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  // Carried from the sentence before (its span lies outside the claim's sentence).
  a.sentence = "其中，新能源汽车出口235.5万辆，同比增长120%。";
  b.sentence = "其中，新能源汽车出口3606.8亿元，同比增长68.7%。";
  a.period_outside = b.period_outside = true;
  ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::POSSIBLE_CONFLICT);
  CHECK(g.weak_evidence == std::vector<std::string>{"period_elsewhere"});
  // 全年 of the year stated before.
  a.period_outside = b.period_outside = false;
  a.sentence = "全年毛利率躍升至9.39%。";
  b.sentence = "全年毛利率为20%。";
  a.value_text = "9.39%";
  a.value = 9.39;
  b.value_text = "20%";
  b.value = 20;
  a.period = b.period = Period{PeriodKind::YEAR, "2006", "2006", "全年", {}};
  g = one_group(a, b);
  CHECK(g.verdict == Verdict::POSSIBLE_CONFLICT);
  CHECK(std::find(g.weak_evidence.begin(), g.weak_evidence.end(), "period_elsewhere") !=
        g.weak_evidence.end());
}

TEST_CASE("articles whose headlines name different places may give each place's figure",
          "[search][check]") {
  // Two p233 notices of the 2019 air-force pilot recruitment, in the same words: 云南's lists
  // three kinds of students, 山东 and 河南's two. Each may be right for its provinces.
  NewsClaim a = news("a", "甲网", "2019-01-05", "2019年，空军面向三类学生招收选拔飞行学员：",
                     "三类", 3, "类");
  NewsClaim b = news("b", "乙网", "2019-01-05", "2019年，空军面向两类学生招收选拔飞行学员：",
                     "两类", 2, "类");
  a.subject = b.subject = "空军招飞对象";
  a.metric = b.metric = a.metric_text = b.metric_text = "学生";
  a.period = b.period = Period{PeriodKind::YEAR, "2019", "2019", "2019年", {}};
  a.title = "云南：2019年空军招收飞行学员初选开始";
  b.title = "空军2019年度山东、河南省招飞简章发布";
  ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::POSSIBLE_CONFLICT);
  CHECK(g.weak_evidence == std::vector<std::string>{"title_places"});
  CHECK_THAT(g.explanation, Catch::Contains("the headlines name different places"));
  // A city stands for its province too (深圳 is in 广东), and a headline naming no place says
  // nothing: both pairs stay a conflict of one question.
  a.title = "广东省2019年招飞简章";
  b.title = "深圳：2019年招飞初选开始";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  a.title = "雲南：2019年空軍招收飛行學員初選開始";
  b.title = "2019年空军招飞简章发布";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
  // Either script: 雲南 and 山東 are two places. 北京时间 names no place.
  b.title = "山東：2019年招飛簡章";
  CHECK(one_group(a, b).verdict == Verdict::POSSIBLE_CONFLICT);
  b.title = "北京时间11月1日，2019年招飞简章发布";
  CHECK(one_group(a, b).verdict == Verdict::CONFLICT);
}

TEST_CASE("a number read from the middle of a longer one is never a conflict", "[search][check]") {
  NewsClaim a =
      news("a", "甲报", "2025-05-06", "本次交易对价暂定为208亿元。", "208亿元", 2.08e10, "");
  NewsClaim b = news("b", "乙报", "2025-05-06", "本次交易对价暂定为2，080，352.00万元。",
                     "352.00万元", 3.5200e6, "");
  a.subject = b.subject = "本次交易";
  a.metric = b.metric = a.metric_text = b.metric_text = "对价";
  const ClaimGroup g = one_group(a, b);
  CHECK(g.verdict == Verdict::POSSIBLE_CONFLICT);
  CHECK(std::find(g.weak_evidence.begin(), g.weak_evidence.end(), "cut_figure") !=
        g.weak_evidence.end());
}

TEST_CASE("scores agree when both numbers are equal and conflict in words otherwise",
          "[search][check]") {
  // 杭州亚运会女排决赛 (央视新闻联播, 2023-10-08), restated with the score changed or turned.
  const auto score = [](const std::string& doc, const std::string& publisher,
                        const std::string& sentence, const std::string& value_text, double value,
                        double against) {
    NewsClaim c = news(doc, publisher, "2023-10-08", sentence, value_text, value, "score");
    c.against = against;
    c.subject = "中国女排";
    c.metric = c.metric_text = "比分";
    c.period = written_period(PeriodKind::DAY, "2023-10-07", "2023-10-07", "10月7日");
    return c;
  };
  const std::string said =
      "杭州亚运会女排决赛昨晚（10月7日）进行，中国女排以3比0战胜日本队，成功卫冕亚运会冠军。";
  const NewsClaim a = score("a", "央视新闻联播", said, "3比0", 3, 0);
  const NewsClaim same = score("b", "人民网", said, "3比0", 3, 0);
  const ClaimGroup agree = one_group(a, same);
  CHECK(agree.verdict == Verdict::AGREE);
  REQUIRE(agree.overlap);
  CHECK(to_json(agree)["overlap"]["against"] == 0.0);

  const NewsClaim changed =
      score("c", "人民网",
            "杭州亚运会女排决赛昨晚（10月7日）进行，中国女排以3比1战胜日本队，成功卫冕亚运会冠军。",
            "3比1", 3, 1);
  const ClaimGroup conflict = one_group(a, changed);
  CHECK(conflict.verdict == Verdict::CONFLICT);
  CHECK_THAT(conflict.explanation,
             Catch::Contains("score 3:0 (央视新闻联播, 2023-10-08) vs 3:1 (人民网, 2023-10-08)"));
  CHECK_THAT(conflict.explanation, !Catch::Contains("apart"));

  // 0比3 may tell the same result from 日本队's side: which side a claim tells, it does not say.
  const NewsClaim turned =
      score("d", "人民网", "杭州亚运会女排决赛昨晚（10月7日）进行，日本队以0比3不敌中国女排。",
            "0比3", 0, 3);
  const ClaimGroup mirrored = one_group(a, turned);
  CHECK(mirrored.verdict != Verdict::CONFLICT);
  CHECK(mirrored.verdict != Verdict::AGREE);
  CHECK(mirrored.compared_pairs == 0);
  // A draw turned is the same draw.
  const std::string drawn = "双方以1比1战平。";
  CHECK(one_group(score("e", "甲报", drawn, "1比1", 1, 1), score("f", "乙报", drawn, "1比1", 1, 1))
            .verdict == Verdict::AGREE);
}

TEST_CASE("a date of unknown year or an unresolved one never conflicts", "[search][check]") {
  // 3月25日 and 昨天 of undated articles: no day to hold against a dated article's, nor against
  // another undated article's, whose year may differ.
  const std::string metric = "event_date:h20_export_approval";
  std::vector<CitedClaim> claims = {
      make_claim("a", "x", {{"date", "2025-07-15"}}, metric),
      make_claim("b", "y", {{"date", ""}, {"partial", "XXXX-03-25"}}, metric),
      make_claim("c", "z", {{"date", ""}, {"partial", "XXXX-07-15"}}, metric),
      make_claim("d", "w", {{"date", ""}, {"unresolved", "昨天"}}, metric),
      make_claim("e", "v", {{"date", ""}, {"partial", "XXXX-04-02"}}, metric)};
  CHECK_FALSE(claim_interval(claims[1].claim.value, rules()).has_value());
  CHECK_FALSE(claim_interval(claims[3].claim.value, rules()).has_value());
  auto groups = cross_check(claims, {}, rules());
  for (const auto& group : groups) {
    CHECK(group.verdict != Verdict::CONFLICT);
    CHECK(group.verdict != Verdict::POSSIBLE_CONFLICT);
    CHECK(group.documents == 1);  // each stands alone
  }
  CHECK(groups.size() == 5);
  // Exports say the date as the article gave it.
  auto csv = claims_to_csv({claims[1], claims[3]});
  CHECK(csv.find("XXXX-03-25") != std::string::npos);
  CHECK(csv.find("昨天") != std::string::npos);
}

TEST_CASE("the verbs of the dead are one question", "[search][check]") {
  // 28人死亡 in one outlet, 28人丧生 or 遇难 in another: one count of the dead, agreeing.
  std::vector<CitedClaim> claims = {
      make_claim("a", "甲报", {{"value", 28}, {"unit", "人"}, {"kind", "quantity"}}, "死亡"),
      make_claim("b", "乙报", {{"value", 28}, {"unit", "人"}, {"kind", "quantity"}}, "丧生"),
      make_claim("c", "丙网", {{"value", 28}, {"unit", "人"}, {"kind", "quantity"}}, "遇难")};
  for (auto& c : claims) c.claim.subject = "清真寺爆炸";
  const auto groups = cross_check(claims, {}, rules());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].verdict == Verdict::AGREE);
  // The injured are another question.
  claims.push_back(
      make_claim("d", "丁报", {{"value", 150}, {"unit", "人"}, {"kind", "quantity"}}, "受伤"));
  claims.back().claim.subject = "清真寺爆炸";
  CHECK(cross_check(claims, {}, rules()).size() == 2);
}
