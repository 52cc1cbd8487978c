/// @file recognizers.cpp
/// @brief Figure and date recognition over code points of normalized (simplified, ASCII-digit)
/// text. Dates run first and claim their characters, so 2025年 is never a quantity of years.
#include "recognizers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

int chinese_digit(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'贰':
    case U'两':
      return 2;
    case U'三':
    case U'叁':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

double chinese_unit(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
      return 1e4;
    case U'亿':
      return 1e8;
    default:
      return 0;
  }
}

bool is_chinese_numeral(char32_t c) { return chinese_digit(c) >= 0 || chinese_unit(c) > 0; }

bool is_range_separator(char32_t c) {
  return c == U'至' || c == U'到' || c == U'-' || c == U'–' || c == U'—' || c == U'~' || c == U'～';
}

void claim(Claimed& claimed, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < claimed.size(); ++i) claimed[i] = true;
}

bool any_claimed(const Claimed& claimed, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < claimed.size(); ++i) {
    if (claimed[i]) return true;
  }
  return false;
}

/// A bare number: value (or range for 数十), end index.
struct Number {
  double value = 0;
  std::optional<std::pair<double, double>> vague;  ///< 数十 → [20, 90]
  std::size_t end = 0;
  bool chinese = false;
  std::size_t length = 0;  ///< code points of the numeral itself
};

/// Digits [begin, end) as an integer.
int digits_value(const CodePoints& t, std::size_t begin, std::size_t end) {
  int v = 0;
  for (std::size_t i = begin; i < end; ++i) v = v * 10 + static_cast<int>(t[i] - '0');
  return v;
}

std::size_t digit_run(const CodePoints& t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && is_ascii_digit(t[j])) ++j;
  return j - i;
}

std::optional<Number> parse_number(const CodePoints& t, std::size_t i) {
  Number n;
  if (is_ascii_digit(t[i])) {
    if (i > 0 && (is_ascii_alpha(t[i - 1]) || is_ascii_digit(t[i - 1]) || t[i - 1] == '.'))
      return std::nullopt;
    std::string text;
    std::size_t j = i;
    while (j < t.size()) {
      if (is_ascii_digit(t[j])) {
        text.push_back(static_cast<char>(t[j++]));
      } else if (t[j] == ',' && digit_run(t, j + 1) == 3 && !is_ascii_digit(t[j + 4])) {
        ++j;  // thousands separator
      } else if (t[j] == '.' && is_ascii_digit(t[j + 1]) && text.find('.') == std::string::npos) {
        text.push_back('.');
        ++j;
      } else {
        break;
      }
    }
    n.value = std::stod(text);
    n.end = j;
    n.length = j - i;
  } else if ((t[i] == U'数' || t[i] == U'几') &&
             (t[i + 1] == U'十' || t[i + 1] == U'百' || t[i + 1] == U'千')) {
    const double unit = chinese_unit(t[i + 1]);
    n.vague = std::make_pair(2 * unit, 9 * unit);
    n.end = i + 2;
    n.chinese = true;
    n.length = 2;
  } else if (is_chinese_numeral(t[i]) && t[i] != U'万' && t[i] != U'亿') {
    std::size_t j = i;
    while (j < t.size() && is_chinese_numeral(t[j]) && j - i < 16) ++j;
    std::u32string run;
    for (std::size_t k = i; k < j; ++k) run.push_back(t[k]);
    auto value = parse_chinese_number(run);
    if (!value) return std::nullopt;
    n.value = *value;
    n.end = j;
    n.chinese = true;
    n.length = j - i;
  } else {
    return std::nullopt;
  }
  // Multipliers after Arabic digits (3.34万亿, 45亿, 3千); Chinese runs already include them.
  if (!n.chinese || n.vague) {
    double multiplier = 1;
    if (t.at(n.end, U"万亿"))
      multiplier = 1e12, n.end += 2;
    else if (t[n.end] == U'亿')
      multiplier = 1e8, n.end += 1;
    else if (t[n.end] == U'万')
      multiplier = 1e4, n.end += 1;
    else if (t[n.end] == U'千' && !n.vague)
      multiplier = 1e3, n.end += 1;
    n.value *= multiplier;
    if (n.vague)
      n.vague = std::make_pair(n.vague->first * multiplier, n.vague->second * multiplier);
  }
  return n;
}

