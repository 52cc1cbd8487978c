/// @file suyuan_web_main.cpp
/// @brief suyuan-web: serve the search page and JSON API on a local address.
#include <csignal>
#include <iostream>
#include <thread>

#include "suyuan/core/paths.h"
#include "suyuan/tools/cli_support.h"
#include "suyuan/web/server.h"

int main(int argc, char** argv) {
  CLI::App app{"suyuan-web: web UI and JSON API over a suyuan index", "suyuan-web"};
  std::string data_dir, database, host = "127.0.0.1";
  int port = 8080;
  std::size_t threads = suyuan::WebOptions().threads;
  int io_timeout = suyuan::WebOptions().io_timeout_seconds;
  std::size_t parallel = suyuan::WebOptions().parallel;
  std::vector<std::string> remotes;
  auto* db_option =
      app.add_option("--db", database, "database directory (default: $SUYUAN_DB or suyuan.db)");
  app.add_option("--remote", remotes,
                 "HOST:PORT of a xapian-tcpsrv serving a shard (repeat for each shard, in shard "
                 "order); instead of --db")
      ->excludes(db_option);
  app.add_option("--data", data_dir, "data directory (default: $SUYUAN_DATA or the built-in one)");
  app.add_option("--host", host, "address to listen on")->capture_default_str();
  app.add_option("--port", port, "port (0 picks a free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app.add_option("--threads", threads,
                 "worker threads (each keep-alive connection holds one while open)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  app.add_option("--parallel", parallel,
                 "requests that search at once; others wait their turn (0: as many as threads)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  app.add_option("--timeout", io_timeout,
                 "seconds a client may take to send a request or read a response")
      ->check(CLI::Range(1, 300))
      ->capture_default_str();

  return suyuan::tools::run_cli(app, argc, argv, [&]() -> int {
    suyuan::WebOptions options;
    if (remotes.empty()) options.database = suyuan::resolve_database(database);
    options.remotes = remotes;
    options.data_dir = suyuan::resolve_data_dir(data_dir);
    options.threads = threads;
    options.io_timeout_seconds = io_timeout;
    options.parallel = parallel;
    suyuan::WebServer server(options);
    const int bound = server.bind(host, port);

    // Stop cleanly on SIGINT/SIGTERM: a dedicated thread waits for the signal.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread waiter([&] {
      int received = 0;
      sigwait(&signals, &received);
      server.stop();
    });
    waiter.detach();

    std::string served = options.database.string();
    if (!remotes.empty()) {
      served = "remote";
      for (const auto& address : remotes) served += " " + address;
    }
    std::cout << "suyuan-web: serving " << served << " on http://" << host << ":" << bound << "/"
              << std::endl;
    server.serve();
    return suyuan::tools::EXIT_OK;
  });
}
