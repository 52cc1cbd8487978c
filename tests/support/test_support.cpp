/// @file test_support.cpp
/// @brief Paths, temp dirs and subprocess helpers for tests.
#include "test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace suyuan::test {

std::filesystem::path source_dir() { return SUYUAN_SOURCE_DIR; }
std::filesystem::path shared_data_dir() { return SUYUAN_SHARED_DATA_DIR; }
std::filesystem::path data_dir() { return source_dir() / "data"; }
std::filesystem::path corpus_dir() { return source_dir() / "corpus"; }
std::filesystem::path binary_dir() { return SUYUAN_BINARY_DIR; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

void write_news_articles(const std::filesystem::path& corpus, std::size_t per_file,
                         const std::string& prefix) {
  std::filesystem::create_directories(corpus);
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared_data_dir() / "news")) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (std::size_t i = 0; i < per_file && std::getline(in, line); ++i) {
      const auto article = nlohmann::json::parse(line);
      auto text = [&](const char* key) {
        return article[key].is_string() ? article[key].get<std::string>() : std::string();
      };
      write_file(corpus / (prefix + std::to_string(n++) + ".txt"),
                 text("title") + "\n\n" + text("text") + "\n");
    }
  }
}

bool update_golden() {
  const char* value = std::getenv("SUYUAN_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("suyuan-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

CommandResult run_command(const std::vector<std::string>& argv, const std::string& stdin_data) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    throw std::runtime_error("pipe failed");
  }
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  // Feed stdin and drain both outputs together so that no pipe fills up and blocks the child.
  CommandResult result;
  std::size_t written = 0;
  if (stdin_data.empty()) close(in_pipe[1]);
  bool in_open = !stdin_data.empty(), out_open = true, err_open = true;
  char buffer[65536];
  while (out_open || err_open || in_open) {
    std::vector<pollfd> fds;
    if (out_open) fds.push_back({out_pipe[0], POLLIN, 0});
    if (err_open) fds.push_back({err_pipe[0], POLLIN, 0});
    if (in_open) fds.push_back({in_pipe[1], POLLOUT, 0});
    if (poll(fds.data(), fds.size(), -1) < 0) break;
    for (const auto& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == in_pipe[1]) {
        ssize_t n = write(in_pipe[1], stdin_data.data() + written, stdin_data.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if (n <= 0 || written == stdin_data.size()) {
          close(in_pipe[1]);
          in_open = false;
        }
        continue;
      }
      ssize_t n = read(p.fd, buffer, sizeof buffer);
      if (n <= 0) {
        close(p.fd);
        (p.fd == out_pipe[0] ? out_open : err_open) = false;
      } else {
        (p.fd == out_pipe[0] ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace suyuan::test
