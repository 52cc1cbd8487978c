/// @file dates_test.cpp
/// @brief Dates beyond the plain Gregorian ones: relations (以来, 之前, 截至), ranges between
/// two dates, two-digit and 民国 years, lunar dates and holidays, titles that are not dates.
#include <catch2/catch.hpp>

#include "first_mention.h"

using suyuan::test::first_mention;

TEST_CASE("relation words make a date a bound and widen its span", "[extract][dates]") {
  auto since = first_mention("自2018年以来，出口持续增长", "date");
  CHECK(since["text"] == "自2018年以来");
  CHECK(since["date"] == "2018");
  CHECK(since["relation"] == "since");
  auto until = first_mention("截至9月底，营收达到30亿元", "date", "2025-12-14");
  CHECK(until["text"] == "截至9月底");
  CHECK(until["date"] == "2025-09-21");
  CHECK(until["date_end"] == "2025-09-30");
  CHECK(until["relation"] == "until");
  CHECK(first_mention("2030年前实现碳达峰", "date")["relation"] == "before");
  CHECK(first_mention("7月15日起实施", "date")["relation"] == "since");
  CHECK(first_mention("在2019年1月1日或之后", "date")["relation"] == "since");
  CHECK(first_mention("2012-01-01及以前", "date")["relation"] == "until");
  CHECK(first_mention("2010-01-01之后", "date")["relation"] == "after");
}

TEST_CASE("one-character relations do not swallow the next word", "[extract][dates]") {
  // 前三季度 is "the first three quarters", 前景 "prospects", 起诉 "to sue".
  auto quarters = first_mention("2025年前三季度营收增长", "date");
  CHECK(quarters["text"] == "2025年前三季度");
  CHECK_FALSE(quarters.contains("relation"));
  CHECK_FALSE(first_mention("2025年前10家公司", "date").contains("relation"));
  CHECK_FALSE(first_mention("2025年前景看好", "date").contains("relation"));
  CHECK_FALSE(first_mention("他7月15日起诉该公司", "date").contains("relation"));
  CHECK(first_mention("来自2018年的数据", "date")["text"] == "2018年");
}

TEST_CASE("two dates joined by 和/之间 or two bounds form one range", "[extract][dates]") {
  auto between = first_mention("这家工厂2015年和2018年之间的销售额", "date");
  CHECK(between["text"] == "2015年和2018年之间");
  CHECK(between["date"] == "2015");
  CHECK(between["date_end"] == "2018");
  auto bounds = first_mention("统计2010年之后2018年之前的销量", "date");
  CHECK(bounds["text"] == "2010年之后2018年之前");
  CHECK(bounds["date_end"] == "2018");
  CHECK_FALSE(bounds.contains("relation"));
  // Two dates joined by 和 without 之间 stay two dates.
  CHECK(first_mention("2015年和2018年的销量", "date")["text"] == "2015年");
}

TEST_CASE("a slashed or dashed date runs on to a later month and day", "[extract][dates]") {
  auto slashed = first_mention("錄音曝光時間 2006/04/25~05/02李恆隆對章啟明談話", "date");
  CHECK(slashed["text"] == "2006/04/25~05/02");
  CHECK(slashed["date"] == "2006-04-25");
  CHECK(slashed["date_end"] == "2006-05-02");
  CHECK(first_mention("会议于2018-11-06至11-08举行", "date")["date_end"] == "2018-11-08");
  // Not backwards, and never a fraction: 05/02 alone is no ratio.
  CHECK_FALSE(first_mention("2018/11/06~10/02", "date").contains("date_end"));
  CHECK(first_mention("时间：05/02", "ratio").is_null());
}

TEST_CASE("two-digit and Republic-of-China years", "[extract][dates]") {
  CHECK(first_mention("他07年以后就没再来过", "date", "2025-12-14")["date"] == "2007");
  CHECK(first_mention("18年10月1日发布", "date", "2025-12-14")["date"] == "2018-10-01");
  CHECK(first_mention("98年3月入职", "date", "2025-12-14")["date"] == "1998-03");
  CHECK(first_mention("零八年奥运会", "date")["date"] == "2008");
  // Counts of years stay counts: 10年 and 三五年 are durations, not 2010 or 2035.
  CHECK(first_mention("他工作了10年", "date").is_null());
  CHECK(first_mention("三五年内不会改变", "date").is_null());
  auto minguo = first_mention("民國114年7月15日公告", "date");
  CHECK(minguo["date"] == "2025-07-15");
  CHECK(minguo["calendar"] == "minguo");
  CHECK(first_mention("民国元年", "date")["date"] == "1912");
}

