/// @file index_fixture.h
/// @brief A temp-dir index of a corpus, built once per test executable run and shared.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "suyuan/extract/extractor.h"
#include "suyuan/extract/gazetteer.h"
#include "suyuan/index/corpus_indexer.h"
#include "suyuan/index/reposts.h"
#include "suyuan/normalize/normalizer.h"
#include "test_support.h"

namespace suyuan::test {

/// The normalizer configured with the source tree's data/normalize.
const Normalizer& shared_normalizer();
/// The extractor configured with the source tree's data/extract.
const Extractor& shared_extractor();
/// The gazetteer of data/extract (regional aliases for search).
const Gazetteer& shared_gazetteer();

/// The re-post rules of data/index/reposts.json.
const RepostRules& shared_repost_rules();

/// An index of the given corpus directory in a fresh temp dir, with re-post detection.
class IndexFixture {
 public:
  explicit IndexFixture(const std::filesystem::path& corpus);
  const std::filesystem::path& database() const { return database_; }
  const BuildReport& report() const { return report_; }

 private:
  TempDir dir_;
  std::filesystem::path database_;
  BuildReport report_;
};

/// Index of corpus/ built on first use and shared by all tests of the executable.
const IndexFixture& corpus_index();

/// A copy of corpus/ with `extra_files` added beside the seeds, in a temp dir that lives as
/// long as the test executable (for fixtures such as corpus/ plus a re-post of 001).
std::filesystem::path corpus_with(const std::vector<std::filesystem::path>& extra_files);

}  // namespace suyuan::test
