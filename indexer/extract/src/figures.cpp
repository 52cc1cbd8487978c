/// @file figures.cpp
/// @brief Figure recognition: numbers, percentages, money, quantities, ratios, ranges and
/// their qualifiers, over code points of normalized text outside the dates' characters.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "numerals.h"
#include "recognizers.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

const FigureVocabulary::Unit* match_unit(const CodePoints& t, std::size_t& i,
                                         const FigureVocabulary& v) {
  std::size_t start = i;
  while (t[start] == ' ') ++start;
  for (const auto& unit : v.units) {
    const bool latin = is_ascii_alpha(unit.surface[0]);
    // "2021 年"-style spacing: one space before a Chinese unit after Arabic digits.
    if (start != i && !latin && !(start == i + 1 && i > 0 && is_ascii_digit(t[i - 1]))) continue;
    if (!t.at(start, unit.surface)) continue;
    const std::size_t end = start + unit.surface.size();
    if (latin && (is_ascii_alpha(t[end]) || is_ascii_digit(t[end]))) continue;
    i = end;
    return &unit;
  }
  return nullptr;
}

}  // namespace

FigureVocabulary FigureVocabulary::load(const std::filesystem::path& data_dir) {
  FigureVocabulary v;
  const auto cues_file = data_dir / "qualifiers.json";
  std::ifstream cues_in(cues_file);
  if (!cues_in) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + cues_file.string());
  try {
    const auto cues = nlohmann::json::parse(cues_in);
    for (const auto& [word, approx] : cues.at("prefix").items()) {
      v.qualifiers_prefix.emplace_back(to_u32(word), approx.get<std::string>());
    }
    for (const auto& [word, approx] : cues.at("suffix").items()) {
      v.qualifiers_suffix.emplace_back(to_u32(word), approx.get<std::string>());
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + cues_file.string() + ": " + e.what());
  }
  const auto units_file = data_dir / "units.tsv";
  std::ifstream units_in(units_file);
  if (!units_in) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + units_file.string());
  std::string line;
  int number = 0;
  while (std::getline(units_in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string surface, kind, unit;
    if (!std::getline(fields, surface, '\t') || !std::getline(fields, kind, '\t') ||
        !std::getline(fields, unit)) {
      throw Error(ErrorKind::CORRUPT_INDEX,
                  units_file.string() + ":" + std::to_string(number) + ": expected 3 columns");
    }
    v.units.push_back({to_u32(surface), kind, unit});
  }
  auto longest_first = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
  std::stable_sort(v.qualifiers_prefix.begin(), v.qualifiers_prefix.end(), longest_first);
  std::stable_sort(v.qualifiers_suffix.begin(), v.qualifiers_suffix.end(), longest_first);
  std::stable_sort(v.units.begin(), v.units.end(), [](const Unit& a, const Unit& b) {
    return a.surface.size() > b.surface.size();
  });
  return v;
}

