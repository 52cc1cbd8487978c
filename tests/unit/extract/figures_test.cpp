/// @file figures_test.cpp
/// @brief Number ranges and comparisons in the figure recogniser: two-sided comparisons
/// (大于10小于20) with their exclusive bounds, 比…大, 之间, spaced dashes, shared multipliers
/// (7-12万), vague numbers and the news text that must not turn into ranges (scores, phone numbers,
/// 增长12%至…).
#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "first_mention.h"
#include "recognizers.h"

using namespace suyuan;

namespace {

/// The figures of one sentence, as find_figures sees it (no dates, no entities), with the
/// text of each figure's full span.
struct Found {
  extract::Figure figure;
  std::string text;
};

std::vector<Found> figures_in(const std::string& sentence) {
  static const auto vocabulary =
      extract::FigureVocabulary::load(test::source_dir() / "data" / "extract");
  const extract::CodePoints t(sentence, 0);
  extract::Claimed claimed(t.size(), false);
  std::vector<Found> out;
  for (const auto& f : extract::find_figures(t, vocabulary, claimed)) {
    const ByteRange bytes = t.bytes(f.begin, f.end);
    out.push_back({f, sentence.substr(bytes.begin, bytes.size())});
  }
  return out;
}

/// The only figure of `sentence`; fails the test when there is not exactly one.
extract::Figure only_figure(const std::string& sentence, const std::string& text) {
  INFO(sentence);
  const auto found = figures_in(sentence);
  for (const auto& f : found) UNSCOPED_INFO("found " << f.text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == text);
  return found[0].figure;
}

nlohmann::json first(const std::string& text, const std::string& kind) {
  return test::first_mention(text, kind);
}

}  // namespace

TEST_CASE("two-sided comparisons are one range with exclusive bounds", "[extract][figures]") {
  auto f = only_figure("x大于10小于20", "大于10小于20");
  CHECK_FALSE(f.value);
  CHECK(f.min == 10);
  CHECK(f.max == 20);
  CHECK(f.min_exclusive);
  CHECK(f.max_exclusive);
  CHECK(f.approx == suyuan::Approx::EXACT);

  f = only_figure("这个数字大于二十的同时小于等于三十五", "大于二十的同时小于等于三十五");
  CHECK(f.min == 20);
  CHECK(f.max == 35);
  CHECK(f.min_exclusive);
  CHECK_FALSE(f.max_exclusive);

  f = only_figure("这是大于100 并且小于300 的数", "大于100 并且小于300");
  CHECK(f.min == 100);
  CHECK(f.max == 300);

  f = only_figure("大于等于0并小于230.3964", "大于等于0并小于230.3964");
  CHECK(f.min == 0);
  CHECK_FALSE(f.min_exclusive);
  CHECK(f.max == Catch::Detail::Approx(230.3964));
  CHECK(f.max_exclusive);

  // The upper bound first; both bounds inclusive.
  f = only_figure("y不大于50不小于20", "不大于50不小于20");
  CHECK(f.min == 20);
  CHECK(f.max == 50);
  CHECK_FALSE(f.min_exclusive);
  CHECK_FALSE(f.max_exclusive);

  // 比…大， 比…小 across a comma, on fractions.
  f = only_figure("数字比四分之一大， 比二分之一小", "比四分之一大， 比二分之一小");
  CHECK(f.kind == ValueKind::RATIO);
  CHECK(f.min == 0.25);
  CHECK(f.max == 0.5);
  CHECK(f.min_exclusive);
  CHECK(f.max_exclusive);

  // A bare first bound takes the second's unit.
  f = only_figure("另有不小于20不大于50台", "不小于20不大于50台");
  CHECK(f.kind == ValueKind::QUANTITY);
  CHECK(f.unit == "台");
  CHECK(f.min == 20);

  // 以上 and 以下 include their number (Chinese law: 三年以上十年以下 = 3 to 10 years).
  f = only_figure("判处三年以上十年以下有期徒刑", "三年以上十年以下");
  CHECK(f.kind == ValueKind::QUANTITY);
  CHECK(f.unit == "年");
  CHECK(f.min == 3);
  CHECK(f.max == 10);
  CHECK_FALSE(f.min_exclusive);
  CHECK_FALSE(f.max_exclusive);
  CHECK(only_figure("可处三年以上、十年以下有期徒刑", "三年以上、十年以下").max == 10);

  // Spans for the evaluations: the value without outer qualifiers, the numerals.
  const auto found = figures_in("利率大于5%小于10%");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "大于5%小于10%");
  CHECK(found[0].figure.kind == ValueKind::PERCENT);
  CHECK(found[0].figure.begin == 2);
  CHECK(found[0].figure.value_begin == 4);
  CHECK(found[0].figure.number_begin == 4);
  CHECK(found[0].figure.number_end == 10);  // 10 of 10%
  CHECK(found[0].figure.end == 11);
}

