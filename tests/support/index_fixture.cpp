/// @file index_fixture.cpp
/// @brief Shared test indexes.
#include "index_fixture.h"

namespace suyuan::test {

const Normalizer& shared_normalizer() {
  static const Normalizer normalizer({data_dir() / "normalize"});
  return normalizer;
}

const Extractor& shared_extractor() {
  static const Extractor extractor({data_dir() / "extract"}, shared_normalizer());
  return extractor;
}

const Gazetteer& shared_gazetteer() {
  static const Gazetteer gazetteer(data_dir() / "extract", shared_normalizer());
  return gazetteer;
}

const RepostRules& shared_repost_rules() {
  static const RepostRules rules = RepostRules::load(data_dir() / "index" / "reposts.json");
  return rules;
}

IndexFixture::IndexFixture(const std::filesystem::path& corpus)
    : database_(dir_.path() / "suyuan.db") {
  CorpusIndexer indexer(database_, shared_normalizer(), &shared_extractor());
  BuildOptions options;
  options.reposts = &shared_repost_rules();  // as suyuan-index build does
  report_ = indexer.build(corpus, options);
}

const IndexFixture& corpus_index() {
  static const IndexFixture fixture(corpus_dir());
  return fixture;
}

std::filesystem::path corpus_with(const std::vector<std::filesystem::path>& extra_files) {
  static std::vector<std::unique_ptr<TempDir>> kept;
  kept.push_back(std::make_unique<TempDir>());
  const auto corpus = kept.back()->path() / "corpus";
  std::filesystem::copy(corpus_dir(), corpus);
  for (const auto& file : extra_files) std::filesystem::copy_file(file, corpus / file.filename());
  return corpus;
}

}  // namespace suyuan::test
