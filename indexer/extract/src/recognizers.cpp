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
    case U'兆':  // a trillion in Taiwan and Hong Kong figures (台积电市值20兆元)
      return 1e12;
    default:
      return 0;
  }
}

bool is_chinese_numeral(char32_t c) { return chinese_digit(c) >= 0 || chinese_unit(c) > 0; }

/// 兆 before these is the metric mega- (兆瓦, 兆赫, 兆字节), not a trillion; 千 the kilo- of
/// 千字节, 千卡, 千克, 千米, 千瓦.
bool mega_prefix_at(const CodePoints& t, std::size_t i) {
  const char32_t next = t[i + 1];
  if (t[i] == U'千')
    return next == U'字' || next == U'卡' || next == U'克' || next == U'米' || next == U'瓦';
  if (t[i] != U'兆') return false;
  return next == U'瓦' || next == U'赫' || next == U'字' || next == U'帕' || next == U'比' ||
         next == U'位' || next == U'欧' || next == U'焦' || next == U'b' || next == U'B';
}

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
  std::optional<std::pair<double, double>> vague;  ///< 数十 → [20, 90], 十几万 → [11e4, 19e4]
  std::size_t end = 0;
  bool chinese = false;
  std::size_t length = 0;  ///< code points of the numeral itself
  bool over = false;       ///< 一千多万, 500余万: more than the value
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

/// The multiplier word at `i` (万亿, 亿, 万, 千, 百 after Arabic digits) and its length.
std::pair<double, std::size_t> multiplier_at(const CodePoints& t, std::size_t i, bool arabic) {
  if (t.at(i, U"万亿")) return {1e12, 2};
  if (t[i] == U'亿') return {1e8, 1};
  if (t[i] == U'兆' && !mega_prefix_at(t, i)) return {1e12, 1};
  if (t[i] == U'万') return {1e4, 1};
  // 千克, 千米, 千瓦, 千字节 are units, not thousands.
  const char32_t next = t[i + 1];
  const bool unit_word =
      next == U'克' || next == U'米' || next == U'瓦' || next == U'字' || next == U'卡';
  if (arabic && t[i] == U'千' && !unit_word) return {1e3, 1};
  if (arabic && t[i] == U'百' && next != U'分' && !unit_word) return {1e2, 1};
  return {1, 0};
}

std::optional<Number> parse_number(const CodePoints& t, std::size_t i);

/// Sections after a multiplied number: "25万6千", "5万4千6百", "1千零20". The rest must be
/// smaller than the last multiplier and end in a unit word, unless 零 introduces it.
void continue_sections(const CodePoints& t, Number& n, double last_multiplier) {
  std::size_t k = n.end;
  const bool zero = t[k] == U'零';
  if (zero) ++k;
  if (!is_ascii_digit(t[k]) && !(zero && chinese_digit(t[k]) > 0)) return;
  const auto rest = parse_number(t, k);
  if (!rest || rest->vague || rest->value >= last_multiplier) return;
  const bool ends_in_unit = chinese_unit(t[rest->end - 1]) > 0;
  if (!zero && !ends_in_unit) return;
  n.value += rest->value;
  n.end = rest->end;
  n.over = n.over || rest->over;
}

