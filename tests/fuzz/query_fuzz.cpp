/// @file query_fuzz.cpp
/// @brief Fuzzes the query compiler and the searcher over a real index of corpus/: any user
/// query either runs or fails with suyuan::Error(INVALID_INPUT) — never another exception
/// (Xapian's own errors must be translated), never a crash; highlight spans stay in the article.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "fuzz_support.h"
#include "suyuan/core/error.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/extract/gazetteer.h"
#include "suyuan/index/corpus_indexer.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/searcher.h"

namespace {

/// corpus/ indexed once into a temp dir, and a Searcher over it with regional aliases.
struct Fixture {
  suyuan::Normalizer normalizer{{suyuan::fuzz::data_dir() / "normalize"}};
  suyuan::Gazetteer gazetteer{suyuan::fuzz::data_dir() / "extract", normalizer};
  suyuan::Extractor extractor{{suyuan::fuzz::data_dir() / "extract"}, normalizer};
  std::filesystem::path database;
  std::unique_ptr<suyuan::Searcher> searcher;

  Fixture() {
    database = std::filesystem::temp_directory_path() /
               ("suyuan-query-fuzz-" + std::to_string(::getpid()));
    std::filesystem::remove_all(database);
    suyuan::CorpusIndexer indexer(database, normalizer, &extractor);
    indexer.build(SUYUAN_SOURCE_DIR "/corpus");
    searcher = std::make_unique<suyuan::Searcher>(database, normalizer, &gazetteer);
  }
  ~Fixture() {
    searcher.reset();
    std::error_code ignored;
    std::filesystem::remove_all(database, ignored);
  }
};

Fixture& fixture() {
  static Fixture instance;
  return instance;
}

void run_query(const Fixture& f, const std::string& query, bool claims) {
  suyuan::SearchRequest request;
  request.query = query;
  request.facets = true;
  if (claims) {
    (void)f.searcher->search_claims(request);
    return;
  }
  const suyuan::SearchResponse response = f.searcher->search(request);
  for (const suyuan::Hit& hit : response.results) {
    const auto article = f.searcher->article(hit.doc_id);
    suyuan::fuzz::require(article.has_value(), "every hit's article is stored");
    for (const suyuan::ByteRange& span : hit.spans) {
      suyuan::fuzz::require(span.begin < span.end && span.end <= article->raw.size(),
                            "match spans inside the article");
    }
    for (const suyuan::ByteRange& span : f.searcher->highlight(*article, query)) {
      suyuan::fuzz::require(span.end <= article->raw.size(), "highlights inside the article");
    }
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using suyuan::fuzz::require;
  const std::string query(reinterpret_cast<const char*>(data), size);
  Fixture& f = fixture();
  for (const bool claims : {false, true}) {
    try {
      run_query(f, query, claims);
    } catch (const suyuan::Error& e) {
      require(e.kind() == suyuan::ErrorKind::INVALID_INPUT, "queries fail only as invalid input");
    }
  }
  return 0;
}
