/// @file corpus_indexer.cpp
/// @brief Walks a corpus, normalizes and extracts each changed file and writes Xapian documents.
#include "suyuan/index/corpus_indexer.h"

#include <dirent.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "document_builder.h"
#include "repost_tracker.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/index/schema.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan {
namespace fs = std::filesystem;

std::string_view file_status_name(FileStatus status) {
  switch (status) {
    case FileStatus::ADDED:
      return "added";
    case FileStatus::UPDATED:
      return "updated";
    case FileStatus::UNCHANGED:
      return "unchanged";
    case FileStatus::REMOVED:
      return "removed";
    case FileStatus::FAILED:
      return "failed";
  }
  return "failed";
}

std::size_t BuildReport::count(FileStatus status) const {
  return static_cast<std::size_t>(std::count_if(
      files.begin(), files.end(), [&](const FileOutcome& f) { return f.status == status; }));
}

nlohmann::json to_json(const BuildReport& report) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : report.files) {
    nlohmann::json entry = {{"path", f.path}, {"status", file_status_name(f.status)}};
    if (!f.doc_id.empty()) entry["doc_id"] = f.doc_id;
    if (!f.message.empty()) entry["error"] = f.message;
    if (f.status == FileStatus::ADDED || f.status == FileStatus::UPDATED) {
      entry["claims"] = f.claims;
    }
    files.push_back(std::move(entry));
  }
  nlohmann::json counts;
  for (FileStatus s : {FileStatus::ADDED, FileStatus::UPDATED, FileStatus::UNCHANGED,
                       FileStatus::REMOVED, FileStatus::FAILED}) {
    counts[std::string(file_status_name(s))] = report.count(s);
  }
  return {{"files", files},
          {"counts", counts},
          {"raw_bytes_indexed", report.raw_bytes_indexed},
          {"raw_bytes_read", report.raw_bytes_read},
          {"seconds", report.seconds},
          {"writer_wait_seconds", report.writer_wait_seconds},
          {"commit_seconds", report.commit_seconds},
          {"writer_cpu_seconds", report.writer_cpu_seconds},
          {"fresh", report.fresh},
          {"merge_seconds", report.merge_seconds},
          {"docs_per_second", report.seconds > 0 ? report.files.size() / report.seconds : 0.0},
          {"jobs", report.jobs},
          {"shards", report.shards},
          {"dry_run", report.dry_run}};
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::INTERNAL, "SHA-256 computation failed");
  }
  static constexpr char HEX[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(HEX[digest[i] >> 4]);
    out.push_back(HEX[digest[i] & 0xF]);
  }
  return out;
}

std::string doc_id_for_path(const std::string& relative_path) {
  return sha256_hex(relative_path).substr(0, 16);
}

namespace {

bool is_article_name(std::string_view name) {
  if (name.empty() || name[0] == '.') return false;
  for (std::string_view ext : {".txt", ".html", ".htm"}) {
    if (name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext) return true;
  }
  return false;
}

struct ListedFile {
  std::string path;  // corpus_dir joined with the path below it
  std::uint64_t size = 0;
};

/// Every article file under `dir` with its size, in the byte order of their paths (the order of
/// the build report). Each entry is looked up relative
/// to its open directory (one path component, not the whole path): an unchanged re-run's
/// listing is a tenth of its time. Like fs::recursive_directory_iterator with
/// skip_permission_denied, it follows symbolic links to files but does not descend into linked
/// directories.
std::vector<ListedFile> list_article_files(const fs::path& corpus_dir) {
  std::vector<ListedFile> files;
  std::vector<std::string> pending{corpus_dir.string()};
  while (!pending.empty()) {
    const std::string dir_path = std::move(pending.back());
    pending.pop_back();
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(dir_path.c_str()), ::closedir);
    if (!dir && errno == EACCES && dir_path != corpus_dir.string()) continue;
    if (!dir) {
      throw Error(ErrorKind::UNAVAILABLE, "cannot list " + dir_path + ": " + std::strerror(errno));
    }
    const int dir_fd = ::dirfd(dir.get());
    for (;;) {
      errno = 0;  // readdir's end and its failure differ only in errno
      const dirent* entry = ::readdir(dir.get());
      if (entry == nullptr && errno != 0) {
        throw Error(ErrorKind::UNAVAILABLE,
                    "cannot list " + dir_path + ": " + std::strerror(errno));
      }
      if (entry == nullptr) break;
      const std::string_view name = entry->d_name;
      if (name == "." || name == "..") continue;
      const std::string path = dir_path + (dir_path.back() == '/' ? "" : "/") + entry->d_name;
      if (entry->d_type == DT_DIR) {
        pending.push_back(path);
        continue;
      }
      if (!is_article_name(name)) continue;
      if (entry->d_type != DT_REG && entry->d_type != DT_LNK && entry->d_type != DT_UNKNOWN)
        continue;
      struct stat info {};
      if (::fstatat(dir_fd, entry->d_name, &info, 0) != 0) continue;  // a dangling link
      if (entry->d_type == DT_UNKNOWN && S_ISDIR(info.st_mode)) {
        pending.push_back(path);
        continue;
      }
      if (S_ISREG(info.st_mode)) files.push_back({path, static_cast<std::uint64_t>(info.st_size)});
    }
  }
  std::sort(files.begin(), files.end(),
            [](const ListedFile& a, const ListedFile& b) { return a.path < b.path; });
  return files;
}