std::optional<Number> parse_number(const CodePoints& t, std::size_t i) {
  Number n;
  bool decimal = false;
  if (is_ascii_digit(t[i]) || (t[i] == '.' && is_ascii_digit(t[i + 1]))) {
    if (i > 0 && (is_ascii_alpha(t[i - 1]) || is_ascii_digit(t[i - 1]) || t[i - 1] == '.'))
      return std::nullopt;
    std::string text = t[i] == '.' ? "0" : "";  // ".5"
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
    // 2e5, -127.32e13: scientific notation; 2^5, 2.5^-1: a power.
    const bool exponent = t[j] == 'e' || t[j] == 'E';
    if (exponent || t[j] == '^') {
      std::size_t k = j + 1;
      int sign = 1;
      while (t[k] == '-' || t[k] == '+') sign *= t[k++] == '-' ? -1 : 1;
      const std::size_t run = digit_run(t, k);
      if (run > 0 && run <= 3 && !is_ascii_alpha(t[k + run]) && t[k + run] != '.' &&
          (exponent ? k - j <= 2 : true)) {
        const double power = sign * digits_value(t, k, k + run);
        n.value = exponent ? n.value * std::pow(10.0, power) : std::pow(n.value, power);
        j = k + run;
      }
    }
    n.end = j;
    n.length = j - i;
  } else if ((t[i] == U'数' || t[i] == U'几') &&
             (t[i + 1] == U'十' || t[i + 1] == U'百' || t[i + 1] == U'千')) {
    const double unit = chinese_unit(t[i + 1]);
    n.vague = std::make_pair(2 * unit, 9 * unit);
    n.end = i + 2;
    n.chinese = true;
    n.length = 2;
  } else if (is_chinese_numeral(t[i]) && chinese_unit(t[i]) < 1e4) {
    std::size_t j = i;
    while (j < t.size() && is_chinese_numeral(t[j]) && !mega_prefix_at(t, j) && j - i < 40) ++j;
    std::u32string run;
    for (std::size_t k = i; k < j; ++k) run.push_back(t[k]);
    auto value = parse_chinese_number(run);
    if (!value) return std::nullopt;
    n.value = *value;
    n.end = j;
    n.chinese = true;
    // 三点五, 十五点七, 零点九: decimals in numerals; not 三点五十分, a time of day.
    if (t[j] == U'点' && chinese_digit(t[j + 1]) >= 0) {
      std::size_t k = j + 1;
      double scale = 0.1, fraction = 0;
      while (k < t.size() && chinese_digit(t[k]) >= 0 && k - j < 12) {
        fraction += chinese_digit(t[k++]) * scale;
        scale /= 10;
      }
      const double unit_after = chinese_unit(t[k]);
      if ((unit_after == 0 || unit_after >= 1e4) && t[k] != U'分' && t[k] != U'时') {
        n.value += fraction;
        n.end = k;
        decimal = true;
      }
    }
    // 十几万, 一百零几万: one to nine more than the run.
    if (!decimal && t[n.end] == U'几' && (t[n.end - 1] == U'十' || t[n.end - 1] == U'零')) {
      n.vague = std::make_pair(n.value + 1, n.value + 9);
      ++n.end;
    }
    n.length = n.end - i;
  } else {
    return std::nullopt;
  }
  // 一千多万, 500余亿: "more than", then the multiplier.
  if ((t[n.end] == U'多' || t[n.end] == U'余') && multiplier_at(t, n.end + 1, !n.chinese).second) {
    n.over = true;
    ++n.end;
  }
  // Multipliers after Arabic digits (3.34万亿, 45亿, 3千) or after a Chinese run that stopped
  // at a decimal, 多 or 几 (三点五亿, 一千多万, 十几万); plain Chinese runs include them.
  const bool chinese_suffix = decimal || n.over || n.vague;
  if (!n.chinese || chinese_suffix) {
    const auto [multiplier, length] = multiplier_at(t, n.end, !n.chinese && !n.vague);
    n.end += length;
    n.value *= multiplier;
    if (n.vague)
      n.vague = std::make_pair(n.vague->first * multiplier, n.vague->second * multiplier);
    if (length && !n.vague && !n.chinese) continue_sections(t, n, multiplier);
  }
  if (n.chinese) n.length = n.end - i;  // 十多万 is three numerals, not a lone 十
  return n;
}

/// A unit starting at `i` (spaces allowed before Latin units): longest surface wins.
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
      {U"上半年", 1, 6},     {U"下半年", 7, 12},  {U"前半年", 1, 6},   {U"后半年", 7, 12},
      {U"年底", 11, 12},     {U"年末", 11, 12},   {U"年初", 1, 2},     {U"底", 11, 12},
      {U"末", 11, 12},       {U"初", 1, 2},       {U"春季", 3, 5},     {U"夏季", 6, 8},
      {U"秋季", 9, 11},      {U"冬季", 12, 14},   {U"春天", 3, 5},     {U"夏天", 6, 8},
      {U"秋天", 9, 11},      {U"第一季度", 1, 3}, {U"第二季度", 4, 6}, {U"第三季度", 7, 9},
      {U"第四季度", 10, 12}, {U"一季度", 1, 3},   {U"二季度", 4, 6},   {U"三季度", 7, 9},
      {U"四季度", 10, 12}};
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

