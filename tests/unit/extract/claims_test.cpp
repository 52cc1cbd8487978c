/// @file claims_test.cpp
/// @brief Claim assembly on short texts: which metric a figure measures when several keywords
/// stand in one sentence, and what a date claim carries.
#include <algorithm>
#include <catch2/catch.hpp>

#include "first_mention.h"

using namespace suyuan;

namespace {

/// (metric, value) of every claim on `subject` in `text`.
std::vector<std::pair<std::string, nlohmann::json>> claims_on(const std::string& text,
                                                              const std::string& subject) {
  const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = "2025-12-14";
  std::vector<std::pair<std::string, nlohmann::json>> out;
  for (const Claim& c : test::shared_extractor().extract(document, text, options).claims) {
    if (c.subject == subject) out.emplace_back(c.metric, to_json(c.value));
  }
  return out;
}

}  // namespace

TEST_CASE("the keyword nearest a figure names its metric", "[extract][claims]") {
  // 市值 and 营收 in one sentence, in either order: each figure takes its own keyword.
  for (const std::string text :
       {"英伟达市值达到4万亿美元，营收为350亿美元", "英伟达营收为350亿美元，市值达到4万亿美元"}) {
    INFO(text);
    const auto claims = claims_on(text, "nvidia");
    REQUIRE(claims.size() == 2);
    for (const auto& [metric, value] : claims) {
      if (metric == "market_value") {
        CHECK(value["value"] == 4e12);
      } else {
        CHECK(metric == "revenue");
        CHECK(value["value"] == 3.5e10);
        CHECK(value["currency"] == "USD");
      }
    }
  }
  const auto quarter =
      claims_on("辉达第三季度营收350亿美元，同比增长62%，净利润193亿美元", "nvidia");
  REQUIRE(quarter.size() == 3);
  CHECK(quarter[0].first == "revenue");
  CHECK(quarter[1].first == "revenue_growth");
  CHECK(quarter[1].second["value"] == 62.0);
  CHECK(quarter[2].first == "net_profit");
  CHECK(quarter[2].second["value"] == 1.93e10);
  // A share of total revenue is not revenue growth.
  const auto share = claims_on("中国市场占英伟达总营收的13%", "nvidia");
  REQUIRE(share.size() == 1);
  CHECK(share[0].first == "china_revenue_share");
}

TEST_CASE("a rule's fixed subject needs its own words near the figure", "[extract][claims]") {
  // 自给率 and 市场规模 alone are any subject's (xwlb: 口粮, 钢材; 2018 web news: 冷链物流).
  for (const std::string text : {"我国口粮自给率在100%以上，大豆自给率也提升3个百分点。",
                                 "用于机器人电机、海底管道等领域的高端钢材自给率已接近100%。",
                                 "冷链物流市场规模为2395亿元。"}) {
    INFO(text);
    CHECK(claims_on(text, "china-semiconductors").empty());
    CHECK(claims_on(text, "china-market").empty());
  }
  const auto own = claims_on("冷链物流市场规模为2395亿元。", "冷链物流");
  REQUIRE(own.size() == 1);
  CHECK(own[0].first == "market_size");
  // With the subject's words the rule still reads it (the seed story's 中国半导体自给率 is read
  // by the claim frames, which name the subject as written).
  CHECK(claims_on("目前中国半导体自给率已逼近40%。", "中国半导体").size() == 1);
}

TEST_CASE("a pronoun refers back to the article's company only where it can", "[extract][claims]") {
  // 公司 opening its clause, 其 opening the sentence: the company named before.
  for (const std::string text : {"百度发布2018年第二季度财报。公司营收同比增长5%至260亿元。",
                                 "百度发布2018年第二季度财报。其营收同比增长5%至260亿元。",
                                 "百度发布2018年第二季度财报。该公司营收同比增长5%至260亿元。"}) {
    INFO(text);
    const auto claims = claims_on(text, "baidu");
    CHECK(std::count_if(claims.begin(), claims.end(), [](const auto& c) {
            return c.first == "revenue_growth" || c.first == "revenue";
          }) == 2);
  }
  // Inside a longer word (母公司) or after a clause naming its own subject (Chanel…，其), never
  // (p233 news of 2018: the article had named 百度 once, in another story).
  for (const std::string text :
       {"百度与欧莱雅达成合作。美国奢侈品牌Coach母公司Tapestry销售额同比大涨31%至14.8亿美元。",
        "百度与欧莱雅达成合作。Chanel首次主动公布去年财报数据，其总销售额同比涨11%至96.2亿美元。",
        "百度与欧莱雅达成合作。其中在线销售额同比增长17%。",
        "百度发布财报。但内容投入的增加让爱奇艺在本季度面临利润压力，该公司净亏损为人民币31亿元"
        "。"}) {
    INFO(text);
    CHECK(claims_on(text, "baidu").empty());
  }
}

TEST_CASE("a claim keeps the exclusive bounds of its figure", "[extract][claims]") {
  const auto claims = claims_on("英伟达市值大于3万亿美元小于5万亿美元", "nvidia");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].first == "market_value");
  CHECK(claims[0].second["min"] == 3e12);
  CHECK(claims[0].second["max"] == 5e12);
  CHECK(claims[0].second["min_exclusive"] == true);
  CHECK(claims[0].second["max_exclusive"] == true);
}

TEST_CASE("attributions name the speaker, once, without title marks", "[extract][claims]") {
  using test::first_mention;
  // The medium spoken to is not the source.
  auto interview = first_mention("黄仁勋在接受CNBC采访时表示，H20的需求很强。", "attribution");
  CHECK(interview["source"] == "jensen-huang");
  CHECK(first_mention("黄仁勋对路透社表示，需求很强。", "attribution")["source"] == "jensen-huang");
  // 报道称 is one attribution, and the title marks belong to its span.
  const std::string text = "《金融时报》报道称，英伟达已向台积电下单。";
  const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
  std::vector<std::string> attributions;
  for (const Mention& m : test::shared_extractor().extract(document, text).mentions) {
    if (m.kind == MentionKind::ATTRIBUTION) attributions.push_back(m.text);
  }
  CHECK(attributions == std::vector<std::string>{"《金融时报》报道称"});
  // An unknown publication keeps its name without 《》; anonymous officials are anonymous.
  CHECK(first_mention("据《某某周刊》报道，H20需求旺盛。", "attribution")["source"] == "某某周刊");
  // Anonymous sources relayed by an outlet: the outlet is kept as `via`, for independence.
  auto relayed = first_mention("路透社援引三位知情人士的话报道，英伟达将推出B30A。", "attribution");
  CHECK(relayed["text"] == "路透社援引三位知情人士的话报道");
  CHECK(relayed["source"] == "anonymous");
  CHECK(relayed["via"] == "reuters");
  // A speaker the gazetteer does not know is named by role and name; a role alone is anonymous.
  auto spokesman = first_mention("商务部发言人何亚东表示，中方坚决反对。", "attribution");
  CHECK(spokesman["text"] == "发言人何亚东表示");
  CHECK(spokesman["source"] == "发言人何亚东");
  CHECK(first_mention("部分美方官员认为，H200是折衷方案。", "attribution")["source"] ==
        "anonymous");
  CHECK(first_mention("他表示，需求强劲。", "attribution").is_null());
  // A warning or a reminder before a comma is a statement; after 提出 a warning is a noun.
  CHECK(first_mention("瑞祥卫生组织警告，全球已有300万人感染。", "attribution")["source"] ==
        "瑞祥卫生组织");
  CHECK(first_mention("营养师王瑞祥提醒，每天摄入不宜超过5克。", "attribution")["source"] ==
        "营养师王瑞祥");
  CHECK(first_mention("瑞祥基金會曾對內容提出警告，昨天又播出3集。", "attribution").is_null());
  CHECK(first_mention("一位不愿透露姓名的官员告诉记者，910C已量产。", "attribution")["source"] ==
        "anonymous");
  // A source's name ends before the date it spoke on and the verb it published with.
  CHECK(first_mention("据美国媒体2日报道，星河市有3人受伤。", "attribution",
                      "2026-02-03")["source"] == "美国媒体");
  CHECK(first_mention("据辉宏地带卫生部门19日发布的数据，已有3000人遇难。", "attribution",
                      "2026-02-20")["source"] == "辉宏地带卫生部门");
  CHECK(first_mention("据星河媒体今天(7月31日)报道，3人受伤。", "attribution",
                      "2026-07-31")["source"] == "星河媒体");
  CHECK(first_mention("外交部发言人巴加埃22日表示，已有3人受伤。", "attribution",
                      "2026-05-23")["source"] == "发言人巴加埃");
  // ... and before a 方面 ('the side of'), a closing 等 and a day said in words.
  CHECK(first_mention("据星河卫生组织方面称，已有3人受伤。", "attribution")["source"] ==
        "星河卫生组织");
  CHECK(first_mention("据星河原子能机构等方面消息，辐射水平为0.3微西弗。",
                      "attribution")["source"] == "星河原子能机构");
  CHECK(first_mention("据星河卫生部当天发布的数据，已有3人遇难。", "attribution")["source"] ==
        "星河卫生部");
  // ... and before the circumstances it spoke in, a verb of reporting or a 的 at its end; a
  // time is no source.
  CHECK(first_mention("星河国防部长马尔琴科在会晤后称，已有3人受伤。", "attribution")["source"] ==
        "部长马尔琴科");
  CHECK(first_mention("根据星河统计局的数据，人口为300万。", "attribution")["source"] ==
        "星河统计局");
  CHECK(first_mention("根據星河內政部統計數據，人口為300萬。", "attribution")["source"] ==
        "星河内政部");
  CHECK(first_mention("根据4月9日以来的监测数据，水位上涨3米。", "attribution", "2025-05-01")
            .is_null());
  // 据此 ('accordingly') cites no one.
  CHECK(first_mention("据此建立星河风险基础数据库，覆盖300万人。", "attribution").is_null());
  // A source named after 根据 ends with its clause: no cue word in a later clause closes it.
  CHECK(first_mention("不过根據公司自結數，上半年稅前盈餘為8.5億元，每股稅前盈餘估計為0.57元。",
                      "attribution")
            .is_null());
}

namespace {

/// Every claim of `text` (reference date 2025-03-31).
std::vector<Claim> claims_of(const std::string& text) {
  const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = "2025-03-31";
  return test::shared_extractor().extract(document, text, options).claims;
}

/// The source of the first attribution mention of `text`, "(none)" without one.
std::string first_mention_source(const std::string& text) {
  const auto a = test::first_mention(text, "attribution", "2026-02-20");
  return a.is_null() ? std::string("(none)") : a["source"].get<std::string>();
}

/// The one claim of `text`: the test stops unless there is exactly one.
Claim only_claim(const std::string& text) {
  INFO(text);
  const auto claims = claims_of(text);
  REQUIRE(claims.size() == 1);
  return claims[0];
}

}  // namespace

TEST_CASE("a speaker neither the gazetteer nor a role names is the clause's opening name",
          "[extract][claims]") {
  using test::first_mention;
  auto source_of = [](const std::string& text) {
    const auto a = first_mention(text, "attribution", "2026-02-20");
    return a.is_null() ? std::string("(none)") : a["source"].get<std::string>();
  };
  // The name ends before the date it spoke on, its words of publishing and an adverb.
  CHECK(source_of("星河国防部10日称，已击落20架无人机。") == "星河国防部");
  CHECK(source_of("辉宏统计局19日公布的数据显示，物价同比上涨6.7%。") == "辉宏统计局");
  CHECK(source_of("星河协会最新统计数据显示，会员总数为1002.7万名。") == "星河协会");
  CHECK(source_of("王星河也表示，销量增长了8%。") == "王星河");
  CHECK(source_of("財報顯示，營收成長了12%。") == "财报");
  // 据 … up to a word of counting or monitoring, which inside a name (统计局) or a word (大数据)
  // closes nothing.
  CHECK(source_of("据星河海关统计，出口增长3%。") == "星河海关");
  CHECK(source_of("据星河统计局调查，收入增长6%。") == "星河统计局");
  CHECK(source_of("据星河部星河大数据监测，网络零售额增长9%。") == "星河部星河大数据");
  // No one is named: a pronoun, a phrase of manner, a byline, the data alone, a list.
  CHECK(source_of("他说，销量增长了8%。") == "(none)");
  CHECK(source_of("一般认为，销量增长了8%。") == "(none)");
  CHECK(source_of("数据显示，销量增长了7%。") == "(none)");
  CHECK(source_of("据不完全统计，已有300家企业入驻。") == "(none)");
  CHECK(source_of("【王星河╱台北報導】星河科技昨天表示，營收成長了12%。") == "星河科技");
  CHECK(source_of("时、分、秒各自显示，续航为40小时。") == "(none)");
  // A verb that also takes an object (介绍) attributes only when it ends its clause; 发布 never
  // does: what opens its clause is as often the thing published (《…方案》发布，) as its publisher.
  CHECK(source_of("星河小学校长王星河介绍，在校生为2900名。") == "星河小学校长王星河");
  CHECK(source_of("王星河介绍新款芯片，售价为3000元。") == "(none)");
  CHECK(source_of("《星河稳外资行动方案》发布，外资增长了5%。") == "(none)");
  // 据…的说法: the speakers the way of saying is theirs.
  CHECK(source_of("根据现任和前任员工的说法，年薪将减少5万美元。") == "现任和前任员工");
  // A verb of reckoning (预计) opens no speaker: the clause's subject is what is reckoned.
  CHECK(source_of("星河公路预计发送旅客3578.7万人次。") == "(none)");
  // A country's one-character abbreviation speaks before 称 (a heading's 俄称, 乌称), and only
  // there: 以 before 表示 is a preposition, 美称 after 的 a noun.
  CHECK(source_of("俄称击落296架无人机。") == "俄");
  CHECK(source_of("乌称俄对乌发动了150次袭击。") == "乌");
  CHECK(source_of("以表示感谢，星河公司捐赠了100万元。") == "(none)");
  CHECK(source_of("星河素有鱼米之乡的美称，去年接待游客300万人次。") == "(none)");
  // The speaker stays the subject of the statement's date.
  bool dated = false;
  for (const auto& c : claims_of("星河国防部10日称，已击落20架无人机。"))
    if (c.value.kind == ValueKind::DATE) dated = c.subject_text == "星河国防部";
  CHECK(dated);
}

TEST_CASE("a statement that names no subject of its own is its speaker's", "[extract][claims]") {
  auto subject_and_source = [](const std::string& text) {
    INFO(text);
    std::string found = "(no figure claim)";
    for (const auto& c : claims_of(text))
      if (c.value.kind != ValueKind::DATE)
        found = c.subject_text + " / " + (c.attribution ? c.attribution->source : "(none)");
    return found;
  };
  // 称，将提供…: the statement's figure is the speaker's, no claim dropped for want of a subject.
  CHECK(subject_and_source("星河国防部4日称，将提供5亿美元援助。") == "星河国防部 / 星河国防部");
  CHECK(subject_and_source("星河国防部10日称，已击落20架无人机。") == "星河国防部 / 星河国防部");
  // A statement made by an act of stating (发表声明): its maker is speaker and subject, with or
  // without a comma before the cue.
  CHECK(subject_and_source("星河外交部发表声明，称将提供5亿美元援助。") ==
        "星河外交部 / 星河外交部");
  CHECK(first_mention_source("星河外交部发表声明称，已击落3架无人机。") == "星河外交部");
  // A subject the statement names is its own (俄军 shot them down, as the ministry says).
  CHECK(subject_and_source("星河国防部10日称，星河军已击落20架无人机。") == "星河军 / 星河国防部");
  // A document or a report is no actor (声明说, 报道称); after 据 the speaker is the name.
  CHECK(subject_and_source("星河八国发表联合声明。声明说，8国决定调整产量。").rfind("声明 / ", 0) ==
        std::string::npos);
  CHECK(subject_and_source("但据星河FF表示，另外12亿美元没有到位。") == "星河FF / 星河FF");
  // A clause of the statement that opens with its own subject keeps it for the clauses after it.
  CHECK(subject_and_source("星河司长王星河说，全国农村低保标准从2068元，提高到4301元。") ==
        "农村低保标准 / 星河司长王星河");
  // The act of stating and the date it spoke on are no part of the speaker's name.
  CHECK(subject_and_source("星河武装发言人叶星河今天发表声明称，过去24小时，已击落3架无人机。") ==
        "星河武装发言人叶星河 / 星河武装发言人叶星河");
  // A known speaker is the subject of its statement's date, as a speaker named as written is.
  const auto dated =
      claims_of("美国总统川普8日表示，将允许芯片出口。黄仁勋12日表示，他对这项做法仍不确定。");
  REQUIRE(dated.size() == 2);
  CHECK(dated[1].subject == "jensen-huang");
  // In its own clause the speaker is no figure's subject (a heading glued before it).
  CHECK(subject_and_source("僅距百米來不及閃官員表示，兩艘船艦均隸屬打擊群。").find("官员") ==
        std::string::npos);
}

TEST_CASE("a sentence opening with 其中 is stated by the source of the sentence before",
          "[extract][claims]") {
  const std::string text =
      "星河邮政局最新数据显示，上半年，星河邮政行业寄递业务量累计完成1045.1亿件。"
      "其中，快递业务量累计完成956.4亿件，同比增长19.3%。"
      "快递业务收入累计完成6677.9亿元。";
  std::map<std::string, std::string> source_of;
  for (const auto& c : claims_of(text)) {
    const std::string value = text.substr(c.value_raw.begin, c.value_raw.end - c.value_raw.begin);
    source_of[value] = c.attribution ? c.attribution->source : "(none)";
  }
  CHECK(source_of["1045.1亿"] == "星河邮政局");
  CHECK(source_of["956.4亿"] == "星河邮政局");
  CHECK(source_of["19.3%"] == "星河邮政局");
  // A sentence that does not say it continues the one before is the publisher's.
  CHECK(source_of["6677.9亿元"] == "(none)");
}

namespace {

/// Extracts an article's claims and answers which subject the claim of a value has.
struct SubjectProbe {
  std::string text;
  std::vector<Claim> claims;

  void claims_in(const std::string& article) {
    text = article;
    claims = claims_of(article);
  }
  /// The claim whose raw value is `value`, or nullptr.
  const Claim* claim_at(const std::string& value) const {
    for (const auto& c : claims)
      if (text.substr(c.value_raw.begin, c.value_raw.end - c.value_raw.begin) == value) return &c;
    return nullptr;
  }
  /// The subject as written of the claim whose raw value is `value`, or "<no claim>".
  std::string subject_of(const std::string& value) const {
    const Claim* c = claim_at(value);
    return c ? c->subject_text : "<no claim>";
  }
  /// The metric as written of the claim whose raw value is `value`, or "<no claim>".
  std::string metric_of(const std::string& value) const {
    const Claim* c = claim_at(value);
    return c ? c->metric_text : "<no claim>";
  }
};

}  // namespace

TEST_CASE("statistics frames: month ranges, comparison bases, subjects within the sentence",
          "[extract][claims][frames]") {
  // 1—2月份: one period of two months; 较上月: the base compared with, not the period.
  auto claims = claims_of(
      "1—2月份，全国出口增长5%。3月份中国制造业采购经理指数为50.5%，较上月上升0.3个百分点。");
  REQUIRE(claims.size() == 3);
  REQUIRE(claims[0].period);
  CHECK(claims[0].period->start == "2025-01");
  CHECK(claims[0].period->end == "2025-02");
  CHECK(claims[0].period->kind == PeriodKind::YTD);
  CHECK(claims[1].subject == "中国制造业采购经理指数");  // not 份中国…
  REQUIRE(claims[2].period);
  CHECK(claims[2].period->start == "2025-03");
  // 比上年增长: the subject is the sentence's own, not the previous sentence's.
  claims = claims_of(
      "3月份中国制造业采购经理指数为50.5%"
      "。2024年，全国规模以上文化企业实现营业收入141510亿元，比上年增长6.0%。");
  REQUIRE(claims.size() == 3);
  CHECK(claims[2].subject == "规模以上文化企业");
  // An ordinal inside a title names the work; the edition before it is a figure.
  claims = claims_of("第5期《读书》刊登了文章《在第二次全体会议上的讲话》。");
  for (const auto& c : claims) CHECK(c.value.figure.value != 2);
  // 一 with a counter is an article; 两 with one counts, except people (两人: the two of them).
  SubjectProbe probe;
  probe.claims_in("星河公司推出一款新手机，并在两座城市开设门店，两人负责运营。");
  CHECK(probe.subject_of("一款") == "<no claim>");
  CHECK(probe.subject_of("两座") != "<no claim>");
  CHECK(probe.subject_of("两人") == "<no claim>");
  // A Chinese numeral before a measure word counts (三次), except 一 (再一次, 一场: words).
  probe.claims_in("张明三次获得全国冠军，再一次证明了实力。");
  CHECK(probe.subject_of("三") == "张明");
  CHECK(probe.claims.size() == 1);
  // A century is no count (19世纪, and 21世纪经济报道 is a paper's name).
  CHECK(claims_of("19世纪传统央行的重要角色就是帮助政府。").empty());
  // Nor is a generation (85后: born 1985-89).
  CHECK(claims_of("李咏的节目是85后的经典童年记忆。").empty());
  // Bare numbers, jersey numbers and one side of a score are no claims; ordinals are figures.
  claims = claims_of("火箭客场以80-98负于雷霆，0号库兹马得分，政协常委会第十七次会议举行。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.figure.unit == "ordinal");
  CHECK(claims[0].value.figure.value == 17);
}

TEST_CASE(
    "a figure with no period of its own refers back: 全年 to the latest year, 其中 to the "
    "sentence before",
    "[extract][claims][frames]") {
  const auto period_of = [](const std::vector<Claim>& claims, const std::string& text,
                            const std::string& value) -> std::optional<Period> {
    for (const auto& c : claims) {
      const std::string written = text.substr(c.value_raw.begin, c.value_raw.size());
      // 213.1万 of 213.1万名, 1000场以上 of 1000场
      if (!written.empty() && (value.rfind(written, 0) == 0 || written.rfind(value, 0) == 0))
        return c.period;
    }
    FAIL("no claim of " << value);
    return std::nullopt;
  };
  // xwlb-20250630-02 (published 2025-06-30): 全年 is the year the statistics are of, 2024.
  std::string text =
      "中央组织部最新党内统计数据显示，截至2024年底，中国共产党党员总数为10027.1万名。"
      "党员总量比上年增加1.1%。全年发展党员213.1万名，其中生产、工作一线的112.0万名，占52.6%。";
  auto claims = claims_of(text);
  for (const std::string value : {"213.1万名", "112.0万名", "52.6%"}) {
    INFO(value);
    const auto period = period_of(claims, text, value);
    REQUIRE(period);
    CHECK(period->start == "2024");
    CHECK(period->end == "2024");
    CHECK(period->text == "全年");
    CHECK(text.substr(period->raw.begin, period->raw.size()) == "全年");
  }
  CHECK_FALSE(period_of(claims, text, "1.1%"));  // 比上年 is a base, and no 全年 before it
  // With no year stated before, a forecast is of the publication year; after a period of this
  // year, of its year (both xwlb); an actual figure stays without a period.
  text = "预计全年汽车出口量有望超过400万辆，成为全球最大汽车出口国。";
  auto plan = period_of(claims_of(text), text, "超过400万辆");
  REQUIRE(plan);
  CHECK(plan->start == "2025");
  text =
      "国家税务总局数据显示，去年前10个月，个体工商户享受减税降费3285亿元，预计全年将达到4300亿元"
      "左右。";
  plan = period_of(claims_of(text), text, "达到4300亿元左右");
  REQUIRE(plan);
  CHECK(plan->start == "2024");
  text = "尽管遭受疫情反复冲击，全年社会消费品零售总额稳定在44万亿元左右。";
  CHECK_FALSE(period_of(claims_of(text), text, "44万亿元"));
  // 本季度 and 该季度 of a quarterly report are the quarter it reports, stated before them, not
  // the quarter it is published in (published 2025-03-31: 本季度 alone would be its first
  // quarter).
  text =
      "瑞祥公司今天公布了2024年第四季度财报。数据显示，本季度瑞祥公司营收282亿元。"
      "该季度瑞祥公司实现营业利润44.3亿元。";
  claims = claims_of(text);
  for (const std::string value : {"282亿元", "44.3亿元"}) {
    INFO(value);
    const auto quarter = period_of(claims, text, value);
    REQUIRE(quarter);
    CHECK(quarter->kind == PeriodKind::QUARTER);
    CHECK(quarter->start == "2024-10");
    CHECK(quarter->end == "2024-12");
  }
  CHECK(period_of(claims, text, "282亿元")->text == "本季度");
  CHECK(period_of(claims, text, "44.3亿元")->text == "该季度");
  // 同年 is the same year; an event's date written with its year states a year too.
  text = "2016年，瑞祥公司在星河市成立。同年，瑞祥公司营收达到5亿元。";
  auto same_year = period_of(claims_of(text), text, "达到5亿元");
  REQUIRE(same_year);
  CHECK(same_year->start == "2016");
  CHECK(same_year->text == "同年");
  text = "瑞祥公司在星河市成立。同年，瑞祥公司营收达到5亿元。";
  CHECK_FALSE(period_of(claims_of(text), text, "达到5亿元"));
  // xwlb-20250717-05: 其中 opens a part of the total just stated, of its period.
  text =
      "国家邮政局最新数据显示，上半年，邮政行业寄递业务量累计完成1045.1亿件，同比增长16.9%。"
      "其中，快递业务量累计完成956.4亿件，同比增长19.3%。";
  claims = claims_of(text);
  for (const std::string value : {"956.4亿件", "19.3%"}) {
    INFO(value);
    const auto period = period_of(claims, text, value);
    REQUIRE(period);
    CHECK(period->start == "2025-01");
    CHECK(period->end == "2025-06");
    CHECK(text.substr(period->raw.begin, period->raw.size()) == "上半年");
  }
  // An ordinal of an occurrence or edition says which one: no period (xwlb-20251215-04).
  text =
      "国务院副总理丁薛祥15日在重庆会见新加坡副总理颜金勇，并共同主持中新双边合作联委会第二十一次"
      "会议。";
  claims = claims_of(text);
  CHECK_FALSE(period_of(claims, text, "第二十一次"));
  // Without 其中 the next sentence's figure keeps no period from the one before.
  text = "上半年，邮政行业寄递业务量累计完成1045.1亿件。快递企业在西部地区增设集运中心20个。";
  CHECK_FALSE(period_of(claims_of(text), text, "20个"));
}

TEST_CASE("当月 is the month last stated, never the publication's", "[extract][claims][frames]") {
  const auto claim_of = [](const std::vector<Claim>& claims, const std::string& text,
                           const std::string& value) -> const Claim& {
    for (const auto& c : claims)  // 10亿元 of 10亿元人民币
      if (text.substr(c.value_raw.begin, c.value_raw.size()).rfind(value, 0) == 0) return c;
    FAIL("no claim of " << value);
    return claims.front();
  };
  // xwlb-20250906-17: the sentence after 7月's orders speaks of 当月, July again.
  std::string text =
      "德国联邦统计局5日公布的数据显示，经季节和工作日调整后，德国7月工业新订单环比下降2.9%，"
      "为连续第3个月下滑。该机构指出，当月包括飞机、船舶、火车等运输设备制造业新订单环比大幅下降"
      "38.6%，是工业新订单整体下降的主要原因。";
  auto claims = claims_of(text);
  const Claim& july = claim_of(claims, text, "2.9%");
  const Claim& that_month = claim_of(claims, text, "38.6%");
  REQUIRE(july.period);
  REQUIRE(that_month.period);
  CHECK(july.period->start.substr(5) == "07");
  CHECK(that_month.period->start == july.period->start);
  CHECK(that_month.period->end == july.period->start);
  CHECK(that_month.period->kind == PeriodKind::MONTH);
  CHECK(that_month.period->text == "当月");
  CHECK(text.substr(that_month.period->raw.begin, that_month.period->raw.size()) == "当月");
  CHECK(that_month.subject_text ==
        "飞机、船舶、火车等运输设备制造业新订单");  // 当月 opens a clause
  // p233-3bfc51d63459: across sentences, to the month of the article's latest period.
  text =
      "2017年12月，哈啰单车完成3.5亿美元D1轮融资。当月，哈啰单车又完成10亿元人民币D2轮融资，"
      "复星领投。";
  claims = claims_of(text);
  const Claim& d2 = claim_of(claims, text, "10亿元");
  REQUIRE(d2.period);
  CHECK(d2.period->start == "2017-12");
  // X月当月 is that month (published in April, 3月份当月 is March, not April).
  text = "3月份当月，全国工业生产者出厂价格同比上涨0.5%。";
  claims = claims_of(text);
  const Claim& march = claim_of(claims, text, "0.5%");
  REQUIRE(march.period);
  CHECK(march.period->start == "2025-03");
  CHECK(march.period->text == "3月份");
  // With no month stated before, 当月 says none.
  text = "当月，哈啰单车又完成10亿元人民币D2轮融资。";
  CHECK_FALSE(claim_of(claims_of(text), text, "10亿元").period);
}

TEST_CASE("a change is the change of a quantity: of the figure before it, or of its attribute",
          "[extract][claims][frames]") {
  // Two sentences of the same shape about different quantities of one subject: their growth
  // figures are not one question.
  auto claims = claims_of(
      "一季度，全国铁路完成固定资产投资1312亿元，同比增长5.2%。"
      "一季度，全国铁路发送旅客10.74亿人次，同比增长5.9%。");
  std::vector<const Claim*> growth;
  for (const auto& c : claims)
    if (c.value.kind == ValueKind::PERCENT) growth.push_back(&c);
  REQUIRE(growth.size() == 2);
  CHECK(growth[0]->metric == "growth:investment");
  CHECK((growth[0]->subject != growth[1]->subject || growth[0]->metric != growth[1]->metric));
  // 基础研究经费增长: a generic attribute after a named subject is what grows.
  claims = claims_of("2024年，我国研发经费投入强度达到2.68%，基础研究经费增长10.5%。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].metric == "growth:基础研究经费");
  // 互联 inside 工业互联网 names no chip-story metric.
  claims = claims_of("全国工业互联网标识解析二级节点达到45个。");
  for (const auto& c : claims) CHECK(c.metric.find("interconnect") == std::string::npos);
}

TEST_CASE("a day inside a holiday is no period the calendar can place, and no figure",
          "[extract][claims][frames]") {
  const auto claims = claims_of(
      "中秋国庆假期首日，全国铁路预计发送旅客1800万人次。春节假期前三天，全国重点零售企业销售额同比"
      "增长8.3%。");
  REQUIRE(claims.size() == 2);                         // not 三天 of 前三天
  for (const auto& c : claims) CHECK_FALSE(c.period);  // not the holiday's date
  CHECK(claims[1].subject == "重点零售企业");          // 销售额 joins the change: growth:sales
  CHECK(claims[1].metric == "growth:sales");
}

TEST_CASE("a date in a relative clause before a noun is no period of the figure",
          "[extract][claims][frames]") {
  // xwlb: the contract months of two futures, not the months of the day's price changes.
  const auto claims = claims_of(
      "截至当天收盘，纽约商品交易所7月交货的轻质原油期货价格上涨4.88%，8月交货的伦敦布伦特原油期货"
      "价格涨幅为4.34%。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) {
    INFO(c.metric_text);
    if (c.period) CHECK(c.period->text.find("交货") == std::string::npos);
    if (c.period) CHECK(c.period->start.substr(5) != "07");
    if (c.period) CHECK(c.period->start.substr(5) != "08");
  }
  // A month followed by the figure's own verb is its period.
  const auto own = claims_of("2月，全国新增的就业岗位达到120万个。");
  REQUIRE_FALSE(own.empty());
  REQUIRE(own[0].period);
  CHECK(own[0].period->start == "2025-02");
}

TEST_CASE("a holiday's break is the period of its figures, not the festival's day",
          "[extract][claims][frames]") {
  // xwlb 2025-09-30: 国庆中秋假期 is 1 to 8 October 2025, whichever holiday the break names last.
  const auto document = test::shared_normalizer().normalize(
      "国庆中秋假期预计全社会跨区域人员流动量超23亿人次。", SourceFormat::TEXT);
  ExtractOptions options;
  options.reference_date = "2025-09-30";
  const auto claims =
      test::shared_extractor()
          .extract(document, "国庆中秋假期预计全社会跨区域人员流动量超23亿人次。", options)
          .claims;
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].period);
  CHECK(claims[0].period->start == "2025-10-01");
  CHECK(claims[0].period->end == "2025-10-08");
}

