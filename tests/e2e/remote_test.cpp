/// @file remote_test.cpp
/// @brief Shards served by Xapian's own xapian-tcpsrv give the same answers as the local
/// database: `suyuan-index build --shards 2`, two servers on 127.0.0.1, `--remote` twice.
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <set>
#include <thread>

#include "test_support.h"

namespace fs = std::filesystem;
using suyuan::test::run_command;

namespace {

const std::string INDEX = SUYUAN_INDEX_EXE;
const std::string SEARCH = SUYUAN_SEARCH_EXE;

/// A port that was free a moment ago (the kernel's pick for port 0).
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

/// xapian-tcpsrv serving one shard on 127.0.0.1, stopped when it goes out of scope.
class ShardServer {
 public:
  explicit ShardServer(const fs::path& shard) {
    for (int attempt = 0; attempt < 5 && pid_ <= 0; ++attempt) {
      port_ = free_port();
      const std::string port = std::to_string(port_);
      pid_ = fork();
      REQUIRE(pid_ >= 0);
      if (pid_ == 0) {
        // Its own process group: xapian-tcpsrv signals its whole group when it stops.
        setpgid(0, 0);
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port.c_str(),
               shard.c_str(), static_cast<char*>(nullptr));
        _exit(127);
      }
      for (int wait = 0; wait < 100 && !accepts_connections(port_); ++wait) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {  // port taken meanwhile, or no tcpsrv
          pid_ = -1;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    REQUIRE(pid_ > 0);
    REQUIRE(accepts_connections(port_));
  }
  ~ShardServer() {
    if (pid_ > 0) {
      kill(-pid_, SIGTERM);  // the server and the children it forked per connection
      waitpid(pid_, nullptr, 0);
    }
  }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

nlohmann::json run_json(std::vector<std::string> argv) {
  const auto result = run_command(argv);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

std::set<std::string> doc_ids(const nlohmann::json& response) {
  std::set<std::string> ids;
  for (const auto& hit : response["results"]) ids.insert(hit["doc_id"].get<std::string>());
  return ids;
}

}  // namespace

TEST_CASE("two shards behind xapian-tcpsrv answer like the local database", "[e2e][remote]") {
  suyuan::test::TempDir dir;
  const std::string corpus = suyuan::test::corpus_dir().string();
  const fs::path sharded = dir.path() / "sharded", single = dir.path() / "single";
  REQUIRE(run_command({INDEX, "build", "--quiet", "--shards", "2", "--corpus", corpus, "--db",
                       sharded.string()})
              .exit_code == 0);
  REQUIRE(run_command({INDEX, "build", "--quiet", "--corpus", corpus, "--db", single.string()})
              .exit_code == 0);
  REQUIRE(fs::exists(sharded / "XAPIANDB"));
  // Both shards hold articles: the split is by doc id, not all in one.
  CHECK(fs::exists(sharded / "shard-0"));
  CHECK(fs::exists(sharded / "shard-1"));

  ShardServer shard0(sharded / "shard-0"), shard1(sharded / "shard-1");
  const std::vector<std::string> remote = {"--remote", shard0.address(), "--remote",
                                           shard1.address()};
  auto with_remote = [&](std::vector<std::string> argv) {
    argv.insert(argv.begin() + 2, remote.begin(), remote.end());
    return run_json(argv);
  };
  auto with_db = [&](std::vector<std::string> argv, const fs::path& db) {
    argv.insert(argv.begin() + 2, {"--db", db.string()});
    return run_json(argv);
  };

  for (const std::string query :
       {"英伟达", "H20", "辉达 H20", "出口管制", "chip:H20", "date:2025.."}) {
    INFO(query);
    const std::vector<std::string> articles = {SEARCH, "query", "--json", "--facets", query};
    const auto local = with_db(articles, sharded);
    CHECK(with_remote(articles) == local);
    CHECK(doc_ids(with_db(articles, single)) == doc_ids(local));
    CHECK(with_db(articles, single)["facets"] == local["facets"]);

    const std::vector<std::string> claims = {SEARCH,   "query",    "--claims",
                                             "--json", "--facets", query};
    CHECK(with_remote(claims) == with_db(claims, sharded));
  }
  const std::vector<std::string> check = {SEARCH, "check", "--json"};
  const auto groups = with_db(check, sharded);
  CHECK(groups["groups"].size() > 0);
  CHECK(with_remote(check) == groups);
  CHECK(with_db(check, single) == groups);
}

TEST_CASE("a remote address that does not answer is a clear error", "[e2e][remote]") {
  const auto result =
      run_command({SEARCH, "query", "--remote", "127.0.0.1:" + std::to_string(free_port()), "x"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("cannot reach remote database"));
  CHECK(run_command({SEARCH, "query", "--remote", "nohostport", "x"}).exit_code == 2);
  CHECK(run_command({SEARCH, "query", "--remote", "h:1", "--db", "d", "x"}).exit_code == 2);
}