/// Whether a date expression can start with `c`: digits, numerals and the first characters of
/// the relative words below (今年, 上周, 近日, 春季…). Most characters cannot, and skipping them
/// keeps find_dates from trying every word at every position.
bool may_start_date(char32_t c) {
  static constexpr std::u32string_view starts = U"今去明前大后昨上下本这当过近最日周星礼春夏秋冬";
  return is_ascii_digit(c) || is_chinese_numeral(c) || starts.find(c) != std::u32string_view::npos;
}

/// Day of the week after 周/星期/礼拜 at `i`: 0 = Monday … 6 = Sunday, or -1.
int weekday_at(const CodePoints& t, std::size_t i) {
  switch (t[i]) {
    case U'一':
      return 0;
    case U'二':
      return 1;
    case U'三':
      return 2;
    case U'四':
      return 3;
    case U'五':
      return 4;
    case U'六':
      return 5;
    case U'日':
    case U'天':
    case U'末':
      return t[i] == U'末' ? -1 : 6;
    default:
      return -1;
  }
}

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
std::optional<std::pair<int, std::size_t>> day_at(const CodePoints& t, std::size_t i);

std::size_t after_month(const CodePoints& t, std::size_t j, int y, int m, DateFigure& d) {
  // 15日, 3号, 十日: a day of the month.
  if (const auto day = day_at(t, j); day && day->first <= days_in_month(y, m)) {
    d.date = format_date(y, m, day->first);
    return day->second;
  }
  d.date = format_date(y, m);
  return j + month_part(t, j, y, m, d);
}

/// Index after spaces, one range separator and spaces from `i`, or 0 when there is none.
std::size_t after_range_separator(const CodePoints& t, std::size_t i) {
  while (t[i] == ' ') ++i;
  if (!is_range_separator(t[i])) return 0;
  ++i;
  while (t[i] == ' ') ++i;
  return i;
}

/// A day "20日", "十二日", "3号" at `i`: the day and the index after it.
std::optional<std::pair<int, std::size_t>> day_at(const CodePoints& t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && j - i < 3 && (is_ascii_digit(t[j]) || is_chinese_numeral(t[j]))) ++j;
  if (j == i || (t[j] != U'日' && t[j] != U'号')) return std::nullopt;
  int day = 0;
  if (is_ascii_digit(t[i])) {
    if (digit_run(t, i) != j - i) return std::nullopt;
    day = digits_value(t, i, j);
  } else {
    std::u32string run;
    for (std::size_t k = i; k < j; ++k) run.push_back(t[k]);
    day = static_cast<int>(parse_chinese_number(run).value_or(0));
  }
  if (day < 1 || day > 31) return std::nullopt;
  return std::make_pair(day, j + 1);
}

std::optional<std::pair<int, std::size_t>> small_number_at(const CodePoints& t, std::size_t i);

/// After "<year or month>的" at `i`: 第N周, 第N个月, 前N周/天, 最后N周/天 narrow `d` to that
/// part. Returns the end of the expression, or `i - 1` (just before 的) when there is none.
std::size_t ordinal_part(const CodePoints& t, std::size_t i, DateFigure& d) {
  const std::size_t none = i - 1;
  enum class From { NTH, FIRST, LAST } from;
  std::size_t k = i;
  if (t[k] == U'第') {
    from = From::NTH, ++k;
  } else if (t[k] == U'前') {
    from = From::FIRST, ++k;
  } else if (t.at(k, U"最后")) {
    from = From::LAST, k += 2;
  } else {
    return none;
  }
  while (t[k] == ' ') ++k;
  const auto n = small_number_at(t, k);
  if (!n || n->first < 1) return none;
  k = n->second;
  while (t[k] == ' ') ++k;
  const bool whole_year = d.date.size() == 4;
  const long first_day =
      days_since_epoch(whole_year ? d.date + "-01-01" : d.date + "-01").value_or(0);
  const int year = std::stoi(d.date.substr(0, 4));
  const int month = whole_year ? 0 : std::stoi(d.date.substr(5, 2));
  const long last_day = whole_year ? first_day + (days_in_month(year, 2) == 29 ? 365 : 364)
                                   : first_day + days_in_month(year, month) - 1;
  long span = 0;  // days per unit
  std::size_t end = 0;
  if (t[k] == U'周' || t[k] == U'星') {
    span = 7, end = k + (t[k] == U'周' ? 1 : 2);
  } else if (t[k] == U'天' || t[k] == U'日') {
    span = 1, end = k + 1;
  } else if (t.at(k, U"个月") && whole_year && n->first <= 12 && from == From::NTH) {
    d.date = format_date(year, n->first);
    return k + 2;
  } else {
    return none;
  }
  // Weeks run Monday to Sunday: a year's first week is ISO week 1 (the one with 4 January), a
  // month's the first that starts in it; the last weeks end on the last Sunday inside.
  auto weekday = [](long day) { return ((day % 7) + 7 + 3) % 7; };  // 0 = Monday
  long start = first_day, stop = last_day;
  if (span == 7) {
    start = whole_year ? first_day + 3 - weekday(first_day + 3)
                       : first_day + (7 - weekday(first_day)) % 7;
    stop = last_day - (weekday(last_day) + 1) % 7;
  }
  long begin = 0, finish = 0;
  if (from == From::NTH) {
    begin = start + span * (n->first - 1);
    finish = begin + span - 1;
  } else if (from == From::FIRST) {
    begin = start;
    finish = start + span * n->first - 1;
  } else {
    finish = stop;
    begin = stop - span * n->first + 1;
  }
  if (finish > last_day + 3 || begin < first_day - 3) return none;
  d.date = iso_date_of_days(begin);
  if (finish != begin) d.date_end = iso_date_of_days(finish);
  return end;
}

