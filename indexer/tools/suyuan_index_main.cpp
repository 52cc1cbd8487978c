/// @file suyuan_index_main.cpp
/// @brief suyuan-index: build the index, and show what normalize and extract make of a file.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <optional>

#include "build_output.h"
#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"
#include "suyuan/core/paths.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/index/corpus_indexer.h"
#include "suyuan/index/reposts.h"
#include "suyuan/normalize/explain.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/tools/cli_support.h"

namespace {

using suyuan::tools::EXIT_OK;
using suyuan::tools::EXIT_RUNTIME_ERROR;

suyuan::SourceFormat format_of(const std::string& file, bool html) {
  if (html) return suyuan::SourceFormat::HTML;
  const auto ext = std::filesystem::path(file).extension();
  return ext == ".html" || ext == ".htm" ? suyuan::SourceFormat::HTML : suyuan::SourceFormat::TEXT;
}

suyuan::Normalizer make_normalizer(const std::string& data) {
  return suyuan::Normalizer({suyuan::resolve_data_dir(data) / "normalize"});
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"suyuan-index: index Chinese news articles with citations to their raw bytes",
               "suyuan-index"};
  app.require_subcommand(1);
  std::string data_dir;
  app.add_option("--data", data_dir, "data directory (default: $SUYUAN_DATA or the built-in one)");