std::vector<Figure> find_figures(const CodePoints& t, const FigureVocabulary& v, Claimed& claimed) {
  std::vector<Figure> figures;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i]) continue;
    Figure f;
    f.begin = i;
    std::size_t start = i;
    bool percent = false;
    std::optional<Number> first;
    std::size_t number_begin = i;
    double per_mille = 0;  // 千分之 → ÷10, 万分之 → ÷100 as a percentage
    if (t.at(i, U"百分之")) {
      number_begin = i + 3;
      first = parse_number(t, i + 3);
      percent = first.has_value();
    } else if (t.at(i, U"千分之") || t.at(i, U"万分之")) {
      number_begin = i + 3;
      first = parse_number(t, i + 3);
      percent = first.has_value();
      per_mille = t[i] == U'千' ? 10 : 100;
      if (first) first->value /= per_mille;
    } else if (t.at(i, U"一半")) {
      f.kind = "ratio";
      f.value = 0.5;
      f.unit = "fraction";
      f.end = i + 2;
      f.number_end = f.end;
    } else {
      if (i > 0 && t[i - 1] == U'第') continue;  // ordinals
      // A minus sign that is not a range dash or a hyphen inside a word.
      const bool minus = (t[i] == '-' || t[i] == U'负') &&
                         (i == 0 || (!is_ascii_digit(t[i - 1]) && !is_ascii_alpha(t[i - 1]) &&
                                     t[i - 1] != '%' && t[i - 1] != '-'));
      first = parse_number(t, minus ? i + 1 : i);
      if (first && minus) first->value = -first->value;
    }
    if (first) {
      std::size_t j = first->end;
      // X分之Y: a fraction, kept as a ratio.
      if (t.at(j, U"分之") && !first->vague) {
        auto numerator = parse_number(t, j + 2);
        if (numerator && !numerator->vague && first->value > 0) {
          f.kind = "ratio";
          f.value = numerator->value / first->value;
          f.unit = "fraction";
          f.end = numerator->end;
          // 百万分之五, 千万分之六: parts per million are read as percentages, like 千分之.
          const double magnitude = std::log10(first->value);
          if (chinese_unit(t[i]) > 1 && magnitude >= 2 && magnitude == std::floor(magnitude)) {
            f.kind = "percent";
            f.unit = "percent";
            *f.value *= 100;
          }
        }
      }
      // 三又三分之一, 3又壹千分之23: a whole number and a fraction.
      if (!f.value && !first->vague && t[j] == U'又') {
        const auto denominator = parse_number(t, j + 1);
        if (denominator && !denominator->vague && denominator->value > 0 &&
            t.at(denominator->end, U"分之")) {
          const auto numerator = parse_number(t, denominator->end + 2);
          if (numerator && !numerator->vague) {
            f.value = first->value + numerator->value / denominator->value;
            f.end = numerator->end;
          }
        }
      }
      // 1/2, 3/5: fractions in digits; not 24/7 inside a longer run of slashes (dates, paths).
      const std::size_t denominator_run = digit_run(t, j + 1);
      if (!f.value && !first->chinese && !first->vague && t[j] == '/' && denominator_run > 0 &&
          denominator_run <= 4 && t[j + 1 + denominator_run] != '/' &&
          t[j + 1 + denominator_run] != '.' && !(start > 0 && t[start - 1] == '/')) {
        const double denominator = digits_value(t, j + 1, j + 1 + denominator_run);
        if (denominator > 0 && first->value == std::floor(first->value)) {
          f.kind = "ratio";
          f.value = first->value / denominator;
          f.unit = "fraction";
          f.end = j + 1 + denominator_run;
        }
      }
      f.number_end = f.end;
      if (!f.value) {
        if (!percent && (t[j] == '%' || t[j] == U'％')) percent = true, ++j;
        // 七成 is seventy per cent ("成" = tenths); not 成为/成本/成功.
        // 九折, 五五折, 9.9折: a price at that many tenths (九折 = 90 %).
        if (!percent && t[j] == U'折' && first->value > 0 && first->value < 100 && !first->vague) {
          percent = true;
          first->value = first->value < 10 ? first->value * 10 : first->value;
          ++j;
        }
        if (!percent && t[j] == U'成' && first->value <= 10 && t[j + 1] != U'为' &&
            t[j + 1] != U'本' && t[j + 1] != U'功' && t[j + 1] != U'立' && t[j + 1] != U'果' &&
            t[j + 1] != U'交' && t[j + 1] != U'长') {
          percent = true;
          first->value *= 10;
          ++j;
        }
        std::size_t unit_end = j;
        const FigureVocabulary::Unit* unit = percent ? nullptr : match_unit(t, unit_end, v);
        // A range: "45亿至55亿美元", "15%-30%", "60万至70万片".
        std::optional<Number> second;
        std::size_t after = unit ? unit_end : j;
        if (is_range_separator(t[after]) && !any_claimed(claimed, after, after + 2)) {
          second = parse_number(t, after + 1);
          if (second && second->chinese != first->chinese) second.reset();
        }
        if (second) {
          std::size_t k = second->end;
          bool second_percent = false;
          if (t[k] == '%' || t[k] == U'％') second_percent = true, ++k;
          std::size_t second_unit_end = k;
          const FigureVocabulary::Unit* second_unit =
              second_percent ? nullptr : match_unit(t, second_unit_end, v);
          if (unit && second_unit && unit != second_unit) {
            second.reset();
          } else {
            percent = percent || second_percent;
            if (!unit) unit = second_unit;
            f.min = first->vague ? first->vague->first : first->value;
            f.max = second->vague ? second->vague->second : second->value;
            f.end = second_unit ? second_unit_end : k;
            f.number_end = second->end;
          }
        }
        if (!second) {
          if (first->vague) {
            f.min = first->vague->first;
            f.max = first->vague->second;
            f.approx = "about";
          } else {
            f.value = first->value;
          }
          if (first->over) f.approx = "over";
          f.end = unit ? unit_end : j;
          // 两美元又三美分: dollars and cents.
          if (unit && f.value && unit->unit == "USD" && t[f.end] == U'又') {
            const auto cents = parse_number(t, f.end + 1);
            if (cents && !cents->vague && cents->value < 100 && t.at(cents->end, U"美分")) {
              *f.value += cents->value / 100;
              f.end = cents->end + 2;
            }
          }
          // 两米半, 一年半, 三块半: and a half of the unit.
          if (unit && f.value && t[f.end] == U'半' && unit->kind != "percent") {
            *f.value += 0.5;
            ++f.end;
          }
          f.number_end = first->end;
        }
        // A lone Chinese numeral without unit is usually a word (一度, 一场), not a figure.
        if (first->chinese && first->length < 2 && !unit && !percent && !second) continue;
        if (!first->chinese && !unit && !percent && is_ascii_alpha(t[f.end])) continue;
        if (percent) {
          f.kind = "percent";
          f.unit = "percent";
        } else if (unit && unit->kind == "percent") {
          f.kind = "percent";
          f.unit = unit->unit;  // percentage points
        } else if (unit) {
          f.kind = unit->kind;
          if (unit->kind == "money")
            f.currency = unit->unit;
          else
            f.unit = unit->unit;
        }
        // "每秒4.0 TB" is a rate.
        if (unit && (unit->unit == "TB" || unit->unit == "GB") && t.ends_at(start, U"每秒")) {
          f.unit += "/s";
          start -= 2;
        }
      }
    }
    if (!f.value && !f.min) continue;
    // Currency written before the amount: $20, US$1.5亿, NT$300, ￥300, 人民币 8千元.
    static const std::pair<std::u32string_view, const char*> currency_prefixes[] = {
        {U"US$", "USD"},     {U"NT$", "TWD"},    {U"HK$", "HKD"},    {U"$", "USD"},
        {U"￥", "CNY"},      {U"¥", "CNY"},      {U"€", "EUR"},      {U"£", "GBP"},
        {U"人民币 ", "CNY"}, {U"人民币", "CNY"}, {U"新台币", "TWD"}, {U"台币", "TWD"},
        {U"港币", "HKD"},    {U"港元", "HKD"}};
    if (f.kind == "number" || (f.kind == "money" && f.currency == "CNY")) {
      for (const auto& [symbol, iso] : currency_prefixes) {
        if (!t.ends_at(start, symbol) || any_claimed(claimed, start - symbol.size(), start))
          continue;
        // A currency name before the amount (新台币300元) needs 元 after it; a bare number after
        // 人民币 may be a count.
        if (f.kind == "number" && !is_ascii_alpha(symbol[0]) && symbol[0] != U'$' &&
            symbol.size() > 1)
          continue;
        f.kind = "money";
        f.currency = iso;
        start -= symbol.size();
        break;
      }
    }
    f.number_begin = number_begin;
    f.value_begin = start;
    f.value_end = f.end;
    // Qualifiers around the figure.
    for (const auto& [word, approx] : v.qualifiers_prefix) {
      if (start >= word.size() && t.ends_at(start, word) &&
          !any_claimed(claimed, start - word.size(), start)) {
        if (f.approx == "exact" || approx != "exact") f.approx = approx;
        start -= word.size();
        break;
      }
    }
    for (const auto& [word, approx] : v.qualifiers_suffix) {
      if (t.at(f.end, word)) {
        f.approx = approx;
        f.end += word.size();
        break;
      }
    }
    f.begin = start;
    if (any_claimed(claimed, f.begin, f.end)) continue;
    claim(claimed, f.begin, f.end);
    figures.push_back(f);
    i = f.end - 1;
  }
  return figures;
}

}  // namespace suyuan::extract