TEST_CASE("the JSON of a two-sided comparison", "[extract][figures]") {
  const auto range = first("利率大于5%小于10%", "percent");
  REQUIRE(range.is_object());
  CHECK_FALSE(range.contains("value"));
  CHECK(range["min"] == 5);
  CHECK(range["max"] == 10);
  CHECK(range["min_exclusive"] == true);
  CHECK(range["max_exclusive"] == true);
  CHECK(range["approx"] == "exact");
  CHECK(range["text"] == "大于5%小于10%");
  const auto half_open = first("大于等于0并小于230.3964", "number");
  CHECK_FALSE(half_open.contains("min_exclusive"));
  CHECK(half_open["max_exclusive"] == true);
  // Inclusive ranges keep today's form: no exclusivity fields at all.
  const auto inclusive = first("费用45亿至55亿美元", "money");
  CHECK_FALSE(inclusive.contains("min_exclusive"));
  CHECK_FALSE(inclusive.contains("max_exclusive"));
  // A one-sided comparison stays a value with its approx.
  const auto over = first("超过300台", "quantity");
  CHECK(over["value"] == 300);
  CHECK(over["approx"] == "over");
  CHECK_FALSE(over.contains("min_exclusive"));
}

TEST_CASE("comparisons that stay two figures", "[extract][figures]") {
  // No number is above 50 and below 12.
  auto found = figures_in("大于50小于12的目标");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "大于50");
  CHECK(found[0].figure.approx == suyuan::Approx::OVER);
  CHECK(found[1].text == "小于12");
  CHECK(found[1].figure.approx == suyuan::Approx::UNDER);
  CHECK(figures_in("小于12并大于50的目标").size() == 2);
  // Words between the bounds: two statements about two things.
  CHECK(figures_in("x大于10且y小于20").size() == 2);
  CHECK(figures_in("营收超过100亿元，净利润不到200亿元").size() == 2);
  CHECK(figures_in("大于10的数和小于20的数").size() == 2);
  // Or instead of and; a rate and an amount.
  CHECK(figures_in("小于10或大于20").size() == 2);
  CHECK(figures_in("营收超过100亿元，不到20%").size() == 2);
}

TEST_CASE("one-sided comparisons: 比…大, spaced words, 之下, 或者以上", "[extract][figures]") {
  auto f = only_figure("他的年龄比三十大一些", "比三十大");
  CHECK(f.value == 30);
  CHECK(f.approx == suyuan::Approx::OVER);
  f = only_figure("小明的身高比 170 低 ", "比 170 低");
  CHECK(f.value == 170);
  CHECK(f.approx == suyuan::Approx::UNDER);
  f = only_figure("身高比170厘米高", "比170厘米高");
  CHECK(f.kind == ValueKind::QUANTITY);
  CHECK(f.approx == suyuan::Approx::OVER);
  f = only_figure("小明的身高在 170 之下 ", "170 之下");
  CHECK(f.approx == suyuan::Approx::UNDER);
  f = only_figure("他的年龄在三十或者以上", "三十或者以上");
  CHECK(f.approx == suyuan::Approx::AT_LEAST);
  f = only_figure("找出 小于 或 等于100 的质数", "小于 或 等于100");
  CHECK(f.value == 100);
  CHECK(f.approx == suyuan::Approx::AT_MOST);
  f = only_figure("这个数字大于或者等于三千 九百 六十五 ", "大于或者等于三千 九百 六十五");
  CHECK(f.value == 3965);
  CHECK(f.approx == suyuan::Approx::AT_LEAST);
  f = only_figure("设计寿命不小于10年", "不小于10年");
  CHECK(f.approx == suyuan::Approx::AT_LEAST);
  f = only_figure("市场份额远大于30%", "大于30%");
  CHECK(f.approx == suyuan::Approx::OVER);
  // Spaced numerals outside a comparison join only as sections of one numeral (三千 九百 =
  // 3900, constructions_test.cpp); numbers that do not continue each other stay separate
  // (table cells in news), and so do numbers a layout gap apart.
  auto cells = figures_in("共九百 三千");
  REQUIRE_FALSE(cells.empty());
  CHECK(cells[0].figure.value == 900);
  cells = figures_in("共三千      九百");
  REQUIRE_FALSE(cells.empty());
  CHECK(cells[0].figure.value == 3000);
}

