/// @file error.cpp
/// @brief Names of error kinds.
#include "suyuan/core/error.h"

namespace suyuan {

std::string_view error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::INVALID_INPUT:
      return "invalid_input";
    case ErrorKind::NOT_FOUND:
      return "not_found";
    case ErrorKind::CORRUPT_INDEX:
      return "corrupt_index";
    case ErrorKind::UNAVAILABLE:
      return "unavailable";
    case ErrorKind::INTERNAL:
      return "internal";
  }
  return "internal";
}

}  // namespace suyuan
