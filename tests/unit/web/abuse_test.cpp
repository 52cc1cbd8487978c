/// @file abuse_test.cpp
/// @brief Hostile HTTP on a real socket: slow and half-sent requests, oversized lines and
/// headers, other methods, path traversal in every encoding, huge paging parameters, thousands
/// of query terms. Each gets a clear JSON error, and the server keeps answering everyone else.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "index_fixture.h"
#include "suyuan/web/server.h"

using namespace suyuan;

namespace {

constexpr int IO_TIMEOUT_SECONDS = 1;
constexpr std::size_t THREADS = 2;

/// A server with few workers and a short I/O timeout, so starvation would show at once.
class AbusedServer {
 public:
  AbusedServer() : server_(options()) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.serve(); });
  }
  ~AbusedServer() {
    server_.stop();
    thread_.join();
  }
  int port() const { return port_; }

 private:
  static WebOptions options() {
    WebOptions o;
    o.database = test::corpus_index().database();
    o.data_dir = test::data_dir();
    o.threads = THREADS;
    o.io_timeout_seconds = IO_TIMEOUT_SECONDS;
    return o;
  }
  WebServer server_;
  int port_ = 0;
  std::thread thread_;
};

AbusedServer& server() {
  static AbusedServer instance;
  return instance;
}

/// A connected loopback socket, closed on destruction.
class Connection {
 public:
  explicit Connection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    REQUIRE(fd_ >= 0);
    timeval timeout{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  }
  ~Connection() { ::close(fd_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void send(const std::string& bytes) const {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;  // the server may close on us mid-send: that is an answer too
      sent += static_cast<std::size_t>(n);
    }
  }
  /// Everything the server sends until it closes the connection (or 10 s pass).
  std::string read_all() const {
    std::string out;
    char buffer[4096];
    for (;;) {
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
  }

 private:
  int fd_;
};

struct Reply {
  int status = 0;
  std::string head;
  std::string body;
};

/// One request with `Connection: close`; the raw reply split into status, head and body.
Reply exchange(const std::string& request) {
  Connection connection(server().port());
  connection.send(request);
  const std::string raw = connection.read_all();
  Reply reply;
  const auto head_end = raw.find("\r\n\r\n");
  reply.head = raw.substr(0, head_end);
  if (head_end != std::string::npos) reply.body = raw.substr(head_end + 4);
  if (raw.rfind("HTTP/1.1 ", 0) == 0) reply.status = std::stoi(raw.substr(9, 3));
  return reply;
}

Reply get(const std::string& target, const std::string& extra_headers = "") {
  return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra_headers +
                  "Connection: close\r\n\r\n");
}

/// The reply is a JSON error of the given kind.
void require_json_error(const Reply& reply, const std::string& kind) {
  INFO(reply.head << "\n" << reply.body);
  const auto json = nlohmann::json::parse(reply.body);
  CHECK(json.at("error").at("kind") == kind);
  CHECK_FALSE(json.at("error").at("message").get<std::string>().empty());
}

bool healthy() { return get("/healthz").status == 200; }

}  // namespace

TEST_CASE("half-sent requests hold a worker only for the I/O timeout", "[web][abuse]") {
  REQUIRE(healthy());
  // Three times as many slow clients as workers, each stuck in the middle of its headers.
  constexpr std::size_t ROUNDS = 3;
  std::vector<std::unique_ptr<Connection>> slow;
  for (std::size_t i = 0; i < ROUNDS * THREADS; ++i) {
    slow.push_back(std::make_unique<Connection>(server().port()));
    slow.back()->send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
  }
  const auto start = std::chrono::steady_clock::now();
  CHECK(healthy());
  const auto waited = std::chrono::steady_clock::now() - start;
  // Every slow client is cut off after the timeout (reading its request, then waiting for a
  // next one): the honest request waits for those rounds at most, never forever.
  CHECK(waited < std::chrono::seconds(2 * IO_TIMEOUT_SECONDS * (ROUNDS + 1) + 1));
  for (const auto& connection : slow) {
    const std::string answer = connection->read_all();  // closed (or a 400), not left hanging
    CHECK((answer.empty() || answer.rfind("HTTP/1.1 400", 0) == 0));
  }
}

TEST_CASE("oversized request lines and headers get 414 and 400 with a JSON reason",
          "[web][abuse]") {
  const Reply long_url = get("/api/search?q=" + std::string(9000, 'a'));
  CHECK(long_url.status == 414);
  require_json_error(long_url, "invalid_input");

  const Reply big_header = get("/healthz", "X-Big: " + std::string(9000, 'a') + "\r\n");
  CHECK(big_header.status == 400);
  require_json_error(big_header, "invalid_input");

  const Reply garbage = exchange("\x16\x03\x01 not http at all\r\n\r\n");
  CHECK(garbage.status == 400);
  CHECK(healthy());
}

TEST_CASE("methods other than GET and HEAD get 405 with Allow", "[web][abuse]") {
  for (const std::string method : {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
    INFO(method);
    const Reply reply = exchange(method + " /api/search?q=a HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                 "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
    CHECK(reply.status == 405);
    CHECK(reply.head.find("Allow: GET, HEAD") != std::string::npos);
    require_json_error(reply, "invalid_input");
  }
  const Reply head =
      exchange("HEAD /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  CHECK(head.status == 200);
  CHECK(head.body.empty());
}

TEST_CASE("path traversal in every encoding finds nothing outside the routes", "[web][abuse]") {
  for (const std::string target :
       {"/../../etc/passwd", "/static/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/%252e%252e/etc/passwd", "/..%2f..%2fetc/passwd",
        "/%c0%ae%c0%ae/etc/passwd", "/doc/..%2f..%2fetc%2fpasswd", "/api/doc/../../etc/passwd",
        "/static/app.js/../../../../etc/passwd", "/\\..\\..\\etc\\passwd"}) {
    INFO(target);
    const Reply reply = get(target);
    CHECK((reply.status == 404 || reply.status == 400));
    CHECK(reply.body.find("root:") == std::string::npos);
  }
  CHECK(healthy());
}

TEST_CASE("huge or negative paging and thousands of terms are refused with a reason",
          "[web][abuse]") {
  for (const std::string target :
       {"/api/search?q=a&limit=99999999999999999999", "/api/search?q=a&offset=-1",
        "/api/search?q=a&limit=1e9", "/api/claims?q=a&offset=18446744073709551616"}) {
    INFO(target);
    const Reply reply = get(target);
    CHECK(reply.status == 400);
    require_json_error(reply, "invalid_input");
  }
  std::string many;  // 2,500 terms, still a URL under 8 KiB
  for (int i = 0; i < 2500; ++i) many += "t+";
  const Reply terms = get("/api/search?q=" + many);
  CHECK(terms.status == 400);
  require_json_error(terms, "invalid_input");
  // The message names the allowed range.
  const Reply too_many = get("/api/search?q=%E8%8A%AF%E7%89%87&limit=100000");
  CHECK(too_many.status == 400);
  CHECK(too_many.body.find("[1, 1000]") != std::string::npos);
  CHECK(healthy());
}