TEST_CASE("a reported quarter without its year that would end after publication is last year's",
          "[extract][claims][frames]") {
  // Published 2025-03-31: 二季度 reported as done is 2024's; 一季度 (ending this month) and a
  // forecast keep the publication year.
  const auto claims = claims_of(
      "一季度国内生产总值同比增长5.4%，二季度同比增长5.2%。三季度国内生产总值预计增长5%。");
  REQUIRE(claims.size() == 3);
  REQUIRE(claims[0].period);
  CHECK(claims[0].period->start == "2025-01");
  REQUIRE(claims[1].period);
  CHECK(claims[1].period->start == "2024-04");
  CHECK(claims[1].period->end == "2024-06");
  REQUIRE(claims[2].period);
  CHECK(claims[2].modality == Modality::FORECAST);
  CHECK(claims[2].period->start == "2025-07");
  // A month written without its year takes the publication's even after the article wrote
  // another year, and so may still be last year's (xwlb-20230112-07, published 2023-01-12).
  const std::string report =
      "从2022年全年平均看，全国居民消费价格指数（CPI）同比上涨2.0%。从12月当月看，CPI同比上涨1.8%"
      "。";
  const auto document = test::shared_normalizer().normalize(report, SourceFormat::TEXT);
  ExtractOptions january;
  january.reference_date = "2023-01-12";
  const auto december = test::shared_extractor().extract(document, report, january).claims;
  REQUIRE(december.size() == 2);
  REQUIRE(december[1].period);
  CHECK(december[1].period->start == "2022-12");
  CHECK(december[1].period->text == "12月");
  // Taiwan's 可望 and 預估 forecast too (aitlas finance): this year's third quarter.
  const auto taiwan = claims_of("華冠營收可望於第3季成長15%。");
  REQUIRE(taiwan.size() == 1);
  CHECK(taiwan[0].modality == Modality::FORECAST);
  REQUIRE(taiwan[0].period);
  CHECK(taiwan[0].period->start == "2025-07");
  CHECK(claims_of("法人預估華冠第3季出貨量成長10%。").at(0).modality == Modality::FORECAST);
}