TEST_CASE("比 that is no comparison", "[extract][figures]") {
  // A growth rate, a score, an idiom, a word ending in 比, a difference.
  auto f = only_figure("营收比去年增长20%", "20%");
  CHECK(f.approx == suyuan::Approx::EXACT);
  for (const auto& found : figures_in("湖人以3比1大胜对手"))
    CHECK(found.figure.approx == suyuan::Approx::EXACT);
  for (const auto& found : figures_in("结婚率一年比一年低"))
    CHECK(found.figure.approx == suyuan::Approx::EXACT);
  for (const auto& found : figures_in("对比10大城市"))
    CHECK(found.figure.approx == suyuan::Approx::EXACT);
  const auto difference = figures_in("价格比100高出20%");
  REQUIRE(difference.size() == 2);
  CHECK(difference[0].text == "100");
  CHECK(difference[0].figure.approx == suyuan::Approx::EXACT);
  CHECK(difference[1].text == "20%");
}

TEST_CASE("ranges: 之间, spaced dashes, shared multipliers", "[extract][figures]") {
  auto f = only_figure("这个数字是位于20和30之间的", "位于20和30之间");
  CHECK(f.min == 20);
  CHECK(f.max == 30);
  CHECK_FALSE(f.min_exclusive);
  CHECK_FALSE(f.max_exclusive);
  f = only_figure("-10000与20000间", "-10000与20000间");
  CHECK(f.min == -10000);
  CHECK(f.max == 20000);
  f = only_figure("利率目标区间维持在5.25%至5.5%之间", "5.25%至5.5%之间");
  CHECK(f.min == 5.25);
  f = only_figure("这些苹果大概有20 - 100个", "20 - 100个");
  CHECK(f.min == 20);
  CHECK(f.max == 100);
  // 和 without 之间 is a list.
  CHECK(figures_in("编号20和30").size() == 2);
  // 7-12万: the first number shares the second's multiplier.
  f = only_figure("每坪46~48万元", "46~48万元");
  CHECK(f.min == 460000);
  CHECK(f.max == 480000);
  f = only_figure("三至五万人", "三至五万人");
  CHECK(f.min == 30000);
  CHECK(f.max == 50000);
  f = only_figure("3-5千万", "3-5千万");
  CHECK(f.min == 3e7);
  CHECK(f.max == 5e7);
  f = only_figure("两百至三百万", "两百至三百万");
  CHECK(f.min == 2e6);
  CHECK(f.max == 3e6);
  CHECK(only_figure("1-20万", "1-20万").min == 1e4);
  CHECK(only_figure("5千-1万", "5千-1万").min == 5000);
  // A bare first number that cannot share the 亿: two figures (8.53亿 down to 8亿?).
  for (const auto& found : figures_in("认列投资亏损8.53~8亿元")) CHECK_FALSE(found.figure.min);
  f = only_figure("数字的范围是一千到一千五百", "一千到一千五百");
  CHECK(f.min == 1000);
}

TEST_CASE("news text that is no range", "[extract][figures]") {
  // A score runs downwards; a phone number is a chain of dashes.
  auto found = figures_in("雄鹿以32-29领先");
  REQUIRE(found.size() == 2);
  CHECK(found[0].figure.value == 32);
  CHECK(found[1].figure.value == 29);
  for (const auto& phone : figures_in("电话0809-012-555")) CHECK_FALSE(phone.figure.min);
  // Growth to an amount: a percentage and an amount, not a range between them.
  for (const auto& rise : figures_in("深证成份指数大涨4%至10159.93点"))
    CHECK_FALSE(rise.figure.min);
  for (const auto& phone : figures_in("电话02-23938550")) CHECK_FALSE(phone.figure.min);
  found = figures_in("销售额同比增长12%至1.167亿欧元");
  REQUIRE(found.size() == 2);
  CHECK(found[0].figure.kind == ValueKind::PERCENT);
  CHECK(found[0].figure.value == 12);
  CHECK(found[1].figure.kind == ValueKind::MONEY);
  CHECK(found[1].figure.value == Catch::Detail::Approx(1.167e8));
}

