/// @file figures.cpp
/// @brief Figure recognition: numbers, percentages, money, quantities, ratios, ranges and
/// their qualifiers, over code points of normalized text outside the dates' characters.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "json_data.h"
#include "numerals.h"
#include "recognizers.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

constexpr std::size_t npos = std::u32string_view::npos;

/// The kind column of units.tsv.
UnitKind unit_kind(const std::string& name, const std::string& where) {
  static const std::pair<const char*, UnitKind> kinds[] = {{"money", UnitKind::MONEY},
                                                           {"quantity", UnitKind::QUANTITY},
                                                           {"percent", UnitKind::PERCENT},
                                                           {"ratio", UnitKind::RATIO},
                                                           {"measure", UnitKind::MEASURE}};
  for (const auto& [n, kind] : kinds)
    if (name == n) return kind;
  throw Error(ErrorKind::CORRUPT_INDEX, where + ": unknown unit kind '" + name + "'");
}

/// A factor or divisor column of units.tsv.
double positive_number(const std::string& text, const std::string& where) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !(value > 0))
    throw Error(ErrorKind::CORRUPT_INDEX,
                where + ": expected a positive number, got '" + text + "'");
  return value;
}

/// The figure a unit makes: a measure word counts a quantity.
ValueKind value_kind_of(UnitKind kind) {
  switch (kind) {
    case UnitKind::MONEY:
      return ValueKind::MONEY;
    case UnitKind::PERCENT:
      return ValueKind::PERCENT;
    case UnitKind::RATIO:
      return ValueKind::RATIO;
    case UnitKind::QUANTITY:
    case UnitKind::MEASURE:
      break;
  }
  return ValueKind::QUANTITY;
}

bool is_lower_bound(Approx approx) { return approx == Approx::OVER || approx == Approx::AT_LEAST; }
bool is_upper_bound(Approx approx) { return approx == Approx::UNDER || approx == Approx::AT_MOST; }

/// Where `word` starts when it ends just before `end`, else npos. One space may stand before
/// `end` (超过 100) and between the word's characters (chat-style 小于 或 等于).
std::size_t start_of_word_before(const CodePoints& t, std::size_t end, std::u32string_view word) {
  std::size_t k = end;
  if (k > 0 && t[k - 1] == ' ') --k;
  for (std::size_t w = word.size(); w-- > 0;) {
    if (w + 1 < word.size() && k > 0 && t[k - 1] == ' ') --k;
    if (k == 0 || t[k - 1] != word[w]) return npos;
    --k;
  }
  return k;
}

/// Whether a comparison word (大于, 不超过, ≥ …: a lower or upper bound) ends just before `i`.
bool comparison_word_before(const CodePoints& t, std::size_t i, const FigureVocabulary& v) {
  for (const auto& [word, approx] : v.qualifiers_prefix) {
    if ((is_lower_bound(approx) || is_upper_bound(approx)) &&
        start_of_word_before(t, i, word) != npos)
      return true;
  }
  return false;
}

/// Whether a suffix qualifier that may follow a measure word starts at `i`: 以上, 左右 …, not
/// 多, 余 or 上下, which start words there (20次余震, 一场上下同心的协作).
bool qualifier_after_measure_at(const CodePoints& t, std::size_t i, const FigureVocabulary& v) {
  for (const auto& [word, approx] : v.qualifiers_suffix) {
    if (word.size() >= 2 && word != U"上下" && t.at(i, word)) return true;
  }
  return false;
}

/// 成 of 七成 (seventy per cent, in tenths), not the start of 成为, 成本, 成功, 成品 ….
bool tenths_at(const CodePoints& t, std::size_t i) {
  static constexpr std::u32string_view words_with_cheng = U"为本功立果交长品";
  return t[i] == U'成' && words_with_cheng.find(t[i + 1]) == npos;
}

/// 和, 与, 及, 跟 between two numbers: a range only when 之间 or 间 follows (20和30之间).
bool is_between_connector(char32_t c) {
  return c == U'和' || c == U'与' || c == U'及' || c == U'跟';
}

/// 7-12万, 三至五万, 3-5千万, 两百至三百万: a first number without 万 or 亿 shares the second's
/// multiplier. Of the multipliers that end the second (5千万: 万, then 千万), the smallest that
/// puts the first below the second by less than a factor of 1000; 1 when none does.
double shared_multiplier(const CodePoints& t, std::size_t second_end, double low, double high) {
  double multiplier = 1;
  for (std::size_t k = second_end; k > 0 && chinese_unit(t[k - 1]) >= 100; --k) {
    if (mega_prefix_at(t, k - 1)) break;
    multiplier *= chinese_unit(t[k - 1]);
    if (low * multiplier < high && low * multiplier * 1000 > high) return multiplier;
  }
  return 1;
}

/// A figure between 比 and a comparative adjective (比三十大, 比 170 低): the span with both
/// words and the approx the adjective gives.
struct Comparative {
  std::size_t begin = 0, end = 0;
  Approx approx = Approx::EXACT;
};

/// The comparative around the figure [begin, end), or nullopt. Not when a number or figure
/// stands right before 比 (3比1大胜 is a score, 一年比一年低 an idiom) or 比 ends a word (对比,
/// 同比), nor when a number follows the adjective (比100高出20%: the difference is the figure).
std::optional<Comparative> comparative_around(const CodePoints& t, std::size_t begin,
                                              std::size_t end, const std::vector<Figure>& before) {
  static constexpr std::u32string_view words_ending_in_bi = U"对相评好类攀排无占正反环同可不等设";
  std::size_t b = begin;
  if (b > 0 && t[b - 1] == ' ') --b;
  if (b == 0 || t[b - 1] != U'比') return std::nullopt;
  --b;
  if (b > 0 && (is_ascii_digit(t[b - 1]) || is_chinese_numeral(t[b - 1]) ||
                words_ending_in_bi.find(t[b - 1]) != npos))
    return std::nullopt;
  if (!before.empty() && before.back().end == b) return std::nullopt;
  std::size_t e = end;
  if (t[e] == ' ') ++e;
  std::optional<Approx> approx;
  if (t[e] == U'大' || t[e] == U'高') approx = Approx::OVER;
  if (t[e] == U'小' || t[e] == U'低') approx = Approx::UNDER;
  if (!approx) return std::nullopt;
  std::size_t k = e + 1;
  if (t[k] == U'出' || t[k] == U'了') ++k;
  const bool a_little = t[k] == U'一' && (t[k + 1] == U'些' || t[k + 1] == U'点');  // 大一些
  if (is_ascii_digit(t[k]) || (is_chinese_numeral(t[k]) && !a_little)) return std::nullopt;
  return Comparative{b, e + 1, *approx};
}

