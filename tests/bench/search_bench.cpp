/// @file search_bench.cpp
/// @brief Indexes the shared news corpus once, then measures query latency (p50/p99, wall and
/// CPU) of suyuan's search against plain Xapian matching the same phrases (what `quest` does
/// with quoted tokens) on the same database, and how many extra documents an AND of the
/// characters matches where suyuan's phrases don't.
///
/// Usage: search_bench [--articles N] [--queries N] [--keep DIR] [--dump FILE]
/// With --keep, the corpus and database stay in DIR and a later run with the same DIR reuses
/// them instead of indexing again. --dump writes each query's response JSON as a line of FILE,
/// so that two builds' results can be compared byte for byte.
#include <xapian.h>

#include <cctype>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <utility>

#include "bench_support.h"
#include "suyuan/core/utf8.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/index/corpus_indexer.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/searcher.h"

namespace fs = std::filesystem;
using namespace suyuan;
using bench::seconds_since;

namespace {

/// CPU time the calling thread has used, in milliseconds.
double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

/// The 1-minute load average, as /proc/loadavg gives it ("?" where there is none).
std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  return in >> one ? one : "?";
}

/// Writes the news articles as a corpus: NAME.txt (title + text) and NAME.meta.json.
std::uint64_t write_corpus(const std::vector<bench::NewsArticle>& articles, const fs::path& dir) {
  fs::create_directories(dir);
  std::uint64_t bytes = 0;
  for (const auto& a : articles) {
    std::string safe_id = a.id;
    for (char& c : safe_id) {
      if (c == '/' || c == ' ') c = '_';
    }
    std::ofstream(dir / (safe_id + ".txt"), std::ios::binary) << a.title << "\n" << a.text << "\n";
    nlohmann::json meta = {{"title", a.title}};
    if (!a.date.empty()) meta["published"] = a.date;
    std::ofstream(dir / (safe_id + ".meta.json")) << meta.dump();
    bytes += a.title.size() + a.text.size() + 2;
  }
  return bytes;
}

/// Each whitespace-separated token of `folded` quoted: phrases, as a user would type them.
std::string quoted_tokens(const std::string& folded) {
  std::string quoted;
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) quoted.append("\"").append(folded, start, end - start).append("\" ");
    start = end + 1;
  }
  return quoted;
}

/// An AND of every Han character and Latin/digit word of `folded` (lower-cased), wherever they
/// stand: what matching characters without their order finds.
Xapian::Query character_and(const std::string& folded) {
  std::vector<Xapian::Query> terms;
  std::string word;
  for (std::size_t at = 0; at < folded.size();) {
    const std::size_t start = at;
    const char32_t cp = utf8::decode(folded, at);
    if (cp < 0x80 && std::isalnum(static_cast<int>(cp))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
      continue;
    }
    if (!word.empty()) terms.emplace_back(std::exchange(word, {}));
    if (utf8::is_han(cp)) terms.emplace_back(folded.substr(start, at - start));
  }
  if (!word.empty()) terms.emplace_back(word);
  return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
}

/// A Han substring of 2–4 characters from a random place of `text`, or empty.
std::string han_substring(const std::string& text, std::mt19937& rng) {
  if (text.size() < 16) return {};
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::size_t pos = utf8::floor_boundary(
        text, std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng));
    std::size_t length = std::uniform_int_distribution<std::size_t>(2, 4)(rng);
    std::string out;
    std::size_t i = pos;
    while (i < text.size() && out.size() < length * 3) {
      std::size_t start = i;
      if (!utf8::is_han(utf8::decode(text, i))) break;
      out.append(text, start, i - start);
    }
    if (out.size() == length * 3) return out;
  }
  return {};
}

