/// @file reposts_eval.cpp
/// @brief Re-post detection measured on a generated corpus with known truth (repost_corpus.h):
/// pairwise precision and recall of "same cluster", how often the origin is right, relation
/// accuracy, what the detection costs the index build, and how fast `reposts` answers.
/// With --news, indexes the whole shared news corpus instead and lists the near-duplicates it
/// holds of itself.
///
/// Usage: reposts_eval [--seed N] [--partition 0|1] [--originals N] [--distractors N]
///                     [--rounds N] [--work DIR] [--news] [--incremental] [--rules FILE]
///
/// --rounds 0 skips the build-cost comparison (the evaluated index is still built).
/// --rules reads the detection's rules from FILE instead of data/index/reposts.json (to measure
/// other windows or thresholds without editing the data).
///
/// --incremental measures detection across builds: the originals and distractors are indexed
/// first, and the copies by a second build of the whole corpus into the same database, so every
/// copy finds its original through the anchor terms of the committed index.
#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "bench_support.h"
#include "repost_corpus.h"
#include "suyuan/core/paths.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/index/corpus_indexer.h"
#include "suyuan/index/reposts.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/reposts.h"

namespace fs = std::filesystem;
using namespace suyuan;
using bench::seconds_since;

namespace {

struct Args {
  std::uint64_t seed = 1;
  int partition = 1;
  std::size_t originals = 300;
  std::size_t distractors = 3000;
  int rounds = 2;
  fs::path work = fs::temp_directory_path() / "suyuan_reposts_eval";
  bool news = false;
  bool incremental = false;
  fs::path rules = bench::source_dir() / "data/index/reposts.json";
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(std::string("missing value for ") + argv[i]);
      return argv[++i];
    };
    if (!std::strcmp(argv[i], "--seed"))
      a.seed = std::stoull(next());
    else if (!std::strcmp(argv[i], "--partition"))
      a.partition = std::stoi(next());
    else if (!std::strcmp(argv[i], "--originals"))
      a.originals = std::stoull(next());
    else if (!std::strcmp(argv[i], "--distractors"))
      a.distractors = std::stoull(next());
    else if (!std::strcmp(argv[i], "--rounds"))
      a.rounds = std::stoi(next());
    else if (!std::strcmp(argv[i], "--work"))
      a.work = next();
    else if (!std::strcmp(argv[i], "--news"))
      a.news = true;
    else if (!std::strcmp(argv[i], "--incremental"))
      a.incremental = true;
    else if (!std::strcmp(argv[i], "--rules"))
      a.rules = next();
    else
      throw std::runtime_error(std::string("unknown argument ") + argv[i]);
  }
  return a;
}

/// Builds `corpus` into a fresh `db`, with or without re-post detection; returns seconds.
double timed_build(const fs::path& corpus, const fs::path& db, const Normalizer& normalizer,
                   const Extractor& extractor, const RepostRules* rules, bool fresh = true) {
  if (fresh) fs::remove_all(db);
  CorpusIndexer indexer(db, normalizer, &extractor);
  BuildOptions options;
  options.reposts = rules;
  const auto start = std::chrono::steady_clock::now();
  const BuildReport report = indexer.build(corpus, options);
  const double elapsed = seconds_since(start);
  if (report.count(FileStatus::FAILED) > 0) {
    std::cerr << report.count(FileStatus::FAILED) << " file(s) failed\n";
  }
  return elapsed;
}

/// Median seconds of loading every cluster and printing them as JSON (what `reposts --json`
/// does after start-up).
double time_reposts(const fs::path& db, const RepostRules& rules, std::size_t& clusters) {
  std::vector<double> times;
  for (int i = 0; i < 5; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const RepostIndex index(db, &rules);
    const std::string out = to_json(index.clusters()).dump(2);
    times.push_back(seconds_since(start));
    clusters = index.clusters().size();
    if (out.empty()) throw std::runtime_error("empty reposts output");
  }
  return bench::percentile(times, 50);
}