/// Whether only spaces, a comma (三年以上、十年以下) and a joining word (并且, 的同时 …) stand in
/// [begin, end).
bool only_joiners_between(const CodePoints& t, std::size_t begin, std::size_t end) {
  static constexpr std::u32string_view joiners[] = {U"的同时", U"同时", U"并且", U"而且", U"但是",
                                                    U"并",     U"且",   U"而",   U"但",   U"又"};
  std::size_t k = begin;
  while (k < end && t[k] == ' ') ++k;
  if (k < end && (t[k] == ',' || t[k] == U'，' || t[k] == U'、')) ++k;
  while (k < end && t[k] == ' ') ++k;
  for (const auto word : joiners) {
    if (t.at(k, word) && k + word.size() <= end) {
      k += word.size();
      break;
    }
  }
  while (k < end && t[k] == ' ') ++k;
  return k == end;
}

/// Whether a bound excludes its number: 大于10, 比三十大 and 超过300 do; 以上 and 以下 include
/// it, as Chinese law defines them (三年以上十年以下有期徒刑: 3 to 10 years).
bool excludes_its_number(const CodePoints& t, const Figure& bound) {
  if (t.ends_at(bound.end, U"以上") || t.ends_at(bound.end, U"以下")) return false;
  return bound.approx == Approx::OVER || bound.approx == Approx::UNDER;
}

/// 大于10小于20, 大于二十的同时小于等于三十五, 不大于50不小于20, 比四分之一大， 比二分之一小: a
/// lower and an upper bound next to each other make one range whose bounds keep their
/// exclusivity. 大于50小于12 (no number is both) stays two figures.
void join_two_sided_comparisons(const CodePoints& t, std::vector<Figure>& figures,
                                Claimed& claimed) {
  std::size_t kept = 0;
  for (std::size_t k = 0; k < figures.size(); ++k) {
    Figure& a = figures[k];
    if (k + 1 < figures.size()) {
      const Figure& b = figures[k + 1];
      const bool a_lower = is_lower_bound(a.approx), a_upper = is_upper_bound(a.approx);
      const bool opposite =
          (a_lower && is_upper_bound(b.approx)) || (a_upper && is_lower_bound(b.approx));
      // 不小于20不大于50台: a bare first bound takes the second's unit, as in 5至10%.
      const bool bare_first = a.kind == ValueKind::NUMBER && a.unit.empty();
      const bool same_kind = a.kind == b.kind && a.unit == b.unit && a.currency == b.currency;
      if (opposite && a.value && b.value && (same_kind || bare_first) &&
          only_joiners_between(t, a.end, b.begin)) {
        const Figure& lower = a_lower ? a : b;
        const Figure& upper = a_lower ? b : a;
        const double min = *lower.value, max = *upper.value;
        if (min < max) {
          // `a` becomes the range; lower and upper are read before it changes.
          const bool min_exclusive = excludes_its_number(t, lower);
          const bool max_exclusive = excludes_its_number(t, upper);
          claim(claimed, a.end, b.begin);
          a.value.reset();
          a.min = min;
          a.max = max;
          a.min_exclusive = min_exclusive;
          a.max_exclusive = max_exclusive;
          a.approx = Approx::EXACT;
          a.kind = b.kind;
          a.unit = b.unit;
          a.currency = b.currency;
          a.end = b.end;
          a.value_end = b.value_end;
          a.number_end = b.number_end;
          if (kept != k) figures[kept] = std::move(a);
          ++kept;
          ++k;  // b is part of the range
          continue;
        }
      }
    }
    if (kept != k) figures[kept] = std::move(a);
    ++kept;
  }
  figures.resize(kept);
}

/// The end of `word` at `i` when spaces may stand before it and between its characters
/// (五 分之 一, 二分 之一), or npos.
std::size_t spaced_word_end(const CodePoints& t, std::size_t i, std::u32string_view word) {
  std::size_t k = i;
  for (const char32_t c : word) {
    k = after_spaces(t, k);
    if (t[k] != c) return npos;
    ++k;
  }
  return k;
}

/// The counting word that multiplies a number (两打 = 24) at `i`, or nullptr.
const FigureVocabulary::Multiplier* multiplier_word_at(const CodePoints& t, std::size_t i,
                                                       const FigureVocabulary& v) {
  for (const auto& m : v.multipliers) {
    if (t.at(i, m.surface) && m.not_before.find(t[i + m.surface.size()]) == npos) return &m;
  }
  return nullptr;
}

/// Sub-units of `currency` after an amount that ends at `i` (3元|5角2分, 两美元|又三美分), each
/// smaller than the one before and fewer than make the next larger unit: added to `value`.
/// Returns the end of the last one (`i` when there is none).
std::size_t add_subunits(const CodePoints& t, std::size_t i, const std::string& currency,
                         double& value, const FigureVocabulary& v) {
  double divisor = 1;  // of the last unit read
  while (true) {
    std::size_t k = i;
    if (t[k] == U'又' || t[k] == U'零') ++k;
    const auto part = parse_number(t, k);
    if (!part || part->vague || part->over || part->value <= 0 ||
        part->value != std::floor(part->value))
      return i;
    const FigureVocabulary::Subunit* subunit = nullptr;
    for (const auto& s : v.subunits) {
      if (s.currency == currency && s.divisor > divisor && t.at(part->end, s.surface) &&
          s.not_before.find(t[part->end + s.surface.size()]) == npos) {
        subunit = &s;
        break;
      }
    }
    if (!subunit || part->value >= subunit->divisor / divisor) return i;
    value += part->value / subunit->divisor;
    divisor = subunit->divisor;
    i = part->end + subunit->surface.size();
  }
}

const FigureVocabulary::Unit* match_unit(const CodePoints& t, std::size_t& i,
                                         const FigureVocabulary& v);

/// Whether 半 at `i` halves the unit of time after it (半年, 半个月, 半小时): not a half of a
/// period (上半年, 前半个月), most of one (大半年), or the half after a count (三个半月, 两年半).
bool halves_unit_at(const CodePoints& t, std::size_t i, const FigureVocabulary& v) {
  if (t[i] != U'半') return false;
  static constexpr std::u32string_view not_after = U"上下前后大多一过个整";
  if (i > 0 && (not_after.find(t[i - 1]) != std::u32string_view::npos || is_ascii_digit(t[i - 1]) ||
                is_chinese_numeral(t[i - 1])))
    return false;
  for (const auto& unit : v.halvable_units) {
    std::size_t end = i + 1;
    if (t.at(i + 1, unit) && match_unit(t, end, v)) return true;
  }
  return false;
}

