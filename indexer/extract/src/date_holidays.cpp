/// @file date_holidays.cpp
/// @brief Lunar dates (农历八月十五, 正月初一) and holidays (春节, 中秋, 母亲节), in the year
/// the text gives or the occurrence nearest the reference date.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "calendars.h"
#include "date_parts.h"
#include "numerals.h"
#include "suyuan/core/civil_date.h"

namespace suyuan::extract::dates {
namespace {

using HolidayRule = DateVocabulary::HolidayRule;

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

}  // namespace

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
  d.calendar = Calendar::CHINESE;
  d.relative = lunar_year == 0;
  return j;
}

namespace {

/// The day of `holiday` in year `y`, or nullopt.
std::optional<std::string> holiday_date(const DateVocabulary::Holiday& holiday, int y) {
  switch (holiday.rule) {
    case HolidayRule::GREGORIAN:
      return format_date(y, holiday.month, holiday.day);
    case HolidayRule::CHINESE:
      return lunar_to_gregorian(y, holiday.month, holiday.day);
    case HolidayRule::CHINESE_EVE:
      return lunar_new_years_eve(y - 1);
    case HolidayRule::NTH_WEEKDAY:
      return format_date(y, holiday.month,
                         nth_weekday_of_month(y, holiday.month, holiday.nth, holiday.weekday));
    case HolidayRule::QINGMING:
      return format_date(y, 4, qingming_day(y));
  }
  return std::nullopt;
}

/// The holiday whose name starts at `i`, longest first, or null; a name that is also a given
/// name (国庆) not right after a surname (高国庆 is a person), a break-only name (五一, 十一) not
/// after a numeral or 第 (二十一, 第十一).
const DateVocabulary::Holiday* holiday_name_at(const CodePoints& t, std::size_t i,
                                               const DateVocabulary& v) {
  if (!v.holiday_initials.may_start(t[i])) return nullptr;
  for (const auto& holiday : v.holidays) {
    if (!t.at(i, holiday.surface)) continue;
    if (holiday.also_a_given_name && i > 0 && v.surnames.find(t[i - 1]) != std::u32string::npos)
      continue;
    if (holiday.break_only && i > 0 && (is_chinese_numeral(t[i - 1]) || t[i - 1] == U'第'))
      continue;
    return &holiday;
  }
  return nullptr;
}

/// 春运首日, 春运最后一天, 春运第12天, 春运前20天 at `k`, after a season running from day `from`
/// to day `to`: that day (or the first days) in `d`. Returns the end, or `k` when none is there.
std::size_t break_day(const CodePoints& t, std::size_t k, long from, long to,
                      const DateVocabulary& v, DateFigure& d) {
  const auto one_day = [&](long day, std::size_t end) {
    d.date = iso_date_of_days(day);
    d.date_end.clear();
    return end;
  };
  for (const auto& w : v.break_first_day)
    if (t.at(k, w)) return one_day(from, k + w.size());
  for (const auto& w : v.break_last_day)
    if (t.at(k, w)) return one_day(to, k + w.size());
  if (t[k] != U'第' && t[k] != U'前') return k;
  const auto n = small_number_at(t, k + 1);
  if (!n || n->first < 1 || from + n->first - 1 > to ||
      (t[n->second] != U'天' && t[n->second] != U'日'))
    return k;
  if (t[k] == U'第') return one_day(from + n->first - 1, n->second + 1);
  d.date = iso_date_of_days(from);
  d.date_end = n->first > 1 ? iso_date_of_days(from + n->first - 1) : "";
  return n->second + 1;
}

}  // namespace

