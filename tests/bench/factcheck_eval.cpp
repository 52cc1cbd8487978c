/// @file factcheck_eval.cpp
/// @brief Cross-check quality on ../shared/data/factcheck_dev: per pair, claim and evidence are
/// normalized and extracted as two articles of two publishers and cross-checked; prints conflict
/// precision/recall/F1, false conflicts on SUPPORTED and the single-source rate per dataset,
/// pair kind and tag, for the dev and held-out splits, next to the README's naive baseline.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "bench_support.h"
#include "factcheck_pairs.h"

using namespace suyuan;
using namespace suyuan::factcheck;

namespace {

struct Slice {
  Score ours, naive;
};

void print_table(const std::string& title, const std::map<std::string, Slice>& slices) {
  std::printf("\n%s\n", title.c_str());
  std::printf("%-40s %5s %4s %4s | %4s %4s %5s %5s %5s %6s %6s %5s | %5s %5s %5s %6s\n", "slice",
              "pairs", "ref", "sup", "TP", "FP", "P", "R", "F1", "FCR", "single", "align", "nP",
              "nR", "nF1", "nFCR");
  for (const auto& [name, s] : slices) {
    const Score& o = s.ours;
    const Score& n = s.naive;
    std::printf(
        "%-40s %5zu %4zu %4zu | %4zu %4zu %5.2f %5.2f %5.2f %6.2f %6.2f %5zu | %5.2f %5.2f %5.2f "
        "%6.2f\n",
        name.c_str(), o.pairs, o.refuted, o.supported, o.true_conflicts, o.false_conflicts,
        o.precision(), o.recall(), o.f1(), o.false_conflict_rate(), o.single_source_rate(),
        o.aligned, n.precision(), n.recall(), n.f1(), n.false_conflict_rate());
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"factcheck_eval: cross-check quality on ../shared/data/factcheck_dev"};
  std::string details;
  app.add_option("--details", details, "write one JSON line per pair (outcome, explanation)");
  CLI11_PARSE(app, argc, argv);

  const auto data = bench::source_dir() / "data";
  const Normalizer normalizer({data / "normalize"});
  const Extractor extractor({data / "extract"}, normalizer);
  const auto rules = CrossCheckRules::load(data / "search/cross_check.json");
  const auto pairs = load_pairs(bench::shared_data_dir() / "factcheck_dev/pairs.jsonl");

  std::ofstream out_details;
  if (!details.empty()) out_details.open(details);
  // split → slice name → scores
  std::map<std::string, std::map<std::string, Slice>> splits;
  std::map<std::string, std::pair<std::size_t, std::size_t>> naive_readme;  // correct, total
  const auto start = std::chrono::steady_clock::now();
  for (const Pair& pair : pairs) {
    const PairResult result = check_pair(pair, normalizer, extractor, rules);
    const bool naive = naive_conflict(pair);
    const Outcome naive_outcome = naive ? Outcome::CONFLICT : Outcome::SINGLE_SOURCE;
    auto& counts = naive_readme[pair.source_dataset + " " + pair.label];
    counts.first += naive == pair.refuted();
    ++counts.second;
    for (const std::string& split :
         {std::string(pair.held_out ? "held-out" : "dev"), std::string("all")}) {
      for (const std::string& slice : {std::string("ALL"), "dataset " + pair.source_dataset,
                                       "kind " + pair.pair_kind, "tag " + pair.tag}) {
        Slice& s = splits[split][slice];
        s.ours.add(pair, result.outcome, result.figure_aligned);
        s.naive.add(pair, naive_outcome, false);
      }
    }
    if (out_details) {
      out_details << nlohmann::json{{"id", pair.id},
                                    {"split", pair.held_out ? "held-out" : "dev"},
                                    {"label", pair.label},
                                    {"tag", pair.tag},
                                    {"outcome", std::string(outcome_name(result.outcome))},
                                    {"aligned", result.figure_aligned},
                                    {"claim_claims", result.claim_claims},
                                    {"evidence_claims", result.evidence_claims},
                                    {"explanation", result.explanation},
                                    {"claim_frames", result.claim_frames},
                                    {"evidence_frames", result.evidence_frames},
                                    {"shared_groups", result.shared_groups},
                                    {"naive_conflict", naive}}
                         .dump()
                  << "\n";
    }
  }
  const double seconds = bench::seconds_since(start);

  std::printf("factcheck_eval: %zu pairs (%zu dev, %zu held-out) in %.2f s\n", pairs.size(),
              splits["dev"]["ALL"].ours.pairs, splits["held-out"]["ALL"].ours.pairs, seconds);
  std::printf(
      "columns: TP/FP conflicts, P/R/F1 of conflict, FCR = false-conflict rate on "
      "SUPPORTED, single = single-source rate (a miss for REFUTED), align = UHGEval "
      "conflicts pairing the annotated figures; n* = naive baseline (digit string of the "
      "claim missing from the evidence)\n");
  std::printf(
      "naive baseline, correct of total (README: UHGEval 9/20 REFUTED, 11/13 SUPPORTED; "
      "CFEVER 3/32, 52/68):");
  for (const auto& [name, c] : naive_readme)
    std::printf("  %s %zu/%zu", name.c_str(), c.first, c.second);
  std::printf("\n");
  for (const char* split : {"dev", "held-out", "all"}) {
    print_table(std::string("== ") + split + " ==", splits[split]);
  }
  // The result must mean something: every pair ran and the naive baseline is the README's.
  const bool ok = splits["all"]["ALL"].ours.pairs == pairs.size() && pairs.size() == 133 &&
                  naive_readme["UHGEval REFUTED"].first == 9 &&
                  naive_readme["CFEVER SUPPORTED"].first == 52;
  if (!ok) std::fprintf(stderr, "factcheck_eval: unexpected pair count or baseline\n");
  return ok ? 0 : 1;
}