/// The end of the decimals spoken after a unit (2米2 = 2.2 m, 1米75 = 1.75 m, 三块五 = 3.5 元),
/// added to `value`; `i` when none follow. Digits of the number's own script only, and nothing
/// after them that would make them a number of their own (2米2根, 3米20, 1米5至2米).
std::size_t add_spoken_decimals(const CodePoints& t, std::size_t i, bool chinese, double& value,
                                const FigureVocabulary& v) {
  std::size_t end = i;
  double decimals = 0;
  if (chinese) {
    const int digit = chinese_digit(t[i]);
    if (digit <= 0 || is_counting_only_numeral(t[i])) return i;
    decimals = digit / 10.0;
    end = i + 1;
  } else {
    const std::size_t n = digit_run(t, i);
    if (n == 0 || n > 2 || t[i] == '0') return i;
    end = i + n;
    decimals = digits_value(t, i, end) / (n == 1 ? 10.0 : 100.0);
  }
  const char32_t next = t[end];
  if (is_ascii_digit(next) || is_chinese_numeral(next) || chinese_unit(next) > 0 || next == '.' ||
      next == '%' || next == U'％' || next == U'多' || next == U'余' || is_range_separator(next))
    return i;
  std::size_t unit_end = end;
  if (match_unit(t, unit_end, v)) return i;
  // 3米2根: a word after the digits counts them; only 的 or a qualifier (左右) may follow.
  const bool han = next >= 0x3400 && next <= 0x9FFF;
  const bool qualifier = std::any_of(v.qualifiers_suffix.begin(), v.qualifiers_suffix.end(),
                                     [&](const auto& q) { return t.at(end, q.first); });
  if (han && next != U'的' && !qualifier) return i;
  value += decimals;
  return end;
}

const FigureVocabulary::Unit* match_unit(const CodePoints& t, std::size_t& i,
                                         const FigureVocabulary& v) {
  std::size_t start = i;
  while (t[start] == ' ') ++start;
  // Most units fail on their first character: compare it (ASCII case-folded) before the rest.
  const auto fold = [](char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
  const char32_t first = fold(t[start]);
  for (const auto& unit : v.units) {
    if (fold(unit.surface[0]) != first) continue;
    const bool latin = is_ascii_alpha(unit.surface[0]);
    // "2021 年"-style spacing: one space before a Chinese unit after Arabic digits; a few
    // before percentage points, which no other figure ends in (一百五十  个百分点).
    const bool spaced_points = unit.kind == UnitKind::PERCENT && after_spaces(t, i) == start;
    if (start != i && !latin && !spaced_points &&
        !(start == i + 1 && i > 0 && is_ascii_digit(t[i - 1])))
      continue;
    if (!t.at(start, unit.surface)) continue;
    const std::size_t end = start + unit.surface.size();
    if (latin && (is_ascii_alpha(t[end]) || is_ascii_digit(t[end]))) continue;
    if (unit.not_before.find(t[end]) != std::u32string::npos) continue;
    i = end;
    return &unit;
  }
  return nullptr;
}

}  // namespace

FigureVocabulary FigureVocabulary::load(const std::filesystem::path& data_dir) {
  FigureVocabulary v;
  const auto cues_file = data_dir / "qualifiers.json";
  // An approximation name the claim contract does not know is a damaged file, too.
  auto approx_of = [&](const nlohmann::json& name) {
    try {
      return parse_approx(name.get<std::string>());
    } catch (const Error& e) {
      throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + cues_file.string() + ": " + e.what());
    }
  };
  read_json_data(cues_file, [&](const nlohmann::json& cues) {
    for (const auto& [word, approx] : cues.at("prefix").items())
      v.qualifiers_prefix.emplace_back(to_u32(word), approx_of(approx));
    for (const auto& [word, approx] : cues.at("suffix").items())
      v.qualifiers_suffix.emplace_back(to_u32(word), approx_of(approx));
    for (const auto& word : cues.at("words_ending_in_a_numeral"))
      v.words_ending_in_a_numeral.push_back(to_u32(word.get<std::string>()));
    for (const auto& word : cues.at("words_opening_with_a_numeral"))
      v.words_opening_with_a_numeral.push_back(to_u32(word.get<std::string>()));
    for (const auto& word : cues.at("words_ending_in_a_qualifier").at("words"))
      v.words_ending_in_a_qualifier.push_back(to_u32(word.get<std::string>()));
    const auto& negative = cues.at("below_zero");
    for (const auto& word : negative.at("words"))
      v.below_zero.push_back(to_u32(word.get<std::string>()));
    v.below_zero_degree = to_u32(negative.at("degree").get<std::string>());
    v.below_zero_unit = negative.at("unit").get<std::string>();
    for (const auto& word : cues.at("bare_magnitude_after").at("words"))
      v.bare_magnitude_after.push_back(to_u32(word.get<std::string>()));
  });
  const auto scores_file = data_dir / "scores.json";
  read_json_data(scores_file, [&](const nlohmann::json& scores) {
    auto words = [&](const char* key) {
      std::vector<std::u32string> out;
      for (const auto& w : scores.at(key)) out.push_back(to_u32(w.get<std::string>()));
      return out;
    };
    v.score_separators = words("separators");
    v.score_colons = words("colon_separators");
    v.score_context = words("context");
    v.score_ratio_context = words("ratio_context");
    v.score_competition.clear();
    for (const auto& w : scores.at("competition_context").at("words"))
      v.score_competition.push_back(to_u32(w.get<std::string>()));
    v.score_context_within = scores.at("context_within").get<std::size_t>();
    v.score_max_points = scores.at("max_points").get<double>();
  });
  const auto units_file = data_dir / "units.tsv";
  std::ifstream units_in(units_file);
  if (!units_in) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + units_file.string());
  std::string line;
  int number = 0;
  while (std::getline(units_in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string surface, kind, unit, not_before;
    if (!std::getline(fields, surface, '\t') || !std::getline(fields, kind, '\t') ||
        !std::getline(fields, unit, '\t')) {
      throw Error(ErrorKind::CORRUPT_INDEX,
                  units_file.string() + ":" + std::to_string(number) + ": expected 3 or 4 columns");
    }
    std::getline(fields, not_before);  // optional
    const std::string where = units_file.string() + ":" + std::to_string(number);
    if (kind == "multiplier") {
      v.multipliers.push_back({to_u32(surface), positive_number(unit, where), to_u32(not_before)});
      continue;
    }
    if (kind == "subunit") {
      // "CNY/10": a tenth of a yuan.
      const std::size_t slash = unit.find('/');
      if (slash == std::string::npos)
        throw Error(ErrorKind::CORRUPT_INDEX, where + ": a subunit is written ISO/divisor");
      v.subunits.push_back({to_u32(surface), unit.substr(0, slash),
                            positive_number(unit.substr(slash + 1), where), to_u32(not_before)});
      continue;
    }
    if (kind == "spoken_decimal") {
      v.spoken_decimal_units.push_back(to_u32(surface));
      continue;
    }
    if (kind == "halvable") {
      v.halvable_units.push_back(to_u32(surface));
      continue;
    }
    if (kind == "duration" || kind == "calendar_duration") {
      // "3600": the part's length in seconds (months for a calendar duration); the part of one
      // names the unit.
      const bool clock = kind == "duration";
      const double size = positive_number(unit, where);
      (clock ? v.duration_parts : v.calendar_parts).push_back({to_u32(surface), size});
      std::string& scale_unit = clock ? v.duration_unit : v.calendar_unit;
      if (size == 1 && scale_unit.empty()) scale_unit = surface;
      continue;
    }
    v.units.push_back({to_u32(surface), unit_kind(kind, where), unit, to_u32(not_before)});
  }
  sort_longest_first(v.qualifiers_prefix);
  sort_longest_first(v.qualifiers_suffix);
  sort_longest_first(v.units);
  sort_longest_first(v.multipliers);
  sort_longest_first(v.subunits);
  sort_longest_first(v.duration_parts);
  sort_longest_first(v.calendar_parts);
  for (const auto* parts : {&v.duration_parts, &v.calendar_parts})
    for (const auto& part : *parts) v.duration_part_initials.add(part.surface);
  return v;
}