TEST_CASE("a circle is the zero of a year written in Chinese digits", "[extract][dates]") {
  // Taiwan print: 二○○四年 with U+25CB WHITE CIRCLE, not "four years and ten months".
  auto october = first_mention("教育局才於二○○四年十月間將他資遣", "date");
  CHECK(october["date"] == "2004-10");
  CHECK(october["text"] == "二○○四年十月");
  CHECK(first_mention("二◯一四年", "date")["date"] == "2014");
  CHECK(first_mention("教育局才於二○○四年十月間將他資遣", "quantity").is_null());
  // A circle with no digit beside it is a symbol: an anonymised name, a bullet.
  CHECK(first_mention("王○○今年3月離職", "date", "2025-12-14")["date"] == "2025-03");
  CHECK(first_mention("○○公司", "number").is_null());
}

TEST_CASE("lunar dates convert to the Gregorian calendar", "[extract][dates]") {
  auto new_year = first_mention("2015年农历正月初一是春节", "date");
  CHECK(new_year["text"] == "2015年农历正月初一");
  CHECK(new_year["date"] == "2015-02-19");
  CHECK(new_year["calendar"] == "chinese");
  CHECK(first_mention("二零零四年八月十五", "date")["date"] == "2004-09-28");
  // Without a year: the occurrence nearest the reference date.
  CHECK(first_mention("大年初一", "date", "2025-12-14")["date"] == "2026-02-17");
  CHECK(first_mention("大年三十", "date", "2025-12-14")["date"] == "2026-02-16");
  // A whole lunar month spans its 29 or 30 days.
  auto month = first_mention("2025年农历八月", "date");
  CHECK(month["date"] == "2025-09-22");
  CHECK(month["date_end"] == "2025-10-20");
  // A Gregorian day keeps its 日: 八月十五日 is 15 August.
  CHECK(first_mention("2025年八月十五日", "date")["date"] == "2025-08-15");
}

TEST_CASE("holidays resolve by their rule", "[extract][dates]") {
  auto mid_autumn = first_mention("今年中秋，月饼销量大增", "date", "2025-12-14");
  CHECK(mid_autumn["text"] == "今年中秋");
  CHECK(mid_autumn["date"] == "2025-10-06");
  CHECK(mid_autumn["holiday"] == "中秋节");
  CHECK(mid_autumn["calendar"] == "chinese");
  CHECK(first_mention("2025年端午节", "date")["date"] == "2025-05-31");
  CHECK(first_mention("2024年春节", "date")["date"] == "2024-02-10");
  CHECK(first_mention("2025年母亲节", "date")["date"] == "2025-05-11");
  CHECK(first_mention("2025年感恩节", "date")["date"] == "2025-11-27");
  CHECK(first_mention("2026年清明节", "date")["date"] == "2026-04-05");
  auto before_festival = first_mention("春节前，工厂停工", "date", "2025-12-14");
  CHECK(before_festival["date"] == "2026-02-17");
  CHECK(before_festival["relation"] == "before");
  auto national_day = first_mention("國慶節期間", "date", "2025-12-14");
  CHECK(national_day["date"] == "2025-10-01");
  CHECK_FALSE(national_day.contains("calendar"));
  // 国庆 is also a given name: 高国庆 is a baseball player, not 1 October.
  CHECK(first_mention("高國慶打出全壘打", "date").is_null());
  CHECK(first_mention("迎国庆活动", "date")["date"] == "2025-10-01");
}

