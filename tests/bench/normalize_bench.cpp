/// @file normalize_bench.cpp
/// @brief Script-folding throughput and accuracy against ICU's uconv and OpenCC, measured on
/// the same bytes in the same run.
///
/// Throughput: the text of every article of ../shared/data/news, single thread, for
/// Normalizer::fold (line mode: script, width, annotations, offset map) and
/// Normalizer::normalize (the whole document pipeline), next to
/// `uconv -x Traditional-Simplified` and `opencc -c t2s.json` reading the same bytes.
/// Accuracy: character accuracy on the traditional → simplified files of
/// ../shared/data/tradsimp; quotation-mark conventions (「」 vs “”) and punctuation width are
/// not counted.
#include <sys/resource.h>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "bench_support.h"
#include "suyuan/core/utf8.h"
#include "suyuan/normalize/normalizer.h"

namespace fs = std::filesystem;
using namespace suyuan;

namespace {

/// Output of a shell command fed `input`, via temp files.
std::string run_filter(const std::string& command, const std::string& input) {
  const fs::path in = fs::temp_directory_path() / "suyuan-bench-in.txt";
  const fs::path out = fs::temp_directory_path() / "suyuan-bench-out.txt";
  std::ofstream(in, std::ios::binary) << input;
  if (std::system(
          (command + " < " + in.string() + " > " + out.string() + " 2>/dev/null").c_str()) != 0)
    return {};
  std::ifstream result(out, std::ios::binary);
  std::ostringstream buffer;
  buffer << result.rdbuf();
  return buffer.str();
}

std::u32string code_points(const std::string& text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::decode(text, i));
  return out;
}

/// Quotation marks and punctuation width are conventions, not conversions: compare 「」 and “”
/// as one class, and full-width forms as their ASCII counterparts (we fold width on purpose).
char32_t quote_class(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c == 0x3000) c = ' ';
  switch (c) {
    case U'「':
    case U'」':
    case U'“':
    case U'”':
    case U'『':
    case U'』':
    case U'‘':
    case U'’':
    case '"':
      return '"';
    default:
      return c;
  }
}

struct Accuracy {
  std::size_t chars = 0, correct = 0, lines = 0, exact = 0;
  void add(const std::string& got, const std::string& want) {
    const auto a = code_points(got), b = code_points(want);
    ++lines;
    bool same = a.size() == b.size();
    for (std::size_t i = 0; i < b.size(); ++i) {
      ++chars;
      if (i < a.size() && quote_class(a[i]) == quote_class(b[i]))
        ++correct;
      else
        same = false;
    }
    exact += same;
  }
  double percent() const { return chars ? 100.0 * correct / chars : 0; }
};

/// Lines of (traditional, simplified) pairs from a tradsimp TSV file.
std::vector<std::pair<std::string, std::string>> pairs(const fs::path& file) {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

void accuracy_row(const std::string& name,
                  const std::vector<std::pair<std::string, std::string>>& data,
                  const Normalizer& normalizer) {
  std::string input;
  for (const auto& [trad, simp] : data) input += trad + "\n";
  const std::string ours = normalizer.fold(input).text;
  const std::string uconv = run_filter("uconv -x Traditional-Simplified", input);
  const std::string opencc = run_filter("opencc -c t2s.json", input);
  auto score = [&](const std::string& output) {
    Accuracy a;
    std::istringstream lines(output);
    std::string line;
    for (const auto& [trad, simp] : data) {
      if (!std::getline(lines, line)) line.clear();
      a.add(line, simp);
    }
    return a;
  };
  for (const auto& [label, output] : {std::pair<std::string, const std::string&>{"suyuan", ours},
                                      {"uconv", uconv},
                                      {"opencc", opencc}}) {
    const Accuracy a = score(output);
    std::cout << std::left << std::setw(22) << name << std::setw(8) << label << std::right
              << std::fixed << std::setprecision(3) << std::setw(9) << a.percent() << " %"
              << std::setw(6) << a.exact << "/" << a.lines << " lines exact"
              << (output.empty() ? "  (tool missing)" : "") << "\n";
  }
}

}  // namespace

int main() {
  const Normalizer normalizer({bench::source_dir() / "data/normalize"});
  const auto articles = bench::load_news();
  std::string all;
  for (const auto& a : articles) all += a.text + "\n";
  std::cout << "news corpus: " << articles.size() << " articles, " << all.size() / 1e6 << " MB\n";

  auto start = std::chrono::steady_clock::now();
  std::size_t folded = 0;
  for (const auto& a : articles) folded += normalizer.fold(a.text).text.size();
  const double fold_seconds = bench::seconds_since(start);
  start = std::chrono::steady_clock::now();
  std::size_t sentences = 0;
  for (const auto& a : articles)
    sentences += normalizer.normalize(a.text, SourceFormat::TEXT).sentences.size();
  const double normalize_seconds = bench::seconds_since(start);
  const double uconv = bench::time_command("uconv -x Traditional-Simplified", all);
  const double opencc = bench::time_command("opencc -c t2s.json", all);
  const double mb = all.size() / 1e6;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);

  std::cout << std::fixed << std::setprecision(1)
            << "fold (script+width+annotations+offset map): " << mb / fold_seconds
            << " MB/s\nnormalize (whole pipeline, " << sentences
            << " sentences): " << mb / normalize_seconds << " MB/s\n";
  if (uconv > 0) {
    std::cout << "uconv -x Traditional-Simplified: " << mb / uconv << " MB/s — fold is "
              << std::setprecision(2) << uconv / fold_seconds << "x, normalize "
              << uconv / normalize_seconds << "x\n"
              << std::setprecision(1);
  }
  if (opencc > 0) {
    std::cout << "opencc -c t2s.json: " << mb / opencc << " MB/s — fold is " << std::setprecision(2)
              << opencc / fold_seconds << "x, normalize " << opencc / normalize_seconds << "x\n";
  }
  std::cout << "peak RSS: " << usage.ru_maxrss / 1024
            << " MiB (this program holds the whole corpus in memory)\n\n";

  const fs::path tradsimp = bench::shared_data_dir() / "tradsimp";
  accuracy_row("ud_gsd_dev.tsv", pairs(tradsimp / "ud_gsd_dev.tsv"), normalizer);
  accuracy_row("opencc_t2s.tsv", pairs(tradsimp / "opencc_t2s.tsv"), normalizer);
  accuracy_row("noisy re-posts",
               pairs(bench::source_dir() / "tests/data/normalize/noisy_reposts.tsv"), normalizer);
  return folded == 0 ? 1 : 0;
}