void restore_chinese_commas(CodePoints& t, const OffsetMap& offsets, std::string_view raw,
                            const FigureVocabulary& v) {
  const auto full_width = [&](std::size_t k) {
    const ByteRange r = offsets.to_raw(t.bytes(k, k + 1));
    return raw.substr(r.begin, r.size()) == "，";
  };
  // A comma inside a number written in thousands groups (3，050，352.00万元, ９，９９９, mixed
  // widths) stays the separator; every other full-width comma is punctuation again.
  std::vector<bool> separator(t.size(), false);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_ascii_digit(t[i]) || (i > 0 && is_ascii_digit(t[i - 1]))) continue;
    const std::size_t end = thousands_groups_end(t, i);
    if (end == npos) continue;
    // $20，300美圆: an amount names its currency once. A currency sign before the first group
    // and a currency unit after the last make two amounts, and a Chinese comma lists them.
    static constexpr std::u32string_view signs = U"$￥¥€£";
    std::size_t unit_end = end;
    const FigureVocabulary::Unit* unit = match_unit(t, unit_end, v);
    const bool two_currencies =
        i > 0 && signs.find(t[i - 1]) != npos && unit && unit->kind == UnitKind::MONEY;
    for (std::size_t k = i; k < end; ++k)
      separator[k] = t[k] == ',' && !(two_currencies && full_width(k));
    i = end - 1;
  }
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k] == ',' && !separator[k] && full_width(k)) t.set(k, U'，');
  }
}

void read_circle_zeros(CodePoints& t) {
  const auto is_circle = [](char32_t c) { return c == U'\u25CB' || c == U'\u25EF'; };
  const auto is_run_digit = [&](char32_t c) {
    return is_circle(c) || c == U'〇' || c == U'零' ||
           (chinese_digit(c) >= 1 && c != U'两' && c != U'俩' && c != U'仨');
  };
  for (std::size_t i = 0; i < t.size();) {
    if (!is_run_digit(t[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool circle = false, nonzero = false;
    for (; end < t.size() && is_run_digit(t[end]); ++end) {
      circle = circle || is_circle(t[end]);
      nonzero = nonzero || chinese_digit(t[end]) >= 1;
    }
    if (circle && nonzero) {
      for (std::size_t k = i; k < end; ++k)
        if (is_circle(t[k])) t.set(k, U'〇');
    }
    i = end;
  }
}

namespace {

/// A figure whose value, numerals and span are all [begin, end), claimed and appended.
Figure& take_whole_span(Claimed& claimed, std::vector<Figure>& figures, std::size_t begin,
                        std::size_t end, ValueKind kind, const std::string& unit) {
  Figure f;
  f.begin = f.value_begin = f.number_begin = begin;
  f.end = f.value_end = f.number_end = end;
  f.kind = kind;
  f.unit = unit;
  claim(claimed, begin, end);
  figures.push_back(f);
  return figures.back();
}

/// The duration part (小时, 分, 秒; 年, 个月) at `i` of `parts`, longest first, or null.
const FigureVocabulary::DurationPart* duration_part_at(
    const CodePoints& t, std::size_t i, const std::vector<FigureVocabulary::DurationPart>& parts) {
  for (const auto& part : parts)
    if (t.at(i, part.surface)) return &part;
  return nullptr;
}

/// The compound duration of `parts` starting at `i`: its end and value, or {i, 0}. Each part is
/// shorter than the one before and less than it in total (no 70分 after 小时, no 13个月 after
/// 年); numbers are whole, in digits or numerals, all written alike; 零 may join two parts. For a
/// clock, digits right after the seconds are their decimals (2分38秒245 = 158.245 s).
std::pair<std::size_t, double> compound_duration(
    const CodePoints& t, std::size_t i, const std::vector<FigureVocabulary::DurationPart>& parts,
    bool clock) {
  const bool digit = is_ascii_digit(t[i]);
  double total = 0, last_size = 0;
  std::size_t count = 0, j = i;
  for (;;) {
    std::size_t k = j;
    const bool zero = count > 0 && t[k] == U'零';  // 两年零三个月, 1年零3个月
    if (zero && digit) ++k;
    double value = 0;
    std::size_t number_end = k;
    if (const std::size_t run = digit_run(t, k); run > 0 && digit) {
      if ((count > 0 && run > 2) || run > 4 || t[k + run] == '.') break;
      value = digits_value(t, k, k + run);
      number_end = k + run;
    } else if (!digit && is_chinese_numeral(t[k]) && (zero || t[k] != U'零')) {
      // Not 这一年3个月; and two digits without a unit are a vague count (三五年 = three to
      // five years), no number.
      const auto n = parse_number(t, k);
      if (!n || !n->chinese || n->vague || n->over || n->value != std::floor(n->value)) break;
      std::size_t digits = 0;
      bool has_unit = false;
      for (std::size_t x = zero ? k + 1 : k; x < n->end; ++x) {
        ++digits;
        has_unit = has_unit || chinese_unit(t[x]) > 0 || chinese_tens(t[x]) > 0;
      }
      if (digits > 1 && !has_unit) break;
      value = n->value;
      number_end = n->end;
    } else {
      break;
    }
    const auto* part = duration_part_at(t, number_end, parts);
    if (!part || (count > 0 && (part->size >= last_size || value * part->size >= last_size))) break;
    total += value * part->size;
    last_size = part->size;
    j = number_end + part->surface.size();
    ++count;
  }
  if (count < 2) return {i, 0};
  if (clock && last_size == 1) {
    const std::size_t decimals = digit_run(t, j);
    if (decimals > 0 && decimals <= 3) {
      total += digits_value(t, j, j + decimals) / std::pow(10.0, decimals);
      j += decimals;
    }
  }
  return {j, total};
}

/// Durations written in parts: a clock reading (2小时06分26秒, 18分45秒, 三小时二十分,
/// 两小时零五分) in seconds, or years and months (1年8个月, 两年零三个月) in months; one figure,
/// not two or three. Looked for from the parts: most characters start none, and one bit says so.
void find_durations(const CodePoints& t, const FigureVocabulary& v, Claimed& claimed,
                    std::vector<Figure>& figures) {
  std::size_t done = 0;  // no duration starts before this
  for (std::size_t p = 1; p < t.size(); ++p) {
    if (!v.duration_part_initials.may_start(t[p])) continue;
    const bool digit = is_ascii_digit(t[p - 1]);
    if (!digit && !is_chinese_numeral(t[p - 1])) continue;
    const bool clock = duration_part_at(t, p, v.duration_parts) != nullptr;
    if (!clock && !duration_part_at(t, p, v.calendar_parts)) continue;
    // Back to the start of the number before the part.
    std::size_t i = p - 1;
    while (i > done &&
           (digit ? is_ascii_digit(t[i - 1]) : is_chinese_numeral(t[i - 1]) || t[i - 1] == U'点'))
      --i;
    if (i > 0 && (is_ascii_digit(t[i - 1]) || t[i - 1] == '.' || is_chinese_numeral(t[i - 1])))
      continue;
    auto [end, value] = compound_duration(t, i, clock ? v.duration_parts : v.calendar_parts, clock);
    // 以39秒765获得第一, 9秒58: a race time in seconds and their decimals is one reading, as
    // 2分38秒245 is (two or three digits after 秒 that start no figure of their own: not
    // 30秒100米).
    if (end == i && clock && digit)
      if (const auto* part = duration_part_at(t, p, v.duration_parts); part && part->size == 1) {
        const std::size_t decimals = p + part->surface.size();
        const std::size_t places = digit_run(t, decimals);
        std::size_t after = decimals + places;
        if ((places == 2 || places == 3) && digit_run(t, i) <= 2 && t[after] != '.' &&
            !match_unit(t, after, v)) {
          end = after;
          value = digits_value(t, i, p) +
                  digits_value(t, decimals, end) / std::pow(10.0, static_cast<double>(places));
        }
      }
    if (end == i || any_claimed(claimed, i, end)) continue;
    Figure& f = take_whole_span(claimed, figures, i, end, ValueKind::QUANTITY,
                                clock ? v.duration_unit : v.calendar_unit);
    f.value = value;
    done = end;
    p = end - 1;
  }
}

/// A whole number of points at `i` (12, 十二): its end, or npos.
std::size_t points_end(const CodePoints& t, std::size_t i, double max, double& points) {
  const std::size_t run = digit_run(t, i);
  if (run > 0) {
    if (run > 4 || t[i + run] == '.' || (run > 1 && t[i] == '0')) return npos;
    points = digits_value(t, i, i + run);
    return points <= max ? i + run : npos;
  }
  if (!is_chinese_numeral(t[i])) return npos;
  const auto n = parse_number(t, i);
  if (!n || n->vague || n->length > 3 || n->value != std::floor(n->value) || n->value > max)
    return npos;
  points = n->value;
  return n->end;
}

/// Scores of matches and votes (4比2, 以三比一获胜, 98：83 of 比分): one figure with both numbers.
void find_scores(const CodePoints& t, const FigureVocabulary& v, Claimed& claimed,
                 std::vector<Figure>& figures) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const bool arabic = is_ascii_digit(t[i]);
    if (!arabic && !is_chinese_numeral(t[i])) continue;
    if (i > 0 && (is_ascii_digit(t[i - 1]) || t[i - 1] == '.' || is_chinese_numeral(t[i - 1]) ||
                  is_ascii_alpha(t[i - 1])))
      continue;
    auto near = [&](const std::vector<std::u32string>& words, std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to; ++k) {
        if (t[k] == U'。' || t[k] == U'；') return false;
        for (const auto& w : words)
          if (t.at(k, w)) return true;
      }
      return false;
    };
    const std::size_t within = v.score_context_within;
    const std::size_t before = i > within ? i - within : 0;
    // 竞争比高达4040：1: applicants to places, a pair of any size.
    const bool competition = arabic && near(v.score_competition, before, i);
    const double max_points = competition ? 1e6 : v.score_max_points;
    double first = 0, second = 0;
    const std::size_t first_end = points_end(t, i, max_points, first);
    if (first_end == npos) continue;
    const std::u32string* separator = nullptr;
    bool colon = false;
    for (const auto& s : v.score_separators)
      if (t.at(first_end, s)) separator = &s;
    for (const auto& s : v.score_colons)
      if (!separator && arabic && t.at(first_end, s)) separator = &s, colon = true;
    if (!separator) continue;
    const std::size_t second_at = first_end + separator->size();
    // Both sides written alike: 4比2, 三比一 (not 3比三).
    if (is_ascii_digit(t[second_at]) != arabic) continue;
    const std::size_t end = points_end(t, second_at, max_points, second);
    if (end == npos || is_ascii_digit(t[end]) || t[end] == '.' || t[end] == ':' ||
        t[end] == U'：' || is_ascii_alpha(t[end]))
      continue;
    if (!competition && near(v.score_ratio_context, i > 6 ? i - 6 : 0, i)) continue;
    if (colon && !competition && !near(v.score_context, before, i) &&
        !near(v.score_context, end, std::min(t.size(), end + within)))
      continue;
    if (any_claimed(claimed, i, end)) continue;
    Figure& f = take_whole_span(claimed, figures, i, end, ValueKind::SCORE, "score");
    f.value = first;
    f.against = second;
    i = end - 1;
  }
}

}  // namespace

