/// @file database_source.h
/// @brief Opening a DatabaseSource as one Xapian database (private: Xapian types stay out of
/// public headers).
#pragma once

#include <xapian.h>

#include "suyuan/search/database_source.h"

namespace suyuan {

/**
 * Opens every part of `source` as one read-only database. Throws Error(NOT_FOUND) for a missing
 * local directory, Error(UNAVAILABLE) for a remote server that does not answer, and
 * Error(CORRUPT_INDEX) for anything that is not a suyuan database of this schema version.
 */
Xapian::Database open_database(const DatabaseSource& source);

}  // namespace suyuan