/// The file's bytes, at most `max_bytes` of them (more throws INVALID_INPUT); nullopt when
/// `missing_is_empty` and there is no such file. `expected_size` (from the listing) sizes the
/// buffer: an unchanged re-run reads every file, so a read costs one open, one read and one
/// close (no stat, no stdio buffer, no second read for the end of the file).
std::optional<std::string> read_bytes_if(const fs::path& path, bool missing_is_empty,
                                         std::uint64_t expected_size = 0,
                                         std::uint64_t max_bytes = UINT64_MAX) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 && missing_is_empty && errno == ENOENT) return std::nullopt;
  if (fd < 0) throw Error(ErrorKind::NOT_FOUND, "cannot open " + path.string());
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  std::string out;
  std::size_t filled = 0;
  // One more byte than expected, so that the first read already meets the end of the file.
  std::size_t want =
      expected_size == 0 ? 4096 : static_cast<std::size_t>(std::min(expected_size, max_bytes)) + 1;
  for (;;) {
    out.resize(filled + want);
    const ssize_t n = ::read(fd, out.data() + filled, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(ErrorKind::UNAVAILABLE, "read error on " + path.string());
    filled += static_cast<std::size_t>(n);
    if (filled > max_bytes) {
      throw Error(ErrorKind::INVALID_INPUT,
                  "file too large: over the limit of " + std::to_string(max_bytes) + " bytes");
    }
    // A regular file's read returns less than asked only at its end.
    if (static_cast<std::size_t>(n) < want) break;
    want = std::max<std::size_t>(want, 65536);
  }
  out.resize(filled);
  return out;
}

/// Sidecar `NAME.meta.json` beside `NAME.txt`; empty string when absent.
fs::path sidecar_path(const fs::path& article) {
  fs::path sidecar = article;
  sidecar.replace_extension(".meta.json");
  return sidecar;
}

/// Version of a file's indexed content: raw bytes and sidecar together, so an edited sidecar
/// also triggers re-indexing.
std::string content_version(const std::string& raw, const std::string& sidecar) {
  std::string version = sha256_hex(raw);
  if (!sidecar.empty()) version += "+" + sha256_hex(sidecar).substr(0, 16);
  return version;
}

std::string term(std::string_view prefix, std::string_view value) {
  std::string t(prefix);
  t += value;
  return t;
}

/// Path → document id and stored content version of every indexed article, read once before any
/// change: looking terms up in a database with pending changes makes Xapian flush them each time.
struct IndexedArticle {
  Xapian::docid id = 0;
  std::string version;
};

using IndexedArticles = std::map<std::string, IndexedArticle>;

/// Read from the SLOT_PATH and SLOT_VERSION value streams: an unchanged re-run reads no term
/// list (each one a decompression).
IndexedArticles indexed_articles(const Xapian::Database& db) {
  IndexedArticles versions;
  Xapian::ValueIterator version = db.valuestream_begin(schema::SLOT_VERSION);
  for (auto path = db.valuestream_begin(schema::SLOT_PATH);
       path != db.valuestream_end(schema::SLOT_PATH); ++path) {
    if (version != db.valuestream_end(schema::SLOT_VERSION)) version.skip_to(path.get_docid());
    const bool versioned = version != db.valuestream_end(schema::SLOT_VERSION) &&
                           version.get_docid() == path.get_docid();
    versions.emplace(*path, IndexedArticle{path.get_docid(), versioned ? *version : std::string()});
  }
  return versions;
}

/// Copies a document's facet terms into SLOT_FACET_TERMS (see schema.h).
void store_facet_terms(Xapian::Document& doc) {
  std::string value;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string term = *t;
    for (std::string_view prefix : schema::FACET_PREFIXES) {
      if (schema::is_facet_term(term, prefix)) {
        if (!value.empty()) value += '\n';
        value += term;
        break;
      }
    }
  }
  if (!value.empty()) doc.add_value(schema::SLOT_FACET_TERMS, value);
}

/// The databases of a build: one, or the shards under a directory with their stub.
class ShardSet {
 public:
  static constexpr std::string_view STUB = "XAPIANDB";

  /// The layout on disk: 0 when `dir` holds no suyuan shards (a single database, or nothing).
  static std::size_t existing_shards(const fs::path& dir) {
    std::error_code ec;
    if (!fs::exists(dir / STUB, ec)) return 0;
    std::size_t n = 0;
    while (fs::exists(dir / shard_name(n), ec)) ++n;
    return n;
  }

  static std::string shard_name(std::size_t i) { return "shard-" + std::to_string(i); }

  /// Which shard holds a document: its doc id is hex of a hash, so its first 8 digits are an
  /// evenly spread number that never changes.
  static std::size_t shard_of(const std::string& doc_id, std::size_t shards) {
    if (shards <= 1) return 0;
    return static_cast<std::size_t>(std::stoul(doc_id.substr(0, 8), nullptr, 16) % shards);
  }

  /// Paths of the databases to write; `requested` 0 keeps the existing layout.
  static std::vector<fs::path> layout(const fs::path& dir, std::size_t requested) {
    const std::size_t existing = existing_shards(dir);
    std::error_code ec;
    const bool single_exists = existing == 0 && fs::exists(dir, ec) && !fs::is_empty(dir, ec);
    if (requested > 1 && single_exists) {
      throw Error(
          ErrorKind::INVALID_INPUT,
          "database " + dir.string() + " is not sharded; build the shards into a new directory");
    }
    if (requested != 0 && existing != 0 && requested != existing) {
      throw Error(ErrorKind::INVALID_INPUT, "database " + dir.string() + " has " +
                                                std::to_string(existing) + " shards, not " +
                                                std::to_string(requested) +
                                                "; build the new layout into a new directory");
    }
    const std::size_t count = existing != 0 ? existing : requested;
    if (count <= 1 && existing == 0) return {dir};
    std::vector<fs::path> paths;
    for (std::size_t i = 0; i < count; ++i) paths.push_back(dir / shard_name(i));
    return paths;
  }

