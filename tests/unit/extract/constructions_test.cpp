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

TEST_CASE("counting units: pairs and dozens", "[extract][figures][constructions]") {
  auto pencils = first_mention("他买了两打铅笔", "number");
  CHECK(pencils["text"] == "两打");
  CHECK(pencils["value"] == 24.0);
  CHECK(first_mention("仓库里还有3打手套", "number")["value"] == 36.0);
  // 打 as a verb is no dozen.
  CHECK(mentions_of("他一打开包装就发现了问题").empty());
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
