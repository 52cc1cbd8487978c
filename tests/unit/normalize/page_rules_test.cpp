/// @file page_rules_test.cpp
/// @brief The prefilter literals of data/normalize/boilerplate.json and metadata.json never
/// hide a match of their rule's pattern, on every line of the corpus, the golden inputs and a
/// sample of the shared news.
#include "page_rules.h"

#include <catch2/catch.hpp>

#include "normalize_test_util.h"
#include "test_support.h"

namespace {

// A folded line as the page rules see it: trimmed, inner whitespace runs collapsed.
suyuan::detail::PageLine page_line(const std::string& raw_line) {
  const std::string folded = suyuan::test::fold(raw_line);
  suyuan::detail::PageLine line;
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t' || c == '\r') {
      space = !line.text.empty();
      continue;
    }
    if (space) line.text.push_back(' ');
    space = false;
    line.text.push_back(c);
  }
  for (char c : line.text) line.chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return line;
}

void add_lines(const std::string& text, std::vector<suyuan::detail::PageLine>& lines) {
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    suyuan::detail::PageLine line = page_line(text.substr(pos, nl - pos));
    if (!line.text.empty()) lines.push_back(std::move(line));
    pos = nl + 1;
  }
}

}  // namespace

TEST_CASE("boilerplate and metadata prefilters are sound", "[normalize][boilerplate]") {
  const suyuan::detail::PageRules rules(suyuan::test::data_dir() / "normalize");
  std::vector<suyuan::detail::PageLine> lines;
  for (const auto& entry : std::filesystem::directory_iterator(suyuan::test::corpus_dir())) {
    if (entry.path().extension() == ".txt") add_lines(suyuan::test::read_file(entry.path()), lines);
  }
  for (const auto& entry : std::filesystem::directory_iterator(suyuan::test::source_dir() /
                                                               "tests" / "golden" / "normalize")) {
    // invalid_utf8.in.txt is rejected before any rule runs.
    if (entry.path().string().find(".in.") != std::string::npos &&
        entry.path().filename() != "invalid_utf8.in.txt") {
      add_lines(suyuan::test::read_file(entry.path()), lines);
    }
  }
  // Lines written to trigger each rule, so that every prefilter is exercised at least once.
  add_lines(
      "首页 > 科技 > 正文\n1. 正文\n2025-09-26 16:51 来源:A5专栏\nwww.example.com | 2025-12-14\n"
      "文/"
      "道哥\n作者:张三\n领券立减\n点击此处下载!\n题图来自网络\n(12)\n评论\n全部评论\n24小时排行\n"
      "关于我们 | 联系我们 | 广告服务\nCopyright © 2025 Example\n版权所有\n"
      "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布\n"
      "Notice: The content above (including the pictures and videos if any) is uploaded and "
      "posted by a user of NetEase Hao\n2025年12月14日 10:30\n来源:新华网\nhttps://example.com/a\n"
      "国产精品 久久 欧美\n",
      lines);
  for (const auto& article : suyuan::test::shared_news_sample(300)) add_lines(article.text, lines);
  INFO(lines.size() << " lines");
  const std::vector<std::string> misses = rules.prefilter_misses(lines);
  for (const std::string& miss : misses) UNSCOPED_INFO(miss);
  CHECK(misses.empty());
}
