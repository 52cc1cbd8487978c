/// @file recognizer_specs.cpp
/// @brief Recognizers-Text spec scoring for the figure and date recognisers.
#include "recognizer_specs.h"

#include <cmath>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>

#include "code_points.h"
#include "recognizers.h"
#include "suyuan/normalize/normalizer.h"

namespace fs = std::filesystem;

namespace suyuan::test {
namespace {

using Span = std::pair<std::size_t, std::size_t>;  // UTF-16 [begin, end)

double harmonic(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

/// UTF-16 offset of every byte offset of `text`.
std::vector<std::size_t> utf16_offsets(const std::string& text) {
  std::vector<std::size_t> out(text.size() + 1, 0);
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out[i] = units;
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  out[text.size()] = units;
  return out;
}

enum class Family { NUMBER, PERCENT, RANGE, CURRENCY, DIMENSION, DATE, HOLIDAY };

Family family_of(const std::string& file) {
  if (file.starts_with("DateTime/Holiday")) return Family::HOLIDAY;  // holidays only
  if (file.starts_with("DateTime/")) return Family::DATE;
  if (file.find("Percent") != std::string::npos) return Family::PERCENT;
  if (file.find("Range") != std::string::npos) return Family::RANGE;
  if (file.find("Currency") != std::string::npos) return Family::CURRENCY;
  if (file.find("Dimension") != std::string::npos) return Family::DIMENSION;
  return Family::NUMBER;
}

/// A prediction: its span and what it resolved to.
struct Predicted {
  Span span;
  std::optional<double> value;
  std::string currency, date, relation;
};

/// Whether the spec's resolution agrees with our value; nullopt when the spec gives none.
std::optional<bool> value_agrees(Family family, const nlohmann::json& result, const Predicted& p) {
  if (!result.contains("Resolution") || !result["Resolution"].is_object()) return std::nullopt;
  const auto& resolution = result["Resolution"];
  if (family == Family::DATE) {
    if (!resolution.contains("values")) return std::nullopt;
    std::string start = p.date;
    if (start.size() == 4) start += "-01";
    if (start.size() == 7) start += "-01";
    for (const auto& v : resolution["values"]) {
      // An open-ended range (Mod: before, after, since, until) agrees in its date and relation.
      if (v.contains("Mod")) {
        if (v.value("timex", "") == p.date && v.value("Mod", "") == p.relation) return true;
        continue;
      }
      if (v.value("value", "") == p.date || v.value("start", "") == start) return true;
    }
    return false;
  }
  if (!resolution.contains("value") || !resolution["value"].is_string()) return std::nullopt;
  std::string text = resolution["value"].get<std::string>();
  if (!text.empty() && text.back() == '%') text.pop_back();
  double expected = 0;
  try {
    std::size_t used = 0;
    expected = std::stod(text, &used);
    if (used != text.size()) return std::nullopt;  // ranges such as "(20,35]"
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (!p.value) return false;
  const bool same = std::fabs(*p.value - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
  if (family == Family::CURRENCY && resolution.contains("isoCurrency"))
    return same && resolution["isoCurrency"].get<std::string>() == p.currency;
  return same;
}

/// Our predictions for `input`, in UTF-16 spans of the input.
std::vector<Predicted> predict(const Normalizer& normalizer,
                               const extract::FigureVocabulary& figure_vocabulary,
                               const extract::DateVocabulary& date_vocabulary,
                               const std::string& input, const std::string& reference,
                               Family family) {
  std::vector<Predicted> out;
  NormalizedDocument document;
  try {
    document = normalizer.normalize(input, SourceFormat::TEXT);
  } catch (const std::exception&) {
    return out;  // an input the normalizer rejects predicts nothing
  }
  const auto utf16 = utf16_offsets(input);
  const auto ref = extract::ReferenceDate::parse(reference);
  extract::DateContext date_context;
  bool url_open = false;  // the last sentence ended inside a URL
  std::size_t last_sentence_end = 0;
  for (const ByteRange& sentence : document.sentences) {
    extract::CodePoints t(std::string_view(document.text).substr(sentence.begin, sentence.size()),
                          sentence.begin);
    extract::restore_chinese_commas(t, document.offsets, input, figure_vocabulary);
    extract::Claimed claimed(t.size(), false);
    auto add = [&](std::size_t begin, std::size_t end) -> Predicted* {
      const ByteRange raw = document.offsets.to_raw(t.bytes(begin, end));
      if (raw.end > input.size() || begin >= end) return nullptr;
      out.push_back({{utf16[raw.begin], utf16[raw.end]}, std::nullopt, "", "", ""});
      return &out.back();
    };
    extract::claim_titles(t, claimed);
    url_open = extract::claim_urls(t, claimed, url_open && last_sentence_end == sentence.begin);
    last_sentence_end = sentence.end;
    const auto dates = extract::find_dates(t, date_vocabulary, ref, date_context, claimed);
    const auto figures = extract::find_figures(t, figure_vocabulary, claimed);
    if (family == Family::DATE || family == Family::HOLIDAY) {
      for (const auto& d : dates) {
        if (family == Family::HOLIDAY && d.holiday.empty()) continue;
        if (auto* p = add(d.begin, d.end))
          p->date = d.date, p->relation = std::string(name_of(d.relation));
      }
      continue;
    }
    for (const auto& f : figures) {
      Predicted* p = nullptr;
      switch (family) {
        case Family::NUMBER:
          p = add(f.number_begin, f.number_end);
          break;
        case Family::PERCENT:
          if (f.kind == ValueKind::PERCENT) p = add(f.value_begin, f.value_end);
          break;
        case Family::CURRENCY:
          if (f.kind == ValueKind::MONEY) p = add(f.value_begin, f.value_end);
          break;
        case Family::DIMENSION:
          if (f.kind == ValueKind::QUANTITY) p = add(f.value_begin, f.value_end);
          break;
        case Family::RANGE:
          // Qualifiers and numerals; a suffix qualifier (五百以上) ends the span, a unit not.
          if (f.min || f.approx != Approx::EXACT)
            p = add(f.begin, f.end != f.value_end ? f.end : f.number_end);
          break;
        case Family::DATE:
        case Family::HOLIDAY:
          break;
      }
      if (p) {
        p->value = f.value;
        p->currency = f.currency;
      }
    }
  }
  return out;
}

}  // namespace

double SpecScore::f1() const { return harmonic(precision(), recall()); }

double SpecScore::overlap_f1() const {
  const double p = predicted ? double(overlap) / double(predicted) : 0;
  const double r = expected ? double(overlap) / double(expected) : 0;
  return harmonic(std::min(p, 1.0), r);
}

SkipList load_skip_list(const fs::path& tsv) {
  SkipList skip;
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error("cannot read " + tsv.string());
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const auto tab2 = tab == std::string::npos ? tab : line.find('\t', tab + 1);
    if (tab2 == std::string::npos || tab2 + 1 >= line.size())
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) +
                               ": expected file, input and reason");
    skip[{line.substr(0, tab), line.substr(tab + 1, tab2 - tab - 1)}] = line.substr(tab2 + 1);
  }
  return skip;
}

std::map<std::string, double> load_floors(const fs::path& tsv) {
  std::map<std::string, double> floors;
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error("cannot read " + tsv.string());
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error("bad floor line: " + line);
    floors[line.substr(0, tab)] = std::stod(line.substr(tab + 1));
  }
  return floors;
}

