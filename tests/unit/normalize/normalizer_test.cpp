/// @file normalizer_test.cpp
/// @brief Script/width folding cases, document structure, HTML, errors and the explanation.
#include <catch2/catch.hpp>

#include "normalize_test_util.h"
#include "suyuan/core/error.h"
#include "suyuan/normalize/explain.h"
#include "test_support.h"

using suyuan::test::fold;
using suyuan::test::normalizer;

TEST_CASE("traditional folds to simplified", "[normalize][fold]") {
  CHECK(fold("英偉達的國產芯片") == "英伟达的国产芯片");
  CHECK(fold("這裡和那裏") == "这里和那里");
  CHECK(fold("山峯與綫路") == "山峰与线路");
  CHECK(fold("諮詢和谘询,揹著揹包") == "咨询和咨询,背着背包");
}

TEST_CASE("著 stays in 显著/著名 and becomes 着 elsewhere", "[normalize][fold]") {
  CHECK(fold("效果顯著,他是著名作家,看著他") == "效果显著,他是著名作家,看着他");
  CHECK(fold("效果显著,他是著名作家") == "效果显著,他是著名作家");
  CHECK(fold("他看着名单") == "他看着名单");
  CHECK(fold("土著民族貢獻卓著") == "土著民族贡献卓著");
}

TEST_CASE("乾 in 乾隆 versus 乾燥, 瞭解 versus 瞭望", "[normalize][fold]") {
  CHECK(fold("乾隆皇帝喜歡乾燥的天氣") == "乾隆皇帝喜欢干燥的天气");
  CHECK(fold("我們瞭解瞭望塔") == "我们了解瞭望塔");
}

TEST_CASE("a phrase rule never splits the word that starts before it", "[normalize][fold]") {
  // ICU's 畫開 → 划开 starts inside 動畫/漫畫/國畫: the word to the left is matched first.
  CHECK(fold("這部動畫開始播出了") == "这部动画开始播出了");
  CHECK(fold("漫畫開始連載") == "漫画开始连载");
  CHECK(fold("國畫開展覽") == "国画开展览");
  // Where no word stands to the left, the phrase still applies, and a longer phrase that
  // starts further left wins over both.
  CHECK(fold("他用刀畫開紙") == "他用刀划开纸");
  CHECK(fold("計畫開始") == "计划开始");
  // 著名 does not swallow the 著 of 隨著/接著, and 著名 alone still keeps 著.
  CHECK(fold("隨著名人來訪") == "随着名人来访");
  CHECK(fold("接著名單公布") == "接着名单公布");
  CHECK(fold("他是著名作家") == "他是著名作家");
  // 乾 of 餅乾 is 干 even right before a word that a 乾 phrase starts.
  CHECK(fold("吃餅乾坤包") == "吃饼干坤包");
  // A word to the left that is much rarer than the phrase loses to it (为着/本着/连着 against
  // 著名/著作), and a context rule (姓於) never beats the word before it (百姓 + 於是).
  CHECK(fold("列為著名案例") == "列为著名案例");
  CHECK(fold("日本著名的蒔繪") == "日本著名的莳绘");
  CHECK(fold("連著作權都註冊") == "连著作权都注册");
  CHECK(fold("老百姓於是安心") == "老百姓于是安心");
}

TEST_CASE("a phrase rule never splits the word that starts inside it and runs past it",
          "[normalize][fold]") {
  // ICU's 畫開 → 划开, 畫一 → 划一 end inside 开心/开花/一个/一下: the word wins where
  // jieba's unigram model says [画][word] is the likelier reading.
  CHECK(fold("他畫開心的笑臉") == "他画开心的笑脸");
  CHECK(fold("她在紙上畫開花的樹") == "她在纸上画开花的树");
  CHECK(fold("我先畫一個圓，再畫一下邊框") == "我先画一个圆,再画一下边框");
  CHECK(fold("孩子畫一樣的房子") == "孩子画一样的房子");
  // Where the phrase is the likelier reading, or no word runs past it, it still applies.
  CHECK(fold("全班動作整齊畫一") == "全班动作整齐划一");
  CHECK(fold("把土地畫分為三區") == "把土地划分为三区");
  CHECK(fold("他用刀畫開紙") == "他用刀划开纸");
  CHECK(fold("大家向應該負責的人追討") == "大家向应该负责的人追讨");
  // A phrase with an ambiguous character makes no such guard: simplified text keeps 所著.
  CHECK(fold("这是他所著力作") == "这是他所著力作");
}

