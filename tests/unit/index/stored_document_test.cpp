/// @file stored_document_test.cpp
/// @brief The stored article and claim encodings round-trip real articles (the seeds, whose
/// normalization converts script, drops pinyin and boilerplate) and are smaller than the
/// fields; damaged data is Error(CORRUPT_INDEX); a database of an older schema is re-indexed.
#include "suyuan/index/stored_document.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "index_fixture.h"
#include "suyuan/core/error.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_metadata.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

StoredDocumentData stored_data_of(const NormalizedDocument& normalized, const std::string& raw) {
  StoredDocumentData data;
  data.metadata_json = R"({"doc_id":"x","path":"p.txt"})";
  data.raw = raw;
  data.normalized = normalized.text;
  data.offsets = normalized.offsets.serialize();
  for (const ByteRange& s : normalized.sentences)
    data.sentences.insert(data.sentences.end(), {s.begin, s.end});
  data.extraction_json = "null";
  return data;
}

void require_same(const StoredDocumentData& a, const StoredDocumentData& b) {
  CHECK(a.metadata_json == b.metadata_json);
  CHECK(a.raw == b.raw);
  CHECK(a.normalized == b.normalized);
  CHECK(a.offsets == b.offsets);
  CHECK(a.sentences == b.sentences);
  CHECK(a.extraction_json == b.extraction_json);
}

bool corrupt(const std::string& bytes) {
  try {
    decode_stored_document(bytes);
    return false;
  } catch (const Error& e) {
    return e.kind() == ErrorKind::CORRUPT_INDEX;
  }
}

}  // namespace

TEST_CASE("stored articles round-trip and store the normalized text as edits", "[index]") {
  std::size_t articles = 0, fields = 0, encoded_bytes = 0;
  for (const auto& entry : fs::directory_iterator(test::corpus_dir())) {
    if (entry.path().extension() != ".txt" && entry.path().extension() != ".html") continue;
    const std::string raw = test::read_file(entry.path());
    const auto format =
        entry.path().extension() == ".txt" ? SourceFormat::TEXT : SourceFormat::HTML;
    const NormalizedDocument normalized = test::shared_normalizer().normalize(raw, format);
    const StoredDocumentData data = stored_data_of(normalized, raw);
    const std::string encoded = encode_stored_document(data);
    INFO(entry.path().filename().string());
    require_same(decode_stored_document(encoded), data);
    ++articles;
    fields += data.raw.size() + data.normalized.size() + 4 * data.offsets.size();
    encoded_bytes += encoded.size();
    // Cut anywhere, the data is damaged, never misread.
    for (std::size_t cut : {std::size_t{3}, encoded.size() / 3, encoded.size() - 1})
      CHECK(corrupt(encoded.substr(0, cut)));
    CHECK(corrupt(encoded + "x"));
  }
  REQUIRE(articles >= 3);
  // Even for these re-posts, converted from traditional script, the copies save a quarter.
  CHECK(encoded_bytes < fields * 3 / 4);
}

TEST_CASE("a news article's normalized text and offsets cost little beside its raw text",
          "[index]") {
  std::ifstream in(test::shared_data_dir() / "news" / "xwlb_cctv_2022-2026.jsonl");
  std::string line;
  for (int i = 0; i < 20 && std::getline(in, line); ++i) {
    const auto article = nlohmann::json::parse(line);
    const std::string raw =
        article["title"].get<std::string>() + "\n\n" + article["text"].get<std::string>() + "\n";
    const StoredDocumentData data =
        stored_data_of(test::shared_normalizer().normalize(raw, SourceFormat::TEXT), raw);
    const std::string encoded = encode_stored_document(data);
    require_same(decode_stored_document(encoded), data);
    // Stored as separate fields they took raw + normalized + 16 bytes a piece of offset map.
    CHECK(encoded.size() < raw.size() + data.normalized.size() / 4 + 64);
  }
}

TEST_CASE("a same-length replacement inside a linear piece is stored as a literal", "[index]") {
  StoredDocumentData data;
  data.raw = "這是國家的標準，國家標準委員會發佈了新的國家標準";
  data.normalized = "这是国家的标准，国家标准委员会发布了新的国家标准";
  REQUIRE(data.raw.size() == data.normalized.size());
  data.offsets = {0, 0, static_cast<std::uint32_t>(data.raw.size()),
                  static_cast<std::uint32_t>(data.raw.size())};
  data.sentences = {0, 24, 24, static_cast<std::uint32_t>(data.normalized.size())};
  require_same(decode_stored_document(encode_stored_document(data)), data);
  // An atomic piece (the normalized text is not a copy) and no offset map at all.
  data.offsets = {0, 3, static_cast<std::uint32_t>(data.normalized.size()), 6};
  require_same(decode_stored_document(encode_stored_document(data)), data);
  data.offsets.clear();
  require_same(decode_stored_document(encode_stored_document(data)), data);
  CHECK(corrupt("SYD1" + std::string(40, '\0')));  // schema 10's layout
}