TEST_CASE("a holiday before 假期, 档 or another holiday names the break, not its day",
          "[extract][dates]") {
  // xwlb 2025-09: the 2025 break of 国庆 and 中秋 together (1 to 8 October), not 中秋's day.
  auto both =
      first_mention("国庆中秋假期预计全社会跨区域人员流动量超23亿人次", "date", "2025-09-20");
  CHECK(both["text"] == "国庆中秋假期");
  CHECK(both["date"] == "2025-10-01");
  CHECK(both["date_end"] == "2025-10-08");
  // xwlb 2022-10-03: the box-office season spans the 国庆 break; 今天 stays a date of its own.
  const std::string season = "截至今天下午16时，国庆档电影票房已超14亿元";
  const auto document =
      suyuan::test::shared_normalizer().normalize(season, suyuan::SourceFormat::TEXT);
  suyuan::ExtractOptions options;
  options.reference_date = "2022-10-03";
  std::vector<std::pair<std::string, std::string>> spans;
  for (const auto& m :
       suyuan::test::shared_extractor().extract(document, season, options).mentions) {
    if (m.kind != suyuan::MentionKind::DATE) continue;
    const auto& d = std::get<suyuan::DateValue>(m.detail);
    spans.emplace_back(d.date, d.date_end);
  }
  REQUIRE(spans.size() == 2);
  CHECK(spans[1] == std::make_pair(std::string("2022-10-01"), std::string("2022-10-07")));
  // xwlb 2023-01-23: 除夕 to 初六 of 2023 (the festival on 22 January).
  auto spring = first_mention("兔年春节档票房已超过20亿元", "date", "2023-01-23");
  CHECK(spring["text"] == "春节档");
  CHECK(spring["date"] == "2023-01-21");
  CHECK(spring["date_end"] == "2023-01-28");
  // During the festival (期间) is during its break.
  auto during = first_mention("国庆期间，全国接待游客8.26亿人次", "date", "2025-10-09");
  CHECK(during["text"] == "国庆期间");
  CHECK(during["date"] == "2025-10-01");
  CHECK(during["date_end"] == "2025-10-07");
  // xwlb 2023-05: 五一 names the holiday only before its break, in quotes too.
  auto labour = first_mention("2023年“五一档”电影票房共计15.19亿元", "date", "2023-05-04");
  CHECK(labour["date"] == "2023-05-01");
  CHECK(labour["date_end"] == "2023-05-05");
  CHECK(first_mention("“十一”假期，多部主旋律题材国产影片集中亮相", "date", "2022-10-08")["date"] ==
        "2022-10-01");
  CHECK(first_mention("五一劳动节", "date", "2023-05-04")["date"] == "2023-05-01");
  CHECK(first_mention("他排在第十一档", "date").is_null());
  CHECK(first_mention("共有五一家企业", "date").is_null());
  // A holiday without a public break: its 档 dates no day, and the year when written.
  CHECK(first_mention("七夕档新片扎堆", "date").is_null());
  CHECK(first_mention("2025年七夕档新片扎堆", "date")["date"] == "2025");
  // Each holiday of a break on its occurrence nearest the first's: 元旦 after 圣诞.
  auto year_end = first_mention("圣诞元旦假期消费旺", "date", "2025-12-14");
  CHECK(year_end["date"] == "2025-12-25");
  CHECK(year_end["date_end"] == "2026-01-03");
  // The day of the festival alone is still its day.
  CHECK(first_mention("今年中秋，月饼销量大增", "date", "2025-12-14")["date"] == "2025-10-06");
}

TEST_CASE("vague counts and measure words are not dates", "[extract][dates]") {
  // 八九年前 is "eight or nine years ago", not 89 years; 两月后 "two months later".
  CHECK(first_mention("八九年前，为国际品牌工作", "date").is_null());
  CHECK(first_mention("预计两月后出结果", "date").is_null());
  // 去年五月 and then 两人 (two people): not the lunar fifth month's second day.
  CHECK(first_mention("去年五月兩人首度合作", "date")["text"] == "去年五月");
  // 重陽 alone is also a district of New Taipei (重陽重劃區).
  CHECK(first_mention("位於三重重陽重劃區", "date").is_null());
  CHECK(first_mention("他在近三十年前发明万维网", "date", "2020-06-15")["date"] == "1990");
  // A festival takes the occurrence nearest publication even after a far year in a plan.
  const std::string text = "到2035年基本实现现代化。春节前夕，民政部走访";
  const auto document =
      suyuan::test::shared_normalizer().normalize(text, suyuan::SourceFormat::TEXT);
  suyuan::ExtractOptions options;
  options.reference_date = "2024-02-01";
  std::vector<std::string> dates;
  for (const auto& m : suyuan::test::shared_extractor().extract(document, text, options).mentions) {
    if (m.kind == suyuan::MentionKind::DATE)
      dates.push_back(std::get<suyuan::DateValue>(m.detail).date);
  }
  CHECK(dates == std::vector<std::string>{"2035", "2024-02-10"});
}

