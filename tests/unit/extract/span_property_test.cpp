/// @file span_property_test.cpp
/// @brief Property: on real news every mention, claim, attribution and citation quotes exactly
/// the raw bytes it points at, on UTF-8 boundaries.
#include <catch2/catch.hpp>
#include <fstream>

#include "index_fixture.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/index/stored_metadata.h"

using namespace suyuan;

namespace {

bool on_boundary(const std::string& raw, std::uint32_t offset) {
  return offset >= raw.size() || (static_cast<unsigned char>(raw[offset]) & 0xC0) != 0x80;
}

void check_spans(const std::string& raw, const ExtractionResult& result, const std::string& label) {
  INFO(label);
  auto check = [&](ByteRange span, const std::string& text) {
    REQUIRE(span.end <= raw.size());
    CHECK(on_boundary(raw, span.begin));
    CHECK(on_boundary(raw, span.end));
    CHECK(raw.substr(span.begin, span.size()) == text);
  };
  for (const Mention& m : result.mentions) check(m.raw, m.text);
  for (const Claim& c : result.claims) {
    check(c.sentence_raw, c.sentence);
    if (c.attribution) CHECK(c.attribution->raw.end <= raw.size());
    if (c.subject_raw) check(*c.subject_raw, c.subject_text);
    if (c.metric_raw) check(*c.metric_raw, c.metric_text);
    if (c.period) check(c.period->raw, c.period->text);
    // What is measured and what it is about never hold the figure itself (打五六折, 6.6个篮板).
    auto holds_value = [&](const std::optional<ByteRange>& span) {
      return span && span->begin <= c.value_raw.begin && span->end > c.value_raw.begin;
    };
    CHECK_FALSE(holds_value(c.metric_raw));
    CHECK_FALSE(holds_value(c.subject_raw));
    CHECK(c.value_raw.begin >= c.sentence_raw.begin);
    CHECK(c.value_raw.end <= c.sentence_raw.end);
  }
  for (const Citation& c : result.citations) check(c.raw, c.text);
  // The JSON codec reads back what it writes, and so does the index's stored-claim codec.
  const nlohmann::json written = to_json(result);
  CHECK(to_json(written.get<ExtractionResult>()) == written);
  for (std::size_t i = 0; i < result.claims.size(); ++i) {
    const ClaimContext context{{"doc", label, "", "", ""}, raw};
    const StoredClaim stored =
        decode_stored_claim(encode_stored_claim("doc", result.claims[i], i, raw), context);
    CHECK(to_json(stored.claim) == to_json(result.claims[i]));
    CHECK(stored.index == i);
    CHECK(stored.origin.path == label);
  }
}

}  // namespace

TEST_CASE("spans quote their raw bytes and JSON reads back on the corpus", "[extract][property]") {
  for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir())) {
    const std::string raw = test::read_file(entry.path());
    const auto document = test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
    check_spans(raw, test::shared_extractor().extract(document, raw),
                entry.path().filename().string());
  }
}

TEST_CASE("spans quote their raw bytes on 1,000 news articles", "[extract][property]") {
  // About a third from each news file, so both scripts and all sources are covered.
  const char* files[] = {"appledaily_tw_2006_aitlas.jsonl", "news_2018_p233.jsonl",
                         "xwlb_cctv_2022-2026.jsonl"};
  std::size_t checked = 0, mentions = 0;
  for (const char* file : files) {
    std::ifstream in(test::shared_data_dir() / "news" / file);
    REQUIRE(in);
    std::string line;
    for (int taken = 0; taken < 334 && std::getline(in, line); ++taken) {
      const auto j = nlohmann::json::parse(line);
      const std::string raw = j.value("text", std::string());
      if (raw.empty()) continue;
      const auto document = test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
      const auto result = test::shared_extractor().extract(
          document, raw, {j["date"].is_string() ? j["date"].get<std::string>() : ""});
      check_spans(raw, result, std::string(file) + " " + j.value("id", std::string()));
      mentions += result.mentions.size();
      ++checked;
    }
  }
  CHECK(checked >= 990);
  CHECK(mentions > 10000);  // the recognisers do fire on general news
}

TEST_CASE("spans quote their raw bytes on traditional script and pinyin junk",
          "[extract][property]") {
  // Strings, as `suyuan-index extract --text` passes them: offsets are into these bytes.
  const std::string traditional =
      "據路透社報導，輝達已向台積電追加30萬片H20晶片訂單，約為"
      "H100算力的20%，售價約新台幣四十五萬元。";
  const std::string pinyin =
      "英伟达（yīngwěidá）的H20（xīnpiàn）芯片算力约为H100的15%-30%"
      "，2025年7月15日获批。";
  for (const std::string& raw : {traditional, pinyin}) {
    const auto document = test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
    ExtractOptions options;
    options.reference_date = "2025-12-14";
    const auto result = test::shared_extractor().extract(document, raw, options);
    CHECK(result.mentions.size() >= 5);
    check_spans(raw, result, raw);
  }
}

TEST_CASE("a damaged stored claim is a corrupt index, not a crash", "[extract][index]") {
  CHECK_THROWS_MATCHES(decode_stored_claim("{\"doc_id\":\"d\",\"path\":\"p\"}"), Error,
                       Catch::Matchers::Predicate<Error>(
                           [](const Error& e) { return e.kind() == ErrorKind::CORRUPT_INDEX; }));
  const std::string unknown_kind =
      R"({"doc_id":"d","path":"p","claim":{"subject":"s","metric":"m","sentence":"",)"
      R"("sentence_span":{"start":0,"end":0},"value_span":{"start":0,"end":0},)"
      R"("value":{"kind":"colour","approx":"exact"}}})";
  CHECK_THROWS_MATCHES(decode_stored_claim(unknown_kind), Error,
                       Catch::Matchers::Predicate<Error>(
                           [](const Error& e) { return e.kind() == ErrorKind::CORRUPT_INDEX; }));
}
