/// @file stream_test.cpp
/// @brief Streaming normalization: the chunking invariants (pieces concatenate to the input,
/// cut on code point boundaries, offsets monotonic once mapped back), equality with whole-input
/// normalization, and bounded memory on a large generated input that is never stored.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <streambuf>

#include "chunk_reader.h"
#include "normalize_test_util.h"
#include "suyuan/core/error.h"

namespace {

using suyuan::test::normalizer;

// Every article of the shared sample, one per line (the articles' own line breaks kept).
std::string sample_text() {
  std::string text;
  for (const auto& article : suyuan::test::shared_news_sample(60)) {
    text += article.text;
    text += '\n';
  }
  return text;
}

bool boundary(std::string_view text, std::uint64_t at) {
  return at == text.size() ||
         (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

// An input stream of `total` bytes that repeats `unit`, generated on the fly.
class RepeatBuf : public std::streambuf {
 public:
  /// Whole copies of `unit` only, so that the stream stays valid UTF-8.
  RepeatBuf(std::string unit, std::size_t total)
      : unit_(std::move(unit)), left_(total / unit_.size() * unit_.size()) {}

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    const std::size_t n = std::min(unit_.size(), left_);
    left_ -= n;
    char* begin = unit_.data();
    setg(begin, begin, begin + n);
    return traits_type::to_int_type(*begin);
  }

 private:
  std::string unit_;
  std::size_t left_;
};

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

TEST_CASE("chunk reader: pieces concatenate to the input and cut on code point boundaries",
          "[normalize][stream]") {
  std::string text = sample_text();
  if (text.empty()) text = "這部動畫開始播出了。\n漫畫開始連載\n";
  // A long line without a break, and one without any pause mark either.
  text += std::string(5000, 'a') + "\n";
  for (int i = 0; i < 700; ++i) text += "國";
  text += "\n";
  for (const std::size_t chunk : {std::size_t{8}, std::size_t{97}, std::size_t{4096}}) {
    std::istringstream in(text);
    suyuan::detail::ChunkReader reader(in, chunk);
    std::string_view piece;
    std::uint64_t base = 0;
    std::string joined;
    std::size_t pieces = 0;
    while (reader.next(piece, base)) {
      INFO("chunk " << chunk << ", piece " << pieces << " at " << base);
      REQUIRE(base == joined.size());
      REQUIRE(!piece.empty());
      REQUIRE(piece.size() <= std::max<std::size_t>(chunk, 8));
      REQUIRE(boundary(text, base + piece.size()));
      // A piece ends after a line break whenever its window held one.
      if (base + piece.size() < text.size() && piece.back() != '\n') {
        const std::string_view window =
            std::string_view(text).substr(base, std::max<std::size_t>(chunk, 8));
        CHECK(window.find('\n') == std::string_view::npos);
      }
      joined.append(piece);
      ++pieces;
    }
    CHECK(joined == text);
    CHECK(pieces >= text.size() / std::max<std::size_t>(chunk, 8));
  }
}

TEST_CASE("fold_stream equals fold, and its offsets map back monotonically",
          "[normalize][stream]") {
  const std::string text = sample_text();
  if (text.empty()) {
    WARN("no ../shared/data/news: skipped");
    return;
  }
  const std::string whole = normalizer().fold(text).text;
  std::istringstream in(text);
  std::string streamed;
  std::uint64_t last_raw = 0;
  std::size_t pieces = 0;
  normalizer().fold_stream(
      in,
      [&](const suyuan::FoldedText& piece, std::uint64_t base) {
        ++pieces;
        // Map every line of the piece back: raw ranges increase and lie on boundaries.
        std::uint32_t begin = 0;
        while (begin < piece.text.size()) {
          std::size_t end = piece.text.find('\n', begin);
          if (end == std::string::npos) end = piece.text.size();
          const suyuan::ByteRange raw =
              piece.offsets.to_raw({begin, static_cast<std::uint32_t>(end)});
          REQUIRE(base + raw.begin >= last_raw);
          REQUIRE(boundary(text, base + raw.begin));
          REQUIRE(boundary(text, base + raw.end));
          last_raw = base + raw.end;
          begin = static_cast<std::uint32_t>(end + 1);
        }
        streamed += piece.text;
      },
      4096);
  CHECK(pieces > 10);
  CHECK(streamed == whole);
}

TEST_CASE("normalize_stream gives normalize's paragraphs, mapped back to the whole input",
          "[normalize][stream]") {
  std::string text = sample_text();
  if (text.empty()) {
    WARN("no ../shared/data/news: skipped");
    return;
  }
  const suyuan::NormalizedDocument whole = normalizer().normalize(text, suyuan::SourceFormat::TEXT);
  // Pieces hold whole lines here (a longer line would be cut into two paragraphs).
  std::size_t longest = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    longest = std::max(longest, nl + 1 - at);
    at = nl + 1;
  }
  std::string joined;
  std::uint64_t last_raw = 0;
  std::size_t pieces = 0;
  std::istringstream in(text);
  normalizer().normalize_stream(
      in,
      [&](const suyuan::NormalizedDocument& piece, std::uint64_t base) {
        ++pieces;
        if (pieces > 1) CHECK(piece.metadata.title.empty());
        for (const suyuan::ByteRange& paragraph : piece.paragraphs) {
          const suyuan::ByteRange raw = piece.raw_range(paragraph);
          REQUIRE(base + raw.begin >= last_raw);
          REQUIRE(boundary(text, base + raw.begin));
          REQUIRE(boundary(text, base + raw.end));
          last_raw = base + raw.end;
        }
        if (piece.text.empty()) return;
        if (!joined.empty()) joined += '\n';
        joined += piece.text;
      },
      std::max<std::size_t>(longest, 16384));
  CHECK(pieces > 10);
  std::size_t differ = 0;
  while (differ < joined.size() && differ < whole.text.size() &&
         joined[differ] == whole.text[differ]) {
    ++differ;
  }
  INFO("first difference at " << differ << ": "
                              << whole.text.substr(differ > 200 ? differ - 200 : 0, 400)
                              << "\n---\n"
                              << joined.substr(differ > 200 ? differ - 200 : 0, 400));
  CHECK(joined == whole.text);
}

TEST_CASE("streaming only the text gives the same text as the full pieces", "[normalize][stream]") {
  // The sample (simplified and traditional news, with its boilerplate) and a re-post with
  // inline pinyin and full-width punctuation, cut into many pieces.
  std::string text = sample_text();
  text += "這部動畫(dòng huà)開始播出了，ＡＢＣ\u3000全文完\n相關閱讀\n  漫畫開始連載  \n";
  const auto streamed = [&](suyuan::StreamContent content, bool lines) {
    std::istringstream in(text);
    std::string out;
    std::size_t pieces = 0;
    if (lines) {
      normalizer().fold_stream(
          in,
          [&](const suyuan::FoldedText& piece, std::uint64_t) {
            ++pieces;
            if (content == suyuan::StreamContent::TEXT) CHECK(piece.offsets.piece_count() == 0);
            out += piece.text;
          },
          4096, content);
    } else {
      normalizer().normalize_stream(
          in,
          [&](const suyuan::NormalizedDocument& piece, std::uint64_t) {
            ++pieces;
            if (content == suyuan::StreamContent::TEXT) {
              CHECK(piece.sentences.empty());
              CHECK(piece.removed.empty());
            }
            out += piece.text;
            out += '\n';
          },
          16384, content);
    }
    CHECK(pieces > 1);
    return out;
  };
  for (const bool lines : {true, false}) {
    INFO((lines ? "fold_stream" : "normalize_stream"));
    const std::string full = streamed(suyuan::StreamContent::FULL, lines);
    CHECK(full.find("这部动画开始播出了,ABC") != std::string::npos);
    CHECK(streamed(suyuan::StreamContent::TEXT, lines) == full);
  }
}

TEST_CASE("streamed errors name the offset in the whole input", "[normalize][stream]") {
  std::string text(10000, 'a');
  text += "\n\xE4\xB8\n";  // truncated sequence at 10001
  std::istringstream in(text);
  try {
    normalizer().fold_stream(
        in, [](const suyuan::FoldedText&, std::uint64_t) {}, 1024);
    FAIL("no error");
  } catch (const suyuan::Error& error) {
    CHECK(error.kind() == suyuan::ErrorKind::INVALID_INPUT);
    CHECK(std::string(error.what()).find("byte offset 10001") != std::string::npos);
  }
}

// ASan's shadow memory and quarantine count in the peak RSS: only a plain build measures it.
#if defined(__SANITIZE_ADDRESS__)
#define SUYUAN_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SUYUAN_UNDER_ASAN 1
#endif
#endif
#ifndef SUYUAN_UNDER_ASAN
#define SUYUAN_UNDER_ASAN 0
#endif

namespace {

// Streams `megabytes` of traditional news lines through fold_stream and normalize_stream and
// checks that the process peak stays far below the input size.
void check_bounded(std::size_t megabytes) {
  std::string unit;
  for (const auto& article : suyuan::test::shared_news_sample(20)) unit += article.text + "\n";
  if (unit.empty()) unit = "這部動畫開始播出了，漫畫開始連載。\n";
  const std::size_t total = megabytes << 20;
  std::size_t out_bytes = 0;
  {
    RepeatBuf buffer(unit, total);
    std::istream in(&buffer);
    normalizer().fold_stream(in, [&](const suyuan::FoldedText& piece, std::uint64_t) {
      out_bytes += piece.text.size();
    });
  }
  CHECK(out_bytes > total / 2);
  {
    RepeatBuf buffer(unit, total / 4);
    std::istream in(&buffer);
    std::size_t paragraphs = 0;
    normalizer().normalize_stream(in, [&](const suyuan::NormalizedDocument& piece, std::uint64_t) {
      paragraphs += piece.paragraphs.size();
    });
    CHECK(paragraphs > 0);
  }
  const long peak_mib = peak_rss_kib() / 1024;
  INFO("peak RSS " << peak_mib << " MiB for " << megabytes << " MiB streamed");
#if SUYUAN_UNDER_ASAN
  WARN("peak RSS " << peak_mib << " MiB under sanitizers, bound not checked");
#else
  CHECK(peak_mib < 64);
#endif
}

}  // namespace

TEST_CASE("streaming 48 MB keeps the process under 64 MiB", "[normalize][stream]") {
  check_bounded(48);
}

TEST_CASE("streaming 200 MB keeps the process under 64 MiB", "[.][normalize][stream]") {
  check_bounded(200);
}
