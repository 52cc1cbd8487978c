/// @file recognizers_test.cpp
/// @brief Figures and dates on small inputs: values, ranges, qualifiers, units, resolution.
#include "recognizers.h"

#include <catch2/catch.hpp>

#include "index_fixture.h"

using namespace suyuan;

namespace {

/// The first mention of `kind` in `text` (attributes plus text), or null.
nlohmann::json first(const std::string& text, const std::string& kind,
                     const std::string& reference = "2025-12-14") {
  const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = reference;
  for (const Mention& m : test::shared_extractor().extract(document, text, options).mentions) {
    if (m.kind == kind) {
      nlohmann::json j = m.attributes;
      j["text"] = m.text;
      return j;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Chinese numerals", "[extract][figures]") {
  using extract::parse_chinese_number;
  CHECK(parse_chinese_number(U"一百二十") == 120);
  CHECK(parse_chinese_number(U"两万三千") == 23000);
  CHECK(parse_chinese_number(U"十五") == 15);
  CHECK(parse_chinese_number(U"三万亿") == 3e12);
  CHECK(parse_chinese_number(U"一亿五千万") == 1.5e8);
  CHECK(parse_chinese_number(U"二〇二五") == 2025);
}

TEST_CASE("numbers, multipliers and currencies", "[extract][figures]") {
  auto a = first("市值达3.34万亿美元", "money");
  REQUIRE(a.is_object());
  CHECK(a["value"] == 3.34e12);
  CHECK(a["currency"] == "USD");
  auto b = first("售价高达140萬元人民幣", "money");
  REQUIRE(b.is_object());
  CHECK(b["value"] == 1.4e6);
  CHECK(b["currency"] == "CNY");
  CHECK(b["text"] == "高达140萬元人民幣");
  auto c = first("营收45億新台币", "money");
  REQUIRE(c.is_object());
  CHECK(c["value"] == 4.5e9);
  CHECK(c["currency"] == "TWD");
  auto d = first("共１,２３４.５台", "quantity");
  REQUIRE(d.is_object());
  CHECK(d["value"] == 1234.5);
  CHECK(d["unit"] == "台");
  CHECK(d["text"] == "１,２３４.５台");
}

TEST_CASE("ranges, fractions and ratios", "[extract][figures]") {
  auto a = first("费用45亿至55亿美元", "money");
  REQUIRE(a.is_object());
  CHECK(a["min"] == 4.5e9);
  CHECK(a["max"] == 5.5e9);
  auto b = first("仅为后者的15%-30%", "percent");
  REQUIRE(b.is_object());
  CHECK(b["min"] == 15);
  CHECK(b["max"] == 30);
  auto c = first("已有60万至70万片库存", "quantity");
  REQUIRE(c.is_object());
  CHECK(c["min"] == 6e5);
  CHECK(c["max"] == 7e5);
  CHECK(c["unit"] == "片");
  auto d = first("增加约20%–35%", "percent");
  REQUIRE(d.is_object());
  CHECK(d["max"] == 35);
  CHECK(d["approx"] == "about");
  auto e = first("约为原版的三分之二", "ratio");
  REQUIRE(e.is_object());
  CHECK(e["value"].get<double>() == Approx(2.0 / 3));
  CHECK(first("收入的一半", "ratio")["value"] == 0.5);
  CHECK(first("算力是其六倍以上", "ratio")["approx"] == "over");
  auto f = first("数十亿美元业务", "money");
  REQUIRE(f.is_object());
  CHECK(f["min"] == 2e9);
  CHECK(f["max"] == 9e9);
  CHECK(first("百分之十五的收入", "percent")["value"] == 15);
}

TEST_CASE("qualifiers", "[extract][figures]") {
  CHECK(first("約20%", "percent")["approx"] == "about");
  CHECK(first("20%左右", "percent")["approx"] == "about");
  CHECK(first("超過四分之一", "ratio")["approx"] == "over");
  CHECK(first("逾100台", "quantity")["approx"] == "over");
  CHECK(first("逼近40%", "percent")["approx"] == "about");
  CHECK(first("不足10%", "percent")["approx"] == "under");
  CHECK(first("至少3台", "quantity")["approx"] == "at_least");
  CHECK(first("100台以上", "quantity")["approx"] == "over");
}

TEST_CASE("per mille, percentage points, discounts and negatives", "[extract][figures]") {
  CHECK(first("上升了六个百分点", "percent")["unit"] == "percentage_point");
  CHECK(first("千分之二点四", "percent").is_object());
  CHECK(first("万分之三", "percent")["value"] == 0.03);
  CHECK(first("全场九折", "percent")["value"] == 90);
  CHECK(first("同比 -22.2%", "percent")["value"] == -22.2);
  CHECK(first("负责人表示", "number").is_null());
}

TEST_CASE("units of chips", "[extract][figures]") {
  CHECK(first("算力达320 TFLOPs", "quantity")["unit"] == "TFLOPS");
  CHECK(first("带宽高达每秒4.0 TB", "quantity")["unit"] == "TB/s");
  CHECK(first("带宽400GB/s", "quantity")["unit"] == "GB/s");
  CHECK(first("96GB的HBM3", "quantity")["unit"] == "GB");
  CHECK(first("采用5nm工艺", "quantity")["unit"] == "nm");
  // Model codes and years are not figures.
  CHECK(first("H20芯片", "number").is_null());
  CHECK(first("2024年", "quantity").is_null());
}

TEST_CASE("absolute and partial dates", "[extract][dates]") {
  CHECK(first("2025年7月15日", "date")["date"] == "2025-07-15");
  auto t = first("会议于2025-09-26 16:51开始", "date");
  CHECK(t["date"] == "2025-09-26");
  CHECK(t["time"] == "16:51");
  CHECK(first("2025年07月15日", "date")["date"] == "2025-07-15");
  CHECK(first("2023年10月", "date")["date"] == "2023-10");
  auto end = first("原定于2023年底发布", "date");
  CHECK(end["date"] == "2023-11");
  CHECK(end["date_end"] == "2023-12");
  auto late = first("2025年4月，7月下旬", "date");
  CHECK(late["date"] == "2025-04");
  CHECK(first("H200 芯片于 2023 年推出", "date")["date"] == "2023");
}

TEST_CASE("relative dates resolve against the reference date", "[extract][dates]") {
  auto late_july = first("7月下旬", "date", "2025-09-26");
  CHECK(late_july["date"] == "2025-07-21");
  CHECK(late_july["date_end"] == "2025-07-31");
  CHECK(first("今年", "date")["date"] == "2025");
  CHECK(first("去年开始出货", "date")["date"] == "2024");
  auto summer = first("在夏季出口", "date");
  CHECK(summer["date"] == "2025-06");
  CHECK(summer["date_end"] == "2025-08");
  CHECK(first("川普8日表示", "date")["date"] == "2025-12-08");
  CHECK(first("20日表示", "date")["date"] == "2025-11-20");  // after the reference day: last month
  auto week = first("上周在华府", "date");
  CHECK(week["date"] == "2025-12-01");
  CHECK(week["date_end"] == "2025-12-07");
  auto recent = first("近日，消息称", "date");
  CHECK(recent["date_end"] == "2025-12-14");
  CHECK(first("6个月", "date").is_null());
  CHECK(first("我们去年5月见过", "date")["date"] == "2024-05");
  CHECK(first("明年四月", "date")["date"] == "2026-04");
  auto next_week = first("下周再谈", "date");
  CHECK(next_week["date"] == "2025-12-15");
  CHECK(next_week["date_end"] == "2025-12-21");
  CHECK(first("明天可以吗", "date")["date"] == "2025-12-15");
  CHECK(first("前天", "date", "2025-03-01")["date"] == "2025-02-27");
  CHECK(first("三月初一", "date")["date"] == "2025-03-01");
}