/// "7月15日至20日", "从一月十日到十二日", "5月-10月", "1995 - 1997年": two dates joined by a
/// range separator become one date with date_end; 从 before the first is part of it.
std::vector<DateFigure> merge_date_ranges(const CodePoints& t, std::vector<DateFigure> dates,
                                          Claimed& claimed) {
  std::vector<DateFigure> out;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    DateFigure d = dates[k];
    const std::size_t next = after_range_separator(t, d.end);
    bool merged = false;
    if (next && k + 1 < dates.size() && dates[k + 1].begin == next) {
      const DateFigure& second = dates[k + 1];
      const bool bare_day = second.end - second.begin <= 3 && d.date.size() == 10 &&
                            second.date.size() == 10 &&
                            (t[second.end - 1] == U'日' || t[second.end - 1] == U'号');
      d.date_end = bare_day ? d.date.substr(0, 8) + second.date.substr(8)
                            : (second.date_end.empty() ? second.date : second.date_end);
      d.relative = d.relative || second.relative;
      d.end = second.end;
      ++k;
      merged = true;
    } else if (next && d.date.size() == 10 && !any_claimed(claimed, next, next + 1)) {
      // 到十二日: a day the date recogniser leaves alone when it stands on its own.
      if (const auto day = day_at(t, next)) {
        char buffer[4];
        std::snprintf(buffer, sizeof buffer, "%02d", day->first);
        d.date_end = d.date.substr(0, 8) + buffer;
        d.end = day->second;
        merged = true;
      }
    }
    // "1995 - 1997年": a bare year before a dash and a year.
    if (!merged && d.date.size() >= 4 && is_ascii_digit(t[d.begin]) && d.begin > 0) {
      std::size_t b = d.begin;
      while (b > 0 && t[b - 1] == ' ') --b;
      if (b > 0 && is_range_separator(t[b - 1]) && t[b - 1] != U'至' && t[b - 1] != U'到') --b;
      while (b > 0 && t[b - 1] == ' ') --b;
      if (b != d.begin && b >= 4 && digit_run(t, b - 4) == 4 &&
          (b == 4 || !is_ascii_digit(t[b - 5])) && valid_year(digits_value(t, b - 4, b)) &&
          !any_claimed(claimed, b - 4, b) && (out.empty() || out.back().end <= b - 4)) {
        d.date_end = d.date_end.empty() ? d.date : d.date_end;
        d.date = format_date(digits_value(t, b - 4, b));
        d.begin = b - 4;
        merged = true;
      }
    }
    if (merged && d.begin > 0 && t[d.begin - 1] == U'从' &&
        !any_claimed(claimed, d.begin - 1, d.begin))
      --d.begin;
    // 2021年的第二周, 去年的前10天, 今年的最后 3 周, 十月的第一周: a part of a year or month.
    if (d.date_end.empty() && (d.date.size() == 4 || d.date.size() == 7) && t[d.end] == U'的')
      d.end = ordinal_part(t, d.end + 1, d);
    if (d.date.size() == 10 && d.date_end.empty()) {
      std::size_t w = d.end;
      if (t[w] == U'，' || t[w] == ',' || t[w] == ' ') ++w;
      for (std::u32string_view word : {U"星期", U"礼拜", U"周"}) {
        if (t.at(w, word) && weekday_at(t, w + word.size()) >= 0 &&
            (k + 1 >= dates.size() || dates[k + 1].begin >= w)) {
          d.end = w + word.size() + 1;
          if (k + 1 < dates.size() && dates[k + 1].begin == w) ++k;  // the weekday itself
          break;
        }
      }
    }
    claim(claimed, d.begin, d.end);
    out.push_back(std::move(d));
  }
  return out;
}