TEST_CASE("vague numbers, chained multipliers and measure words", "[extract][figures]") {
  auto f = only_figure("肆拾几亿", "肆拾几亿");
  CHECK(f.min == 41e8);
  CHECK(f.max == 49e8);
  CHECK(f.approx == suyuan::Approx::ABOUT);
  const auto traditional = first("肆拾幾亿", "number");  // through the normalizer
  CHECK(traditional["text"] == "肆拾幾亿");
  CHECK(traditional["min"] == 41e8);
  f = only_figure("十几万多亿", "十几万多亿");
  CHECK(f.min == 11e12);
  CHECK(f.max == 19e12);
  CHECK(f.approx == suyuan::Approx::OVER);
  f = only_figure("500万余亿", "500万余亿");
  CHECK(f.value == 5e14);
  CHECK(f.approx == suyuan::Approx::OVER);
  // A measure word before a qualifier; the figure stays a number.
  f = only_figure("还有20万次以上来观影的呀", "20万次以上");
  CHECK(f.kind == ValueKind::NUMBER);
  CHECK(f.value == 2e5);
  CHECK(f.approx == suyuan::Approx::OVER);
  CHECK(only_figure("每周运动三次以上", "三次以上").value == 3);
  // 余 and 上下 after a measure word start words: 余震 (aftershocks), 上下同心.
  f = only_figure("发生25次余震", "25");
  CHECK(f.approx == suyuan::Approx::EXACT);
  CHECK(figures_in("正在变成一场上下同心的协同作战").empty());
  CHECK(only_figure("10万万", "10万万").value == 1e9);
  CHECK(only_figure("2千零30万", "2千零30万").value == 2.03e7);
  CHECK(only_figure("3千5百万", "3千5百万").value == 3.5e7);
  CHECK(only_figure("5百万", "5百万").value == 5e6);
  CHECK(only_figure("诈骗高达6亿8千万", "高达6亿8千万").value == 6.8e8);
}

TEST_CASE("半百, signed fractions, 五十千, 对折, 半成, 千千万万", "[extract][figures]") {
  CHECK(only_figure("年过半百", "半百").value == 50);
  for (const auto& found : figures_in("一半百姓")) CHECK(found.figure.value != 50);
  auto f = only_figure("负3分之负一百五十七", "负3分之负一百五十七");
  CHECK(f.value == Catch::Detail::Approx(157.0 / 3));
  const auto full_width = first("负３分之负一百五十七", "ratio");
  CHECK(full_width["text"] == "负３分之负一百五十七");
  CHECK(full_width["value"].get<double>() == Catch::Detail::Approx(157.0 / 3));
  CHECK(only_figure("负壹又二分之壹", "负壹又二分之壹").value == -1.5);
  CHECK(first("負壹又二分之壹", "number")["value"] == -1.5);
  CHECK(only_figure("负三分之一", "负三分之一").value == Catch::Detail::Approx(-1.0 / 3));
  // 五十千 is no numeral: 五十, then a lone 千.
  CHECK(only_figure("五十千", "五十").value == 50);
  f = only_figure("行情打对折", "对折");
  CHECK(f.kind == ValueKind::PERCENT);
  CHECK(f.value == 50);
  CHECK(figures_in("把纸对折").empty());
  CHECK(only_figure("半成", "半成").value == 5);
  CHECK(figures_in("运送半成品到学校").empty());
  CHECK(figures_in("千千万万个家庭").empty());
  CHECK(figures_in("千万不要去血拼").empty());
  CHECK(only_figure("斥资千万", "千万").value == 1e7);
  CHECK(only_figure("...9", "9").value == 9);
  CHECK(figures_in("目录........2.2国内外研究").empty());  // dot leaders, not an ellipsis
}

TEST_CASE("digits spaced from multipliers, % and currency names", "[extract][figures]") {
  // Taiwan sites (CNA, UDN) put spaces around Arabic digits.
  using test::first_mention;
  auto fine = first_mention("罰款新台幣 300 萬元", "money");
  CHECK(fine["text"] == "新台幣 300 萬元");
  CHECK(fine["value"] == 3e6);
  CHECK(fine["currency"] == "TWD");
  auto growth = first_mention("年增 12.5 %", "percent");
  CHECK(growth["text"] == "12.5 %");
  CHECK(growth["value"] == 12.5);
  auto range = first_mention("漲幅 15 %-30 %", "percent");
  CHECK(range["min"] == 15.0);
  CHECK(range["max"] == 30.0);
  CHECK(first_mention("近 4700 万人", "quantity")["value"] == 4.7e7);
  // A space before an ordinary word still ends the figure.
  CHECK(first_mention("第 3 名", "number")["value"] == 3.0);
}

