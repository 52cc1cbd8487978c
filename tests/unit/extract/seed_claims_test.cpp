/// @file seed_claims_test.cpp
/// @brief The claims issue 4 names for the three seed articles, each asserted on its own so a
/// regression names itself, and every claim cited to the bytes it came from.
#include <catch2/catch.hpp>

#include "index_fixture.h"

using namespace suyuan;

namespace {

struct Extracted {
  std::string raw;
  ExtractionResult result;
};

const Extracted& extracted(const std::string& name) {
  static std::map<std::string, Extracted> cache;
  auto it = cache.find(name);
  if (it == cache.end()) {
    Extracted e;
    e.raw = test::read_file(test::corpus_dir() / name);
    const auto document = test::shared_normalizer().normalize(e.raw, SourceFormat::TEXT);
    e.result = test::shared_extractor().extract(document, e.raw);
    it = cache.emplace(name, std::move(e)).first;
  }
  return it->second;
}

const std::string A000 = "000_253fffbcabc856cf.txt";
const std::string A001 = "001_8e11a6ad99196ebb.txt";
const std::string A002 = "002_1607139f7c916639.txt";

/// Claims of an article with this subject and metric.
std::vector<const Claim*> claims(const std::string& article, const std::string& subject,
                                 const std::string& metric) {
  std::vector<const Claim*> out;
  for (const Claim& c : extracted(article).result.claims) {
    if (c.subject == subject && c.metric == metric) out.push_back(&c);
  }
  return out;
}

double number(const nlohmann::json& value, const char* key) { return value.at(key).get<double>(); }

}  // namespace

TEST_CASE("H20 compute is 15-30 % of H100 in 000 and about 20 % in 001", "[extract][seed]") {
  auto a = claims(A000, "nvidia-h20", "compute_relative_to:nvidia-h100");
  REQUIRE(a.size() == 1);
  CHECK(number(to_json(a[0]->value), "min") == 15);
  CHECK(number(to_json(a[0]->value), "max") == 30);
  CHECK(to_json(a[0]->value)["unit"] == "percent");
  auto b = claims(A001, "nvidia-h20", "compute_relative_to:nvidia-h100");
  REQUIRE(b.size() == 1);
  CHECK(number(to_json(b[0]->value), "value") == 20);
  CHECK(to_json(b[0]->value)["approx"] == "about");
}

TEST_CASE("Ascend 910B 320 TFLOPS against H20 148 TFLOPS (000)", "[extract][seed]") {
  auto ascend = claims(A000, "huawei-ascend-910b", "compute");
  REQUIRE(ascend.size() == 1);
  CHECK(number(to_json(ascend[0]->value), "value") == 320);
  CHECK(to_json(ascend[0]->value)["unit"] == "TFLOPS");
  auto h20 = claims(A000, "nvidia-h20", "compute");
  REQUIRE(h20.size() == 1);
  CHECK(number(to_json(h20[0]->value), "value") == 148);
}

TEST_CASE("H20 memory 96 GB and bandwidth 4.0 TB/s (001)", "[extract][seed]") {
  auto memory = claims(A001, "nvidia-h20", "memory");
  REQUIRE(memory.size() == 1);
  CHECK(number(to_json(memory[0]->value), "value") == 96);
  CHECK(to_json(memory[0]->value)["unit"] == "GB");
  auto bandwidth = claims(A001, "nvidia-h20", "memory_bandwidth");
  REQUIRE(bandwidth.size() == 1);
  CHECK(number(to_json(bandwidth[0]->value), "value") == 4.0);
  CHECK(to_json(bandwidth[0]->value)["unit"] == "TB/s");
}

TEST_CASE("A800/H800 NVLink 400 GB/s against A100/H100 600 GB/s (000)", "[extract][seed]") {
  for (const char* chip : {"nvidia-a800", "nvidia-h800"}) {
    auto c = claims(A000, chip, "interconnect_bandwidth");
    REQUIRE(c.size() == 1);
    CHECK(number(to_json(c[0]->value), "value") == 400);
  }
  for (const char* chip : {"nvidia-a100", "nvidia-h100"}) {
    auto c = claims(A000, chip, "interconnect_bandwidth");
    REQUIRE(c.size() == 1);
    CHECK(number(to_json(c[0]->value), "value") == 600);
  }
}

TEST_CASE("the 4.5-5.5 billion USD charge and the 15 % revenue share (001)", "[extract][seed]") {
  auto charge = claims(A001, "nvidia", "charge");
  REQUIRE(charge.size() == 1);
  CHECK(number(to_json(charge[0]->value), "min") == 4.5e9);
  CHECK(number(to_json(charge[0]->value), "max") == 5.5e9);
  CHECK(to_json(charge[0]->value)["currency"] == "USD");
  auto share = claims(A001, "nvidia", "revenue_share_to_government");
  REQUIRE(share.size() == 1);
  CHECK(number(to_json(share[0]->value), "value") == 15);
  CHECK(claims(A001, "amd", "revenue_share_to_government").size() == 1);
}