TEST_CASE("variant characters fold to standard forms outside the BMP too", "[normalize][fold]") {
  CHECK(fold("奇鋐科技的魟魚標誌") == "奇𬭎科技的𫚉鱼标志");
  CHECK(fold("奇𬭎科技") == "奇𬭎科技");
}

TEST_CASE("a loose phrase matches only characters that fold into its own", "[normalize][fold]") {
  // 幹 and 乾 both fold to 干, but 幹道 (main road) is not the phrase 乾道.
  CHECK(fold("主要幹道假日車流量") == "主要干道假日车流量");
  CHECK(fold("乾道年間") == "乾道年间");
  CHECK(fold("再生傢俱回收，皇家俱樂部") == "再生家具回收,皇家俱乐部");
}

TEST_CASE("variant characters from OpenCC's variant tables fold like their standard form",
          "[normalize][fold]") {
  CHECK(fold("敍述") == "叙述");          // HKVariants
  CHECK(fold("枴杖") == "拐杖");          // HKVariants
  CHECK(fold("五嶽之首") == "五岳之首");  // TSCharacters, not changed by ICU
  CHECK(fold("気温") == "气温");          // JPVariants (shinjitai)
  // A variant that is itself a standard simplified character stays: 么 (TW 幺), 予 (JP 豫).
  CHECK(fold("什么") == "什么");
  CHECK(fold("给予") == "给予");
}

TEST_CASE("ICU phrase rules that keep a traditional character are overridden",
          "[normalize][fold]") {
  CHECK(fold("軟銀發布銀髮族產品") == "软银发布银发族产品");
  CHECK(fold("內裡") == "内里");
  CHECK(fold("剃发") == "剃发");
  CHECK(fold("生旦淨末丑") == "生旦净末丑");
  CHECK(fold("閤家歡聚，閤下請坐") == "合家欢聚,阁下请坐");
}

TEST_CASE("於 as a surname in traditional text", "[normalize][fold]") {
  CHECK(fold("他姓於，是於姓家族的後人") == "他姓於,是於姓家族的后人");
  CHECK(fold("於梨華的小說") == "於梨华的小说");
  CHECK(fold("於氏宗祠") == "於氏宗祠");
  // The preposition keeps folding, also right before 姓 or after 百姓.
  CHECK(fold("這屬於姓名權的問題") == "这属于姓名权的问题");
  CHECK(fold("對於姓氏的研究") == "对于姓氏的研究");
  CHECK(fold("老百姓於是安心") == "老百姓于是安心");
  CHECK(fold("他們位於台北，終於到了") == "他们位于台北,终于到了");
  // Simplified text keeps whatever it wrote.
  CHECK(fold("于姓人家") == "于姓人家");
}

TEST_CASE("protected names are never converted", "[normalize][fold]") {
  CHECK(fold("華為昇騰910B") == "华为昇腾910B");
  CHECK(fold("华为昇腾910B") == "华为昇腾910B");
  CHECK(fold("氣溫升騰") == "气温升腾");
}

TEST_CASE("simplified text keeps characters that are also simplified", "[normalize][fold]") {
  CHECK(fold("王於昌在俱乐部说") == "王於昌在俱乐部说");
  CHECK(fold("大阪的哪吒摔跤") == "大阪的哪吒摔跤");
  CHECK(fold("他們位於台北") == "他们位于台北");
}

TEST_CASE("corner quotes keep their meaning", "[normalize][fold]") {
  CHECK(fold("他說「國產」") == "他说「国产」");
  CHECK(fold("『書名』") == "『书名』");
}

TEST_CASE("width and space folding", "[normalize][fold]") {
  CHECK(fold("Ｈ２０芯片，售價１４０萬？") == "H20芯片,售价140万?");
  CHECK(fold("a\u3000b\u00A0c") == "a b c");
  CHECK(fold("㎏") == "kg");
  CHECK(fold("m²") == "m²");
  CHECK(fold("……") == "……");
  CHECK(fold("\uFEFF开头") == "开头");
}

TEST_CASE("line mode keeps one output line per input line", "[normalize][fold]") {
  const std::string input = "第一行\n\n國(guó)家\r\n  最後一行";
  const std::string out = fold(input);
  CHECK(std::count(out.begin(), out.end(), '\n') == std::count(input.begin(), input.end(), '\n'));
  CHECK(out == "第一行\n\n国家\r\n  最后一行");
}

TEST_CASE("fold_query folds like documents without removing anything", "[normalize][fold]") {
  CHECK(normalizer().fold_query("英偉達") == "英伟达");
  CHECK(normalizer().fold_query("國(guó)") == "国(guó)");
}