TEST_CASE("a unit is no unit before the word it starts", "[extract][figures]") {
  using test::first_mention;
  // 年 of 年薪 (annual salary) and 年度 (fiscal year) is not "years".
  auto salary = first_mention("签下2千万年薪的合约", "number");
  CHECK(salary["text"] == "2千万");
  CHECK(first_mention("签下2千万年薪的合约", "quantity").is_null());
  CHECK(first_mention("3年内完成", "quantity")["unit"] == "年");
}

TEST_CASE("commas of either width separate thousands when every group has three digits",
          "[extract][figures]") {
  using test::first_mention;
  CHECK(first_mention("增长百分之９，９９９", "percent")["value"] == 9999.0);
  // p233: a deal's price in full-width thousands groups, and the same in half or mixed widths.
  for (const std::string number : {"3，050，352.00", "3,050,352.00", "3，050,352.00"}) {
    const std::string text =
        "经各方协商确定的标的资产交易对价暂定为" + number + "万元，与交易方案调整前保持一致。";
    INFO(text);
    const auto money = first_mention(text, "money");
    CHECK(money["value"].get<double>() == Catch::Detail::Approx(3050352.00e4));
    CHECK(money["text"] == number + "万元");
  }
  // p233: prices, counts and a share count in thousands groups.
  CHECK(first_mention("漆皮方跟踝靴参考价格：3，072 元", "money")["value"] == 3072.0);
  CHECK(first_mention("上市公司拟发行股份数量为1，555，508，410股。", "number")["value"] ==
        1555508410.0);
  CHECK(first_mention("共卫生学院的研究者通过对90，630名女性参与者的饮食进行调查",
                      "number")["value"] == 90630.0);
  // A list, or a group of another length, joins nothing.
  const auto listed = figures_in("分为3，5，7个等级");
  REQUIRE(listed.size() == 3);
  CHECK(listed[0].text == "3");
  CHECK(listed[2].text == "7个");
  CHECK(figures_in("选1，2两项").front().text == "1");
  CHECK(first_mention("也抓到司机17240，17240也是Omicron", "number")["value"] == 17240.0);
  CHECK(first_mention("95，783 42，0091", "number")["value"] == 95783.0);
  CHECK(figures_in("12,345,67").front().text == "12");
}

TEST_CASE("digit runs longer than any figure are identifiers, not crashes", "[extract][figures]") {
  using test::first_mention;
  // 400 digits would overflow a double (std::stod threw and the whole file failed to index).
  const std::string long_run = "价格为" + std::string(400, '9') + "美元";
  CHECK(first_mention(long_run, "money").is_null());
  CHECK(first_mention("订单号" + std::string(30, '1') + "已发货", "number").is_null());
  CHECK(first_mention("增长9e999倍", "ratio").is_null());
  std::string chinese_run = "共";
  for (int k = 0; k < 200; ++k) chinese_run += "一";
  CHECK(first_mention(chinese_run + "万人", "quantity").is_null());
  // Figures of ordinary length still read.
  CHECK(first_mention("营收1,234,567,890,123美元", "money")["value"] == 1234567890123.0);
}

TEST_CASE("a duration written like a clock is one figure in seconds", "[extract][figures]") {
  const auto marathon = only_figure("她以2小时21分07秒的成绩冲线", "2小时21分07秒");
  CHECK(marathon.kind == ValueKind::QUANTITY);
  CHECK(marathon.unit == "秒");
  CHECK(std::abs(*marathon.value - 8467) < 1e-6);
  // Digits right after the seconds are their decimals.
  CHECK(std::abs(*only_figure("接力队以4分05秒318夺冠", "4分05秒318").value - 245.318) < 1e-6);
  CHECK(std::abs(*only_figure("他用时12分30秒", "12分30秒").value - 750) < 1e-6);
  // A race time in seconds alone takes its decimals too (short track, sprints); digits that
  // start a figure of their own after 秒 stay apart.
  CHECK(std::abs(*only_figure("武大靖以39秒765获得小组第一", "39秒765").value - 39.765) < 1e-6);
  CHECK(std::abs(*only_figure("他跑出了9秒58的成绩", "9秒58").value - 9.58) < 1e-6);
  CHECK(figures_in("每30秒100米").size() == 2);
  // Parts must shrink: 3秒5分 is no clock; a single part stays what it was.
  CHECK(figures_in("相差3秒5分").size() == 2);
  CHECK(only_figure("全程用了45秒", "45秒").unit == "秒");
  CHECK(only_figure("比赛进行了90分钟", "90分钟").unit == "分钟");
  // Money in 元 and 分 is not a duration.
  CHECK(only_figure("票价3元5分", "3元5分").kind == ValueKind::MONEY);
}