/// A number of 1-3 Arabic digits or Chinese numerals at `i`: value and index after it.
std::optional<std::pair<int, std::size_t>> small_number_at(const CodePoints& t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && j - i < 3 && (is_ascii_digit(t[j]) || is_chinese_numeral(t[j]))) ++j;
  if (j == i) return std::nullopt;
  if (is_ascii_digit(t[i])) {
    if (digit_run(t, i) != j - i) return std::nullopt;
    return std::make_pair(digits_value(t, i, j), j);
  }
  std::u32string run;
  for (std::size_t k = i; k < j; ++k) run.push_back(t[k]);
  const auto value = parse_chinese_number(run);
  if (!value) return std::nullopt;
  return std::make_pair(static_cast<int>(*value), j);
}

/// Decades (90年代, 上世纪九十年代, 19世纪70年代), months around the reference (本月十日,
/// 上个月) and spans back from it (5天前, 3年前): the end of the expression, or 0.
std::size_t relative_period(const CodePoints& t, std::size_t i, const ReferenceDate& ref,
                            DateFigure& d) {
  if (i > 0 && (is_ascii_digit(t[i - 1]) || is_chinese_numeral(t[i - 1]))) return 0;
  // Decades, with an optional century.
  std::size_t j = i;
  int century = -1;  // first year of the century
  if (t.at(j, U"上世纪")) {
    century = 1900, j += 3;
  } else if (t.at(j, U"本世纪")) {
    century = 2000, j += 3;
  } else if (auto n = small_number_at(t, j);
             n && t[n->second] == U'世' && t[n->second + 1] == U'纪') {
    century = (n->first - 1) * 100, j = n->second + 2;
  }
  if (auto decade = small_number_at(t, j); decade && t[decade->second] == U'年' &&
                                           t[decade->second + 1] == U'代' &&
                                           decade->first % 10 == 0 && decade->first < 100) {
    int first_year = century >= 0 ? century + decade->first
                                  : (2000 + decade->first > ref.year ? 1900 : 2000) + decade->first;
    d.date = format_date(first_year);
    d.date_end = format_date(first_year + 9);
    d.relative = century < 0;
    return decade->second + 2;
  }
  if (century >= 0) return 0;
  // Months around the reference: 本月, 上个月, 下月, optionally with a day.
  static const std::pair<std::u32string_view, int> months[] = {
      {U"本月", 0},   {U"这个月", 0}, {U"当月", 0}, {U"上个月", -1},
      {U"下个月", 1}, {U"上月", -1},  {U"下月", 1}};
  for (const auto& [word, offset] : months) {
    if (!t.at(i, word)) continue;
    int y = ref.year, m = ref.month + offset;
    if (m < 1) m += 12, --y;
    if (m > 12) m -= 12, ++y;
    d.relative = true;
    return after_month(t, i + word.size(), y, m, d);
  }
  // 过去十年, 近三年, 过去6个月: the span from that far back to the reference date.
  for (std::u32string_view word : {U"过去", U"近"}) {
    if (!t.at(i, word)) continue;
    const auto n = small_number_at(t, i + word.size());
    if (!n || n->first <= 0) break;
    const std::size_t k = n->second;
    const long today = reference_day(ref);
    d.date_end = format_date(ref.year, ref.month, ref.day);
    d.relative = true;
    if (t[k] == U'年' && t[k + 1] != U'代' && n->first <= 100) {
      d.date = format_date(ref.year - n->first, ref.month, std::min(ref.day, 28));
      return k + 1;
    }
    if (t.at(k, U"个月") && n->first <= 120) {
      const int back = ref.year * 12 + (ref.month - 1) - n->first;
      d.date = format_date(back / 12, back % 12 + 1, std::min(ref.day, 28));
      return k + 2;
    }
    if ((t[k] == U'天' || t[k] == U'日') && n->first <= 400) {
      d.date = iso_date_of_days(today - n->first);
      return k + 1;
    }
    if (t[k] == U'周' && n->first <= 60) {
      d.date = iso_date_of_days(today - 7L * n->first);
      return k + 1;
    }
    d.date_end.clear();
    break;
  }
  // N天前, N周前, N个月前, N年前: the day, week, month or year that far back.
  if (auto n = small_number_at(t, i); n && n->first > 0) {
    std::size_t k = n->second;
    const long today = reference_day(ref);
    if ((t.at(k, U"天前") || t.at(k, U"日前")) && n->first <= 400) {
      d.date = iso_date_of_days(today - n->first);
      d.relative = true;
      return k + 2;
    }
    if ((t.at(k, U"周前") || t.at(k, U"星期前")) && n->first <= 60) {
      d.date = iso_date_of_days(today - 7L * n->first);
      d.relative = true;
      return k + (t[k] == U'周' ? 2 : 3);
    }
    if (t.at(k, U"个月前") && n->first <= 120) {
      int months_back = ref.year * 12 + (ref.month - 1) - n->first;
      d.date = format_date(months_back / 12, months_back % 12 + 1);
      d.relative = true;
      return k + 3;
    }
    if (t.at(k, U"年前") && n->first <= 100) {
      d.date = format_date(ref.year - n->first);
      d.relative = true;
      return k + 2;
    }
  }
  return 0;
}

}  // namespace

