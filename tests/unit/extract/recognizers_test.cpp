/// @file recognizers_test.cpp
/// @brief Figures and dates on small inputs: values, ranges, qualifiers, units, resolution.
#include "recognizers.h"

#include <catch2/catch.hpp>

#include "first_mention.h"

using namespace suyuan;

namespace {

nlohmann::json first(const std::string& text, const std::string& kind,
                     const std::string& reference = "2025-12-14") {
  return test::first_mention(text, kind, reference);
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
  CHECK(e["value"].get<double>() == Catch::Detail::Approx(2.0 / 3));
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

TEST_CASE("a comma of either width separates thousands only before groups of three digits",
          "[extract][figures]") {
  // 20，300家 is written like 3，050，352.00万元 of p233 and 3，072 元 of a price list: one number.
  CHECK(first("新增20，300家企业", "quantity")["value"] == 20300);
  CHECK(first("共1,234台", "quantity")["value"] == 1234);
  CHECK(first("新增20，30家企业", "number")["value"] == 20);
  CHECK(first("新增20，30家企业", "quantity")["value"] == 30);
  // An amount names its currency once: a sign before and a unit after make two amounts.
  CHECK(first("选一个，$20，300美圆, ￥300, ok?", "money")["value"] == 20);
  CHECK(first("128GB存储空间售8，999元人民币", "money")["value"] == 8999);
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
  // 初一 names a lunar day: the third lunar month's first day nearest the reference.
  auto lunar = first("三月初一", "date");
  CHECK(lunar["date"] == "2026-04-17");
  CHECK(lunar["calendar"] == "chinese");
}

TEST_CASE("Chinese decimals, mixed sections, 多/余/几 and 兆", "[extract][figures]") {
  using extract::parse_chinese_number;
  // 五千二 = 5200: a last digit straight after a unit counts in the next smaller unit.
  CHECK(parse_chinese_number(U"五兆六十二亿四万五千二") == 5e12 + 62e8 + 45200);
  CHECK(parse_chinese_number(U"两千四百五") == 2450);
  CHECK(parse_chinese_number(U"一万三") == 13000);
  CHECK(parse_chinese_number(U"一千零五") == 1005);
  CHECK(parse_chinese_number(U"一千零十二") == 1012);
  CHECK(parse_chinese_number(U"四万万") == 4e8);
  CHECK(parse_chinese_number(U"一亿五") == 1.5e8);
  CHECK(parse_chinese_number(U"四千五百六十九万八千三百一十一亿") == 45698311e8);
  CHECK_FALSE(parse_chinese_number(U"两两").has_value());  // "in pairs", not 22
  CHECK(first("营收三点五亿元", "money")["value"] == 3.5e8);
  CHECK(first("增长十五点七", "number")["value"].get<double>() == Catch::Detail::Approx(15.7));
  auto time_of_day = first("下午三点五十分开会", "number");  // 3:50 pm, not 3.5
  CHECK((time_of_day.is_null() || time_of_day["value"] != 3.5));
  CHECK(first("共25万6千台", "quantity")["value"] == 256000);
  CHECK(first("共5万4千6百台", "quantity")["value"] == 54600);
  CHECK(first("1千零20人", "quantity")["value"] == 1020);
  auto over = first("投资一千多万元", "money");
  CHECK(over["value"] == 1e7);
  CHECK(over["approx"] == "over");
  CHECK(first("500余亿元", "money")["value"] == 5e10);
  auto tens = first("十几万台", "quantity");
  CHECK(tens["min"] == 11e4);
  CHECK(tens["max"] == 19e4);
  CHECK(first("台积电市值20兆元新台币", "money")["value"] == 2e13);
  CHECK(first("装机50兆瓦", "quantity")["unit"] == "MW");
  CHECK(first("重2.3千克", "quantity")["unit"] == "kg");
  // 千 before 伏, 帕, 焦, 赫 is kilo-, not a thousand: 330千伏 is 330 kV, not 330000.
  CHECK(first("330千伏线路", "quantity")["unit"] == "kV");
  CHECK(first("330千伏线路", "quantity")["value"] == 330);
  CHECK(first("气压101千帕", "quantity")["unit"] == "kPa");
  CHECK(first("1/2的努力", "ratio")["value"] == 0.5);
  CHECK(first("三又三分之一", "number")["value"].get<double>() == Catch::Detail::Approx(10.0 / 3));
  CHECK(first("１６分之5", "ratio")["value"].get<double>() == Catch::Detail::Approx(5.0 / 16));
}

TEST_CASE("number spans exclude units and qualifiers", "[extract][figures]") {
  const auto vocabulary = extract::FigureVocabulary::load(test::source_dir() / "data" / "extract");
  const extract::CodePoints t("约45亿至55亿美元左右", 0);
  extract::Claimed claimed(t.size(), false);
  const auto figures = extract::find_figures(t, vocabulary, claimed);
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].begin == 0);
  CHECK(figures[0].end == t.size());
  CHECK(figures[0].value_begin == 1);  // after 约
  CHECK(figures[0].value_end == 10);   // before 左右
  CHECK(figures[0].number_begin == 1);
  CHECK(figures[0].number_end == 8);  // 45亿至55亿
}