TEST_CASE("a score is one figure with both numbers", "[extract][figures]") {
  const auto match = only_figure("梁靖崑以4比2淘汰对手", "4比2");
  CHECK(match.kind == ValueKind::SCORE);
  CHECK(*match.value == 4);
  CHECK(*match.against == 2);
  const auto chinese = only_figure("主队以三比一获胜", "三比一");
  CHECK(*chinese.value == 3);
  CHECK(*chinese.against == 1);
  // A colon makes a score only near a word of a match.
  CHECK(only_figure("全场比分定格在98：83", "98：83").kind == ValueKind::SCORE);
  for (const auto& f : figures_in("会议将于10:30开始")) CHECK(f.figure.kind != ValueKind::SCORE);
  // A ratio written like a score, decimals and years are not scores.
  for (const auto& text : {"男女比例为7比1", "比值为1比1.5", "2018比2017年多"}) {
    INFO(text);
    for (const auto& f : figures_in(text)) CHECK(f.figure.kind != ValueKind::SCORE);
  }
}

TEST_CASE("a count keeps its measure word, which is no unit", "[extract][figures]") {
  // 超过13名, 3至5位, 三次: the measure word says whole things are counted.
  CHECK(only_figure("事故造成超过13名乘客受伤", "超过13").measure == "名");
  CHECK(only_figure("共有3至5位专家到场", "3至5").measure == "位");
  CHECK(only_figure("他三次获得冠军", "三").measure == "次");
  // A unit or a currency is what the figure is in; a bare number counts nothing named.
  CHECK(only_figure("票价为300元/次", "300元").measure.empty());
  CHECK(only_figure("编号超过13的", "超过13").measure.empty());
  const auto value = extract::figure_of(only_figure("超过13名乘客受伤", "超过13"));
  CHECK(value.measure == "名");
  CHECK(to_json(value).at("measure") == "名");
}

TEST_CASE("the numerals of an ordinal are no figure, after their first either",
          "[extract][figures]") {
  // 第二十次: before, 二 was skipped as the ordinal's and 十次 left as a figure of ten.
  CHECK(figures_in("中国共产党第二十次全国代表大会今天开幕").empty());
  CHECK(figures_in("第十二次会议，第20次会议").empty());
  only_figure("第三，增长二十万", "二十万");
}

TEST_CASE("a qualifier's character that ends another word qualifies nothing",
          "[extract][figures]") {
  // 附近 is near a place, 节约 saves: neither says the figure is approximate.
  CHECK(only_figure("水库附近3公里内禁止捕鱼", "3公里").approx == suyuan::Approx::EXACT);
  CHECK(only_figure("每年可节约3万吨标准煤", "3万吨").approx == suyuan::Approx::EXACT);
  // Alone, 近 and 约 still qualify.
  CHECK(only_figure("全村近3000人", "近3000人").approx == suyuan::Approx::ABOUT);
  CHECK(only_figure("每年约3万吨", "约3万吨").approx == suyuan::Approx::ABOUT);
}

TEST_CASE("basis points are a unit of rates, apart from percentage points", "[extract][figures]") {
  const auto cut = only_figure("美联储宣布降息25个基点。", "25个基点");
  CHECK(cut.kind == ValueKind::PERCENT);
  CHECK(cut.unit == "basis_point");
  CHECK(only_figure("利率下调0.25个百分点。", "0.25个百分点").unit == "percentage_point");
}

TEST_CASE("counters of things count, but not where they start a word", "[extract][figures]") {
  using test::first_mention;
  CHECK(only_figure("中国队获得3枚金牌。", "3枚").unit == "枚");
  CHECK(only_figure("英国政府遗失180本护照。", "180本").unit == "本");
  CHECK(first_mention("他家养了5头牛。", "quantity")["unit"] == "头");
  // 本土 after a number is the word, no counter (境外输入178例，本土10551例).
  CHECK(first_mention("新增3本土病例。", "quantity").is_null());
  // 10000与20000间 is a range, and 拾起 a verb: 间 and 起 are left out.
  CHECK(first_mention("小明拾起石子", "quantity").is_null());
}