TEST_CASE("a day's date opening a clause dates the event of any verb after it",
          "[extract][claims][frames]") {
  // 下午 and a clock reading belong to the date; the clock is no figure.
  auto claims = claims_of("28日下午3时20分，第十五届航展在珠海开幕。");
  const auto event = std::find_if(claims.begin(), claims.end(),
                                  [](const Claim& c) { return c.value.kind == ValueKind::DATE; });
  REQUIRE(event != claims.end());
  CHECK(event->value.date.date == "2025-03-28");
  CHECK(event->metric_text == "开幕");
  CHECK(event->subject == "第十五届航展");
  for (const auto& c : claims) CHECK(c.value.kind != ValueKind::NUMBER);  // neither 3 nor 20
  // An hour with its minutes is a clock without a date too (p233-bc25eb4d7152); an hour alone
  // may count points.
  CHECK(claims_of("3、六点三十五分学生下课，吃早饭。").empty());
  CHECK(claims_of("学生6点20分到达学校。").empty());
  // A verb of jieba's lexicon that the hand-picked event verbs lack (关闭).
  claims = claims_of("27日，沿海多座港口因大风关闭。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.date == "2025-03-27");
  CHECK(claims[0].metric_text == "关闭");
  // A figure in the clause takes the date as its period: no event.
  claims = claims_of("27日，全市接待游客12万人次。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.kind == ValueKind::QUANTITY);
  // A month or a year before such a verb dates an event only when no figure follows in the
  // sentence: otherwise it is the figures' period.
  claims = claims_of("今年1月，沿海多座港口关闭，全市接待游客12万人次。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.kind == ValueKind::QUANTITY);
  claims = claims_of("1998年，张明在杭州创办了一家软件公司。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.date == "1998");
  CHECK(claims[0].subject_text == "张明");
  // A range of years dates an event the same way (a term of office, a journey).
  claims = claims_of("华勒沙在1990到1995年间担任波兰总统。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.date == "1990");
  CHECK(claims[0].value.date.date_end == "1995");
  CHECK(claims[0].metric_text == "担任");
  CHECK(claims[0].subject_text == "华勒沙");
  // A verb with 于 right before the date: what happened then.
  claims = claims_of("《南方周末》创办于1984年，总部位于广州。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.date == "1984");
  CHECK(claims[0].metric_text == "创办");
  CHECK(claims[0].subject_text == "《南方周末》");  // a title keeps its marks
  // A rarer verb of jieba's lexicon (event_verbs.txt: 自首, 断交) dates an event too.
  claims = claims_of("那名嫌犯昨天向警方自首。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.date == "2025-03-30");
  CHECK(claims[0].metric_text == "自首");
  // An age before the date is no figure the date could be the period of.
  claims = claims_of("22岁的嫌犯苏萨昨天向警方自首。");
  CHECK(std::any_of(claims.begin(), claims.end(), [](const Claim& c) {
    return c.value.kind == ValueKind::DATE && c.metric_text == "自首";
  }));
  // …but never where a frequent word reads the characters otherwise (上 + 表示, not 上表).
  claims = claims_of("那名嫌犯昨天在社群媒体上表示不服。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].metric_text == "表示");
  CHECK(claims_of("1951年，中国与梵蒂冈断交。").at(0).metric_text == "断交");
  // A clause of circumstances (以…罪) after the date: the verb opens the next clause.
  claims = claims_of("洛杉矶法官帕斯特昨天以伤害罪为由，判处被告有罪。");
  const auto judged = std::find_if(claims.begin(), claims.end(),
                                   [](const Claim& c) { return c.value.kind == ValueKind::DATE; });
  REQUIRE(judged != claims.end());
  CHECK(judged->value.date.date == "2025-03-30");
  CHECK(judged->metric_text == "判处");
  CHECK(judged->subject_text == "洛杉矶法官帕斯特");
  // Not across a sentence, and not to a clause with a figure of its own (its period).
  CHECK(claims_of("昨天以来的事。判处被告四年徒刑。").size() <= 1);
  claims = claims_of("今年以来，全市接待游客12万人次。");
  for (const auto& c : claims) CHECK(c.value.kind != ValueKind::DATE);
  // After a day's date, the first word of the predicate when the lexicon knows no verb there
  // (jieba tags 对阵 and 发文 as nouns), past the time of day and the adverbs.
  claims = claims_of("挪威U21队随后在11月21日将对阵土耳其U21国家队。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.date == "2025-11-21");
  CHECK(claims[0].metric_text == "对阵");
  claims = claims_of("云南民族大学官微30日晚间发文悼念。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].metric_text == "发文");
  // 是 and a date that ends the clause: when the subject was; a day that is an observance.
  claims = claims_of("插刀门事件是2012年，此后两人再无合作。");
  REQUIRE_FALSE(claims.empty());
  CHECK(claims[0].value.date.date == "2012");
  CHECK(claims[0].subject_text == "插刀门事件");
  claims = claims_of("今天（3月31日）是第九个全国科技工作者日。");
  const auto observed = std::find_if(
      claims.begin(), claims.end(), [](const Claim& c) { return c.value.kind == ValueKind::DATE; });
  REQUIRE(observed != claims.end());
  CHECK(observed->value.date.date == "2025-03-31");
  CHECK(observed->subject_text == "第九个全国科技工作者日");
  CHECK(claims_of("今天是个好天气。").empty());
  // …but a qualifier of the date, or a dateline with its time of day, is no event.
  CHECK(claims_of("而在一周前左右，还有。").empty());
  CHECK(claims_of("新浪科技讯 11月6日上午消息").empty());
  // The base of a comparison dates nothing.
  CHECK(claims_of("与去年相比，港口的吞吐能力有了明显提升。").empty());
  CHECK(claims_of("港口的吞吐能力比去年有了明显提升。").empty());
}

TEST_CASE("a match's score is a claim of its winner, the verb after it notwithstanding",
          "[extract][claims][frames]") {
  const auto claims =
      claims_of("决赛中，刘诗雯以4比0横扫对手，四局比分是11比3、11比2、11比2、13比11。");
  REQUIRE(claims.size() == 5);
  for (const auto& c : claims) {
    CHECK(c.value.kind == ValueKind::SCORE);
    CHECK(c.subject == "刘诗雯");
  }
  CHECK(*claims[4].value.figure.value == 13);
  CHECK(*claims[4].value.figure.against == 11);
  const auto json = to_json(claims[0].value);
  CHECK(json["kind"] == "score");
  CHECK(json["against"] == 0.0);
  ClaimValue back;
  from_json(json, back);
  CHECK(back.kind == ValueKind::SCORE);
  CHECK(*back.figure.against == 0.0);
}

TEST_CASE("a level reached is no change, and the year compared with is no period",
          "[extract][claims][frames]") {
  // 提高到 states the new level: never the canonical growth a change would be grouped with.
  auto claims = claims_of("全省森林覆盖率由2015年的40.1%提高到2024年的43.6%。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].metric_text == "提高到");
  CHECK(claims[1].metric.rfind("growth", 0) != 0);
  REQUIRE(claims[1].period);
  CHECK(claims[1].period->start == "2024");
  // 增长5%: a change stays a change.
  claims = claims_of("2024年全省旅游收入增长5%。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].metric.rfind("growth", 0) == 0);
  // 恢复到2019年同期的112%: 2019 is the base, not the period.
  claims = claims_of("今年一季度，全市接待游客人次恢复到2019年同期的112%。");
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].period);
  CHECK(claims[0].period->start == "2025-01");
}

TEST_CASE("an annual average is no one year's figure", "[extract][claims][frames]") {
  auto claims = claims_of("全省粮食产量由2015年的600万吨增加到2024年的720万吨，年均增长2.1%。");
  REQUIRE(claims.size() == 3);
  CHECK_FALSE(claims[2].period);  // not 2024
  claims = claims_of("2016—2024年，全省粮食产量年均增长2.1%。");
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].period);
  CHECK(claims[0].period->start == "2016");
  CHECK(claims[0].period->end == "2024");
}

TEST_CASE("the noun a figure describes, list items and anniversaries name their own subjects",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // 的 + noun: the figure describes the noun; the generic phrase before it is the metric.
  probe.claims_in("在占地面积12平方公里的滨江新城，新建学校陆续开学。");
  CHECK(probe.subject_of("12平方公里") == "滨江新城");
  // A count opening its clause counts the noun after it; after a verb, the verb's object.
  probe.claims_in("阅兵开始后，6架直-20直升机低空飞过，全市共投入3000名志愿者。");
  CHECK(probe.subject_of("6架").rfind("直-20直升机", 0) == 0);
  CHECK(probe.subject_of("3000") != "志愿者");
  // A figure alone in brackets after a name is the name's.
  probe.claims_in("警方查明，嫌犯王某（三十二岁）与同伙李某（三十六岁）均已到案。");
  CHECK(probe.subject_of("三十二") == "嫌犯王某");
  CHECK(probe.subject_of("三十六") == "同伙李某");
  // After a short word in the brackets too (a stock's fall, a suspect's sex and age); a
  // conversion after a figure stays no subject.
  probe.claims_in("地产股昨大幅下跌，尤其是甲城（跌8.75%）、乙岸（跌5.28%）等跌幅较深。");
  CHECK(probe.subject_of("8.75%") == "甲城");
  CHECK(probe.subject_of("5.28%") == "乙岸");
  probe.claims_in("落网四嫌是王立新（女、十九岁）、李小明（二十一岁）。");
  CHECK(probe.subject_of("十九") == "王立新");
  // An age after a count's measure word and 、 starts the next item too.
  probe.claims_in("他有两个女儿，大女儿王爱林已11岁、小女儿王言爱6岁。");
  CHECK(probe.subject_of("6").find("王言爱") != std::string::npos);
  // An age before the noun a figure describes is skipped; a gloss in brackets is no part of it.
  probe.claims_in("怀孕5个月的16岁高中少女昨天获救。");
  CHECK(probe.subject_of("5个月") == "高中少女");
  // An age right before a noun is the noun's; after a scope word alone a count counts the noun.
  probe.claims_in("少女遇害2周后，曾被传唤的56岁男子服毒自杀。");
  CHECK(probe.subject_of("56").rfind("男子", 0) == 0);
  probe.claims_in("全省1300多万医务人员坚守一线。");
  CHECK(probe.subject_of("1300多万") == "医务人员");
  // A count of a generic noun after a subject named in the sentence counts that subject's
  // things: the subject is the one named, the noun what is counted.
  probe.claims_in("山东烟台蓬莱区推出特色文旅活动，1000多名党员志愿者在各大景区为游客提供服务。");
  CHECK(probe.subject_of("1000多") == "山东烟台蓬莱区");
  // A word of accumulation opening the clause is no part of the subject.
  probe.claims_in("春节假期9天里，累计移动互联网用户接入流量达到了674.5万TB。");
  CHECK(probe.subject_of("674.5万TB").rfind("移动互联网", 0) == 0);
  probe.claims_in("警方逮捕了20岁的职业足球选手桑多斯（Lucas Santos）。");
  CHECK(probe.subject_of("20") == "职业足球选手桑多斯");
  // The year of a class opening the phrase is part of it (2025届 and 2024届 are two cohorts).
  probe.claims_in("2025届高校毕业生规模预计达1222万人。");
  CHECK(probe.subject_of("达1222万人") == "2025届高校毕业生");
  // A metric word that ends a longer word (总产值, 年产量) is read as that word: its first
  // characters are no part of the subject.
  probe.claims_in("2022年我国光伏行业总产值突破1.4万亿元。");
  CHECK(probe.subject_of("突破1.4万亿元") == "光伏行业");
  CHECK(probe.metric_of("突破1.4万亿元") == "总产值");
  probe.claims_in("宁夏枸杞年产量达到12万吨。");
  CHECK(probe.subject_of("达到12万吨") == "宁夏枸杞");
  // A bare year before the name of a recurring event numbers its edition: the event is the
  // topic of the counts after it.
  probe.claims_in(
      "2026中关村国际技术交易大会，围绕“全球买、全球卖”目标，500多个高质量项目集中亮相。");
  CHECK(probe.subject_of("500多个") == "中关村国际技术交易大会");
  CHECK(probe.metric_of("500多个") == "高质量项目");
  // A locative of place after a noun whose last character would open a word with it (大会|上,
  // 平台|上) places the figure; it is no part of the subject.
  probe.claims_in("长三角的工业互联网平台上，已有5000多家企业。");
  CHECK(probe.subject_of("5000多家") == "长三角的工业互联网平台");
  probe.claims_in("火车上有300名乘客。");
  CHECK(probe.subject_of("300") == "火车");
  // 比, what is compared with and a predicate of comparison before the figure: the subject is
  // the phrase before the last 比, the comparison what is measured.
  probe.claims_in("星河电池比同类产品轻20%。");
  CHECK(probe.subject_of("20%") == "星河电池");
  CHECK(probe.metric_of("20%") == "比同类产品轻");
  probe.claims_in("蘋果股票的預估本益比比S&P 500指數低13%。");
  CHECK(probe.subject_of("13%") == "蘋果股票的預估本益比");
  // A subject too long is cut from the left at a word's edge, never inside a name (中国共产党).
  probe.claims_in(
      "中国共产党第二十届中央纪律检查委员会第四次全体会议，于2025年1月6日至8日在北京举行。");
  CHECK(probe.subject_of("2025年1月6日至8日") ==
        "中国共产党第二十届中央纪律检查委员会第四次全体会议");
  // A scope word opening an institution's name is part of the name (欧洲央行 is no 央行 in Europe).
  probe.claims_in("欧洲央行4日决定将欧元区三大关键利率下调25个基点。");
  CHECK(probe.subject_of("25个基点") == "欧洲央行");
  REQUIRE(probe.claim_at("25个基点"));
  CHECK(probe.claim_at("25个基点")->scope.empty());
  // An organisation's abbreviation whose end opens a rare verb (妇联 | 联在) is read whole.
  probe.claims_in("今天（3月2日），全国妇联在京举行纪念“三八”国际妇女节暨表彰大会。");
  CHECK(probe.subject_of("3月2日") == "全国妇联");
  // Nouns that jieba tags as verbs (产能, 通道, 知识) are read as nouns: no verb cuts them off.
  probe.claims_in("一半以上的煤炭产能实现数字化开采。");
  CHECK(probe.subject_of("一半以上") == "煤炭产能");
  probe.claims_in("前11个月，知识密集型服务进出口2.4万亿元。");
  CHECK(probe.subject_of("2.4万亿元") == "知识密集型服务");
  // Items after 、 name their own subjects and share the measure of the first (则 ends one).
  probe.claims_in("去年末，甲市常住人口为1200万人、乙市为980万人、丙市则为760万人。");
  CHECK(probe.subject_of("980万人") == "乙市");
  CHECK(probe.subject_of("760万人") == "丙市");
  for (const auto& c : probe.claims) CHECK(c.metric == "population");
  // An anniversary is of what the verb before it names.
  probe.claims_in("两国领导人互致贺电，庆祝中法建交60周年。");
  CHECK(probe.subject_of("60") == "中法");
  probe.claims_in("纪念全民族抗战爆发88周年仪式在京举行。");
  CHECK(probe.subject_of("88") == "全民族抗战");
  // A count after such a verb counts things, not years: of the subject before.
  probe.claims_in("如今，星河市平均每天就要诞生5家高新技术企业。");
  CHECK(probe.subject_of("5家") == "星河市");
  // 四川 opens with a numeral but counts nothing; a clause opening with its verb continues.
  probe.claims_in("四川将打造12条重点产业链。");
  CHECK(probe.subject_of("12条") == "四川");
}

TEST_CASE("a verb, a date or an attribute word before a figure is not its subject",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // A clause opening with its verb: the verb's object, or else the subject named before.
  probe.claims_in("张伟在面对北京队的比赛中，砍下31分12篮板。");
  CHECK(probe.subject_of("31") == "张伟");
  CHECK(probe.subject_of("12") == "张伟");
  probe.claims_in("李强首节状态低迷，只投进9分。");
  CHECK(probe.subject_of("9").rfind("李强", 0) == 0);
  probe.claims_in("全省今年要稳定粮食播种面积，确保油菜籽1200万亩以上。");
  CHECK(probe.subject_of("1200万亩以上") == "油菜籽");
  // A date inside the phrase before the figure is its time: neither subject nor metric.
  probe.claims_in("王女士今年68岁，每天坚持晨练。");
  CHECK(probe.subject_of("68") == "王女士");
  for (const auto& c : probe.claims) CHECK(c.metric_text.empty());
  // The noun after a count's measure word and 的 is what the count describes.
  probe.claims_in("45岁的李明上周在马拉松比赛中夺冠。");
  CHECK(probe.subject_of("45") == "李明");
  // One attribute word continues the subject of the sentence before.
  probe.claims_in("新款保温杯由本市企业研制。高度22厘米，容量仅为500毫升。");
  CHECK(probe.subject_of("22厘米") == "新款保温杯");
  CHECK(probe.subject_of("仅为500毫升") == "新款保温杯");
  // A space between Han characters separates a headline's clauses (not inside a title).
  probe.claims_in("滨江大桥主体完工 宁波舟山港货物吞吐量突破13亿吨");
  CHECK(probe.subject_of("突破13亿吨") == "宁波舟山港");
  // The amounts of an ingredient list are the dish's, named before the head word.
  probe.claims_in("香肠焗斜管面材料：斜管通心面80克、香肠60克，洋葱末、起司丝20克。");
  CHECK(probe.subject_of("80克") == "香肠焗斜管面");
  CHECK(probe.subject_of("60克") == "香肠焗斜管面");
  CHECK(probe.subject_of("20克") == "香肠焗斜管面");
  // A discourse idiom alone in its clause names no topic; 当中 opens a clause.
  probe.claims_in("顾名思义，混合接力全程2000米。");
  CHECK(probe.subject_of("2000米").rfind("混合接力", 0) == 0);
  // 每坪, 单坪开价: a share or a rate of the subject named before, not a subject of its own.
  probe.claims_in("鸿远集团推出总销60亿元的「鸿远新城」预售案，单坪开价48万元。");
  CHECK(probe.subject_of("48万元").find("鸿远") != std::string::npos);
  // The noun after 每 and a numeral is a rate's denominator, not the metric.
  probe.claims_in("到2025年，全省每千人口医师数3.2人。");
  CHECK(probe.subject_of("3.2人").find("医师") != std::string::npos);
  // A pronoun after a lead-in is its speaker's, even one named by common words.
  probe.claims_in("星河电子方面表示，尽管公司第三季度营收同比下降4.03%，但毛利率有所提高。");
  CHECK(probe.subject_of("4.03%") == "星河电子");
  // An adverb before a verbal noun makes a predicate (不影响…), no subject of its own.
  probe.claims_in("王小丽前年结婚，不影响广告地位，酬劳涨为六千万日元。");
  CHECK(probe.subject_of("六千万日元").rfind("王小丽", 0) == 0);
  // What occurs after 发生 is the noun the figure describes; the next clause's attribute is its.
  probe.claims_in("今天上午，某群岛地区发生7.4级地震，震源深度50公里。");
  CHECK(probe.subject_of("7.4") == "地震");
  CHECK(probe.subject_of("50公里") == "地震");
  // A demonstrative and a place's classifier refer back; the name after them is the subject.
  probe.claims_in("随着野火逼近，该省甲德森城一个月内第二次发布疏散令，涉及当地约8000名居民。");
  CHECK(probe.subject_of("第二次") == "甲德森城");
  // A stop word inside a title is part of the title (求是).
  probe.claims_in("11月16日出版的第22期《求是》杂志发表重要文章。");
  CHECK(probe.subject_of("11月16日").find("《求是》杂志") != std::string::npos);
  // A pronoun continues the subject the sentence before opened with.
  probe.claims_in("黄河钢铁今年扩建了厂房，新厂房由李氏集团承建。其年产能为500万吨。");
  CHECK(probe.subject_of("500万吨") == "黄河钢铁");
}

TEST_CASE("a subject is a noun phrase: function words open none and end one",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // A modal or an adverb after the noun phrase ends it; the predicate is the metric.
  probe.claims_in("参赛队员要在5分钟内跑完全程。");
  CHECK(probe.subject_of("5分钟") == "参赛队员");
  probe.claims_in("星河公司打算募集300万元。");
  CHECK(probe.subject_of("300万元") == "星河公司");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "募集");
  // A phrase of function words only names nothing: the subject named before continues, and an
  // amount right after a change is the new level of the quantity that changed.
  probe.claims_in("星河公司营收增长了12%，基本上达到3亿元。");
  CHECK(probe.subject_of("达到3亿元") == "星河公司");
  CHECK(probe.metric_of("达到3亿元") == "营收");
  // A pronoun after a time phrase is the clause's subject: who it refers to is named before.
  probe.claims_in("王小明是一名歌手。近年来他转行经商，去年开了3家餐厅。");
  CHECK(probe.subject_of("3家") == "王小明");
  // Quotation marks and title marks whose partner lies inside the subject stay.
  probe.claims_in("总投资超50亿元的“绿电”项目开工。");
  CHECK(probe.subject_of("超50亿元") == "“绿电”项目");
}

TEST_CASE("a subject phrase opens with no verb, rare or not, and ends inside no word",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // A rarer verb of jieba's lexicon (配发, 订出: predicate_verbs.txt) opens a predicate: its
  // object, or the subject named before, is the figure's.
  probe.claims_in(
      "統一超（2912）昨舉行法說會。配發3.4元現金股息2005年統一超營收豐收，營收達936.7億元，"
      "成長15.7%。");
  CHECK(probe.subject_of("達936.7億元").rfind("統一超", 0) == 0);
  CHECK(probe.subject_of("15.7%").rfind("統一超", 0) == 0);
  probe.claims_in("徐重仁表示，並訂出深圳康是美將在今年達到20家。");
  CHECK(probe.subject_of("達到20家") == "深圳康");
  // Before an attribute of common words it is part of a compound noun; before 的 it qualifies
  // the noun after it.
  probe.claims_in("其中，快递业务量累计完成956.4亿件，同比增长19.3%。");
  CHECK(probe.subject_of("956.4亿") == "快递业务量");
  probe.claims_in("涉事的海象叫「大牙」，有1500多公斤重。");
  CHECK(probe.subject_of("1500多公斤").find("大牙") != std::string::npos);
  // A phrase cut inside a verb (认|为) or ending in an adverb (曾, 就 of 就是) ends before it.
  probe.claims_in(
      "步姊與宇多田近年唱片買氣逐漸疲弱，但廠商認為她們在亞洲知名度高，心甘情願掏出兩千八百萬元"
      "台幣邀雙姝代言。");
  CHECK(probe.subject_of("兩千八百萬元台幣").find("廠商認") == std::string::npos);
  probe.claims_in("黃芳彥曾在老爺酒店的飯局告訴競逐SOGO的兩個集團代表。");
  CHECK(probe.subject_of("兩個") != "黃芳彥曾");
  probe.claims_in("互联网就是这样，去年有1万个普通人参与评选。");
  for (const auto& c : probe.claims) CHECK(c.subject_text != "互联网就");
  // A clause that opens with an adverb and a verb names no topic for the clauses after it: the
  // subject named before it continues.
  probe.claims_in(
      "iPeer日前已經以換股方式，陸續引進滾石移動與華研唱片，估計未來1~2周內將召開董事會。");
  CHECK(probe.subject_of("1~2周") == "iPeer");
}

TEST_CASE("a body of the organisation and a metric written in full refer to the topic",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // 每股稅後純益 before EPS is the metric written in full, and names no topic; 董事會 is the
  // board of the company named before.
  probe.claims_in(
      "統一超（2912）昨舉行法說會。每股稅後純益EPS為3.99元，為歷年第2高。董事會並通過配發3.4元現"
      "金股息，也是10年來新高。");
  CHECK(probe.subject_of("3.99元").rfind("統一超", 0) == 0);
  CHECK(probe.subject_of("3.4元").rfind("統一超", 0) == 0);
  for (const auto& c : probe.claims)
    if (c.metric_text.find("EPS") != std::string::npos) CHECK(c.metric_text == "每股稅後純益EPS");
  // Without an organisation named before, the board is the subject itself.
  probe.claims_in("董事會並通過配發3.4元現金股息。");
  CHECK(probe.subject_of("3.4元") == "董事會");
  // The school, the hospital, the group: the institution of the speaker of the lead-in.
  probe.claims_in("石狮市实验中学附小校长庄鹏锟介绍，目前学校在校生2900名。");
  CHECK(probe.subject_of("2900").rfind("石狮市实验中学附小", 0) == 0);
}

TEST_CASE("an event date dates the noun of its relative clause, or what occurs",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // Date, verb, 的: the noun after it is what the date is of, the verb its event.
  probe.claims_in(
      "日前，部分加拿大民众在美国驻多伦多总领馆前抗议11日开始的北约峰会，谴责北约是全球和平与安全的"
      "最大威胁。");
  CHECK(probe.subject_of("11日开始") == "北约峰会");
  probe.claims_in("11月16日出版的第22期《求是》杂志发表重要文章。");
  CHECK(probe.subject_of("11月16日") == "第22期《求是》杂志");
  for (const auto& c : probe.claims) CHECK(c.metric_text == "出版");
  // After 发生 (and its figure), the event that occurs.
  probe.claims_in("今天（10月10日）上午9时43分，菲律宾群岛地区发生7.4级地震，震源深度50公里。");
  CHECK(probe.subject_of("10月10日") == "地震");
  probe.claims_in("台北縣前天發生孕婦及前夫同死的駭人案件。");
  CHECK(probe.subject_of("前天").rfind("孕婦及前夫", 0) == 0);
  // An event the noun only starts (航班|延误) is a clause: the place before the verb stays.
  probe.claims_in("9日，芝加哥奥黑尔国际机场等多个机场出现航班延误。");
  CHECK(probe.subject_of("9日").rfind("芝加哥奥黑尔国际机场", 0) == 0);
}

TEST_CASE("a metric word is no subject, unless nothing else can be", "[extract][claims][frames]") {
  SubjectProbe probe;
  // A metric word before the change (年薪將減少) is the metric; with nothing named before it
  // stays the subject, so the figure is kept.
  probe.claims_in(
      "從5月1日起就在Faraday Future工作的全職員工將可以選擇繼續留在公司，年薪將減少5萬美元。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "年薪將減少");
  probe.claims_in("每股稅後純益EPS為3.99元，為歷年第2高。");
  CHECK(probe.subject_of("第2高") == "每股稅後純益");
  // A headline's figure with nothing named before it keeps the metric word as its subject (it
  // was dropped).
  probe.claims_in("外贸增速转正 一季度进出口总值同比增长4.8%");
  CHECK(probe.subject_of("4.8%") == "进出口总值");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "进出口总值同比增长");
}

TEST_CASE("an ordinal right after a noun phrase numbers that body's meetings",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  probe.claims_in("李强在国务院第二次廉政工作会议上强调，深入推进政府党风廉政建设。");
  CHECK(probe.subject_of("第二次") == "国务院");
  probe.claims_in(
      "新华社播发李希同志在中国共产党第二十届中央纪律检查委员会第四次全体会议上的工作报告。");
  CHECK(probe.subject_of("第四次").find("第二十届中央纪律检查委员会") != std::string::npos);
  // A byline before the ordinal is no body (【记者╱综合报导】第33届…).
  probe.claims_in("【陳泓銘╱綜合報導】第33屆法國凱撒獎揭曉，最佳影片由《人生決勝球》奪得。");
  CHECK(probe.subject_of("第33屆").find("報導") == std::string::npos);
}

TEST_CASE("a change on the previous period is no year-on-year change",
          "[extract][claims][frames]") {
  const auto claims = claims_of("星河半导体三季度营收24.5亿美元，同比增长2%，环比增长7%。");
  std::vector<std::string> metrics;
  for (const auto& c : claims) metrics.push_back(c.metric);
  CHECK(metrics ==
        std::vector<std::string>{"revenue", "growth:revenue", "sequential_growth:revenue"});
}

TEST_CASE("an outlet's byline opening the article is no subject", "[extract][claims][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "科技日报讯 北京时间11月1日早间消息，星河半导体公司三季度营收达到24.5亿美元，同比增长2%。");
  CHECK(probe.subject_of("达到24.5亿美元") == "星河半导体公司");
  CHECK(probe.subject_of("2%") == "星河半导体公司");
  for (const auto& c : probe.claims) CHECK(c.subject_text.find("日报讯") == std::string::npos);
}

TEST_CASE("an undated article's event dates keep an unknown year or the words as written",
          "[extract][claims]") {
  auto undated = [](const std::string& text) {
    const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
    return test::shared_extractor().extract(document, text, {}).claims;
  };
  auto claims = undated("3月25日，张明在杭州创办了一家软件公司。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].metric == "event_date");
  CHECK(claims[0].value.kind == ValueKind::DATE);
  CHECK(claims[0].value.date.date.empty());
  CHECK(claims[0].value.date.partial == "XXXX-03-25");
  const auto json = to_json(claims[0]);
  CHECK(json["value"]["date"] == "");
  CHECK(json["value"]["partial"] == "XXXX-03-25");
  CHECK(json.get<Claim>().value.date.partial == "XXXX-03-25");  // the stored form reads back
  claims = undated("昨天，张明在杭州创办了一家软件公司。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.date.unresolved == "昨天");
  CHECK_FALSE(claims[0].period.has_value());
  // A figure after a date of unknown year has no period (never a bogus year).
  claims = undated("3月，张明的公司营收达到30亿元。");
  REQUIRE_FALSE(claims.empty());
  CHECK_FALSE(claims.back().period.has_value());
}

TEST_CASE(
    "a date dates an event when the figures after it are another date's, durations or a "
    "few of its participants",
    "[extract][claims][frames]") {
  auto undated = [](const std::string& text) {
    const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
    return test::shared_extractor().extract(document, text, {}).claims;
  };
  auto event_dates = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& c : undated(text))
      if (c.metric == "event_date")
        out.push_back(text.substr(c.value_raw.begin, c.value_raw.end - c.value_raw.begin));
    return out;
  };
  // The figures after 去年 take 去年 as their period; 前年 dates the wedding.
  CHECK(event_dates("王小丽前年结婚，酬劳由去年的四千五百万日元涨为六千万日元。") ==
        std::vector<std::string>{"前年"});
  // A duration or an age after the date is no figure of its period.
  CHECK(event_dates("2006年5月，张明在杭州创办公司，展开两周宣传。") ==
        std::vector<std::string>{"2006年5月"});
  // A few people or things counted after a day's date take part in its event.
  CHECK(event_dates("张明昨天到达台北，参加两个节目。") == std::vector<std::string>{"昨天"});
  // A clock reading after the date is no figure of it.
  CHECK(event_dates("三凤宫今天起至24日每晚7时30分，举办歌仔戏活动。") ==
        std::vector<std::string>{"今天起至24日"});
  // A clause of circumstances after the date: the verb after the next clause's subject.
  CHECK(event_dates("而在一周前左右，星河党也提出了草案。") == std::vector<std::string>{"一周前"});
  CHECK(event_dates("2021年全国两会上，王明提出了一份提案。") ==
        std::vector<std::string>{"2021年"});
  // Not after a date before 的 (it describes the noun), nor past a date of the next clause.
  CHECK(event_dates("四月的湛江，碧波涌动。").empty());
  // A holiday's period is no event's day.
  CHECK(event_dates("今年春节期间，移动互联网流量大幅提升，5G流量同比增长超七成。").empty());
  // A statistic after a date, or after a reporting period, is dated by it: no event.
  CHECK(event_dates("去年，张明的公司出口增长5%。").empty());
  CHECK(event_dates("上半年营收以电容产品为主，第三季度出货增长5%。").empty());
}

TEST_CASE("an ordinal after a verb of ranking is a rank, a count before a Latin name counts it",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  probe.claims_in("贾芳芳在单跳预赛里以71.600分排名第一。该省GDP总量位居全国第三。");
  CHECK(probe.subject_of("第一") == "贾芳芳");
  // 该省 refers to a province, and none is named: no claim (never the athlete's).
  CHECK(probe.subject_of("第三") == "<no claim>");
  probe.claims_in("江西省今年举办了多项赛事。该省GDP总量位居全国第三。");
  CHECK(probe.subject_of("第三") == "江西省");
  for (const auto& c : probe.claims) {
    const std::string value =
        probe.text.substr(c.value_raw.begin, c.value_raw.end - c.value_raw.begin);
    if (value == "第一" || value == "第三") CHECK(c.value.figure.unit == "rank");
  }
  // 第八批 of a designation is a rank too: the batch a site was listed in (an edition such as
  // 第十七次 of a meeting stays an ordinal, one event among many).
  probe.claims_in("辉宏城址在2004年被登录为第八批省级文物保护单位。");
  const Claim* batch = probe.claim_at("第八批");
  REQUIRE(batch);
  CHECK(batch->value.figure.unit == "rank");
  // The week of a season or a trial is its ordinal, no calendar period.
  probe.claims_in("星河联赛常规赛第2周最有价值球员揭晓。");
  CHECK(probe.subject_of("第2周") == "星河联赛常规赛");
  // Without a verb of ranking, or before a word, the ordinal is a name or nothing.
  probe.claims_in("第一财经报道，该基金排名第一财经类。");
  CHECK(probe.subject_of("第一") == "<no claim>");
  // 4688.9万部iPhone: the measure word ends the figure; the Latin name after it is what is
  // counted, no model number (and, a product, the subject: claims_dev's convention).
  probe.claims_in("财报显示，苹果共售出4688.9万部iPhone，卖出969.9万台iPad。");
  CHECK(probe.subject_of("4688.9万部") == "iPhone");
  CHECK(probe.subject_of("969.9万台") == "iPad");
  probe.claims_in("该公司发布了Mate 20X手机。");
  for (const auto& c : probe.claims) CHECK(c.value.figure.value != 20.0);
}

TEST_CASE("a multiple or a share written with 一 is a figure, not an article",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  probe.claims_in("春节期间，国际漫游的日活客户数达298万人，同比增长了一倍。");
  CHECK(probe.subject_of("一倍") == "国际漫游的日活客户数");
  // After a verb of a result, 一 and its counter count what was achieved.
  probe.claims_in("马尔科姆在欧冠与国米的比赛中打进一球。");
  CHECK(probe.subject_of("一球") == "马尔科姆");
  // 一款, 一半 (先赢一半) stay words.
  probe.claims_in("她一袭婚纱气势先赢一半。该公司推出一款手机。");
  CHECK(probe.subject_of("一半") == "<no claim>");
  CHECK(probe.subject_of("一款") == "<no claim>");
  // An item of a list of counts with the same measure word counts too.
  probe.claims_in("汪立伟买了两座鸡血石和一座寿山石。");
  CHECK(probe.subject_of("一座") != "<no claim>");
  // A whole number stated by a linking verb after a word naming an attribute is a value.
  probe.claims_in("云南调查总队的过审人数是3662，空腹胃液PH值则在2以下。");
  CHECK(probe.subject_of("3662") != "<no claim>");
  CHECK(probe.subject_of("2以下") != "<no claim>");
  probe.claims_in("该队球衣是3号，比赛在2点开始。");
  CHECK(probe.subject_of("3") == "<no claim>");
  // A share before 大 (4成4大专生) is no congress's number.
  probe.claims_in("若发现弊案，仅5成4民众会揭发；且4成4大专生会选择沉默。");
  CHECK(probe.subject_of("4成4") != "<no claim>");
}

TEST_CASE("a count of major kinds (两大变化, 4大奖) is a figure of what it counts",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  probe.claims_in("2019年高考广东美术有两大变化。");
  CHECK(probe.subject_of("两大") == "广东美术");
  for (const auto& c : probe.claims) {
    CHECK(c.value.figure.unit == "大");
    CHECK(c.value.figure.value == 2.0);
    CHECK(c.metric_text == "变化");
  }
  // Congresses (over ten), words of their own and the tenths of a share are no counts.
  probe.claims_in("党的二十大胜利召开。学习贯彻十九大精神。");
  CHECK(probe.claims.empty());
  probe.claims_in("大约三大约有人来。");
  CHECK(probe.claims.empty());
  probe.claims_in("且4成4大专生会选择假装不知道。");
  CHECK(probe.subject_of("4大") == "<no claim>");
}

TEST_CASE("a decimal stated by a linking verb is a measured value", "[extract][claims][frames]") {
  SubjectProbe probe;
  probe.claims_in("乳酸菌生长适宜的PH值为5.4以上。");
  CHECK(probe.subject_of("5.4以上") != "<no claim>");
  // A bare integer, or a decimal no verb states, stays no claim (a score, a clock, a code).
  probe.claims_in("比分为3，苹果发布了版本12.1。");
  CHECK(probe.subject_of("3") == "<no claim>");
  CHECK(probe.subject_of("12.1") == "<no claim>");
}
TEST_CASE("a share right before a noun of people is those people's", "[extract][claims][frames]") {
  SubjectProbe probe;
  // aitlas-headline_19-005: the share counts the people after it, who act in the clause.
  probe.claims_in(
      "若發現任職企業有弊案，僅5成4民眾會主動揭發，大專學歷者願揭發的比率還比國中學歷者低；且4成"
      "4大專生會選擇「假裝不知道」企業有弊案。");
  CHECK(probe.subject_of("僅5成4") == "民眾");
  CHECK(probe.subject_of("4成4") == "大專生");
  // p233-54e2dd888e4c, aitlas-finance_7-017, aitlas-finance_15-012.
  probe.claims_in("36%受访者支持“无协议脱欧”，35%的受访者则支持英国应继续留在欧盟。");
  CHECK(probe.subject_of("36%") == "受访者");
  CHECK(probe.subject_of("35%") == "受访者");
  probe.claims_in("九成民眾習慣在早餐店購買早餐，近三成(26.6%)民眾最常購買奶茶。");
  CHECK(probe.subject_of("九成") == "民眾");
  CHECK(probe.subject_of("近三成") == "民眾");
  probe.claims_in("反而有3成受訪者願意另外採購數位相機。");
  CHECK(probe.subject_of("3成") == "受訪者");
  // A share of things that are no people measures them, of the subject named before.
  probe.claims_in(
      "2013年全球疟疾病例共有1.98亿例，造成58万至85.5万人死亡，当中有90%病例是在非洲发生。");
  CHECK(probe.subject_of("90%") != "病例");
}
TEST_CASE("an event's verb is no verb that starts a longer word, when the clause has another",
          "[extract][claims][frames]") {
  // p233-d34972f28b49: 互联 of 互联网大会 is no verb; 召开 is the event.
  SubjectProbe probe;
  probe.claims_in("11月7日至9日，第五届世界互联网大会在浙江乌镇召开。");
  CHECK(probe.subject_of("11月7日至9日") == "第五届世界互联网大会");
  for (const auto& c : probe.claims)
    if (c.metric == "event_date") CHECK(c.metric_text == "召开");
}
TEST_CASE("an edition or an issue numbers the noun after it", "[extract][claims][frames]") {
  // xwlb-20221116-09, xwlb-20230917-09: not the verb of the relative clause, nor the host.
  SubjectProbe probe;
  probe.claims_in(
      "11月16日出版的第22期《求是》杂志发表中共中央总书记、国家主席、中央军委主席习近平的重要"
      "文章。");
  CHECK(probe.subject_of("第22期") == "《求是》杂志");
  probe.claims_in("杭州第19届亚运会火炬今天在金华传递。");
  CHECK(probe.subject_of("第19届").rfind("亚运会", 0) == 0);
  // Other ordinals after a name still number that body's meetings.
  probe.claims_in("李强在国务院第二次廉政工作会议上发表讲话。");
  CHECK(probe.subject_of("第二次") == "国务院");
}
TEST_CASE("a distributive and its measure word alone are a share of the subject before",
          "[extract][claims][frames]") {
  // p233-bac1a2c0aab1: 每队 is each team of the relay named before, generic as it is.
  SubjectProbe probe;
  probe.claims_in("顾名思义，混合接力全程2000米，每队包括2男2女，女选手1-2棒。");
  REQUIRE(probe.claims.size() >= 3);
  for (const auto& c : probe.claims) CHECK(c.subject_text.rfind("混合接力", 0) == 0);
  // A longer phrase after the distributive (每股收益) is a metric of its own, as before.
  probe.claims_in("动视暴雪的净利润为2.60亿美元，每股收益为0.34美元。");
  CHECK(probe.subject_of("0.34美元") == "动视暴雪");
}
TEST_CASE("及以上 and 及以下 do not cut a subject", "[extract][claims][frames]") {
  // xwlb-20250630-02: the stop 以上 after 及 is part of the qualifier (大专及以上学历).
  SubjectProbe probe;
  probe.claims_in(
      "全年发展党员213.1万名，其中生产、工作一线的112.0万名，占52.6%；大专及以上学历的"
      "115.9万名，占54.4%。");
  CHECK(probe.subject_of("115.9万") == "大专及以上学历");
}
TEST_CASE("达 and 约 end a subject only before a figure, elsewhere they are part of a name",
          "[extract][claims][frames]") {
  // aitlas-home_20-006: 達欣工程 is no stop and a name; 達11.8億元 reaches a figure.
  SubjectProbe probe;
  probe.claims_in(
      "【陳世峰╱台北報導】達欣工程（2535）出售旗下達林開發股份有限公司100%股權予甲山林"
      "建設，總金額達11.8億元，處分利益5億元。");
  CHECK(probe.subject_of("達11.8億元") == "達欣工程");
  CHECK(probe.subject_of("5億元") == "達欣工程");
  // p233-42d50b3ff3ca: 梅琳达 is no stop either.
  probe.claims_in("2018年11月6日至8日，比尔及梅琳达·盖茨基金会在北京举办“新世代厕所博览会”。");
  CHECK(probe.subject_of("2018年11月6日至8日").find("梅琳达·盖茨基金会") != std::string::npos);
  // xwlb-20260817-10: nor does 约 of 约旦 (约 stops a subject before a figure: 约11亿元).
  probe.claims_in(
      "埃及、卡塔尔、约旦、阿联酋、印度尼西亚、巴基斯坦、土耳其和沙特阿拉伯8个国家的外长16"
      "日发表联合声明。");
  CHECK(probe.subject_of("16日").find("国家的外长") != std::string::npos);
}
TEST_CASE("after an event's date, 在 and a place name no subject", "[extract][claims][frames]") {
  // p233-32e6121fe7d2: the wedding is the couple's, held in Vienna.
  SubjectProbe probe;
  probe.claims_in("新浪娱乐讯 10月28日，唐嫣罗晋终于正式“官宣”婚讯，并将于今日在维也纳举行婚礼。");
  CHECK(probe.subject_of("今日").rfind("唐嫣罗晋", 0) == 0);
}
TEST_CASE("a phrase too long for a subject ends with its noun phrase before it is shortened",
          "[extract][claims][frames]") {
  // aitlas-finance_2-009: cut before 預期 first, so the left end keeps 達霖數位.
  SubjectProbe probe;
  probe.claims_in(
      "不同之前達霖數位（ezPeer+）總經理吳怡霖預期上市後1年達成1000萬台銷售量、搶下當地20%"
      "市場佔有率的目標。");
  CHECK(probe.subject_of("20%").find("達霖數位") != std::string::npos);
}
TEST_CASE("连 (in a row, even) opens no subject", "[extract][claims][frames]") {
  // p233-553488d62f4f: 连喝六周 is how long the yoghurt named before is drunk.
  SubjectProbe probe;
  probe.claims_in("有研究显示，有口臭的人，每天喝无糖酸奶，连喝六周，症状就会得到改善。");
  CHECK(probe.subject_of("六周").find("无糖酸奶") != std::string::npos);
  // A longer word opening with 连 is no function word (連戰 is a name).
  probe.claims_in("連戰昨天抵達北京，展開為期8天的訪問。");
  CHECK(probe.subject_of("昨天") == "連戰");
}

TEST_CASE("an agency's dateline and its reporters name no subject", "[extract][frames]") {
  // 新华社北京3月10日电（记者陈君）: the dateline opens the story; the date of 表示 is the
  // minister's, not the agency's.
  auto claims =
      claims_of("新华社北京3月10日电（记者陈君）人社部部长尹蔚民10日表示，就业形势总体稳定。");
  const auto said = std::find_if(claims.begin(), claims.end(),
                                 [](const Claim& c) { return c.value.kind == ValueKind::DATE; });
  REQUIRE(said != claims.end());
  CHECK(said->subject_text == "人社部部长尹蔚民");
  CHECK(said->metric_text == "表示");
  // Two reporters with a space between them: the clause the space opens starts inside the
  // brackets, and the subject after them.
  claims = claims_of("新华社里约热内卢8月8日电（记者李博闻 单磊）中国男篮8日以60：88不敌法国队。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) CHECK(c.subject_text == "中国男篮");
}

TEST_CASE("大约 and 大概 before a figure are no part of its subject", "[extract][frames]") {
  for (const char* text :
       {"今年城镇新成长劳动力大约有1500万人。", "今年城镇新成长劳动力大概有1500万人。",
        "今年城镇新成长劳动力大约1500万人。"}) {
    INFO(text);
    const auto claims = claims_of(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].subject_text == "新成长劳动力");
  }
}

TEST_CASE("a name, 的 and a generic noun: the name is the subject, the noun the metric",
          "[extract][frames]") {
  const Claim staff = only_claim("华为的员工超过19万人。");
  CHECK(staff.subject_text == "华为");
  CHECK(staff.metric_text == "员工");
  // With a metric word after it, the noun joins the metric as written.
  const Claim burnt = only_claim("俄勒冈州“德基”林火的过火面积达1100平方公里。");
  CHECK(burnt.subject_text == "俄勒冈州“德基”林火");
  CHECK(burnt.metric_text == "过火面积");
  // A generic phrase before 的 is no name: the phrase stays whole.
  const Claim workers = only_claim("当地工厂的工人有300名。");
  CHECK(workers.subject_text == "当地工厂的工人");
}

TEST_CASE("a count, a generic noun and 的 describe the noun after them", "[extract][frames]") {
  const auto claims = claims_of("拥有13名成员的男子团体SEVENTEEN于2015年发行出道专辑。");
  const auto count = std::find_if(claims.begin(), claims.end(),
                                  [](const Claim& c) { return c.value.kind != ValueKind::DATE; });
  REQUIRE(count != claims.end());
  CHECK(count->value.figure.value == 13.0);
  CHECK(count->subject_text == "男子团体SEVENTEEN");
  CHECK(count->metric_text == "成员");
}

TEST_CASE("a name and the verb right before its figure", "[extract][frames]") {
  // The name is the subject, the verb what the figure measures.
  auto claims = claims_of("巴特勒砍下17分，杜兰特送出16次助攻。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject_text == "巴特勒");
  CHECK(claims[0].metric_text == "砍下");
  CHECK(claims[1].subject_text == "杜兰特");
  CHECK(claims[1].metric_text == "送出");
  // A metric word keeps its own reading.
  const Claim revenue = only_claim("华为实现营收8500亿元。");
  CHECK(revenue.subject_text == "华为");
  CHECK(revenue.metric == "revenue");
}

TEST_CASE("an agency's special dispatch is a dateline too", "[extract][frames]") {
  const auto claims =
      claims_of("新华社柏林5月9日体育专电(记者王东)德国足球甲级联赛第32轮9日进行。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) CHECK(c.subject_text.rfind("德国足球甲级联赛", 0) == 0);
  CHECK(std::none_of(claims.begin(), claims.end(), [](const Claim& c) {
    return c.value.kind == ValueKind::DATE &&
           c.value.date.date.find("05-09") != std::string::npos && c.metric == "event_date" &&
           c.subject_text.find("新华社") != std::string::npos;
  }));
}

TEST_CASE("a subject never ends with a conjunction or a preposition", "[extract][frames]") {
  const Claim trade = only_claim("今年前4个月，我国对共建“一带一路”国家进出口6.54万亿元。");
  CHECK(trade.subject_text == "我国");
  const auto claims = claims_of("中国与28个国家和地区签署了21份自贸协定。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) CHECK(c.subject_text == "中国");
  // …unless a word ends with it there.
  const Claim huawei = only_claim("华为今年营收8500亿元。");
  CHECK(huawei.subject_text == "华为");
  // …but not a word that starts inside the word before it (部将, 国共: xwlb).
  CHECK(only_claim("今年，科技部将投入100亿元支持基础研究。").subject_text == "科技部");
  CHECK(only_claim("“十四五”以来，我国共实施27个山水工程。").subject_text == "我国");
  CHECK(only_claim("年仅23岁的老将获得冠军。").subject_text == "老将");
}

TEST_CASE("two counts joined by 和 are of one subject", "[extract][frames]") {
  const auto claims = claims_of("首批疏解的4所高校和1家医院已在雄安开工。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject_text == claims[1].subject_text);
  CHECK(claims[1].subject_text.find("4所") == std::string::npos);
}

TEST_CASE("a stop word inside a name before an ordinal is part of the name", "[extract][frames]") {
  const auto claims =
      claims_of("该法已由中华人民共和国第十四届全国人民代表大会常务委员会第十三次会议通过。");
  const auto meeting = std::find_if(claims.begin(), claims.end(), [](const Claim& c) {
    return c.subject_text.find("常务委员会") != std::string::npos;
  });
  REQUIRE(meeting != claims.end());
  CHECK(meeting->subject_text.rfind("中华人民共和国", 0) == 0);
}

TEST_CASE("a verb of saying inside a subject phrase parts speaker and what is said",
          "[extract][frames]") {
  // What is said about is the subject…
  const Claim said_about = only_claim("塔奇表示政府可能会让一些移民在偏远地区生活长达五年。");
  CHECK(said_about.subject_text == "政府");
  // …the speaker when a time word or nothing follows.
  const auto claims = claims_of("中国宣布未来3年在非洲建设10个鲁班工坊。");
  const auto count = std::find_if(claims.begin(), claims.end(),
                                  [](const Claim& c) { return c.value.figure.value == 10.0; });
  REQUIRE(count != claims.end());
  CHECK(count->subject_text == "中国");
  // A word that holds the verb is no verb of saying (自我介绍).
  const Claim fast = only_claim("中国天眼FAST发现上千颗脉冲星。");
  CHECK(fast.subject_text == "中国天眼FAST");
}

TEST_CASE("verbs in a row after one subject, and a trailing 称 or 可", "[extract][frames]") {
  auto claims = claims_of("林益全揮出2安打攻下3分打點。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.subject_text == "林益全");
  CHECK(claims[0].metric_text == "揮出");
  const Claim speaker = only_claim("金正恩称已发射3枚卫星。");
  CHECK(speaker.subject_text == "金正恩");
}

TEST_CASE("分别 pairs the items after a scope word and a preposition", "[extract][frames]") {
  const auto claims = claims_of(
      "我国对东盟、欧盟、美国、韩国分别进出口5.26万亿元、4.68万亿元、4.21万亿元和2.02万亿元。");
  REQUIRE(claims.size() == 4);
  CHECK(claims[0].subject_text == "对东盟");
  CHECK(claims[1].subject_text == "欧盟");
  CHECK(claims[2].subject_text == "美国");
  CHECK(claims[3].subject_text == "韩国");
  for (const auto& c : claims) CHECK(c.scope == "全国");
}

TEST_CASE("a bracket opening the sentence holds a byline, never the subject", "[extract][frames]") {
  const auto claims = claims_of(
      "（地方中心吳慧芬／高雄報導）台北市立動物園為馬來貘寶寶發起命名活動，不到2天已有3萬人參與。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) CHECK(c.subject_text == "台北市立動物園");
  // A bracket after a date is no byline (今天（5月29日）).
  const auto dated = claims_of("今天（5月29日），世界市长对话在上海举行。");
  CHECK(std::any_of(dated.begin(), dated.end(),
                    [](const Claim& c) { return c.subject_text == "世界市长对话"; }));
}

TEST_CASE("a one-character metric word is written as the word it ends", "[extract][frames]") {
  auto claims = claims_of("委内瑞拉货币的黑市汇率日前已暴跌至1美元兑616玻利瓦尔。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) {
    CHECK(c.metric_text == "汇率");
    CHECK(c.subject_text == "委内瑞拉货币的黑市");
  }
  const Claim margin = only_claim("汇顶科技第二季度毛利率为38%。");
  CHECK(margin.metric_text == "毛利率");
}

TEST_CASE("a phrase of function words only is no subject", "[extract][frames]") {
  // 才刚 (just) after a date: the subject is the one named before, never the adverb.
  const auto claims =
      claims_of("王大明不知道的是，与他同一党派的议员李明，在4月下旬才刚向议会提出了新版草案。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) CHECK(c.subject_text == "议员李明");
}

TEST_CASE("a pronoun after a preposition describes the noun after 的", "[extract][frames]") {
  // 与他同一党派的议员李明: 他 is the object of 与 inside a relative clause; the phrase's
  // noun is after its 的.
  const Claim patents = only_claim("与他同党的议员李明，去年获得3项专利。");
  CHECK(patents.subject_text == "议员李明");
}

TEST_CASE("a conversion in brackets stands between a figure and its 的", "[extract][frames]") {
  const auto claims =
      claims_of("站在两人身旁的是身家高达50亿美元（约350亿元人民币）的电商公司创始人王五。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.subject_text == "电商公司创始人王五");
  // A noun after 的 that names a measure is no subject of its own (商机, 潜力).
  const auto market = claims_of("雅虎看上的是韩国网络零售市场具80亿美元（约2600亿元）的商机。");
  for (const auto& c : market) CHECK(c.subject_text != "商机");
  // 创始人 is a noun, though a verb (创始) starts it.
  const auto founder = claims_of("旁边是身家50亿美元的电商公司创始人王五。");
  REQUIRE(founder.size() == 1);
  CHECK(founder[0].subject_text == "电商公司创始人王五");
}

TEST_CASE("a name and a verb with its aspect particle before the figure", "[extract][frames]") {
  const Claim points = only_claim("巴特勒砍下了17分。");
  CHECK(points.subject_text == "巴特勒");
  CHECK(points.metric_text == "砍下");
  // 大将 ends no phrase at its 将 (jieba tags it as an adverb); a rare lexicon entry ending in
  // a preposition (刚在) keeps no 在 in the subject.
  const Claim veteran = only_claim("男篮大将王刚在昨晚的比赛中砍下了30分。");
  CHECK(veteran.subject_text == "男篮大将王刚");
}

TEST_CASE("a date that ends its clause after a heading dates the next clause",
          "[extract][frames]") {
  // A paragraph heading glued to the text (火灾逃生演练顺利) stands before the date.
  const auto claims = claims_of("火灾逃生演练顺利昨上午十时许，市消防局特勤队员抵达现场展开演练。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "市消防局特勤队员");
  // After 是 or a preposition the date is what the phrase before it says.
  const auto dated = claims_of("插刀门事件是2012年4月5日，两人在片场发生争执。");
  REQUIRE_FALSE(dated.empty());
  CHECK(dated[0].subject_text == "插刀门事件");
}

TEST_CASE("a conjunction between two noun phrases joins them into one subject",
          "[extract][frames]") {
  // 以及 is a function word, but between two noun phrases it cuts neither (创始人: a stop, 创,
  // that opens a noun is none either).
  const auto claims = claims_of("团结工联创始人以及前总统华勒沙前天在大会上发表感言。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "团结工联创始人以及前总统华勒沙");
  const Claim people = only_claim("中国以及印度的人口都超过14亿。");
  CHECK(people.subject_text == "中国以及印度");
}

TEST_CASE("an official aggregate is its own subject, or a name's", "[extract][frames]") {
  // Nothing named before it: 国内生产总值 is the subject (its scope word stays in it), and the
  // clause after it continues it.
  auto claims = claims_of("一季度国内生产总值同比增长5.4%，二季度同比增长5.2%。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) {
    CHECK(c.subject_text == "国内生产总值");
    CHECK(c.metric == "growth");
  }
  // After a name, the aggregate is the name's metric (gdp, retail_sales), in either clause.
  claims = claims_of("2024年，江苏地区生产总值13.7万亿元，社会消费品零售总额5万亿元。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject_text == "江苏");
  CHECK(claims[0].metric == "gdp");
  CHECK(claims[1].subject_text == "江苏");
  CHECK(claims[1].metric == "retail_sales");
  const Claim retail = only_claim("全年社会消费品零售总额稳定在44万亿元左右。");
  CHECK(retail.subject_text == "社会消费品零售总额");
  // Never the previous sentence's subject: an aggregate is a quantity of its own.
  claims = claims_of("代表性简牍将首次展出。2026年电影票房超125亿元。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "电影票房");
}

TEST_CASE("a demonstrative and a noun refer to the subject named with that noun",
          "[extract][frames]") {
  // 该机场 is the airport named before, up to its noun: not the whole clause about it.
  auto claims = claims_of(
      "在内蒙古，呼和浩特盛乐国际机场空管塔台主体结构顺利封顶，该机场预计2025年年底通航运营，"
      "可保障年旅客吞吐量2800万人次。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "呼和浩特盛乐国际机场");
  CHECK(claims[0].metric == "throughput");
  // Across a sentence too, after a measure word (这座).
  claims = claims_of("滨海新区的海河大桥今年通车。这座大桥全长1200米。");
  REQUIRE_FALSE(claims.empty());
  CHECK(claims.back().subject == "滨海新区的海河大桥");
  // 这起, 这场: an event, never the one who speaks of it.
  SubjectProbe probe;
  probe.claims_in("纽约市警方称，这起枪击事件已造成5人死亡。");
  CHECK(probe.subject_of("5人") == "枪击事件");
  probe.claims_in("消防部门表示，这场大火造成3人受伤。");
  CHECK(probe.subject_of("3人") == "大火");
}

TEST_CASE("电 that starts a word after a date is no agency's dispatch", "[extract][frames]") {
  const Claim box_office = only_claim("春节档电影票房达5亿元。");
  CHECK(box_office.subject_text == "电影票房");  // an aggregate: the subject itself
  CHECK(box_office.metric == "box_office");
}

TEST_CASE("an adverb word and a one-character verb open a predicate, no subject",
          "[extract][frames]") {
  // 才刚 (a word of function characters only) and 生下 (生 and its result): the clause has no
  // subject of its own; the person named before had the children.
  const auto claims = claims_of("李小红曾是知名歌手。近年来她极力复出，去年11月才刚生下2个女儿。");
  REQUIRE_FALSE(claims.empty());
  CHECK(claims.back().subject_text == "李小红");
}

TEST_CASE("a score is the side's named before it, even a common word", "[extract][frames]") {
  // 骑士 (knight) names a team here, not an attribute of the player named before.
  const auto claims = claims_of("詹姆斯状态低迷，骑士以88比120惨败给凯尔特人。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "骑士");
}

TEST_CASE("因 and 被 end a subject, a pronoun before a date is its event's subject",
          "[extract][frames]") {
  // 因 (because of) and 被 (passive) open what happened to the subject, never part of it (but a
  // verb alone before them is no phrase: 查缉因…的简政宏).
  auto claims = claims_of("张大明因内线交易案被判2年，他昨天出席了记者会。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.subject_text == "张大明");
  const Claim age = only_claim("警方查缉因窃盗案遭通缉的王小明（二十九岁）。");
  CHECK(age.subject_text.find("王小明") != std::string::npos);
}

TEST_CASE("after a scope word alone, the phrase after the date is what is measured",
          "[extract][frames]") {
  // Two national figures of one quarter are different questions: never one 我国/growth.
  const auto claims =
      claims_of("我国一季度社会消费品零售总额同比增长4.6%，国内生产总值同比增长5.4%。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject_text == "社会消费品零售总额");
  CHECK(claims[1].subject_text == "国内生产总值");
  for (const auto& c : claims) CHECK(c.scope == "全国");
  const Claim grain = only_claim("我国2024年粮食产量达到14130亿斤。");
  CHECK(grain.subject_text == "粮食");
  CHECK(grain.metric == "output");
  // A name before the date stays the subject (the phrase after it is the predicate).
  CHECK(only_claim("林青霞今年52岁。").subject_text == "林青霞");
  // 国内 of 国内生产总值 is part of the metric's word, no scope.
  CHECK(only_claim("一季度国内生产总值同比增长5.4%。").scope.empty());
  // So after a word of accumulation: the noun phrase after it is what accumulates.
  const Claim capacity = only_claim("截至8月底全国累计发电装机同比增长14%。");
  CHECK(capacity.subject_text == "发电装机");
  CHECK(capacity.scope == "全国");
  // A verb after it opens the predicate: the scope word stays the subject.
  CHECK(only_claim("今年以来全国累计完成投资500亿元。").subject_text == "全国");
  // So does a generic noun before a metric word of its own: an attribute of what is measured.
  CHECK(only_claim("全国累计发电装机容量约24.8亿千瓦。").subject_text == "全国");
}

TEST_CASE("a scope word that opens a name is part of the name, no scope", "[extract][frames]") {
  // 全国两会, 全国政协: the national sessions and the national committee qualify no figure.
  const auto reporters =
      claims_of("目前已经有3000多名中外记者报名采访全国两会，其中，境内记者2000多名。");
  REQUIRE(!reporters.empty());
  for (const auto& c : reporters) CHECK(c.scope.empty());
  // The subject keeps the word: 全国政协 is no 政协 of the whole country.
  const auto session = claims_of("全国政协今天举行仪式纪念孙中山诞辰157周年。");
  REQUIRE(session.size() == 2);
  CHECK(session[0].subject_text == "全国政协");
  for (const auto& c : session) CHECK(c.scope.empty());
  // A scope word before anything else is still the scope.
  CHECK(only_claim("全国公路预计发送旅客3578.7万人次。").scope == "全国");
  // The one nearest the figure in its clause; else the sentence's first, its topic's scope.
  CHECK(only_claim("财报显示，海外营收增长了25%。").scope == "海外");
  const auto digital =
      claims_of("2017年，我国数字经济规模达27.2万亿元，位居全球第二，占GDP比重达到32.9%。");
  REQUIRE(digital.size() == 3);
  CHECK(digital[0].scope == "全国");
  CHECK(digital[1].scope == "全球");
  CHECK(digital[2].scope == "全国");
  // Of two, the one nearest the figure.
  CHECK(only_claim("海外媒体报道，我国大豆油料面积稳定在3.5亿亩以上。").scope == "全国");
}

TEST_CASE("a part written with 的 and no noun after it is a part of the figure before",
          "[extract][frames]") {
  // 其中高校毕业生的5.4万人: the new jobs of graduates; the share after it is theirs too.
  const auto claims =
      claims_of("去年全市新增就业12万人，其中高校毕业生的5.4万人，占45%；农民工的3万人，占25%。");
  REQUIRE(claims.size() == 5);
  for (const auto& c : claims) CHECK(c.subject == claims[0].subject);
  CHECK(claims[1].metric_text == "高校毕业生");
  CHECK(claims[2].metric_text == "高校毕业生");
  CHECK(claims[3].metric_text == "农民工");
  CHECK(claims[4].metric_text == "农民工");
}

TEST_CASE("items of a list of counts count their own nouns", "[extract][frames]") {
  // 支 is a measure word; a list mark ends the noun a count counts, and the count opening the
  // next item counts the noun after it (never 32支代表队 as a subject).
  const auto claims = claims_of("全国32支代表队、2000多名演职人员将进行节目展示。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].subject_text == "代表队");
  CHECK(claims[1].subject_text == "演职人员");
  const auto venues = claims_of("目前，56个竞赛场馆、31个训练场馆已全部竣工。");
  REQUIRE(venues.size() == 2);
  CHECK(venues[1].subject_text == "训练场馆");
}

TEST_CASE("a verb alone is never a subject, even as the last resort", "[extract][frames]") {
  for (const auto& c : claims_of("导致14名儿童受伤。")) CHECK(c.subject_text != "导致");
}

TEST_CASE("a date and a verb of saying date the statement, the figure is of what is said",
          "[extract][frames]") {
  // 以军 (jieba: a verb) is a name; 以 is no preposition there.
  const auto claims = claims_of("巴勒斯坦方面24日称以军过去一天对加沙地带展开了超过70次空袭。");
  REQUIRE_FALSE(claims.empty());
  CHECK(claims.back().subject_text == "以军");
  // The day of the statement is no period of the figures said: those come with none.
  for (const auto& c : claims_of("星河国防部4日称，将向邻国提供价值约5亿美元的军事装备。"))
    if (c.value.kind != ValueKind::DATE) CHECK_FALSE(c.period.has_value());
  const auto casualties = claims_of("星河军方22日称，导弹袭击造成星河市3人死亡、11人受伤。");
  REQUIRE(casualties.size() >= 2);
  for (const auto& c : casualties)
    if (c.value.kind != ValueKind::DATE) CHECK_FALSE(c.period.has_value());
}

TEST_CASE("what stands between a date and the metric word is part of the metric",
          "[extract][frames]") {
  // Never one 英国/growth for every British figure of the month.
  const Claim cpi = only_claim("英国8月消费者价格指数（CPI）同比上涨6.7%。");
  CHECK(cpi.subject_text == "英国");
  CHECK(cpi.metric == "growth:cpi");  // the canonical metric of 消费者价格指数, as of 通胀率
  CHECK(only_claim("英国2月通胀率同比增长6.7%。").metric == "growth:cpi");
  const Claim steel = only_claim("江苏2024年钢铁产量达到1.2亿吨。");
  CHECK(steel.subject_text == "江苏");
  CHECK(steel.metric == "output:钢铁");
}

TEST_CASE("people before what is measured of them are the subject", "[extract][frames]") {
  // 内地居民出境人数: the residents are the subject, 出境人数 what is measured (never the
  // subject named before, as a generic phrase would be), and the clause after continues them.
  const auto claims = claims_of(
      "近年来，中国出境人数持续增长，今年上半年，内地居民出境人数达7794.1万人次，同比增长14.1%。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.subject_text == "内地居民");
  CHECK(claims[0].metric_text == "出境人数");
}

TEST_CASE("a time zone before a date is part of the date, not of the subject",
          "[extract][frames]") {
  const auto claims = claims_of("美国阿拉斯加航空公司当地时间5日晚发表声明，暂时停飞65架客机。");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims) CHECK(c.subject_text == "美国阿拉斯加航空公司");
}

TEST_CASE("a measure described with 的 is the attribute of the subject named before",
          "[extract][frames]") {
  // 经营活动产生的现金流量净额: what is measured of the company of the sentence before, no subject
  // of its own.
  const auto claims = claims_of(
      "汇顶科技第三季度营收为9.77亿元，同比下降4.03%。经营活动产生的现金流量净额为1.54亿元。");
  REQUIRE(claims.size() == 3);
  CHECK(claims[2].subject_text == "汇顶科技");
  CHECK(claims[2].metric_text == "经营活动产生的现金流量净额");
}

TEST_CASE("a conjunction of contrast inside a clause opens a predicate of its own",
          "[extract][frames]") {
  // Never 设施丰富但公设比: the figure after 但 is of the phrase after it.
  const Claim share = only_claim("国泰O2馥建筑是知名建商作品，休闲设施丰富但公设比仅30%。");
  CHECK(share.subject_text == "公设比");
  // 而且 is a word of its own, no 而.
  const Claim both = only_claim("深圳人口众多而且面积达到1997平方公里。");
  CHECK(both.subject_text.find("且") == std::string::npos);
}

TEST_CASE(
    "a personal pronoun before a day's date is its event's subject, even when the verb "
    "is in the next clause",
    "[extract][frames]") {
  // 他昨现身中视剧组，表示…: the rest of the date's clause is a predicate (never a subject that
  // runs over the comma).
  const auto claims = claims_of("邵昕被判1年8个月，他昨现身中视剧组，表示没做过违法的事。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].subject_text == "邵昕");
  CHECK(claims[1].metric_text == "表示");
}

TEST_CASE("a term after a sentencing verb measures the one sentenced", "[extract][frames]") {
  // Not the court opening the clause: the object of 判处, after its owner's pronoun.
  const Claim term = claims_of(
                         "洛杉矶法官麦可帕斯特昨以过失杀人罪，判处他生前私人医师康拉德墨瑞"
                         "最高4年徒刑，不得缓刑。")
                         .back();
  CHECK(term.subject_text.find("康拉德墨瑞") != std::string::npos);
  CHECK(term.subject_text.find("法官") == std::string::npos);
  // After 的 and a count: the noun counted.
  const auto claims = claims_of("法院昨依伤害罪轻判已到案的三名恶煞各一年六月和两年四个月徒刑。");
  REQUIRE(claims.size() >= 2);
  CHECK(claims[claims.size() - 2].subject_text == "恶煞");
  CHECK(claims.back().subject_text == "恶煞");
  // A pronoun is the one named before the court.
  const auto pronoun =
      claims_of("总组头卢伯贤去年被捕。嘉义地方法院昨依赌博罪，判他有期徒刑四年。");
  REQUIRE_FALSE(pronoun.empty());
  CHECK(pronoun.back().subject_text == "总组头卢伯贤");
  // A fine after the object is the object's too (罚金 is no part of its name).
  const auto fine = claims_of("星河市法院以生产有毒食品罪判处辉宏食品公司罚金人民币二十万元。");
  REQUIRE(fine.size() == 1);
  CHECK(fine[0].subject_text == "辉宏食品公司");
}

TEST_CASE("a relative clause of a date opening a sentence is about the noun after 的",
          "[extract][frames]") {
  // 将于11月上市的…手环: the date is the launch of the band (上市 of event_verbs), and the band is
  // the topic of the clauses after it. The number of a model's name (Charge 3) ends no subject,
  // and a verb before an aspect particle (配备了) is no part of it.
  const auto claims = claims_of(
      "将于11月上市的Fitbit全新Charge 3智能手环配备了全新升级的触摸屏，拥有超过15种锻炼模式。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.subject_text == "Fitbit全新Charge 3智能手环");
  CHECK(claims[0].metric_text == "上市");
}

TEST_CASE(
    "an attribute described after 的 is what is measured of the subject, even with a word "
    "the lexicon lacks",
    "[extract][frames]") {
  // 电池续航时间 (续航 is no word of common_words.txt) ends with an abstract head: the band's
  // battery life, never a subject of its own. 长达 is a prefix qualifier.
  const auto claims = claims_of("小米手环拥有15种锻炼模式、长达7天的电池续航时间。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].subject_text == "小米手环");
  CHECK(claims[1].metric_text == "电池续航时间");
  CHECK(claims[1].value.figure.approx == suyuan::Approx::EXACT);
}

TEST_CASE("a fiscal period ends the subject and is no part of the metric", "[extract][frames]") {
  // 第四财季, 2019财年: the firm's own calendar, which no Gregorian period stands for; the
  // claim stays without one (weak evidence for the cross-check) rather than with a wrong one.
  const Claim units = only_claim("苹果第四财季共售出4688.9万台电脑。");
  CHECK(units.subject_text == "苹果");
  CHECK(units.metric == "售出:电脑");
  const Claim revenue = only_claim("微软2019财年营收为1258亿美元。");
  CHECK(revenue.subject_text == "微软");
  CHECK(revenue.metric == "revenue");
  CHECK_FALSE(revenue.period.has_value());
}

TEST_CASE("a column's heading names no topic", "[extract][frames]") {
  // 国内联播快讯 heads unrelated items: the output of the first item is not the column's.
  for (const auto& c : claims_of("国内联播快讯。今年，产量首次迈上2000万吨台阶。"))
    CHECK(c.subject_text.find("快讯") == std::string::npos);
  CHECK(claims_of("国内要闻。产量首次迈上2000万吨台阶。").empty());
}

TEST_CASE("a clause of cause or circumstance names no topic", "[extract][frames]") {
  // 随着手机市场屏下指纹的渗透率扩张: the gross margin is the company's, not the market's.
  const auto claims = claims_of(
      "汇顶科技第三季度营收为9.77亿元。随着手机市场屏下指纹的渗透率扩张，毛利率比去年同期提升了4%"
      "。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].subject_text == "汇顶科技");
  // 因 alone opens a cause too (obituaries on xwlb: 黄旭华同志，因病医治无效，于…逝世).
  SubjectProbe probe;
  probe.claims_in(
      "中国工程院院士黄旭华同志，因病医治无效，于2月6日20时30分在湖北武汉逝世，享年99岁。");
  CHECK(probe.subject_of("2月6日") == "中国工程院院士黄旭华同志");
  CHECK(probe.subject_of("99") == "中国工程院院士黄旭华同志");
}

TEST_CASE("a figure in a cleft's relative clause is about the noun after 的是",
          "[extract][frames]") {
  // 位居第二的是X: X is second, not the competition ratio.
  const auto claims = claims_of("竞争比位居第二的是国家统计局云南调查总队。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "国家统计局云南调查总队");
  // 的分别是: the list after it (the first item's noun phrase at least).
  const auto ranked = claims_of("排名前三名的分别是意大利的皮埃蒙特、美国的卡茨基尔和秘鲁北部。");
  REQUIRE_FALSE(ranked.empty());
  CHECK(ranked[0].subject_text.find("意大利") != std::string::npos);
}

TEST_CASE("a date's subject is no adverb or partner", "[extract][frames]") {
  // An adverb after the date (再度) is no subject: the topic named before is.
  const auto adverb = claims_of("青山县是该省的一个县，于2005年再度划归北山市。");
  REQUIRE(adverb.size() == 1);
  CHECK(adverb[0].subject_text == "青山县");
  // The noun after 与 takes part; the one named before acts.
  const auto partner = claims_of("林小明是一名歌手，2019年与经纪公司解约。");
  REQUIRE(partner.size() == 1);
  CHECK(partner[0].subject_text == "林小明");
  // An opener that starts a longer noun after the date is part of the name (比尔, not 比).
  const auto name = claims_of("11月6日，比尔·盖茨在北京出席了一场博览会。");
  REQUIRE(name.size() == 1);
  CHECK(name[0].subject_text == "比尔·盖茨");
}

TEST_CASE("the noun phrase right before 在 and a date is the event's subject",
          "[extract][frames]") {
  // The clause opens with a modal and a relative clause; the phrase at its head stops short.
  const auto claims = claims_of("据信是在一次碰撞中形成的卫星白鹭三号在1998年被发现。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text.find("白鹭三号") != std::string::npos);
  CHECK(claims[0].subject_text.find("据信") == std::string::npos);
  // A verb before 将于 leaves the subject as it was.
  const auto planned = claims_of("星河公司表示将于2026年推出新款手机。");
  REQUIRE_FALSE(planned.empty());
  CHECK(planned[0].subject_text == "星河公司");
}

TEST_CASE("a date's clause before the verb's names its subject up to a preposition",
          "[extract][frames]") {
  // 对 opens what the subject does, not more of the subject.
  const auto claims = claims_of("昨天调查组对事故现场勘查后，发现多处安全隐患。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "调查组");
}

TEST_CASE("a founding dates what is founded", "[extract][frames]") {
  // The object of 成立 is founded then; the founder is no subject of that date.
  const auto claims = claims_of("2019年，省政府成立数据管理局，统筹全省数据工作。");
  REQUIRE_FALSE(claims.empty());
  CHECK(claims[0].subject_text == "数据管理局");
  CHECK(claims[0].metric_text == "成立");
  // Without an object the subject founded is the one before the verb.
  const auto intransitive = claims_of("数据管理局于2019年成立。");
  REQUIRE(intransitive.size() == 1);
  CHECK(intransitive[0].subject_text == "数据管理局");
  // Words of time after the verb are no object.
  const auto since = claims_of("数据管理局自2019年成立之初，便着手整合数据。");
  REQUIRE_FALSE(since.empty());
  CHECK(since[0].subject_text == "数据管理局");
}

TEST_CASE("a date's party and partner too long for one subject leave the first party",
          "[extract][frames]") {
  const auto claims =
      claims_of("6月3日，国家主席王建国同友好国家总统阿里·汗就两国建交30周年互致贺电。");
  REQUIRE_FALSE(claims.empty());
  CHECK(claims[0].subject_text == "国家主席王建国");
}

TEST_CASE("a cause's verb ends the subject, and the verb after the count is the metric",
          "[extract][claims][frames]") {
  // X造成/导致 N人死亡: the cause is the subject, what happened to the people the metric.
  for (const std::string article : {"山区一辆大巴侧翻，事故造成12人受伤。",
                                    "连日强降雨导致3人遇难。", "那场火灾致使30人受伤。"}) {
    INFO(article);
    const auto claims = claims_of(article);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].subject_text.find("造成") == std::string::npos);
    CHECK(claims[0].subject_text.find("导致") == std::string::npos);
    CHECK(claims[0].subject_text.find("致使") == std::string::npos);
    CHECK(claims[0].metric_text != "造成");
  }
  SubjectProbe probe;
  // An event written as its verb (爆炸, 枪击) is the cause too, not the sentence's speaker.
  probe.claims_in("纽约市方面称，枪击已造成5人死亡。");
  CHECK(probe.subject_of("5人") == "枪击");
  probe.claims_in("工厂爆炸导致3人受伤。");
  CHECK(probe.subject_of("3人") == "工厂爆炸");
  // 导致的: the cause qualifies the noun after it, which is what is counted.
  const auto attributive = claims_of("星河地震导致的无家可归者人数超过100万。");
  REQUIRE(attributive.size() == 1);
  CHECK(attributive[0].subject_text.find("无家可归者") != std::string::npos);
  probe.claims_in("沪昆高速交通事故造成12人受伤。");
  CHECK(probe.subject_of("12人") == "沪昆高速交通事故");
  CHECK(probe.claims[0].metric_text == "受伤");
}

TEST_CASE("a conjunction of contrast at a clause's head opens no subject", "[extract][frames]") {
  // 却反被锤了两拳: 却 and the adverb after it name nobody; the subject named before goes on.
  const auto claims = claims_of("张明没有还手，却反被对方打了两拳。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "张明");
}

TEST_CASE("a character before an aspect particle that ends no word is a verb, not the subject's",
          "[extract][frames]") {
  // 王女士花了2万元: 花 ends no word of the lexicon with 女士; it is the predicate.
  SubjectProbe probe;
  probe.claims_in("王女士花了2万元买了一台电脑。");
  CHECK(probe.subject_of("2万元") == "王女士");
  probe.claims_in("星河手机卖了1000万台。");
  CHECK(probe.subject_of("1000万台") == "星河手机");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "卖");
  // A verb of the lexicon before the particle is the predicate too; what its count counts is
  // the metric as written, keyed with the verb.
  probe.claims_in("警方逮捕了3名嫌疑人。");
  CHECK(probe.subject_of("3") == "警方");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "嫌疑人");
  CHECK(probe.claims[0].metric == "逮捕:嫌疑人");
  probe.claims_in("星河高铁南站增设了24台智能安检设备。");
  CHECK(probe.subject_of("24台") == "星河高铁南站");
  // Any word takes 了 only as a predicate, whatever the lexicon tags it (贡献 n); the figures
  // after it continue the clause's topic.
  probe.claims_in("本场比赛，勒布朗贡献了18分2篮板6助攻。");
  CHECK(probe.subject_of("18") == "勒布朗");
  CHECK(probe.subject_of("6") == "勒布朗");
  // Two predicates joined by 并: the first one's object is not the second one's subject.
  probe.claims_in("52岁的王女士13年前嫁给李先生后，即淡出演艺圈并生了两个女儿。");
  CHECK(probe.subject_of("两个") == "王女士");
  // Without the conjunction the object after a verb is what the figure counts.
  probe.claims_in("排名前20选手来了9人。");
  CHECK(probe.subject_of("9人") == "前20选手");
}

TEST_CASE("a pronoun after a copula before an event's date is the event's subject",
          "[extract][frames]") {
  // 這是她6月…撞死: 她 (林曉培) did it, not 無照酒駕.
  SubjectProbe probe;
  probe.claims_in("林曉培昨在台中開唱，這是她6月無照酒駕撞死女護士後首度復出。");
  CHECK(probe.subject_of("6月") == "林曉培");
}

TEST_CASE("the whole of a place after its name is the claim's scope, not its subject",
          "[extract][frames]") {
  // 淄博市全市总面积: the subject is 淄博市, the scope 全市.
  const auto claims = claims_of("淄博市全市总面积有5965平方公里。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "淄博市");
  CHECK(claims[0].scope == "全市");
  // 全球 after a name is part of it (a fund, a company).
  const auto fund = claims_of("星河全球基金今年报酬率达到5%。");
  REQUIRE_FALSE(fund.empty());
  CHECK(fund[0].subject_text.find("星河全球") != std::string::npos);
}

TEST_CASE("a part of a game or a season ends the subject, and stays in the metric",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("詹姆斯上半场就砍下20分。");
  CHECK(probe.subject_of("20") == "詹姆斯");
  REQUIRE(probe.claims.size() == 1);
  // The first half's points are another question than the whole game's.
  CHECK(probe.claims[0].metric_text.find("上半场") != std::string::npos);
  probe.claims_in("易建联本赛季场均得到22分。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].subject_text == "易建联");
  // 全场 inside another word is no part of a game.
  probe.claims_in("星河公司安全场所面积达到500平方米。");
  REQUIRE_FALSE(probe.claims.empty());
  CHECK(probe.claims[0].subject_text.find("安全场所") != std::string::npos);
  // An inning or a round by its ordinal ends the subject too.
  probe.claims_in("林益全第5局揮出2分打點安打。");
  CHECK(probe.subject_of("2") == "林益全");
  probe.claims_in("莊智淵第2輪拿下12分。");
  CHECK(probe.subject_of("12") == "莊智淵");
}

TEST_CASE("a quarter after its year is the figure's period, never the year or a claim of its own",
          "[extract][frames]") {
  // Taiwan's 第3季: before, the figure was the whole year's and 第3季 an ordinal of its own.
  // 宏碁 (Acer) is a name jieba's lexicon tags as a verb: it is the subject, not a predicate.
  SubjectProbe probe;
  probe.claims_in("宏碁2006年第3季營收達1200億元。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.subject_of("達1200億元") == "宏碁");
  REQUIRE(probe.claims[0].period);
  CHECK(probe.claims[0].period->start == "2006-07");
  CHECK(probe.claims[0].period->end == "2006-09");
}

TEST_CASE("a stop character that ends a word of the lexicon ends the subject before the word",
          "[extract][frames]") {
  // 共有, 终于, 业已: the subject stops at 有, 于 and 已, which end a word that starts after the
  // noun phrase; before, the word's first character stayed in the subject (全国共, 两家公司终).
  SubjectProbe probe;
  probe.claims_in("截至目前，全国共有公共图书馆3253个。");
  CHECK(probe.subject_of("3253个") == "全国");
  probe.claims_in("两家公司终于在上月签下3份合同。");
  CHECK(probe.subject_of("3份") == "两家公司");
  probe.claims_in("星河集团业已建成12座工厂。");
  CHECK(probe.subject_of("12座") == "星河集团");
}

TEST_CASE("a count opening a short quotation names a slogan, not a figure", "[extract][frames]") {
  CHECK(claims_of("要增强“四个意识”、做到“两个维护”。").empty());
  CHECK(claims_of("刘德华等人被誉为“四大天王”。").empty());
  // Money in a quotation stays a figure.
  CHECK_FALSE(claims_of("松嶋菜菜子同列「八千萬日圓俱樂部」。").empty());
}

TEST_CASE("a subject in quotation or title marks keeps them as written, not in its key",
          "[extract][frames]") {
  // The key is what another outlet's claim is grouped by: 星河觅影 with or without marks.
  auto claims = claims_of("截至2018年7月，“星河觅影”已累计服务90余万患者。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "“星河觅影”");
  CHECK(claims[0].subject == "星河觅影");
  // A known name inside the marks is still the entity.
  claims = claims_of("截至2018年7月，“腾讯觅影”已累计服务90余万患者。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "tencent");
}

TEST_CASE("an opener that starts a longer word opens the clause with the whole word",
          "[extract][frames]") {
  // 使 and 经 open clauses (使…, 经…); as the first characters of 使得 and 经过 they are no
  // openers of their own, and skipping them alone left 得总产能 and 过数字化改造 as subjects.
  SubjectProbe probe;
  probe.claims_in("台塑将扩建碳纤维工厂，使得总产能将达7450吨。");
  CHECK(probe.subject_of("达7450吨") == "总产能");  // (达: reaching, the qualifier)
  probe.claims_in("经过数字化改造，企业的生产效率提高了30%。");
  CHECK(probe.subject_of("30%") == "企业的生产效率");
}

TEST_CASE("a verb alone before an event's date is no subject, the one named before acts",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("目前，重点水毁修复项目已修复4558处，确保今年主汛期前完成修复重建。");
  CHECK(probe.subject_of("今年") == "重点水毁修复项目");  // not 确保
  probe.claims_in("TANK昨為專輯慶功，宣布四月一日在淡水漁人碼頭開唱。");
  CHECK(probe.subject_of("四月一日") == "TANK");  // not 宣布
  // A noun jieba tags as a verb (围棋) is a subject.
  probe.claims_in("圍棋今年首次成為亞運正式競賽。");
  CHECK(probe.subject_of("今年") == "圍棋");
}

TEST_CASE("a noun or a name that opens with or holds a verb is no verb and its object",
          "[extract][frames]") {
  // nominal_words.txt holds jieba's nouns that open with a verb (联合|国, 集成|电路, 解放|军).
  SubjectProbe probe;
  probe.claims_in("联合国安理会15日以12票赞成、3票弃权通过决议。");
  CHECK(probe.subject_of("15日") == "联合国安理会");
  CHECK(probe.subject_of("12") == "联合国安理会");
  // A name with a verb inside it (国家|统计|局) dates no event of that verb.
  probe.claims_in("7月15日，国家统计局发布数据。");
  CHECK(probe.subject_of("7月15日") == "国家统计局");
  probe.claims_in("集成电路、锂电池等产品出口增长7.3倍。");
  CHECK(probe.subject_of("7.3倍").rfind("集成电路", 0) == 0);
}

TEST_CASE("a rate's one-character suffix takes the word before it into the metric",
          "[extract][frames]") {
  // 率 alone would leave what is rated (城镇化, 国产化, 贡献) in the subject.
  auto claims = claims_of("2024年末，我国城镇化率为67%。首批项目国产化率达到51%。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].metric_text == "城镇化率");
  CHECK(claims[1].metric_text == "国产化率");
  CHECK(claims[1].subject_text == "首批项目");
}

TEST_CASE("an adverb of manner ends a subject or stands for none", "[extract][frames]") {
  // 扎实, 积极, 全力: how something is done, no part of who does it (frames.json
  // function_words).
  SubjectProbe probe;
  probe.claims_in(
      "今年，广东着力推动产业协作、科创协同、服务共享，力争到年底建成50个以上生产性服务业集聚区。");
  CHECK(probe.subject_of("50个以上") == "广东");  // not 广东着力推动产业协作、科
}

TEST_CASE("after a verb, a count's metric is the kind of thing it counts, keyed with the verb",
          "[extract][frames]") {
  // The claims_dev convention: subject 亚研院, metric 论文; the verb alone would group papers
  // published with papers cited, and the noun alone would group them too.
  SubjectProbe probe;
  probe.claims_in("亚研院发表了300篇论文。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.subject_of("300篇") == "亚研院");
  CHECK(probe.claims[0].metric_text == "论文");
  CHECK(probe.claims[0].metric == "发表:论文");
  // After a place phrase and the verb, in a list: each count its own thing.
  probe.claims_in("我国基本建立了涵盖23颗遥感卫星、15.5万个地面水文报汛站的监测体系。");
  REQUIRE(!probe.claims.empty());
  CHECK(probe.claims[0].metric_text == "遥感卫星");
  // A name counted is what the figure is about, no kind of thing.
  probe.claims_in("苹果第四财季共售出4688.9万部iPhone。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "售出");
  probe.claims_in("星河市建成了12座体育馆。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "体育馆");
  CHECK(probe.claims[0].metric == "建成:体育馆");
  // An ordinal numbers the subject itself: 《求是》杂志 stays the subject, not also the metric.
  probe.claims_in("今天出版的第22期《求是》杂志发表重要文章。");
  for (const auto& c : probe.claims) CHECK(c.metric_text != "《求是》杂志");
}

TEST_CASE("what the things a count opens its clause with do, or the people of a share, is measured",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("有7万多名社会各界群众沿长街等候，向英灵致敬。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].subject_text == "社会各界群众");
  CHECK(probe.claims[0].metric_text == "沿长街等候");
  // A share of people: what they think or would do (two shares, two different measures).
  probe.claims_in("调查显示，有六成受访者认为房价过高，两成受访者打算明年买房。");
  REQUIRE(probe.claims.size() == 2);
  CHECK(probe.claims[0].metric_text == "认为房价过高");
  CHECK(probe.claims[1].metric_text == "打算明年买房");
  CHECK(probe.claims[0].metric != probe.claims[1].metric);
  // An ordinal numbers its noun and an age describes it: what the noun does measures neither.
  probe.claims_in("第五届星河论坛在乌镇召开。");
  for (const auto& c : probe.claims) CHECK(c.metric_text != "在乌镇召开");
  probe.claims_in("16岁高中少女疑被绑架。");
  for (const auto& c : probe.claims) CHECK(c.metric_text != "疑被绑架");
}

TEST_CASE("a date that ends a subject is no part of it, a forecaster before a date is no subject",
          "[extract][frames]") {
  SubjectProbe probe;
  // The topic carried to the next clause is the body, without the day it spoke.
  probe.claims_in("星河省卫生厅10日说，该省累计报告确诊病例1830例，死亡648例。");
  CHECK(probe.subject_of("648例") == "星河省卫生厅");
  // 预测 and the forecaster before the date: the figure is of what is forecast.
  probe.claims_in("国际货币基金组织预测2023年全球经济将增长2.9%。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].subject_text == "经济");
  CHECK(probe.claims[0].scope == "全球");
  probe.claims_in("星河研究院预计明年星河市人口将增长3%。");
  CHECK(probe.subject_of("3%") == "星河市人口");
  // A subject never spans a break (CFEVER 1119: 根據2018年的數據，桌面操作系統MacOS…).
  probe.claims_in("根据2018年的数据，桌面操作系统MacOS使用份额跌出前三。");
  CHECK(probe.subject_of("2018年") == "桌面操作系统MacOS");
  // With no date after the verb, the phrase after it (法人预计华冠第3季…, aitlas finance); a
  // verb after it opens the predicate and the forecaster stays (公路预计发送旅客, xwlb).
  probe.claims_in("法人预计华冠第3季出货量成长10%。");
  CHECK(probe.subject_of("10%") == "华冠");
  probe.claims_in("分析师预计星河科技今年营收增长10%。");
  CHECK(probe.subject_of("10%") == "星河科技");
  probe.claims_in("全国铁路预计发送旅客1500万人次。");
  CHECK(probe.subject_of("1500万人次") == "铁路");
  probe.claims_in("今年春运，全国铁路预计日均发送1348万人次。");  // (an opener after it)
  CHECK(probe.subject_of("1348万人次") == "铁路");
  // A date after a name alone is still the figure's time, the name its subject.
  probe.claims_in("林青霞今年52岁。");
  CHECK(probe.subject_of("52") == "林青霞");
}

TEST_CASE("a product named in Latin letters after a count's measure word is the subject",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河科技第三季度共售出120万部Galaxy Note手机。");
  CHECK(probe.subject_of("120万部") == "Galaxy Note");
  // An acronym in capitals alone names a kind of thing, not a product.
  probe.claims_in("张明拥有2个MBA学位。");
  CHECK(probe.subject_of("2个") == "张明");
}

TEST_CASE("a year's digits before 款 name a model year, no count of models", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("评测中，2018款星河笔记本的续航为10小时。");
  CHECK(probe.subject_of("2018款") == "<no claim>");
  probe.claims_in("星河公司今年推出了3款新手机。");
  CHECK(probe.subject_of("3款") == "星河公司");
}

TEST_CASE("a span counted back to the reference date is a period, no event's date",
          "[extract][frames]") {
  // 十年来，…建成: the decade is the period of the count, no date of the building.
  const auto claims = claims_of("十年来，星河市建成了5座体育馆。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.kind != ValueKind::DATE);
  REQUIRE(claims[0].period);
  CHECK(claims[0].period->end == "2025-03-31");
}

TEST_CASE("a bare number before a function word counts nothing: a code or a name",
          "[extract][frames]") {
  // 铁路12306 is the booking service; 已 after it opens the predicate, no counted noun.
  SubjectProbe probe;
  probe.claims_in("截至下午3时，铁路12306已累计发售车票超过3亿张。");
  CHECK(probe.subject_of("12306") == "<no claim>");
  CHECK(probe.subject_of("超过3亿张") == "铁路12306");
}

TEST_CASE("a locative word after the subject's noun places the figure, no part of the subject",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("黄河河道里的水量达到5亿立方米。");
  CHECK(probe.subject_of("达到5亿立方米") == "黄河河道");
  // A word that ends with the locative stays whole (中方 is China's side).
  probe.claims_in("中方已向灾区提供3000万元援助。");
  CHECK(probe.subject_of("3000万元") == "中方");
}

TEST_CASE("a date of a report cited with 据 dates the report, whose subject is the reporter",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("据星河通讯社22日报道，星河军队在北岸击退了对方的进攻。");
  CHECK(probe.subject_of("22日") == "星河通讯社");
  // Without 据 the date is the event's, done by the one named after it.
  probe.claims_in("星河军队22日在北岸击退了对方的进攻。");
  CHECK(probe.subject_of("22日") == "星河军队");
}

TEST_CASE(
    "a phrase of behalf or cause (受…委托 or 受…影响) names no actor and a date before it "
    "dates the clause after",
    "[extract][frames]") {
  // 统战 is a verb of the lexicon, but 统战部 is a noun: no event's verb.
  const std::string text = "12月16日，受中共中央委托，中央统战部部长石泰峰向党外人士通报会议精神。";
  SubjectProbe probe;
  probe.claims_in(text);
  CHECK(probe.subject_of("12月16日") == "中央统战部部长石泰峰");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "通报");
  // A clause of a counting source (卫福部统计，) names no topic; 国家统计局 keeps its 统计.
  probe.claims_in("卫福部统计，去年国人平均寿命为80.77岁。");
  CHECK(probe.subject_of("80.77") == "国人");
  probe.claims_in("国家统计局今天发布的数据显示，全国粮食总产量为13908亿斤。");
  CHECK(probe.claim_at("13908亿斤"));
  // An event named with a demonstrative is what the counts after it are of.
  probe.claims_in("这起事故造成3人死亡、12人受伤。");
  CHECK(probe.subject_of("12人") == "事故");
  // A phrase of cause (受…影响) names no topic either: the subject is the one named after it.
  probe.claims_in("受台风影响，全省共转移群众2.3万人。");
  CHECK(probe.subject_of("2.3万人") == "全省");
}

TEST_CASE("a company that publishes its own report is the topic of the figures after it",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("海天味业发布年报，营收为20亿元。");
  CHECK(probe.subject_of("20亿元") == "海天味业");
  // A date of publishing and the period of the report stand around the verb.
  probe.claims_in("海天味业昨日发布了2024年年报，净利润为12亿元。");
  CHECK(probe.subject_of("12亿元") == "海天味业");
  // A statistics office publishing data is no topic: the aggregate is its own subject.
  probe.claims_in("国家统计局发布数据，国内生产总值增长5%。");
  CHECK(probe.subject_of("5%") != "国家统计局");
}

TEST_CASE("a word ending in a linker's character keeps it, and 附近 places the figure",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河水库附近有5个村庄。");
  CHECK(probe.subject_of("5个") == "星河水库");
}

TEST_CASE("a modal verb (能, 应) ends no subject", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河军队应在1月26日之前撤出北岸。");
  CHECK(probe.subject_of("1月26日之前") == "星河军队");
  // A word of the lexicon that ends with one stays whole.
  probe.claims_in("星河电网的供应达到3000万千瓦。");
  CHECK(probe.subject_of("达到3000万千瓦") == "星河电网的供应");
}

TEST_CASE("特别是 and 尤其是 open a clause: no part of its subject or metric",
          "[extract][frames]") {
  const auto claims = claims_of("星河省出口持续增长，特别是四季度增长了5%。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject_text == "星河省");
  CHECK(claims[0].metric_text == "增长");
}

TEST_CASE("a count of editions (三届) counts those of the noun after it", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河市已经举办了三届星河国际电影节。");
  CHECK(probe.subject_of("三") == "星河国际电影节");
}

TEST_CASE("an adverb of two characters leaves a metric as written whole, never half",
          "[extract][frames]") {
  // 已经: not 已 alone, which would leave 经举办.
  const auto claims = claims_of("星河市已经举办了三届星河国际电影节。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].metric_text == "举办");
}

TEST_CASE(
    "a clause opening with 针对 or 对于 names no topic, 有 after a day's date introduces "
    "who acts",
    "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("针对星河区拆除民宅一事，昨天有居民在网上发文表示，补偿标准过低。");
  CHECK(probe.subject_of("昨天") == "居民");
}

TEST_CASE("分别 with no list before it pairs its figures with the clause before, item by item",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河公司第四季度共卖出969.9万台Nova和529.9万台Vega，同比分别下跌6%和2%。");
  CHECK(probe.subject_of("6%") == "Nova");
  CHECK(probe.subject_of("2%") == "Vega");
}

TEST_CASE("a short word before a figure in brackets after a name is what the figure measures",
          "[extract][frames]") {
  const auto claims = claims_of("星河地产股昨天大幅下跌，尤其是星河置业（跌8.75%）跌幅较深。");
  REQUIRE_FALSE(claims.empty());
  bool found = false;
  for (const auto& c : claims)
    if (c.value.figure.value == 8.75) {
      found = true;
      CHECK(c.metric_text == "跌");
    }
  CHECK(found);
}

TEST_CASE("a rank takes the verb of ranking before it as its metric, under one key",
          "[extract][frames]") {
  const auto claims = claims_of("本次锦标赛星河选手以71.6分排名第一。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].metric_text == "排名");
  CHECK(claims[1].metric == "rank");
  // A count of consecutive years before the verb is no metric of the rank.
  SubjectProbe probe;
  probe.claims_in("星河公司连续八年位居全球第一。");
  const Claim* first = probe.claim_at("第一");
  REQUIRE(first);
  CHECK(first->metric == "rank");
  // A metric word before the verb says what is ranked, and stays.
  probe.claims_in("星河公司市场份额排名第一。");
  REQUIRE(probe.claim_at("第一"));
  CHECK(probe.claim_at("第一")->metric == "market_share");
}

TEST_CASE("after a copula a rank and 的 name the class the subject ranks in, not the subject",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河公司是全球第二大的手机厂商。");
  CHECK(probe.subject_of("第二大") == "星河公司");
  // Written with or without 的, the class is the same metric.
  const auto with_of = claims_of("星河公司是全球第二大的手机厂商。");
  const auto without = claims_of("星河公司已成为全球第三大手机厂商。");
  REQUIRE(with_of.size() == 1);
  REQUIRE(without.size() == 1);
  CHECK(with_of[0].metric == without[0].metric);
  // Without a copula, or with nothing but an opener before it, the noun is the ranked one.
  probe.claims_in("问题不在排名2、3的星河队，反而是第4名的隆星队。");
  CHECK(probe.subject_of("第4名") == "隆星队");
}

TEST_CASE("a name carried to the next clause is the figure's subject, its verb cut off",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河队韩星砍下20分，并抢下10个篮板。");
  CHECK(probe.subject_of("20") == "星河队韩星");
  CHECK(probe.subject_of("10个") == "星河队韩星");
}

TEST_CASE("a part of a game opening a clause says when, never who, but 本届 names the edition",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("第二节隆星拿下7分。本届星河博览会吸引了3000多家企业参展。");
  CHECK(probe.subject_of("7") == "隆星");
  CHECK(probe.subject_of("3000多家") == "本届星河博览会");
}

TEST_CASE("a verb right before the noun of an event qualifies the noun, the later verb dates it",
          "[extract][frames]") {
  const auto claims = claims_of("明天上午10时，星河烈士遗骸安葬仪式将在星河烈士陵园举行。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].metric_text == "举行");
  CHECK(claims[0].subject_text == "星河烈士遗骸安葬仪式");
}

TEST_CASE("an ordinal opening its clause ranks the noun after its phrase and 的",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("第三个越过终点线的星河选手王星也依旧满脸笑容。星河队第二次夺得冠军。");
  CHECK(probe.subject_of("第三个") == "星河选手王星");
  CHECK(probe.subject_of("第二次") == "星河队");
}

TEST_CASE("a figure after a verb then 的 and a noun measures the object of the verb",
          "[extract][frames]") {
  const auto claims =
      claims_of("辉宏电子昨日完成270亿元的银行联贷案。面积3.5平方公里的星河村吸引游客。");
  bool loan = false, village = false;
  for (const auto& c : claims) {
    if (c.value.figure.value == 27000000000.0) {
      loan = true;
      CHECK(c.subject_text == "辉宏电子");
      CHECK(c.metric_text == "银行联贷案");
      CHECK(c.metric == "完成:银行联贷案");
    }
    if (c.value.figure.value == 3.5) {
      village = true;
      CHECK(c.subject_text == "星河村");
    }
  }
  CHECK(loan);
  CHECK(village);
}

TEST_CASE("a verb between a name and a count ends the name, the key is the verb and the thing",
          "[extract][frames]") {
  // With or without the aspect particle: one key, so that two outlets' wordings meet.
  for (const char* sentence : {"辉宏军击落71架无人机。", "辉宏军击落了71架无人机。"}) {
    const Claim drones = only_claim(sentence);
    CHECK(drones.subject_text == "辉宏军");
    CHECK(drones.metric_text == "无人机");
    CHECK(drones.metric == "击落:无人机");
  }
  const Claim papers = only_claim("辉宏研究院发表300篇论文。");
  CHECK(papers.subject_text == "辉宏研究院");
  CHECK(papers.metric == "发表:论文");
}

TEST_CASE("a verb of deciding after a name ends the name and opens what is decided",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "星河银行决定下调存款准备金率0.25个百分点。委员长会议18日在北京召开，"
      "决定星河大会第七次会议12月25日至29日在北京举行。");
  CHECK(probe.subject_of("0.25个百分点") == "星河银行");
  CHECK(probe.subject_of("12月25日至29日") == "星河大会第七次会议");
}

TEST_CASE("a list that a count totals is the object of the verb before it, never the subject",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "星河影片勇夺最佳影片、导演、原著剧本、新人等4大奖，成最大赢家。"
      "星河集团携手中国移动、中国电信、中国联通三大运营商。"
      "星河书展展销各类出版物、文创产品30余万种。");
  CHECK(probe.subject_of("4大") == "星河影片");
  CHECK(probe.subject_of("三大") == "星河集团");
  CHECK(probe.subject_of("30余万种") == "星河书展");
  // No verb before the list: the list is the group the count is of.
  probe.claims_in("沙特、俄罗斯等7个产油国决定增产。");
  CHECK(probe.subject_of("7个") == "沙特、俄罗斯等");
}

TEST_CASE("a verb that takes a predicate after a name ends the name", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "星河军继续向147个地区发动袭击。星河港坚持科技引领，单机平均效率提升50%。"
      "辉宏健康承诺向星河汽车提供20亿美元。");
  CHECK(probe.subject_of("147个") == "星河军");
  CHECK(probe.subject_of("50%") == "星河港");
  CHECK(probe.subject_of("20亿美元") == "辉宏健康");
}

TEST_CASE("a verb before 于 ends the subject, and 位于 wins over 区位", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "鑫锐达公司成立于2001年，拥有5个展馆。鑫锐达区位于重庆，面积3平方公里。"
      "新一轮停火谈判定于15日举行。");
  CHECK(probe.subject_of("2001年") == "鑫锐达公司");
  CHECK(probe.subject_of("5个") == "鑫锐达公司");
  CHECK(probe.subject_of("3平方公里") == "鑫锐达区");
  // (判定 starts inside 谈判: no verb to cut there, never 新一轮停火谈.)
  CHECK(probe.subject_of("15日") != "新一轮停火谈");
}

TEST_CASE("a conjunction before the next count ends the noun a count counts", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("辉宏拿下30分，外加8个篮板、5次助攻、1次抢断和4次盖帽。");
  CHECK(probe.subject_of("1") == "辉宏");
  CHECK(probe.subject_of("4") == "辉宏");
}

TEST_CASE("a heading glued to the sentence ends where a word that only opens a sentence starts",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "辉宏掌握新照片此外昨天星河分局出动警力。"
      "辉宏全球3季报酬5%事实上，基金主要投资美欧市场。");
  CHECK(probe.subject_of("昨天") == "星河分局");
  // A figure inside the heading keeps the heading as its clause.
  CHECK(probe.subject_of("5%").rfind("辉宏全球", 0) == 0);
}

TEST_CASE("spending is a metric word, and public budget spending an official aggregate",
          "[extract][frames]") {
  const Claim budget = only_claim("1—10月，全国一般公共预算支出22万亿元。");
  CHECK(budget.subject_text == "一般公共预算支出");
  CHECK(budget.metric == "fiscal_expenditure");
  const Claim research = only_claim("星河市全社会研发经费支出突破3万亿元。");
  CHECK(research.metric_text == "支出");
}

TEST_CASE("a count measures the noun it counts even when the lexicon lacks the noun",
          "[extract][frames]") {
  const Claim moved = only_claim("目前，星河区首批疏解的4家央企总部相继进入收尾阶段。");
  CHECK(moved.metric_text == "央企总部");
  // (八部门: the measure word starts a word; 门日前 is no noun counted.)
  for (const auto& c : claims_of("民政部等八部门日前印发通知。")) CHECK(c.metric_text != "门日前");
}

TEST_CASE(
    "a measure word that is a noun itself says what a count counts, and a time word after "
    "a count is no thing counted",
    "[extract][frames]") {
  const Claim departments = only_claim("星河部、辉宏委员会等8部门联合印发了实施方案。");
  CHECK(departments.metric_text == "部门");
  CHECK(departments.value.figure.value == 8.0);
  CHECK(departments.value.figure.measure == "部门");
  SubjectProbe probe;
  probe.claims_in("辉宏研究院两年之后迁往星河市。");
  for (const auto& c : probe.claims) CHECK(c.metric_text != "之后");
}

TEST_CASE("a count measures the whole noun phrase it counts when a common noun ends it",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "星河市1030个重点工业园区在岗人数回升。辉宏集团两座大楼如期完工。"
      "星河委员会第四次全体会议在京举行。");
  CHECK(probe.metric_of("1030个") == "重点工业园区");
  CHECK(probe.metric_of("第四次") == "全体会议");
  // (如期 is no noun: the count measures 大楼 alone.)
  CHECK(probe.metric_of("两座") == "大楼");
}

TEST_CASE("a place phrase before the verb of a count says where, the verb and the thing key it",
          "[extract][frames]") {
  const Claim workshops = only_claim("星河国在辉宏洲建设了10个鲁班工坊。");
  CHECK(workshops.subject_text == "星河国");
  CHECK(workshops.metric_text == "鲁班工坊");
  CHECK(workshops.metric == "建设:鲁班工坊");
  // One key with or without the place, so that two outlets' wordings meet.
  CHECK(only_claim("辉宏研究院在星河市发表了300篇论文。").metric ==
        only_claim("辉宏研究院发表了300篇论文。").metric);
}

TEST_CASE("a distributive at the end of a subject phrase is no part of the name",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("星河科技每年11月举办开发者大会。辉宏新区每坪约15万元。");
  CHECK(probe.subject_of("11月") == "星河科技");
  CHECK(probe.subject_of("约15万元") == "辉宏新区");
  // Per ping stays in what is measured; how often (每年) does not.
  for (const auto& c : probe.claims)
    if (c.subject_text == "辉宏新区") CHECK(c.metric_text == "每坪");
}

TEST_CASE("a verbal noun right before a count is its verb, the thing counted what it measures",
          "[extract][frames]") {
  const Claim platforms = only_claim("星河省今年建设10个重大中试平台。");
  CHECK(platforms.subject_text == "星河省");
  CHECK(platforms.metric_text == "重大中试平台");
  CHECK(platforms.metric == "建设:重大中试平台");
}

TEST_CASE("the noun phrase a figure describes ends where a number starts the next figure",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "辉宏队本赛季场均18.5分7.2个篮板3.1个助攻。"
      "长约30公里的星河绿道串联起辉宏沿海12个景区和6个渔村。");
  CHECK(probe.subject_of("7.2个") == "辉宏队");
  CHECK(probe.metric_of("7.2个") == "篮板");
  CHECK(probe.subject_of("3.1个") == "辉宏队");
  CHECK(probe.metric_of("3.1个") == "助攻");
  for (const char* value : {"约30公里", "12个", "6个"}) {
    INFO(value);
    CHECK(probe.subject_of(value).find("12") == std::string::npos);
  }
}

TEST_CASE("a word that opens clauses or a time of day ends no subject, an average is measured",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in(
      "星河商贸城日均客流量超20万人。辉宏军当天造成至少12人受伤。"
      "星河电子此后连续三年每年投入1000万元。辉宏龙舟队上午在200米直道赛中夺冠。"
      "星河村民阿明和另外两名村民一起救出7人。");
  CHECK(probe.subject_of("超20万人") == "星河商贸城");
  CHECK(probe.metric_of("超20万人") == "日均客流量");
  CHECK(probe.subject_of("至少12人") == "辉宏军");
  CHECK(probe.subject_of("1000万元") == "星河电子");
  CHECK(probe.subject_of("200米") == "辉宏龙舟队");
  // (Then the conjunction the word leaves at the end goes too.)
  CHECK(probe.subject_of("两") == "星河村民阿明");
}

TEST_CASE("an adverb of contrast or restriction ends no subject", "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("辉宏集团却在2020年成立3家子公司。");
  CHECK(probe.subject_of("3家") == "辉宏集团");
  CHECK(probe.subject_of("2020年") == "辉宏集团");
}

TEST_CASE("a count after a verb of cause is of the event the clause before introduces",
          "[extract][frames]") {
  // xwlb-20250623-15: the attack caused the dead, not the army that reports them.
  SubjectProbe probe;
  probe.claims_in("星河军方22日称，辉宏训练场遭导弹袭击，造成3人死亡、11人受伤。");
  CHECK(probe.subject_of("3人") == "导弹袭击");
  CHECK(probe.metric_of("3人") == "死亡");
  CHECK(probe.subject_of("11人") == "导弹袭击");
  // After 发生, a count of events (一起) is no part of the event.
  probe.claims_in(
      "辉宏市26日发生枪击事件，造成2人死亡。星河县发生一起燃气爆炸事故，造成31人死亡。");
  CHECK(probe.subject_of("2人") == "枪击事件");
  CHECK(probe.subject_of("31人") == "燃气爆炸事故");
  // 了 and a count with its qualifier are no part of the event either; the counts after the
  // first are the event's too.
  probe.claims_in(
      "星河市也发生了枪击事件，造成4人死亡。辉宏市发生超过20起枪击案，共造成3人死亡，27人受伤。");
  CHECK(probe.subject_of("4人") == "枪击事件");
  CHECK(probe.subject_of("3人") == "枪击案");
  CHECK(probe.subject_of("27人") == "枪击案");
  // A verb alone names no event apart from where it happened; without an event introduced,
  // the subject before stays.
  probe.claims_in(
      "星河大桥因山洪暴发发生垮塌，造成25辆车辆坠河。辉宏市今年引进企业，带动3万人就业。");
  CHECK(probe.subject_of("25辆") == "星河大桥");
  CHECK(probe.subject_of("3万人") == "辉宏市");
}

TEST_CASE("counters of buildings, schools, songs and places count the noun after them",
          "[extract][figures][frames]") {
  SubjectProbe probe;
  probe.claims_in("辉宏新区4000多栋楼宇拔地而起。星河市建成4所高校。辉宏台播出9首歌曲。");
  CHECK(probe.metric_of("4000多栋").rfind("楼宇", 0) == 0);
  CHECK(probe.metric_of("4所") == "高校");
  CHECK(probe.metric_of("9首") == "歌曲");
  // 四处 (everywhere) counts nothing; 三部曲 (a trilogy) is three parts.
  probe.claims_in("警方把协寻专刊四处张贴。");
  CHECK(probe.claims.empty());
  probe.claims_in("《星河》系列电影三部曲宣布启动。");
  CHECK(probe.claims.size() == 1);
}

TEST_CASE("a lone word that is no noun after a count opening its clause is its predicate",
          "[extract][frames]") {
  // xwlb-20230611-12: 其中207处失控 counts the fires named before, 失控 says what they do.
  SubjectProbe probe;
  probe.claims_in("星河省有426处野火在燃烧，其中207处失控。");
  CHECK(probe.subject_of("207处") == probe.subject_of("426处"));
  CHECK(probe.metric_of("207处") == "失控");
  // In a list of counts the word is what is counted.
  probe.claims_in("辉宏队场均砍下24.1分8.3次助攻。");
  CHECK(probe.metric_of("8.3") == "助攻");  // (次 is a measure word: the value is the number)
}

TEST_CASE("a place before a count says where the things are, and two verbs make one predicate",
          "[extract][frames]") {
  SubjectProbe probe;
  probe.claims_in("辉宏国在星河国有两处军事基地。星河省复制推广了278项制度创新成果。");
  CHECK(probe.subject_of("两处") == "辉宏国");
  CHECK(probe.metric_of("两处") == "军事基地");
  CHECK(probe.subject_of("278") == "星河省");
  CHECK(probe.metric_of("278") == "复制推广");
  // 在 opening a noun (在园: enrolled) with the figure right after it is no place.
  probe.claims_in("2023年，星河省在园幼儿93万人。");
  CHECK(probe.metric_of("93万人") == "在园幼儿");
}

TEST_CASE("a clause that 在 opens names no subject: the one named before did what it says",
          "[extract][frames]") {
  // aitlas-sports_19-003: 在季後賽出賽5場 counts the pitcher's games, not the playoffs'.
  SubjectProbe probe;
  probe.claims_in("辉宏大联盟生涯8年中，在季后赛出赛5场。");
  CHECK(probe.subject_of("5") == probe.subject_of("8年"));
  // 对于 is no 于 of place; 在 alone in its clause places the clauses after it.
  probe.claims_in(
      "对于星河扎根青训基地18年，培养出一批批优秀青年球员的成果，局长给予了高度的评价。"
      "在辉宏县龙海灌区，改良后的1.6万亩盐碱地喜获丰收。");
  CHECK(probe.subject_of("18年") == "星河扎根青训基地");
  CHECK(probe.subject_of("1.6万亩") == "辉宏县龙海灌区");
  // A birthday is a moment of the person's, no subject of the age.
  probe.claims_in("11月6日，辉宏迎来26岁生日。");
  CHECK(probe.subject_of("26") == "辉宏");
}

TEST_CASE("同日 and 当天 opening a clause name the day the article last named",
          "[extract][dates][frames]") {
  // xwlb-20240724-02: 同日 is the day of the sentence before, not the publication's.
  SubjectProbe probe;
  probe.claims_in("辉宏主席3月23日向论坛致贺信。同日，星河总统也向论坛致贺信。");
  const Claim* same_day = probe.claim_at("同日");
  REQUIRE(same_day);
  REQUIRE(same_day->value.kind == ValueKind::DATE);
  CHECK(same_day->value.date.date == "2025-03-23");
  CHECK(same_day->subject_text == "星河总统");
  // xwlb-20260519-14: 当天 opening a clause dates the figures of its clause.
  probe.claims_in("星河组织18日表示，当天向辉宏国运送约4.7吨医疗物资。");
  const Claim* supplies = probe.claim_at("约4.7吨");
  REQUIRE(supplies);
  REQUIRE(supplies->period);
  CHECK(supplies->period->start == "2025-03-18");
  // No day named before, a word after it (当日本: when Japan), or inside a clause: no date.
  probe.claims_in("同日，星河总统致贺信。会议18日举行。当日本政府宣布退出时，市场下跌3%。");
  CHECK_FALSE(probe.claim_at("同日"));
  CHECK_FALSE(probe.claim_at("当日"));
  probe.claims_in("辉宏总统12日援引当天看到的1篇新闻报导说，星河公司营收增长5%。");
  CHECK_FALSE(probe.claim_at("当天"));
}

TEST_CASE("a year written without 年 before a part of it is the period of the figures after it",
          "[extract][dates][frames]") {
  // xwlb-20230202-01: 预计2022全年物流总额… is of 2022, not of the publication year.
  SubjectProbe probe;
  probe.claims_in(
      "预计2022全年星河物流总额将超过330万亿元。2023上半年辉宏公司营收增长5%。"
      "辉宏公司2024一季度利润增长10%，2021前三季度出口增长20%。");
  const auto period = [&](const std::string& value) {
    const Claim* c = probe.claim_at(value);
    return c && c->period ? c->period->start + ".." + c->period->end : std::string("<none>");
  };
  CHECK(period("超过330万亿元") == "2022..2022");
  CHECK(period("5%") == "2023-01..2023-06");
  CHECK(period("10%") == "2024-01..2024-03");
  CHECK(period("20%") == "2021-01..2021-09");
  // A year's end or start is written with 年: 2022底 is no date; nor is a price.
  probe.claims_in("辉宏公司售价2000元，2000底价不变。");
  CHECK_FALSE(probe.claim_at("2000底"));
}

TEST_CASE("a clause topic ends before its verbs and adverbs, and two verbs share one object",
          "[extract][frames]") {
  // xwlb-20221020-07: the topic is the noun phrase, not the clause with its predicate.
  SubjectProbe probe;
  probe.claims_in("星河市新兴产业深入推进，先后建设了21个产业园。");
  CHECK(probe.subject_of("21个") == "星河市新兴产业");
  // A noun phrase ends before an adverb of the lexicon (似乎, 逐年), also one it carries on.
  probe.claims_in("辉宏意识逐年提升，今年已有3000人报名。");
  CHECK(probe.subject_of("3000人") == "辉宏意识");
  probe.claims_in("辉宏公司果然不负众望，今年营收达到50亿元。");
  CHECK(probe.subject_of("达到50亿元") == "辉宏公司");
  // An adverb alone is no attribute of the figure either (高速公路 is one word).
  probe.claims_in("星河组合年龄加起来刚好100岁。星河高速公路全长120公里。");
  CHECK(probe.metric_of("100岁") != "刚好");
  CHECK(probe.subject_of("120公里") == "星河高速公路");
  // A clause of a noun phrase, a verb and its object names the noun phrase (p233-32219da9fb7f).
  probe.claims_in("星河腕表采用烟色透明蓝宝石表盘。直径40毫米，厚度仅为9.6毫米。");
  CHECK(probe.subject_of("仅为9.6毫米") == "星河腕表");
  // Not where 的 follows the object: the verb is a relative clause's, the noun runs on.
  probe.claims_in("在日本掀起名模热的星河女星，广告身价高达三千五百万日圆。");
  CHECK(probe.subject_of("高达三千五百万日圆") == "日本掀起名模热的星河女星");
  // p233-052056f00797: 过滤和清洁 are two verbs of one object; 和清洁 is no subject.
  probe.claims_in("每天过滤和清洁200万吨水。");
  CHECK(probe.subject_of("200万吨") != "和清洁");
}

TEST_CASE("a rank right before a name is the name's, and a one-character verb ends a topic",
          "[extract][frames]") {
  // UHGEval num_002086: 落后第三名摩纳哥 ranks Monaco, not the team that trails it.
  SubjectProbe probe;
  probe.claims_in("星河队落后第三名辉宏队。");
  CHECK(probe.subject_of("第三名") == "辉宏队");
  // p233-b80a82810f81: 爬坡周期留了 names 爬坡周期; 留 is the verb, no part of the topic.
  probe.claims_in("辉宏表示，爬坡周期留了三个季度，实验周期也留了超过18个月。");
  CHECK(probe.subject_of("超过18个月") == "爬坡周期");
}

TEST_CASE("the word of a quantity before a change word joins the metric, wherever the date is",
          "[extract][frames]") {
  // The same fact, keyed the same way however it is written: 星河公司 · growth:revenue.
  for (const std::string text :
       {"星河公司营收增长5%。", "星河公司营收同比增长5%。", "星河公司今年营收增长5%。",
        "星河公司的营收增长5%。", "星河公司营收达到50亿元，同比增长5%。"}) {
    CAPTURE(text);
    const auto claims = claims_of(text);
    REQUIRE_FALSE(claims.empty());
    CHECK(claims.back().subject == "星河公司");
    CHECK(claims.back().metric == "growth:revenue");
  }
  // 江苏地区生产总值 is 江苏's; an aggregate alone, or after a scope word, stays the subject.
  CHECK(claims_of("江苏地区生产总值增长5%。").at(0).subject == "江苏");
  CHECK(claims_of("国内生产总值同比增长5.4%。").at(0).subject == "国内生产总值");
  CHECK(claims_of("我国出口增长5%。").at(0).subject == "出口");
  // A date between them says when; a place's suffix (市) ends an owner, 新 of 新订单 does not.
  CHECK(claims_of("星河市GDP去年增长5%。").at(0).metric == "growth:gdp");
  CHECK(claims_of("星河市GDP增长5%。").at(0).subject == "星河市");
  CHECK(claims_of("星河制造业新订单增长5%。").at(0).subject == "星河制造业新订单");
  // The clauses after it continue the quantity that changed, not its owner alone (a share of
  // value added is no share of profit).
  const auto share = claims_of("星河装备制造业增加值同比增长9.5%，占工业比重达到36.1%。");
  REQUIRE(share.size() == 2);
  CHECK(share[1].subject == "星河装备制造业增加值");
  // A figure between them (金额由67万元提高) keeps them apart.
  CHECK(claims_of("星河税的最低级距金额由67万元提高到500万元。").back().metric_text !=
        "金额由67万元提高");
}

TEST_CASE("a document speaks for its owner, and a date of its data or of a report is no event",
          "[extract][frames][attribution]") {
  // CFEVER 1119/1120: 其 after 'X的数据显示' is X; 2018年的数据 is when the data are from.
  SubjectProbe probe;
  probe.claims_in("桌面操作系统星河OS于2018年的数据显示，其使用份额位居第二。");
  const Claim* rank = probe.claim_at("第二");
  REQUIRE(rank);
  CHECK(rank->subject_text == "桌面操作系统星河OS");
  REQUIRE(rank->period);
  CHECK(rank->period->start == "2018");
  CHECK_FALSE(probe.claim_at("2018年"));
  probe.claims_in("星河公司财报显示，其营收增长5%。");
  CHECK(probe.subject_of("5%") == "星河公司");
  // 数据显示 alone names no one.
  probe.claims_in("数据显示，其营收增长5%。");
  CHECK_FALSE(probe.claim_at("5%"));
  // 据美国媒体2日报道: the report's day is no period of what it reports.
  probe.claims_in("据辉宏媒体2日报道，星河公司营收增长5%。");
  const Claim* growth = probe.claim_at("5%");
  REQUIRE(growth);
  CHECK_FALSE(growth->period);
  // Nor is the day a report is published (海天味业昨日发布年报) the period of its figures.
  probe.claims_in("海天味业昨日发布年报，营收为20亿元。");
  const Claim* revenue = probe.claim_at("20亿元");
  REQUIRE(revenue);
  CHECK(revenue->subject_text == "海天味业");
  CHECK_FALSE(revenue->period);
}

TEST_CASE("a qualifier or a unit keeps a figure after Latin letters from a model's name",
          "[extract][frames]") {
  // GDP达到5000亿元 is a figure of GDP; iPhone15 and Mate60 name products.
  SubjectProbe probe;
  probe.claims_in("星河市GDP达到5000亿元。星河市CPI约2%。");
  const Claim* gdp = probe.claim_at("达到5000亿元");
  REQUIRE(gdp);
  CHECK(gdp->subject == "星河市");
  CHECK(gdp->metric == "gdp");
  CHECK(probe.claim_at("约2%"));
  probe.claims_in("星河iPhone15售价5999元，辉宏Mate60同样售价5999元。");
  CHECK_FALSE(probe.claim_at("15"));
  CHECK_FALSE(probe.claim_at("60"));
}

TEST_CASE("a metric word after the figure and 的 says what it measures", "[extract][frames]") {
  // The same share, keyed the same way: 辉宏公司 · market_share.
  for (const std::string text :
       {"辉宏公司市场份额为30%。", "辉宏公司占据30%的市场份额。", "辉宏公司拿下30%的市场份额。"}) {
    CAPTURE(text);
    const auto claims = claims_of(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].subject == "辉宏公司");
    CHECK(claims[0].metric == "market_share");
  }
  // p233-3019ebe43906: 需要进口30万亿美元的商品 is of imports, not of 需要.
  CHECK(claims_of("未来15年星河需要30万亿美元的进口。").at(0).metric == "imports");
  // A duration measures nothing after it (暌违2年的获利).
  for (const auto& c : claims_of("辉宏重返暌违2年的获利。")) CHECK(c.metric != "net_profit");
}

TEST_CASE("the verb after a count of the dead is the metric, whichever verb it is",
          "[extract][frames]") {
  // 遇难 and 丧生 are rarer verbs than 死亡, no thing counted: never 遇难:遇难.
  for (const std::string verb : {"死亡", "遇难", "丧生"}) {
    const auto claims = claims_of("星河市工厂爆炸事故造成3人" + verb + "。");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].metric == verb);
  }
  // Whomever the cause struck (a place between the verb of cause and the count).
  const auto struck = claims_of("星河军袭击已造成邻国3000人死亡。");
  REQUIRE(struck.size() == 1);
  CHECK(struck[0].metric == "死亡");
  // (What is caused before a figure with nothing after it stays: 经济损失, the word as written.)
  const auto loss = claims_of("星河市地震造成经济损失30亿元。");
  REQUIRE(loss.size() == 1);
  CHECK(loss[0].metric_text == "经济损失");
}

TEST_CASE("a clause and 的 describe the name after them, which is the subject",
          "[extract][frames]") {
  // A relative clause opening with a verb or holding a figure (拥有悠久历史的, 成立50年的) is no
  // part of the subject, and a demonstrative before a name (这家辉宏公司) refers to nothing.
  for (const std::string text :
       {"拥有悠久历史的辉宏公司去年营收10亿元。", "成立50年的辉宏公司去年营收10亿元。",
        "这家辉宏公司去年营收10亿元。", "位于星河市的辉宏公司去年营收10亿元。"}) {
    CAPTURE(text);
    SubjectProbe probe;
    probe.claims_in(text);
    const Claim* revenue = probe.claim_at("10亿元");
    REQUIRE(revenue);
    CHECK(revenue->subject == "辉宏公司");
    CHECK(revenue->metric == "revenue");
    // 成立50年: the duration dates the founding; 去年 dates the revenue only.
    for (const auto& c : probe.claims) CHECK(c.metric != "event_date");
  }
  // (这家公司 still refers to the company named before; 他僅在10年的球季賽: a clause that a
  // pronoun opens describes nothing.)
  CHECK(claims_of("辉宏公司是一家老牌企业。这家公司去年营收10亿元。").at(0).subject == "辉宏公司");
}

TEST_CASE("a rate is keyed by the rate written, never by the kind of measure",
          "[extract][frames]") {
  // 失业率 and 出生率 are both rates; one key would group them and call them a conflict.
  const auto unemployment = claims_of("星河市的失业率为3.5%。");
  const auto births = claims_of("星河市的出生率为1.2%。");
  REQUIRE(unemployment.size() == 1);
  REQUIRE(births.size() == 1);
  CHECK(unemployment[0].metric == "失业率");
  CHECK(births[0].metric == "出生率");
  // A suffix alone takes the word before it, and a change of a rate is of that rate.
  CHECK(claims_of("辉宏公司毛利率为30%。").at(0).metric == "毛利率");
  CHECK(claims_of("星河市失业率同比下降0.2个百分点。").at(0).metric == "decline:失业率");
}

TEST_CASE("an organisation's pronoun after a speaker with a role in it is the organisation",
          "[extract][frames]") {
  // 公司 after 辉宏集团董事长王明表示 is the group, not its chairman; 他 is the chairman.
  CHECK(claims_of("辉宏集团董事长王明表示，公司今年将投资50亿元建设新工厂。").at(0).subject ==
        "辉宏集团");
  CHECK(claims_of("辉宏集团董事长王明表示，他今年将捐款50万元。").at(0).subject != "辉宏集团");
}

TEST_CASE("a modal word after a date and a quantity leaves the quantity in the metric",
          "[extract][frames]") {
  // 今年营收将增长 is growth:revenue as 今年营收增长 is; 将, 有望, 预计 say it is a forecast.
  for (const std::string text : {"辉宏公司今年营收增长10%。", "辉宏公司今年营收将增长10%。",
                                 "辉宏公司今年营收有望增长10%。"}) {
    CAPTURE(text);
    const auto claims = claims_of(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].subject == "辉宏公司");
    CHECK(claims[0].metric == "growth:revenue");
  }
}

TEST_CASE("a verb of having and a word of manner are no part of what is counted",
          "[extract][frames]") {
  // 有各类学校 counts schools; 紧急转移 and 当场死亡 are what the people counted do.
  SubjectProbe probe;
  probe.claims_in("星河市有各类学校1200所。全国共有博物馆6833家。");
  CHECK(probe.metric_of("1200所") == "学校");
  CHECK(probe.metric_of("6833家") == "博物馆");
  probe.claims_in("受台风影响，星河市已有3万人紧急转移。");
  CHECK(probe.metric_of("3万人") == "转移");
  // A count after a verb of having alone opens no subject: what is had is the subject's
  // named before in the sentence, generic noun or not.
  probe.claims_in("东经路社区的日间照料中心不仅为老年人提供了休闲场所，也有50多种康复辅助器具。");
  CHECK(probe.subject_of("50多种") == "东经路社区的日间照料中心");
  CHECK(probe.metric_of("50多种") == "康复辅助器具");
  // The same count of the dead, with or without 当场: one key.
  CHECK(claims_of("事故造成3人当场死亡。").at(0).metric ==
        claims_of("事故造成3人死亡。").at(0).metric);
}

TEST_CASE("the same growth of a company's revenue is one key however its statement is written",
          "[extract][frames]") {
  // A verb of saying or forecasting, a date, or a clause of its own before the quantity.
  for (const std::string text : {"辉宏公司2024年营收增长10%。", "辉宏公司宣布2024年营收增长10%。",
                                 "辉宏公司宣布，2024年营收增长10%。", "辉宏公司表示营收增长10%。",
                                 "辉宏公司预计2024年营收增长10%。"}) {
    CAPTURE(text);
    const auto claims = claims_of(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].subject == "辉宏公司");
    CHECK(claims[0].metric == "growth:revenue");
  }
}

TEST_CASE("a company's first quarter is a quarter, and the day it was announced no event of it",
          "[extract][frames]") {
  // 第一季 before 營收 is the fiscal quarter (a show's 第二季 stays no date); 昨天 dates the
  // announcement, the quarter the figures.
  SubjectProbe probe;
  probe.claims_in("台積電昨天公布第一季營收為764億元，較上季成長5%。");
  const Claim* revenue = probe.claim_at("764億元");
  REQUIRE(revenue);
  REQUIRE(revenue->period);
  CHECK(revenue->period->start == "2025-01");
  CHECK(revenue->period->end == "2025-03");
  int events = 0;
  for (const auto& c : probe.claims) events += c.metric.rfind("event_date", 0) == 0;
  CHECK(events == 1);
  // A statement is dated all the same, whatever metric word it holds.
  probe.claims_in("日本央行1月24日宣布将政策利率从0.25%上调至0.5%。");
  const Claim* announced = probe.claim_at("1月24日");
  REQUIRE(announced);
  CHECK(announced->metric.rfind("event_date", 0) == 0);
}

TEST_CASE("bare digits glued to a name before 的 are its model number", "[extract][frames]") {
  // 小米8的售价: one claim, the price of the 小米8; 並列20的 is a tie for 20th, still a figure.
  SubjectProbe probe;
  probe.claims_in("小米8的售价为2699元。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].subject == "小米8");
  CHECK(probe.claims[0].metric == "price");
  probe.claims_in("同樣並列20的盧曉晴，2天只吞1柏忌。");
  CHECK(probe.claim_at("20"));
}

TEST_CASE("a described or demonstrated name is a plain noun phrase, or no subject",
          "[extract][frames]") {
  // 这项科技成果可应用…, 这个单位的罚款每年…, …方面的九大领域的50位: no subject ending with a
  // verb, holding 的 or opening with a count (the figure is then dropped, not given junk).
  SubjectProbe probe;
  probe.claims_in("这项科技成果可应用在穿戴式设备等多个领域，预计未来年产值将达到10亿元。");
  CHECK(probe.subject_of("10亿元") != "科技成果可应用");
  probe.claims_in("对于这个单位的罚款每年可以达到150万美元。");
  CHECK(probe.subject_of("150万美元") != "单位的罚款每年");
  // A quantity opening a sentence that names no owner keeps its old reading: the subject
  // carried from another sentence is too often wrong (固定资产 of 固定资产投资, not 明显快).
  probe.claims_in(
      "10月份高技术制造业增加值同比增长9.4%，明显快于全部规模以上工业的增长。从投资看，1—10月份，"
      "固定资产投资同比增长3.4%。");
  CHECK(probe.subject_of("3.4%") != "明显快");
}

TEST_CASE("a measure word that opens a word after a demonstrative is part of the noun",
          "[extract][frames]") {
  // 该项目 is 该 and 项目, not 该项 and a name 目…: with nothing named before, no subject and
  // no claim; after a project is named, that project.
  SubjectProbe probe;
  probe.claims_in("该项目总投资50亿元。");
  CHECK(probe.claims.empty());
  probe.claims_in("星河大桥项目昨日开工，该项目总投资50亿元。");
  CHECK(probe.subject_of("50亿元") == "星河大桥项目");
  CHECK(probe.metric_of("50亿元") == "总投资");
}

TEST_CASE("compound metric words stay whole: sown and burnt areas, named rates, magnitudes",
          "[extract][frames]") {
  // 粮食播种面积: the grain's sown area, not 粮食播种's area; 不良贷款率 is one rate; 震级
  // is what 6.8级 measures; 3位院士 counts the academicians (位 is a measure word of people).
  SubjectProbe probe;
  probe.claims_in("全省粮食播种面积达1.2亿亩。");
  CHECK(probe.subject_of("达1.2亿亩") == "粮食");
  CHECK(probe.metric_of("达1.2亿亩") == "播种面积");
  // (过 of 过火面积 opens a word: no aspect particle cutting 大火 off as a predicate.)
  probe.claims_in("星河大火过火面积达3000平方米。");
  CHECK(probe.subject_of("达3000平方米") == "星河大火");
  CHECK(probe.metric_of("达3000平方米") == "过火面积");
  // (全省全年: the whole year after a scope word is no subject; the scope word names it.)
  probe.claims_in("全省全年接待游客1.2亿人次。");
  CHECK(probe.subject_of("1.2亿人次") == "全省");
  probe.claims_in("全省全年粮食产量达到700亿斤。");
  CHECK(probe.subject_of("达到700亿斤") == "粮食");
  probe.claims_in("星河市的不良贷款率为1.5%。");
  CHECK(probe.subject_of("1.5%") == "星河市");
  CHECK(probe.metric_of("1.5%") == "不良贷款率");
  probe.claims_in("这次地震的震级为6.8级。");
  const Claim* magnitude = probe.claim_at("6.8");
  REQUIRE(magnitude);
  CHECK(magnitude->subject_text == "地震");
  CHECK(magnitude->metric == "magnitude");
  probe.claims_in("星河医院引进了3位院士。");
  const Claim* counted = probe.claim_at("3");
  REQUIRE(counted);
  CHECK(counted->metric_text == "院士");
}

TEST_CASE(
    "a verb opening what a figure measures dates no event and capital and trade words stay whole",
    "[extract][frames]") {
  // 去年出生人数为1.8万人: 出生 is a word of the metric, not an event born last year; 外贸 is
  // part of what is traded (西部地区外贸进出口 is 西部地区's); 资本额 is registered capital.
  SubjectProbe probe;
  probe.claims_in("据统计，台北市去年出生人数为1.8万人，创历史新低。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].metric_text == "出生人数");
  REQUIRE(probe.claims[0].period);
  CHECK(probe.claims[0].period->start == "2024");
  probe.claims_in("今年前三季度，辉宏省外贸进出口总值达1.2万亿元。");
  CHECK(probe.subject_of("达1.2万亿元") == "辉宏省");
  CHECK(probe.metric_of("达1.2万亿元") == "外贸进出口总值");
  probe.claims_in("辉宏公司去年成立，注册资本1亿元。");
  const Claim* capital = probe.claim_at("1亿元");
  REQUIRE(capital);
  CHECK(capital->subject_text == "辉宏公司");
  CHECK(capital->metric == "registered_capital");
}

TEST_CASE("Taiwan's words of decline and of the whole island key like the mainland's",
          "[extract][frames]") {
  // 衰退 is a decline, 較前年 a comparison base, 全台 a scope like 全国.
  SubjectProbe probe;
  probe.claims_in("輝宏電去年營收較前年衰退20%。");
  const Claim* fallen = probe.claim_at("20%");
  REQUIRE(fallen);
  CHECK(fallen->subject_text == "輝宏電");
  CHECK(fallen->metric == "decline:revenue");
  probe.claims_in("全台共有500家門市。");
  const Claim* stores = probe.claim_at("500家");
  REQUIRE(stores);
  CHECK(stores->scope == "全台");
}

TEST_CASE("a known subject's claim quotes its metric word as written", "[extract][claims]") {
  // 鸿海5月营收为4500亿元: the gazetteer names 鸿海 and the metric is revenue, written 营收.
  SubjectProbe probe;
  probe.claims_in("鸿海5月营收为4500亿元。");
  const Claim* revenue = probe.claim_at("4500亿元");
  REQUIRE(revenue);
  CHECK(revenue->subject == "foxconn");
  CHECK(revenue->metric == "revenue");
  CHECK(revenue->metric_text == "营收");
  REQUIRE(revenue->metric_raw);
  CHECK(probe.text.substr(revenue->metric_raw->begin,
                          revenue->metric_raw->end - revenue->metric_raw->begin) == "营收");
}

TEST_CASE("people who open a metric word stay in it", "[extract][frames]") {
  // 居民消费价格(指数) is the consumer price index, not 居民 and what they consume; a city's
  // is the city's cpi. (城镇居民人均可支配收入 still parts the people from their income.)
  SubjectProbe probe;
  probe.claims_in("10月份，辉宏市居民消费价格指数同比上涨0.5%。");
  const Claim* city = probe.claim_at("0.5%");
  REQUIRE(city);
  CHECK(city->subject_text == "辉宏市");
  CHECK(city->metric == "growth:cpi");
  probe.claims_in("10月份全国居民消费价格指数同比上涨0.2%。");
  const Claim* nation = probe.claim_at("0.2%");
  REQUIRE(nation);
  CHECK(nation->subject_text != "居民");
  CHECK(nation->scope == "全国");
}

TEST_CASE("how many speak is part of who says it and an anonymous source speaks for no company",
          "[extract][claims]") {
  // 华尔街5位分析师平均预计, 两位消息人士称: the count of the speakers is no claim; 据3名知情人士
  // 透露，该公司…: 该公司 is not the insiders, and with nothing named it has no referent.
  SubjectProbe probe;
  probe.claims_in("华尔街5位分析师平均预计，辉宏公司第三季度营收达4.6亿美元。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.claims[0].subject_text == "辉宏公司");
  probe.claims_in("两位消息人士称，辉宏公司将裁员500人。");
  REQUIRE(probe.claims.size() == 1);
  CHECK(probe.subject_of("500人") == "辉宏公司");
  probe.claims_in("据3名知情人士透露，该公司将裁员500人。");
  CHECK(probe.claims.empty());
  // (Only a count of people: the age of a speaker named as written stays a claim.)
  probe.claims_in("【星河╱綜合報導】37歲韓國女星朴詩妍昨宣布結束5年婚姻！");
  CHECK(probe.claim_at("37"));
  CHECK(probe.claim_at("5年"));
}

TEST_CASE(
    "a comparison base in quotation marks, a countdown, a report's year and a span since a date "
    "date no event",
    "[extract][claims]") {
  SubjectProbe probe;
  // 比“十三五”末: the base compared with (its 比 no part of the subject), not the period.
  probe.claims_in("2024年，全国托位数达到574万个，比“十三五”末提高了125%。");
  const Claim* raised = probe.claim_at("125%");
  REQUIRE(raised);
  CHECK(raised->subject_text == "托位数");
  REQUIRE(raised->period);
  CHECK(raised->period->start == "2024");
  probe.claims_in("辉宏市托位数比2020年提高了125%。");
  CHECK(probe.subject_of("125%") == "辉宏市托位数");
  // (A ratio's 比 before a linking word stays: 公設比為30%.)
  probe.claims_in("辉宏建案公設比為30%。");
  CHECK(probe.subject_of("30%") == "辉宏建案公設比");
  // 今天距离…开幕还有100天: today is the day counted from, not the opening's date.
  probe.claims_in("今天（4月19日）距离辉宏运动会开幕还有100天。");
  CHECK(std::none_of(probe.claims.begin(), probe.claims.end(),
                     [](const Claim& c) { return c.value.kind == ValueKind::DATE; }));
  CHECK(probe.claim_at("100天"));
  // 关于2022年…计划的报告: the year a report is about; the meeting did not hear it then.
  probe.claims_in("会议听取了辉宏委员会关于2022年国民经济和社会发展计划执行情况的报告。");
  CHECK(probe.claims.empty());
  probe.claims_in("辉宏委员会2023年3月5日听取了报告。");
  CHECK(probe.claim_at("2023年3月5日"));
  // 2021年以来，…共实施27个: the span is the figures' period, no date of 实施; a plan's years
  // and a span since a date date no event either.
  probe.claims_in("2021年以来，辉宏省共实施27个山水工程。");
  REQUIRE(probe.claims.size() == 1);
  REQUIRE(probe.claims[0].period);
  CHECK(probe.claims[0].period->start == "2021");
  probe.claims_in("“十四五”时期，辉宏省加快推进制度型开放。今年以来，各地加大了投入。");
  CHECK(probe.claims.empty());
  // (A name ending in 比 before a date and another verb keeps it.)
  probe.claims_in("以色列国家安全顾问哈内格比17日确认，以方释放了50名人质。");
  CHECK(probe.subject_of("17日") == "以色列国家安全顾问哈内格比");
  // 50名人质: the measure word opens no word of its own (名人) before the noun counted.
  CHECK(probe.metric_of("50") == "人质");
}

TEST_CASE("an adverb before the verb of an event leaves the event to the verb",
          "[extract][claims]") {
  // 正式通车: 正式 (an adverbial adjective, adverb_words.txt) only says how the event happened.
  SubjectProbe probe;
  probe.claims_in("10月28日，辉宏大桥正式通车。");
  CHECK(probe.metric_of("10月28日") == "通车");
  probe.claims_in("辉宏公司10月28日正式上市。");
  CHECK(probe.metric_of("10月28日") == "上市");
  // (Alone before a word the lexicon lacks, 正式 still names the event: 正式“官宣”.)
  probe.claims_in("10月28日，唐嫣罗晋终于正式“官宣”婚讯。");
  CHECK(probe.claim_at("10月28日"));
}

TEST_CASE("假期期间 is the holiday break the article named before", "[extract][claims]") {
  SubjectProbe probe;
  probe.claims_in(
      "春节假期，辉宏市接待游客800万人次。假期期间，辉宏市高速公路日均车流量约为61万辆。");
  const Claim* traffic = probe.claim_at("约为61万辆");
  REQUIRE(traffic);
  REQUIRE(traffic->period);
  CHECK(traffic->period->start == "2025-01-28");
  CHECK(traffic->period->end == "2025-02-04");
  // With no break named before, it is no period.
  probe.claims_in("假期期间，辉宏市高速公路日均车流量约为61万辆。");
  REQUIRE(probe.claim_at("约为61万辆"));
  CHECK_FALSE(probe.claim_at("约为61万辆")->period);
}

TEST_CASE("a word of modality is no metric", "[extract][claims]") {
  // 预计 says how sure the figure is (a forecast), not what is measured: the same question as
  // the actual figure of the same subject.
  SubjectProbe probe;
  probe.claims_in("今年春运，全社会跨区域人员流动量预计达90亿人次。");
  const Claim* flow = probe.claim_at("达90亿人次");
  REQUIRE(flow);
  CHECK(flow->metric_text.empty());
  CHECK(flow->modality == Modality::FORECAST);
}

TEST_CASE("a date and the words of an event before 以来 are a span from that day to publication",
          "[extract][claims]") {
  SubjectProbe probe;
  // 3月1日开通以来: the figures count from the opening up to the reference date (2025-03-31),
  // as 3月1日以来 would; the period's text is the whole phrase.
  probe.claims_in("辉宏铁路3月1日开通以来，累计发送旅客120万人次。");
  const Claim* sent = probe.claim_at("120万人次");
  REQUIRE(sent);
  REQUIRE(sent->period);
  CHECK(sent->period->start == "2025-03-01");
  CHECK(sent->period->end == "2025-03-31");
  CHECK(sent->period->text == "3月1日开通以来");
  // A subject, an adverb and a verbal noun may stand between; so may the date's brackets.
  probe.claims_in("2022年1月1日RCEP正式生效以来，辉宏省对东盟贸易额增长5%。");
  REQUIRE(probe.claim_at("5%"));
  REQUIRE(probe.claim_at("5%")->period);
  CHECK(probe.claim_at("5%")->period->start == "2022-01-01");
  CHECK(probe.claim_at("5%")->period->end == "2025-03-31");
  probe.claims_in("今年春运（1月14日）启动以来，辉宏省累计发送旅客900万人次。");
  REQUIRE(probe.claim_at("900万人次"));
  REQUIRE(probe.claim_at("900万人次")->period);
  CHECK(probe.claim_at("900万人次")->period->start == "2025-01-14");
  CHECK(probe.claim_at("900万人次")->period->end == "2025-03-31");
  // A season that starts it counts from its first day (春运 of 2025 began on 01-14).
  probe.claims_in("今年春运启动以来，辉宏省累计发送旅客900万人次。");
  REQUIRE(probe.claim_at("900万人次"));
  REQUIRE(probe.claim_at("900万人次")->period);
  CHECK(probe.claim_at("900万人次")->period->start == "2025-01-14");
  CHECK(probe.claim_at("900万人次")->period->end == "2025-03-31");
  // (Without 以来 the day is the day: 3月1日开通，当天发送.)
  probe.claims_in("辉宏铁路3月1日开通，当日发送旅客1.2万人次。");
  REQUIRE(probe.claim_at("1.2万人次"));
  REQUIRE(probe.claim_at("1.2万人次")->period);
  CHECK(probe.claim_at("1.2万人次")->period->end == "2025-03-01");
}

TEST_CASE("a figure in brackets after the date compared with is that date's figure",
          "[extract][claims]") {
  // 较2024年（2.96亿人次）: the base's figure of the quantity stated before, in its year; the
  // change after it is the stated quantity's, not 2024年's.
  SubjectProbe probe;
  probe.claims_in("2025年暑期，辉宏省博物馆接待观众3.04亿人次，较2024年（2.96亿人次）增长2.6%。");
  const Claim* base = probe.claim_at("2.96亿人次");
  REQUIRE(base);
  CHECK(base->subject_text == "辉宏省博物馆");
  REQUIRE(base->period);
  CHECK(base->period->start == "2024");
  CHECK(probe.subject_of("2.6%") == "辉宏省博物馆");
  REQUIRE(probe.claim_at("2.6%")->period);
  CHECK(probe.claim_at("2.6%")->period->start == "2025");
  // A base named relative to publication (上年) may be relative to the stated year instead:
  // the figure keeps its subject, and no period rather than a guessed one.
  probe.claims_in("辉宏省粮食产量达到700亿斤，比上年（690亿斤）增加10亿斤。");
  REQUIRE(probe.claim_at("690亿斤"));
  CHECK(probe.subject_of("690亿斤") == "辉宏省粮食");
  CHECK_FALSE(probe.claim_at("690亿斤")->period);
  REQUIRE(probe.claim_at("10亿斤"));
  CHECK_FALSE(probe.claim_at("10亿斤")->period);
}

TEST_CASE(
    "连续 or 先后 before a count, and 以 before a figure, leave the metric to the deed after it",
    "[extract][claims]") {
  SubjectProbe probe;
  probe.claims_in("辉宏队连续5场获胜。");
  CHECK(probe.subject_of("5") == "辉宏队");
  CHECK(probe.metric_of("5") == "获胜");
  probe.claims_in("辉宏军连续第11天对邻国发动军事打击。");
  CHECK(probe.metric_of("第11天") == "对邻国发动军事打击");
  probe.claims_in("辉宏省省长先后五次到邻省考察。");
  CHECK(probe.metric_of("五") == "到邻省考察");
  probe.claims_in("为控制通胀，辉宏央行已连续11次加息。");
  CHECK(probe.metric_of("11") == "加息");
  // 以 before a figure makes it the means of the verb after it (and after the gloss).
  probe.claims_in("辉宏队以98比83击败邻队。");
  CHECK(probe.metric_of("98比83") == "击败");
  // (以89.6%的得票率: a rate after 的 is what the figure measures, even one the lexicon lacks.)
  probe.claims_in("辉宏国总统塞西以89.6%的得票率赢得总统选举。");
  CHECK(probe.subject_of("89.6%") == "辉宏国总统塞西");
  CHECK(probe.metric_of("89.6%") == "得票率");
  probe.claims_in("辉宏以50美元（约1600台币）买到4个小瓷器纪念品。");
  CHECK(probe.metric_of("50美元") == "买到");
  CHECK(probe.metric_of("约1600台币") == "买到");
  // (持续 is a verb of its own: 大火持续了约7个小时.)
  probe.claims_in("报道称，辉宏山大火持续了约7个小时。");
  CHECK(probe.metric_of("约7个") == "持续");
}

TEST_CASE("a figure ending a subject phrase is no part of the name", "[extract][claims]") {
  // 对欧盟四年累计损失: the four years are a figure of their own; the loss is the union's.
  SubjectProbe probe;
  probe.claims_in("报告显示，对辉宏联盟四年累计损失可能高达1.1万亿欧元。");
  CHECK(probe.subject_of("高达1.1万亿欧元") == "辉宏联盟");
  // (A number that names stays, 铁路12306: see the test of bare numbers.)
  // (After 等 a count sums up the list before it, which it names with it.)
  probe.claims_in("辉宏省市场监管局等六部门今天（3月30日）联合发布《企业注销指引》。");
  const auto dated = std::find_if(probe.claims.begin(), probe.claims.end(),
                                  [](const Claim& c) { return c.value.kind == ValueKind::DATE; });
  REQUIRE(dated != probe.claims.end());
  CHECK(dated->subject_text == "辉宏省市场监管局等六部门");
}

TEST_CASE("a place before the verb says where, and the verb what is measured",
          "[extract][claims]") {
  // 在香港招标发行60亿元: the issue is the metric wherever it is held (发行, as 在北京发表 keys
  // 发表 with the things counted).
  SubjectProbe probe;
  probe.claims_in("辉宏省财政厅今天在香港招标发行60亿元人民币债券。");
  CHECK(probe.metric_of("60亿元人民币") == "发行");
  probe.claims_in("辉宏省财政厅今天在澳门招标发行60亿元人民币债券。");
  CHECK(probe.metric_of("60亿元人民币") == "发行");
}

TEST_CASE("Taiwan's shorthand for a change against a year or a month before is a change metric",
          "[extract][claims][frames]") {
  SubjectProbe probe;
  // 年增 is the year-on-year change of the quantity stated before it, of the company named.
  probe.claims_in("精英第2季單季稅後純益37.48億元，年增24%，表現搶眼。");
  REQUIRE(probe.claim_at("24%"));
  CHECK(probe.claim_at("24%")->metric.rfind("growth:net_profit", 0) == 0);
  CHECK(probe.subject_of("24%") == "精英");
  probe.claims_in("大立光4月營收季減8%，月增3.5%。");
  REQUIRE(probe.claim_at("8%"));
  CHECK(probe.claim_at("8%")->metric.rfind("sequential_decline", 0) == 0);
  REQUIRE(probe.claim_at("3.5%"));
  CHECK(probe.claim_at("3.5%")->metric.rfind("sequential_growth", 0) == 0);
  // The year of a time word is no part of the shorthand (今年|增聘, 去年|增加).
  probe.claims_in("台積電今年增聘3000名工程師。");
  CHECK(probe.metric_of("3000名").find("年增") == std::string::npos);
  probe.claims_in("廠商認為，今年出貨量可較去年增加1倍。");
  CHECK(probe.metric_of("1倍") == "增加");
}

TEST_CASE("a superlative before 的 describes the name after it and a verb with 后 says when",
          "[extract][frames]") {
  // 全球最大的: an adverb of degree and its adjective, a clause of their own before the name,
  // are a predicate of quality; the name after 的 is the topic of the clauses after it.
  const auto claims = claims_of("全球最大的芯片代工厂星河半导体，去年营收增长30%。");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].subject == "芯片代工厂星河半导体");
  CHECK(claims[0].metric == "growth:revenue");
  // With a verb or a copula before it the phrase is a clause of its own, and the name its
  // object or its predicate.
  SubjectProbe probe;
  probe.claims_in("星河市已建成全球最大规模的光纤网络，建成开通基站21万个。");
  CHECK(probe.subject_of("21万个") == "星河市");
  probe.claims_in("星河队队长是队中最小的球员，年仅20岁。");
  CHECK(probe.subject_of("仅20") == "星河队队长");
  // 修订后, 退休后: a verb and 后 say when, opening the clause or after the name.
  probe.claims_in("修订后的《星河条例》共158条。");
  CHECK(probe.subject_of("158条") == "《星河条例》");
  probe.claims_in("星河队队长退休后只打1次网球。");
  CHECK(probe.subject_of("1") == "星河队队长");
  // (A noun before 后 is no verb of the name's: the phrase stays as written.)
  probe.claims_in("星河队队长感染病毒后持续高热39℃。");
  CHECK(probe.subject_of("39℃") == "星河队队长感染病毒");
}

TEST_CASE("a word qualifying the measure after it opens the metric and its key, not the subject",
          "[extract][frames]") {
  // 最高边际税率: the highest marginal rate of the tax; the subject is the tax alone, and the
  // key keeps the qualifier, so that it is never compared with an average rate.
  SubjectProbe probe;
  probe.claims_in("星河省遗产税最高边际税率为45%，平均税率为20%。");
  CHECK(probe.subject_of("45%") == "星河省遗产税");
  CHECK(probe.metric_of("45%") == "最高边际税率");
  const auto claims = claims_of("星河省遗产税最高边际税率为45%，平均税率为20%。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].metric == "最高边际:税率");
  CHECK(claims[0].metric != claims[1].metric);
  // (平均 stops a subject: the qualifier between the subject and the measure is the measure's.)
  const auto average = claims_of("星河公司平均营收为8000元，营收为9000元。");
  REQUIRE(average.size() == 2);
  CHECK(average[0].subject == average[1].subject);
  CHECK(average[0].metric == "平均:revenue");
  CHECK(average[1].metric == "revenue");
  // 实际增长 is real growth, no question of the nominal one; 整体收入 restates the revenue.
  CHECK(claims_of("星河市居民人均可支配收入实际增长2.9%。").at(0).metric == "实际:growth");
  const auto overall = claims_of("星河集团软件业务整体收入18965亿元。");
  REQUIRE(overall.size() == 1);
  CHECK(overall[0].subject == "星河集团软件业务");
  CHECK(overall[0].metric == "revenue");
  // (Before a word that is no measure the phrase stays as written.)
  probe.claims_in("星河银行买卖价差最高可能逼近6角。");
  CHECK(probe.subject_of("逼近6") == "星河银行买卖价差最高");
}

TEST_CASE("he or she is a person, never a body or a place named before", "[extract][frames]") {
  // The latest person-like subject named before is the referent; with none, no claim.
  SubjectProbe probe;
  probe.claims_in("阿星说，日本政府在台湾征少年工，他那时是班上第一名。");
  CHECK(probe.subject_of("第一名") == "阿星");
  CHECK(claims_of("他回憶起那年，日本政府在台灣徵少年工去造飛機，他那時是班上第一名。").empty());
  // A subject written in the clause stays (他说这是…), and 他们 may be a body's.
  probe.claims_in("阿星说，这是星河市第一次举办马拉松。");
  CHECK(probe.subject_of("第一次") == "星河市");
  probe.claims_in("日本政府在台湾征少年工，他们那时共征了3000人。");
  CHECK(probe.subject_of("3000人") == "日本政府");
}

TEST_CASE("a total written before the measure is part of the measure not of the subject",
          "[extract][frames]") {
  // 总装机容量, 总费用: 总 qualifies the measure as one word with it; the key stays the
  // measure's, so that the total and the plain capacity of one plant are one question.
  SubjectProbe probe;
  probe.claims_in("星河水电站总装机容量1600万千瓦，位居世界第二。");
  CHECK(probe.subject_of("1600万千瓦") == "星河水电站");
  CHECK(probe.metric_of("1600万千瓦") == "总装机容量");
  const auto total = claims_of("星河水电站总装机容量1600万千瓦。");
  const auto plain = claims_of("星河水电站装机容量1600万千瓦。");
  REQUIRE(total.size() == 1);
  REQUIRE(plain.size() == 1);
  CHECK(total[0].subject == plain[0].subject);
  CHECK(total[0].metric == plain[0].metric);
  probe.claims_in("2024年星河省卫生总费用为9089亿元。");
  CHECK(probe.subject_of("9089亿元") == "星河省卫生");
  // (A word of the lexicon that ends with 总, 国家防总, keeps it.)
  probe.claims_in("国家防总于7月3日启动防汛应急响应。");
  CHECK(probe.subject_of("7月3日") == "国家防总");
}

TEST_CASE(
    "a list a verb takes right before a count is what is counted for the subject named before",
    "[extract][frames]") {
  // 横跨A、B、C六个省区: the count totals the list, the verb's object; the subject is the one
  // named before in the sentence, whose deed it is.
  SubjectProbe probe;
  probe.claims_in("星河高原平均海拔4000米以上，横跨甲省、乙省、丙省三个省区。");
  CHECK(probe.subject_of("三个") == "星河高原");
  probe.claims_in("星河县爱心服务队多年来帮扶孤儿、老人等7000多人。");
  CHECK(probe.subject_of("7000多人") == "星河县爱心服务队");
  // With no subject named before in the sentence, the list stays (a topic from further back
  // is no safer), and a list that opens its clause is its subject.
  probe.claims_in("横跨甲省、乙省、丙省三个省区。");
  CHECK(probe.subject_of("三个") == "甲省、乙省、丙省");
  probe.claims_in("星河市出台新政，甲类人才、乙类人才等六类人才可申请补贴。");
  CHECK(probe.subject_of("六类") == "甲类人才、乙类人才等");
}

TEST_CASE("a span of time up to now is an adverb never part of a subject", "[extract][frames]") {
  // 近年来, 多年来: they say since when, as an adverb does; the phrase before them is the
  // subject, and a clause they open continues the one named before.
  SubjectProbe probe;
  probe.claims_in("星河一带住宅近年来已调涨两成。");
  CHECK(probe.subject_of("两成") == "星河一带住宅");
  probe.claims_in("星河县通过持续开展湿地保护修复，多年来累计实施3800多个项目。");
  CHECK(probe.subject_of("3800多个") == "星河县");
}

TEST_CASE("a count of matches or events measures what it counts under the key verb and thing",
          "[extract][frames]") {
  // 700场赛事活动: 场 counts the things after it as 个 does; the key is verb:thing.
  const auto matches = claims_of("星河村每年举办700场赛事活动。");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].metric == "举办:赛事活动");
  // (Spaces may stand between the number and its classifier.)
  CHECK(claims_of("星河村每年举办 700 场赛事活动。").at(0).metric == "举办:赛事活动");
  // 70次空袭: after a count of events, a verb alone up to the break names the events.
  SubjectProbe probe;
  probe.claims_in("星河军过去一天发动了70次空袭。");
  CHECK(probe.metric_of("70") == "空袭");
  CHECK(claims_of("星河军过去一天发动了70次空袭。").at(0).metric == "发动:空袭");
  // (Not after 人次, a unit of its own.)
  probe.claims_in("星河动物园今天开放1800人次入园。");
  CHECK(probe.metric_of("1800人次") != "入园");
}

TEST_CASE("a rate's character takes the verb or the unlisted word it rates", "[extract][frames]") {
  // 普及率, 返修率: the word rated may be a verb of the lexicon; the phrase before is the subject.
  SubjectProbe probe;
  probe.claims_in("瑞祥县互联网普及率达78.0%。");
  CHECK(probe.subject_of("达78.0%") == "瑞祥县互联网");
  CHECK(probe.metric_of("达78.0%") == "普及率");
  probe.claims_in("瑞祥厂继电器返修率降低了20%。");
  CHECK(probe.metric_of("20%") == "返修率");
  // 施打率: a run the lexicon lacks, starting where a word of the lexicon ends (疫苗|施打率).
  probe.claims_in("目前瑞祥县疫苗施打率约68%。");
  CHECK(probe.subject_of("约68%") == "瑞祥县疫苗");
  CHECK(probe.metric_of("约68%") == "施打率");
}

TEST_CASE("a count coordinated with one whose subject was carried shares that subject",
          "[extract][frames]") {
  // 载有139名乘客和6名机组人员: both counts are the plane's, named in the clause before.
  SubjectProbe probe;
  probe.claims_in("瑞祥号客机昨天起飞，载有139名乘客和6名机组人员。");
  CHECK(probe.subject_of("139") == "瑞祥号客机");
  CHECK(probe.subject_of("6") == "瑞祥号客机");
  CHECK(probe.metric_of("6") == "机组人员");
}

TEST_CASE("a verb that ends the clause after the noun a figure describes is the predicate",
          "[extract][frames]") {
  // 9000家…零售店倒闭: the noun counted is the subject and the verb what is done, not part of
  // the name; a verbal noun stays in it (700场赛事活动, tested above).
  SubjectProbe probe;
  probe.claims_in("今年将有大约9000家瑞祥零售店倒闭。");
  CHECK(probe.subject_of("大约9000家") == "瑞祥零售店");
  CHECK(probe.metric_of("大约9000家") == "倒闭");
  // 第33届…揭晓: an edition numbers the noun after it; the verb is the event.
  probe.claims_in("第33届瑞祥奖揭晓。");
  CHECK(probe.subject_of("第33届") == "瑞祥奖");
  CHECK(probe.metric_of("第33届") == "揭晓");
  // 载有, a verb the lexicon tags as a distinguishing word, ends the subject as 设有 does.
  probe.claims_in("瑞祥号货轮载有139名乘客。");
  CHECK(probe.subject_of("139") == "瑞祥号货轮");
  // 一架载有六人的…客机8日…坠毁: the count and the relative clause describe the noun after 的,
  // which is the event's subject.
  probe.claims_in("一架载有六人的瑞祥号客机8日在海上坠毁。");
  CHECK(probe.subject_of("8日") == "瑞祥号客机");
}

TEST_CASE("a name a verb and its object before a figure: the object is what is measured",
          "[extract][frames]") {
  // 发放贷款3亿元: the bank is the subject; the loans are what the amount measures, under the
  // key verb:object, so that two outlets' figures of the same deed are one question.
  const auto loans = claims_of("瑞祥银行发放贷款3亿元。");
  REQUIRE(loans.size() == 1);
  CHECK(loans[0].subject_text == "瑞祥银行");
  CHECK(loans[0].metric == "发放:贷款");
  SubjectProbe probe;
  probe.claims_in("瑞祥市查处违纪案件300件。");
  CHECK(probe.subject_of("300") == "瑞祥市");
  CHECK(probe.metric_of("300") == "违纪案件");
  // (营业收入 is one word of the lexicon, no verb and object.)
  probe.claims_in("瑞祥公司营业收入3亿元。");
  CHECK(probe.subject_of("3亿元") == "瑞祥公司");
  // An adverb before the verb is the verb's, no part of the name (实际使用外资).
  probe.claims_in("今年以来，瑞祥省实际使用外资1000亿元。");
  CHECK(probe.subject_of("1000亿元") == "瑞祥省");
  // 梳理出: a verb and the complement of its result end the name as the verb alone does
  // (支出 is a word of its own).
  probe.claims_in("瑞祥省梳理出24项重点任务。");
  CHECK(probe.subject_of("24") == "瑞祥省");
  probe.claims_in("瑞祥公司今年支出300万元。");
  CHECK(probe.subject_of("300万元") == "瑞祥公司");
}

TEST_CASE("a rank and 以上 are one term inside a subject", "[extract][frames]") {
  // 处级以上领导班子: 以上 after 级 qualifies the noun; the phrase is not cut there.
  SubjectProbe probe;
  probe.claims_in("今年瑞祥县处级以上医院新增床位2万张。");
  CHECK(probe.subject_of("2万张") == "瑞祥县处级以上医院");
}

TEST_CASE("a bracket left open before a figure ends the subject", "[extract][frames]") {
  // 通勤（一周五天）: the bracket opens a gloss of the phrase before it.
  SubjectProbe probe;
  probe.claims_in("瑞祥镇上班族每天的通勤（一周五天），单程40分钟。");
  CHECK(probe.subject_of("五天") == "瑞祥镇上班族每天的通勤");
  // (A bracket closed inside the name stays: 瑞祥公司（2535）.)
  probe.claims_in("瑞祥公司（2535）今年营收3亿元。");
  CHECK(probe.subject_of("3亿元") == "瑞祥公司（2535）");
}

TEST_CASE("a modal of the lexicon ends the subject before its verb", "[extract][frames]") {
  // 只能, 无法: a modal verb opens the predicate as 可以 does.
  SubjectProbe probe;
  probe.claims_in("漫天风雪中，瑞祥车灯只能照到前方三五米。");
  CHECK(probe.subject_of("三五米") == "瑞祥车灯");
  probe.claims_in("瑞祥公司无法按期交付2万辆。");
  CHECK(probe.subject_of("2万辆") == "瑞祥公司");
  // 以 before the figure says by what means: no part of the name.
  probe.claims_in("瑞祥公司以每股16.82元出售股权。");
  CHECK(probe.subject_of("16.82元") == "瑞祥公司");
}

TEST_CASE("an opener in the plural is the people who act", "[extract][frames]") {
  // 记者从…获悉 opens a clause; 记者们 are its subject.
  SubjectProbe probe;
  probe.claims_in("记者们参观了瑞祥镇的12家企业。");
  CHECK(probe.subject_of("12家") == "记者们");
}

TEST_CASE("a verb and its object after the things counted are the subject's deed",
          "[extract][frames]") {
  // 帮助4000多名务工人员追回劳动报酬6000多万元: the city made them recover it; the figure is
  // the city's, under the key verb:object (追回 is rarer than the verbs of verb_words.txt).
  SubjectProbe probe;
  probe.claims_in("今年以来，瑞祥市帮助4000多名务工人员追回劳动报酬6000多万元。");
  CHECK(probe.subject_of("6000多万元") == "瑞祥市");
  CHECK(probe.metric_of("6000多万元") == "劳动报酬");
  // (Verbs in a row after one subject stay as they were.)
  probe.claims_in("中国与28个国家签署了21份协定。");
  CHECK(probe.subject_of("21份") == "中国");
}

TEST_CASE("the noun a count counts keeps a stop word that is part of it", "[extract][frames]") {
  // 才 of 人才 and 使 of 大使 stop a described phrase elsewhere; inside a noun they are its own.
  SubjectProbe probe;
  probe.claims_in("瑞祥市引进200名人才。");
  CHECK(probe.metric_of("200") == "人才");
  probe.claims_in("瑞祥国派出5名大使。");
  CHECK(probe.metric_of("5") == "大使");
  // 300多名人质: 多名, which the figure's 多 opens, is no word across the measure word.
  probe.claims_in("瑞祥市有300多名人质获释。");
  CHECK(probe.metric_of("300多") == "人质");
}

TEST_CASE("a verb the lexicon tags as a noun ends the subject", "[extract][frames]") {
  // 选派 n, 会见 n, 左转 nr in jieba's lexicon: untagged_verbs makes them verbs.
  SubjectProbe probe;
  probe.claims_in("今年，瑞祥市选派1500多名优秀医疗人才。");
  CHECK(probe.subject_of("1500多") == "瑞祥市");
  CHECK(probe.metric_of("1500多") == "优秀医疗人才");
  probe.claims_in("瑞祥老公寓的動線是，進門，左轉進入客廳，過程不到30秒。");
  CHECK(probe.subject_of("不到30秒") == "瑞祥老公寓的動線");
  // 每年节约: 年节 runs across the verb's start, but 每年 ends right there; the verb is read.
  probe.claims_in("瑞祥工业区每年节约1.4万吨标准煤。");
  CHECK(probe.subject_of("1.4万吨") == "瑞祥工业区");
  // (Only after a word of when or how often: 地带有 keeps 地带, though 沙地 is a word.)
  probe.claims_in("自2023年10月以来，瑞祥加沙地带有超过17万人受伤。");
  CHECK(probe.subject_of("超过17万人") == "瑞祥加沙地带");
}

TEST_CASE("a noun that ends where a verb starts ends the described phrase", "[extract][frames]") {
  // 家长|期待: 长期, the word across them, is no noun; the verb starts after the noun 家长.
  SubjectProbe probe;
  probe.claims_in("55.6%的瑞祥镇受访家长期待加大执法检查。");
  CHECK(probe.subject_of("55.6%") == "瑞祥镇受访家长");
}

TEST_CASE("a clause of a name a verb and its object names the name once its last verbs are gone",
          "[extract][frames]") {
  // 瑞祥等地加大力度推进…保护利用，带动300多个村落: the topic is 瑞祥等地.
  SubjectProbe probe;
  probe.claims_in("今年，瑞祥等地加大力度推进传统村落集中连片保护利用，带动300多个村落发展。");
  CHECK(probe.subject_of("300多个") == "瑞祥等地");
  // (Before a single noun the verb qualifies that noun: 老旧小区改造项目 stays whole.)
  probe.claims_in("今年，瑞祥市老旧小区改造项目涉及居民21.9万户。");
  CHECK(probe.subject_of("21.9万户") == "瑞祥市老旧小区改造项目");
}

TEST_CASE("a word ending with a measure's word before a noun names no measure of the topic",
          "[extract][frames]") {
  // 大面积内涝: 大面积 qualifies the flooding; the clause's topic is the county.
  SubjectProbe probe;
  probe.claims_in("瑞祥县多个乡镇发生大面积内涝，积水深度已达到3米多。");
  CHECK(probe.subject_of("达到3米多") == "瑞祥县多个乡镇");
}

TEST_CASE("a price of a kind is measured as written", "[extract][frames]") {
  // 原價, 特價, 一般價: each is a price of its own question (priced in written_metrics), and
  // none is part of the subject.
  SubjectProbe probe;
  probe.claims_in("瑞祥奶粉原價622元，特價499元。");
  CHECK(probe.subject_of("622元") == "瑞祥奶粉");
  CHECK(probe.metric_of("622元") == "原價");
  CHECK(probe.metric_of("499元") == "特價");
  probe.claims_in("瑞祥豆一般價80元。");
  CHECK(probe.metric_of("80元") == "一般價");
  // (评价 ends with 价 but measures nothing: not_metric_words.)
  probe.claims_in("会谈后，瑞祥方高度评价两国合作，双方交换10余份双边合作文件。");
  CHECK(probe.subject_of("10余份") == "瑞祥方");
}

TEST_CASE("a label ending with a measure before a colon names the topic after it",
          "[extract][frames]") {
  // 瑞祥豆一般價：80元/斤: the label is the subject and its measure.
  SubjectProbe probe;
  probe.claims_in("瑞祥豆一般價：80元/斤。");
  CHECK(probe.subject_of("80元") == "瑞祥豆");
  // (A byline before a colon names no topic.)
  probe.claims_in("央视网消息（新闻联播）：31个省份今年营收增长5%。");
  CHECK(probe.subject_of("31个") != "央视网消息（新闻联播）");
}

TEST_CASE("a verb with 于 after a word of its own ends the subject", "[extract][frames]") {
  // 谈判定于15日: 定于 is the verb, though 判定 is a word too; 谈判 ends right before it.
  SubjectProbe probe;
  probe.claims_in("新一轮瑞祥停火谈判定于15日在多哈举行。");
  CHECK(probe.subject_of("15日") == "新一轮瑞祥停火谈判");
}

TEST_CASE("changes written with an adverb of degree or Taiwan's 成長 are changes",
          "[extract][frames]") {
  // 大增, 暴跌, 成長: change words (growth, decline); the word of the quantity before them joins
  // the metric, as it does before 增长.
  SubjectProbe probe;
  probe.claims_in("瑞祥公司营收大增30%，股价暴跌20%。");
  REQUIRE(probe.claim_at("30%"));
  CHECK(probe.claim_at("30%")->metric == "growth:revenue");
  REQUIRE(probe.claim_at("20%"));
  CHECK(probe.claim_at("20%")->metric == "decline:share_price");
  // 營收|成長: 收成 is a word across them, but a change word starts where 營收 ends.
  probe.claims_in("瑞祥電子5月營收成長4.6%。");
  REQUIRE(probe.claim_at("4.6%"));
  CHECK(probe.claim_at("4.6%")->metric == "growth:revenue");
  CHECK(probe.subject_of("4.6%") == "瑞祥電子");
}

TEST_CASE("the quantity that changes is no part of the topic the next clauses carry",
          "[extract][frames]") {
  // 瑞祥公司营收增长30%，净利下跌20%: the second change is 瑞祥公司's, not 瑞祥公司营收's.
  SubjectProbe probe;
  probe.claims_in("瑞祥公司营收增长30%，净利下跌20%。");
  CHECK(probe.subject_of("30%") == "瑞祥公司");
  CHECK(probe.subject_of("20%") == "瑞祥公司");
}

TEST_CASE("an amount right after a change is the new level of the quantity that changed",
          "[extract][frames]") {
  // 营收增长12%至3亿元: 3亿元 is revenue, not growth; 员工3000人 measures its own noun.
  SubjectProbe probe;
  probe.claims_in("瑞祥公司营收增长12%至3亿元，员工3000人。");
  REQUIRE(probe.claim_at("3亿元"));
  CHECK(probe.claim_at("3亿元")->metric == "revenue");
  CHECK(probe.metric_of("3000人") == "员工");
  // 利润率下降到2.54%: the level reached is a value of the rate itself.
  probe.claims_in("瑞祥公司利润率下降到2.54%。");
  CHECK(probe.metric_of("2.54%") == "利润率");
  // (新成长劳动力: a change word before a noun qualifies it and measures nothing.)
  probe.claims_in("今年瑞祥市新成长劳动力有15万人。");
  REQUIRE(probe.claim_at("15万人"));
  CHECK(probe.claim_at("15万人")->metric.rfind("growth", 0) != 0);
}

TEST_CASE("a stop word inside the name of a public body is part of the name", "[extract][frames]") {
  // 国家发展改革委: 发展 is a subject stop, but 改革委 ends the name of a body (body_endings).
  SubjectProbe probe;
  probe.claims_in("国家发展改革委今天发布了12项措施。");
  CHECK(probe.subject_of("12") == "国家发展改革委");
  probe.claims_in("瑞祥省住房城乡建设部今天发布了12项措施。");
  CHECK(probe.subject_of("12") == "瑞祥省住房城乡建设部");
  // (建设部分: 部分 is a word, no ministry.)
  probe.claims_in("瑞祥公司投资建设部分项目，共投入3亿元。");
  CHECK(probe.subject_of("3亿元") == "瑞祥公司");
  // (在瑞祥省委…陪同下: a preposition and a place; 造成该组织: a body named before.)
  probe.claims_in("9月10日，王瑞祥在瑞祥省委书记李明陪同下来到天水。");
  CHECK(probe.subject_of("9月10日") == "王瑞祥");
  probe.claims_in("瑞祥军行动造成该组织4名人员死亡。");
  CHECK(probe.subject_of("4") == "瑞祥军行动");
}

TEST_CASE("the verb before an amount is what the subject does, a verb after it what it is for",
          "[extract][frames]") {
  // 安排5000万元支持…: the subject is 瑞祥公司, the metric the verb before the amount.
  SubjectProbe probe;
  probe.claims_in("瑞祥公司安排5000万元支持灾后恢复。");
  CHECK(probe.subject_of("5000万元") == "瑞祥公司");
  CHECK(probe.metric_of("5000万元") == "安排");
  // (A space parts a heading's clauses: 5人死亡 is what the five did.)
  probe.claims_in("瑞祥市发生枪击 5人死亡");
  CHECK(probe.metric_of("5人") == "死亡");
}

TEST_CASE("the owner of the things counted between the verb and the figure is no subject",
          "[extract][frames]") {
  // 击落瑞祥军100多架无人机: 瑞祥部队 shot them down; 瑞祥军 owned them; 无人机 is measured.
  SubjectProbe probe;
  probe.claims_in("瑞祥防空部队击落瑞祥军100多架无人机。");
  CHECK(probe.subject_of("100多架") == "瑞祥防空部队");
  REQUIRE(probe.claim_at("100多架"));
  CHECK(probe.claim_at("100多架")->metric == "击落:无人机");
  // (秦皇岛、保定等地: a place in a list is no verb, though 保定 reads as one.)
  probe.claims_in("其中瑞祥、唐山、秦皇岛、保定等地有80多个站点雨量达到大暴雨。");
  CHECK(probe.subject_of("80多个") != "瑞祥、唐山、秦皇岛");
}

TEST_CASE("a one-character stop after a title and one character is part of the name",
          "[extract][frames]") {
  // 国家副主席韩瑞29日: no; 国家副主席韩正29日: 正 is a stop word, but a name has two
  // characters or more (person_titles).
  SubjectProbe probe;
  probe.claims_in("国家副主席韩正29日在北京会见瑞祥代表团。");
  CHECK(probe.subject_of("29日") == "国家副主席韩正");
  // (代表团于8日: 代表团 is a word, no title and a name.)
  probe.claims_in("瑞祥代表团于8日抵达德黑兰。");
  CHECK(probe.subject_of("8日") == "瑞祥代表团");
}

TEST_CASE("digits over digits opening a sentence count pictures, they are no ratio",
          "[extract][frames]") {
  // 1/22看到你idol没？: picture 1 of 22 of a gallery; 命中率为1/3 is a ratio.
  SubjectProbe probe;
  probe.claims_in("瑞祥精彩图集\n1/22看到你idol没？\n2/22瑞祥队的投篮命中率为1/3。");
  CHECK_FALSE(probe.claim_at("1/22"));
  CHECK_FALSE(probe.claim_at("2/22"));
  CHECK(probe.claim_at("1/3"));
}

TEST_CASE("how a figure is calculated ends the subject", "[extract][frames]") {
  // 按年率计算 (method_phrases) says how, no part of what: 瑞祥国内生产总值 is the subject, so
  // a first estimate and its revision written with and without it are one question.
  SubjectProbe probe;
  probe.claims_in("瑞祥国内生产总值按年率计算环比萎缩0.2%。");
  CHECK(probe.subject_of("0.2%") == "瑞祥国内生产总值");
  // (按 alone is no stop: 按摩椅 is a noun.)
  probe.claims_in("瑞祥按摩椅销量增长5%。");
  CHECK(probe.subject_of("5%") == "瑞祥按摩椅");
}

TEST_CASE("an adverb before a verb ends no subject", "[extract][frames]") {
  // 瑞祥公司成功|发射, 五部门联合|印发: the verb went to the metric or the predicate; the adverb
  // (adverb_words.txt) or a word standing as one (adverbial_endings: 成功 a, 联合 v) goes too.
  SubjectProbe probe;
  probe.claims_in("瑞祥公司成功发射3颗卫星。");
  CHECK(probe.subject_of("3颗") == "瑞祥公司");
  probe.claims_in("瑞祥省提前下达资金，播种面积达1307万亩。");
  CHECK(probe.subject_of("达1307万亩") == "瑞祥省");
  probe.claims_in("瑞祥制造业利润更是增长了58.7%。");
  CHECK(probe.subject_of("58.7%") == "瑞祥制造业利润");
  // (成功率 is a word: the rate is the metric, 成功 no adverb of the subject's.)
  probe.claims_in("瑞祥医院手术成功率达95%。");
  REQUIRE(probe.claim_at("达95%"));
  CHECK(probe.subject_of("达95%") == "瑞祥医院手术");
  CHECK(probe.claim_at("达95%")->metric == "成功率");
}

TEST_CASE("条 counts the things after it", "[extract][frames]") {
  // 37条雪道, 50多条公交线路: 条 is a classifier (described_noun.classifiers); what it counts is
  // what the figure measures, even a noun the lexicon lacks (雪道).
  SubjectProbe probe;
  probe.claims_in("瑞祥滑雪场共有37条雪道。");
  REQUIRE(probe.claim_at("37条"));
  CHECK(probe.subject_of("37条") == "瑞祥滑雪场");
  CHECK(probe.claim_at("37条")->metric == "雪道");
}

TEST_CASE("a partner after a scope word keeps the scope word in the subject", "[extract][frames]") {
  // 我国与瑞祥五国进出口: both sides trade; the subject opens with 我国, not with 与.
  SubjectProbe probe;
  probe.claims_in("前4个月我国与瑞祥五国进出口1730.5亿元，同比增长37.3%。");
  CHECK(probe.subject_of("1730.5亿元") == "我国与瑞祥五国");
  CHECK(probe.subject_of("37.3%") == "我国与瑞祥五国");
}

TEST_CASE("a verb before the verb of a count is the owner's deed, no part of its name",
          "[extract][frames]") {
  // 瑞祥标准委批准|发布403项国家标准: 批准 and 发布 are both the body's deeds (after a body's
  // ending or a noun only: 揽收快递|包裹 stays as written).
  SubjectProbe probe;
  probe.claims_in("瑞祥标准委批准发布403项国家标准。");
  CHECK(probe.subject_of("403") == "瑞祥标准委");
  probe.claims_in("其中，瑞祥举报中心受理举报32.2万件。");
  CHECK(probe.subject_of("32.2万") == "瑞祥举报中心");
  // 主要 (adverbial_endings) before a verb ends no subject either.
  probe.claims_in("瑞祥节目主要有两个。");
  CHECK(probe.subject_of("两个") == "瑞祥节目");
}

TEST_CASE("总共 and 一共 say in all and are no part of the subject", "[extract][frames]") {
  // 一共有: 共有 is a linker too, but 一 is no part of the name.
  SubjectProbe probe;
  probe.claims_in("瑞祥公司一共有30名员工。");
  CHECK(probe.subject_of("30") == "瑞祥公司");
  probe.claims_in("瑞祥公司总共投资3亿元。");
  CHECK(probe.subject_of("3亿元") == "瑞祥公司");
}

TEST_CASE("a cue of modality may end in the qualifier that opens the figure", "[extract][frames]") {
  // 将达3亿元, 或达3亿元: 达 opens the figure's span (a qualifier); 将达 and 或达 still say it is
  // a forecast, and 或 ends no subject (trailing_characters).
  const Claim will = only_claim("瑞祥公司利润将达3亿元。");
  CHECK(will.modality == Modality::FORECAST);
  CHECK(only_claim("瑞祥公司利润将会达到3亿元。").modality == Modality::FORECAST);
  const Claim may = only_claim("瑞祥公司利润或达3亿元。");
  CHECK(may.modality == Modality::FORECAST);
  CHECK(may.subject_text == "瑞祥公司");
  CHECK(only_claim("瑞祥公司利润达3亿元。").modality == Modality::ACTUAL);
  // 最高达, 最低, 远超 are qualifiers of the figure, no part of the subject.
  const Claim most = only_claim("瑞祥水文站水位最高达4.52米。");
  CHECK(most.value.figure.approx == suyuan::Approx::AT_MOST);
  const Claim least = only_claim("瑞祥公司单价最低10万元。");
  CHECK(least.value.figure.approx == suyuan::Approx::AT_LEAST);
}

TEST_CASE("分别 pairs a later figure that found no subject with the next item",
          "[extract][frames]") {
  // 对瑞祥、共建…国家分别增长14.4%、9%: 9% found no subject of its own; the list's second item is
  // its subject, quotation marks and all.
  const auto partners = claims_of("对瑞祥、共建“一带一路”国家分别增长14.4%、9%。");
  REQUIRE(partners.size() == 2);
  CHECK(partners[0].subject_text == "瑞祥");
  CHECK(partners[1].subject_text == "共建“一带一路”国家");
  // 法国、英国、瑞祥、德国投资分别增长…: the metric the items share ends the last one.
  const auto investors =
      claims_of("法国、英国、瑞祥、德国投资分别增长173.3%、135.3%、53.0%、14.2%。");
  REQUIRE(investors.size() == 4);
  CHECK(investors[2].subject_text == "瑞祥");
  CHECK(investors[3].subject_text == "德国");
}

TEST_CASE("仅, a trading session and 一度 end no subject", "[extract][frames]") {
  SubjectProbe probe;
  // (僅 is 仅 once folded: 中信、瑞祥两队僅 is no name.)
  probe.claims_in("中信、瑞祥兩隊僅以1.5場勝差分居第1、2名。");
  CHECK(probe.subject_of("1.5") == "中信、瑞祥兩隊");
  // 昨天早盘: a session after a date is part of the date, no part of the subject.
  probe.claims_in("瑞祥电昨天早盘股价走高，一度大涨逾8%。");
  CHECK(probe.subject_of("昨天") == "瑞祥电");
  CHECK(probe.subject_of("逾8%") != "一度");
}

TEST_CASE("a list of years before 分别 is no list of subjects", "[extract][frames]") {
  // 瑞祥今、明2年獲利將分別成長55%與43%: this year and next (period_list_items).
  SubjectProbe probe;
  probe.claims_in("瑞祥今、明2年獲利將分別成長55%與43%。");
  CHECK(probe.subject_of("43%") != "明2年");
}

TEST_CASE("operating, total and gross profit of a known company are no net profit",
          "[extract][claims]") {
  // 百度实现营业利润44.3亿元: 利润 is a keyword of net_profit, but 营业利润 names another measure
  // (claims.json operating_profit), which a net profit of another outlet never conflicts with.
  const Claim operating = only_claim("百度实现营业利润44.3亿元。");
  CHECK(operating.metric == "operating_profit");
  CHECK(operating.metric_text == "营业利润");
  CHECK(only_claim("百度净利润44.3亿元。").metric == "net_profit");
  CHECK(only_claim("百度利润总额44.3亿元。").metric == "total_profit");
  CHECK(only_claim("百度毛利44.3亿元。").metric == "gross_profit");
}

TEST_CASE("a change after a known company's amount is the change of that amount",
          "[extract][claims]") {
  // The metric rule of a known company took 营业利润44.3亿元 (no frame of its own), but the
  // change right after it is still of the operating profit, as it is for an open subject: a
  // bare decline would be compared with every other decline of the company.
  const auto claims = claims_of("百度实现营业利润44.3亿元，同比下滑5.8%，环比下滑18.3%。");
  REQUIRE(claims.size() == 3);
  CHECK(claims[1].metric == "decline:operating_profit");
  CHECK(claims[2].metric == "sequential_decline:operating_profit");
}

TEST_CASE("a company's rule gives way to another quantity, direction or segment",
          "[extract][claims]") {
  // revenue_growth reads a percentage near 营收, but the figure is the change of the quantity
  // named nearest before it, in its own direction; a segment before the quantity's word
  // (云计算收入, 广告营收) is the segment's, not the company's revenue.
  const auto net = claims_of("百度营收282亿元，同比增长27%，净利润124亿元，同比增长56%。");
  REQUIRE(net.size() == 4);
  CHECK(net[1].metric == "revenue_growth");
  CHECK(net[3].metric == "growth:net_profit");
  const auto fallen = claims_of("百度营收282亿元，同比下滑5%。");
  REQUIRE(fallen.size() == 2);
  CHECK(fallen[1].metric == "decline:revenue");
  const auto margin = claims_of("百度营收282亿元，毛利率为45%。");
  REQUIRE(margin.size() == 2);
  CHECK(margin[1].metric != "revenue_growth");
  // 营收成本: a noun after the quantity's word names another measure, the cost of revenue.
  for (const std::string text : {"百度第三季度广告营收为57亿元，比去年同期增长80%。",
                                 "阿里巴巴一季度的云计算收入增长至56.7亿元，同比增长90%。",
                                 "阿里巴巴本季度营收成本467.86亿元。"}) {
    INFO(text);
    for (const auto& c : claims_of(text)) {
      CHECK(c.metric != "revenue");
      CHECK(c.metric != "revenue_growth");
    }
  }
  // 百度公司营收, 百度总营收, 百度海外营收: the company itself, the total, a scope.
  for (const std::string text : {"百度公司营收同比增长27%。", "百度总营收为282亿元。"}) {
    INFO(text);
    const auto whole = claims_of(text);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].subject == "baidu");
    CHECK(whole[0].metric.rfind("revenue", 0) == 0);
  }
}

TEST_CASE("a period named by reference opens a clause and is no part of the subject",
          "[extract][frames]") {
  // 该季度瑞祥公司…: 该 refers back to a quarter, not to a company (period_openers); the
  // figures are the company's. (该季度的云计算收入: before 的 it qualifies the noun.)
  const auto claims = claims_of("该季度瑞祥公司实现营业利润44.3亿元，同比下滑5.8%。");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.subject_text == "瑞祥公司");
  CHECK(claims[0].metric == "operating_profit");
}

TEST_CASE("a name's Latin spelling, a title or a quotation is never cut into",
          "[extract][frames]") {
  SubjectProbe probe;
  // The spelling in brackets adds no length: the cut to the longest subject kept 格（…）.
  probe.claims_in("英國倫敦市議會議長瑞祥華德森（Reginald Alexander Watterson）昨簽署三項文件。");
  CHECK(probe.subject_of("三").find("瑞祥華德森（Reginald") != std::string::npos);
  // A break inside a title opened the clause: the subject starts after the title, not in it.
  probe.claims_in("曾敗給《春，夏》的《瑞祥之歌》（The Song）昨天勇奪4大獎。");
  CHECK(probe.subject_of("4大").rfind("《瑞祥之歌》", 0) == 0);
  // A verb inside a quotation (保障) cut the phrase: the quotation is taken whole.
  probe.claims_in("“在发展中保障瑞祥民生”系列报告会第六场报告会今天在北京举行。");
  CHECK(probe.subject_of("今天").rfind("“在发展中保障瑞祥民生”", 0) == 0);
}

TEST_CASE("a verb inside a title is a word of its name, no event", "[extract][frames]") {
  // 访谈 of 《瑞祥访谈》 is no verb: the programme is broadcast (播出).
  SubjectProbe probe;
  probe.claims_in("今晚（12月5日）瑞祥频道《瑞祥访谈》栏目将播出对瑞祥市长的专访。");
  const Claim* date = probe.claim_at("12月5日");
  REQUIRE(date);
  CHECK(date->metric_text == "播出");
  CHECK(date->subject_text.find("《瑞祥访谈》") != std::string::npos);
}

TEST_CASE("verbs jieba tags as names or times end a subject", "[extract][frames]") {
  // 荣获 (nr) and 前往 (t) are verbs (frames.json untagged_verbs): the thing counted is 工程师,
  // and the visitor is the one who went, not 工程师荣获…奖 or 市长前往广场.
  SubjectProbe probe;
  probe.claims_in("18位工程师荣获瑞祥科技奖。");
  CHECK(probe.subject_of("18") == "工程师");
  probe.claims_in("3月2日上午，瑞祥市市长王瑞祥前往人民广场，向纪念碑敬献花圈。");
  CHECK(probe.subject_of("3月2日") == "瑞祥市市长王瑞祥");
}

TEST_CASE("a name after a person's title keeps its last character", "[extract][frames]") {
  // 里 ends 阿布达里, no locative (黄河河道里 places the figure, 总书记演讲中 too: 演讲 is a
  // word, no name).
  SubjectProbe probe;
  probe.claims_in("瑞祥国总统阿布达里5日会见了代表团。");
  CHECK(probe.subject_of("5日") == "瑞祥国总统阿布达里");
  probe.claims_in("瑞祥总书记演讲中提出的五大举措。");
  CHECK(probe.subject_of("五大") == "瑞祥总书记演讲");
}

TEST_CASE("an edition numbers the event its head word names", "[extract][frames]") {
  // 中 of 中瑞 opens a name after 第六届, no locative; 论坛 ends the event, 致贺信 is the
  // predicate.
  SubjectProbe probe;
  probe.claims_in("同日，瑞祥国总统也向第六届中瑞能源商务论坛致贺信。");
  CHECK(probe.subject_of("第六届") == "中瑞能源商务论坛");
  // A noun of the lexicon after the head continues the name.
  probe.claims_in("瑞祥市长出席第三届瑞祥博览会开幕式。");
  CHECK(probe.subject_of("第三届") == "瑞祥博览会开幕式");
  // The name runs to its head over the verbs inside it (投资), not to the first verb.
  probe.claims_in("第五届瑞祥西部国际投资贸易洽谈会在重庆举行。");
  CHECK(probe.subject_of("第五届") == "瑞祥西部国际投资贸易洽谈会");
}

TEST_CASE("a time of day opening a clause says when, no subject", "[extract][frames]") {
  // 傍晚 opens the clause: the visitor named before goes on (not 傍晚); 每日 right before its
  // count is what the count measures.
  SubjectProbe probe;
  probe.claims_in(
      "瑞祥乐团成员王瑞明天访台24小时。他明午与导演等30多名工作人员抵达松山机场，"
      "傍晚在台北101办记者会，周六中午转赴香港。");
  CHECK(probe.subject_of("周六") == "瑞祥乐团成员王瑞");
  probe.claims_in("瑞祥草30克，茶叶10克，水煎服，每日1次，连服7日。");
  CHECK(probe.metric_of("1") == "每日");
}

TEST_CASE("a modal verb opening a clause is no subject", "[extract][frames]") {
  // 有可能 and 可望 are modal verbs like 可能 and 有望: the player named before goes on.
  SubjectProbe probe;
  probe.claims_in("瑞祥队第六人王瑞已经开始训练，非常有可能参加明天对阵火箭队的比赛。");
  CHECK(probe.subject_of("明天") == "瑞祥队第六人王瑞");
  probe.claims_in("瑞祥队射手王瑞可望在下周二加入战局。");
  CHECK(probe.subject_of("下周二") == "瑞祥队射手王瑞");
}

TEST_CASE("a verb of a result right before a figure is its predicate", "[extract][frames]") {
  // 拿, 积, 收 take the figure as their object: no part of the subject, and what it measures
  // when nothing else says; a word of the lexicon that ends there (面积, 税收) stays whole.
  SubjectProbe probe;
  probe.claims_in("瑞祥队前锋王瑞昨天拿21分。");
  CHECK(probe.subject_of("21") == "瑞祥队前锋王瑞");
  CHECK(probe.metric_of("21") == "拿");
  probe.claims_in("瑞祥联积40分。");
  CHECK(probe.subject_of("40") == "瑞祥联");
  probe.claims_in("瑞祥片本周海外41个市场收1030万，累计2420万。");
  CHECK(probe.subject_of("1030万") == "瑞祥片");
  CHECK(probe.metric_of("1030万") == "收");
  probe.claims_in("瑞祥县全年税收5000亿元。");
  CHECK(probe.subject_of("5000亿元").find("税收") != std::string::npos);
}

TEST_CASE("a clause that sets the scene is about the subject after it", "[extract][frames]") {
  // 在缺席了两场比赛之后，: the player of the main clause missed the games; 之后 is no part of
  // what is counted.
  SubjectProbe probe;
  probe.claims_in("在缺席了两场比赛之后，瑞祥队第六人王瑞已经开始训练。");
  CHECK(probe.subject_of("两") == "瑞祥队第六人王瑞");
  CHECK(probe.metric_of("两") == "比赛");
}

TEST_CASE("a clause whose agent is generic goes on about the topic before", "[extract][frames]") {
  // 工程途经…等地: 工程 is generic and 途经 a verb (jieba tags it a noun): the clause names no
  // topic of its own, and the length is the project's named before.
  SubjectProbe probe;
  probe.claims_in("瑞祥大桥进入竣工验收阶段，工程途经瑞祥州、瑞丰州等地，线路全长507.5千米。");
  CHECK(probe.subject_of("507.5千米") == "瑞祥大桥");
}

TEST_CASE("the 的 after a scope word goes with the scope", "[extract][frames]") {
  // 欧洲的瑞祥教会: 欧洲 is the scope, and the subject is 瑞祥教会, not 的瑞祥教会.
  SubjectProbe probe;
  probe.claims_in("欧洲的瑞祥教会把11月1日定为瑞祥日。");
  CHECK(probe.subject_of("11月1日") == "瑞祥教会");
}
