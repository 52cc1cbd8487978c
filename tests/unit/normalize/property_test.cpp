/// @file property_test.cpp
/// @brief Offset-map property on every corpus file and on a sample of the shared news: each
/// sentence and paragraph maps to a raw span on code point boundaries whose folding gives the
/// normalized text back, and every removed span lies inside the raw text.
#include <catch2/catch.hpp>

#include "normalize_test_util.h"
#include "suyuan/core/utf8.h"
#include "test_support.h"

namespace {

// Whitespace runs collapsed and edges trimmed, as normalize() does inside a paragraph.
std::string collapse(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Checks the invariant; returns the number of spans checked.
std::size_t check_document(const std::string& raw, const std::string& label) {
  CAPTURE(label);
  const suyuan::NormalizedDocument doc =
      suyuan::test::normalizer().normalize(raw, suyuan::SourceFormat::TEXT);
  REQUIRE(doc.offsets.normalized_size() == doc.text.size());
  std::size_t checked = 0;
  const auto check_span = [&](const suyuan::ByteRange& span) {
    const std::string normalized = doc.text.substr(span.begin, span.size());
    const suyuan::ByteRange r = doc.raw_range(span);
    CAPTURE(normalized, r.begin, r.end);
    REQUIRE(suyuan::test::on_boundaries(raw, r.begin, r.end));
    const std::string refolded = collapse(suyuan::test::fold(raw.substr(r.begin, r.size())));
    CHECK(refolded == normalized);
    ++checked;
  };
  for (const auto& p : doc.paragraphs) check_span(p);
  for (const auto& s : doc.sentences) {
    bool inside = false;
    for (const auto& p : doc.paragraphs) inside = inside || (s.begin >= p.begin && s.end <= p.end);
    CHECK(inside);
    check_span(s);
  }
  for (const auto& removed : doc.removed) {
    CHECK(removed.raw.begin < removed.raw.end);
    CHECK(removed.raw.end <= raw.size());
    CHECK(suyuan::test::on_boundaries(raw, removed.raw.begin, removed.raw.end));
  }
  return checked;
}

}  // namespace

TEST_CASE("offset map property on every corpus file", "[normalize][property]") {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(suyuan::test::corpus_dir())) {
    if (entry.path().extension() != ".txt") continue;
    const std::string raw = suyuan::test::read_file(entry.path());
    CHECK(check_document(raw, entry.path().filename().string()) > 10);
    ++files;
  }
  CHECK(files >= 3);
}

TEST_CASE("offset map property on shared news articles", "[normalize][property]") {
  const auto sample = suyuan::test::shared_news_sample(100);
  if (sample.empty()) {
    WARN("no ../shared/data/news: skipped");
    return;
  }
  for (const auto& article : sample) check_document(article.text, article.label);
  CHECK(sample.size() == 300);
}
