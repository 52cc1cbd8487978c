/// @file data_files_test.cpp
/// @brief The extractor's data files: a missing one is NOT_FOUND, a damaged one (not JSON, a key
/// missing or of the wrong type, a name the code does not know) CORRUPT_INDEX naming the file —
/// never a crash or a half-loaded extractor.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "suyuan/core/error.h"
#include "suyuan/extract/extractor.h"
#include "index_fixture.h"
#include "test_support.h"

using namespace suyuan;
namespace fs = std::filesystem;

namespace {

/// A copy of data/extract in a temp dir, removed afterwards.
struct DataCopy {
  fs::path dir = fs::temp_directory_path() / ("suyuan-extract-data-" + std::to_string(::getpid()));
  DataCopy() {
    fs::remove_all(dir);
    fs::copy(test::data_dir() / "extract", dir, fs::copy_options::recursive);
  }
  ~DataCopy() {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name, std::ios::trunc) << text;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir / name);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
};

/// The error building an extractor over `dir` throws (kind and message).
std::pair<ErrorKind, std::string> load_error(const fs::path& dir) {
  try {
    Extractor extractor({dir}, test::shared_normalizer());
  } catch (const Error& e) {
    return {e.kind(), e.what()};
  }
  FAIL("the extractor loaded damaged data from " << dir);
  return {};
}

}  // namespace

TEST_CASE("a missing or damaged extract data file is a clear error naming it", "[extract]") {
  for (const char* name : {"claims.json", "cues.json", "dates.json", "frames.json",
                           "qualifiers.json", "scores.json", "locales.json"}) {
    INFO(name);
    {
      DataCopy copy;
      fs::remove(copy.dir / name);
      const auto [kind, message] = load_error(copy.dir);
      CHECK(kind == ErrorKind::NOT_FOUND);
      CHECK(message.find(name) != std::string::npos);
    }
    {
      DataCopy copy;
      copy.write(name, "{\"not json");
      const auto [kind, message] = load_error(copy.dir);
      CHECK(kind == ErrorKind::CORRUPT_INDEX);
      CHECK(message.find(name) != std::string::npos);
    }
    {
      DataCopy copy;
      copy.write(name, "{}");  // valid JSON, every key missing
      const auto [kind, message] = load_error(copy.dir);
      CHECK(kind == ErrorKind::CORRUPT_INDEX);
      CHECK(message.find(name) != std::string::npos);
    }
  }
  // A qualifier whose approximation the claim contract does not name.
  DataCopy copy;
  std::string qualifiers = copy.read("qualifiers.json");
  const auto at = qualifiers.find("\"about\"");
  REQUIRE(at != std::string::npos);
  qualifiers.replace(at, 7, "\"roughly-ish\"");
  copy.write("qualifiers.json", qualifiers);
  const auto [kind, message] = load_error(copy.dir);
  CHECK(kind == ErrorKind::CORRUPT_INDEX);
  CHECK(message.find("qualifiers.json") != std::string::npos);
}