std::optional<double> parse_chinese_number(std::u32string_view run) {
  if (run.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t c : run) has_unit = has_unit || chinese_unit(c) > 0;
  if (!has_unit) {
    // Positional digits: 二〇二五. 两 is never positional (两两 = in pairs).
    if (run.size() > 1 && run.find(U'两') != std::u32string_view::npos) return std::nullopt;
    double v = 0;
    for (char32_t c : run) {
      int d = chinese_digit(c);
      if (d < 0) return std::nullopt;
      v = v * 10 + d;
    }
    return v;
  }
  // Below 万: section (千百十) plus the pending digit. 万, 亿, 兆 multiply everything since the
  // last larger one, so 三万亿 = 3e12 but 五兆六十二亿 = 5e12 + 6.2e9: a stack of big groups.
  std::vector<std::pair<double, double>> groups;  // value, big unit
  double section = 0, number = 0;
  bool pending_digit = false;
  double last_unit = 0;  // the unit just before the current digit; 0 after 零
  for (char32_t c : run) {
    int d = chinese_digit(c);
    if (d == 0) {
      number = 0;  // 一千零十二: 零 holds a place, 十 after it is still 1×10
      pending_digit = false;
      last_unit = 0;
      continue;
    }
    if (d > 0) {
      number = d;
      pending_digit = true;
      continue;
    }
    const double unit = chinese_unit(c);
    if (unit >= 1e4) {
      double value = section + number;
      if (value == 0 && !groups.empty() && groups.back().second < 1e12) {
        // 四万万 = 4e8: a big unit right after another multiplies it.
        groups.back().first *= unit;
        groups.back().second *= unit;
      } else {
        while (!groups.empty() && groups.back().second < unit) {
          value += groups.back().first;
          groups.pop_back();
        }
        groups.emplace_back(value * unit, unit);
      }
      section = number = 0;
    } else {
      section += (pending_digit ? number : 1) * unit;
      number = 0;
    }
    pending_digit = false;
    last_unit = unit;
  }
  // 两千四百五 = 2450, 一万三 = 13000: a last digit straight after a unit counts in the next
  // smaller unit (not after 零: 一千零五 = 1005).
  if (pending_digit && last_unit >= 100) number *= last_unit / 10;
  double result = section + number;
  for (const auto& group : groups) result += group.first;
  return result;
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
    if (claimed[i] || !may_start_date(t[i])) continue;
    // Partial dates (7月) take the last explicit year, else the reference year.
    const int year_for_partial = context_year > 0 ? context_year : ref.year;
    DateFigure d;
    d.begin = i;
    std::size_t end = 0;
    if (ref.known()) end = relative_period(t, i, ref, d);
    const bool digit_start =
        end == 0 && is_ascii_digit(t[i]) &&
        (i == 0 || (!is_ascii_digit(t[i - 1]) && !is_ascii_alpha(t[i - 1]) && t[i - 1] != '.'));
    const std::size_t run = digit_start ? digit_run(t, i) : 0;
    if (run == 4 && valid_year(digits_value(t, i, i + 4))) {
      const int y = digits_value(t, i, i + 4);
      std::size_t j = i + 4;
      if (t[j] == ' ' && t[j + 1] == U'年') ++j;  // "2023 年", as some sites space digits
      if (t[j] == U'年' && t[j + 1] != U'代') {
        ++j;
        const std::size_t spaced = t[j] == ' ' ? j + 1 : j;  // "2018年 12月"
        if (const auto month = month_at(t, spaced)) {
          // 2025年7月, 2018年十二月.
          end = after_month(t, month->second, y, month->first, d);
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
      // 二零零四年, 二〇二五年: a year in positional numerals.
      if (end == 0 && chinese_digit(t[i]) >= 0 && t[i + 4] == U'年' &&
          (i == 0 || !is_chinese_numeral(t[i - 1]))) {
        int y = 0;
        for (std::size_t k = i; k < i + 4 && y >= 0; ++k) {
          const int digit = chinese_digit(t[k]);
          y = digit < 0 || t[k] == U'两' ? -1 : y * 10 + digit;
        }
        if (valid_year(y)) {
          if (const auto month = month_at(t, i + 5)) {
            end = after_month(t, month->second, y, month->first, d);
          } else {
            d.date = format_date(y);
            end = i + 5 + year_part(t, i + 5, y, d);
          }
          context_year = y;
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
        static const std::u32string_view recent[] = {U"近日", U"日前", U"近期", U"最近"};
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
            {U"上上周", -2},
            {U"下下周", 2},
            {U"上星期", -1},
            {U"下星期", 1},
            {U"上周", -1},
            {U"下周", 1},
            {U"本周", 0},
            {U"这周", 0},
            {U"这星期", 0},
            // With 个 only before a weekday or 末: 这个周期 is a period, not this week.
            {U"上上个周", -2},
            {U"下下个周", 2},
            {U"上个星期", -1},
            {U"下个星期", 1},
            {U"这个星期", 0},
            {U"上个周", -1},
            {U"下个周", 1},
            {U"这个周", 0},
            {U"上一个周", -1},
            {U"下一个周", 1}};
        const long today = reference_day(ref);
        const long weekday = ((today % 7) + 7 + 3) % 7;  // 0 = Monday: 1970-01-01 was a Thursday
        for (const auto& [word, offset] : weeks) {
          if (end != 0 || !t.at(i, word)) continue;
          const std::size_t after = i + word.size();
          if (word.find(U'个') != std::u32string_view::npos && weekday_at(t, after) < 0 &&
              !(t[after] == U'末' && t[after - 1] == U'周'))
            continue;
          const long monday = today - weekday + 7L * offset;
          d.date = iso_date_of_days(monday);
          d.date_end = iso_date_of_days(monday + 6);
          d.relative = true;
          end = i + word.size();
          // 上周一, 下下周日: one day of that week; 下周末: its Saturday and Sunday.
          if (const int day = weekday_at(t, end); day >= 0) {
            d.date = iso_date_of_days(monday + day);
            d.date_end.clear();
            ++end;
          } else if (t[end] == U'末' && t[end - 1] == U'周') {
            d.date = iso_date_of_days(monday + 5);
            ++end;
          }
        }
        // 周三, 星期一, 礼拜五 alone: that day of the reference week (news reports the week's
        // events around its publication date).
        for (std::u32string_view word : {U"星期", U"礼拜", U"周"}) {
          if (end != 0 || !t.at(i, word) || (i > 0 && (t[i - 1] == U'每' || t[i - 1] == U'个')))
            continue;
          if (const int day = weekday_at(t, i + word.size()); day >= 0) {
            d.date = iso_date_of_days(today - weekday + day);
            d.relative = true;
            end = i + word.size() + 1;
          }
        }
        // 上半年, 下半年 alone: halves of the reference year.
        if (end == 0 && (t.at(i, U"上半年") || t.at(i, U"下半年"))) {
          end = i + year_part(t, i, ref.year, d);
          d.relative = true;
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
  return merge_date_ranges(t, std::move(dates), claimed);
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
