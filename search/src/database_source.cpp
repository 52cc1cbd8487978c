/// @file database_source.cpp
/// @brief The one place the search stage opens its index.
#include "database_source.h"

#include <fstream>
#include <sstream>

#include "suyuan/core/error.h"
#include "suyuan/index/schema.h"

namespace suyuan {
namespace {

/// Milliseconds to wait for a remote server to accept a connection, and for each reply.
constexpr unsigned REMOTE_CONNECT_TIMEOUT_MS = 5000;
constexpr unsigned REMOTE_TIMEOUT_MS = 30000;

std::pair<std::string, unsigned> split_address(const std::string& address) {
  const auto colon = address.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == address.size()) {
    throw Error(ErrorKind::INVALID_INPUT, "remote database must be HOST:PORT, got " + address);
  }
  std::string host = address.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  const std::string port_text = address.substr(colon + 1);
  unsigned long port = 0;
  std::size_t used = 0;
  try {
    port = std::stoul(port_text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != port_text.size() || port == 0 || port > 65535) {
    throw Error(ErrorKind::INVALID_INPUT, "bad port in remote database address " + address);
  }
  return {host, static_cast<unsigned>(port)};
}

}  // namespace

std::string DatabaseSource::describe() const {
  if (remotes.empty()) return local.string();
  std::string out = "remote ";
  for (std::size_t i = 0; i < remotes.size(); ++i) out += (i ? ", " : "") + remotes[i];
  return out;
}

void check_remote_address(const std::string& address) { split_address(address); }

/// The shard paths a stub names, when every line is `auto PATH` (what `suyuan-index build
/// --shards` writes); empty otherwise (Xapian then opens the stub itself).
std::vector<std::filesystem::path> stub_shards(const std::filesystem::path& dir) {
  std::ifstream stub(dir / "XAPIANDB");
  std::vector<std::filesystem::path> shards;
  for (std::string line; std::getline(stub, line);) {
    if (line.empty()) continue;
    if (line.rfind("auto ", 0) != 0) return {};
    shards.push_back(dir / line.substr(5));
  }
  return shards;
}

Xapian::Database open_database(const DatabaseSource& source) {
  return open_database_parts(source).all;
}

std::string revision_key(const std::vector<Xapian::Database>& parts) {
  std::ostringstream key;
  for (const Xapian::Database& part : parts) {
    key << part.get_uuid() << '@';
    try {
      key << part.get_revision();
    } catch (const Xapian::Error&) {  // remote: no revision information
      key << 'n' << part.get_doccount() << 'l' << part.get_lastdocid();
    }
    key << ';';
  }
  return key.str();
}

OpenedDatabase open_database_parts(const DatabaseSource& source) {
  Xapian::Database database;
  std::vector<Xapian::Database> parts;
  try {
    if (source.remotes.empty()) {
      std::error_code ec;
      if (!std::filesystem::exists(source.local, ec)) {
        throw Error(ErrorKind::NOT_FOUND, "database not found: " + source.local.string() +
                                              " (run `suyuan-index build` first)");
      }
      // A directory with a stub (XAPIANDB) opens all its shards.
      const auto shards = stub_shards(source.local);
      for (const auto& shard : shards) parts.emplace_back(shard.string());
      if (parts.empty()) parts.emplace_back(source.local.string());
      for (const Xapian::Database& part : parts) database.add_database(part);
    } else {
      for (const std::string& address : source.remotes) {
        const auto [host, port] = split_address(address);
        try {
          parts.push_back(
              Xapian::Remote::open(host, port, REMOTE_TIMEOUT_MS, REMOTE_CONNECT_TIMEOUT_MS));
          database.add_database(parts.back());
        } catch (const Xapian::NetworkError& e) {
          throw Error(ErrorKind::UNAVAILABLE,
                      "cannot reach remote database " + address + ": " + e.get_msg());
        }
      }
    }
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "cannot open database " + source.describe() + ": " + e.get_msg());
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "cannot open database " + source.describe() + ": " + e.get_description());
  }
  // Metadata of a combined database is its first shard's; the indexer writes every shard's.
  if (database.get_metadata(std::string(schema::VERSION_KEY)) != schema::VERSION) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "database " + source.describe() +
                    " was written by another suyuan version: re-run `suyuan-index build`");
  }
  return {database, std::move(parts)};
}

}  // namespace suyuan
