/// @file server.h
/// @brief Stage 5: the web UI and JSON API (cpp-httplib), routes kept in the library so tests
/// can mount them in-process on 127.0.0.1.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace suyuan {

class Normalizer;

/// How to serve.
struct WebOptions {
  std::filesystem::path database;
  std::vector<std::string> remotes;  ///< xapian-tcpsrv HOST:PORT per shard; instead of database
  std::filesystem::path data_dir;    ///< data/ (normalize rules etc.)
  /// Worker threads. A keep-alive connection holds one for as long as it stays open, so this
  /// is also how many clients are served at once; searchers are only opened as needed.
  std::size_t threads = 32;
  /// Requests that search at once; others wait their turn (first come, first served). 0: as
  /// many as there are threads.
  std::size_t parallel = 0;
  /// Seconds a client may take to send a request (or to read a response), and an idle
  /// keep-alive connection may wait for its next one, before the connection is closed: what a
  /// slow or half-sent request can hold a worker for.
  int io_timeout_seconds = 5;
};

/**
 * Routes:
 *  - `GET /`                 search page
 *  - `GET /doc/<doc_id>?q=&span=S-E`  the article's original text, query matches (or the cited
 *    byte span S-E, whole characters, as the mark `#cited`) highlighted
 *  - `GET /api/search?q=&limit=&offset=&facets=1` the same JSON as `suyuan-search query --json`
 *  - `GET /api/doc/<doc_id>?q=` article metadata, raw text, highlight spans, claims
 *  - `GET /api/claims?q=&limit=&offset=&facets=1` ranked claims (`query --claims --json`)
 *  - `GET /api/check?q=&subject=&metric=&single=0|1` cross-check groups (`check --json`)
 *  - `GET /api/cite/<doc_id>?claim=N` claim N of the article as a plain-text citation, a link
 *    to its bytes and a W3C Web Annotation
 *  - `GET /api/lineage/<doc_id>` the article's re-post cluster (or null)
 *  - `GET /api/compare?a=&b=` and `GET /compare?a=&b=` two articles' normalized texts compared:
 *    overlap, relation, and the same / dropped / added / changed passages with their bytes
 *  - `GET /api/labels`      display names of entities, metrics, events, mention kinds
 *  - `GET /healthz`          `{"status":"ok","articles":N}`
 * Errors are JSON `{"error":{"kind","message"}}` with 400/404/500/503, and the protocol's own
 * statuses: 405 (methods other than GET/HEAD, with `Allow`), 413 (a body over 64 KiB), 414 (a
 * request line over 8 KiB); headers over 8 KiB are a malformed request (400). Requests run in
 * parallel, each on a read-only searcher of its own that sees new index commits within 100 ms.
 * Throws Error(NOT_FOUND/CORRUPT_INDEX) from the constructor when the database is unusable.
 */
class WebServer {
 public:
  explicit WebServer(const WebOptions& options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  /// Binds to host:port (port 0 picks a free one) and returns the bound port.
  /// Throws Error(UNAVAILABLE) when the address cannot be bound.
  int bind(const std::string& host, int port);
  /// Serves until stop(); call after bind().
  void serve();
  /// Stops serving; safe from another thread or a signal-handling thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan
