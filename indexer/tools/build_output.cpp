/// @file build_output.cpp
/// @brief Progress lines and the build summary.
#include "build_output.h"

#include <cstdio>
#include <ostream>
#include <string>

namespace suyuan::tools {
namespace {

std::string format_duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (s >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  }
  return buffer;
}

std::string progress_line(const BuildProgress& p) {
  const double seconds = p.seconds > 0 ? p.seconds : 1e-9;
  const double mb_per_s = static_cast<double>(p.bytes_done) / 1e6 / seconds;
  const double docs_per_s = static_cast<double>(p.files_done) / seconds;
  std::string eta = "--:--";
  if (p.bytes_done > 0 && p.files_done < p.files_total) {
    // Bytes predict the remaining work better than file counts when sizes vary.
    const double rate = static_cast<double>(p.bytes_done) / seconds;
    eta = format_duration(static_cast<double>(p.bytes_total - p.bytes_done) / rate);
  } else if (p.files_done == p.files_total) {
    eta = "0:00";
  }
  char buffer[160];
  std::snprintf(
      buffer, sizeof buffer, "%zu/%zu files (%.0f%%), %.2f MB/s, %.0f docs/s, ETA %s, %zu failed",
      p.files_done, p.files_total,
      p.files_total ? 100.0 * static_cast<double>(p.files_done) / static_cast<double>(p.files_total)
                    : 100.0,
      mb_per_s, docs_per_s, eta.c_str(), p.failed);
  return buffer;
}

}  // namespace

BuildProgressPrinter::BuildProgressPrinter(std::ostream& out, bool terminal, Verbosity verbosity)
    : out_(out),
      terminal_(terminal),
      verbosity_(verbosity),
      last_(std::chrono::steady_clock::now()) {}

void BuildProgressPrinter::update(const BuildProgress& progress) {
  if (verbosity_ == Verbosity::QUIET) return;
  const auto now = std::chrono::steady_clock::now();
  const auto interval = terminal_ ? std::chrono::milliseconds(200) : std::chrono::seconds(5);
  const bool done = progress.files_done == progress.files_total;
  // Verbose output lists files on stdout; a live line would be torn up by them.
  if (terminal_ && verbosity_ == Verbosity::NORMAL) {
    if (printed_ && now - last_ < interval && !done) return;
    out_ << "\r\033[K" << progress_line(progress) << std::flush;
    live_line_ = true;
  } else {
    // A log line every few seconds; a build shorter than that logs only its summary.
    if (now - last_ < interval || done) return;
    out_ << "suyuan-index: " << progress_line(progress) << std::endl;
  }
  last_ = now;
  printed_ = true;
}

void BuildProgressPrinter::finish() {
  if (live_line_) out_ << "\n" << std::flush;
  live_line_ = false;
}

void print_file_line(std::ostream& out, const FileOutcome& file) {
  out << file_status_name(file.status) << "\t" << file.path;
  if (!file.doc_id.empty() && file.status != FileStatus::FAILED) out << "\t" << file.doc_id;
  out << "\n";
}

void print_summary(std::ostream& out, const BuildReport& report) {
  char rate[96];
  const double seconds = report.seconds;
  std::snprintf(rate, sizeof rate, " in %.2f s (%.0f docs/s, %.2f MB/s)", seconds,
                seconds > 0 ? static_cast<double>(report.files.size()) / seconds : 0.0,
                seconds > 0 ? static_cast<double>(report.raw_bytes_read) / 1e6 / seconds : 0.0);
  out << report.count(FileStatus::ADDED) << " added, " << report.count(FileStatus::UPDATED)
      << " updated, " << report.count(FileStatus::UNCHANGED) << " unchanged, "
      << report.count(FileStatus::REMOVED) << " removed, " << report.count(FileStatus::FAILED)
      << " failed" << rate;
  if (report.dry_run) out << " — dry run, nothing written";
  out << "\n";
}

}  // namespace suyuan::tools
