/// @file sentence_splitter_test.cpp
/// @brief The fast UAX #29 path of the sentence splitter agrees with ICU's BreakIterator.
#include "sentence_splitter.h"

#include <catch2/catch.hpp>

#include "normalize_test_util.h"
#include "test_support.h"

namespace {

using suyuan::ByteRange;

std::vector<std::string> texts(const std::string& text, const std::vector<ByteRange>& spans) {
  std::vector<std::string> out;
  for (const ByteRange& s : spans) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

// Splits every paragraph of `doc` both ways; returns the number of paragraphs compared.
std::size_t compare_document(const suyuan::detail::SentenceSplitter& splitter,
                             const suyuan::NormalizedDocument& doc, const std::string& label) {
  CAPTURE(label);
  for (const ByteRange& p : doc.paragraphs) {
    std::vector<ByteRange> fast, icu;
    splitter.split(doc.text, p, fast);
    splitter.split_icu(doc.text, p, icu);
    CAPTURE(doc.text.substr(p.begin, p.size()));
    REQUIRE(texts(doc.text, fast) == texts(doc.text, icu));
  }
  return doc.paragraphs.size();
}

}  // namespace

TEST_CASE("sentence splitter: hand-picked cases agree with ICU", "[normalize][structure]") {
  const suyuan::detail::SentenceSplitter splitter;
  for (const std::string text : {"他说:“好。”然后走了。",
                                 "增长3.5%。下一句",
                                 "U.S. News 报道。第二句",
                                 "真的?!是的。",
                                 "好。,继续说。",
                                 "「完了。」 「再来。」",
                                 "看www.example.com。然后",
                                 "等等...然后呢?好",
                                 "没有句号",
                                 "结尾空格。  ",
                                 "一。二!三?四;五……六",
                                 "(注:见上。)下文。",
                                 "Mr. Smith 说。",
                                 "e\u0301。下",
                                 "数字１.５倍。下",
                                 "etc. 5 apples. Next one",
                                 "第1.A项",
                                 "the end. Next",
                                 "见 x.com 网站",
                                 "U.S.A. 报道",
                                 "版本 v2.0.1。下",
                                 "他说.“好”",
                                 "完.(注)下",
                                 "a.\u2028b",
                                 "表情😀\uFE0F。下"}) {
    CAPTURE(text);
    std::vector<ByteRange> fast, icu;
    const ByteRange all{0, static_cast<std::uint32_t>(text.size())};
    splitter.split(text, all, fast);
    splitter.split_icu(text, all, icu);
    CHECK(texts(text, fast) == texts(text, icu));
  }
}

TEST_CASE("sentence splitter: fast path agrees with ICU on corpus and news",
          "[normalize][structure]") {
  const suyuan::detail::SentenceSplitter splitter;
  std::size_t paragraphs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(suyuan::test::corpus_dir())) {
    if (entry.path().extension() != ".txt") continue;
    const std::string raw = suyuan::test::read_file(entry.path());
    paragraphs += compare_document(
        splitter, suyuan::test::normalizer().normalize(raw, suyuan::SourceFormat::TEXT),
        entry.path().filename().string());
  }
  for (const auto& article : suyuan::test::shared_news_sample(300)) {
    paragraphs += compare_document(
        splitter, suyuan::test::normalizer().normalize(article.text, suyuan::SourceFormat::TEXT),
        article.label);
  }
  CHECK(paragraphs > 100);
}

TEST_CASE("sentence splitter: a page without end punctuation is cut into bounded sentences",
          "[normalize][structure]") {
  const suyuan::detail::SentenceSplitter splitter;
  constexpr std::size_t max = suyuan::detail::SentenceSplitter::MAX_SENTENCE_BYTES;
  // No end punctuation at all, then one comma every 400 characters.
  for (const std::string& unit : {std::string("英伟达表示H20售价1万美元"),
                                  std::string(400 * 3, 'x').replace(0, 3, "英") + ","}) {
    std::string text;
    while (text.size() < 50 * max) text += unit;
    std::vector<ByteRange> sentences;
    splitter.split(text, {0, static_cast<std::uint32_t>(text.size())}, sentences);
    REQUIRE(sentences.size() > 1);
    std::uint32_t at = 0;
    for (const ByteRange& s : sentences) {
      CHECK(s.size() <= max);
      CHECK(s.begin == at);  // the pieces tile the paragraph
      at = s.end;
      // Cut on a code point boundary, and after a comma where there is one.
      CHECK((static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80);
      if (unit.back() == ',' && s.end < text.size()) CHECK(text[s.end - 1] == ',');
    }
    CHECK(at == text.size());
  }
}