  auto* build = app.add_subcommand("build", "index every .txt/.html file under the corpus");
  std::string corpus = "corpus", database;
  bool json = false, force = false, no_extract = false, quiet = false, verbose = false,
       dry_run = false;
  unsigned jobs = 0;
  std::size_t shards = 0;
  double commit_mb = 10;
  build->add_option("--corpus", corpus, "corpus directory")->capture_default_str();
  build->add_option("--db", database, "database directory (default: $SUYUAN_DB or suyuan.db)");
  build->add_flag("--json", json, "print the build report (every file) as JSON");
  build->add_flag("--force", force, "re-index files even when their content is unchanged");
  build->add_flag("--no-extract", no_extract, "index full text only, without claims");
  bool no_reposts = false;
  build->add_flag("--no-reposts", no_reposts, "skip re-post detection (data/index/reposts.json)");
  auto* quiet_flag = build->add_flag("--quiet,-q", quiet, "print only errors");
  build->add_flag("--verbose,-v", verbose, "list every file: status, path, doc id")
      ->excludes(quiet_flag);
  build->add_flag("--dry-run", dry_run,
                  "read and hash the files, say what would change, write nothing");
  build
      ->add_option(
          "--jobs,-j", jobs,
          "threads for normalize + extract (default: one per core; a first build: one per core "
          "left by its writer threads)")
      ->check(CLI::Range(1u, 256u));
  build
      ->add_option("--shards", shards,
                   "split the index into N databases DIR/shard-0… (opened as one through DIR)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1024}));
  bool in_place = false;
  build->add_flag("--in-place", in_place,
                  "write a first build straight into --db, committing as it goes (slower; a "
                  "killed first build keeps its committed batches)");
  build
      ->add_option("--commit-mb", commit_mb,
                   "commit after this many MB of changed text: a killed build keeps every "
                   "committed batch; larger batches use more memory (a first build commits "
                   "its parts every 0.5 MB, or this if smaller)")
      ->check(CLI::Range(0.001, 1e6))
      ->capture_default_str();

  auto* normalize = app.add_subcommand("normalize", "print the normalized text of FILE");
  std::string normalize_file = "-";
  bool lines = false, html = false, explain = false, normalize_json = false;
  auto* lines_flag = normalize->add_flag(
      "--lines", lines,
      "line-by-line folding only (script, width, annotations): one output line per input line");
  normalize->add_flag("--explain", explain, "show every dropped line and annotation, and why")
      ->excludes(lines_flag);
  normalize
      ->add_flag("--json", normalize_json,
                 "print text, paragraphs, sentences (with raw spans), removed spans, metadata")
      ->excludes(lines_flag);
  normalize->add_flag("--html", html, "read the input as HTML (default: by file extension)");
  normalize->add_option("FILE", normalize_file, "input file, or - for stdin");

  auto* extract = app.add_subcommand("extract", "print mentions and claims of FILE as JSON");
  std::string extract_file = "-", text, ref_date;
  extract->add_option("--ref-date", ref_date, "reference date for relative dates, YYYY-MM-DD")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            const bool ok = value.size() == 10 && suyuan::days_since_epoch(value).has_value();
            return ok ? std::string() : "expected a date YYYY-MM-DD, got " + value;
          },
          "YYYY-MM-DD"));
  auto* text_option =
      extract->add_option("--text", text, "extract from this string instead of a file");
  extract->add_option("FILE", extract_file, "input file, or - for stdin")->excludes(text_option);
  extract->add_flag("--html", html, "read the input as HTML (default: by file extension)");

  return suyuan::tools::run_cli(app, argc, argv, [&]() -> int {
    if (*build) {
      // Loaded only when a file has changed: an unchanged re-run reads no normalization or
      // extraction data.
      std::optional<suyuan::Normalizer> normalizer;
      std::unique_ptr<suyuan::Extractor> extractor;
      const auto loaded_normalizer = [&]() -> const suyuan::Normalizer& {
        if (!normalizer) normalizer.emplace(make_normalizer(data_dir));
        return *normalizer;
      };
      suyuan::CorpusIndexer indexer(
          suyuan::resolve_database(database),
          suyuan::LazyPipeline{
              loaded_normalizer, [&]() -> const suyuan::Extractor* {
                if (no_extract) return nullptr;
                extractor = std::make_unique<suyuan::Extractor>(
                    suyuan::ExtractorConfig{suyuan::resolve_data_dir(data_dir) / "extract"},
                    loaded_normalizer());
                return extractor.get();
              }});
      suyuan::BuildOptions options;
      options.force = force;
      std::optional<suyuan::RepostRules> repost_rules;
      if (!no_reposts) {
        repost_rules = suyuan::RepostRules::load(suyuan::resolve_data_dir(data_dir) / "index" /
                                                 "reposts.json");
        options.reposts = &*repost_rules;
      }
      options.jobs = jobs;
      options.dry_run = dry_run;
      options.shards = shards;
      options.in_place = in_place;
      options.commit_bytes = static_cast<std::uint64_t>(commit_mb * 1e6);
      using suyuan::tools::Verbosity;
      const Verbosity verbosity =
          quiet ? Verbosity::QUIET : (verbose ? Verbosity::VERBOSE : Verbosity::NORMAL);
      suyuan::tools::BuildProgressPrinter progress(std::cerr, isatty(STDERR_FILENO) != 0,
                                                   verbosity);
      options.on_progress = [&](const suyuan::BuildProgress& p) { progress.update(p); };
      // Text listing as files are decided; --json lists them in the report instead.
      if (verbose && !json) {
        options.on_file = [](const suyuan::FileOutcome& file) {
          suyuan::tools::print_file_line(std::cout, file);
        };
      }
      const suyuan::BuildReport report = indexer.build(corpus, options);
      progress.finish();
      if (json) {
        std::cout << suyuan::to_json(report).dump(2) << "\n";
      } else if (!quiet) {
        suyuan::tools::print_summary(std::cout, report);
      }
      for (const auto& file : report.files) {
        if (file.status == suyuan::FileStatus::FAILED) {
          std::cerr << "suyuan-index: " << file.path << ": " << file.message << "\n";
        }
      }
      return report.count(suyuan::FileStatus::FAILED) == 0 ? EXIT_OK : EXIT_RUNTIME_ERROR;
    }

    const suyuan::Normalizer normalizer = make_normalizer(data_dir);
    if (*normalize) {
      const auto format = format_of(normalize_file, html);
      if (lines || (!explain && !normalize_json && format == suyuan::SourceFormat::TEXT)) {
        // Streamed in pieces cut after line breaks: memory stays bounded whatever the size.
        std::ifstream file;
        if (normalize_file != "-") {
          file.open(normalize_file, std::ios::binary);
          if (!file)
            throw suyuan::Error(suyuan::ErrorKind::NOT_FOUND, "cannot open " + normalize_file);
        }
        std::istream& in = normalize_file == "-" ? std::cin : file;
        if (lines) {
          normalizer.fold_stream(
              in, [](const suyuan::FoldedText& piece, std::uint64_t) { std::cout << piece.text; },
              suyuan::Normalizer::DEFAULT_CHUNK_BYTES, suyuan::StreamContent::TEXT);
          return EXIT_OK;
        }
        bool any = false;
        normalizer.normalize_stream(
            in,
            [&any](const suyuan::NormalizedDocument& piece, std::uint64_t) {
              if (piece.text.empty()) return;
              if (any) std::cout << '\n';
              std::cout << piece.text;
              any = true;
            },
            suyuan::Normalizer::DEFAULT_CHUNK_BYTES, suyuan::StreamContent::TEXT);
        std::cout << "\n";
        return EXIT_OK;
      }
      const std::string raw = suyuan::tools::read_input(normalize_file);
      const auto document = normalizer.normalize(raw, format);
      if (explain) {
        std::cout << suyuan::explain(document, raw);
      } else if (normalize_json) {
        std::cout << suyuan::to_json(document).dump(2) << "\n";
      } else {
        std::cout << document.text << "\n";
      }
      return EXIT_OK;
    }

    // extract
    const bool from_text = extract->count("--text") > 0;
    const std::string raw = from_text ? text : suyuan::tools::read_input(extract_file);
    const suyuan::NormalizedDocument document = normalizer.normalize(
        raw, from_text ? suyuan::SourceFormat::TEXT : format_of(extract_file, html));
    const suyuan::Extractor extractor({suyuan::resolve_data_dir(data_dir) / "extract"}, normalizer);
    suyuan::ExtractOptions options;
    options.reference_date = ref_date;
    const suyuan::ExtractionResult result = extractor.extract(document, raw, options);
    nlohmann::json out = suyuan::to_json(result);
    const auto& meta = document.metadata;
    out["document"] = {
        {"path", from_text ? "" : extract_file},
        {"bytes", raw.size()},
        {"title", meta.title},
        {"publisher", meta.publisher},
        {"published", meta.published},
        {"author", meta.author},
        {"url", meta.url},
        {"reference_date", ref_date.empty() ? meta.published.substr(0, 10) : ref_date}};
    std::cout << out.dump(2) << "\n";
    return EXIT_OK;
  });
}