  /// Writes DIR/XAPIANDB naming the shards, so Xapian opens DIR as all of them.
  static void write_stub(const fs::path& dir, std::size_t shards) {
    const fs::path stub = dir / STUB, temporary = dir / (std::string(STUB) + ".tmp");
    {
      std::ofstream out(temporary, std::ios::trunc);
      for (std::size_t i = 0; i < shards; ++i) out << "auto " << shard_name(i) << "\n";
      if (!out) throw Error(ErrorKind::UNAVAILABLE, "cannot write " + temporary.string());
    }
    fs::rename(temporary, stub);  // atomic: a reader sees the old stub or the new one
  }
};

/// One corpus file as a worker leaves it for the writer.
struct PreparedFile {
  FileOutcome outcome;
  std::uint64_t bytes = 0;
  std::size_t shard = 0;
  bool write = false;  ///< changed and built: the writer replaces or adds it
  BuiltDocuments built;
  Anchors anchors;           ///< re-post anchors of the article (repost_tracker.h)
  std::exception_ptr error;  ///< anything but a bad file: stops the build
};

/// Results of the workers, handed to the writer in file order; workers wait when they are
/// `window` files ahead, which bounds the memory of built documents.
class OrderedQueue {
 public:
  explicit OrderedQueue(std::size_t window) : window_(window) {}

  /// Blocks until index `i` is within the window (or the build stopped); false if stopped.
  bool wait_for_room(std::size_t i) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || i < taken_ + window_; });
    return !stopped_;
  }
  /// Hands over a worker's batch of consecutive files at once: one wake-up for the batch.
  void put(std::vector<std::pair<std::size_t, PreparedFile>>& batch) {
    std::lock_guard lock(mutex_);
    for (auto& [i, file] : batch) ready_.emplace(i, std::move(file));
    arrived_.notify_all();
  }
  PreparedFile take(std::size_t i) {
    std::unique_lock lock(mutex_);
    arrived_.wait(lock, [&] { return ready_.count(i) != 0; });
    PreparedFile file = std::move(ready_.at(i));
    ready_.erase(i);
    taken_ = i + 1;
    room_.notify_all();
    return file;
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    room_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable room_, arrived_;
  std::map<std::size_t, PreparedFile> ready_;
  std::size_t taken_ = 0;
  std::size_t window_;
  bool stopped_ = false;
};

/// CPU time of the calling thread so far.
double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

/**
 * A thread that writes one Xapian database. The build's thread decides everything in path
 * order (document ids included) and hands operations over, so the databases of a build fill in
 * parallel, and the build's thread finds copies and takes the next file while Xapian inverts the
 * last one. No other thread touches the database until `drain()` says the writer is idle.
 */
class WriterThread {
 public:
  using Operation = std::function<void(Xapian::WritableDatabase&)>;

  explicit WriterThread(Xapian::WritableDatabase& db) : db_(db), thread_([this] { run(); }) {}
  ~WriterThread() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  WriterThread(const WriterThread&) = delete;
  WriterThread& operator=(const WriterThread&) = delete;

  /// Queues an operation; waits while `QUEUE_LIMIT` are pending (their documents are memory).
  void post(Operation operation) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || pending_.size() < QUEUE_LIMIT; });
    if (failure_) std::rethrow_exception(failure_);
    pending_.push_back(std::move(operation));
    changed_.notify_all();
  }

  /// Waits until every queued operation is written, rethrows the first failure, and returns the
  /// database for the calling thread to use until the next post().
  Xapian::WritableDatabase& drain() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || (pending_.empty() && !busy_); });
    if (failure_) std::rethrow_exception(failure_);
    return db_;
  }

  /// CPU time of the thread so far (exact once drained).
  double cpu_seconds() const { return cpu_seconds_.load(); }

 private:
  static constexpr std::size_t QUEUE_LIMIT = 32;

  void run() {
    const double started = thread_cpu_seconds();
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
      if (pending_.empty()) return;  // stopping, and nothing left to write
      Operation operation = std::move(pending_.front());
      pending_.pop_front();
      busy_ = true;
      lock.unlock();
      try {
        operation(db_);
        operation = nullptr;  // its documents are freed here, not on the build's thread
      } catch (...) {
        lock.lock();
        failure_ = std::current_exception();
        pending_.clear();
        busy_ = false;
        cpu_seconds_ = thread_cpu_seconds() - started;
        changed_.notify_all();
        continue;
      }
      cpu_seconds_ = thread_cpu_seconds() - started;
      lock.lock();
      busy_ = false;
      changed_.notify_all();
    }
  }

  Xapian::WritableDatabase& db_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Operation> pending_;
  bool busy_ = false;
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::atomic<double> cpu_seconds_{0};
  std::thread thread_;  // last: started once everything it reads is constructed
};

/**
 * Writes one database of a build (one shard): gives out its docids and hands each article with
 * its claims to its writer thread. A fresh build writes the claims into a database of their own
 * with a second thread (`claims_db`), merged with the articles' at the end (FreshBuild): the
 * inversion of the ~7 claims an article has then runs beside the article's.
 */
