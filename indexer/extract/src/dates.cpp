/// @file dates.cpp
/// @brief Date recognition: absolute, partial and relative dates over code points of
/// normalized text. Dates run before figures and claim their characters, so 2025年 is never a
/// quantity of years.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "calendars.h"
#include "numerals.h"
#include "recognizers.h"
#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

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
      {U"四季度", 10, 12},   {U"前三季度", 1, 9}, {U"前两季度", 1, 6}, {U"前二季度", 1, 6}};
  auto set_months = [&](int first_month, int last_month) {
    d.date = format_date(year, first_month);
    d.date_end =
        last_month > 12 ? format_date(year + 1, last_month - 12) : format_date(year, last_month);
  };
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
    for (char32_t word :
         std::u32string_view(U"今去明前大后昨上下本这当过近最日周星礼春夏秋冬民农阴正腊闰年月第"))
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
    // 两月 is "two months"; February is 二月.
    if (numerals.find(U'两') != std::u32string::npos) return std::nullopt;
    // 万亿月 would overflow an int: anything outside 1..12 is no month anyway.
    const double value = parse_chinese_number(numerals).value_or(0);
    if (value < 1 || value > 12) return std::nullopt;
    month = static_cast<int>(value);
  }
  if (month < 1 || month > 12 || t[j] != U'月') return std::nullopt;
  return std::make_pair(month, j + 1);
}

/// After "M月" at `j`: "D日"/"D号" makes a day; otherwise a part of the month (下旬) or the
/// month itself. Returns the end of the date.
std::optional<std::pair<int, std::size_t>> day_at(const CodePoints& t, std::size_t i);