/// Index build cost: the same corpus with and without detection, alternating, best of rounds.
std::pair<double, double> build_cost(const fs::path& corpus, const fs::path& work,
                                     const Normalizer& normalizer, const Extractor& extractor,
                                     const RepostRules& rules, int rounds) {
  double plain = 1e100, with = 1e100;
  for (int r = 0; r < rounds; ++r) {
    plain = std::min(plain, timed_build(corpus, work / "db_plain", normalizer, extractor, nullptr));
    with = std::min(with, timed_build(corpus, work / "db", normalizer, extractor, &rules));
  }
  std::cout << "index build, best of " << rounds << ": without re-post detection " << plain
            << " s, with " << with << " s: ratio " << with / plain << " (slowdown "
            << 100 * (with / plain - 1) << " %)\n";
  return {plain, with};
}

int run_news(const Args& args, const Normalizer& normalizer, const Extractor& extractor,
             const RepostRules& rules) {
  const auto news = bench::load_news();
  const fs::path corpus = args.work / "news_corpus";
  fs::create_directories(corpus);
  std::uint64_t bytes = 0;
  for (const auto& a : news) {
    std::string id = a.id;
    for (char& c : id) {
      if (c == '/' || c == ' ') c = '_';
    }
    const std::string content = a.title + "\n" + a.text + "\n";
    std::ofstream(corpus / (id + ".txt"), std::ios::binary) << content;
    nlohmann::json meta = {{"title", a.title}};
    if (!a.date.empty()) meta["published"] = a.date;
    std::ofstream(corpus / (id + ".meta.json")) << meta.dump();
    bytes += content.size();
  }
  std::cout << "shared news: " << news.size() << " articles, " << bytes / 1e6 << " MB\n";
  build_cost(corpus, args.work, normalizer, extractor, rules, args.rounds);
  std::size_t count = 0;
  const double answer = time_reposts(args.work / "db", rules, count);
  std::cout << "reposts (load + JSON of every cluster), median of 5: " << answer * 1000
            << " ms for " << count << " clusters\n\n";
  const RepostIndex index(args.work / "db", &rules);
  std::size_t articles = 0;
  std::map<std::string, std::size_t> relations;
  for (const auto& c : index.clusters()) {
    articles += c.members.size();
    for (std::size_t i = 1; i < c.members.size(); ++i)
      ++relations[std::string(relation_name(c.members[i].relation))];
  }
  std::cout << "near-duplicate clusters in the news itself: " << count << " (" << articles
            << " articles);";
  for (const auto& [r, n] : relations) std::cout << " " << r << " " << n << ";";
  std::cout << "\n";
  for (const auto& c : index.clusters()) {
    std::cout << "- origin " << c.origin().path << " " << c.origin().published << " "
              << c.origin().title << "\n";
    for (std::size_t i = 1; i < c.members.size(); ++i) {
      const auto& m = c.members[i];
      std::cout << "    " << relation_name(m.relation) << " " << m.similarity << " " << m.path
                << " " << m.published << " " << m.title << "\n";
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Args args = parse(argc, argv);
    const Normalizer normalizer({bench::source_dir() / "data/normalize"});
    const Extractor extractor({bench::source_dir() / "data/extract"}, normalizer);
    const RepostRules rules = RepostRules::load(args.rules);
    std::cout << "rules: " << args.rules.string() << "\n";
    fs::remove_all(args.work);
    fs::create_directories(args.work);
    if (args.news) return run_news(args, normalizer, extractor, rules);

    const auto news = bench::load_news();
    bench::RepostCorpusOptions options;
    options.seed = args.seed;
    options.partition = args.partition;
    options.originals = args.originals;
    options.distractors = args.distractors;
    const auto generated = bench::generate_repost_corpus(news, options);
    const std::uint64_t bytes = bench::write_generated_corpus(generated, args.work / "corpus");
    std::map<std::string, std::size_t> kinds;
    for (const auto& g : generated) ++kinds[g.kind];
    std::cout << "generated corpus: seed " << args.seed << ", partition " << args.partition << ", "
              << generated.size() << " articles, " << bytes / 1e6 << " MB:";
    for (const auto& [k, n] : kinds) std::cout << " " << k << " " << n << ";";
    std::cout << "\n";

    // --rounds 0: no timing, only the index that is evaluated.
    if (args.rounds > 0) {
      build_cost(args.work / "corpus", args.work, normalizer, extractor, rules, args.rounds);
    } else if (!args.incremental) {
      timed_build(args.work / "corpus", args.work / "db", normalizer, extractor, &rules);
    }
    if (args.incremental) {
      // The same articles under the same relative paths: the second build finds the first
      // build's articles unchanged and adds the copies.
      const fs::path first = args.work / "corpus_originals";
      std::vector<bench::GeneratedArticle> originals;
      for (const auto& g : generated) {
        if (g.kind == "original" || g.kind == "distractor") originals.push_back(g);
      }
      bench::write_generated_corpus(originals, first);
      const double before = timed_build(first, args.work / "db", normalizer, extractor, &rules);
      const double after =
          timed_build(args.work / "corpus", args.work / "db", normalizer, extractor, &rules, false);
      std::cout << "incremental: " << originals.size() << " originals and distractors built in "
                << before << " s, then the " << generated.size() - originals.size()
                << " copies added by a second build in " << after << " s\n";
    }
    std::size_t count = 0;
    const double answer = time_reposts(args.work / "db", rules, count);
    std::cout << "reposts (load + JSON of every cluster), median of 5: " << answer * 1000
              << " ms for " << count << " clusters\n";

    // Truth: an original and its copies form a group; every other article stands alone.
    std::map<std::string, const bench::GeneratedArticle*> by_path;
    for (const auto& g : generated) by_path[g.name + ".txt"] = &g;
    auto group_of = [&](const std::string& path) {
      const auto* g = by_path.at(path);
      return g->kind == "distractor" ? "d:" + g->name : "o:" + g->source_id;
    };
    auto is_base = [&](const std::string& path) {
      const std::string& k = by_path.at(path)->kind;
      return k == "original" || k == "distractor";
    };
    std::map<std::string, std::vector<std::string>> truth;
    for (const auto& g : generated) truth[group_of(g.name + ".txt")].push_back(g.name + ".txt");
    std::size_t truth_pairs = 0;
    for (const auto& [key, paths] : truth) truth_pairs += paths.size() * (paths.size() - 1) / 2;

    const RepostIndex index(args.work / "db", &rules);
    std::size_t predicted_pairs = 0, true_pairs = 0, base_pairs = 0;
    std::vector<std::pair<std::string, std::string>> false_pairs;
    std::map<std::string, const RepostCluster*> cluster_of;
    for (const auto& c : index.clusters()) {
      for (std::size_t i = 0; i < c.members.size(); ++i) {
        cluster_of[c.members[i].path] = &c;
        for (std::size_t j = i + 1; j < c.members.size(); ++j) {
          ++predicted_pairs;
          const std::string &a = c.members[i].path, &b = c.members[j].path;
          if (group_of(a) == group_of(b)) {
            ++true_pairs;
          } else {
            false_pairs.emplace_back(a, b);
            if (is_base(a) && is_base(b)) ++base_pairs;
          }
        }
      }
    }
    std::size_t groups = 0, origin_right = 0, members = 0, relation_right = 0;
    std::map<std::string, std::map<std::string, std::size_t>> confusion;
    for (const auto& [key, paths] : truth) {
      if (paths.size() < 2) continue;
      ++groups;
      const std::string original =
          *std::find_if(paths.begin(), paths.end(),
                        [&](const std::string& p) { return by_path.at(p)->kind == "original"; });
      auto found = cluster_of.find(original);
      if (found != cluster_of.end() && found->second->origin().path == original) ++origin_right;
      if (found == cluster_of.end()) continue;
      for (const auto& m : found->second->members) {
        if (m.path == original || group_of(m.path) != key) continue;
        ++members;
        const std::string predicted(relation_name(m.relation));
        ++confusion[by_path.at(m.path)->kind][predicted];
        if (predicted == by_path.at(m.path)->kind) ++relation_right;
      }
    }
    const double precision =
        predicted_pairs ? static_cast<double>(true_pairs) / predicted_pairs : 1;
    const double recall = truth_pairs ? static_cast<double>(true_pairs) / truth_pairs : 1;
    const double precision_without_base =
        predicted_pairs - base_pairs
            ? static_cast<double>(true_pairs) / static_cast<double>(predicted_pairs - base_pairs)
            : 1;
    std::cout << "\npairs: truth " << truth_pairs << ", predicted " << predicted_pairs << ", right "
              << true_pairs << "\n";
    std::cout << "pairwise precision " << precision << ", recall " << recall << "\n";
    std::cout << "false pairs " << false_pairs.size() << ", of which between two unmodified news "
              << "articles (near-duplicates in the news itself) " << base_pairs
              << "; precision without those " << precision_without_base << "\n";
    std::cout << "origin right: " << origin_right << " of " << groups << " clusters ("
              << static_cast<double>(origin_right) / groups << ")\n";
    std::cout << "relation right: " << relation_right << " of " << members << " copies ("
              << (members ? static_cast<double>(relation_right) / members : 0) << ")\n";
    for (const auto& [truth_kind, row] : confusion) {
      std::cout << "  " << truth_kind << " →";
      for (const auto& [predicted, n] : row) std::cout << " " << predicted << " " << n << ";";
      std::cout << "\n";
    }
    // Peer in the same run: the naive test the issue started from, two articles whose raw
    // texts open with the same 200 characters.
    {
      std::map<std::string, std::vector<std::string>> by_opening;
      for (const auto& g : generated) {
        std::string opening;
        std::size_t chars = 0;
        for (std::size_t i = 0; i < g.text.size() && chars < 200; ++i) {
          opening += g.text[i];
          if ((static_cast<unsigned char>(g.text[i]) & 0xC0) != 0x80) ++chars;
        }
        by_opening[opening].push_back(g.name + ".txt");
      }
      std::size_t naive_pairs = 0, naive_right = 0;
      for (const auto& [opening, paths] : by_opening) {
        for (std::size_t i = 0; i < paths.size(); ++i) {
          for (std::size_t j = i + 1; j < paths.size(); ++j) {
            ++naive_pairs;
            naive_right += group_of(paths[i]) == group_of(paths[j]);
          }
        }
      }
      std::cout << "peer (same first 200 raw characters): precision "
                << (naive_pairs ? static_cast<double>(naive_right) / naive_pairs : 1) << ", recall "
                << static_cast<double>(naive_right) / truth_pairs << "\n";
    }
    std::cout << "\nfalse pairs (first 30):\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(30, false_pairs.size()); ++i) {
      const auto* a = by_path.at(false_pairs[i].first);
      const auto* b = by_path.at(false_pairs[i].second);
      std::cout << "  " << a->kind << " " << a->source_id << " 《" << a->title << "》 ~ " << b->kind
                << " " << b->source_id << " 《" << b->title << "》\n";
    }
    std::cout << "\nmissed copies (first 20):\n";
    std::size_t shown = 0;
    for (const auto& g : generated) {
      if (g.kind == "original" || g.kind == "distractor" || shown >= 20) continue;
      auto c = cluster_of.find(g.name + ".txt");
      const bool with_original = c != cluster_of.end() &&
                                 std::any_of(c->second->members.begin(), c->second->members.end(),
                                             [&](const RepostMember& m) {
                                               return by_path.at(m.path)->kind == "original" &&
                                                      group_of(m.path) == group_of(g.name + ".txt");
                                             });
      if (with_original) continue;
      ++shown;
      std::cout << "  " << g.kind << " of " << g.source_id << " (" << g.name << ".txt)\n";
    }
    // Meaningless figures fail the run: nothing found, or most of it wrong.
    if (predicted_pairs == 0 || precision < 0.5 || recall < 0.5) {
      std::cerr << "reposts_eval: detection found too little or too much to be measured\n";
      return 1;
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "reposts_eval: " << e.what() << "\n";
    return 1;
  }
}