TEST_CASE("invalid UTF-8 and NUL bytes are rejected with the offset", "[normalize][errors]") {
  const std::string bad = std::string("abc") + "\xE4\xB8" + "x";
  try {
    (void)normalizer().normalize(bad, suyuan::SourceFormat::TEXT);
    FAIL("no exception");
  } catch (const suyuan::Error& e) {
    CHECK(e.kind() == suyuan::ErrorKind::INVALID_INPUT);
    CHECK(std::string(e.what()).find("byte offset 3") != std::string::npos);
  }
  const std::string binary = std::string("ab\0cd", 5);
  try {
    (void)normalizer().fold(binary);
    FAIL("no exception");
  } catch (const suyuan::Error& e) {
    CHECK(e.kind() == suyuan::ErrorKind::INVALID_INPUT);
    CHECK(std::string(e.what()).find("byte offset 2") != std::string::npos);
  }
  CHECK_THROWS_AS(normalizer().fold_query("\xFF"), suyuan::Error);
}

TEST_CASE("missing or malformed data files", "[normalize][errors]") {
  suyuan::test::TempDir dir;
  try {
    suyuan::Normalizer n({dir.path() / "nope"});
    FAIL("no exception");
  } catch (const suyuan::Error& e) {
    CHECK(e.kind() == suyuan::ErrorKind::NOT_FOUND);
  }
  for (const auto& entry :
       std::filesystem::directory_iterator(suyuan::test::data_dir() / "normalize")) {
    std::filesystem::copy(entry.path(), dir.path() / entry.path().filename());
  }
  suyuan::test::write_file(dir.path() / "boilerplate.json", "{\"rules\": [");
  try {
    suyuan::Normalizer n({dir.path()});
    FAIL("no exception");
  } catch (const suyuan::Error& e) {
    CHECK(e.kind() == suyuan::ErrorKind::CORRUPT_INDEX);
  }
  suyuan::test::write_file(
      dir.path() / "boilerplate.json",
      R"({"rules": [{"id": "x", "kind": "k", "pattern": "(", "reason": "r"}]})");
  CHECK_THROWS_AS(suyuan::Normalizer({dir.path()}), suyuan::Error);
}

TEST_CASE("paragraphs are trimmed lines without blank lines", "[normalize][structure]") {
  const auto doc = normalizer().normalize("  第一段。第二句!\n\n\n   第二段  有  空格 \n",
                                          suyuan::SourceFormat::TEXT);
  CHECK(doc.text == "第一段。第二句!\n第二段 有 空格");
  REQUIRE(doc.paragraphs.size() == 2);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.text.substr(doc.sentences[0].begin, doc.sentences[0].size()) == "第一段。");
  CHECK(doc.text.substr(doc.sentences[1].begin, doc.sentences[1].size()) == "第二句!");
}

TEST_CASE("a sentence ending 。” keeps its closing quote", "[normalize][structure]") {
  const auto doc =
      normalizer().normalize("他說:“我們拒絕。”隨後離開。", suyuan::SourceFormat::TEXT);
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.text.substr(doc.sentences[0].begin, doc.sentences[0].size()) == "他说:“我们拒绝。”");
  CHECK(doc.text.substr(doc.sentences[1].begin, doc.sentences[1].size()) == "随后离开。");
}

TEST_CASE("HTML: tags, entities, scripts and chrome elements", "[normalize][html]") {
  const std::string html =
      "<html><head><title>英偉達新聞</title><meta property=\"og:url\" content=\"https://e.x/a\">"
      "<script>var x = '<p>no</p>';</script><style>p{}</style></head><body>"
      "<nav>首頁 &gt; 新聞</nav><h1>標題</h1><p>黃仁勳&nbsp;表示&amp;強調:<b>國產</b>芯片。</p>"
      "<footer>Copyright 2025</footer></body></html>";
  const auto doc = normalizer().normalize(html, suyuan::SourceFormat::HTML);
  CHECK(doc.text == "标题\n黄仁勋 表示&强调:国产芯片。");
  CHECK(doc.metadata.title == "英伟达新闻");
  CHECK(doc.metadata.url == "https://e.x/a");
  const auto raw = doc.raw_range({0, 6});
  CHECK(html.substr(raw.begin, raw.size()) == "標題");
  const std::size_t amp = doc.text.find('&');
  const auto amp_raw =
      doc.raw_range({static_cast<std::uint32_t>(amp), static_cast<std::uint32_t>(amp + 1)});
  CHECK(html.substr(amp_raw.begin, amp_raw.size()) == "&amp;");
  bool nav = false;
  for (const auto& r : doc.removed) nav = nav || r.rule == "html.nav";
  CHECK(nav);
}

