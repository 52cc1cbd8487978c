/// @file build_output.h
/// @brief What `suyuan-index build` prints while it runs and when it ends.
#pragma once

#include <chrono>
#include <iosfwd>

#include "suyuan/index/corpus_indexer.h"

namespace suyuan::tools {

/// How much a build prints.
enum class Verbosity { QUIET, NORMAL, VERBOSE };

/**
 * Progress on stderr: on a terminal one line rewritten in place (files done/total, MB/s,
 * docs/s, ETA, failures so far) a few times a second; otherwise (CI, cron, a pipe) a plain line
 * every 5 seconds, so a short build logs nothing but its summary. Nothing when quiet.
 */
class BuildProgressPrinter {
 public:
  BuildProgressPrinter(std::ostream& out, bool terminal, Verbosity verbosity);
  void update(const BuildProgress& progress);
  /// Ends the live line, so the next output starts on a fresh line.
  void finish();

 private:
  std::ostream& out_;
  bool terminal_;
  Verbosity verbosity_;
  std::chrono::steady_clock::time_point last_;
  bool printed_ = false;
  bool live_line_ = false;
};

/// One file in `--verbose` text output: `added <TAB> path <TAB> doc_id`.
void print_file_line(std::ostream& out, const FileOutcome& file);

/// The closing line: `N added, N updated, N unchanged, N removed, N failed in S s (D docs/s)`.
void print_summary(std::ostream& out, const BuildReport& report);

}  // namespace suyuan::tools