TEST_CASE("digits spaced from 年, 月 and 日, as Taiwan sites write them", "[extract][dates]") {
  auto full = first_mention("川普 2025 年 7 月 15 日宣布", "date", "2025-08-20");
  CHECK(full["text"] == "2025 年 7 月 15 日");
  CHECK(full["date"] == "2025-07-15");
  CHECK(first_mention("於 7 月 15 日生效", "date", "2025-08-20")["date"] == "2025-07-15");
  CHECK(first_mention("美國商務部 15 日表示", "date", "2025-08-20")["date"] == "2025-08-15");
  CHECK(first_mention("他 07 年畢業", "date", "2025-08-20")["date"] == "2007");
  // A space still ends a date before another figure: "7 月 15" is July, then a number.
  CHECK(first_mention("7 月 15 家公司", "date", "2025-08-20")["text"] == "7 月");
}

TEST_CASE("parts of the reference year and month, and year-to-date spans", "[extract][dates]") {
  auto year_end = first_mention("年底前完成交付", "date", "2025-08-20");
  CHECK(year_end["text"] == "年底前");
  CHECK(year_end["date"] == "2025-11");
  CHECK(year_end["relation"] == "before");
  CHECK(first_mention("月底将发布", "date", "2025-08-20")["date_end"] == "2025-08-31");
  CHECK(first_mention("年初以来股价上涨", "date", "2025-08-20")["relation"] == "since");
  auto quarter = first_mention("三季度GDP增长", "date", "2025-08-20");
  CHECK(quarter["date"] == "2025-07");
  CHECK(quarter["date_end"] == "2025-09");
  auto year_to_date = first_mention("2025年前三季度营收", "date");
  CHECK(year_to_date["text"] == "2025年前三季度");
  CHECK(year_to_date["date_end"] == "2025-09");
  CHECK(first_mention("今年前两个月", "date", "2025-08-20")["date_end"] == "2025-02");
  auto so_far = first_mention("前三季度，我国汽车产销", "date", "2025-11-20");
  CHECK(so_far["text"] == "前三季度");
  CHECK(so_far["date"] == "2025-01");
  CHECK(first_mention("苏梅岛四季度假酒店", "date").is_null());
  // Every year's end, a count of months and "in a year" are no dates.
  CHECK(first_mention("每年底结算", "date").is_null());
  CHECK(first_mention("三个月底", "date").is_null());
  CHECK(first_mention("这一年中", "date").is_null());
}

TEST_CASE("a quarter after its year, however it is written", "[extract][dates]") {
  // Taiwan writes 第2季 for the second quarter, and tech news 2018年Q3: without the quarter the
  // figure would read as the whole year's.
  auto taiwan = first_mention("新竹地區2013年第1季新推案每坪達20.4萬元", "date");
  CHECK(taiwan["text"] == "2013年第1季");
  CHECK(taiwan["date"] == "2013-01");
  CHECK(taiwan["date_end"] == "2013-03");
  auto this_year = first_mention("宏碁今年第3季營收達1200億元", "date", "2006-08-01");
  CHECK(this_year["text"] == "今年第3季");
  CHECK(this_year["date_end"] == "2006-09");
  CHECK(first_mention("2018年Q3营收达12亿元", "date")["date"] == "2018-07");
  CHECK(first_mention("2018年3季度营收达12亿元", "date")["date_end"] == "2018-09");
  CHECK(first_mention("今年前3季營收成長", "date", "2006-11-01")["date_end"] == "2006-09");
  // A show's season and a model name stay out of the year.
  CHECK(first_mention("去年第二季《中国新说唱》收视率达2%", "date", "2018-08-01")["text"] ==
        "去年");
  CHECK(first_mention("2018年Q30手机上市", "date")["text"] == "2018年");
  // Alone, 第二季 is as often a show's season as a quarter: no date. Taiwan's business news
  // writes the quarter 第2季 with an Arabic digit (aitlas-finance_13-003); a season after its
  // title (《毒枭》第4季) stays out.
  CHECK(first_mention("已擠進星光第二季20強", "date").is_null());
  auto alone = first_mention("瑞晶、力晶第4季也將轉進40奈米", "date", "2008-05-20");
  CHECK(alone["text"] == "第4季");
  CHECK(alone["date"] == "2008-10");
  CHECK(alone["date_end"] == "2008-12");
  CHECK(first_mention("《毒枭》第4季今天上线", "date", "2018-11-08")["text"] == "今天");
}

