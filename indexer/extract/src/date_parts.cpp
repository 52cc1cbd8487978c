/// @file date_parts.cpp
/// @brief Pieces of absolute dates: calendar arithmetic, months and days in digits or
/// numerals, parts of a year or month (上半年, 下旬), ordinal parts (第3周) and two-digit years.
#include "date_parts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "calendars.h"
#include "numerals.h"
#include "suyuan/core/civil_date.h"

namespace suyuan::extract::dates {
std::string format_date(int y, int m, int d) {
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

std::optional<Quarter> quarter_at(const CodePoints& t, std::size_t i, bool after_year) {
  // 2018年Q3: the quarter in Latin after its year (not Q3 of a model name, Q30).
  if (after_year && (t[i] == 'Q' || t[i] == 'q') && t[i + 1] >= '1' && t[i + 1] <= '4' &&
      !(t[i + 2] < 0x80 && std::isalnum(static_cast<int>(t[i + 2])))) {
    const int n = static_cast<int>(t[i + 1] - '0');
    return Quarter{3 * n - 2, 3 * n, 2};
  }
  std::size_t k = i;
  const bool so_far = t[k] == U'前';  // 前三季度, 前3季: the year's first quarters
  const bool ordinal = !so_far && t[k] == U'第';
  if (so_far || ordinal) ++k;
  int n = 0;
  if (t[k] >= U'1' && t[k] <= U'4') {
    n = static_cast<int>(t[k] - U'0');
  } else {
    static constexpr std::u32string_view numerals = U"一二三四";
    const std::size_t at = numerals.find(t[k]);
    if (at != std::u32string_view::npos) n = static_cast<int>(at) + 1;
    if (so_far && t[k] == U'两') n = 2;
  }
  if (n == 0 || (so_far && n == 1)) return std::nullopt;
  ++k;
  if (t[k] != U'季') return std::nullopt;
  ++k;
  if (t.at(k, U"度假")) return std::nullopt;  // 四季度假酒店 is a hotel
  if (t[k] == U'度') {
    ++k;
  } else if (!after_year || !(ordinal || so_far) || t.at(k, U"节目") || t[k] == U'《') {
    // 第2季 without 度 is a quarter only right after its year (2013年第1季, 今年第2季): alone
    // it is as often the season of a show (星光第二季, 《声临其境》第三季), and 三季 three seasons.
    return std::nullopt;
  }
  if (so_far) return Quarter{1, 3 * n, k - i};
  return Quarter{3 * n - 2, 3 * n, k - i};
}

/// Season or part of year after a year: sets date/date_end, returns code points consumed.
std::size_t year_part(const CodePoints& t, std::size_t i, int year, DateFigure& d) {
  struct Part {
    std::u32string_view word;
    int first_month, last_month;
  };
  static const Part parts[] = {{U"上半年", 1, 6},  {U"下半年", 7, 12}, {U"前半年", 1, 6},
                               {U"后半年", 7, 12}, {U"年底", 11, 12},  {U"年末", 11, 12},
                               {U"年初", 1, 2},    {U"底", 11, 12},    {U"末", 11, 12},
                               {U"初", 1, 2},      {U"春季", 3, 5},    {U"夏季", 6, 8},
                               {U"秋季", 9, 11},   {U"冬季", 12, 14},  {U"春天", 3, 5},
                               {U"夏天", 6, 8},    {U"秋天", 9, 11}};
  auto set_months = [&](int first_month, int last_month) {
    d.date = format_date(year, first_month);
    d.date_end =
        last_month > 12 ? format_date(year + 1, last_month - 12) : format_date(year, last_month);
  };
  if (const auto q = quarter_at(t, i, true)) {
    set_months(q->first_month, q->last_month);
    return q->length;
  }
  for (const auto& part : parts) {
    if (!t.at(i, part.word)) continue;
    set_months(part.first_month, part.last_month);
    return part.word.size();
  }
  // 前两个月, 前10个月: the year's first months, as results are reported year to date.
  if (t[i] == U'前') {
    const auto n = small_number_at(t, i + 1);
    if (n && n->first >= 1 && n->first <= 12 && t.at(n->second, U"个月")) {
      set_months(1, n->first);
      return n->second + 2 - i;
    }
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
/// the relative and calendar words below (今年, 上周, 近日, 春季, 民国, 农历, 正月…). Most
/// characters cannot, and skipping them keeps find_dates from trying every word at every position.
bool may_start_date(char32_t c) {
  static const Initials starts = [] {
    Initials initials;
    for (char32_t word : std::u32string_view(
             U"今去明前大后昨上下本这当过近最日周星礼春夏秋冬民农阴正腊闰年月第目如迄至眼同"))
      initials.add(std::u32string(1, word));
    for (char32_t digit = '0'; digit <= '9'; ++digit) initials.add(std::u32string(1, digit));
    for (char32_t numeral = 0x3000; numeral < 0xA000; ++numeral) {
      if (is_chinese_numeral(numeral)) initials.add(std::u32string(1, numeral));
    }
    return initials;
  }();
  return starts.may_start(c) && c < 0x10000;
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
    if (t[j] == ' ' && t[j + 1] == U'月') ++j;  // "1 月", as Taiwan sites space digits
  } else {
    std::u32string numerals;
    while (j < t.size() && is_chinese_numeral(t[j]) && j - i < 2) numerals.push_back(t[j++]);
    // 两月, 俩月, 仨月 are "two/three months"; February is 二月.
    if (numerals.find_first_of(U"两俩仨") != std::u32string::npos) return std::nullopt;
    // 万亿月 would overflow an int: anything outside 1..12 is no month anyway.
    const double value = parse_chinese_number(numerals).value_or(0);
    if (value < 1 || value > 12) return std::nullopt;
    month = static_cast<int>(value);
  }
  if (month < 1 || month > 12 || t[j] != U'月') return std::nullopt;
  return std::make_pair(month, j + 1);
}

std::size_t after_month(const CodePoints& t, std::size_t j, int y, int m, DateFigure& d) {
  // 15日, 3号, 十日: a day of the month ("7 月 15 日" when the site spaces its digits).
  auto day = day_at(t, j);
  if (!day && t[j] == ' ' && is_ascii_digit(t[j + 1])) day = day_at(t, j + 1);
  if (day && day->first <= days_in_month(y, m)) {
    d.date = format_date(y, m, day->first);
    return day->second;
  }
  if (day) {
    // 2月30日, 2月29日 of a common year: no such day, and no date at all rather than the
    // month alone (the text names a day, not February).
    d.date.clear();
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
  const std::size_t digits_end = j;
  if (is_ascii_digit(t[i]) && t[j] == ' ' && (t[j + 1] == U'日' || t[j + 1] == U'号'))
    ++j;  // "15 日"
  if (j == i || (t[j] != U'日' && t[j] != U'号')) return std::nullopt;
  int day = 0;
  if (is_ascii_digit(t[i])) {
    if (digit_run(t, i) != digits_end - i) return std::nullopt;
    day = digits_value(t, i, digits_end);
  } else {
    std::u32string run;
    for (std::size_t k = i; k < j; ++k) run.push_back(t[k]);
    day = static_cast<int>(parse_chinese_number(run).value_or(0));
  }
  if (day < 1 || day > 31) return std::nullopt;
  return std::make_pair(day, j + 1);
}

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
  // 四月的最后一个星期一, 十一月的第四个周四: the nth (or nth last) weekday of a month.
  if (t[k] == U'个' && !whole_year && from != From::FIRST) {
    for (std::u32string_view word : {U"星期", U"礼拜", U"周"}) {
      const int wanted = t.at(k + 1, word) ? weekday_at(t, k + 1 + word.size()) : -1;
      if (wanted < 0) continue;
      const auto weekday_of = [](long day) { return ((day % 7) + 7 + 3) % 7; };  // 0 = Monday
      const long day =
          from == From::NTH
              ? first_day + (wanted - weekday_of(first_day) + 7) % 7 + 7L * (n->first - 1)
              : last_day - (weekday_of(last_day) - wanted + 7) % 7 - 7L * (n->first - 1);
      if (day < first_day || day > last_day) return none;
      d.date = iso_date_of_days(day);
      return k + 1 + word.size() + 1;
    }
  }
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

/// A two-digit year (07年, 18年10月, 零八年): read as a year only when it cannot be a count of
/// years — a leading zero, or a month right after. Returns the four-digit year, or 0.
int two_digit_year(int yy, const ReferenceDate& ref) {
  const int pivot = ref.known() ? ref.year % 100 + 5 : 50;  // 98年 → 1998, 18年 → 2018
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

}  // namespace suyuan::extract::dates