/// A unit starting at `i` (spaces allowed before Latin units): longest surface wins.
const FigureVocabulary::Unit* match_unit(const CodePoints& t, std::size_t& i,
                                         const FigureVocabulary& v) {
  std::size_t start = i;
  while (t[start] == ' ') ++start;
  for (const auto& unit : v.units) {
    const bool latin = is_ascii_alpha(unit.surface[0]);
    if (start != i && !latin) continue;
    if (!t.at(start, unit.surface)) continue;
    const std::size_t end = start + unit.surface.size();
    if (latin && (is_ascii_alpha(t[end]) || is_ascii_digit(t[end]))) continue;
    i = end;
    return &unit;
  }
  return nullptr;
}

std::string format_date(int y, int m = 0, int d = 0) {
  char buffer[40];
  if (d > 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  else if (m > 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", y);
  return buffer;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[(m - 1) % 12];
}

/// Season or part of year after a year: sets date/date_end, returns code points consumed.
std::size_t year_part(const CodePoints& t, std::size_t i, int year, DateFigure& d) {
  struct Part {
    std::u32string_view word;
    int first_month, last_month;
  };
  static const Part parts[] = {
      {U"上半年", 1, 6},   {U"下半年", 7, 12},  {U"年底", 11, 12},     {U"年末", 11, 12},
      {U"年初", 1, 2},     {U"底", 11, 12},     {U"末", 11, 12},       {U"初", 1, 2},
      {U"春季", 3, 5},     {U"夏季", 6, 8},     {U"秋季", 9, 11},      {U"冬季", 12, 14},
      {U"春天", 3, 5},     {U"夏天", 6, 8},     {U"秋天", 9, 11},      {U"第一季度", 1, 3},
      {U"第二季度", 4, 6}, {U"第三季度", 7, 9}, {U"第四季度", 10, 12}, {U"一季度", 1, 3},
      {U"二季度", 4, 6},   {U"三季度", 7, 9},   {U"四季度", 10, 12}};
  for (const auto& part : parts) {
    if (!t.at(i, part.word)) continue;
    d.date = format_date(year, part.first_month);
    d.date_end = part.last_month > 12 ? format_date(year + 1, part.last_month - 12)
                                      : format_date(year, part.last_month);
    return part.word.size();
  }
  return 0;
}

/// Part of a month after "M月": 上旬/中旬/下旬/初/底.
std::size_t month_part(const CodePoints& t, std::size_t i, int year, int month, DateFigure& d) {
  struct Part {
    std::u32string_view word;
    int first, last;  // last 0 = end of month
  };
  static const Part parts[] = {{U"上旬", 1, 10}, {U"中旬", 11, 20}, {U"下旬", 21, 0},
                               {U"初", 1, 10},   {U"底", 21, 0},    {U"末", 21, 0}};
  for (const auto& part : parts) {
    if (!t.at(i, part.word)) continue;
    d.date = format_date(year, month, part.first);
    d.date_end = format_date(year, month, part.last == 0 ? days_in_month(year, month) : part.last);
    return part.word.size();
  }
  return 0;
}

bool valid_year(int y) { return y >= 1900 && y <= 2100; }

/// Day number of the reference date.
long reference_day(const ReferenceDate& ref) {
  return days_since_epoch(format_date(ref.year, ref.month, ref.day)).value_or(0);
}

/// "M月" in digits or Chinese numerals at `i`: the month and the index after 月.
std::optional<std::pair<int, std::size_t>> month_at(const CodePoints& t, std::size_t i) {
  std::size_t j = i;
  int month = 0;
  if (is_ascii_digit(t[i])) {
    const std::size_t run = digit_run(t, i);
    if (run > 2) return std::nullopt;
    month = digits_value(t, i, i + run);
    j = i + run;
  } else {
    std::u32string numerals;
    while (j < t.size() && is_chinese_numeral(t[j]) && j - i < 2) numerals.push_back(t[j++]);
    month = static_cast<int>(parse_chinese_number(numerals).value_or(0));
  }
  if (month < 1 || month > 12 || t[j] != U'月') return std::nullopt;
  return std::make_pair(month, j + 1);
}

/// After "M月" at `j`: "D日"/"D号" makes a day; otherwise a part of the month (下旬) or the
/// month itself. Returns the end of the date.
std::size_t after_month(const CodePoints& t, std::size_t j, int y, int m, DateFigure& d) {
  const std::size_t drun = digit_run(t, j);
  if ((drun == 1 || drun == 2) && (t[j + drun] == U'日' || t[j + drun] == U'号')) {
    const int day = digits_value(t, j, j + drun);
    if (day >= 1 && day <= days_in_month(y, m)) {
      d.date = format_date(y, m, day);
      return j + drun + 1;
    }
  }
  d.date = format_date(y, m);
  return j + month_part(t, j, y, m, d);
}

}  // namespace

std::optional<double> parse_chinese_number(std::u32string_view run) {
  if (run.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t c : run) has_unit = has_unit || chinese_unit(c) > 0;
  if (!has_unit) {
    // Positional digits: 二〇二五.
    double v = 0;
    for (char32_t c : run) {
      int d = chinese_digit(c);
      if (d < 0) return std::nullopt;
      v = v * 10 + d;
    }
    return v;
  }
  double result = 0, section = 0, number = 0;
  bool pending_digit = false;
  for (char32_t c : run) {
    int d = chinese_digit(c);
    if (d >= 0) {
      number = d;
      pending_digit = true;
      continue;
    }
    double unit = chinese_unit(c);
    if (unit == 1e4) {
      section = (section + number) * 1e4;
      result += section;
      section = number = 0;
    } else if (unit == 1e8) {
      result = (result + section + number) * 1e8;
      section = number = 0;
    } else {
      section += (pending_digit ? number : 1) * unit;
      number = 0;
    }
    pending_digit = false;
  }
  return result + section + number;
}

ReferenceDate ReferenceDate::parse(const std::string& iso) {
  ReferenceDate r;
  if (iso.size() >= 10 && iso[4] == '-' && iso[7] == '-') {
    try {
      r.year = std::stoi(iso.substr(0, 4));
      r.month = std::stoi(iso.substr(5, 2));
      r.day = std::stoi(iso.substr(8, 2));
    } catch (const std::exception&) {
      r = {};
    }
  }
  return r;
}

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

std::vector<DateFigure> find_dates(const CodePoints& t, const ReferenceDate& ref, int& context_year,
                                   Claimed& claimed) {
  std::vector<DateFigure> dates;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i]) continue;
    // Partial dates (7月) take the last explicit year, else the reference year.
    const int year_for_partial = context_year > 0 ? context_year : ref.year;
    DateFigure d;
    d.begin = i;
    std::size_t end = 0;
    const bool digit_start =
        is_ascii_digit(t[i]) &&
        (i == 0 || (!is_ascii_digit(t[i - 1]) && !is_ascii_alpha(t[i - 1]) && t[i - 1] != '.'));
    const std::size_t run = digit_start ? digit_run(t, i) : 0;
    if (run == 4 && valid_year(digits_value(t, i, i + 4))) {
      const int y = digits_value(t, i, i + 4);
      std::size_t j = i + 4;
      if (t[j] == ' ' && t[j + 1] == U'年') ++j;  // "2023 年", as some sites space digits
      if (t[j] == U'年' && t[j + 1] != U'代') {
        ++j;
        const std::size_t mrun = digit_run(t, j);
        if ((mrun == 1 || mrun == 2) && t[j + mrun] == U'月' && digits_value(t, j, j + mrun) >= 1 &&
            digits_value(t, j, j + mrun) <= 12) {
          const int m = digits_value(t, j, j + mrun);
          end = after_month(t, j + mrun + 1, y, m, d);
          if (t[end] == U'份') ++end;
        } else {
          d.date = format_date(y);
          end = j + year_part(t, j, y, d);
        }
        context_year = y;
      } else if ((t[j] == '-' || t[j] == '/' || t[j] == '.') && digit_run(t, j + 1) >= 1 &&
                 digit_run(t, j + 1) <= 2 && t[j + 1 + digit_run(t, j + 1)] == t[j]) {
        const std::size_t mrun = digit_run(t, j + 1);
        const int m = digits_value(t, j + 1, j + 1 + mrun);
        std::size_t k = j + 2 + mrun;
        const std::size_t drun = digit_run(t, k);
        if (m >= 1 && m <= 12 && (drun == 1 || drun == 2) && digits_value(t, k, k + drun) >= 1 &&
            digits_value(t, k, k + drun) <= days_in_month(y, m)) {
          d.date = format_date(y, m, digits_value(t, k, k + drun));
          end = k + drun;
          // Optional time: " 16:51" or " 16:14:11".
          std::size_t h = end;
          while (t[h] == ' ') ++h;
          const std::size_t hrun = digit_run(t, h);
          if ((hrun == 1 || hrun == 2) && t[h + hrun] == ':' && digit_run(t, h + hrun + 1) == 2) {
            std::size_t time_end = h + hrun + 3;
            if (t[time_end] == ':' && digit_run(t, time_end + 1) == 2) time_end += 3;
            for (std::size_t k2 = h; k2 < time_end; ++k2)
              d.time.push_back(static_cast<char>(t[k2]));
            end = time_end;
          }
          context_year = y;
        }
      }
    } else if (run == 1 || run == 2) {
      const int n = digits_value(t, i, i + run);
      std::size_t j = i + run;
      const bool after_measure = i > 0 && (t[i - 1] == U'个' || t[i - 1] == U'第');
      if (t[j] == U'月' && n >= 1 && n <= 12 && !after_measure && year_for_partial > 0) {
        end = after_month(t, j + 1, year_for_partial, n, d);
        d.relative = context_year <= 0;
      } else if ((t[j] == U'日' || t[j] == U'号') && n >= 1 && n <= 31 && ref.known() &&
                 !after_measure && !(i > 0 && t[i - 1] == U'月')) {
        // A bare day is in the reference month, or the month before when it lies ahead.
        int y = ref.year, m = ref.month;
        if (n > ref.day) {
          if (--m == 0) m = 12, --y;
        }
        if (n <= days_in_month(y, m)) {
          d.date = format_date(y, m, n);
          d.relative = true;
          end = j + 1;
        }
      }
    } else if (!digit_start && ref.known()) {
      struct Relative {
        std::u32string_view word;
        int year_offset;
        bool year_only;
      };
      static const Relative years[] = {{U"今年", 0, true},
                                       {U"去年", -1, true},
                                       {U"明年", 1, true},
                                       {U"前年", -2, true},
                                       {U"今夏", 0, false}};
      for (const auto& r : years) {
        if (!t.at(i, r.word)) continue;
        const int y = ref.year + r.year_offset;
        if (r.word == U"今夏") {
          d.date = format_date(y, 6);
          d.date_end = format_date(y, 8);
          end = i + 2;
        } else if (auto month = month_at(t, i + 2)) {
          // 去年5月, 明年四月: a month of that year.
          end = after_month(t, month->second, y, month->first, d);
        } else {
          d.date = format_date(y);
          end = i + 2 + year_part(t, i + 2, y, d);
        }
        d.relative = true;
        break;
      }
      if (end == 0) {
        // Days relative to the reference date.
        static const std::pair<std::u32string_view, int> days[] = {
            {U"大前天", -3}, {U"大后天", 3}, {U"前天", -2}, {U"后天", 2}, {U"昨天", -1},
            {U"昨日", -1},   {U"今天", 0},   {U"今日", 0},  {U"明天", 1}, {U"明日", 1}};
        for (const auto& [word, offset] : days) {
          if (!t.at(i, word)) continue;
          d.date = iso_date_of_days(reference_day(ref) + offset);
          d.relative = true;
          end = i + word.size();
          break;
        }
      }
      if (end == 0 && is_chinese_numeral(t[i]) && (i == 0 || !is_chinese_numeral(t[i - 1]))) {
        // 三月, 十二月初一, 三月五日: months in Chinese numerals, in the reference year.
        std::size_t j = i;
        while (j < t.size() && is_chinese_numeral(t[j]) && j - i < 3) ++j;
        std::u32string month_run;
        for (std::size_t k = i; k < j; ++k) month_run.push_back(t[k]);
        const std::optional<double> month = parse_chinese_number(month_run);
        if (month && *month >= 1 && *month <= 12 && t[j] == U'月' && year_for_partial > 0) {
          const int m = static_cast<int>(*month);
          std::size_t k = j + 1;
          std::size_t dstart = k;
          if (t[k] == U'初') ++k, dstart = k;  // 初一
          std::size_t dend = dstart;
          while (dend < t.size() && is_chinese_numeral(t[dend]) && dend - dstart < 3) ++dend;
          std::u32string day_run;
          for (std::size_t x = dstart; x < dend; ++x) day_run.push_back(t[x]);
          const double day = day_run.empty() ? 0 : parse_chinese_number(day_run).value_or(0);
          const bool day_marker = t[dend] == U'日' || t[dend] == U'号' || dstart != j + 1;
          if (day >= 1 && day <= days_in_month(year_for_partial, m) && day_marker) {
            d.date = format_date(year_for_partial, m, static_cast<int>(day));
            end = dend + ((t[dend] == U'日' || t[dend] == U'号') ? 1 : 0);
          } else {
            d.date = format_date(year_for_partial, m);
            end = j + 1 + month_part(t, j + 1, year_for_partial, m, d);
          }
          d.relative = context_year <= 0;
        }
      }
      if (end == 0) {
        // Seasons alone belong to the reference year; recent-past words to the days before it.
        static const std::pair<std::u32string_view, int> seasons[] = {
            {U"春季", 3}, {U"夏季", 6}, {U"秋季", 9}, {U"冬季", 12}};
        for (const auto& [word, first] : seasons) {
          if (!t.at(i, word)) continue;
          d.date = format_date(ref.year, first);
          d.date_end =
              first == 12 ? format_date(ref.year + 1, 2) : format_date(ref.year, first + 2);
          d.relative = true;
          end = i + 2;
        }
        static const std::u32string_view recent[] = {U"近日", U"日前", U"近期"};
        for (auto word : recent) {
          if (!t.at(i, word)) continue;
          int y = ref.year, m = ref.month, day = ref.day - 14;
          if (day < 1) {
            if (--m == 0) m = 12, --y;
            day += days_in_month(y, m);
          }
          d.date = format_date(y, m, day);
          d.date_end = format_date(ref.year, ref.month, ref.day);
          d.relative = true;
          end = i + word.size();
        }
        // Weeks run Monday to Sunday around the reference date.
        static const std::pair<std::u32string_view, int> weeks[] = {
            {U"上上周", -2}, {U"下下周", 2}, {U"上星期", -1}, {U"下星期", 1}, {U"上周", -1},
            {U"下周", 1},    {U"本周", 0},   {U"这周", 0},    {U"这星期", 0}};
        for (const auto& [word, offset] : weeks) {
          if (end != 0 || !t.at(i, word)) continue;
          const long today = reference_day(ref);
          const long weekday = ((today % 7) + 7 + 3) % 7;  // 0 = Monday: 1970-01-01 was a Thursday
          const long monday = today - weekday + 7L * offset;
          d.date = iso_date_of_days(monday);
          d.date_end = iso_date_of_days(monday + 6);
          d.relative = true;
          end = i + word.size();
        }
      }
    }
    if (end > i && !any_claimed(claimed, i, end)) {
      d.end = end;
      claim(claimed, i, end);
      dates.push_back(d);
      i = end - 1;
    }
  }
  return dates;
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
    double per_mille = 0;  // 千分之 → ÷10, 万分之 → ÷100 as a percentage
    if (t.at(i, U"百分之")) {
      first = parse_number(t, i + 3);
      percent = first.has_value();
    } else if (t.at(i, U"千分之") || t.at(i, U"万分之")) {
      first = parse_number(t, i + 3);
      percent = first.has_value();
      per_mille = t[i] == U'千' ? 10 : 100;
      if (first) first->value /= per_mille;
    } else if (t.at(i, U"一半")) {
      f.kind = "ratio";
      f.value = 0.5;
      f.unit = "fraction";
      f.end = i + 2;
    } else {
      if (i > 0 && t[i - 1] == U'第') continue;  // ordinals
      // A minus sign that is not a range dash or a hyphen inside a word.
      const bool minus =
          (t[i] == '-' || t[i] == U'负') &&
          (i == 0 || (!is_ascii_digit(t[i - 1]) && !is_ascii_alpha(t[i - 1]) && t[i - 1] != '%'));
      first = parse_number(t, minus ? i + 1 : i);
      if (first && minus) first->value = -first->value;
    }
    if (first) {
      std::size_t j = first->end;
      // X分之Y: a fraction, kept as a ratio.
      if (first->chinese && t.at(j, U"分之")) {
        auto numerator = parse_number(t, j + 2);
        if (numerator && numerator->chinese && first->value > 0) {
          f.kind = "ratio";
          f.value = numerator->value / first->value;
          f.unit = "fraction";
          f.end = numerator->end;
        }
      }
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
          f.end = unit ? unit_end : j;
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
