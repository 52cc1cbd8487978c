/// @file database_source.h
/// @brief Opening a DatabaseSource as one Xapian database (private: Xapian types stay out of
/// public headers).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "suyuan/search/database_source.h"

namespace suyuan {

/**
 * Opens every part of `source` as one read-only database. Throws Error(NOT_FOUND) for a missing
 * local directory, Error(UNAVAILABLE) for a remote server that does not answer, and
 * Error(CORRUPT_INDEX) for anything that is not a suyuan database of this schema version.
 */
Xapian::Database open_database(const DatabaseSource& source);

/// A database opened as one, and its parts (a local database, each shard of a local stub, each
/// remote server) as handles of their own that share its state: after `all.reopen()` each part
/// is at the revision `all` reads.
struct OpenedDatabase {
  Xapian::Database all;
  std::vector<Xapian::Database> parts;
};

/// open_database() keeping the parts (a local stub's `auto PATH` lines are opened one by one).
OpenedDatabase open_database_parts(const DatabaseSource& source);

/// What names the revision `parts` are at: each part's UUID and revision. A remote server tells
/// no revision: its document count and last docid stand in (see claim_cache.h for why that is
/// enough for what is cached by it).
std::string revision_key(const std::vector<Xapian::Database>& parts);

}  // namespace suyuan
