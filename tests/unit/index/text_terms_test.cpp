/// @file text_terms_test.cpp
/// @brief The directly written terms are Xapian's CJK n-gram terms minus the Han bigrams that
/// phrase queries never read, and every query form still finds exactly what it should.
#include "text_terms.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>

#include "index_fixture.h"
#include "suyuan/core/utf8.h"

using namespace suyuan;

namespace {

/// term → (wdf, positions) of a document.
using TermTable = std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>>;

TermTable table_of(const Xapian::Document& doc) {
  TermTable table;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    std::vector<Xapian::termpos> positions(t.positionlist_begin(), t.positionlist_end());
    table[*t] = {t.get_wdf(), positions};
  }
  return table;
}

/// Takes out the Han bigrams (positionless, two characters, at least one of them Han): phrase
/// queries never read them.
TermTable without_han_bigrams(TermTable table) {
  for (auto it = table.begin(); it != table.end();) {
    std::string_view term = it->first;
    if (!term.empty() && term[0] == 'S') term.remove_prefix(1);
    std::size_t i = 0, chars = 0;
    bool any_han = false;
    while (i < term.size()) {
      any_han = is_indexed_han(utf8::decode(term, i)) || any_han;
      ++chars;
    }
    const bool han_bigram = any_han && chars == 2 && it->second.second.empty();
    it = han_bigram ? table.erase(it) : std::next(it);
  }
  return table;
}

/// Xapian's own FLAG_CJK_NGRAM terms.
TermTable reference_terms(const std::string& text, const std::string& title) {
  Xapian::Document doc;
  Xapian::TermGenerator generator;
  generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  generator.set_document(doc);
  generator.index_text(text);
  if (!title.empty()) {
    generator.increase_termpos();
    generator.index_text(title, 1, "S");
  }
  return without_han_bigrams(table_of(doc));
}

TermTable direct_terms(const std::string& text, const std::string& title) {
  Xapian::Document doc;
  TextTermWriter writer(doc);
  writer.index_text(text);
  if (!title.empty()) {
    writer.increase_termpos();
    writer.index_text(title, "S");
  }
  // The few it writes (where kana meet Han) are compared out like Xapian's.
  return without_han_bigrams(table_of(doc));
}

/// Xapian's word reader lets an infix joiner (`'`, `&`, U+00B7 ·) carry a Latin word on into
/// the Han characters after it ("J·史密斯则是…" becomes one over-long term that is dropped, and
/// the characters are lost); the direct writer ends the word there and keeps the characters.
/// The comparison puts a space after such a joiner, and the test below shows the difference.
std::string separate_infix_joins(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const char32_t cp = utf8::decode(text, i);
    out.append(text, begin, i - begin);
    if (cp == U'\'' || cp == U'&' || cp == 0xB7) {
      std::size_t next = i;
      if (next < text.size() && is_indexed_han(utf8::decode(text, next))) out += ' ';
    }
  }
  return out;
}

/// The first few terms on which two tables differ, readable, or "" when equal.
std::string differences(const TermTable& direct, const TermTable& reference) {
  std::string out;
  int shown = 0;
  auto describe = [](const TermTable& table, const std::string& term) {
    const auto it = table.find(term);
    if (it == table.end()) return std::string("absent");
    std::string s = "wdf " + std::to_string(it->second.first) + " at";
    for (auto p : it->second.second) s += " " + std::to_string(p);
    return s;
  };
  std::set<std::string> terms;
  for (const auto& [term, _] : direct) terms.insert(term);
  for (const auto& [term, _] : reference) terms.insert(term);
  for (const auto& term : terms) {
    if (describe(direct, term) == describe(reference, term) || shown++ >= 5) continue;
    out += "[" + term + "] direct: " + describe(direct, term) +
           "; xapian: " + describe(reference, term) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("direct terms equal Xapian's CJK n-gram terms without Han bigrams", "[index][terms]") {
  const std::vector<std::string> samples = {
      "H20芯片，出口管制。3.5亿美元 C++ AT&T e.g. U.S.A 美国's IP+中 C#语言 C++",
      "英伟达H200与H20：算力约为H100的20%（据路透社）",
      "日本語のかな混じり文と한국어 텍스트、漢字かな",
      "foo_bar 𠀀𠀁 ＡＢＣ１２３ 3,000,000 v2.0-beta 2025年7月15日 二〇二五年",
      "",
      "。，、！？",
  };
  for (const auto& text : samples) {
    INFO(text);
    CHECK(differences(direct_terms(text, ""), reference_terms(text, "")) == "");
    CHECK(differences(direct_terms(text, "标题H20"), reference_terms(text, "标题H20")) == "");
  }
}

TEST_CASE("direct terms match on real articles after normalization", "[index][terms]") {
  const Normalizer& normalizer = test::shared_normalizer();
  std::vector<std::pair<std::string, std::string>> documents;
  for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir())) {
    const std::string raw = test::read_file(entry.path());
    const auto normalized = normalizer.normalize(raw, SourceFormat::TEXT);
    documents.emplace_back(separate_infix_joins(normalized.text),
                           separate_infix_joins(normalized.metadata.title));
  }
  // Every script and register of the shared news: mainland, Taiwan, re-posts.
  for (const auto& entry : std::filesystem::directory_iterator(test::shared_data_dir() / "news")) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 0; n < 60 && std::getline(in, line); ++n) {
      const auto article = nlohmann::json::parse(line);
      auto field = [&](const char* key) {
        return article[key].is_string() ? article[key].get<std::string>() : std::string();
      };
      const auto normalized = normalizer.normalize(field("text"), SourceFormat::TEXT);
      documents.emplace_back(separate_infix_joins(normalized.text),
                             separate_infix_joins(field("title")));
    }
  }
  REQUIRE(documents.size() >= 180);
  std::size_t compared = 0;
  for (const auto& [text, title] : documents) {
    INFO(text.substr(0, 200));
    REQUIRE(differences(direct_terms(text, title), reference_terms(text, title)) == "");
    ++compared;
  }
  CHECK(compared == documents.size());
}

TEST_CASE("a Latin word joined to Han characters keeps the characters", "[index][terms]") {
  const TermTable direct = direct_terms("亚当·J·史密斯则是", "");
  CHECK(direct.at("j").second == std::vector<Xapian::termpos>{3});
  CHECK(direct.at("史").second == std::vector<Xapian::termpos>{4});
  CHECK(direct.at("是").second == std::vector<Xapian::termpos>{8});
  CHECK(direct.count("j·史密斯则是") == 0);
}