namespace {

/// Whether [begin, end) holds Arabic digits and decimal points only.
bool plain_digits(const CodePoints& t, std::size_t begin, std::size_t end) {
  if (begin >= end) return false;
  for (std::size_t k = begin; k < end; ++k)
    if (!is_ascii_digit(t[k]) && t[k] != '.') return false;
  return true;
}

/// 调升0.47、0.08个百分点, 增长3.5、4.2%: the numbers listed before the last item share its
/// unit (in digits only: 3、5、10万元 need not mean 3元).
void share_list_units(const CodePoints& t, std::vector<Figure>& figures) {
  for (std::size_t k = figures.size(); k-- > 1;) {
    Figure& item = figures[k - 1];
    const Figure& next = figures[k];
    if (item.kind != ValueKind::NUMBER || !item.unit.empty() || item.measured || !item.value ||
        item.approx != Approx::EXACT || item.end + 1 != next.begin || t[item.end] != U'、' ||
        next.kind == ValueKind::NUMBER || next.begin != next.number_begin ||
        !plain_digits(t, item.number_begin, item.number_end) ||
        !plain_digits(t, next.number_begin, next.number_end))
      continue;
    item.kind = next.kind;
    item.unit = next.unit;
    item.currency = next.currency;
  }
}

}  // namespace