TEST_CASE("a date inside a book title names the work", "[extract][dates]") {
  const std::string text = "《明日之后》将于明日正式上线";
  auto date = first_mention(text, "date", "2025-12-14");
  CHECK(date["text"] == "明日");
  CHECK(date["start"] == text.find("将于") + std::string("将于").size());
  CHECK(date["date"] == "2025-12-15");
  CHECK(first_mention("《2025年人工智能指数报告》显示", "date").is_null());
}

TEST_CASE("an undated article: years nothing gives stay unknown, relative words unresolved",
          "[extract][dates]") {
  // No reference date: 3月25日 is one date of unknown year (EDTF XXXX), not the numbers 3 and 25.
  auto day = first_mention("3月25日，张明在杭州创办了一家软件公司。", "date", "");
  CHECK(day["text"] == "3月25日");
  CHECK(day["date"] == "");
  CHECK(day["partial"] == "XXXX-03-25");
  CHECK(day["relative"] == false);
  CHECK(first_mention("3月25日，张明创办了公司。", "number", "").is_null());
  CHECK(first_mention("10月上市", "date", "")["partial"] == "XXXX-10");
  CHECK(first_mention("嫌犯11日落网", "date", "")["partial"] == "XXXX-XX-11");
  // A number and 号 before a word that it labels is no day (metro line 2, reactor unit 3, a
  // typhoon's number); before anything else it is one.
  for (const char* label : {"2号线日均客流50万人次", "3号机组成功并网", "10号台风登陆"}) {
    CHECK(first_mention(label, "date", "").is_null());
    CHECK(first_mention(label, "date", "2025-11-20").is_null());
  }
  CHECK(first_mention("5号晚上宣布裁员", "date", "2025-11-20")["date"] == "2025-11-05");
  CHECK(first_mention("二月二十九日开幕", "date", "")["partial"] == "XXXX-02-29");
  auto range = first_mention("九月八日至十一日进入店内", "date", "");
  CHECK(range["partial"] == "XXXX-09-08");
  CHECK(range["partial_end"] == "XXXX-09-11");
  // Relative words are recognised as in a dated article and kept as written.
  for (const char* word : {"昨天", "前天", "今晚", "本周一", "同日", "明午"}) {
    auto relative = first_mention(std::string(word) + "，警方前往现场。", "date", "");
    CAPTURE(word);
    CHECK(relative["text"] == word);
    CHECK(relative["date"] == "");
    CHECK(relative["unresolved"] == word);
    CHECK_FALSE(relative.contains("partial"));
  }
  CHECK(first_mention("警方昨表示", "date", "")["unresolved"] == "昨");
  // The JSON of a resolved date has none of the new fields.
  auto dated = first_mention("3月25日，张明创办了公司。", "date", "2025-04-01");
  CHECK(dated["date"] == "2025-03-25");
  CHECK_FALSE(dated.contains("partial"));
  CHECK_FALSE(dated.contains("unresolved"));
  CHECK(first_mention("警方昨表示", "date", "2025-04-01")["date"] == "2025-03-31");
  CHECK(first_mention("今晚开幕", "date", "2025-04-01")["date"] == "2025-04-01");
}