class ShardWriter {
 public:
  /// `shards`: how many databases the layout has (claim docids depend on it, see schema.h);
  /// `articles`: the docids of the articles the database holds.
  ShardWriter(Xapian::WritableDatabase& db, Xapian::WritableDatabase* claims_db, std::size_t shards,
              const IndexedArticles& articles)
      : claim_base_(schema::claim_docid_base(shards)),
        last_claim_(schema::last_claim_docid(shards)),
        articles_(db) {
    if (claims_db != nullptr) claims_.emplace(*claims_db);
    const Xapian::docid last = db.get_lastdocid();
    // The next docid of each range. An index of schema 13 had both in one; its claims are all
    // replaced by the first build, and its articles keep their docids.
    next_claim_ = std::max<Xapian::docid>(claim_base_, last + 1);
    next_article_ = last < claim_base_ ? last + 1 : 1;
    const std::string kept = db.get_metadata(std::string(schema::NEXT_ARTICLE_DOCID_KEY));
    if (!kept.empty()) {
      next_article_ =
          std::max<Xapian::docid>(next_article_, static_cast<Xapian::docid>(std::stoul(kept)));
    }
    for (const auto& [path, article] : articles)
      next_article_ = std::max<Xapian::docid>(next_article_, article.id + 1);
  }

  /// The docid of the next new article, and of the next claim: documents are placed with
  /// replace_document(id), in the ranges of schema::claim_docid_base().
  Xapian::docid reserve_article_id() {
    if (next_article_ >= claim_base_) {
      throw Error(ErrorKind::INVALID_INPUT,
                  "the database holds as many articles as its layout allows; build with more "
                  "--shards into a new directory");
    }
    return next_article_++;
  }
  Xapian::docid reserve_claim_id() {
    if (next_claim_ > last_claim_ || next_claim_ == 0) {
      throw Error(ErrorKind::INVALID_INPUT,
                  "the database has given out every claim docid of its layout; build it anew "
                  "into a new directory");
    }
    return next_claim_++;
  }
  /// What the database keeps under schema::NEXT_ARTICLE_DOCID_KEY.
  std::string next_article_id() const { return std::to_string(next_article_); }

  /// Writes an article at `placed` (replacing the claims of its previous version when
  /// `indexed_before`) and its claims at `claim_ids`.
  void write(Xapian::docid placed, bool indexed_before, std::string parent,
             Xapian::Document article, std::vector<Xapian::Document> claims,
             std::vector<Xapian::docid> claim_ids) {
    if (claims_) {
      // A fresh build: nothing to replace, and the claims' database takes them in docid order.
      articles_.post([placed, article = std::move(article)](Xapian::WritableDatabase& db) {
        db.replace_document(placed, article);
      });
      if (claims.empty()) return;
      claims_->post([claims = std::move(claims),
                     claim_ids = std::move(claim_ids)](Xapian::WritableDatabase& db) {
        for (std::size_t c = 0; c < claims.size(); ++c)
          db.replace_document(claim_ids[c], claims[c]);
      });
      return;
    }
    articles_.post([this, article = std::move(article), claims = std::move(claims),
                    claim_ids = std::move(claim_ids), placed, indexed_before,
                    parent = std::move(parent)](Xapian::WritableDatabase& db) {
      if (indexed_before) db.delete_document(parent);
      db.replace_document(placed, article);
      for (std::size_t c = 0; c < claims.size(); ++c)
        deferred_claims_.emplace_back(claim_ids[c], std::move(claims[c]));
    });
  }

  /// Writes the deferred claims, waits until both threads have written everything, rethrows the
  /// first failure, and returns the articles' database for the calling thread to use until the
  /// next write().
  Xapian::WritableDatabase& drain() {
    // Xapian's tables fill their blocks only when keys arrive in ascending order: an article's
    // data and terms followed by its claims' ~16 million docids above made every insertion
    // split a block, and the data and term list tables grew by 75 % and 18 %. So one database's
    // claims wait for the next drain.
    if (!claims_) {
      articles_.post([this](Xapian::WritableDatabase& db) {
        for (const auto& [id, claim] : deferred_claims_) db.replace_document(id, claim);
        deferred_claims_.clear();
      });
    }
    if (claims_) claims_->drain();
    return articles_.drain();
  }

  /// The articles' database, once its thread has written what it was given (the claims' thread
  /// goes on): what re-post detection reads and marks.
  Xapian::WritableDatabase& drain_articles() { return claims_ ? articles_.drain() : drain(); }

  /// CPU time of the writer threads so far (exact once drained).
  double cpu_seconds() const {
    return articles_.cpu_seconds() + (claims_ ? claims_->cpu_seconds() : 0.0);
  }

 private:
  /// Claims written at the next drain(), ascending (touched by the writer thread only).
  std::vector<std::pair<Xapian::docid, Xapian::Document>> deferred_claims_;
  Xapian::docid claim_base_, last_claim_;
  Xapian::docid next_article_ = 1, next_claim_ = 1;
  // Last: their threads stop before the members they use go.
  WriterThread articles_;
  std::optional<WriterThread> claims_;
};

/// How much changed text a first build's parts take between commits (at most).
constexpr std::uint64_t FRESH_BATCH_BYTES = 500000;

/// Whether a build's target holds no documents: absent, an empty directory, or databases with
/// none. Anything else (a database, or what no database opens) takes the incremental path.
bool holds_no_documents(const fs::path& target) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return true;
  if (fs::is_directory(target, ec) && fs::is_empty(target, ec)) return true;
  try {
    return Xapian::Database(target.string()).get_doccount() == 0;
  } catch (const Xapian::Error&) {
    return false;
  }
}

/**
 * A first build (its target holds no documents). It writes each database of the layout as two
 * parts, the articles and their claims (docids from 1 and from schema::claim_docid_base(), ranges
 * that never overlap), each with its own writer thread, in a directory beside the target
 * (`.NAME.suyuan-build`); then Xapian's compaction merges the parts of each database, docids
 * kept, and the result is renamed into place. A build killed before that leaves the target as it
 * was; the next build removes the parts and starts again. The directory's lock file says whether
 * a build still runs in it (the kernel releases the lock of a killed process).
 */
class FreshBuild {
 public:
  /// Where the parts of a first build of `target` are written.
  static fs::path directory_of(const fs::path& target) {
    const fs::path t = normal(target);
    return t.parent_path() / ("." + t.filename().string() + ".suyuan-build");
  }

  /// Takes the lock of the build directory (throws Error(UNAVAILABLE) when another build holds
  /// it) and removes what a killed build left there.
  explicit FreshBuild(const fs::path& target)
      : target_(normal(target)), dir_(directory_of(target)) {
    for (;;) {
      fs::create_directories(dir_);
      const fs::path lock = dir_ / "lock";
      fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
      if (fd_ < 0) throw Error(ErrorKind::UNAVAILABLE, "cannot create " + lock.string());
      if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd_);
        throw Error(ErrorKind::UNAVAILABLE,
                    "database " + target.string() + " is locked by another writer");
      }
      // The build that held the lock may have removed the directory meanwhile: lock the new one.
      struct stat held {};
      struct stat named {};
      if (::fstat(fd_, &held) == 0 && ::stat(lock.c_str(), &named) == 0 &&
          held.st_ino == named.st_ino && held.st_dev == named.st_dev) {
        break;
      }
      ::close(fd_);
    }
    for (const auto& entry : fs::directory_iterator(dir_)) {
      if (entry.path().filename() != "lock") fs::remove_all(entry.path());
    }
  }
  /// Removes the directory: after the result was renamed into place, or after a failure.
  ~FreshBuild() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    ::close(fd_);  // last: no other build takes the directory while it is being removed
  }
  FreshBuild(const FreshBuild&) = delete;
  FreshBuild& operator=(const FreshBuild&) = delete;

  fs::path articles_part(std::size_t shard) const {
    return dir_ / ("articles-" + std::to_string(shard));
  }
  fs::path claims_part(std::size_t shard) const {
    return dir_ / ("claims-" + std::to_string(shard));
  }

  /// Locks the databases of the target that exist (they hold no documents; another writer must
  /// not fill them while this build replaces them) and returns the docid each one's next article
  /// takes, so a removed article's docid is not given again.
  std::vector<std::string> hold(const std::vector<fs::path>& databases) {
    std::vector<std::string> next_article;
    for (const fs::path& path : databases) {
      std::error_code ec;
      if (!fs::exists(path, ec) || (fs::is_directory(path, ec) && fs::is_empty(path, ec))) {
        next_article.emplace_back();
        continue;
      }
      held_.emplace_back(path.string(), Xapian::DB_OPEN);
      next_article.push_back(
          held_.back().get_metadata(std::string(schema::NEXT_ARTICLE_DOCID_KEY)));
    }
    return next_article;
  }

  /// Merges the parts of each database (in parallel) and renames the result into place: the
  /// target's databases, or its shards and their stub when `sharded`.
  void install(std::size_t databases, bool sharded) {
    const fs::path result = dir_ / "result";
    std::vector<fs::path> outputs;
    if (sharded) {
      fs::create_directories(result);
      for (std::size_t s = 0; s < databases; ++s)
        outputs.push_back(result / ShardSet::shard_name(s));
    } else {
      outputs.push_back(result);
    }
    std::vector<std::future<void>> merges;
    for (std::size_t s = 0; s < outputs.size(); ++s) {
      merges.push_back(std::async(std::launch::async, [this, s, &outputs] {
        Xapian::Database sources(articles_part(s).string());
        Xapian::Database claims(claims_part(s).string());
        if (claims.get_doccount() != 0) sources.add_database(claims);
        // Full: blocks packed full (54 MB instead of 66 MB on 5,000 articles); docids kept.
        sources.compact(outputs[s].string(),
                        Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL);
      }));
    }
    for (auto& m : merges) m.get();
    if (sharded) ShardSet::write_stub(result, databases);
    for (auto& db : held_) db.close();
    std::error_code ec;
    fs::rename(result, target_, ec);  // atomic, over nothing or an empty directory
    if (ec) {
      // The target holds empty databases: moved aside (the next build removes them with the
      // directory if killed in between) and replaced.
      fs::rename(target_, dir_ / "replaced");
      fs::rename(result, target_);
    }
    sync_directory(target_.parent_path());
  }

 private:
  static fs::path normal(const fs::path& path) {
    fs::path p = fs::absolute(path).lexically_normal();
    return p.has_filename() ? p : p.parent_path();  // "db/"
  }

  static void sync_directory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
  }

  fs::path target_, dir_;
  int fd_ = -1;
  std::vector<Xapian::WritableDatabase> held_;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// The workers: by default one per core the build's writer threads leave (at least one). On 2
/// cores a second worker gave a first build nothing (5,000 articles: 4.71 vs 4.77 s) and slowed
/// a build through one writer (6.98 → 7.76 s): it takes the writers' CPU.
unsigned effective_jobs(unsigned requested, std::size_t writer_threads) {
  if (requested != 0) return requested;
  const auto cores = std::max(1u, std::thread::hardware_concurrency());
  return cores > writer_threads ? static_cast<unsigned>(cores - writer_threads) : 1u;
}

}  // namespace

struct CorpusIndexer::Impl {
  fs::path database;
  LazyPipeline pipeline;
};

CorpusIndexer::CorpusIndexer(const fs::path& database, const Normalizer& normalizer,
                             const Extractor* extractor)
    : impl_(new Impl{database,
                     LazyPipeline{[&normalizer]() -> const Normalizer& { return normalizer; },
                                  [extractor] { return extractor; }}}) {}

CorpusIndexer::CorpusIndexer(const fs::path& database, LazyPipeline pipeline)
    : impl_(new Impl{database, std::move(pipeline)}) {}

CorpusIndexer::~CorpusIndexer() = default;

BuildReport CorpusIndexer::build(const fs::path& corpus_dir, const BuildOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const double writer_cpu_start = thread_cpu_seconds();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  std::error_code ec;
  if (!fs::is_directory(corpus_dir, ec)) {
    throw Error(ErrorKind::NOT_FOUND, "corpus directory not found: " + corpus_dir.string());
  }

  // Collect article files first, so the report and the index follow path order.
  std::vector<fs::path> files;
  std::vector<std::uint64_t> sizes;
  BuildProgress progress;
  for (ListedFile& listed : list_article_files(corpus_dir)) {
    files.emplace_back(std::move(listed.path));
    sizes.push_back(listed.size);
    progress.bytes_total += listed.size;
  }
  progress.files_total = files.size();

  BuildReport report;
  report.dry_run = options.dry_run;
  const std::string database_name = impl_->database.string();
  try {
    // Xapian commits on its own every XAPIAN_FLUSH_THRESHOLD changes, which could fall between
    // an article and its claims; we commit whole articles ourselves (unless the user chose).
    setenv("XAPIAN_FLUSH_THRESHOLD", "100000000", 0);
    const std::vector<fs::path> shard_paths = ShardSet::layout(impl_->database, options.shards);
    const bool sharded = shard_paths.size() > 1 || shard_paths.front() != impl_->database;
    report.shards = shard_paths.size();

    // A first build writes its parts beside the target and renames the merged result into
    // place (FreshBuild); a build left by a killed one is removed first.
    std::optional<FreshBuild> fresh;
    if (!options.dry_run) {
      const bool empty = !options.in_place &&
                         std::all_of(shard_paths.begin(), shard_paths.end(), holds_no_documents) &&
                         holds_no_documents(impl_->database);
      if (empty || fs::exists(FreshBuild::directory_of(impl_->database), ec)) {
        fresh.emplace(impl_->database);
        // Under the lock: a build that held it may have just installed its result.
        if (!empty || !holds_no_documents(impl_->database)) fresh.reset();
      }
    }
    report.fresh = fresh.has_value();
    // A first build's writers (articles and claims part of each shard) keep their cores busy;
    // an incremental build's writer mostly waits while the workers read and hash files.
    report.jobs = effective_jobs(options.jobs, fresh ? shard_paths.size() * 2 : 0);

    std::vector<Xapian::WritableDatabase> writers;
    std::vector<Xapian::WritableDatabase> claim_writers;  // a fresh build's claims parts
    std::vector<fs::path> article_paths = shard_paths;    // what re-post detection reads
    std::vector<IndexedArticles> previous(shard_paths.size());
    bool schema_current = true;
    if (fresh) {
      const std::vector<std::string> next_article = fresh->hold(shard_paths);
      for (std::size_t s = 0; s < shard_paths.size(); ++s) {
        article_paths[s] = fresh->articles_part(s);
        // The parts are thrown away if the build is killed: only the merged result is synced.
        writers.emplace_back(article_paths[s].string(),
                             Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
        if (!next_article[s].empty()) {
          writers.back().set_metadata(std::string(schema::NEXT_ARTICLE_DOCID_KEY), next_article[s]);
        }
        claim_writers.emplace_back(fresh->claims_part(s).string(),
                                   Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
      }
      schema_current = false;
    }
    for (std::size_t s = 0; s < shard_paths.size() && !fresh; ++s) {
      if (options.dry_run) {
        if (!fs::exists(shard_paths[s], ec)) {
          schema_current = false;
          continue;
        }
        Xapian::Database reader(shard_paths[s].string());
        schema_current = schema_current &&
                         reader.get_metadata(std::string(schema::VERSION_KEY)) == schema::VERSION;
        previous[s] = indexed_articles(reader);
        continue;
      }
      if (sharded) fs::create_directories(shard_paths[s]);
      writers.emplace_back(shard_paths[s].string(), Xapian::DB_CREATE_OR_OPEN);
      schema_current = schema_current && writers.back().get_metadata(
                                             std::string(schema::VERSION_KEY)) == schema::VERSION;
      previous[s] = indexed_articles(writers.back());
    }
    if (sharded && !options.dry_run && !fresh) {
      ShardSet::write_stub(impl_->database, shard_paths.size());
    }
    // Declared after `writers`: their threads stop before the databases close.
    std::vector<std::unique_ptr<ShardWriter>> shard_writers;
    for (std::size_t s = 0; s < writers.size(); ++s) {
      shard_writers.push_back(std::make_unique<ShardWriter>(
          writers[s], fresh ? &claim_writers[s] : nullptr, shard_paths.size(), previous[s]));
    }
    auto drain_all = [&] {
      for (auto& w : shard_writers) w->drain();
    };
    std::optional<RepostTracker> reposts;
    if (options.reposts != nullptr && !options.dry_run) {
      reposts.emplace(*options.reposts, article_paths,
                      [&](std::size_t s) -> Xapian::WritableDatabase& {
                        return shard_writers[s]->drain_articles();
                      });
    }

    // Made by the first worker with a file to build (see the lazy constructor).
    std::once_flag builder_made;
    std::optional<DocumentBuilder> builder;
    auto get_builder = [&]() -> const DocumentBuilder& {
      std::call_once(builder_made, [&] {
        const Normalizer& normalizer = impl_->pipeline.normalizer();
        builder.emplace(normalizer, impl_->pipeline.extractor());
      });
      return *builder;
    };
    auto prepare = [&](std::size_t i) {
      PreparedFile prepared;
      const fs::path& file = files[i];
      FileOutcome& outcome = prepared.outcome;
      // Lexical: the listing joined corpus_dir and the relative path (fs::relative would
      // resolve symbolic links in every component of every path).
      outcome.path = file.lexically_relative(corpus_dir).generic_string();
      outcome.doc_id = doc_id_for_path(outcome.path);
      prepared.shard = ShardSet::shard_of(outcome.doc_id, shard_paths.size());
      const IndexedArticles& known = previous[prepared.shard];
      const auto it = known.find(outcome.path);
      const bool indexed_before = it != known.end();
      try {
        // The size from the listing; the read still stops at the limit if the file has grown.
        if (sizes[i] > options.max_file_bytes) {
          throw Error(ErrorKind::INVALID_INPUT, "file too large: " + std::to_string(sizes[i]) +
                                                    " bytes (limit " +
                                                    std::to_string(options.max_file_bytes) + ")");
        }
        std::string raw = *read_bytes_if(file, false, sizes[i], options.max_file_bytes);
        prepared.bytes = raw.size();
        std::string sidecar = read_bytes_if(sidecar_path(file), true, 0, options.max_file_bytes)
                                  .value_or(std::string());
        std::string version = content_version(raw, sidecar);
        if (!options.force && schema_current && indexed_before && version == it->second.version) {
          outcome.status = FileStatus::UNCHANGED;
          return prepared;
        }
        outcome.status = indexed_before ? FileStatus::UPDATED : FileStatus::ADDED;
        if (options.dry_run) return prepared;
        const SourceArticle article{
            outcome.path,
            outcome.doc_id,
            std::move(raw),
            std::move(sidecar),
            std::move(version),
            file.extension() == ".txt" ? SourceFormat::TEXT : SourceFormat::HTML};
        prepared.built = get_builder().build(article);
        if (options.reposts != nullptr) {
          prepared.anchors = RepostTracker::add_anchor_terms(
              *options.reposts, prepared.built.normalized, prepared.built.article);
        }
        store_facet_terms(prepared.built.article);
        for (auto& claim : prepared.built.claims) store_facet_terms(claim);
        outcome.claims = prepared.built.claims.size();
        prepared.write = true;
      } catch (const Error& e) {
        outcome.status = FileStatus::FAILED;
        outcome.message = e.what();
      } catch (const fs::filesystem_error& e) {
        outcome.status = FileStatus::FAILED;
        outcome.message = e.code().message();
      } catch (...) {
        prepared.error = std::current_exception();
      }
      return prepared;
    };

    // Workers prepare files; this thread writes them in path order. A worker takes a few
    // consecutive files at a time and hands them over together: an unchanged file costs a
    // stat, a read and a hash, less than waking this thread for each one did.
    constexpr std::size_t batch_files = 8;
    OrderedQueue queue(std::max<std::size_t>(64, 16 * report.jobs));
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> workers;
    for (unsigned j = 0; j < report.jobs; ++j) {
      workers.emplace_back([&] {
        std::vector<std::pair<std::size_t, PreparedFile>> batch;
        for (std::size_t begin = next.fetch_add(batch_files); begin < files.size();
             begin = next.fetch_add(batch_files)) {
          const std::size_t end = std::min(files.size(), begin + batch_files);
          if (!queue.wait_for_room(end - 1)) return;
          batch.clear();
          for (std::size_t i = begin; i < end; ++i) batch.emplace_back(i, prepare(i));
          queue.put(batch);
        }
      });
    }
    struct JoinOnExit {
      OrderedQueue& queue;
      std::vector<std::thread>& workers;
      ~JoinOnExit() {
        queue.stop();
        for (auto& w : workers) w.join();
      }
    } join_on_exit{queue, workers};

    auto commit_all = [&](bool final_commit) {
      const auto committing = std::chrono::steady_clock::now();
      drain_all();
      if (reposts) reposts->finish();  // the clusters of exactly what this commit holds
      std::vector<std::future<void>> commits;
      for (std::size_t s = 0; s < writers.size(); ++s) {
        Xapian::WritableDatabase& db = writers[s];
        if (final_commit)
          db.set_metadata(std::string(schema::VERSION_KEY), std::string(schema::VERSION));
        db.set_metadata(std::string(schema::NEXT_ARTICLE_DOCID_KEY),
                        shard_writers[s]->next_article_id());
        // Databases flush their batches to disk in parallel.
        commits.push_back(std::async(std::launch::async, [&db] { db.commit(); }));
      }
      for (auto& db : claim_writers)
        commits.push_back(std::async(std::launch::async, [&db] { db.commit(); }));
      for (auto& c : commits) c.get();
      // A reader of the new revision, for the next batch's look-ups (none after the last).
      if (reposts && !final_commit) reposts->committed();
      report.commit_seconds += seconds_since(committing);
    };

    // A first build commits its parts in small batches: Xapian's inverter costs more per
    // document the more it holds (5,000 articles: 10.7 CPU s in 10 MB batches, 7.9 s in 0.5 MB
    // ones, peak memory 247 → 57 MB), and the merge packs the parts' blocks anyway. An
    // incremental build keeps larger batches: small ones leave its blocks half full.
    const std::uint64_t batch_bytes =
        fresh ? std::min<std::uint64_t>(options.commit_bytes, FRESH_BATCH_BYTES)
              : options.commit_bytes;
    std::uint64_t uncommitted_bytes = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      const auto waiting = std::chrono::steady_clock::now();
      PreparedFile prepared = queue.take(i);
      report.writer_wait_seconds += seconds_since(waiting);
      if (prepared.error) std::rethrow_exception(prepared.error);
      FileOutcome& outcome = prepared.outcome;
      if (prepared.write) {
        ShardWriter& writer = *shard_writers[prepared.shard];
        const auto known = previous[prepared.shard].find(outcome.path);
        // Replace the article and all claims that came from its previous version.
        // Xapian docids are known up front: replacing by unique term would look the term up in
        // the pending changes and flush them for every document.
        const bool indexed_before = known != previous[prepared.shard].end();
        if (reposts) {
          if (indexed_before) reposts->forget(outcome.doc_id);
          reposts->add(prepared.built.origin, prepared.built.normalized, prepared.anchors);
        }
        const Xapian::docid placed =
            indexed_before ? known->second.id : writer.reserve_article_id();
        if (reposts) reposts->placed(outcome.doc_id, prepared.shard, placed);
        std::vector<Xapian::docid> claim_ids;
        for (std::size_t c = 0; c < prepared.built.claims.size(); ++c)
          claim_ids.push_back(writer.reserve_claim_id());
        writer.write(placed, indexed_before, term(schema::PREFIX_PARENT, outcome.doc_id),
                     std::move(prepared.built.article), std::move(prepared.built.claims),
                     std::move(claim_ids));
        report.raw_bytes_indexed += prepared.bytes;
        uncommitted_bytes += prepared.bytes;
        if (uncommitted_bytes >= batch_bytes) {
          commit_all(false);
          uncommitted_bytes = 0;
        }
      }
      report.raw_bytes_read += prepared.bytes;
      ++progress.files_done;
      progress.bytes_done += sizes[i];
      if (outcome.status == FileStatus::FAILED) ++progress.failed;
      if (options.on_file) options.on_file(outcome);
      if (options.on_progress) {
        progress.seconds = elapsed();
        options.on_progress(progress);
      }
      report.files.push_back(std::move(outcome));
    }

    drain_all();  // this thread writes the rest itself
    if (options.prune) {
      // Documents whose file has gone from the corpus.
      std::set<std::string> seen_paths;
      for (const auto& f : report.files) seen_paths.insert(f.path);
      for (std::size_t s = 0; s < previous.size(); ++s) {
        for (const auto& [path, indexed] : previous[s]) {
          if (seen_paths.count(path)) continue;
          FileOutcome outcome{path, FileStatus::REMOVED, doc_id_for_path(path), {}, 0};
          if (!options.dry_run) {
            writers[s].delete_document(term(schema::PREFIX_PARENT, outcome.doc_id));
            writers[s].delete_document(indexed.id);
            if (reposts) reposts->forget(outcome.doc_id);
          }
          if (options.on_file) options.on_file(outcome);
          report.files.push_back(std::move(outcome));
        }
      }
      std::sort(report.files.begin(), report.files.end(),
                [](const FileOutcome& a, const FileOutcome& b) { return a.path < b.path; });
    }
    // Nothing written, nothing removed, the schema current: no new revision (its sync is a
    // tenth of an unchanged re-run).
    const bool unchanged = !fresh && schema_current && report.count(FileStatus::ADDED) == 0 &&
                           report.count(FileStatus::UPDATED) == 0 &&
                           report.count(FileStatus::REMOVED) == 0;
    if (!options.dry_run && !unchanged) commit_all(true);
    for (const auto& w : shard_writers) report.writer_cpu_seconds += w->cpu_seconds();
    if (fresh) {
      const auto merging = std::chrono::steady_clock::now();
      shard_writers.clear();
      for (auto& db : writers) db.close();
      for (auto& db : claim_writers) db.close();
      fresh->install(shard_paths.size(), sharded);
      report.merge_seconds = seconds_since(merging);
    }
  } catch (const Xapian::DatabaseLockError& e) {
    throw Error(ErrorKind::UNAVAILABLE,
                "database " + database_name + " is locked by another writer");
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "database " + database_name + " is corrupt: " + e.get_msg());
  } catch (const Xapian::DatabaseError& e) {
    throw Error(ErrorKind::UNAVAILABLE, "database " + database_name + ": " + e.get_msg());
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::INTERNAL, "Xapian: " + e.get_description());
  }
  report.seconds = elapsed();
  report.writer_cpu_seconds += thread_cpu_seconds() - writer_cpu_start;
  progress.seconds = report.seconds;
  if (options.on_progress) options.on_progress(progress);
  return report;
}

}  // namespace suyuan
