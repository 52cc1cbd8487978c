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
  const std::string sentence = "全年粮食总产量" + text + "。";
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

TEST_CASE("a bound written as a year reaches a decade; a scope inside the subject is none",
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