/// A Latin/digit token of 2+ characters from `text`, or empty.
std::string latin_token(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      current.push_back(c);
    } else {
      if (current.size() >= 2 && !std::isdigit(static_cast<unsigned char>(current[0])))
        tokens.push_back(current);
      current.clear();
    }
  }
  if (tokens.empty()) return {};
  return tokens[std::uniform_int_distribution<std::size_t>(0, tokens.size() - 1)(rng)];
}

std::vector<std::string> make_queries(const std::vector<bench::NewsArticle>& articles,
                                      const Normalizer& normalizer, std::size_t count) {
  std::mt19937 rng(42);
  std::vector<std::string> queries;
  while (queries.size() < count) {
    const auto& a =
        articles[std::uniform_int_distribution<std::size_t>(0, articles.size() - 1)(rng)];
    const std::string text = normalizer.fold_query(a.text);
    std::string q;
    switch (queries.size() % 4) {
      case 0:
      case 1:
        q = han_substring(text, rng);
        break;
      case 2: {
        std::string first = han_substring(text, rng), second = han_substring(text, rng);
        if (!first.empty() && !second.empty()) q = first + " " + second;
        break;
      }
      default:
        q = latin_token(text, rng);
        if (q.empty()) q = han_substring(text, rng);
        break;
    }
    if (!q.empty()) queries.push_back(q);
  }
  return queries;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t article_limit = SIZE_MAX, query_count = 1000;
  std::string keep, dump;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--articles")) article_limit = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--queries")) query_count = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--keep")) keep = argv[i + 1];
    if (!std::strcmp(argv[i], "--dump")) dump = argv[i + 1];
  }
  const fs::path work =
      keep.empty() ? fs::temp_directory_path() / "suyuan-search-bench" : fs::path(keep);
  const bool reuse = !keep.empty() && fs::exists(work / "db");
  if (!reuse) fs::remove_all(work);
  const auto articles = bench::load_news(article_limit);
  const std::uint64_t corpus_bytes = reuse ? 0 : write_corpus(articles, work / "corpus");
  std::cout << "corpus: " << articles.size() << " articles, " << corpus_bytes / 1e6 << " MB\n";

  const Normalizer normalizer({bench::source_dir() / "data/normalize"});
  const Extractor extractor({bench::source_dir() / "data/extract"}, normalizer);
  if (!reuse) {
    auto start = std::chrono::steady_clock::now();
    CorpusIndexer indexer(work / "db", normalizer, &extractor);
    BuildReport report = indexer.build(work / "corpus");
    double elapsed = seconds_since(start);
    std::cout << "index build (normalize + extract + index, 1 thread): " << elapsed << " s, "
              << corpus_bytes / 1e6 / elapsed
              << " MB/s, failed files: " << report.count(FileStatus::FAILED) << ", claims: " <<
        [&] {
          std::size_t claims = 0;
          for (const auto& f : report.files) claims += f.claims;
          return claims;
        }() << "\n";
    // The same corpus without claim extraction: what extraction costs the indexer.
    start = std::chrono::steady_clock::now();
    CorpusIndexer plain_indexer(work / "db-no-extract", normalizer, nullptr);
    plain_indexer.build(work / "corpus");
    const double plain = seconds_since(start);
    fs::remove_all(work / "db-no-extract");
    std::cout << "index build without extraction: " << plain << " s, " << corpus_bytes / 1e6 / plain
              << " MB/s; extraction keeps " << 100 * plain / elapsed << " % of the throughput\n";
  }

  const auto queries = make_queries(articles, normalizer, query_count);
  Searcher searcher(work / "db", normalizer);
  // Wall time, and the thread's CPU time: on a shared machine the wall-time tail is mostly
  // waiting for a core, the CPU time is what the query costs.
  std::vector<double> ours, ngram, ours_cpu, ngram_cpu;
  std::size_t our_hits = 0, ngram_hits = 0;
  for (const auto& q : queries) {
    auto start = std::chrono::steady_clock::now();
    const double cpu_start = thread_cpu_ms();
    SearchRequest request;
    request.query = q;
    our_hits += searcher.search(request).results.size();
    ours_cpu.push_back(thread_cpu_ms() - cpu_start);
    ours.push_back(seconds_since(start) * 1e3);
  }
  if (!dump.empty()) {
    // Outside the timed loop: the responses in full (facets too), for comparing builds.
    std::ofstream out(dump, std::ios::binary);
    for (const auto& q : queries) {
      SearchRequest request;
      request.query = q;
      out << to_json(searcher.search(request)).dump() << "\n";
      request.facets = true;
      out << to_json(searcher.search(request)).dump() << "\n";
    }
  }

  // Reference: plain Xapian on the same database — the same phrases typed into a
  // `quest`-style client (each token quoted, CJK n-gram mode), top 10 document ids only: the
  // matching suyuan builds on, without spans, snippets or stored data. (The index holds Han
  // unigrams only, so an unquoted n-gram query would find nothing.)
  Xapian::Database db((work / "db").string());
  Xapian::QueryParser plain;
  plain.set_database(db);
  plain.set_default_op(Xapian::Query::OP_AND);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;
  for (const auto& q : queries) {
    auto start = std::chrono::steady_clock::now();
    const double cpu_start = thread_cpu_ms();
    Xapian::Enquire enquire(db);
    enquire.set_query(plain.parse_query(quoted_tokens(normalizer.fold_query(q)), flags));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) ngram_hits += (*it > 0);
    ngram_cpu.push_back(thread_cpu_ms() - cpu_start);
    ngram.push_back(seconds_since(start) * 1e3);
  }

  // Precision of matching the characters anywhere (an AND of them) against exact phrases, on
  // the Chinese queries.
  std::size_t and_matches = 0, phrase_matches = 0, compared = 0;
  for (const auto& q : queries) {
    std::size_t first = 0;
    if (q.size() < 6 || !utf8::is_han(utf8::decode(q, first))) continue;
    if (compared++ >= 300) break;
    Xapian::Enquire a(db), b(db);
    const std::string folded = normalizer.fold_query(q);
    a.set_query(character_and(folded));
    b.set_query(plain.parse_query(quoted_tokens(folded), flags));
    and_matches += a.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
    phrase_matches += b.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
  }

  auto report = [](const char* name, const std::vector<double>& ms) {
    std::cout << name << ": p50 " << bench::percentile(ms, 50) << " ms, p99 "
              << bench::percentile(ms, 99) << " ms, max " << bench::percentile(ms, 100) << " ms\n";
  };
  std::cout << "queries: " << queries.size() << " (Chinese substrings, two-phrase, Latin tokens)\n";
  report("suyuan search (parse + match + spans + snippets, top 10)", ours);
  report("plain Xapian, same phrases (quest-style, top 10 ids) ", ngram);
  std::cout << "ratio p50 suyuan/plain: "
            << bench::percentile(ours, 50) / bench::percentile(ngram, 50)
            << ", p99: " << bench::percentile(ours, 99) / bench::percentile(ngram, 99) << "\n";
  std::cout << "CPU time of the query thread:\n";
  report("suyuan search, CPU                                    ", ours_cpu);
  report("plain Xapian, same phrases, CPU                       ", ngram_cpu);
  std::cout << "load average during the run: " << load_average() << "\n";
  std::cout << "results returned: suyuan " << our_hits << ", plain " << ngram_hits << "\n";
  std::cout << "Chinese queries compared: " << std::min<std::size_t>(compared, 300)
            << "; documents matched by an AND of the characters: " << and_matches
            << ", by exact phrase: " << phrase_matches << " (false positives of the AND: "
            << (and_matches ? 100.0 * (and_matches - phrase_matches) / and_matches : 0) << " %)\n";
  if (our_hits == 0) {
    std::cerr << "search_bench: no results at all — the index is broken\n";
    return 1;
  }
  if (keep.empty()) fs::remove_all(work);
  return 0;
}