/// A holiday at `i` (春节, 中秋, 国庆节, 母亲节…) in `year`, or the occurrence nearest the
/// reference when `year` is 0. Holiday names in a row (国庆中秋) or before a break suffix
/// (国庆假期, 春节档, 五一小长假) name the public break: the union of the holidays' breaks, or no
/// day (an empty date) when none of them has one. Returns the end of the expression, or 0.
std::size_t holiday_at(const CodePoints& t, std::size_t i, int year, const DateVocabulary& v,
                       const ReferenceDate& ref, DateFigure& d) {
  // “十一”假期, 2023年“五一档”: the names may stand in quotes, the suffix inside or after them.
  static constexpr std::u32string_view opening_quotes = U"“「\"'‘", closing_quotes = U"”」\"'’";
  const auto quote_at = [&t](std::size_t k, std::u32string_view quotes) {
    return t[k] != 0 && quotes.find(t[k]) != std::u32string_view::npos;
  };
  std::size_t start = i;
  bool quoted = i > 0 && quote_at(i - 1, opening_quotes);
  if (quote_at(start, opening_quotes)) quoted = true, ++start;
  std::vector<const DateVocabulary::Holiday*> names;
  std::size_t end = start;
  while (const auto* holiday = holiday_name_at(t, end, v)) {
    names.push_back(holiday);
    end += holiday->surface.size();
  }
  if (names.empty()) return 0;
  const auto suffix_at = [&](std::size_t k) -> std::size_t {
    for (const auto& word : v.break_suffixes)
      if (t.at(k, word)) return word.size();
    return 0;
  };
  std::size_t suffix = suffix_at(end);
  if (suffix == 0 && quoted && quote_at(end, closing_quotes) && suffix_at(end + 1) > 0)
    suffix = suffix_at(++end);
  // (综合运输春运工作专班: a season's name before an organisation's head is part of its name.)
  if (names.front()->always_a_break && suffix == 0 &&
      std::any_of(v.season_organisation_heads.begin(), v.season_organisation_heads.end(),
                  [&](const std::u32string& head) { return t.at(end, head); }))
    return 0;
  const bool a_break = suffix > 0 || names.size() > 1 || names.front()->always_a_break;
  // Without a break, the first name alone, and only a full name (五一 alone is a number).
  if (!a_break) {
    if (names.front()->break_only) return 0;
    names.erase(names.begin() + 1,
                names.end());  // (not resize: a GCC 12 -Warray-bounds false positive)
    end = start + names.front()->surface.size();
  }
  const auto& first = *names.front();
  auto date_of_year = [&first](int y) { return holiday_date(first, y); };
  const std::optional<int> chosen = year > 0 ? year : nearest_year(ref, date_of_year);
  const auto date = chosen ? date_of_year(*chosen) : std::nullopt;
  if (!date) return 0;
  const auto found = [&](std::size_t after) {
    d.holiday = first.name;
    d.relative = d.relative || year == 0;
    if (first.rule == HolidayRule::CHINESE || first.rule == HolidayRule::CHINESE_EVE)
      d.calendar = Calendar::CHINESE;
    return after;
  };
  if (!a_break) {
    d.date = *date;
    return found(end);
  }
  // The break: from the earliest to the last day of the holidays' breaks in the chosen year.
  std::optional<long> from, to;
  bool has_break = false;
  const std::optional<long> first_day = days_since_epoch(*date);
  if (!first_day) return 0;
  for (const auto* holiday : names) {
    // Each holiday of the break on its occurrence nearest the first's (圣诞元旦: the 元旦 after).
    std::optional<long> days;
    for (int y = *chosen - 1; y <= *chosen + 1; ++y) {
      const auto day = holiday_date(*holiday, y);
      const auto at = day ? days_since_epoch(*day) : std::nullopt;
      if (at && (!days || std::labs(*at - *first_day) < std::labs(*days - *first_day))) days = at;
    }
    if (!days) return 0;
    const auto [before, after] = holiday->break_days.value_or(std::make_pair(0, 0));
    has_break = has_break || holiday->break_days.has_value();
    from = std::min(from.value_or(*days + before), *days + before);
    to = std::max(to.value_or(*days + after), *days + after);
  }
  d.date.clear();
  d.date_end.clear();
  if (!has_break) return found(end + suffix);
  d.date = iso_date_of_days(*from);
  if (*to != *from) d.date_end = iso_date_of_days(*to);
  // (Only in a season of fixed days: a public holiday's break moves from year to year, so that
  // 五一假期前三天 is no day the calendar can place.)
  return found(first.always_a_break ? break_day(t, end + suffix, *from, *to, v, d) : end + suffix);
}

}  // namespace suyuan::extract::dates
