/// @file running_server.h
/// @brief A suyuan-web server on an ephemeral loopback port for tests, serving until destroyed.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <string>
#include <thread>

#include "index_fixture.h"
#include "suyuan/web/server.h"

namespace suyuan::test {

class RunningServer {
 public:
  /// Serves `database` with the test data directory and two threads.
  explicit RunningServer(const std::filesystem::path& database) : server_(options(database)) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.serve(); });
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    return c;
  }
  httplib::Result get(const std::string& path) const { return client().Get(path); }

 private:
  static WebOptions options(const std::filesystem::path& database) {
    WebOptions o;
    o.database = database;
    o.data_dir = data_dir();
    o.threads = 2;
    return o;
  }
  WebServer server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace suyuan::test