TEST_CASE("metadata of the corpus articles", "[normalize][metadata]") {
  const auto read = [](const char* name) {
    return suyuan::test::read_file(suyuan::test::corpus_dir() / name);
  };
  const auto d0 =
      normalizer().normalize(read("000_253fffbcabc856cf.txt"), suyuan::SourceFormat::TEXT);
  CHECK(d0.metadata.title.empty());
  CHECK(d0.metadata.published.empty());
  const auto d1 =
      normalizer().normalize(read("001_8e11a6ad99196ebb.txt"), suyuan::SourceFormat::TEXT);
  CHECK(d1.metadata.title == "H20芯片开卖即叫停,英伟达如何解围?");
  CHECK(d1.metadata.publisher == "A5专栏");
  CHECK(d1.metadata.published == "2025-09-26T16:51");
  CHECK(d1.metadata.author == "道哥");
  const auto d2 =
      normalizer().normalize(read("002_1607139f7c916639.txt"), suyuan::SourceFormat::TEXT);
  CHECK(d2.metadata.title == "美国允许出口辉达H200 中国表示拒绝使用");
  CHECK(d2.metadata.publisher == "世界论坛网");
  CHECK(d2.metadata.published == "2025-12-14T16:14:11");
}

TEST_CASE("boilerplate keeps citations and drops page chrome", "[normalize][boilerplate]") {
  const std::string raw =
      suyuan::test::read_file(suyuan::test::corpus_dir() / "000_253fffbcabc856cf.txt");
  const auto doc = normalizer().normalize(raw, suyuan::SourceFormat::TEXT);
  CHECK(doc.text.find("主要信息来源:") != std::string::npos);
  CHECK(doc.text.find("原文登载于观察者网2025年07月16日") != std::string::npos);
  CHECK(doc.text.find("特别声明") == std::string::npos);
  CHECK(doc.text.find("Notice:") == std::string::npos);
  const std::string explanation = suyuan::explain(doc, raw);
  CHECK(explanation.find("disclaimer.netease") != std::string::npos);
  CHECK(explanation.find("line 33") != std::string::npos);
}

TEST_CASE("explain lists every dropped line of 001 with rule and reason",
          "[normalize][boilerplate]") {
  const std::string raw =
      suyuan::test::read_file(suyuan::test::corpus_dir() / "001_8e11a6ad99196ebb.txt");
  const auto doc = normalizer().normalize(raw, suyuan::SourceFormat::TEXT);
  const std::string explanation = suyuan::explain(doc, raw);
  for (const char* rule : {"spam.porn_keywords", "nav.crumb_numbered", "meta.dateline", "ad.coupon",
                           "related.tags", "promo.call_to_action"}) {
    CHECK(explanation.find(rule) != std::string::npos);
  }
  CHECK(doc.text.find("99re6") == std::string::npos);
  CHECK(doc.text.find("阿里云优惠券") == std::string::npos);
  CHECK(doc.text.find("相关文章") == std::string::npos);
  CHECK(doc.text.rfind("它的版图正面临前所未有的挑战。") != std::string::npos);
}

TEST_CASE("the script sample counts the traditional characters of the raw text",
          "[normalize][script]") {
  const auto traditional = normalizer().sample_script(
      "台積電昨天公布第一季財報，營收達新台幣一千億元，較去年同期成長一成。");
  CHECK(traditional.han == 31);
  CHECK(traditional.traditional >= 8);  // 積 電 財 報 營 達 幣 億 較 長
  CHECK(traditional.mostly_traditional(0.1));
  const auto simplified = normalizer().sample_script(
      "台积电昨天公布第一季财报，营收达新台币一千亿元，较去年同期成长一成。");
  CHECK(simplified.han == 31);
  CHECK(simplified.traditional == 0);
  CHECK_FALSE(simplified.mostly_traditional(0.1));
  // Too few Han characters to tell; an invalid byte ends the sample.
  CHECK_FALSE(normalizer().sample_script("國際 ABC").mostly_traditional(0.1));
  CHECK(normalizer().sample_script("國際\xff國際").han == 2);
  // At most LIMIT Han characters are read.
  std::string long_text;
  for (int k = 0; k < 1000; ++k) long_text += "國";
  CHECK(normalizer().sample_script(long_text).han == suyuan::ScriptSample::LIMIT);
}
