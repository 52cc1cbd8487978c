/// @file error.h
/// @brief The one error type every suyuan library throws, with a kind that callers map to
/// exit codes (CLI) or HTTP statuses (web).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace suyuan {

/// What went wrong, from the caller's point of view.
enum class ErrorKind {
  INVALID_INPUT,  ///< The caller's input is unusable: bad UTF-8, binary file, malformed query.
  NOT_FOUND,      ///< A named thing (file, document, database) does not exist.
  CORRUPT_INDEX,  ///< The index or a data file is damaged or of the wrong version.
  UNAVAILABLE,    ///< A resource is temporarily unusable (database locked, disk full).
  INTERNAL,       ///< A bug in suyuan.
};

/// Stable lower-case name of a kind, used in JSON error objects: "invalid_input", ...
std::string_view error_kind_name(ErrorKind kind);

/// Library failure. Foreign errors (ICU, Xapian, I/O) are translated into this at the stage
/// that meets them, so no foreign exception type crosses a stage boundary.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace suyuan
