/// @file dates.cpp
/// @brief Date recognition: absolute, partial and relative dates over code points of
/// normalized text. Dates run before figures and claim their characters, so 2025年 is never a
/// quantity of years.
#include <cstdio>

#include "numerals.h"
#include "recognizers.h"
#include "suyuan/core/civil_date.h"

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

}  // namespace suyuan::extract
