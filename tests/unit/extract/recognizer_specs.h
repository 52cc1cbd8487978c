/// @file recognizer_specs.h
/// @brief Scores the figure and date recognisers against the Chinese test specs of Microsoft
/// Recognizers-Text (../shared/data/recognizers_zh). Shared by the ctest floor test and the
/// extract_eval benchmark, so both count the same way.
///
/// Spec Start/End are inclusive UTF-16 offsets (or Start/Length) into Input; we normalize the
/// input with the real Normalizer, claim book titles, run find_dates then find_figures per sentence
/// (as the Extractor does), map our code point spans to raw bytes and then to UTF-16. Which of our
/// spans is compared depends on the file: NumberModel compares the numerals alone ("五十五点五七九"
/// of "百分之五十五点五七九"), Percent/Currency/Dimension the figure without qualifier words,
/// NumberRange the qualifiers and numerals without the unit, DateTime the date. Only calendar
/// results (date, daterange) of DateTime specs count: times, durations and recurring sets are out
/// of suyuan's scope.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace suyuan {
class Normalizer;
}

namespace suyuan::extract {
struct FigureVocabulary;
struct DateVocabulary;
}  // namespace suyuan::extract

namespace suyuan::test {

/// Counts for one spec file.
struct SpecScore {
  std::string file;
  std::size_t cases = 0, skipped = 0;
  std::size_t expected = 0, predicted = 0;
  std::size_t strict = 0;                              ///< expected spans we reproduced exactly
  std::size_t overlap = 0;                             ///< expected spans we overlapped
  std::size_t values_checked = 0, values_correct = 0;  ///< strict matches with a resolution

  double precision() const { return predicted ? double(strict) / double(predicted) : 0; }
  double recall() const { return expected ? double(strict) / double(expected) : 0; }
  double f1() const;
  double overlap_f1() const;
};

/// (file, input) → reason, from tests/data/extract/recognizers_skip.tsv.
using SkipList = std::map<std::pair<std::string, std::string>, std::string>;

/// Reads the skip list; throws std::runtime_error on a line without three columns.
SkipList load_skip_list(const std::filesystem::path& tsv);

/// Minimum F1 per spec file, from tests/data/extract/recognizers_floors.tsv.
std::map<std::string, double> load_floors(const std::filesystem::path& tsv);

/// Which cases to score: all, or the development two thirds or the held-out third of a split by
/// a hash of the case's input (the same input falls in the same third in every file), so that
/// rules written against the development cases can be seen to generalize.
enum class SpecSplit { ALL, DEV, HELD_OUT };

/// The third `input` belongs to: HELD_OUT when its FNV-1a hash is 0 modulo 3, else DEV.
SpecSplit split_of(const std::string& input);

/// The spec files the evaluation covers, relative to recognizers_zh.
const std::vector<std::string>& spec_files();

/// Scores one spec file. When `misses` is given, every case whose spans differ is written to
/// it as `file<TAB>input<TAB>expected<TAB>predicted`.
SpecScore score_spec_file(const Normalizer& normalizer, const extract::FigureVocabulary& figures,
                          const extract::DateVocabulary& dates,
                          const std::filesystem::path& spec_dir, const std::string& file,
                          const SkipList& skip, std::ostream* misses = nullptr,
                          SpecSplit split = SpecSplit::ALL);

}  // namespace suyuan::test