TEST_CASE("date ranges, weekdays and years in numerals", "[extract][dates]") {
  auto range = first("会议7月15日至20日举行", "date", "2025-09-26");
  CHECK(range["date"] == "2025-07-15");
  CHECK(range["date_end"] == "2025-07-20");
  CHECK(range["text"] == "7月15日至20日");
  auto chinese = first("时间从一月十日到十二日", "date", "2017-03-22");
  CHECK(chinese["text"] == "从一月十日到十二日");
  CHECK(chinese["date_end"] == "2017-01-12");
  auto months = first("5月-10月的数据", "date", "2025-12-14");
  CHECK(months["date"] == "2025-05");
  CHECK(months["date_end"] == "2025-10");
  auto years = first("1995 - 1997年的收入", "date");
  CHECK(years["date"] == "1995");
  CHECK(years["date_end"] == "1997");
  CHECK(first("2018年十二月", "date")["date"] == "2018-12");
  CHECK(first("2018年 12月", "date")["date"] == "2018-12");
  CHECK(first("二零零四年八月", "date")["date"] == "2004-08");
  CHECK(first("二〇二五年", "date")["date"] == "2025");
  // 2025-12-14 is a Sunday: its week runs from Monday 8 to Sunday 14.
  CHECK(first("上周一有考试", "date")["date"] == "2025-12-01");
  CHECK(first("下下周日", "date")["date"] == "2025-12-28");
  CHECK(first("周三发布", "date")["date"] == "2025-12-10");
  CHECK(first("禮拜五", "date")["date"] == "2025-12-12");
  auto weekend = first("下周末", "date");
  CHECK(weekend["date"] == "2025-12-20");
  CHECK(weekend["date_end"] == "2025-12-21");
  CHECK(first("每周一例会", "date").is_null());
  // After a number the week is counted: five days a week, three times a week.
  CHECK(first("通勤一周五天", "date").is_null());
  CHECK(first("两周三次复查", "date").is_null());
  CHECK(first("一周后的周三", "date")["date"] == "2025-12-10");
  CHECK(first("10月12号，星期一", "date", "2015-10-01")["text"] == "10月12号，星期一");
  auto half = first("上半年营收", "date");
  CHECK(half["date"] == "2025-01");
  CHECK(half["date_end"] == "2025-06");
}

TEST_CASE("decades, months around the reference and spans back from it", "[extract][dates]") {
  auto nineties = first("上世纪90年代的芯片", "date");
  CHECK(nineties["date"] == "1990");
  CHECK(nineties["date_end"] == "1999");
  CHECK(first("19世纪70年代", "date")["date"] == "1870");
  CHECK(first("九十年代", "date")["date"] == "1990");
  CHECK(first("20年代", "date", "2025-12-14")["date"] == "2020");
  CHECK(first("本月十日", "date")["date"] == "2025-12-10");
  CHECK(first("上个月底", "date")["date_end"] == "2025-11-30");
  CHECK(first("他5天前就回来了", "date")["date"] == "2025-12-09");
  CHECK(first("3个月前", "date")["date"] == "2025-09");
  CHECK(first("这个周期很长", "date").is_null());
  CHECK(first("上上个周末", "date")["date"] == "2025-11-29");
  CHECK(first("时间从2016年一月十日到十二日", "date")["date_end"] == "2016-01-12");
}

TEST_CASE("currency symbols before the amount", "[extract][figures]") {
  auto dollars = first("售价$20", "money");
  CHECK(dollars["currency"] == "USD");
  CHECK(dollars["text"] == "$20");
  CHECK(first("NT$300", "money")["currency"] == "TWD");
  CHECK(first("人民币 8千元", "money")["text"] == "人民币 8千元");
  auto taiwan = first("售价新台币300元", "money");
  CHECK(taiwan["currency"] == "TWD");
  CHECK(taiwan["text"] == "新台币300元");
  CHECK(first("市值逾20兆元新台币", "money")["currency"] == "TWD");
  CHECK(first("人民币3家", "money").is_null());
  CHECK(first("百万分之五", "percent")["value"].get<double>() == Catch::Detail::Approx(5e-4));
  CHECK(first("六千字节", "quantity")["unit"] == "KB");
  CHECK(first("两米半", "quantity")["value"] == 2.5);
  CHECK(first("2e5台", "quantity")["value"] == 2e5);
}

TEST_CASE("parts of a year or month and spans up to the reference", "[extract][dates]") {
  // Weeks run Monday to Sunday; a year's first week is ISO week 1.
  auto second_week = first("2021年的第二周", "date");
  CHECK(second_week["date"] == "2021-01-11");
  CHECK(second_week["date_end"] == "2021-01-17");
  CHECK(first("2021年的第三个月", "date")["date"] == "2021-03");
  auto first_days = first("去年的前10天", "date");
  CHECK(first_days["date"] == "2024-01-01");
  CHECK(first_days["date_end"] == "2024-01-10");
  CHECK(first("今年的最后 3 周", "date", "2019-06-01")["date"] == "2019-12-09");
  CHECK(first("十月的第一周", "date", "2017-03-22")["date"] == "2017-10-02");
  auto decade = first("过去十年中国有了巨大的变化", "date");
  CHECK(decade["date"] == "2015-12-14");
  CHECK(decade["date_end"] == "2025-12-14");
  CHECK(first("近100台", "date").is_null());  // 近 as "nearly" before a figure
  // 近一年半: and a half year more; a half of a smaller unit is a duration.
  auto year_and_half = first("近一年半的准备", "date");
  CHECK(year_and_half["text"] == "近一年半");
  CHECK(year_and_half["date"] == "2024-06-14");
  CHECK(year_and_half["date_end"] == "2025-12-14");
  CHECK(first("近两天半", "quantity")["value"] == 2.5);
  // 附近8日: near, then a day of the month; no span of the last 8 days.
  CHECK(first("马赛附近8日发生大火", "date")["text"] == "8日");
}