SpecSplit split_of(const std::string& input) {
  std::uint32_t hash = 2166136261u;
  for (const char c : input) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash % 3 == 0 ? SpecSplit::HELD_OUT : SpecSplit::DEV;
}

const std::vector<std::string>& spec_files() {
  static const std::vector<std::string> files = {"Number/NumberModel.jsonl",
                                                 "Number/PercentModel.jsonl",
                                                 "Number/NumberRangeModel.jsonl",
                                                 "NumberWithUnit/CurrencyModel.jsonl",
                                                 "NumberWithUnit/DimensionModel.jsonl",
                                                 "DateTime/DateExtractor.jsonl",
                                                 "DateTime/DatePeriodExtractor.jsonl",
                                                 "DateTime/DateTimeModel.jsonl",
                                                 "DateTime/HolidayExtractor.jsonl"};
  return files;
}

SpecScore score_spec_file(const Normalizer& normalizer, const extract::FigureVocabulary& figures,
                          const extract::DateVocabulary& dates, const fs::path& spec_dir,
                          const std::string& file, const SkipList& skip, std::ostream* misses,
                          SpecSplit split) {
  std::ifstream in(spec_dir / file);
  if (!in) throw std::runtime_error("cannot read " + (spec_dir / file).string());
  const Family family = family_of(file);
  SpecScore score;
  score.file = file;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto spec = nlohmann::json::parse(line);
    const std::string input = spec.at("Input").get<std::string>();
    if (split != SpecSplit::ALL && split_of(input) != split) continue;
    ++score.cases;
    if (skip.count({file, input})) {
      ++score.skipped;
      continue;
    }
    // Specs without a context ran against the current time in .NET; a fixed date does for
    // span matching, and their resolutions are not compared below for relative dates.
    std::string reference = "2017-03-22";
    if (spec.contains("Context") && spec["Context"].contains("ReferenceDateTime"))
      reference = spec["Context"]["ReferenceDateTime"].get<std::string>().substr(0, 10);
    std::vector<std::pair<Span, const nlohmann::json*>> expected;
    std::vector<Span> out_of_scope;  // times, durations, sets: our dates inside them don't count
    for (const auto& r : spec.at("Results")) {
      const std::string type = r.value("TypeName", r.value("Type", ""));
      const bool calendar = type == "date" || type == "daterange" || type == "datetimeV2.date" ||
                            type == "datetimeV2.daterange";
      const std::size_t start = r.at("Start").get<std::size_t>();
      const std::size_t end = r.contains("End") ? r["End"].get<std::size_t>() + 1
                                                : start + r.at("Length").get<std::size_t>();
      if (family == Family::DATE && !calendar) {
        out_of_scope.emplace_back(start, end);
        continue;
      }
      expected.push_back({{start, end}, &r});
    }
    auto predicted = predict(normalizer, figures, dates, input, reference, family);
    std::erase_if(predicted, [&](const Predicted& p) {
      for (const Span& s : out_of_scope) {
        if (p.span.first >= s.first && p.span.second <= s.second) return true;
      }
      return false;
    });
    score.expected += expected.size();
    score.predicted += predicted.size();
    bool all_matched = expected.size() == predicted.size();
    for (const auto& [span, result] : expected) {
      bool strict = false, overlap = false;
      for (const auto& p : predicted) {
        if (p.span == span && !strict) {
          strict = true;
          if (auto agrees = value_agrees(family, *result, p)) {
            ++score.values_checked;
            score.values_correct += *agrees ? 1 : 0;
            if (misses && !*agrees) {
              *misses << "value\t" << file << '\t' << input << '\t'
                      << result->value("Resolution", nlohmann::json()).dump() << '\t'
                      << (p.value ? std::to_string(*p.value) : p.date) << '\n';
            }
          }
        }
        overlap = overlap || (p.span.first < span.second && span.first < p.span.second);
      }
      score.strict += strict ? 1 : 0;
      score.overlap += overlap ? 1 : 0;
      all_matched = all_matched && strict;
    }
    if (misses && !all_matched) {
      const auto text_of = [&](Span s) {
        // Spans are UTF-16; walk the input to cut it.
        std::size_t unit = 0, begin = input.size(), end = input.size();
        for (std::size_t i = 0; i <= input.size(); ++i) {
          if (i < input.size() && (static_cast<unsigned char>(input[i]) & 0xC0) == 0x80) continue;
          if (unit == s.first && begin == input.size()) begin = i;
          if (unit == s.second) {
            end = i;
            break;
          }
          if (i < input.size()) unit += static_cast<unsigned char>(input[i]) >= 0xF0 ? 2 : 1;
        }
        return begin <= end ? input.substr(begin, end - begin) : std::string();
      };
      *misses << file << '\t' << input << '\t';
      for (const auto& e : expected) *misses << '[' << text_of(e.first) << ']';
      *misses << '\t';
      for (const auto& p : predicted) *misses << '[' << text_of(p.span) << ']';
      *misses << '\n';
    }
  }
  return score;
}

}  // namespace suyuan::test
