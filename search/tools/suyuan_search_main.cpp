/// @file suyuan_search_main.cpp
/// @brief suyuan-search: ranked, cited search over a suyuan index from the command line.
#include <iostream>
#include <numeric>

#include "suyuan/core/paths.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/searcher.h"
#include "suyuan/tools/cli_support.h"

namespace {

/// Snippet with the matched raw spans in 【】, for terminals.
std::string marked_snippet(const suyuan::Hit& hit) {
  std::string out;
  std::uint32_t at = hit.snippet_raw.begin;
  const std::uint32_t end = hit.snippet_raw.end;
  for (const auto& span : hit.spans) {
    if (span.end <= at || span.begin >= end) continue;
    const std::uint32_t b = std::max(span.begin, at), e = std::min(span.end, end);
    out += hit.snippet.substr(at - hit.snippet_raw.begin, b - at);
    out += "【" + hit.snippet.substr(b - hit.snippet_raw.begin, e - b) + "】";
    at = e;
  }
  out += hit.snippet.substr(at - hit.snippet_raw.begin);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

void print_text(const suyuan::SearchResponse& response) {
  std::cout << "about " << response.total_estimate << " result(s) for: " << response.query << "\n";
  int rank = 0;
  for (const auto& hit : response.results) {
    std::cout << "\n" << ++rank << ". " << (hit.title.empty() ? hit.path : hit.title) << "\n";
    std::cout << "   " << hit.path << "  doc " << hit.doc_id;
    if (!hit.publisher.empty()) std::cout << "  " << hit.publisher;
    if (!hit.published.empty()) std::cout << "  " << hit.published;
    std::cout << "  score " << hit.score << "\n";
    std::cout << "   " << marked_snippet(hit) << "\n";
    std::cout << "   spans:";
    for (const auto& span : hit.spans) std::cout << " " << span.begin << "-" << span.end;
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"suyuan-search: search a suyuan index; every hit cites the raw bytes it came from",
               "suyuan-search"};
  app.require_subcommand(1);
  std::string data_dir, database;
  app.add_option("--data", data_dir, "data directory (default: $SUYUAN_DATA or the built-in one)");

  auto* query = app.add_subcommand("query", "ranked articles matching QUERY");
  std::vector<std::string> words;
  bool json = false;
  std::size_t limit = 10, offset = 0;
  query->add_option("--db", database, "database directory (default: $SUYUAN_DB or suyuan.db)");
  query->add_flag("--json", json, "print one JSON object (the same as the web API)");
  query->add_option("--limit", limit, "at most N results")->check(CLI::Range(1, 1000))->capture_default_str();
  query->add_option("--offset", offset, "skip the first N results")->capture_default_str();
  query->add_option("QUERY", words, "query words (see README: query language)")->required();

  return suyuan::tools::run_cli(app, argc, argv, [&]() -> int {
    const suyuan::Normalizer normalizer({suyuan::resolve_data_dir(data_dir) / "normalize"});
    const suyuan::Searcher searcher(suyuan::resolve_database(database), normalizer);
    suyuan::SearchRequest request;
    request.query = std::accumulate(std::next(words.begin()), words.end(), words.front(),
                                    [](std::string a, const std::string& b) { return a + " " + b; });
    request.limit = limit;
    request.offset = offset;
    const suyuan::SearchResponse response = searcher.search(request);
    if (json) {
      std::cout << suyuan::to_json(response).dump(2) << "\n";
    } else {
      print_text(response);
    }
    return suyuan::tools::EXIT_OK;
  });
}
