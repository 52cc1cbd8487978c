/// @file local_currency_test.cpp
/// @brief A bare 元 (or 块) is money in the currency of the place the article was written:
/// the renminbi in mainland text, also when a re-post converted it to traditional script; the
/// new Taiwan dollar in a Taiwan paper; the Hong Kong dollar where the article names it.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <string>

#include "first_mention.h"

using namespace suyuan;
using test::first_mention;

namespace {

/// Whether a money mention's text is an amount in 元 that names no currency (3亿元, 新台幣
/// names one, 美元 is another unit).
bool bare_yuan(const std::string& text) {
  if (text.size() < 3 || text.compare(text.size() - 3, 3, "元") != 0) return false;
  for (const char* named : {"美", "港", "日", "欧", "歐", "韩", "韓", "澳", "加", "币", "幣", "$",
                            "￥", "¥", "圆", "圓", "坡", "瑞", "泰"})
    if (text.find(named) != std::string::npos) return false;
  return true;
}

/// Currencies of the bare-元 amounts of the first `articles` articles of a shared news file.
std::map<std::string, int> bare_yuan_currencies(const char* file, int articles) {
  std::ifstream in(test::shared_data_dir() / "news" / file);
  REQUIRE(in);
  std::map<std::string, int> counts;
  std::string line;
  for (int taken = 0; taken < articles && std::getline(in, line); ++taken) {
    const auto j = nlohmann::json::parse(line);
    const std::string raw = j.value("text", std::string());
    const auto document = test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
    for (const Mention& m : test::shared_extractor().extract(document, raw).mentions) {
      const auto json = to_json(m);
      if (m.kind == MentionKind::MONEY && bare_yuan(m.text)) ++counts[json.value("currency", "")];
    }
  }
  return counts;
}

}  // namespace

TEST_CASE("a bare yuan is the currency of where the article was written",
          "[extract][figures][currency]") {
  // A Taiwan paper: traditional script and Taiwan words (軟體, 網路), no currency named.
  CHECK(first_mention("鴻海昨天宣布，旗下軟體部門今年營收達到500億元，網路服務成長兩成，"
                      "股價上漲三元。",
                      "money")["currency"] == "TWD");
  // Its amounts named in renminbi stay renminbi; the rest are the paper's own.
  const std::string taiwan_on_china =
      "統一超在大陸的轉投資昨天公布，營收達人民幣8億元，折合新台幣約36億元，"
      "本業獲利則為12億元，網路訂單成長。";
  CHECK(first_mention(taiwan_on_china, "money")["currency"] == "CNY");
  CHECK(
      first_mention("在台灣的門市昨天公布財報，網路與軟體業務營收共達12億元，公司表示將持續擴點。",
                    "money")["currency"] == "TWD");
  // Hong Kong: the article names its dollar.
  CHECK(first_mention("香港交易所昨天公布業績，去年盈利達港幣120億元，今年派息每股3元，"
                      "董事會建議增加派息。",
                      "money")["value"] == 120e8);
  CHECK(first_mention("董事會建議今年派息每股3元，香港交易所去年盈利達港幣120億元，"
                      "股價創新高。",
                      "money")["currency"] == "HKD");
  // Mainland news machine-converted to traditional script keeps its mainland words (芯片,
  // 軟件, 網絡): its 元 is the renminbi.
  CHECK(first_mention("英偉達昨天宣布，旗下軟件部門今年營收達到500億元，網絡服務成長兩成，"
                      "芯片出貨量大增。",
                      "money")["currency"] == "CNY");
  // Simplified script: the renminbi, whatever the words.
  CHECK(first_mention("鸿海昨天宣布，旗下软体部门今年营收达到500亿元，网路服务成长两成。",
                      "money")["currency"] == "CNY");
  // Too short to tell a script: the renminbi, as before.
  CHECK(first_mention("車費是七元二角五分", "money")["currency"] == "CNY");
}

TEST_CASE("bare yuan amounts of real news are in their paper's currency",
          "[extract][figures][currency]") {
  // The 2006 Apple Daily (Taiwan) of the shared news: nearly all its bare 元 are new Taiwan
  // dollars (the rest are articles whose words look mainland).
  const auto taiwan = bare_yuan_currencies("appledaily_tw_2006_aitlas.jsonl", 600);
  int total = 0;
  for (const auto& [currency, n] : taiwan) total += n;
  const int twd = taiwan.count("TWD") ? taiwan.at("TWD") : 0;
  INFO("Apple Daily: TWD " << twd << " of " << total);
  REQUIRE(total > 200);
  CHECK(twd >= total * 9 / 10);
  // CCTV's 新闻联播 and the 2018 mainland news: the renminbi only.
  for (const char* mainland : {"xwlb_cctv_2022-2026.jsonl", "news_2018_p233.jsonl"}) {
    const auto counts = bare_yuan_currencies(mainland, 400);
    INFO(mainland);
    REQUIRE(counts.count("CNY"));
    CHECK(counts.size() == 1);
  }
}

TEST_CASE("the seed corpus keeps its renminbi", "[extract][figures][currency]") {
  // corpus/000 is a mainland article re-posted in traditional script with pinyin junk.
  for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir())) {
    const std::string raw = test::read_file(entry.path());
    const auto document = test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
    for (const Mention& m : test::shared_extractor().extract(document, raw).mentions)
      if (m.kind == MentionKind::MONEY && bare_yuan(m.text)) CHECK(to_json(m)["currency"] == "CNY");
  }
}