TEST_CASE("stored claims round-trip and are smaller than their JSON", "[index]") {
  const std::string raw = test::read_file(test::corpus_dir() / "002_1607139f7c916639.txt");
  const NormalizedDocument normalized =
      test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
  const ExtractionResult extraction = test::shared_extractor().extract(normalized, raw, {});
  REQUIRE(!extraction.claims.empty());
  const StoredOrigin origin{"0123456789abcdef", "002.txt", "标题", "新华社", "2025-07-15"};
  const ClaimContext context{origin, raw};
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
    const std::string encoded = encode_stored_claim(origin.doc_id, extraction.claims[i], i, raw);
    CHECK(stored_claim_article(encoded) == origin.doc_id);
    const StoredClaim decoded = decode_stored_claim(encoded, context);
    CHECK(to_json(decoded.claim) == to_json(extraction.claims[i]));
    CHECK(decoded.origin.publisher == "新华社");
    CHECK(decoded.index == i);
    nlohmann::json old = to_json(origin);
    old.update({{"claim", to_json(extraction.claims[i])}, {"claim_index", i}});
    // The sentence and the origin are the article's: not stored again.
    CHECK(encoded.find(extraction.claims[i].sentence) == std::string::npos);
    CHECK(encoded.find(origin.path) == std::string::npos);
    CHECK(encoded.size() < old.dump().size() / 2);
    // The JSON text of schema 10 still reads, with or without a context.
    CHECK(to_json(decode_stored_claim(old.dump()).claim) == to_json(extraction.claims[i]));
    CHECK(to_json(decode_stored_claim(old.dump(), context).claim) == to_json(extraction.claims[i]));
    CHECK_THROWS_AS(decode_stored_claim(encoded.substr(0, encoded.size() / 2), context), Error);
    // Without its article, or with another article's text, the claim cannot be read.
    CHECK_THROWS_AS(decode_stored_claim(encoded), Error);
    CHECK_THROWS_AS(
        decode_stored_claim(encoded, ClaimContext{{"fedcba9876543210", "x.txt", "", "", ""}, raw}),
        Error);
    CHECK_THROWS_AS(decode_stored_claim(encoded, ClaimContext{origin, raw.substr(0, 10)}), Error);
  }
}

TEST_CASE("a stored extraction round-trips, its mentions' texts read from the raw text",
          "[index]") {
  const std::string raw = test::read_file(test::corpus_dir() / "002_1607139f7c916639.txt");
  const NormalizedDocument normalized =
      test::shared_normalizer().normalize(raw, SourceFormat::TEXT);
  ExtractionResult extraction = test::shared_extractor().extract(normalized, raw, {});
  REQUIRE(extraction.mentions.size() > 3);
  extraction.claims.clear();
  nlohmann::json json = to_json(extraction);
  json[std::string(STORED_CLAIM_COUNT_KEY)] = 4;
  // A text that is not the bytes at its span is kept as it is.
  json["mentions"][0]["text"] = "改写";
  const std::string encoded = encode_stored_extraction(json, raw);
  CHECK(decode_stored_extraction(encoded, raw) == json);
  CHECK(encoded.size() < json.dump().size() / 2);
  // The JSON text stored before still reads; damaged data, or a raw text without the
  // mentions' bytes, is a damaged index.
  CHECK(decode_stored_extraction(json.dump(), raw) == json);
  CHECK(decode_stored_extraction("null", raw).is_null());
  CHECK_THROWS_AS(decode_stored_extraction(encoded.substr(0, encoded.size() / 2), raw), Error);
  CHECK_THROWS_AS(decode_stored_extraction(encoded, raw.substr(0, 10)), Error);
}

TEST_CASE("a database of an older schema is re-indexed in full", "[index]") {
  test::TempDir dir;
  const fs::path db = dir.path() / "db";
  CorpusIndexer indexer(db, test::shared_normalizer(), &test::shared_extractor());
  const BuildReport first = indexer.build(test::corpus_dir());
  REQUIRE(first.count(FileStatus::ADDED) >= 3);
  {
    Xapian::WritableDatabase writable(db.string());
    writable.set_metadata(std::string(schema::VERSION_KEY), "10");
    writable.commit();
  }
  const BuildReport again = indexer.build(test::corpus_dir());
  CHECK(again.count(FileStatus::UPDATED) == first.count(FileStatus::ADDED));
  CHECK(again.count(FileStatus::UNCHANGED) == 0);
  Xapian::Database reader(db.string());
  CHECK(reader.get_metadata(std::string(schema::VERSION_KEY)) == schema::VERSION);
  CHECK(reader.get_termfreq("XTarticle") == first.count(FileStatus::ADDED));
  for (auto p = reader.postlist_begin("XTarticle"); p != reader.postlist_end("XTarticle"); ++p)
    CHECK_NOTHROW(decode_stored_document(reader.get_document(*p).get_data()));
  // And the next run has nothing to do.
  CHECK(indexer.build(test::corpus_dir()).count(FileStatus::UNCHANGED) ==
        first.count(FileStatus::ADDED));
}
