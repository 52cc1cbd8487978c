/// @file corpus_indexer.h
/// @brief Stage 3: index a corpus directory into a Xapian database, incrementally.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace suyuan {

class Normalizer;
class Extractor;
struct RepostRules;

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
  std::uint64_t raw_bytes_read = 0;     ///< bytes of every file read (unchanged ones too)
  double seconds = 0;                   ///< wall time of the build
  /// Where the writer's wall time went besides writing: waiting for the workers to prepare the
  /// next file (in path order), and committing batches to disk.
  double writer_wait_seconds = 0;
  double commit_seconds = 0;
  /// CPU time of the writer thread (Xapian's inverter, compression of document data, re-post
  /// links; not the workers', nor the shards' parallel commits): on a shared machine this says
  /// what the single writer costs where its wall time also counts the others' load.
  double writer_cpu_seconds = 0;
  /// A first build (the target held no documents): written as parts, articles and claims
  /// of each database in parallel, then merged into place (`merge_seconds` of the wall time).
  bool fresh = false;
  double merge_seconds = 0;
  unsigned jobs = 1;       ///< normalize+extract threads used
  std::size_t shards = 1;  ///< databases written (1: an unsharded database)
  bool dry_run = false;    ///< nothing was written
};

/// Where a build is, passed to BuildOptions::on_progress.
struct BuildProgress {
  std::size_t files_total = 0;
  std::size_t files_done = 0;  ///< files read and, when changed, written (in path order)
  std::size_t failed = 0;
  std::uint64_t bytes_total = 0;  ///< sizes of all corpus files (as listed)
  std::uint64_t bytes_done = 0;
  double seconds = 0;  ///< since the build started
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
  /// Threads that read, normalize, extract and build documents (0: one per core; for a first
  /// build one per core that its writer threads leave, at least one). One thread takes their
  /// results in path order, so the index does not depend on the thread count.
  unsigned jobs = 0;
  /// Read and hash files only and report what would change; write nothing.
  bool dry_run = false;
  /// Split the index into this many databases DIR/shard-0 … by a stable hash of the doc id,
  /// with a stub DIR/XAPIANDB that opens them as one. 0: keep the database's layout (a new
  /// database is unsharded); a different count than an existing database's is an error.
  std::size_t shards = 0;
  /// A first build (the database holds no documents) writes the articles and the claims of each
  /// database as two parts in parallel beside it and renames their merge into place: a build
  /// killed before that leaves nothing at the target, and the next one starts again. `in_place`
  /// writes it like an incremental build instead: one writer per database, in batches
  /// (commit_bytes) that a killed build keeps.
  bool in_place = false;
  /// Commit after this many bytes of changed raw text (and at the end): a build killed at any
  /// moment keeps every committed batch, and each commit holds whole articles only. Xapian holds
  /// about 20 bytes of memory per byte of pending text, so this also bounds the peak memory. A
  /// first build commits its parts every 0.5 MB, or this if smaller: Xapian's inverter costs
  /// more per document in larger batches.
  std::uint64_t commit_bytes = 10000000;
  /// Called by the writer after each file, and once more at the end.
  std::function<void(const BuildProgress&)> on_progress;
  /// Called by the writer with each file's outcome as it is decided (path order).
  std::function<void(const FileOutcome&)> on_file;
  /// Re-post detection (reposts.h) with these rules, or none when null. The rules must
  /// outlive the build.
  const RepostRules* reposts = nullptr;
};

/// The public document id for a corpus-relative path: 16 hex digits of SHA-256(path), stable
/// across rebuilds and machines.
std::string doc_id_for_path(const std::string& relative_path);

/// SHA-256 of bytes as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

/// Makes the pipeline's stages on first use: each called at most once, from any thread, and
/// only when a file has to be (re)built. `extractor` may return null (no claims).
struct LazyPipeline {
  std::function<const Normalizer&()> normalizer;
  std::function<const Extractor*()> extractor;
};

/**
 * Writes a corpus into a Xapian database. A document's identity is its path relative to the
 * corpus, its content version the SHA-256 of its raw bytes (plus its sidecar's): unchanged files
 * are skipped, changed ones replaced, vanished ones removed. A file that fails (invalid UTF-8,
 * binary, too large, unreadable) is reported and its previously indexed version, if any, is kept:
 * a bad file never costs what is already indexed. Changes are committed in batches of whole
 * articles (see BuildOptions::commit_bytes): a build killed at any moment leaves every document
 * in its old or its new version, and the next build finishes the job.
 *
 * Throws Error(UNAVAILABLE) when another writer holds the database lock, Error(NOT_FOUND)
 * when the corpus directory does not exist, Error(CORRUPT_INDEX) on a damaged database.
 */
class CorpusIndexer {
 public:
  /// `extractor` may be null: the index then holds full text and metadata but no claims.
  CorpusIndexer(const std::filesystem::path& database, const Normalizer& normalizer,
                const Extractor* extractor);
  /// The same, with the normalizer and extractor made only when a file has to be (re)built: a
  /// re-run over an unchanged corpus loads neither one's data (a third of its time).
  CorpusIndexer(const std::filesystem::path& database, LazyPipeline pipeline);
  ~CorpusIndexer();
  CorpusIndexer(const CorpusIndexer&) = delete;
  CorpusIndexer& operator=(const CorpusIndexer&) = delete;

  BuildReport build(const std::filesystem::path& corpus_dir, const BuildOptions& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan
