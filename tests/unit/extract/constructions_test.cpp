/// @file constructions_test.cpp
/// @brief The figure and period constructions of issue 9 that news writes and the recognisers
/// once missed: regional and financial numeral characters, amounts in two currency units,
/// counting units (双, 对, 打), numbers written in spaced sections, spaced percent and fraction
/// words, and periods counted back or forward from the reference date (前三周, 未来五年).
/// Examples are our own sentences, run through the real Normalizer and Extractor.
#include <catch2/catch.hpp>
#include <string>

#include "first_mention.h"

using namespace suyuan;
using test::first_mention;

namespace {

/// Every mention of the text, for checks that something is *not* read.
std::vector<nlohmann::json> mentions_of(const std::string& text) {
  const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = "2025-12-14";
  std::vector<nlohmann::json> out;
  for (const Mention& m : test::shared_extractor().extract(document, text, options).mentions)
    out.push_back(to_json(m));
  return out;
}

bool any_mention_with(const std::string& text, const std::string& field,
                      const nlohmann::json& value) {
  for (const auto& m : mentions_of(text)) {
    if (m.contains(field) && m[field] == value) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("amounts in a currency and its sub-units", "[extract][figures][constructions]") {
  auto coffee = first_mention("这杯咖啡卖12元8角", "money");
  CHECK(coffee["text"] == "12元8角");
  CHECK(coffee["value"].get<double>() == Catch::Detail::Approx(12.8));
  CHECK(coffee["currency"] == "CNY");
  auto change = first_mention("找回五块三毛钱", "money");
  CHECK(change["text"] == "五块三毛");
  CHECK(change["value"].get<double>() == Catch::Detail::Approx(5.3));
  auto fare = first_mention("車費是七元二角五分", "money");  // traditional script, 角 then 分
  CHECK(fare["text"] == "七元二角五分");
  CHECK(fare["value"].get<double>() == Catch::Detail::Approx(7.25));
  auto stamp = first_mention("售价一美元又五十美分", "money");
  CHECK(stamp["value"].get<double>() == Catch::Detail::Approx(1.5));
  CHECK(stamp["currency"] == "USD");
  // A sub-unit must be smaller than the one before and fewer than make the next unit.
  CHECK(first_mention("罚款3元12角", "money")["value"] == 3.0);
  // 分钟 is time, not cents.
  auto ticket = first_mention("票价3元5分钟内有效", "money");
  CHECK(ticket["text"] == "3元");
  CHECK(ticket["value"] == 3.0);
}

TEST_CASE("decimals spoken after the unit", "[extract][figures][constructions]") {
  auto height = first_mention("身高1米75的他", "quantity");
  CHECK(height["text"] == "1米75");
  CHECK(height["value"].get<double>() == Catch::Detail::Approx(1.75));
  CHECK(height["unit"] == "m");
  CHECK(first_mention("因建物最低高度僅2米2，", "quantity")["value"].get<double>() ==
        Catch::Detail::Approx(2.2));
  CHECK(first_mention("身高1米8左右", "quantity")["value"].get<double>() ==
        Catch::Detail::Approx(1.8));
  auto price = first_mention("一斤卖三块五", "money");
  CHECK(price["text"] == "三块五");
  CHECK(price["value"].get<double>() == Catch::Detail::Approx(3.5));
  // Digits that count something of their own, or start a number, are no decimals.
  CHECK(first_mention("长3米2根", "quantity")["value"] == 3.0);
  CHECK(first_mention("跑了100米2次", "quantity")["value"] == 100.0);
  CHECK(first_mention("宽3米20厘米", "quantity")["value"] == 3.0);
  CHECK(first_mention("高1米5至2米", "quantity")["value"] == 1.0);
}

TEST_CASE("half of a unit of time without a numeral", "[extract][figures][constructions]") {
  auto months = first_mention("去年生下女儿，半年后就传出离婚", "quantity");
  CHECK(months["text"] == "半年");
  CHECK(months["value"] == 0.5);
  CHECK(months["unit"] == "年");
  CHECK(first_mention("半个月内完成", "quantity")["unit"] == "个月");
  CHECK(first_mention("每半小时一班", "quantity")["value"] == 0.5);
  auto under = first_mention("不到半年时间就走向市场", "quantity");
  CHECK(under["text"] == "不到半年");
  CHECK(under["approx"] == "under");
  // A half of a period, most of one, and a half after a count are not this.
  CHECK(first_mention("大半年没见了", "quantity").is_null());
  CHECK(first_mention("公司发布半年报", "quantity").is_null());
  CHECK(first_mention("今年上半年营收增长", "quantity").is_null());
  CHECK(first_mention("等了两年半", "quantity")["value"] == 2.5);
}

TEST_CASE("counts of play in sports reports", "[extract][figures][constructions]") {
  auto laps = first_mention("第一轮滑行每人距离两圈半", "quantity");
  CHECK(laps["value"] == 2.5);
  CHECK(laps["unit"] == "圈");
  CHECK(first_mention("他被锤了两拳", "quantity")["unit"] == "拳");
  // 球队, 拳头: a word of its own.
  CHECK(first_mention("两球队交手", "quantity").is_null());
}

TEST_CASE("counting units: pairs and dozens", "[extract][figures][constructions]") {
  auto pencils = first_mention("他买了两打铅笔", "number");
  CHECK(pencils["text"] == "两打");
  CHECK(pencils["value"] == 24.0);
  CHECK(first_mention("仓库里还有3打手套", "number")["value"] == 36.0);
  // 打 as a verb is no dozen, nor baseball's 打数 (at-bats) and 打点 (runs batted in).
  CHECK(mentions_of("他一打开包装就发现了问题").empty());
  CHECK(mentions_of("货物在仓库统一打包").empty());
  CHECK(first_mention("他4打数2安打", "number")["value"] == 4.0);
  CHECK(first_mention("贡献3打点", "number")["value"] == 3.0);
  auto chopsticks = first_mention("桌上摆着四双筷子", "quantity");
  CHECK(chopsticks["text"] == "四双");
  CHECK(chopsticks["value"] == 4.0);
  CHECK(chopsticks["unit"] == "双");
  auto couples = first_mention("集体婚礼上有58对新人", "quantity");
  CHECK(couples["text"] == "58对");
  CHECK(couples["unit"] == "对");
  // 对 between two numbers is a score, and 对手 starts a word.
  CHECK_FALSE(any_mention_with("主队以2对0取胜", "unit", "对"));
  CHECK_FALSE(any_mention_with("遇到了三个对手", "unit", "对"));
  // A numeral that ends a word (再三, 唯一) starts no figure; one with a unit still does.
  CHECK(mentions_of("他再三对记者表示感谢").empty());
  CHECK(mentions_of("这是唯一一次").empty());
  CHECK(first_mention("只要再三百元", "money")["value"] == 300.0);
}

TEST_CASE("regional and financial numeral characters", "[extract][figures][constructions]") {
  auto cheque = first_mention("支票金额參仟伍佰元整", "money");
  CHECK(cheque["text"] == "參仟伍佰元");
  CHECK(cheque["value"] == 3500.0);
  CHECK(first_mention("共计壹万参仟元", "money")["value"] == 13000.0);
  CHECK(first_mention("人參百克", "quantity")["value"] == 100.0);  // 人参, not 300
  CHECK(first_mention("他們倆人都到了", "quantity")["value"] == 2.0);
  CHECK(first_mention("来了仨人", "quantity")["value"] == 3.0);
  CHECK(first_mention("全班廿三人", "quantity")["value"] == 23.0);
  CHECK(first_mention("两萬兩千名观众", "number")["value"] == 22000.0);
  CHECK(first_mention("貳拾億元", "money")["value"] == 2e9);
  CHECK(first_mention("〇点五", "number")["value"] == 0.5);
  // 俩月, 仨月 count months; they never name February or March.
  CHECK(first_mention("他俩月没回家", "date").is_null());
  CHECK(first_mention("等了仨月", "date").is_null());
  CHECK(mentions_of("这种伎俩骗不了人").empty());
}

TEST_CASE("numbers written in spaced sections", "[extract][figures][constructions]") {
  auto crowd = first_mention("现场观众约两万 三千 五百人", "quantity");
  CHECK(crowd["text"] == "约两万 三千 五百人");
  CHECK(crowd["value"] == 23500.0);
  auto budget = first_mention("预算 4亿 6千万元", "money");
  CHECK(budget["value"] == 4.6e8);
  auto sales = first_mention("销量达到9万 2千 3百台", "quantity");
  CHECK(sales["text"] == "达到9万 2千 3百台");
  CHECK(sales["value"] == 92300.0);
  auto visitors = first_mention("游客达 六十 余 万人次", "quantity");
  CHECK(visitors["text"] == "达 六十 余 万人次");
  CHECK(visitors["value"] == 6e5);
  CHECK(visitors["approx"] == "over");
  CHECK(first_mention("长度为二十 点 五米", "quantity")["value"] == 20.5);
  auto fraction = first_mention("占总数的 四 分之 三", "ratio");
  CHECK(fraction["text"] == "四 分之 三");
  CHECK(fraction["value"] == 0.75);
  CHECK(first_mention("加入 2 1/4 杯面粉", "number")["value"] == 2.25);
  // Sections that do not continue each other and digits without a unit at the gap stay
  // separate.
  CHECK(first_mention("共九百 三千", "number")["value"] == 900.0);
  CHECK(first_mention("编号 二 三", "number").is_null());
  CHECK(first_mention("2019 2020两年", "number")["value"] == 2019.0);
  // Digits that fill the places after 万 are the rest of the number (34万4130 = 344,130);
  // fewer digits are a figure of their own.
  auto total = first_mention("搜查員：林明瑋．趙世平總計34萬4130元", "money");
  CHECK(total["text"] == "34萬4130元");
  CHECK(total["value"] == 344130.0);
  CHECK(first_mention("人口5万3000人", "quantity")["value"] == 53000.0);
  CHECK(first_mention("3万5人", "number")["value"] == 30000.0);
}

TEST_CASE("percent forms", "[extract][figures][constructions]") {
  auto share = first_mention("市场占有率为百分之四十二点五", "percent");
  CHECK(share["text"] == "百分之四十二点五");
  CHECK(share["value"] == 42.5);
  CHECK(first_mention("约四成受访者", "percent")["value"] == 40.0);
  auto tenths = first_mention("有八成三的家庭", "percent");
  CHECK(tenths["text"] == "八成三");
  CHECK(tenths["value"] == 83.0);
  // Taiwan papers write tenths and hundredths in digits: 2成6 is 26 %, one figure.
  auto digits = first_mention("有2成6的大學生願為企業做假帳", "percent");
  CHECK(digits["text"] == "2成6");
  CHECK(digits["value"] == 26.0);
  CHECK_FALSE(any_mention_with("有2成6的大學生願為企業做假帳", "value", 6.0));
  CHECK(first_mention("約3成25歲以下", "percent")["value"] == 30.0);  // 25歲: no hundredths
  CHECK(first_mention("不良率千分之二", "percent")["value"] == 0.2);
  CHECK(first_mention("利率下调了百分之零 点二五", "percent")["value"] == 0.25);
  auto points = first_mention("下降二十  个百分点", "percent");
  CHECK(points["unit"] == "percentage_point");
  CHECK(points["value"] == 20.0);
  // 成为, 成本 are words, not tenths.
  CHECK(first_mention("三成为主力", "percent").is_null());
}

TEST_CASE("rolling periods back and forward from the reference date",
          "[extract][dates][constructions]") {
  // Reference date 2025-12-14.
  auto weeks = first_mention("前两周的订单量明显增加", "date");
  CHECK(weeks["text"] == "前两周");
  CHECK(weeks["date"] == "2025-11-30");
  CHECK(weeks["date_end"] == "2025-12-14");
  auto plan = first_mention("公司计划在未来五年投资200亿元", "date");
  CHECK(plan["text"] == "未来五年");
  CHECK(plan["date"] == "2025-12-14");
  CHECK(plan["date_end"] == "2030-12-14");
  auto later = first_mention("后两年将进入量产阶段", "date");
  CHECK(later["text"] == "后两年");
  CHECK(later["date_end"] == "2027-12-14");
  auto months = first_mention("在过去的三个月里，价格持续上涨", "date");
  CHECK(months["text"] == "过去的三个月");
  CHECK(months["date"] == "2025-09-14");
  auto days = first_mention("今后十天将有降雨", "date");
  CHECK(days["date_end"] == "2025-12-24");
  // 十年来, 十年间, 三个月以来 opening a clause: the span up to the reference date, as 过去十年;
  // after a verb the years count what was founded (建交75年来: a figure, no span).
  auto decade = first_mention("十年来，我国建成了5万公里高铁", "date");
  CHECK(decade["text"] == "十年来");
  CHECK(decade["date"] == "2015-12-14");
  CHECK(decade["date_end"] == "2025-12-14");
  CHECK(first_mention("十年间，我国部署建设了21个自贸试验区", "date")["text"] == "十年间");
  CHECK(first_mention("三个月以来，价格持续上涨", "date")["date"] == "2025-09-14");
  CHECK(first_mention("中巴建交75年来，友谊坚如磐石", "date").is_null());
  // 前三个月 is the year so far, as before; 三年级, 加上两天 and 最后两年 are no rolling span.
  auto first_quarter = first_mention("前三个月出口增长5%", "date");
  CHECK(first_quarter["date"] == "2025-01");
  CHECK(first_quarter["date_end"] == "2025-03");
  CHECK(first_mention("她明年上三年级", "date")["text"] == "明年");
  CHECK(first_mention("再加上两天的假期", "date").is_null());
  CHECK(first_mention("任期的最后两年", "date").is_null());
  // X的前三天 counts from X, not from the reference date.
  CHECK(first_mention("新品发售的前三天销量翻倍", "date").is_null());
  // 上一季度 is the quarter before the reference date's, never the first quarter.
  auto last_quarter = first_mention("上一季度营收下降", "date");
  CHECK(last_quarter["text"] == "上一季度");
  CHECK(last_quarter["date"] == "2025-07");
  CHECK(last_quarter["date_end"] == "2025-09");
  CHECK(first_mention("下个季度将发布新品", "date")["date"] == "2026-01");
  // A part of a named year stays one date.
  auto part = first_mention("2024年的前3周", "date");
  CHECK(part["text"] == "2024年的前3周");
  CHECK(part["date"] == "2024-01-01");
}

TEST_CASE("ranges and halves of the year", "[extract][dates][constructions]") {
  auto range = first_mention("从2019年到2022年，产量翻了一番", "date");
  CHECK(range["text"] == "从2019年到2022年");
  CHECK(range["date"] == "2019");
  CHECK(range["date_end"] == "2022");
  auto months = first_mention("2023年3月至6月", "date");
  CHECK(months["date"] == "2023-03");
  CHECK(months["date_end"] == "2023-06");
  // 2019至2021年, and the months of a year's statistics (2024年1至5月, 今年1—4月份) are one date.
  auto bare = first_mention("2016至2018年间，出口翻番", "date");
  CHECK(bare["text"] == "2016至2018年");
  CHECK(bare["date"] == "2016");
  CHECK(bare["date_end"] == "2018");
  auto statistics = first_mention("2024年1至5月，规模以上工业企业利润下降", "date");
  CHECK(statistics["text"] == "2024年1至5月");
  CHECK(statistics["date"] == "2024-01");
  CHECK(statistics["date_end"] == "2024-05");
  auto this_year = first_mention("今年1—4月份销量", "date");
  CHECK(this_year["text"] == "今年1—4月份");
  CHECK(this_year["date_end"] == "2025-04");
  // The nth (or last) weekday of a month, also as the start of a range.
  auto thanksgiving = first_mention("2024年11月的第四个星期四", "date");
  CHECK(thanksgiving["date"] == "2024-11-28");
  auto holiday = first_mention("从五月的最后一个周一到九月一日闭馆", "date");
  CHECK(holiday["text"] == "从五月的最后一个周一到九月一日");
  CHECK(holiday["date"] == "2025-05-26");
  CHECK(holiday["date_end"] == "2025-09-01");
  auto half = first_mention("今年上半年营收增长", "date");
  CHECK(half["text"] == "今年上半年");
  CHECK(half["date"] == "2025-01");
  CHECK(half["date_end"] == "2025-06");
  // A range from a day named relative to today, 起 closing its start (今天起至24日).
  auto from_today = first_mention("三凤宫今天起至24日每晚举办歌仔戏活动", "date");
  CHECK(from_today["text"] == "今天起至24日");
  CHECK(from_today["date"] == "2025-12-14");
  CHECK(from_today["date_end"] == "2025-12-24");
  CHECK(first_mention("明天起到12月20日停课", "date")["date_end"] == "2025-12-20");
}

TEST_CASE("Taiwan, imperial, data, micro and energy units", "[extract][figures][constructions]") {
  const auto unit_of = [](const std::string& text) {
    const auto q = first_mention(text, "quantity");
    return q.is_null() ? std::string() : q["unit"].get<std::string>();
  };
  CHECK(unit_of("這間套房有12坪") == "坪");
  CHECK(unit_of("買了半台斤也就是3台斤的一半") == "台斤");
  CHECK(unit_of("跑道長400公尺") == "m");
  CHECK(unit_of("住宅面積85平方公尺") == "m2");
  CHECK(unit_of("載重15公噸") == "t");
  CHECK(unit_of("新款65吋電視") == "in");
  CHECK(unit_of("机身厚度仅7.9毫米") == "mm");
  CHECK(unit_of("颗粒直径2.5微米") == "um");
  CHECK(unit_of("响应时间300微秒") == "us");
  CHECK(unit_of("数据中心存储2.3EB") == "EB");
  CHECK(unit_of("下载速度达到500Mbps") == "Mbps");
  CHECK(unit_of("每块硬盘20太字节") == "TB");
  CHECK(unit_of("电池容量4500毫安时") == "mAh");
  // 人次 counts visits, not people (800万人次 of tourists may be fewer people); 架次 sorties.
  CHECK(unit_of("接待游客800万人次") == "人次");
  CHECK(unit_of("出动飞机50架次") == "架次");
  auto power = first_mention("全年发电量达到3.2万亿千瓦时", "quantity");
  CHECK(power["unit"] == "kWh");
  CHECK(power["value"] == 3.2e12);
  // A counter is a count's unit, not one of these (一条 of news is no length).
  CHECK(first_mention("这是一条重磅消息", "quantity")["unit"] == "条");
}

TEST_CASE("years of reign eras", "[extract][dates][constructions]") {
  auto temple = first_mention("这座寺庙始建于明永乐十八年", "date");
  CHECK(temple["text"] == "永乐十八年");
  CHECK(temple["date"] == "1420");
  auto month = first_mention("乾隆五年三月，工程完工", "date");
  CHECK(month["text"] == "乾隆五年三月");
  CHECK(month["date"] == "1740-03");
  auto first_year = first_mention("顺治元年，清军入关", "date");
  CHECK(first_year["date"] == "1644");
  auto japan = first_mention("该公司创立于昭和35年", "date");
  CHECK(japan["text"] == "昭和35年");
  CHECK(japan["date"] == "1960");
  auto era = first_mention("这批瓷器烧制于康熙年间", "date");
  CHECK(era["text"] == "康熙年间");
  CHECK(era["date"] == "1662");
  CHECK(era["date_end"] == "1722");
  // No era's year, and no count of years inside it: 三年 of 乾隆三年 is the era's third year.
  CHECK(first_mention("乾隆三年修缮", "quantity").is_null());
  // A year past the era's end is no date, and its month is not the reference year's.
  CHECK(mentions_of("同治二十年五月").empty());
  // After a surname the era's name is a given name: 三年前 counts back from the reference.
  CHECK(first_mention("王天宝三年前离开了家乡", "date")["text"] == "三年前");
  CHECK(first_mention("建于万历十年", "date")["date"] == "1582");
}

TEST_CASE("a year written as a number before a month", "[extract][dates][constructions]") {
  auto millennium = first_mention("两千年三月五日，他第一次来到深圳", "date");
  CHECK(millennium["text"] == "两千年三月五日");
  CHECK(millennium["date"] == "2000-03-05");
  CHECK(first_mention("二千零八年八月", "date")["date"] == "2008-08");
  // Without a month it is a count: 两千年的历史.
  CHECK(first_mention("这座城市有两千年的历史", "date").is_null());
}

TEST_CASE("days a month does not have", "[extract][dates][constructions]") {
  // Reference 2025-12-14; 2025 is a common year.
  CHECK(first_mention("会议定于2月29日召开", "date").is_null());
  CHECK(first_mention("二月三十日发货", "date").is_null());
  CHECK(first_mention("2024年2月29日", "date")["date"] == "2024-02-29");
  CHECK(first_mention("4月31日截止", "date").is_null());
}

TEST_CASE("names written with a date word", "[extract][dates][constructions]") {
  CHECK(first_mention("今日俄罗斯电视台援引消息人士的话说", "date").is_null());
  CHECK(first_mention("据今日美国报报道", "date").is_null());
  CHECK(first_mention("今日资本领投了这一轮融资", "date").is_null());
  auto today = first_mention("今日俄罗斯电视台今日报道", "date");
  CHECK(today["date"] == "2025-12-14");
  CHECK(today["start"] == 24);  // bytes
}

TEST_CASE("figures inside web addresses", "[extract][figures][constructions]") {
  // Percent escapes and path digits of a URL are no percentage, number or date.
  CHECK(mentions_of("详情见https://example.cn/a?q=%E6%96%B0%20100%25").empty());
  CHECK(mentions_of("报名网址：www.example.com/2025/0612/list_30.html").empty());
  // Text after the address is read as before.
  auto share = first_mention("详见http://example.cn/r?id=7，其中30%来自海外", "percent");
  CHECK(share["text"] == "30%");
  CHECK(share["value"] == 30.0);
}

TEST_CASE("durations in years and months, or hours and minutes, as one figure",
          "[extract][figures][constructions]") {
  auto sentence = first_mention("他被判处有期徒刑2年6个月", "quantity");
  CHECK(sentence["text"] == "2年6个月");
  CHECK(sentence["value"] == 30.0);
  CHECK(sentence["unit"] == "个月");
  auto works = first_mention("整个工程历时三年零八个月", "quantity");
  CHECK(works["text"] == "三年零八个月");
  CHECK(works["value"] == 44.0);
  auto flight = first_mention("航程约十一小时二十分", "quantity");
  CHECK(flight["text"] == "十一小时二十分");
  CHECK(flight["value"] == 40800.0);
  CHECK(first_mention("全程两小时零五分", "quantity")["value"] == 7500.0);
  // Taiwan writes a prison term's months without 个: 一年四月 is sixteen months, not April.
  auto term = first_mention("被告被判刑一年四月", "quantity");
  CHECK(term["text"] == "一年四月");
  CHECK(term["value"] == 16.0);
  CHECK(first_mention("被告被判刑一年四月", "date").is_null());
  CHECK(first_mention("2024年4月", "date")["date"] == "2024-04");
  // After a determiner or an ordinal, or with a day, the month is one of the calendar.
  CHECK(first_mention("这一年6月29日，他回到家乡", "date")["text"] == "6月29日");
  CHECK(first_mention("到第二年5月底完成", "date")["text"] == "5月底");
  // Not a compound: a larger second part, a vague count, or parts written differently.
  CHECK(first_mention("用了1年14个月", "quantity")["text"] == "1年");
  CHECK(first_mention("再过三五年八个月也不够", "quantity")["text"] != "三五年八个月");
  CHECK(first_mention("这一年3个月的时间里", "quantity")["text"] == "一年");
}

TEST_CASE("numbers listed before the one that carries their unit",
          "[extract][figures][constructions]") {
  auto first = first_mention("两大指数也获得调升0.47、0.08个百分点", "percent");
  CHECK(first["text"] == "0.47");
  CHECK(first["unit"] == "percentage_point");
  CHECK(first_mention("两项指标分别增长3.5、4.2%", "percent")["text"] == "3.5");
  // A magnitude in the last item is no unit of the items before it.
  CHECK(first_mention("奖金分为3、5、10万元三档", "money")["text"] == "10万元");
}

TEST_CASE("a magnitude without a numeral after a word of comparison",
          "[extract][figures][constructions]") {
  auto trillion = first_mention("海洋生产总值突破万亿元大关", "money");
  CHECK(trillion["text"] == "突破万亿元");  // 突破 is a qualifier: over
  CHECK(trillion["approx"] == "over");
  CHECK(trillion["value"].get<double>() == Catch::Detail::Approx(1e12));
  auto people = first_mention("研究应调整为萬人以上的观察", "quantity");
  CHECK(people["value"].get<double>() == Catch::Detail::Approx(1e4));
  CHECK(first_mention("市值近万亿美元", "money")["approx"] == "about");
  // With 余 or 多 after it, a bare 万 or 亿 is the figure wherever it stands (全球鸟类共有万余种).
  auto kinds = first_mention("全球鳥類共有萬餘種", "quantity");
  CHECK(kinds["text"] == "萬餘種");
  CHECK(kinds["value"].get<double>() == Catch::Detail::Approx(1e4));
  CHECK(kinds["approx"] == "over");
  CHECK(first_mention("现场来了万多人", "quantity")["unit"] == "人");
  CHECK(first_mention("这是一万多年前的事", "quantity")["text"] == "一万多年");
  CHECK_FALSE(any_mention_with("万一出事怎么办？千万别慌", "kind", "quantity"));
  // Elsewhere 万 and 亿 start words of their own.
  CHECK(mentions_of("万人空巷，群众高呼万岁，亿万富翁。").empty());
}

TEST_CASE("competition ratios of applicants to places", "[extract][figures][constructions]") {
  auto ratio = first_mention("该职位目前竞争比高达4040：1", "score");
  CHECK(ratio["text"] == "4040：1");
  CHECK(ratio["value"] == 4040.0);
  // Without such a word a large pair around a colon is no score.
  CHECK_FALSE(any_mention_with("页码4040：1", "kind", "score"));
}

TEST_CASE("counts of kinds and of stripes", "[extract][figures][constructions]") {
  CHECK(first_mention("4类人不适合吃姜", "quantity")["unit"] == "类");
  CHECK(first_mention("细细的两道条纹", "quantity")["unit"] == "道");
  // 道 before 路, 理, 歉 starts a word (三道路口 is no count of 道).
  CHECK_FALSE(any_mention_with("他向三位老人道歉", "unit", "道"));
}

TEST_CASE("neighbouring digits say this or the next, digits read one by one name things",
          "[extract][figures][constructions]") {
  // 三四个 is three or four, never 34; 五六十人 fifty to sixty.
  auto few = first_mention("现场来了三四个人", "quantity");
  CHECK_FALSE(few.contains("value"));
  CHECK(few["min"] == 3.0);
  CHECK(few["max"] == 4.0);
  CHECK(few["approx"] == "about");
  auto crowd = first_mention("共有五六十人参加", "quantity");
  CHECK(crowd["min"] == 50.0);
  CHECK(crowd["max"] == 60.0);
  auto loss = first_mention("损失七八百万元", "money");
  CHECK(loss["min"] == 7e6);
  CHECK(loss["max"] == 8e6);
  auto age = first_mention("他今年十七八岁", "number");
  CHECK(age["min"] == 17.0);
  CHECK(age["max"] == 18.0);
  CHECK(first_mention("三五天内完成", "quantity")["max"] == 5.0);
  // 两 is never a positional digit, yet 一两, 两三 are ranges all the same.
  auto walk = first_mention("步行两三分钟就到", "quantity");
  CHECK(walk["text"] == "两三分钟");
  CHECK(walk["min"] == 2.0);
  CHECK(walk["max"] == 3.0);
  CHECK(first_mention("再等一两天", "quantity")["min"] == 1.0);
  CHECK(first_mention("来了两三百人", "quantity")["max"] == 300.0);
  // 八一男篮, 九一八事变: no count; a discount reads its digits one by one (八五折 = 85 %).
  CHECK(mentions_of("广厦男篮迎来八一男篮").empty());
  CHECK(mentions_of("纪念九一八事变").empty());
  CHECK(first_mention("全场商品八五折", "percent")["value"] == 85.0);
  CHECK(first_mention("全班廿三人", "quantity")["value"] == 23.0);
}

TEST_CASE("five-year plans named by their number are periods, seasons in names are not",
          "[extract][dates][constructions]") {
  // The Nth plan runs from 1951 + 5N: 十四五 is 2021-2025; 期间 names its years, 末 its last.
  auto during = first_mention("“十四五”期间，全国新增就业5000万人", "date");
  CHECK(during["date"] == "2021");
  CHECK(during["date_end"] == "2025");
  CHECK(first_mention("比“十三五”末提高了125%", "date")["date"] == "2020");
  CHECK(first_mention("“十四五”初期", "date")["date"] == "2021");
  auto since = first_mention("“十四五”以来，全国新增就业5000万人", "date");
  CHECK(since["date"] == "2021");
  CHECK(since["relation"] == "since");
  // Alone it names a document, and 十四五 before a counter is a count of 14 or 15.
  CHECK(first_mention("编制“十四五”规划", "date").is_null());
  CHECK(first_mention("来了十四五个人", "date").is_null());
  // 夏季运动会, 夏季达沃斯: a season before a head of season_names is a name's.
  CHECK(first_mention("成都第31届世界大学生夏季运动会开幕", "date").is_null());
  CHECK(first_mention("出席夏季达沃斯论坛", "date").is_null());
  CHECK(first_mention("今年夏季降雨偏多", "date")["date"] == "2025-06");
}

TEST_CASE("a span since an epoch the news counts from", "[extract][dates][constructions]") {
  // 党的十八大以来: since the congress of November 2012; the congress alone is no date.
  auto congress = first_mention("党的十八大以来，全国累计减贫近1亿人", "date");
  CHECK(congress["text"] == "十八大以来");
  CHECK(congress["date"] == "2012-11");
  CHECK(congress["relation"] == "since");
  CHECK(first_mention("改革开放以来，经济总量增长了200倍", "date")["date"] == "1978-12");
  CHECK(first_mention("新时代以来，我国累计建成高标准农田10亿亩", "date")["date"] == "2012-11");
  CHECK(first_mention("党的二十大胜利召开", "date").is_null());
}

TEST_CASE("the Spring Festival travel season is its forty days, and a day of it is placed",
          "[extract][dates][constructions]") {
  // 春运 runs from 15 days before the Spring Festival (2025-01-29) to 24 days after it.
  auto season =
      first_mention("今年春运，全社会跨区域人员流动量预计达90亿人次", "date", "2025-01-20");
  CHECK(season["date"] == "2025-01-14");
  CHECK(season["date_end"] == "2025-02-22");
  auto day = first_mention("进入春运第12天，客流持续增长", "date", "2025-01-25");
  CHECK(day["text"] == "春运第12天");
  CHECK(day["date"] == "2025-01-25");
  CHECK(first_mention("春运首日，全国铁路发送旅客1200万人次", "date", "2025-01-20")["date"] ==
        "2025-01-14");
  // (Before an organisation's head it is part of the name: 综合运输春运工作专班.)
  CHECK(first_mention("据综合运输春运工作专班统计", "date", "2025-01-20").is_null());
  // A public holiday's break moves from year to year: its third day is no day placed.
  CHECK(first_mention("国庆假期第三天，车流量达5000万辆", "date")["text"] == "国庆假期");
}

TEST_CASE("below zero is a negative temperature", "[extract][figures][constructions]") {
  // 零下41度: below zero, in degrees Celsius; 度电 stays kilowatt-hours.
  auto cold = first_mention("气温降到了零下41度", "quantity");
  CHECK(cold["text"] == "零下41度");
  CHECK(cold["value"] == -41.0);
  CHECK(cold["unit"] == "℃");
  auto colder = first_mention("最低气温零下5.5摄氏度", "quantity");
  CHECK(colder["value"] == -5.5);
  // (攝氏零下: Celsius written before, in either script.)
  auto arctic = first_mention("北極將降到攝氏零下30度", "quantity");
  CHECK(arctic["text"] == "攝氏零下30度");
  CHECK(arctic["value"] == -30.0);
  CHECK(first_mention("每天用电3度电", "quantity")["unit"] == "kWh");
}