TEST_CASE("H200 China revenue opportunity, attributed to Bloomberg Intelligence (002)",
          "[extract][seed]") {
  auto c = claims(A002, "nvidia-h200", "annual_revenue_opportunity");
  REQUIRE(c.size() == 1);
  CHECK(number(to_json(c[0]->value), "value") == 1e10);
  CHECK(to_json(c[0]->value)["currency"] == "USD");
  REQUIRE(c[0]->attribution.has_value());
  CHECK(c[0]->attribution->source == "bloomberg-intelligence");
}

TEST_CASE("the July 2025 H20 export approval in all three articles", "[extract][seed]") {
  auto a = claims(A000, "nvidia-h20", "event_date:export_approval");
  REQUIRE_FALSE(a.empty());
  CHECK(to_json(a[0]->value)["date"] == "2025-07-15");
  REQUIRE(a[0]->attribution.has_value());
  CHECK(a[0]->attribution->source == "jensen-huang");
  auto b = claims(A001, "nvidia-h20", "event_date:export_approval");
  REQUIRE(b.size() == 1);
  CHECK(to_json(b[0]->value)["date"] == "2025-07");
  auto c = claims(A002, "nvidia-h20", "event_date:export_approval");
  REQUIRE(c.size() == 1);
  CHECK(to_json(c[0]->value)["date"] ==
        "2025-06");  // 今年夏季, against the 2025-12-14 publication date
  CHECK(to_json(c[0]->value)["date_end"] == "2025-08");
}

TEST_CASE("Reuters is the source of the TSMC order, Trump of the H200 decision",
          "[extract][seed]") {
  auto order = claims(A001, "nvidia-h20", "order_quantity");
  REQUIRE(order.size() == 1);
  CHECK(number(to_json(order[0]->value), "value") == 300000);
  CHECK(to_json(order[0]->value)["unit"] == "片");
  REQUIRE(order[0]->attribution.has_value());
  CHECK(order[0]->attribution->source == "reuters");
  CHECK(order[0]->attribution->name == "路透社");
  auto inventory = claims(A001, "nvidia-h20", "inventory");
  REQUIRE(inventory.size() == 1);
  CHECK(number(to_json(inventory[0]->value), "min") == 600000);
  auto h200 = claims(A002, "nvidia-h200", "event_date:export_approval");
  REQUIRE(h200.size() == 1);
  CHECK(to_json(h200[0]->value)["date"] == "2025-12-08");  // 8日 against 2025-12-14
  CHECK(h200[0]->attribution->source == "donald-trump");
}

TEST_CASE("000's source list becomes citations, not claims", "[extract][seed]") {
  const auto& citations = extracted(A000).result.citations;
  REQUIRE(citations.size() == 4);
  CHECK(citations[0].source == "thepaper");
  CHECK(citations[0].date == "2025-07-15");
  CHECK(citations[1].source == "sina-finance");
  CHECK(citations[3].source == "guancha");
  for (const Claim& c : extracted(A000).result.claims) {
    CHECK(c.sentence.find("原文登載于") == std::string::npos);
  }
}

TEST_CASE("every seed mention and claim quotes its raw bytes", "[extract][seed]") {
  for (const auto& name : {A000, A001, A002}) {
    const auto& e = extracted(name);
    for (const Mention& m : e.result.mentions) {
      CHECK(e.raw.substr(m.raw.begin, m.raw.size()) == m.text);
    }
    for (const Claim& c : e.result.claims) {
      CHECK(e.raw.substr(c.sentence_raw.begin, c.sentence_raw.size()) == c.sentence);
      CHECK(c.value_raw.begin >= c.sentence_raw.begin);
      CHECK(c.value_raw.end <= c.sentence_raw.end);
    }
  }
}

TEST_CASE("chips are whole model codes in every script", "[extract]") {
  auto kinds = [](const std::string& text) {
    const auto document = test::shared_normalizer().normalize(text, SourceFormat::TEXT);
    std::vector<std::string> ids;
    for (const Mention& m : test::shared_extractor().extract(document, text).mentions) {
      if (m.kind == MentionKind::CHIP || m.kind == MentionKind::ORG ||
          m.kind == MentionKind::PERSON)
        ids.push_back(std::get<EntityRef>(m.detail).id);
    }
    return ids;
  };
  CHECK(kinds("輝達的H200晶片") == std::vector<std::string>{"nvidia", "nvidia-h200"});
  CHECK(kinds("华为昇騰910B芯片") == std::vector<std::string>{"huawei", "huawei-ascend-910b"});
  CHECK(kinds("川普與黃仁勳會面") == std::vector<std::string>{"donald-trump", "jensen-huang"});
  CHECK(kinds("该公司新款芯片XG5200性能强劲") == std::vector<std::string>{"unknown-xg5200"});
  CHECK(kinds("H20和H200") == std::vector<std::string>{"nvidia-h20", "nvidia-h200"});
}