TEST_CASE("an undated article's last full date gives the year of a month next to it",
          "[extract][dates]") {
  auto dates_of = [](const std::string& text) {
    const auto document =
        suyuan::test::shared_normalizer().normalize(text, suyuan::SourceFormat::TEXT);
    std::vector<std::string> out;
    for (const auto& m : suyuan::test::shared_extractor().extract(document, text, {}).mentions) {
      if (m.kind != suyuan::MentionKind::DATE) continue;
      const auto& d = std::get<suyuan::DateValue>(m.detail);
      out.push_back(!d.date.empty() ? d.date : !d.partial.empty() ? d.partial : d.unresolved);
    }
    return out;
  };
  // 2018年11月6日 dates 11月7日, 10月30日 and 11日 (its month); not 3月5日, far from it.
  CHECK(dates_of("博览会于2018年11月6日开幕。11月7日，张明到场。10月30日报名截止。"
                 "11日闭幕。3月5日，李四创办了公司。") ==
        std::vector<std::string>{"2018-11-06", "2018-11-07", "2018-10-30", "2018-11-11",
                                 "XXXX-03-05"});
  // An undated article's dateline is its day: 今日 and 昨天 count from it, in the year the
  // article gives that month (else of unknown year). Only in its first sentences, and never
  // a day that only the year could tell (3月1日 … 昨天: 2月28日 or 29日).
  CHECK(dates_of("新浪娱乐讯 10月28日，唐嫣罗晋将于今日在维也纳举行婚礼。") ==
        std::vector<std::string>{"XXXX-10-28", "XXXX-10-28"});
  CHECK(dates_of(
            "盖茨来京\n\n新浪科技讯 北京时间11月6日上午消息，2018年11月6日至8日，博览会在北京举办。"
            "盖茨昨日晚间发布微博。") ==
        std::vector<std::string>{"XXXX-11-06", "2018-11-06", "2018-11-05"});
  CHECK(dates_of("3月1日电 昨天，他举行婚礼。") == std::vector<std::string>{"XXXX-03-01", "昨天"});
  CHECK(dates_of("张明昨天到场。本周一，他出道。") == std::vector<std::string>{"昨天", "本周一"});
  CHECK(dates_of("一。二。三。四。据路透社6日消息，他昨天到场。") ==
        std::vector<std::string>{"XXXX-XX-06", "昨天"});
  // A month-day before the full date, or after a bare year, stays of unknown year.
  CHECK(dates_of("11月5日，张明到场。博览会于2018年11月6日开幕。") ==
        std::vector<std::string>{"XXXX-11-05", "2018-11-06"});
  CHECK(dates_of("2016年，他出道。11月6日，他迎来26岁生日。") ==
        std::vector<std::string>{"2016", "XXXX-11-06"});
  // A year in the sentence itself still dates its months (2018年3月和5月).
  CHECK(dates_of("2018年3月和5月，张明两次到场。") ==
        std::vector<std::string>{"2018-03", "2018-05"});
  // 2月29日 of a common year is no day of that year: it stays of unknown year.
  CHECK(dates_of("2019年2月1日开幕。2月29日闭幕。") ==
        std::vector<std::string>{"2019-02-01", "XXXX-02-29"});
}

TEST_CASE("上年 of statistics is the year before the reference year", "[extract][dates]") {
  // 上年末 is last year's end, not this year's (年末 alone); 马上年底 is soon this year's end.
  const auto last_year_end = first_mention("全市上年末常住人口1190万人", "date", "2025-03-01");
  CHECK(last_year_end["text"] == "上年末");
  CHECK(last_year_end["date"] == "2024-11");
  CHECK(first_mention("比上年增长2%", "date", "2025-03-01")["date"] == "2024");
  const auto soon = first_mention("马上年底了", "date", "2025-03-01");
  CHECK(soon["text"] == "年底");
  CHECK(soon["date"] == "2025-11");
}

TEST_CASE("截至 before a relative year bounds that year's date, not now", "[extract][dates]") {
  // 截至今年2月底 is as of the end of February; 至今 (so far) is only 至今 before no 年 or 日.
  const auto as_of = first_mention("截至今年2月底，全市累计建成5G基站3万个", "date", "2025-03-01");
  CHECK(as_of["text"] == "截至今年2月底");
  CHECK(as_of["relation"] == "until");
  CHECK(as_of["date_end"] == "2025-02-28");
  CHECK(first_mention("全市至今已建成5G基站3万个", "date", "2025-03-01")["text"] == "至今");
}
