/// @file annotation_test.cpp
/// @brief Inline pinyin/zhuyin annotations are removed; real parenthesised words are not.
#include <catch2/catch.hpp>
#include <regex>

#include "normalize_test_util.h"
#include "test_support.h"

using suyuan::test::fold;
using suyuan::test::normalizer;

TEST_CASE("pinyin and zhuyin annotations after Han characters", "[normalize][annotation]") {
  CHECK(fold("英偉達(dá)") == "英伟达");
  CHECK(fold("中國(guó)說(shuō)為(wèi)") == "中国说为");
  CHECK(fold("綠(lǜ)色和綠(lv4)色") == "绿色和绿(lv4)色");
  CHECK(fold("綠(lǜ)") == "绿");
  CHECK(fold("國（guó）家") == "国家");
  CHECK(fold("我們(men)的(de)") == "我们的");
  CHECK(fold("國(ㄍㄨㄛˊ)") == "国");
  CHECK(fold("中國(zhōng guó)") == "中国");
}

TEST_CASE("real parenthesised words are kept", "[normalize][annotation]") {
  for (const char* text :
       {"辉达(NVIDIA)", "萨克斯(David Sacks)", "人工智慧(AI)", "占比(15%)", "川普(Donald Trump)",
        "寒武纪科技(Cambricon Technologies)", "彭博科技(Bloomberg Tech)", "规划。(1)", "图(a)",
        "apple (an)", "能(AI)",
        // Pinyin-spelled accounts and English words after Han text (../shared/data/news).
        "春雨健康科普(chunyuyuedu)", "小助手微信(sinaqunzhu)", "摩拜单车(mobike)", "阅读(reading)",
        "并足畸形症(sirenomelia)"}) {
    const std::string folded = fold(text);
    CAPTURE(text, folded);
    CHECK(folded.find('(') != std::string::npos);
  }
  // Toneless readings need as many Han characters before them as syllables.
  CHECK(fold("國(zhongguo)") == "国(zhongguo)");
}

namespace {

// Independent count: parenthesised runs of pinyin letters that carry a tone mark (the corpus
// annotations all do), found with a plain regular expression over the raw bytes.
std::size_t count_toned_groups(const std::string& raw) {
  static const std::regex group(
      "\\((?:[a-z]|ü|ā|á|ǎ|à|ē|é|ě|è|ī|í|ǐ|ì|ō|ó|ǒ|ò|ū|ú|ǔ|ù|ǖ|ǘ|ǚ|ǜ)+\\)");
  static const std::regex toned("ā|á|ǎ|à|ē|é|ě|è|ī|í|ǐ|ì|ō|ó|ǒ|ò|ū|ú|ǔ|ù|ǖ|ǘ|ǚ|ǜ");
  std::size_t n = 0;
  for (auto it = std::sregex_iterator(raw.begin(), raw.end(), group); it != std::sregex_iterator();
       ++it) {
    n += std::regex_search(it->str(), toned);
  }
  return n;
}

}  // namespace

TEST_CASE("every annotation of corpus 000 and 001 is removed, no real parenthesis",
          "[normalize][annotation]") {
  struct Case {
    const char* file;
    std::size_t annotations;
    std::vector<std::string> kept;
  };
  const Case cases[] = {
      {"000_253fffbcabc856cf.txt", 143, {"(NVLink)", "(600GB/s或更高)", "(including the pictures"}},
      {"001_8e11a6ad99196ebb.txt", 656, {}},
      {"002_1607139f7c916639.txt",
       0,
       {"(AI)", "(David Sacks)", "(NVIDIA)", "(Donald Trump)", "(Bloomberg Tech)",
        "(Financial Times)", "(Cambricon Technologies)"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const std::string raw = suyuan::test::read_file(suyuan::test::corpus_dir() / c.file);
    REQUIRE(count_toned_groups(raw) == c.annotations);
    const suyuan::FoldedText folded = normalizer().fold(raw);
    std::size_t removed = 0;
    const auto doc = normalizer().normalize(raw, suyuan::SourceFormat::TEXT);
    for (const auto& span : doc.removed) {
      if (span.rule != "annotation.pinyin") continue;
      ++removed;
      const std::string bytes = raw.substr(span.raw.begin, span.raw.size());
      CHECK(count_toned_groups(bytes) == 1);
    }
    CHECK(removed == c.annotations);
    CHECK(count_toned_groups(folded.text) == 0);
    for (const std::string& kept : c.kept) {
      CHECK(folded.text.find(kept) != std::string::npos);
    }
    // Every parenthesis of the raw text that is not an annotation survives line folding.
    const auto count = [](const std::string& s, char ch) {
      return std::count(s.begin(), s.end(), ch);
    };
    CHECK(count(folded.text, '(') == count(raw, '(') - static_cast<long>(c.annotations));
  }
}
