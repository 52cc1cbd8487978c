/// @file suyuan_search_main.cpp
/// @brief suyuan-search: ranked, cited search and claim cross-checking from the command line.
#include <cstdio>
#include <iostream>
#include <map>
#include <numeric>

#include "suyuan/core/paths.h"
#include "suyuan/extract/gazetteer.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/exports.h"
#include "suyuan/search/reposts.h"
#include "suyuan/search/searcher.h"
#include "suyuan/tools/cli_support.h"

namespace {

using suyuan::CitedClaim;

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

void print_facets(const suyuan::Facets& facets) {
  for (const auto& [name, values] : facets) {
    if (values.empty()) continue;
    std::cout << "  " << name << ":";
    for (const auto& [value, count] : values) std::cout << " " << value << " (" << count << ")";
    std::cout << "\n";
  }
}

void print_claim(const CitedClaim& c, const std::string& bullet) {
  const std::string indent(bullet.size(), ' ');
  const std::string chain = suyuan::join(c.chain, " → ");
  const suyuan::Claim& claim = c.claim;
  std::cout << bullet << claim.subject << "  " << claim.metric;
  if (claim.period) std::cout << "  " << claim.period->start << ".." << claim.period->end;
  if (!claim.scope.empty()) std::cout << "  " << claim.scope;
  if (claim.modality != suyuan::Modality::ACTUAL)
    std::cout << "  " << suyuan::name_of(claim.modality);
  std::cout << "  " << suyuan::to_json(claim.value).dump() << "\n"
            << indent << c.path << " bytes " << claim.sentence_raw.begin << "-"
            << claim.sentence_raw.end << "  " << c.published << "  via " << chain << "\n"
            << indent << "“" << claim.sentence << "”\n";
}

/// One cluster, readable: the origin, then each copy with its relation and similarity.
void print_cluster(const suyuan::RepostCluster& cluster) {
  auto line = [](const suyuan::RepostMember& m) {
    std::string out = m.path + "  doc " + m.doc_id;
    if (!m.publisher.empty()) out += "  " + m.publisher;
    out += "  " + (m.published.empty() ? std::string("(undated)") : m.published);
    if (!m.title.empty()) out += "  " + m.title;
    return out;
  };
  std::cout << "origin: " << line(cluster.origin()) << "\n  (" << cluster.origin_reason << ")\n";
  for (std::size_t i = 1; i < cluster.members.size(); ++i) {
    const auto& m = cluster.members[i];
    char similarity[16];
    std::snprintf(similarity, sizeof similarity, "%.2f", m.similarity);
    std::cout << "  - " << suyuan::relation_name(m.relation) << " (similarity " << similarity
              << "): " << line(m) << "\n";
  }
  for (const auto& source : cluster.cited_sources) {
    std::cout << "  cites " << source.cue << source.name
              << (source.date.empty() ? std::string() : " " + source.date) << "\n";
  }
}

void print_hits(const suyuan::SearchResponse& response) {
  std::cout << "about " << response.total_estimate << " result(s) for: " << response.query << "\n";
  int rank = 0;
  for (const auto& hit : response.results) {
    std::cout << "\n" << ++rank << ". " << (hit.title.empty() ? hit.path : hit.title) << "\n";
    std::cout << "   " << hit.path << "  doc " << hit.doc_id;
    if (!hit.publisher.empty()) std::cout << "  " << hit.publisher;
    if (!hit.published.empty()) std::cout << "  " << hit.published;
    std::cout << "  score " << hit.score << "\n";
    if (hit.reposts > 0) {
      std::cout << "   and " << hit.reposts << " re-post(s): repost:" << hit.cluster << "\n";
    }
    std::cout << "   " << marked_snippet(hit) << "\n";
    std::cout << "   spans:";
    for (const auto& span : hit.spans) std::cout << " " << span.begin << "-" << span.end;
    std::cout << "\n";
  }
  if (!response.facets.empty()) {
    std::cout << "\nfacets:\n";
    print_facets(response.facets);
  }
}

/// Claims in one of the claim export formats; loads each claim's article for the formats
/// that quote the original text.
void print_claim_export(const std::vector<CitedClaim>& claims, const std::string& format,
                        const suyuan::Searcher& searcher,
                        const std::vector<std::optional<suyuan::ClaimGroup>>& groups = {}) {
  std::map<std::string, suyuan::StoredArticle> articles;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const CitedClaim& c = claims[i];
    if (!articles.count(c.doc_id)) {
      auto article = searcher.article(c.doc_id);
      if (!article) continue;
      articles.emplace(c.doc_id, std::move(*article));
    }
    const auto& article = articles.at(c.doc_id);
    if (format == "annotation") {
      std::cout << suyuan::to_web_annotation(c, article).dump() << "\n";
    } else {
      std::cout
          << suyuan::to_claim_review(c, article, groups.empty() ? std::nullopt : groups[i]).dump()
          << "\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"suyuan-search: search a suyuan index; every hit cites the raw bytes it came from",
               "suyuan-search"};
  app.require_subcommand(1);
  std::string data_dir, database, format = "text";
  std::vector<std::string> remotes;
  // --remote replaces --db: the shards served by xapian-tcpsrv, in shard order.
  const auto add_database_options = [&](CLI::App* command) {
    auto* db = command->add_option("--db", database,
                                   "database directory (default: $SUYUAN_DB or suyuan.db)");
    command
        ->add_option("--remote", remotes,
                     "HOST:PORT of a xapian-tcpsrv serving a shard (repeat for each shard, in "
                     "shard order); instead of --db")
        ->excludes(db)
        ->check([](const std::string& address) {
          try {
            suyuan::check_remote_address(address);
            return std::string();
          } catch (const suyuan::Error& e) {
            return std::string(e.what());
          }
        });
  };
  app.add_option("--data", data_dir, "data directory (default: $SUYUAN_DATA or the built-in one)");
  const std::vector<std::string> formats = {"text", "json",       "jsonl",
                                            "csv",  "annotation", "claimreview"};

  auto* query = app.add_subcommand("query", "ranked articles (or claims) matching QUERY");
  std::vector<std::string> words;
  bool json = false, claims = false, facets = false;
  std::size_t limit = 10, offset = 0;
  add_database_options(query);
  query->add_flag("--json", json,
                  "print one JSON object (the same as the web API); = --format json");
  query
      ->add_option("--format", format,
                   "text, json, jsonl, csv; with --claims also annotation (W3C Web Annotation) "
                   "or claimreview (schema.org)")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  query->add_flag("--claims", claims, "search claims instead of articles");
  query->add_flag("--facets", facets,
                  "count chips, orgs, people, publishers, sources, metrics, months");
  query->add_option("--limit", limit, "at most N results")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  query->add_option("--offset", offset, "skip the first N results")->capture_default_str();
  bool all_copies = false;
  query->add_flag("--all", all_copies, "list every copy; by default re-posts fold into one hit");
  query->add_option("QUERY", words, "query words (see README: query language)")->required();

  auto* reposts =
      app.add_subcommand("reposts", "re-post clusters: each article's copies and their origin");
  std::string repost_doc;
  reposts->add_option("--db", database, "database directory (default: $SUYUAN_DB or suyuan.db)");
  reposts->add_flag("--json", json, "print one JSON object");
  reposts->add_option("--doc", repost_doc, "only the cluster (lineage) of this doc_id");

  auto* check =
      app.add_subcommand("check", "group claims across articles: agree, conflict, single-source");
  std::string subject, metric, filter;
  bool only_multi = false;
  add_database_options(check);
  check->add_flag("--json", json, "print one JSON object; = --format json");
  check->add_option("--format", format, "text, json, jsonl, csv, annotation, claimreview")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  check->add_option("--subject", subject, "only this subject id (e.g. nvidia-h20)");
  check->add_option("--metric", metric, "only this metric (e.g. compute_relative_to:nvidia-h100)");
  check->add_option("--query", filter, "only claims matching this query");
  check->add_flag("--multi-source", only_multi, "leave out single-source groups");

  return suyuan::tools::run_cli(app, argc, argv, [&]() -> int {
    if (json) format = "json";
    if (*reposts) {
      const auto rules =
          suyuan::RepostRules::load(suyuan::resolve_data_dir(data_dir) / "index" / "reposts.json");
      const suyuan::RepostIndex index(suyuan::resolve_database(database), &rules);
      std::vector<suyuan::RepostCluster> clusters;
      if (repost_doc.empty()) {
        clusters = index.clusters();
      } else {
        auto lineage = index.lineage(repost_doc);
        if (!lineage) {
          throw suyuan::Error(suyuan::ErrorKind::NOT_FOUND, "no article with doc_id " + repost_doc);
        }
        clusters.push_back(std::move(*lineage));
      }
      if (format == "json") {
        std::cout << suyuan::to_json(clusters).dump(2) << "\n";
      } else {
        for (const auto& cluster : clusters) {
          print_cluster(cluster);
          std::cout << "\n";
        }
        std::size_t copies = 0;
        for (const auto& c : clusters) copies += c.members.size();
        std::cout << clusters.size() << " cluster(s), " << copies << " article(s)\n";
      }
      return suyuan::tools::EXIT_OK;
    }
    const suyuan::Normalizer normalizer({suyuan::resolve_data_dir(data_dir) / "normalize"});
    const suyuan::Gazetteer gazetteer(suyuan::resolve_data_dir(data_dir) / "extract", normalizer);
    const suyuan::Searcher searcher(
        suyuan::DatabaseSource{
            remotes.empty() ? suyuan::resolve_database(database) : std::filesystem::path(),
            remotes},
        normalizer, &gazetteer);

    if (*check) {
      const auto rules = suyuan::CrossCheckRules::load(suyuan::resolve_data_dir(data_dir) /
                                                       "search/cross_check.json");
      suyuan::CheckRequest request{subject, metric, !only_multi};
      const auto groups = suyuan::cross_check(searcher.claims(filter), request, rules);
      if (format == "json") {
        nlohmann::json out = {{"groups", nlohmann::json::array()}};
        for (const auto& g : groups) out["groups"].push_back(suyuan::to_json(g));
        std::cout << out.dump(2) << "\n";
      } else if (format == "jsonl") {
        for (const auto& g : groups) std::cout << suyuan::to_json(g).dump() << "\n";
      } else if (format == "csv" || format == "annotation" || format == "claimreview") {
        std::vector<CitedClaim> flat;
        std::vector<std::string> labels;
        std::vector<std::optional<suyuan::ClaimGroup>> owners;
        for (const auto& g : groups) {
          for (const auto& c : g.claims) {
            flat.push_back(c);
            labels.push_back(g.subject + "|" + g.metric + "|" +
                             std::string(suyuan::verdict_name(g.verdict)));
            owners.push_back(g);
          }
        }
        if (format == "csv") {
          std::cout << suyuan::claims_to_csv(flat, labels);
        } else {
          print_claim_export(flat, format, searcher, owners);
        }
      } else {
        for (const auto& g : groups) {
          std::cout << "[" << suyuan::verdict_name(g.verdict) << "] " << g.subject << " · "
                    << g.metric;
          for (const std::string& part : {g.period, g.scope, g.unit}) {
            if (!part.empty()) std::cout << " · " << part;
          }
          if (g.modality != "actual") std::cout << " · " << g.modality;
          std::cout << " — " << g.documents << " article(s), " << g.independent_sources
                    << " independent source(s)\n  " << g.explanation << "\n";
          for (const auto& c : g.claims) print_claim(c, "  - ");
          std::cout << "\n";
        }
        std::cout << groups.size() << " group(s)\n";
      }
      return suyuan::tools::EXIT_OK;
    }

    suyuan::SearchRequest request;
    request.query =
        std::accumulate(std::next(words.begin()), words.end(), words.front(),
                        [](std::string a, const std::string& b) { return a + " " + b; });
    request.limit = limit;
    request.offset = offset;
    request.facets = facets;
    request.all = all_copies;
    if (claims) {
      const auto response = searcher.search_claims(request);
      std::vector<CitedClaim> found;
      for (const auto& hit : response.results) found.push_back(hit.cited);
      if (format == "json") {
        std::cout << suyuan::to_json(response).dump(2) << "\n";
      } else if (format == "jsonl") {
        for (const auto& row : suyuan::to_json(response)["results"])
          std::cout << row.dump() << "\n";
      } else if (format == "csv") {
        std::cout << suyuan::claims_to_csv(found);
      } else if (format == "annotation" || format == "claimreview") {
        print_claim_export(found, format, searcher);
      } else {
        std::cout << "about " << response.total_estimate << " claim(s) for: " << response.query
                  << "\n";
        for (const auto& c : found) print_claim(c, "- ");
        if (!response.facets.empty()) print_facets(response.facets);
      }
      return suyuan::tools::EXIT_OK;
    }
    if (format == "annotation" || format == "claimreview") {
      throw suyuan::Error(suyuan::ErrorKind::INVALID_INPUT,
                          "--format " + format + " needs --claims");
    }
    const suyuan::SearchResponse response = searcher.search(request);
    if (format == "json") {
      std::cout << suyuan::to_json(response).dump(2) << "\n";
    } else if (format == "jsonl") {
      for (const auto& hit : response.results) std::cout << suyuan::to_json(hit).dump() << "\n";
    } else if (format == "csv") {
      std::cout << suyuan::hits_to_csv(response.results);
    } else {
      print_hits(response);
    }
    return suyuan::tools::EXIT_OK;
  });
}