std::size_t after_month(const CodePoints& t, std::size_t j, int y, int m, DateFigure& d) {
  // 15日, 3号, 十日: a day of the month ("7 月 15 日" when the site spaces its digits).
  auto day = day_at(t, j);
  if (!day && t[j] == ' ' && is_ascii_digit(t[j + 1])) day = day_at(t, j + 1);
  if (day && day->first <= days_in_month(y, m)) {
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
    std::size_t next = after_range_separator(t, d.end);
    // "2015年和2018年之间", "10月与5月间": a conjunction joins the two only before 之间/间.
    std::size_t between_end = 0;
    if (!next && (t[d.end] == U'和' || t[d.end] == U'与' || t[d.end] == U'跟') &&
        k + 1 < dates.size() && dates[k + 1].begin == d.end + 1) {
      const std::size_t after_second = dates[k + 1].end;
      between_end = t.at(after_second, U"之间") ? after_second + 2
                    : t[after_second] == U'间'  ? after_second + 1
                                                : 0;
      if (between_end) next = d.end + 1;
    }
    bool merged = false;
    if (next && k + 1 < dates.size() && dates[k + 1].begin == next) {
      const DateFigure& second = dates[k + 1];
      const bool bare_day = second.end - second.begin <= 3 && d.date.size() == 10 &&
                            second.date.size() == 10 &&
                            (t[second.end - 1] == U'日' || t[second.end - 1] == U'号');
      d.date_end = bare_day ? d.date.substr(0, 8) + second.date.substr(8)
                            : (second.date_end.empty() ? second.date : second.date_end);
      d.relative = d.relative || second.relative;
      d.end = between_end ? between_end : second.end;
      if (!between_end && t.at(d.end, U"之间")) d.end += 2;  // 2010年至2018年之间
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
    // 近三十年前 is "nearly thirty years ago": the N年前 form below, one character on.
    if (t[k + (t.at(k, U"个月") ? 2 : 1)] == U'前') break;
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

/// Of the years around the reference, the one whose `date_of_year` lies nearest it: a holiday
/// or lunar date named without a year is the occurrence closest to publication.
template <typename DateOfYear>
std::optional<int> nearest_year(const ReferenceDate& ref, DateOfYear date_of_year) {
  if (!ref.known()) return std::nullopt;
  const long today = reference_day(ref);
  std::optional<int> best;
  long best_distance = 0;
  for (int year = ref.year - 1; year <= ref.year + 1; ++year) {
    const std::optional<std::string> date = date_of_year(year);
    if (!date) continue;
    const long distance = std::labs(days_since_epoch(*date).value_or(0) - today);
    if (!best || distance < best_distance) best = year, best_distance = distance;
  }
  return best;
}

/// The day of a lunar month at `i`: 初一…初十, 十一…三十, 廿三, 卅; value and index after it.
std::optional<std::pair<int, std::size_t>> lunar_day_at(const CodePoints& t, std::size_t i,
                                                        bool& written_lunar) {
  if (t[i] == U'初' && chinese_digit(t[i + 1]) > 0 && t[i + 2] != U'十') {
    written_lunar = true;
    return std::make_pair(chinese_digit(t[i + 1]), i + 2);
  }
  if (t.at(i, U"初十")) return written_lunar = true, std::make_pair(10, i + 2);
  if (t[i] == U'廿' || t[i] == U'卅') {
    const int tens = t[i] == U'廿' ? 20 : 30;
    written_lunar = true;
    const int unit = chinese_digit(t[i + 1]);
    if (unit > 0 && tens + unit <= 30) return std::make_pair(tens + unit, i + 2);
    return std::make_pair(tens, i + 1);
  }
  // Otherwise 十一 to 三十: a lone digit (五月二) or 两 (五月两人) is never a lunar day.
  std::size_t j = i;
  while (j < t.size() && j - i < 3 && is_chinese_numeral(t[j]) && chinese_unit(t[j]) <= 10 &&
         t[j] != U'两')
    ++j;
  if (j - i < 2) return std::nullopt;
  std::u32string run;
  for (std::size_t k = i; k < j; ++k) run.push_back(t[k]);
  const auto day = parse_chinese_number(run);
  if (!day || *day < 1 || *day > 30) return std::nullopt;
  return std::make_pair(static_cast<int>(*day), j);
}

/// A lunar date at `i`: 农历八月十五, 正月初一, 腊月廿三, 大年初二, 闰四月初八, 十二月初一, and
/// 八月十五 (a Chinese-numeral day without 日 after a Chinese-numeral month is how news writes
/// lunar dates). `lunar_year` 0 takes the occurrence nearest the reference. Returns the end of
/// the expression, or 0.
std::size_t lunar_date_at(const CodePoints& t, std::size_t i, int lunar_year,
                          const ReferenceDate& ref, DateFigure& d) {
  std::size_t j = i;
  bool written_lunar = false;  // 农历, 正月, 腊月, 初一, 廿: no Gregorian reading
  if (t.at(j, U"农历") || t.at(j, U"阴历")) j += 2, written_lunar = true;
  int month = 0, day = 0;
  bool leap = false;
  if (t.at(j, U"大年初") && chinese_digit(t[j + 3]) > 0) {  // 大年初一: the new year's days
    month = 1, day = chinese_digit(t[j + 3]), j += 4, written_lunar = true;
  } else {
    if (t[j] == U'闰') ++j, leap = true, written_lunar = true;
    static const std::pair<std::u32string_view, int> named_months[] = {
        {U"正月", 1}, {U"冬月", 11}, {U"腊月", 12}};
    for (const auto& [word, number] : named_months) {
      if (t.at(j, word)) month = number, j += 2, written_lunar = true;
    }
    const bool chinese_month = month == 0 && is_chinese_numeral(t[j]);
    if (month == 0) {
      const auto m = month_at(t, j);
      if (!m || (!chinese_month && !written_lunar)) return 0;
      month = m->first, j = m->second;
    }
    const std::size_t day_start = j;
    if (const auto lunar_day = lunar_day_at(t, j, written_lunar)) {
      day = lunar_day->first, j = lunar_day->second;
    }
    const bool gregorian_day_marker = t[j] == U'日' || t[j] == U'号';
    if (!written_lunar && (day == 0 || gregorian_day_marker || !chinese_month)) return 0;
    if (day == 0) j = day_start;
    if (day > 0 && t[j] == U'日') ++j;
  }
  auto date_of_year = [&](int year) {
    return lunar_to_gregorian(year, month, std::max(day, 1), leap);
  };
  const std::optional<int> year = lunar_year > 0 ? lunar_year : nearest_year(ref, date_of_year);
  const auto date = year ? date_of_year(*year) : std::nullopt;
  if (!date) return 0;
  d.date = *date;
  if (day == 0) {  // a whole lunar month, 29 or 30 days
    d.date_end = lunar_to_gregorian(*year, month, 30, leap)
                     .value_or(lunar_to_gregorian(*year, month, 29, leap).value_or(*date));
  }
  d.calendar = "chinese";
  d.relative = lunar_year == 0;
  return j;
}

/// A holiday at `i` (春节, 中秋, 国庆节, 母亲节…) in `year`, or the occurrence nearest the
/// reference when `year` is 0. Returns the end of its name, or 0.
std::size_t holiday_at(const CodePoints& t, std::size_t i, int year, const DateVocabulary& v,
                       const ReferenceDate& ref, DateFigure& d) {
  for (const auto& holiday : v.holidays) {
    if (!t.at(i, holiday.surface)) continue;
    if (holiday.also_a_given_name && i > 0 && v.surnames.find(t[i - 1]) != std::u32string::npos)
      continue;
    auto date_of_year = [&holiday](int y) -> std::optional<std::string> {
      if (holiday.rule == "gregorian") return format_date(y, holiday.month, holiday.day);
      if (holiday.rule == "chinese") return lunar_to_gregorian(y, holiday.month, holiday.day);
      if (holiday.rule == "chinese_eve") return lunar_new_years_eve(y - 1);
      if (holiday.rule == "nth_weekday")
        return format_date(y, holiday.month,
                           nth_weekday_of_month(y, holiday.month, holiday.nth, holiday.weekday));
      if (holiday.rule == "qingming") return format_date(y, 4, qingming_day(y));
      return std::nullopt;
    };
    const std::optional<int> chosen = year > 0 ? year : nearest_year(ref, date_of_year);
    const auto date = chosen ? date_of_year(*chosen) : std::nullopt;
    if (!date) return 0;
    d.date = *date;
    d.holiday = holiday.name;
    d.relative = d.relative || year == 0;
    if (holiday.rule == "chinese" || holiday.rule == "chinese_eve") d.calendar = "chinese";
    return i + holiday.surface.size();
  }
  return 0;
}

/// After "<year>年" at `j`: a lunar date, a holiday, a month (with day or part) or a part of the
/// year (上半年, 年底); otherwise the year alone. Returns the end of the date.
std::size_t after_year(const CodePoints& t, std::size_t j, int year, const DateVocabulary& v,
                       const ReferenceDate& ref, DateFigure& d) {
  const std::size_t spaced = t[j] == ' ' ? j + 1 : j;  // "2018年 12月"
  if (const std::size_t end = lunar_date_at(t, spaced, year, ref, d)) return end;
  if (const std::size_t end = holiday_at(t, j, year, v, ref, d)) return end;
  if (const auto month = month_at(t, spaced)) {
    std::size_t end = after_month(t, month->second, year, month->first, d);
    if (t[end] == U'份') ++end;  // 2025年7月份
    return end;
  }
  d.date = format_date(year);
  return j + year_part(t, j, year, d);
}

/// A two-digit year (07年, 18年10月, 零八年): read as a year only when it cannot be a count of
/// years — a leading zero, or a month right after. Returns the four-digit year, or 0.
int two_digit_year(int yy, const ReferenceDate& ref) {
  const int pivot = ref.known() ? ref.year % 100 + 5 : 50;  // 98年 → 1998, 18年 → 2018
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/// Relation words around a date (自2018年以来, 2015年前, 截至9月底, 2019年1月1日或之后):
/// widens the date's span over them and sets its relation.
void attach_relation(const CodePoints& t, const DateVocabulary& v, const Claimed& claimed,
                     DateFigure& d) {
  for (const auto& [word, relation] : v.relation_suffixes) {
    if (!t.at(d.end, word) || any_claimed(claimed, d.end, d.end + word.size())) continue;
    if (word.size() == 1) {
      const char32_t next = t[d.end + 1];
      const auto blockers = v.short_suffix_blockers.find(word[0]);
      const bool blocked = is_ascii_digit(next) || is_chinese_numeral(next) ||
                           (blockers != v.short_suffix_blockers.end() &&
                            blockers->second.find(next) != std::u32string::npos);
      if (blocked) continue;
    }
    d.relation = relation;
    d.end += word.size();
    break;
  }
  for (const auto& [word, relation] : v.relation_prefixes) {
    if (d.begin < word.size() || !t.ends_at(d.begin, word) ||
        any_claimed(claimed, d.begin - word.size(), d.begin))
      continue;
    if (word == U"自" && d.begin >= 2 && t[d.begin - 2] == U'来') continue;  // 来自2018年的…
    if (d.relation.empty()) d.relation = relation;
    d.begin -= word.size();
    break;
  }
}

/// 2025年7月15日, 2025-07-15 16:51, 2015年农历正月初一: a date led by the four-digit year at
/// `i`. Returns the end of the date, or 0.
std::size_t year_led_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                          const ReferenceDate& ref, int& context_year, DateFigure& d) {
  std::size_t end = 0;
  const int y = digits_value(t, i, i + 4);
  std::size_t j = i + 4;
  if (t[j] == ' ' && t[j + 1] == U'年') ++j;  // "2023 年", as some sites space digits
  if (t[j] == U'年' && t[j + 1] != U'代') {
    end = after_year(t, j + 1, y, v, ref, d);  // 2025年7月, 2018年十二月, 2015年农历正月初一
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
        for (std::size_t k2 = h; k2 < time_end; ++k2) d.time.push_back(static_cast<char>(t[k2]));
        end = time_end;
      }
      context_year = y;
    }
  }
  return end;
}

/// 07年, 18年10月1日, 7月, 15日: a date led by one or two digits at `i`.
std::size_t short_number_date(const CodePoints& t, std::size_t i, std::size_t run,
                              const DateVocabulary& v, const ReferenceDate& ref, int& context_year,
                              int year_for_partial, DateFigure& d) {
  std::size_t end = 0;
  const int n = digits_value(t, i, i + run);
  std::size_t j = i + run;
  const bool after_measure = i > 0 && (t[i - 1] == U'个' || t[i - 1] == U'第');
  // Taiwan sites space their digits: "07 年", "7 月", "15 日".
  if (t[j] == ' ' &&
      (t[j + 1] == U'年' || t[j + 1] == U'月' || t[j + 1] == U'日' || t[j + 1] == U'号'))
    ++j;
  const std::size_t year_mark = j;
  if (run == 2 && t[year_mark] == U'年' && !after_measure &&
      (t[i] == '0' || month_at(t, year_mark + 1))) {
    const int y = two_digit_year(n, ref);
    end = after_year(t, year_mark + 1, y, v, ref, d);
    context_year = y;
  } else if (t[j] == U'月' && n >= 1 && n <= 12 && !after_measure && year_for_partial > 0) {
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
  return end;
}

/// 今年, 去年5月, 今年春节, 昨天, 明日: years and days named relative to the reference date.
std::size_t relative_word_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                               const ReferenceDate& ref, DateFigure& d) {
  std::size_t end = 0;
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
    if (const std::size_t after = r.year_only ? holiday_at(t, i + 2, y, v, ref, d) : 0) {
      end = after;  // 今年春节, 去年中秋
    } else if (const std::size_t lunar = r.year_only ? lunar_date_at(t, i + 2, y, ref, d) : 0) {
      end = lunar;  // 明年正月十五
    } else if (r.word == U"今夏") {
      d.date = format_date(y, 6);
      d.date_end = format_date(y, 8);
      end = i + 2;
    } else if (auto month = month_at(t, t[i + 2] == ' ' ? i + 3 : i + 2)) {
      // 去年5月, 明年四月, 今年 1 月: a month of that year.
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
  return end;
}

/// 二〇二五年, 零八年, 民国114年, 农历八月十五, 春节, 三月五日: years and months in numerals, other
/// calendars and holidays.
std::size_t numeral_or_calendar_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                                     const ReferenceDate& ref, int& context_year,
                                     int year_for_partial, DateFigure& d) {
  std::size_t end = 0;
  // 二零零四年, 二〇二五年, 零八年, 九八年: a year in positional numerals. Two digits count
  // only when they cannot be a vague count (三五年 = three to five years, 六七年).
  if (end == 0 && chinese_digit(t[i]) >= 0 && t[i] != U'两' &&
      (i == 0 || !is_chinese_numeral(t[i - 1]))) {
    std::size_t k = i;
    int y = 0;
    while (k < i + 4 && chinese_digit(t[k]) >= 0 && t[k] != U'两')
      y = y * 10 + chinese_digit(t[k++]);
    const int first = chinese_digit(t[i]), second = chinese_digit(t[i + 1]);
    const bool two_digits = k == i + 2 && (first == 0 || (first >= 6 && second != first + 1));
    if (t[k] == U'年' && t[k + 1] != U'代' && ((k == i + 4 && valid_year(y)) || two_digits)) {
      if (two_digits) y = two_digit_year(y, ref);
      end = after_year(t, k + 1, y, v, ref, d);
      context_year = y;
    }
  }
  // 民国三年, 民国114年7月: years of the Republic of China era, still official in Taiwan.
  if (end == 0 && t.at(i, U"民国")) {
    const bool first_year = t.at(i + 2, U"元年");
    const auto n =
        first_year ? std::make_optional(std::make_pair(1, i + 3)) : small_number_at(t, i + 2);
    if (n && n->first >= 1 && t[n->second] == U'年' && valid_year(1911 + n->first)) {
      end = after_year(t, n->second + 1, 1911 + n->first, v, ref, d);
      d.calendar = d.calendar.empty() ? "minguo" : d.calendar;
      context_year = 1911 + n->first;
    }
  }
  // 农历八月十五, 正月初一, 大年初二; then holidays (春节, 国庆节).
  // A bare 春节 takes the occurrence nearest publication, not the year last written: news
  // names far years in plans (到2035年) and then the coming festival.
  const int festival_year = ref.known() ? 0 : context_year;
  if (end == 0) end = lunar_date_at(t, i, festival_year, ref, d);
  if (end == 0) end = holiday_at(t, i, festival_year, v, ref, d);
  if (end == 0 && is_chinese_numeral(t[i]) && (i == 0 || !is_chinese_numeral(t[i - 1]))) {
    // 三月, 十二月初一, 三月五日: months in Chinese numerals, in the reference year.
    std::size_t j = i;
    while (j < t.size() && is_chinese_numeral(t[j]) && j - i < 3) ++j;
    std::u32string month_run;
    for (std::size_t k = i; k < j; ++k) month_run.push_back(t[k]);
    const std::optional<double> month = month_run.find(U'两') == std::u32string::npos
                                            ? parse_chinese_number(month_run)
                                            : std::nullopt;  // 两月 = two months
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
  return end;
}

/// 夏季, 近日, 上周三, 周五, 上半年, 三季度, 年底: periods around the reference date.
std::size_t reference_period_date(const CodePoints& t, std::size_t i, const ReferenceDate& ref,
                                  DateFigure& d) {
  std::size_t end = 0;
  if (end == 0) {
    // Seasons alone belong to the reference year; recent-past words to the days before it.
    static const std::pair<std::u32string_view, int> seasons[] = {
        {U"春季", 3}, {U"夏季", 6}, {U"秋季", 9}, {U"冬季", 12}};
    for (const auto& [word, first] : seasons) {
      if (!t.at(i, word)) continue;
      d.date = format_date(ref.year, first);
      d.date_end = first == 12 ? format_date(ref.year + 1, 2) : format_date(ref.year, first + 2);
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
    // 上半年, 第三季度, 三季度 alone: parts of the reference year.
    const bool after_number =
        i > 0 && (is_ascii_digit(t[i - 1]) || is_chinese_numeral(t[i - 1]) || t[i - 1] == U'第' ||
                  t[i - 1] == U'每' || t[i - 1] == U'个');
    // 前三季度, 前两个月 alone: the reference year so far. (四季度假酒店 is a hotel.)
    const bool quarter = ((t[i] == U'第' && t.at(i + 2, U"季度")) ||
                          (is_chinese_numeral(t[i]) && t.at(i + 1, U"季度"))) &&
                         !t.at(i + (t[i] == U'第' ? 2 : 1), U"季度假");
    const bool year_so_far = t[i] == U'前' && t[i + 1] != U'半';
    if (end == 0 && !after_number &&
        (t.at(i, U"上半年") || t.at(i, U"下半年") || quarter || year_so_far)) {
      end = i + year_part(t, i, ref.year, d);
      d.relative = true;
    }
    // 年底, 年初, 月底, 月初 alone: of the reference year or month. Not after a number or
    // 每/这/该 (每年底 is every year's end, 三个月底 a count).
    static constexpr std::u32string_view not_after = U"每这该全当那个半数";
    const bool lone =
        !after_number && (i == 0 || not_after.find(t[i - 1]) == std::u32string_view::npos);
    const bool edge = t[i + 1] == U'底' || t[i + 1] == U'末' || t[i + 1] == U'初';
    if (end == 0 && lone && edge && t[i] == U'年') {
      end = i + 1 + year_part(t, i + 1, ref.year, d);
      d.relative = true;
    } else if (end == 0 && lone && edge && t[i] == U'月') {
      end = i + 1 + month_part(t, i + 1, ref.year, ref.month, d);
      d.relative = true;
    }
  }
  return end;
}

/// "2010年之后2018年之前": a lower bound right before an upper bound is one range.
std::vector<DateFigure> join_opposite_bounds(std::vector<DateFigure> dates) {
  std::vector<DateFigure> bounded;
  for (auto& d : dates) {
    if (!bounded.empty() && bounded.back().end == d.begin && d.date_end.empty() &&
        bounded.back().date_end.empty() &&
        (bounded.back().relation == "after" || bounded.back().relation == "since") &&
        (d.relation == "before" || d.relation == "until")) {
      bounded.back().date_end = d.date;
      bounded.back().end = d.end;
      bounded.back().relation.clear();
      bounded.back().relative = bounded.back().relative || d.relative;
      continue;
    }
    bounded.push_back(std::move(d));
  }
  return bounded;
}

}  // namespace

DateVocabulary DateVocabulary::load(const std::filesystem::path& data_dir) {
  const auto file = data_dir / "dates.json";
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + file.string());
  DateVocabulary v;
  try {
    const auto json = nlohmann::json::parse(in);
    v.surnames = to_u32(json.at("surnames").get<std::string>());
    const auto& relations = json.at("relations");
    for (const auto& [word, relation] : relations.at("prefix").items())
      v.relation_prefixes.emplace_back(to_u32(word), relation.get<std::string>());
    for (const auto& [word, relation] : relations.at("suffix").items())
      v.relation_suffixes.emplace_back(to_u32(word), relation.get<std::string>());
    for (const auto& [word, blockers] : relations.at("short_suffix_blockers").items()) {
      const std::u32string key = to_u32(word);
      if (key.size() != 1)
        throw Error(ErrorKind::CORRUPT_INDEX,
                    file.string() + ": short_suffix_blockers keys are one character");
      v.short_suffix_blockers[key[0]] = to_u32(blockers.get<std::string>());
    }
    for (const auto& entry : json.at("holidays")) {
      Holiday holiday;
      holiday.rule = entry.at("rule").get<std::string>();
      holiday.month = entry.value("month", 0);
      holiday.day = entry.value("day", 0);
      holiday.nth = entry.value("nth", 0);
      holiday.weekday = entry.value("weekday", 0);
      holiday.also_a_given_name = entry.value("also_a_given_name", false);
      static const std::set<std::string> rules = {"gregorian", "chinese", "chinese_eve",
                                                  "nth_weekday", "qingming"};
      if (!rules.count(holiday.rule))
        throw Error(ErrorKind::CORRUPT_INDEX,
                    file.string() + ": unknown holiday rule " + holiday.rule);
      const auto& names = entry.at("names");
      holiday.name = names.at(0).get<std::string>();
      for (const auto& name : names) {
        holiday.surface = to_u32(name.get<std::string>());
        v.holidays.push_back(holiday);
        v.holiday_initials.add(holiday.surface);
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
  sort_longest_first(v.relation_prefixes);
  sort_longest_first(v.relation_suffixes);
  sort_longest_first(v.holidays);
  return v;
}

void claim_titles(const CodePoints& t, Claimed& claimed) {
  constexpr std::size_t longest_title = 40;  // longer runs are more likely a stray 《
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != U'《') continue;
    std::size_t j = i + 1;
    while (j < t.size() && j - i <= longest_title && t[j] != U'》' && t[j] != U'《') ++j;
    if (j < t.size() && t[j] == U'》') {
      claim(claimed, i, j + 1);
      i = j;
    }
  }
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

std::vector<DateFigure> find_dates(const CodePoints& t, const DateVocabulary& v,
                                   const ReferenceDate& ref, int& context_year, Claimed& claimed) {
  std::vector<DateFigure> dates;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i] || !(may_start_date(t[i]) || v.holiday_initials.may_start(t[i]))) continue;
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
    // A full ISO date (1789-01-29) names its year unambiguously; other four-digit years must
    // lie in 1900-2100, where a figure like 1500年 (years) or 3000 is unlikely.
    const bool iso_date = run == 4 && t[i + 4] == '-' && digit_run(t, i + 5) == 2 &&
                          t[i + 7] == '-' && digit_run(t, i + 8) == 2 &&
                          digits_value(t, i, i + 4) >= 1000;
    if (run == 4 && (valid_year(digits_value(t, i, i + 4)) || iso_date)) {
      end = year_led_date(t, i, v, ref, context_year, d);
    } else if (run == 1 || run == 2) {
      end = short_number_date(t, i, run, v, ref, context_year, year_for_partial, d);
    } else if (!digit_start && ref.known()) {
      // After relative_period (近三年, 5天前), which may already have matched.
      if (end == 0) end = relative_word_date(t, i, v, ref, d);
      if (end == 0) end = numeral_or_calendar_date(t, i, v, ref, context_year, year_for_partial, d);
      if (end == 0) end = reference_period_date(t, i, ref, d);
    }
    if (end > i && !any_claimed(claimed, i, end)) {
      d.end = end;
      claim(claimed, i, end);
      dates.push_back(d);
      i = end - 1;
    }
  }
  dates = merge_date_ranges(t, std::move(dates), claimed);
  for (auto& d : dates) {
    const std::size_t begin = d.begin, end = d.end;
    attach_relation(t, v, claimed, d);
    claim(claimed, d.begin, begin);
    claim(claimed, end, d.end);
  }
  return join_opposite_bounds(std::move(dates));
}

}  // namespace suyuan::extract