std::vector<Figure> find_figures(const CodePoints& t, const FigureVocabulary& v, Claimed& claimed,
                                 std::string_view local_currency) {
  std::vector<Figure> figures;
  find_durations(t, v, claimed, figures);
  find_scores(t, v, claimed, figures);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i]) continue;
    Figure f;
    f.begin = i;
    std::size_t start = i;
    bool percent = false;
    std::optional<Number> first;
    std::size_t number_begin = i;
    std::size_t between_length = 0;  // 之间 or 间 closing a range (20和30之间)
    double per_mille = 0;            // 千分之 → ÷10, 万分之 → ÷100 as a percentage
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
      f.kind = ValueKind::RATIO;
      f.value = 0.5;
      f.unit = "fraction";
      f.end = i + 2;
      f.number_end = f.end;
    } else if ((t[i] == U'半' && tenths_at(t, i + 1)) ||
               (t[i] == U'对' && t[i + 1] == U'折' && i > 0 && t[i - 1] == U'打')) {
      // 半成 = 5 %, half a tenth (not 半成品); 打对折 = a price at 50 %.
      f.kind = ValueKind::PERCENT;
      f.unit = "percent";
      f.value = t[i] == U'半' ? 5 : 50;
      f.end = i + 2;
      f.number_end = f.end;
    } else if (halves_unit_at(t, i, v)) {
      // 半年, 半个月: a numeral of its own, 0.5 of the unit after it.
      first = Number{0.5, std::nullopt, i + 1, true, 1, false};
    } else {
      // Ordinals: 第二十次 is no figure, nor is its 十 (the numeral run after 第).
      std::size_t run = i;
      while (run > 0 && (is_chinese_numeral(t[run - 1]) || is_ascii_digit(t[run - 1]))) --run;
      if (run > 0 && t[run - 1] == U'第') continue;
      // A minus sign that is not a range dash or a hyphen inside a word.
      const bool minus = (t[i] == '-' || t[i] == U'负') &&
                         (i == 0 || (!is_ascii_digit(t[i - 1]) && !is_ascii_alpha(t[i - 1]) &&
                                     t[i - 1] != '%' && t[i - 1] != '-'));
      const std::size_t digits_begin = minus ? i + 1 : i;
      first = parse_number(t, digits_begin);
      // 突破万亿元大关, 调整为万人以上: a magnitude without a numeral after a word of comparison
      // or a linking verb is one of it, when a unit follows.
      if (!first && !minus && i > 0 && !is_chinese_numeral(t[i - 1]) && !is_ascii_digit(t[i - 1])) {
        const auto [magnitude, length] = multiplier_at(t, i, false);
        std::size_t unit_end = i + length;
        // 万余种, 万多人: with 余 or 多 after it, it is the figure wherever it stands.
        std::size_t after_more = unit_end;
        const bool more = magnitude >= 1e4 && unit_end < t.size() &&
                          (t[unit_end] == U'余' || t[unit_end] == U'多');
        if (more) after_more = unit_end + 1;
        if (magnitude >= 1e4 &&
            ((more && match_unit(t, after_more, v)) ||
             (match_unit(t, unit_end, v) &&
              std::any_of(v.bare_magnitude_after.begin(), v.bare_magnitude_after.end(),
                          [&](const std::u32string& w) { return t.ends_at(i, w); }))))
          first = Number{magnitude, std::nullopt, i + length, true, length, false};
      }
      // 再三对…, 统一打包, 唯一一次: the numeral ends a word; a numeral run with a unit (再三百元)
      // is still a number.
      bool with_unit = false;
      for (std::size_t k = digits_begin; first && k < first->end; ++k)
        with_unit = with_unit || chinese_unit(t[k]) > 0;
      if (first && first->chinese && !with_unit && digits_begin > 0) {
        for (const auto& word : v.words_ending_in_a_numeral) {
          if (t.ends_at(digits_begin + 1, word)) {
            first.reset();
            break;
          }
        }
      }
      // 四处张贴: a lone numeral opening a word with a measure word of its own is no count.
      if (first && first->chinese && first->length == 1 &&
          std::any_of(v.words_opening_with_a_numeral.begin(), v.words_opening_with_a_numeral.end(),
                      [&](const std::u32string& word) { return t.at(digits_begin, word); }))
        first.reset();
      // 大于或者等于三千 九百 六十五: spaced numerals (chat-style) only right after a comparison.
      if (first && first->chinese && t[first->end] == ' ' &&
          is_chinese_numeral(t[first->end + 1]) && comparison_word_before(t, i, v))
        first = parse_number(t, digits_begin, true);
      if (first && minus) first->value = -first->value;
    }
    // 一打, 两打: a counting word that multiplies the number (and makes a lone numeral a count).
    if (first && !percent && !first->vague) {
      if (const auto* m = multiplier_word_at(t, first->end, v)) {
        first->value *= m->factor;
        first->end += m->surface.size();
        first->length += m->surface.size();
      }
    }
    if (first) {
      std::size_t j = first->end;
      // X分之Y: a fraction, kept as a ratio; 负3分之负157 has a sign on both. Spaces may
      // stand between its words (五 分之 一).
      const std::size_t of_end = spaced_word_end(t, j, U"分之");
      if (of_end != npos && !first->vague) {
        const std::size_t numerator_at = after_spaces(t, of_end);
        const bool negative_numerator = t[numerator_at] == U'负' || t[numerator_at] == '-';
        auto numerator = parse_number(t, negative_numerator ? numerator_at + 1 : numerator_at);
        if (numerator && !numerator->vague && first->value != 0) {
          if (negative_numerator) numerator->value = -numerator->value;
          f.kind = ValueKind::RATIO;
          f.value = numerator->value / first->value;
          f.unit = "fraction";
          f.end = numerator->end;
          // 百万分之五, 千万分之六: parts per million are read as percentages, like 千分之.
          const double magnitude = std::log10(std::fabs(first->value));
          if (chinese_unit(t[i]) > 1 && magnitude >= 2 && magnitude == std::floor(magnitude)) {
            f.kind = ValueKind::PERCENT;
            f.unit = "percent";
            *f.value *= 100;
          }
        }
      }
      // 三又三分之一, 3又壹千分之23: a whole number and a fraction.
      const std::size_t and_at = after_spaces(t, j);
      if (!f.value && !first->vague && t[and_at] == U'又') {
        const auto denominator = parse_number(t, after_spaces(t, and_at + 1));
        const std::size_t fraction_of =
            denominator ? spaced_word_end(t, denominator->end, U"分之") : npos;
        if (denominator && !denominator->vague && denominator->value > 0 && fraction_of != npos) {
          const auto numerator = parse_number(t, after_spaces(t, fraction_of));
          if (numerator && !numerator->vague) {
            // 负壹又二分之壹 = -1.5: the sign covers the fraction too.
            f.value =
                first->value + std::copysign(numerator->value / denominator->value, first->value);
            f.end = numerator->end;
          }
        }
      }
      // 1/2, 3/5: fractions in digits; not 24/7 inside a longer run of slashes (dates, paths).
      const std::size_t denominator_run = digit_run(t, j + 1);
      // 05/02 is a month and a day, not a fraction: no numerator starts with a zero.
      if (!f.value && !first->chinese && !first->vague && t[j] == '/' && denominator_run > 0 &&
          !(t[i] == '0' && first->length > 1) && denominator_run <= 4 &&
          t[j + 1 + denominator_run] != '/' && t[j + 1 + denominator_run] != '.' &&
          !(start > 0 && t[start - 1] == '/')) {
        const double denominator = digits_value(t, j + 1, j + 1 + denominator_run);
        if (denominator > 0 && first->value == std::floor(first->value)) {
          f.kind = ValueKind::RATIO;
          f.value = first->value / denominator;
          f.unit = "fraction";
          f.end = j + 1 + denominator_run;
        }
      }
      // 1 3/5: a whole number, one space and a fraction in digits make a mixed number.
      const std::size_t numerator_run = t[j] == ' ' ? digit_run(t, j + 1) : 0;
      const std::size_t slash = j + 1 + numerator_run;
      const std::size_t mixed_denominator_run = numerator_run ? digit_run(t, slash + 1) : 0;
      if (!f.value && !first->chinese && !first->vague && first->length <= 3 &&
          first->value == std::floor(first->value) && numerator_run > 0 && numerator_run <= 3 &&
          t[slash] == '/' && mixed_denominator_run > 0 && mixed_denominator_run <= 3 &&
          t[slash + 1 + mixed_denominator_run] != '/' &&
          t[slash + 1 + mixed_denominator_run] != '.' && !(start > 0 && t[start - 1] == '/')) {
        const double denominator = digits_value(t, slash + 1, slash + 1 + mixed_denominator_run);
        if (denominator > 0) {
          f.value = first->value + digits_value(t, j + 1, slash) / denominator;
          f.end = slash + 1 + mixed_denominator_run;
        }
      }
      f.number_end = f.end;
      if (!f.value) {
        // "12.5 %": Taiwan sites space the sign from Arabic digits.
        if (!percent && !first->chinese && t[j] == ' ' && (t[j + 1] == '%' || t[j + 1] == U'％'))
          ++j;
        const bool percent_sign = !percent && (t[j] == '%' || t[j] == U'％');
        if (percent_sign) percent = true, ++j;
        // 七成 is seventy per cent ("成" = tenths); not 成为/成本/成功.
        // 九折, 五五折, 9.9折: a price at that many tenths (九折 = 90 %).
        if (!percent && t[j] == U'折' && first->value > 0 && first->value < 100 && !first->vague) {
          percent = true;
          first->value = first->value < 10 ? first->value * 10 : first->value;
          ++j;
        }
        if (!percent && tenths_at(t, j) && first->value <= 10) {
          percent = true;
          first->value *= 10;
          ++j;
          // 七成六, 三成五, 2成6: and that many hundredths (76 %, 35 %, 26 %), in the numerals
          // of the tenths.
          if (first->chinese && chinese_digit(t[j]) > 0 && !is_chinese_numeral(t[j + 1]) &&
              first->value == std::floor(first->value)) {
            first->value += chinese_digit(t[j]);
            ++j;
          } else if (!first->chinese && is_ascii_digit(t[j]) && t[j] != '0' &&
                     !is_ascii_digit(t[j + 1]) && t[j + 1] != '.' &&
                     first->value == std::floor(first->value)) {
            first->value += t[j] - '0';
            ++j;
          }
        }
        // 2000多亩, 十多岁, 1500余公斤: "more than" between the number and its unit (before a
        // multiplier the number already took it: 一千多万).
        if (!percent && !first->vague && (t[j] == U'多' || t[j] == U'余')) {
          std::size_t after_more = j + 1;
          if (match_unit(t, after_more, v)) {
            first->over = true;
            ++j;
          }
        }
        std::size_t unit_end = j;
        const FigureVocabulary::Unit* unit = percent ? nullptr : match_unit(t, unit_end, v);
        // 20万次以上, 三场以上: a measure word that is no unit counts only before a suffix
        // qualifier, and the figure stays a number.
        bool measured = false;
        if (unit && unit->kind == UnitKind::MEASURE) {
          f.measured = true;
          f.measure_end = unit_end;
          f.measure = unit->unit;
          measured = qualifier_after_measure_at(t, unit_end, v);
          if (measured) j = unit_end;
          unit = nullptr;
        }
        // A range: "45亿至55亿美元", "15%-30%", "60万至70万片", "20 - 100", "20和30之间".
        std::optional<Number> second;
        std::size_t separator = unit ? unit_end : j;
        const bool spaced_dash = !first->chinese && t[separator] == ' ' &&
                                 is_range_separator(t[separator + 1]) && t[separator + 2] == ' ';
        if (spaced_dash) ++separator;
        const bool joined_by_and = !spaced_dash && is_between_connector(t[separator]);
        if ((is_range_separator(t[separator]) || joined_by_and) &&
            !any_claimed(claimed, separator, separator + 2)) {
          const std::size_t k = separator + (spaced_dash ? 2 : 1);
          const bool negative = joined_by_and && (t[k] == '-' || t[k] == U'负');  // -20与-10之间
          second = parse_number(t, negative ? k + 1 : k);
          if (second && negative) second->value = -second->value;
          if (second && (second->chinese != first->chinese || (negative && second->vague)))
            second.reset();
        }
        if (second) {
          std::size_t k = second->end;
          bool second_percent = false;
          if (!second->chinese && t[k] == ' ' && (t[k + 1] == '%' || t[k + 1] == U'％')) ++k;
          if (t[k] == '%' || t[k] == U'％') second_percent = true, ++k;
          std::size_t second_unit_end = k;
          const FigureVocabulary::Unit* second_unit =
              second_percent ? nullptr : match_unit(t, second_unit_end, v);
          const std::string second_measure =
              second_unit && second_unit->kind == UnitKind::MEASURE ? second_unit->unit : "";
          if (!second_measure.empty()) second_unit = nullptr;
          double low = first->vague ? first->vague->first : first->value;
          const double high = second->vague ? second->vague->second : second->value;
          const double first_multiplier = chinese_unit(t[first->end - 1]);
          const double shared = first->vague || first_multiplier >= 1e4
                                    ? 1
                                    : shared_multiplier(t, second->end, low, high);
          low *= shared;
          // 8.53~8亿, 2000-3万: a bare first number that cannot share the second's 万 or 亿.
          const bool unshared = !first->vague && shared == 1 && first_multiplier < 100 &&
                                chinese_unit(t[second->end - 1]) >= 1e4;
          const std::size_t range_end = second_unit ? second_unit_end : k;
          // 之间 after any range; 间 alone only after 和/与 (20至30间 may count rooms).
          between_length = t.at(range_end, U"之间")                 ? 2
                           : joined_by_and && t[range_end] == U'间' ? 1
                                                                    : 0;
          // 增长4.7%至2470万欧元 and 大涨4%至10159.93点 go from a rate to an amount;
          // 0809-012-555 and 02-23938550 are phone numbers; a range runs upwards (32-29 is a
          // score).
          const bool mixed_kinds = (unit && second_unit && unit != second_unit) ||
                                   (percent && second_unit) || (unit && second_percent) ||
                                   (percent_sign && !second_percent);
          const bool phone_number =
              (t[i] == '0' && is_ascii_digit(t[i + 1])) ||
              (t[separator] == '-' &&
               ((i > 0 && t[i - 1] == '-') ||
                (t[second->end] == '-' && is_ascii_digit(t[second->end + 1]))));
          if (mixed_kinds || phone_number || unshared || low >= high ||
              (joined_by_and && between_length == 0)) {
            second.reset();
            between_length = 0;
          } else {
            percent = percent || second_percent;
            if (!unit) unit = second_unit;
            if (f.measure.empty()) f.measure = second_measure;  // 3至5名
            f.min = low;
            f.max = high;
            f.end = range_end;
            f.number_end = second->end;
          }
        }
        if (!second) {
          if (first->vague) {
            f.min = first->vague->first;
            f.max = first->vague->second;
            f.approx = Approx::ABOUT;
          } else {
            f.value = first->value;
          }
          if (first->over) f.approx = Approx::OVER;
          f.end = unit ? unit_end : j;
          // 3元5角2分, 五块二毛, 两美元又三美分: smaller units of the same currency.
          if (unit && f.value && unit->kind == UnitKind::MONEY)
            f.end = add_subunits(t, f.end, unit->unit, *f.value, v);
          // 2米2, 三块五: decimals spoken after the unit (not after its subunits: 3元5角).
          if (unit && f.value && f.end == unit_end &&
              std::find(v.spoken_decimal_units.begin(), v.spoken_decimal_units.end(),
                        unit->surface) != v.spoken_decimal_units.end())
            f.end = add_spoken_decimals(t, f.end, first->chinese, *f.value, v);
          // 两米半, 一年半, 三块半: and a half of the unit.
          if (unit && f.value && t[f.end] == U'半' && unit->kind != UnitKind::PERCENT) {
            *f.value += 0.5;
            ++f.end;
          }
          f.number_end = first->end;
        }
        // A lone Chinese numeral without unit is usually a word (一度, 一场), not a figure; other
        // numerals before a measure word count (三次, 两名保安, 五位).
        const bool counted = f.measured && first->value != 1;
        if (first->chinese && first->length < 2 && !unit && !percent && !second && !measured &&
            !counted)
          continue;
        if (!first->chinese && !unit && !percent && is_ascii_alpha(t[f.end])) continue;
        if (percent) {
          f.kind = ValueKind::PERCENT;
          f.unit = "percent";
        } else if (unit && unit->kind == UnitKind::PERCENT) {
          f.kind = ValueKind::PERCENT;
          f.unit = unit->unit;  // percentage points
        } else if (unit) {
          f.kind = value_kind_of(unit->kind);
          if (unit->kind == UnitKind::MONEY)
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
        {U"US$", "USD"},  {U"NT$", "TWD"},  {U"HK$", "HKD"}, {U"$", "USD"},      {U"￥", "CNY"},
        {U"¥", "CNY"},    {U"€", "EUR"},    {U"£", "GBP"},   {U"人民币", "CNY"}, {U"新台币", "TWD"},
        {U"台币", "TWD"}, {U"港币", "HKD"}, {U"港元", "HKD"}};
    if (f.kind == ValueKind::NUMBER ||
        (f.kind == ValueKind::MONEY && f.currency == LOCAL_CURRENCY)) {
      // "新台幣 300 萬元": a currency name may stand one space before the amount.
      const std::size_t unspaced = start > 0 && t[start - 1] == ' ' ? start - 1 : start;
      for (const auto& [raw_symbol, iso] : currency_prefixes) {
        const bool named = raw_symbol[0] > 0x3000;  // 人民币, 新台币, ￥: not $ or €
        const std::size_t at = named && !t.ends_at(start, raw_symbol) ? unspaced : start;
        const std::u32string_view symbol = raw_symbol;
        if (!t.ends_at(at, symbol) || any_claimed(claimed, at - symbol.size(), at)) continue;
        // A currency name before the amount (新台币300元) needs 元 after it; a bare number after
        // 人民币 may be a count.
        if (f.kind == ValueKind::NUMBER && !is_ascii_alpha(symbol[0]) && symbol[0] != U'$' &&
            symbol.size() > 1)
          continue;
        f.kind = ValueKind::MONEY;
        f.currency = iso;
        start = at - symbol.size();
        break;
      }
    }
    f.number_begin = number_begin;
    f.value_begin = start;
    f.value_end = f.end;
    if (between_length) {
      f.end += between_length;
      if ((t.ends_at(start, U"位于") || t.ends_at(start, U"介于")) &&
          !any_claimed(claimed, start - 2, start))
        start -= 2;
    }
    // Qualifiers around the figure: 比…大 on both sides, or words before and after it.
    const auto comparative = f.value && f.approx == Approx::EXACT
                                 ? comparative_around(t, start, f.end, figures)
                                 : std::nullopt;
    if (comparative && !any_claimed(claimed, comparative->begin, start)) {
      f.approx = comparative->approx;
      start = comparative->begin;
      f.end = comparative->end;
    } else {
      for (const auto& [word, approx] : v.qualifiers_prefix) {
        const std::size_t word_begin = start_of_word_before(t, start, word);
        if (word_begin == npos || any_claimed(claimed, word_begin, start)) continue;
        // (水库附近3公里, 节约3万吨: the qualifier's characters end another word.)
        if (std::any_of(v.words_ending_in_a_qualifier.begin(), v.words_ending_in_a_qualifier.end(),
                        [&](const std::u32string& w) {
                          return w.size() > word.size() &&
                                 start_of_word_before(t, start, w) != npos;
                        }))
          break;
        if (f.approx == Approx::EXACT || approx != Approx::EXACT) f.approx = approx;
        start = word_begin;
        break;
      }
      // 170 之下: one space may stand between Arabic digits and the word.
      const std::size_t suffix_begin =
          t[f.end] == ' ' && is_ascii_digit(t[f.end - 1]) ? f.end + 1 : f.end;
      for (const auto& [word, approx] : v.qualifiers_suffix) {
        if (t.at(suffix_begin, word)) {
          f.approx = approx;
          f.end = suffix_begin + word.size();
          break;
        }
      }
    }
    // 零下41度: below zero, and 度 after it is a temperature (not 度电, kilowatt-hours).
    for (const auto& word : v.below_zero) {
      const std::size_t word_begin = start_of_word_before(t, start, word);
      if (word_begin == npos || any_claimed(claimed, word_begin, start) || !f.value ||
          *f.value <= 0 || f.min || f.max)
        continue;
      f.value = -*f.value;
      start = word_begin;
      if (f.kind == ValueKind::NUMBER && f.unit.empty() && t.at(f.end, v.below_zero_degree)) {
        const std::size_t after = f.end + v.below_zero_degree.size();
        if (after >= t.size() || t[after] != U'电') {
          f.kind = ValueKind::QUANTITY;
          f.unit = v.below_zero_unit;
          f.end = after;
          f.value_end = after;
        }
      }
      break;
    }
    f.begin = start;
    if (any_claimed(claimed, f.begin, f.end)) continue;
    // Only a count is counted in a measure word (not 3.5万元 of 3.5万元/次).
    if (f.kind != ValueKind::NUMBER || !f.unit.empty() || !f.currency.empty()) f.measure.clear();
    claim(claimed, f.begin, f.end);
    figures.push_back(f);
    i = f.end - 1;
  }
  // Durations and scores were found first; the rest of extraction reads figures in text order.
  std::stable_sort(figures.begin(), figures.end(),
                   [](const Figure& a, const Figure& b) { return a.begin < b.begin; });
  join_two_sided_comparisons(t, figures, claimed);
  share_list_units(t, figures);
  for (Figure& f : figures)
    if (f.currency == LOCAL_CURRENCY) f.currency = local_currency;
  return figures;
}

}  // namespace suyuan::extract
