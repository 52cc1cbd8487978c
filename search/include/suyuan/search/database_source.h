/// @file database_source.h
/// @brief Where the search stage reads its index: a local database directory (one database, or
/// shards opened as one through their stub), or xapian-tcpsrv servers, one per shard.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace suyuan {

/// The database a Searcher (and so the web server) reads.
struct DatabaseSource {
  /// A database directory: a single database, or the DIR of `suyuan-index build --shards N`.
  std::filesystem::path local;
  /// `HOST:PORT` of xapian-tcpsrv servers, one per shard in shard order; when not empty they
  /// are read instead of `local`, as one database.
  std::vector<std::string> remotes;

  /// "DIR" or "remote HOST:PORT, HOST:PORT", for messages.
  std::string describe() const;
};

/// Checks a `--remote` value: HOST:PORT with a port 1–65535 ([IPv6]:PORT allowed). Throws
/// Error(INVALID_INPUT) otherwise.
void check_remote_address(const std::string& address);

}  // namespace suyuan
