/// @file stored_article_test.cpp
/// @brief An article's stored metadata is read field by field as the JSON tree reads it: the
/// same values, and the same error for what the index stage does not write.
#include "stored_article.h"

#include <catch2/catch.hpp>

#include "suyuan/core/error.h"
#include "suyuan/index/stored_document.h"

using namespace suyuan;

namespace {

StoredArticle parse_with_metadata(const std::string& metadata) {
  StoredDocumentData stored;
  stored.metadata_json = metadata;
  stored.raw = "英伟达";
  stored.normalized = "英伟达";
  stored.offsets = OffsetMap::identity(9).serialize();
  stored.sentences = {0, 9};
  stored.extraction_json = "null";
  return parse_stored_article(encode_stored_document(stored), false);
}

bool corrupt(const std::string& metadata) {
  try {
    parse_with_metadata(metadata);
  } catch (const Error& e) {
    return e.kind() == ErrorKind::CORRUPT_INDEX;
  }
  return false;
}

}  // namespace

TEST_CASE("stored metadata: every field read, whatever else it holds", "[search]") {
  const StoredArticle a = parse_with_metadata(
      R"({"author":"记者","doc_id":"0123","format":"text","path":"a/b.txt","publisher":"央视",)"
      R"("published":"2025-10-14","title":"\"标题\" \u00e9","url":"https://x/y","version":"v",)"
      R"("extra":{"path":"nested","n":[1,2.5,null,true]},"count":3})");
  CHECK(a.doc_id == "0123");
  CHECK(a.path == "a/b.txt");
  CHECK(a.title == "\"标题\" é");
  CHECK(a.publisher == "央视");
  CHECK(a.published == "2025-10-14");
  CHECK(a.author == "记者");
  CHECK(a.url == "https://x/y");
  CHECK(a.raw == "英伟达");
  REQUIRE(a.sentences.size() == 1);
  CHECK(a.sentences[0].end == 9);

  // Absent optional fields are empty; a repeated key keeps its last value, as the tree does.
  const StoredArticle b = parse_with_metadata(R"({"doc_id":"1","path":"p","path":"q"})");
  CHECK(b.path == "q");
  CHECK(b.title.empty());
  CHECK(b.url.empty());
}

TEST_CASE("stored metadata the index does not write is a damaged index", "[search]") {
  CHECK(corrupt(R"({"doc_id":"1"})"));                               // no path
  CHECK(corrupt(R"({"doc_id":1,"path":"p"})"));                      // a number for an id
  CHECK(corrupt(R"({"doc_id":"1","path":"p","title":null})"));       // null title
  CHECK(corrupt(R"({"doc_id":"1","path":"p","url":["u"]})"));        // an array for a string
  CHECK(corrupt(R"({"doc_id":"1","path":"p")"));                     // cut short
  CHECK(corrupt(R"(["doc_id","path"])"));                            // no object
  CHECK(corrupt(R"({"doc_id":"1","path":"p"} x)"));                  // trailing bytes
  CHECK_FALSE(corrupt(R"({"doc_id":"1","path":"p","version":7})"));  // a field not read
}
