/// @file corpus_indexer.h
/// @brief Stage 3: index a corpus directory into a Xapian database, incrementally.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace suyuan {

class Normalizer;
class Extractor;

/// What happened to one corpus file in a build.
enum class FileStatus { ADDED, UPDATED, UNCHANGED, REMOVED, FAILED };

/// Stable lower-case name of a status ("added", ...), used in JSON and text reports.
std::string_view file_status_name(FileStatus status);

/// Outcome for one file (path relative to the corpus root, '/'-separated).
struct FileOutcome {
  std::string path;
  FileStatus status = FileStatus::UNCHANGED;
  std::string doc_id;   ///< empty for FAILED files never indexed
  std::string message;  ///< reason for FAILED ("invalid UTF-8 at byte 17"), else empty
  std::size_t claims = 0;
};

/// Summary of one `build` run.
struct BuildReport {
  std::vector<FileOutcome> files;  ///< sorted by path
  std::size_t count(FileStatus status) const;
  std::uint64_t raw_bytes_indexed = 0;  ///< bytes of added/updated files
};

nlohmann::json to_json(const BuildReport& report);

/// Options for CorpusIndexer::build.
struct BuildOptions {
  /// Files larger than this are rejected with a FAILED outcome (guards against a stray
  /// disk image or log in the corpus).
  std::uint64_t max_file_bytes = 64ull << 20;
  /// Re-index every file even when its content hash is unchanged.
  bool force = false;
  /// Remove documents whose file is no longer in the corpus.
  bool prune = true;
};

/// The public document id for a corpus-relative path: 16 hex digits of SHA-256(path), stable
/// across rebuilds and machines.
std::string doc_id_for_path(const std::string& relative_path);

/// SHA-256 of bytes as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

/**
 * Writes a corpus into a Xapian database. A document's identity is its path relative to the
 * corpus, its content version the SHA-256 of its raw bytes (plus its sidecar's): unchanged files
 * are skipped, changed ones replaced, vanished ones removed. A file that fails (invalid UTF-8,
 * binary, too large, unreadable) is reported and its previously indexed version, if any, is kept:
 * a bad file never costs what is already indexed. All changes land in one commit.
 *
 * Throws Error(UNAVAILABLE) when another writer holds the database lock, Error(NOT_FOUND)
 * when the corpus directory does not exist, Error(CORRUPT_INDEX) on a damaged database.
 */
class CorpusIndexer {
 public:
  /// `extractor` may be null: the index then holds full text and metadata but no claims.
  CorpusIndexer(const std::filesystem::path& database, const Normalizer& normalizer,
                const Extractor* extractor);
  ~CorpusIndexer();
  CorpusIndexer(const CorpusIndexer&) = delete;
  CorpusIndexer& operator=(const CorpusIndexer&) = delete;

  BuildReport build(const std::filesystem::path& corpus_dir, const BuildOptions& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan
