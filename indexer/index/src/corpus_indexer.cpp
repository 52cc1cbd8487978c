/// @file corpus_indexer.cpp
/// @brief Walks a corpus, normalizes and extracts each changed file and writes Xapian documents.
#include "suyuan/index/corpus_indexer.h"

#include <openssl/evp.h>
#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "document_builder.h"
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
  return {{"files", files}, {"counts", counts}, {"raw_bytes_indexed", report.raw_bytes_indexed}};
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

bool is_article_file(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name.empty() || name[0] == '.') return false;
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "cannot open " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::UNAVAILABLE, "read error on " + path.string());
  return buffer.str();
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

std::map<std::string, IndexedArticle> indexed_articles(const Xapian::Database& db) {
  std::map<std::string, IndexedArticle> versions;
  const std::string path_prefix(schema::PREFIX_PATH), sha_prefix(schema::PREFIX_SHA);
  for (auto t = db.allterms_begin(path_prefix); t != db.allterms_end(path_prefix); ++t) {
    Xapian::PostingIterator p = db.postlist_begin(*t);
    if (p == db.postlist_end(*t)) continue;
    std::string version;
    Xapian::TermIterator terms = db.termlist_begin(*p);
    terms.skip_to(sha_prefix);
    if (terms != db.termlist_end(*p) && (*terms).rfind(sha_prefix, 0) == 0) {
      version = (*terms).substr(sha_prefix.size());
    }
    versions.emplace((*t).substr(path_prefix.size()), IndexedArticle{*p, version});
  }
  return versions;
}

}  // namespace

struct CorpusIndexer::Impl {
  fs::path database;
  const Normalizer& normalizer;
  const Extractor* extractor;
};

CorpusIndexer::CorpusIndexer(const fs::path& database, const Normalizer& normalizer,
                             const Extractor* extractor)
    : impl_(new Impl{database, normalizer, extractor}) {}

CorpusIndexer::~CorpusIndexer() = default;

BuildReport CorpusIndexer::build(const fs::path& corpus_dir, const BuildOptions& options) {
  std::error_code ec;
  if (!fs::is_directory(corpus_dir, ec)) {
    throw Error(ErrorKind::NOT_FOUND, "corpus directory not found: " + corpus_dir.string());
  }

  // Collect article files first, so the report and the index follow path order.
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(
           corpus_dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && is_article_file(it->path())) files.push_back(it->path());
  }
  if (ec)
    throw Error(ErrorKind::UNAVAILABLE, "cannot list " + corpus_dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());

  BuildReport report;
  try {
    Xapian::WritableDatabase db(impl_->database.string(), Xapian::DB_CREATE_OR_OPEN);
    const bool schema_current =
        db.get_metadata(std::string(schema::VERSION_KEY)) == schema::VERSION;
    DocumentBuilder builder(impl_->normalizer, impl_->extractor);
    const std::map<std::string, IndexedArticle> previous_versions = indexed_articles(db);
    std::set<std::string> seen_paths;

    for (const fs::path& file : files) {
      FileOutcome outcome;
      outcome.path = fs::relative(file, corpus_dir).generic_string();
      outcome.doc_id = doc_id_for_path(outcome.path);
      seen_paths.insert(outcome.path);
      const auto known = previous_versions.find(outcome.path);
      const bool indexed_before = known != previous_versions.end();
      const std::string previous = indexed_before ? known->second.version : std::string();
      try {
        const auto size = fs::file_size(file);
        if (size > options.max_file_bytes) {
          throw Error(ErrorKind::INVALID_INPUT, "file too large: " + std::to_string(size) +
                                                    " bytes (limit " +
                                                    std::to_string(options.max_file_bytes) + ")");
        }
        const std::string raw = read_bytes(file);
        std::string sidecar;
        const fs::path sidecar_file = sidecar_path(file);
        if (fs::exists(sidecar_file, ec)) sidecar = read_bytes(sidecar_file);
        const std::string version = content_version(raw, sidecar);
        if (!options.force && schema_current && version == previous) {
          outcome.status = FileStatus::UNCHANGED;
          report.files.push_back(std::move(outcome));
          continue;
        }
        SourceArticle article{
            outcome.path, outcome.doc_id,
            raw,          sidecar,
            version,      file.extension() == ".txt" ? SourceFormat::TEXT : SourceFormat::HTML};
        BuiltDocuments built = builder.build(article);
        // Replace the article and all claims that came from its previous version.
        // Xapian docids are known up front: replacing by unique term would look the term up in
        // the pending changes and flush them for every document.
        if (indexed_before) {
          db.delete_document(term(schema::PREFIX_PARENT, outcome.doc_id));
          db.replace_document(known->second.id, built.article);
        } else {
          db.add_document(built.article);
        }
        for (const auto& claim : built.claims) db.add_document(claim);
        outcome.claims = built.claims.size();
        outcome.status = indexed_before ? FileStatus::UPDATED : FileStatus::ADDED;
        report.raw_bytes_indexed += raw.size();
      } catch (const Error& e) {
        outcome.status = FileStatus::FAILED;
        outcome.message = e.what();
      } catch (const fs::filesystem_error& e) {
        outcome.status = FileStatus::FAILED;
        outcome.message = e.code().message();
      }
      report.files.push_back(std::move(outcome));
    }

    if (options.prune) {
      // Documents whose file has gone from the corpus.
      for (const auto& [path, indexed] : previous_versions) {
        if (seen_paths.count(path)) continue;
        FileOutcome outcome{path, FileStatus::REMOVED, doc_id_for_path(path), {}, 0};
        db.delete_document(term(schema::PREFIX_PARENT, outcome.doc_id));
        db.delete_document(indexed.id);
        report.files.push_back(std::move(outcome));
      }
      std::sort(report.files.begin(), report.files.end(),
                [](const FileOutcome& a, const FileOutcome& b) { return a.path < b.path; });
    }
    db.set_metadata(std::string(schema::VERSION_KEY), std::string(schema::VERSION));
    db.commit();
  } catch (const Xapian::DatabaseLockError& e) {
    throw Error(ErrorKind::UNAVAILABLE,
                "database " + impl_->database.string() + " is locked by another writer");
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                "database " + impl_->database.string() + " is corrupt: " + e.get_msg());
  } catch (const Xapian::DatabaseError& e) {
    throw Error(ErrorKind::UNAVAILABLE,
                "database " + impl_->database.string() + ": " + e.get_msg());
  } catch (const Xapian::Error& e) {
    throw Error(ErrorKind::INTERNAL, "Xapian: " + e.get_description());
  }
  return report;
}

}  // namespace suyuan
