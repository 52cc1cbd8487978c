/// @file dates.cpp
/// @brief Date recognition: absolute, partial and relative dates over code points of
/// normalized text, in the order of find_dates; the pieces are in date_parts.cpp,
/// date_holidays.cpp and date_relative.cpp. Dates run before figures and claim their characters, so
/// 2025年 is never a quantity of years.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "calendars.h"
#include "date_parts.h"
#include "json_data.h"
#include "numerals.h"
#include "recognizers.h"
#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

using namespace dates;

/// The year of a month or day whose year nothing gives, while find_dates reads it: a leap year
/// (2月29日 stays a date) that no text names, turned into EDTF's XXXX before the dates leave.
constexpr int UNKNOWN_YEAR = 4;
/// What relative words are read against in an undated article, only to recognise them: the
/// dates they resolve to are dropped and the words kept as written (DateFigure::unresolved).
constexpr ReferenceDate NO_REFERENCE{2000, 6, 15};

std::string utf8_between(const CodePoints& t, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) utf8::append(out, t[i]);
  return out;
}

/// "0004-03-25" → "XXXX-03-25", "0004-00-11" → "XXXX-XX-11"; a full date stays.
std::string edtf_of(const std::string& date) {
  if (date.rfind("0004", 0) != 0) return date;
  std::string out = "XXXX" + date.substr(4);
  if (out.size() >= 7 && out.compare(4, 3, "-00") == 0) out.replace(5, 2, "XX");
  return out;
}

/// A date read with UNKNOWN_YEAR: the year of the article's last full date when its month is the
/// same or next to it (2018年11月6日 … 11月7日, 10月30日), else the EDTF form. A bare day
/// (XXXX-XX-11) takes that full date's month too. Returns whether a year was supplied.
bool resolve_unknown_year(DateFigure& d, const DateContext& context) {
  const bool unknown = d.date.rfind("0004", 0) == 0 || d.date_end.rfind("0004", 0) == 0;
  if (!unknown) return false;
  if (context.dated_year > 0 && d.date.size() >= 7) {
    int month = std::atoi(d.date.substr(5, 2).c_str());
    const bool bare_day = month == 0;
    if (bare_day) month = context.dated_month;
    const int end_month = d.date_end.size() >= 7 && d.date_end.rfind("0004", 0) == 0
                              ? std::atoi(d.date_end.substr(5, 2).c_str())
                              : month;
    const auto fits = [&](const std::string& date) {
      return date.size() < 10 ||
             std::atoi(date.substr(8, 2).c_str()) <= days_in_month(context.dated_year, month);
    };
    if (month >= 1 && std::abs(month - context.dated_month) <= 1 && end_month >= month &&
        std::abs(end_month - context.dated_month) <= 1 && fits(d.date)) {
      char year[8];
      std::snprintf(year, sizeof year, "%04d", context.dated_year);
      d.date.replace(0, 4, year);
      if (bare_day) {
        char m[16];
        std::snprintf(m, sizeof m, "%02d", month);
        d.date.replace(5, 2, m);
      }
      if (d.date_end.rfind("0004", 0) == 0) d.date_end.replace(0, 4, year);
      return true;
    }
  }
  d.partial = edtf_of(d.date);
  d.partial_end = edtf_of(d.date_end);
  d.date.clear();
  d.date_end.clear();
  d.relative = false;
  return false;
}

/// "7月15日至20日", "从一月十日到十二日", "5月-10月", "1995 - 1997年": two dates joined by a
/// range separator become one date with date_end; 从 before the first is part of it.
std::vector<DateFigure> merge_date_ranges(const CodePoints& t, std::vector<DateFigure> dates,
                                          Claimed& claimed) {
  std::vector<DateFigure> out;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    DateFigure d = dates[k];
    // 2021年的第二周, 去年的前10天, 今年的最后 3 周, 十月的第一周, 四月的最后一个星期一: a part
    // of a year or month, read before the range it may open (从四月的最后一个星期一到十月一日).
    if (d.date_end.empty() && (d.date.size() == 4 || d.date.size() == 7) && t[d.end] == U'的') {
      d.end = ordinal_part(t, d.end + 1, d);
      // 去年的前10天: the part is read here, not as a span back from the reference date.
      while (k + 1 < dates.size() && dates[k + 1].begin < d.end) ++k;
    }
    // 今天起至24日, 即日起至11月15日: 起 may close the first date of a range.
    const bool from_day = d.date.size() == 10 && d.date_end.empty() && t[d.end] == U'起';
    std::size_t next = after_range_separator(t, from_day ? d.end + 1 : d.end);
    if (from_day && next && !(t[d.end + 1] == U'至' || t[d.end + 1] == U'到')) next = 0;
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
      // 2019至2021年 too, written without spaces.
      const bool word_separator = b > 0 && (t[b - 1] == U'至' || t[b - 1] == U'到');
      if (b > 0 && is_range_separator(t[b - 1]) && (!word_separator || b == d.begin)) --b;
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

/// After "<year>年" at `j`: a lunar date, a holiday, a month (with day or part) or a part of the
/// year (上半年, 年底); otherwise the year alone. Returns the end of the date.
std::size_t after_year(const CodePoints& t, std::size_t j, int year, const DateVocabulary& v,
                       const ReferenceDate& ref, DateFigure& d) {
  const std::size_t spaced = t[j] == ' ' ? j + 1 : j;  // "2018年 12月"
  if (const std::size_t end = lunar_date_at(t, spaced, year, ref, d)) return end;
  if (const std::size_t end = holiday_at(t, j, year, v, ref, d)) {
    if (d.date.empty()) d.date = format_date(year);  // 2025年七夕档: a break of no known days
    return end;
  }
  // 2025年1至5月, 2025年1—2月: the months of the statistics, one date with its year.
  if (const std::size_t run = digit_run(t, spaced); run == 1 || run == 2) {
    if (const std::size_t end = month_range(t, spaced, run, year, d))
      return t[end] == U'份' ? end + 1 : end;
  }
  if (const auto month = month_at(t, spaced)) {
    std::size_t end = after_month(t, month->second, year, month->first, d);
    if (t[end] == U'份') ++end;  // 2025年7月份
    return end;
  }
  d.date = format_date(year);
  return j + year_part(t, j, year, d);
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
    if (d.relation == DateRelation::NONE) d.relation = relation;
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
      // 2006/04/25~05/02: to a later month and day of the same year, written the same way.
      const char32_t to = t[end];
      if (to == '~' || to == U'～' || to == U'至' || to == U'—' || (to == '-' && t[j] != '-')) {
        const std::size_t m2run = digit_run(t, end + 1);
        const std::size_t m2_end = end + 1 + m2run;
        const std::size_t d2run =
            (m2run == 1 || m2run == 2) && t[m2_end] == t[j] ? digit_run(t, m2_end + 1) : 0;
        const int m2 = d2run ? digits_value(t, end + 1, m2_end) : 0;
        const int d2 = d2run ? digits_value(t, m2_end + 1, m2_end + 1 + d2run) : 0;
        const std::string last = (d2run == 1 || d2run == 2) && m2 >= 1 && m2 <= 12 && d2 >= 1 &&
                                         d2 <= days_in_month(y, m2)
                                     ? format_date(y, m2, d2)
                                     : std::string();
        if (!last.empty() && last > d.date) {
          d.date_end = last;
          end = m2_end + 1 + d2run;
        }
      }
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
  } else if (j == i + 4 && !t.at(j, U"底") && !t.at(j, U"末") && !t.at(j, U"初")) {
    // 2022全年, 2023上半年, 2024一季度, 2021前三季度: a year written without 年 right before a
    // part of it (a year's end or start, 底 or 初 alone, is written with 年).
    if (t.at(j, U"全年")) {
      d.date = format_date(y);
      end = j + (t.at(j, U"全年度") ? 3 : 2);
    } else if (const std::size_t part = year_part(t, j, y, d)) {
      end = j + part;
    }
    if (end) context_year = y;
  }
  return end;
}

/// Whether a partial date's year (`year_for_partial`) is the publication's rather than one the
/// article wrote (`context_year`): 从2022年全年平均看…。12月份，… in a January 2023 report takes
/// 2023 from the reference, and as a relative date it may still turn out to be last year's.
bool is_reference_year(int year_for_partial, int context_year) {
  return context_year <= 0 || year_for_partial != context_year;
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
    d.relative = is_reference_year(year_for_partial, context_year);
  } else if (t[j] == U'号' &&
             std::any_of(v.numbered_labels.begin(), v.numbered_labels.end(),
                         [&](const std::u32string& w) { return t.at(j + 1, w); })) {
    // 2号线, 3号楼: a label, no day.
  } else if ((t[j] == U'日' || t[j] == U'号') && n >= 1 && n <= 31 && !ref.known() &&
             !after_measure && !(i > 0 && t[i - 1] == U'月') && year_for_partial == UNKNOWN_YEAR) {
    // 11日 in an undated article: a day of a month nothing gives (XXXX-XX-11).
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-00-%02d", UNKNOWN_YEAR, n);
    d.date = buffer;
    end = j + 1;
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

/// The reign era whose name is at `i`, or null.
const DateVocabulary::ReignEra* reign_era_at(const CodePoints& t, std::size_t i,
                                             const DateVocabulary& v) {
  if (!v.reign_era_seconds.may_start(t[i + 1])) return nullptr;
  const auto range = v.reign_era_ranges.find(t[i]);
  if (range == v.reign_era_ranges.end()) return nullptr;
  for (std::size_t k = range->second.first; k < range->second.second; ++k)
    if (t.at(i, v.reign_eras[k].surface)) return &v.reign_eras[k];
  return nullptr;
}

/// 康熙三年五月, 神龙元年十一月, 令和2年, 乾隆年间: a year (or the years) of a reign era at `i`.
/// Returns the end of the date, or 0. A year past the era's end (雍正二十三年) returns its end
/// with no date, so that its month is not read as one of the reference year.
std::size_t reign_era_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                           const ReferenceDate& ref, int& context_year, DateFigure& d) {
  const auto* era = reign_era_at(t, i, v);
  if (!era) return 0;
  const std::size_t k = i + era->surface.size();
  const int last = era->last_year ? era->last_year : ref.known() ? ref.year : 2100;
  if (t.at(k, U"年间")) {
    d.date = format_date(era->first_year);
    d.date_end = format_date(last);
    return k + 2;
  }
  const auto n =
      t.at(k, U"元年") ? std::make_optional(std::make_pair(1, k + 1)) : small_number_at(t, k);
  if (!n || n->first < 1 || t[n->second] != U'年') return 0;
  const int year = era->first_year + n->first - 1;
  const std::size_t end = after_year(t, n->second + 1, year, v, ref, d);
  if (year > last) {
    const std::size_t begin = d.begin;
    d = DateFigure{};
    d.begin = begin;
    return end;
  }
  context_year = year;
  return end;
}

/// “十四五”期间, 十三五末, “十五五”初期, “十四五”以来: the years of a five-year plan named by
/// its number (the Nth plan, from the sixth on, runs from 1951 + 5N), before a word of
/// dates.json `five_year_plans` that makes it a time. Alone (“十四五”规划) it names a document.
std::size_t plan_period_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                             DateFigure& d) {
  const int units = chinese_digit(t[i + 1]);
  if (t[i] != U'十' || units < 1 || t[i + 2] != U'五' || (i > 0 && is_chinese_numeral(t[i - 1])))
    return 0;
  std::size_t k = i + 3;
  if (t[k] == U'”' || t[k] == U'"') ++k;
  const int first = 1951 + 5 * (10 + units);
  for (const auto& [word, part] : v.plan_parts) {
    if (!t.at(k, word)) continue;
    using Part = DateVocabulary::PlanPart;
    d.date = format_date(part == Part::LAST_YEAR ? first + 4 : first);
    d.five_year_plan = true;
    if (part == Part::YEARS) d.date_end = format_date(first + 4);
    // (以来 stays after the date: attach_relation reads it as since the plan's first year.)
    return part == Part::SINCE_FIRST_YEAR ? k : k + word.size();
  }
  return 0;
}

/// 二〇二五年, 零八年, 民国114年, 农历八月十五, 春节, 三月五日: years and months in numerals, other
/// calendars and holidays.
std::size_t numeral_or_calendar_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                                     const ReferenceDate& ref, int& context_year,
                                     int year_for_partial, DateFigure& d) {
  std::size_t end = plan_period_date(t, i, v, d);
  // 党的十八大以来, 改革开放以来: since the month an event the news counts from began.
  for (const auto& [name, month] : v.epochs)
    if (end == 0 && t.at(i, name) && t.at(i + name.size(), U"以来")) {
      d.date = month;
      end = i + name.size();  // (以来 stays after the date: attach_relation reads it)
    }
  // 二零零四年, 二〇二五年, 零八年, 九八年: a year in positional numerals. Two digits count
  // only when they cannot be a vague count (三五年 = three to five years, 六七年).
  if (end == 0 && chinese_digit(t[i]) >= 0 && !is_counting_only_numeral(t[i]) &&
      (i == 0 || !is_chinese_numeral(t[i - 1]))) {
    std::size_t k = i;
    int y = 0;
    while (k < i + 4 && chinese_digit(t[k]) >= 0 && !is_counting_only_numeral(t[k]))
      y = y * 10 + chinese_digit(t[k++]);
    const int first = chinese_digit(t[i]), second = chinese_digit(t[i + 1]);
    const bool two_digits = k == i + 2 && (first == 0 || (first >= 6 && second != first + 1));
    if (t[k] == U'年' && t[k + 1] != U'代' && ((k == i + 4 && valid_year(y)) || two_digits)) {
      if (two_digits) y = two_digit_year(y, ref);
      end = after_year(t, k + 1, y, v, ref, d);
      context_year = y;
    }
  }
  // 两千年八月十五, 二千零八年五月: a year written as a number counts only before a month
  // (两千年 alone is two thousand years).
  if (end == 0 && (t[i] == U'两' || t[i] == U'二') && t[i + 1] == U'千' &&
      (i == 0 || !is_chinese_numeral(t[i - 1]))) {
    const auto n = parse_number(t, i);
    if (n && n->chinese && !n->vague && !n->over && t[n->end] == U'年' &&
        n->value == static_cast<int>(n->value) && valid_year(static_cast<int>(n->value)) &&
        (month_at(t, n->end + 1) || t.at(n->end + 1, U"正月") || t.at(n->end + 1, U"腊月"))) {
      const int y = static_cast<int>(n->value);
      end = after_year(t, n->end + 1, y, v, ref, d);
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
      if (d.calendar == Calendar::GREGORIAN) d.calendar = Calendar::MINGUO;
      context_year = 1911 + n->first;
    }
  }
  // 康熙三年五月, 永乐十八年, 昭和40年: a year of a reign era; 康熙年间 is the era's years.
  // After a surname the era's name is a given name (王天宝三年前), unless that character is a
  // preposition here (建于康熙年间).
  if (end == 0 && v.reign_era_initials.may_start(t[i]) &&
      (i == 0 || v.surnames.find(t[i - 1]) == std::u32string::npos ||
       v.rolling_clause_openers.find(t[i - 1]) != std::u32string::npos)) {
    end = reign_era_date(t, i, v, ref, context_year, d);
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
    const std::optional<double> month = month_run.find_first_of(U"两俩仨") == std::u32string::npos
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
      } else if (day > 0 && day <= 31 && day_marker) {
        end = dend + ((t[dend] == U'日' || t[dend] == U'号') ? 1 : 0);  // 二月三十日: none
      } else {
        d.date = format_date(year_for_partial, m);
        end = j + 1 + month_part(t, j + 1, year_for_partial, m, d);
      }
      d.relative = is_reference_year(year_for_partial, context_year);
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
        (bounded.back().relation == DateRelation::AFTER ||
         bounded.back().relation == DateRelation::SINCE) &&
        (d.relation == DateRelation::BEFORE || d.relation == DateRelation::UNTIL)) {
      bounded.back().date_end = d.date;
      bounded.back().end = d.end;
      bounded.back().relation = DateRelation::NONE;
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
  DateVocabulary v;
  read_json_data(file, [&](const nlohmann::json& json) {
    v.surnames = to_u32(json.at("surnames").get<std::string>());
    for (const auto& w : json.at("numbered_labels").at("words"))
      v.numbered_labels.push_back(to_u32(w.get<std::string>()));
    const auto& relations = json.at("relations");
    for (const auto& [word, relation] : relations.at("prefix").items())
      v.relation_prefixes.emplace_back(to_u32(word),
                                       parse_date_relation(relation.get<std::string>()));
    for (const auto& [word, relation] : relations.at("suffix").items())
      v.relation_suffixes.emplace_back(to_u32(word),
                                       parse_date_relation(relation.get<std::string>()));
    for (const auto& [word, blockers] : relations.at("short_suffix_blockers").items()) {
      const std::u32string key = to_u32(word);
      if (key.size() != 1)
        throw Error(ErrorKind::CORRUPT_INDEX,
                    file.string() + ": short_suffix_blockers keys are one character");
      v.short_suffix_blockers[key[0]] = to_u32(blockers.get<std::string>());
    }
    v.previous_year_word = to_u32(json.at("previous_year").at("word").get<std::string>());
    v.previous_year_blockers = to_u32(json.at("previous_year").at("not_after").get<std::string>());
    for (const auto& w : json.at("quarter_accounts").at("words"))
      v.quarter_accounts.push_back(to_u32(w.get<std::string>()));
    const auto& rolling = json.at("rolling_periods");
    for (const bool forward : {false, true}) {
      for (const auto& [word, refused] : rolling.at(forward ? "forward" : "back").items()) {
        RollingWord r{to_u32(word), forward, {}};
        std::istringstream units(refused.get<std::string>());
        for (std::string unit; units >> unit;) r.refused_units.push_back(to_u32(unit));
        v.rolling_initials.add(r.surface);
        v.rolling_words.push_back(std::move(r));
      }
    }
    v.rolling_clause_start_words = to_u32(rolling.at("clause_start_words").get<std::string>());
    v.rolling_clause_openers = to_u32(rolling.at("clause_openers").get<std::string>());
    v.rolling_not_before = to_u32(rolling.at("not_before").get<std::string>());
    for (const auto& w : rolling.at("not_after").at("words"))
      v.rolling_not_after.push_back(to_u32(w.get<std::string>()));
    for (const auto& entry : json.at("holidays")) {
      Holiday holiday;
      const std::string rule = entry.at("rule").get<std::string>();
      static const std::pair<const char*, HolidayRule> rules[] = {
          {"gregorian", HolidayRule::GREGORIAN},
          {"chinese", HolidayRule::CHINESE},
          {"chinese_eve", HolidayRule::CHINESE_EVE},
          {"nth_weekday", HolidayRule::NTH_WEEKDAY},
          {"qingming", HolidayRule::QINGMING}};
      bool known = false;
      for (const auto& [name, value] : rules) {
        if (rule == name) holiday.rule = value, known = true;
      }
      if (!known)
        throw Error(ErrorKind::CORRUPT_INDEX, file.string() + ": unknown holiday rule " + rule);
      holiday.month = entry.value("month", 0);
      holiday.day = entry.value("day", 0);
      holiday.nth = entry.value("nth", 0);
      holiday.weekday = entry.value("weekday", 0);
      holiday.also_a_given_name = entry.value("also_a_given_name", false);
      holiday.always_a_break = entry.value("always_a_break", false);
      if (entry.contains("break")) {
        const auto& days = entry.at("break");
        holiday.break_days = std::make_pair(days.at(0).get<int>(), days.at(1).get<int>());
        if (holiday.break_days->first > holiday.break_days->second)
          throw Error(ErrorKind::CORRUPT_INDEX, file.string() + ": a break ends before it starts");
      }
      const auto& names = entry.at("names");
      holiday.name = names.at(0).get<std::string>();
      for (const auto& name : names) {
        holiday.surface = to_u32(name.get<std::string>());
        v.holidays.push_back(holiday);
        v.holiday_initials.add(holiday.surface);
      }
      holiday.break_only = true;
      for (const auto& name : entry.value("break_names", nlohmann::json::array())) {
        holiday.surface = to_u32(name.get<std::string>());
        v.holidays.push_back(holiday);
        v.holiday_initials.add(holiday.surface);
      }
    }
    for (const auto& w : json.at("same_day").at("words"))
      v.same_day_words.push_back(to_u32(w.get<std::string>()));
    for (const auto& [w, after] : json.at("same_day").at("not_before").items())
      v.same_day_not_before[to_u32(w)] = to_u32(after.get<std::string>());
    const auto& dateline = json.at("dateline");
    for (const auto& w : dateline.at("before"))
      v.dateline_before.push_back(to_u32(w.get<std::string>()));
    for (const auto& w : dateline.at("after"))
      v.dateline_after.push_back(to_u32(w.get<std::string>()));
    for (const auto& w : dateline.at("between"))
      v.dateline_between.push_back(to_u32(w.get<std::string>()));
    for (const auto& name : json.at("date_word_names").at("names")) {
      v.date_word_names.push_back(to_u32(name.get<std::string>()));
      v.date_word_name_initials.add(v.date_word_names.back());
    }
    for (const auto& [name, years] : json.at("reign_eras").items()) {
      if (name == "_doc") continue;
      DateVocabulary::ReignEra era{to_u32(name), years.at(0).get<int>(), years.at(1).get<int>()};
      if (era.surface.size() < 2)
        throw Error(ErrorKind::CORRUPT_INDEX,
                    file.string() + ": an era's name is two characters or more");
      v.reign_era_seconds.add(era.surface.substr(1));
      if (era.last_year && era.last_year < era.first_year)
        throw Error(ErrorKind::CORRUPT_INDEX, file.string() + ": an era ends before it starts");
      v.reign_era_initials.add(era.surface);
      v.reign_eras.push_back(std::move(era));
    }
    for (const auto& w : json.at("season_names").at("heads"))
      v.season_name_heads.push_back(to_u32(w.get<std::string>()));
    for (const auto& [name, month] : json.at("epochs").at("since").items()) {
      v.epochs.emplace_back(to_u32(name), month.get<std::string>());
      v.epoch_initials.add(v.epochs.back().first);
    }
    const auto& plans = json.at("five_year_plans");
    for (const auto& [key, part] :
         {std::pair{"years", DateVocabulary::PlanPart::YEARS},
          {"first_year", DateVocabulary::PlanPart::FIRST_YEAR},
          {"last_year", DateVocabulary::PlanPart::LAST_YEAR},
          {"since_first_year", DateVocabulary::PlanPart::SINCE_FIRST_YEAR}})
      for (const auto& w : plans.at(key))
        v.plan_parts.emplace_back(to_u32(w.get<std::string>()), part);
    for (const auto& w : json.at("holiday_breaks").at("organisation_heads"))
      v.season_organisation_heads.push_back(to_u32(w.get<std::string>()));
    for (const auto& w : json.at("holiday_breaks").at("anaphors"))
      v.break_anaphors.push_back(to_u32(w.get<std::string>()));
    for (const auto& w : json.at("holiday_breaks").at("first_day"))
      v.break_first_day.push_back(to_u32(w.get<std::string>()));
    for (const auto& w : json.at("holiday_breaks").at("last_day"))
      v.break_last_day.push_back(to_u32(w.get<std::string>()));
    for (const auto& suffix : json.at("holiday_breaks").at("suffixes"))
      v.break_suffixes.push_back(to_u32(suffix.get<std::string>()));
  });
  sort_longest_first(v.relation_prefixes);
  sort_longest_first(v.plan_parts);
  sort_longest_first(v.relation_suffixes);
  sort_longest_first(v.holidays);
  std::stable_sort(v.break_suffixes.begin(), v.break_suffixes.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  sort_longest_first(v.rolling_words);
  std::stable_sort(v.reign_eras.begin(), v.reign_eras.end(), [](const auto& a, const auto& b) {
    return a.surface[0] != b.surface[0] ? a.surface[0] < b.surface[0]
                                        : a.surface.size() > b.surface.size();
  });
  for (std::size_t k = 0; k < v.reign_eras.size(); ++k) {
    auto& range = v.reign_era_ranges.try_emplace(v.reign_eras[k].surface[0], k, k).first->second;
    range.second = k + 1;
  }
  return v;
}

std::size_t title_end(const CodePoints& t, std::size_t open) {
  constexpr std::size_t longest_title = 40;  // longer runs are more likely a stray 《
  if (t[open] != U'《') return 0;
  std::size_t j = open + 1;
  while (j < t.size() && j - open <= longest_title && t[j] != U'》' && t[j] != U'《') ++j;
  return j < t.size() && t[j] == U'》' ? j + 1 : 0;
}

void claim_titles(const CodePoints& t, Claimed& claimed) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (const std::size_t end = title_end(t, i)) {
      claim(claimed, i, end);
      i = end - 1;
    }
  }
}

bool claim_urls(const CodePoints& t, Claimed& claimed, bool url_continues) {
  // RFC 3986's characters of a URL; anything else (a space, an ideograph, full-width
  // punctuation) ends it.
  const auto in_url = [](char32_t c) {
    return c < 0x80 &&
           (is_ascii_digit(c) || is_ascii_alpha(c) ||
            std::u32string_view(U"-._~:/?#[]@!$&'()*+,;=%").find(c) != std::u32string_view::npos);
  };
  bool at_end = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != 'h' && t[i] != 'w' && !(i == 0 && url_continues)) continue;
    const bool start = (i == 0 && url_continues) ||
                       (t.at(i, U"http") && (t.at(i + 4, U"://") || t.at(i + 4, U"s://"))) ||
                       t.at(i, U"www.");
    if (!start || (i > 0 && (is_ascii_alpha(t[i - 1]) || is_ascii_digit(t[i - 1])))) continue;
    std::size_t j = i;
    while (j < t.size() && in_url(t[j])) ++j;
    claim(claimed, i, j);
    at_end = j == t.size();
    i = j;
  }
  return at_end;
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

std::size_t dates::month_range(const CodePoints& t, std::size_t i, std::size_t run, int year,
                               DateFigure& d) {
  const int first = static_cast<int>(digits_value(t, i, i + run));
  std::size_t k = i + run;
  const char32_t separator = t[k];
  if (separator != U'—' && separator != U'－' && separator != '-' && separator != U'至' &&
      separator != U'到' && separator != '~' && separator != U'～' && separator != U'–')
    return 0;
  ++k;
  const std::size_t second_run = digit_run(t, k);
  if (second_run < 1 || second_run > 2 || t[k + second_run] != U'月') return 0;
  const int last = static_cast<int>(digits_value(t, k, k + second_run));
  if (first < 1 || last > 12 || first >= last) return 0;
  d.date = format_date(year, first);
  d.date_end = format_date(year, last);
  return k + second_run + 1;
}

namespace {

/// Whether `d` is a dateline: after 讯 (新浪科技讯 北京时间11月6日) or before 消息, 电 or 讯
/// (11月6日上午消息, 10月28日电), with spaces and a time word (北京时间, 上午) between.
bool is_dateline(const CodePoints& t, const DateFigure& d, const DateVocabulary& v) {
  // Past spaces and time words (北京时间, 上午) after `i`, or before it.
  auto skip_forward = [&](std::size_t i) {
    for (std::size_t last = std::u32string::npos; last != i;) {
      last = i;
      while (t[i] == ' ') ++i;
      for (const auto& w : v.dateline_between)
        if (t.at(i, w)) i += w.size();
    }
    return i;
  };
  auto skip_backward = [&](std::size_t i) {
    for (std::size_t last = std::u32string::npos; last != i;) {
      last = i;
      while (i > 0 && t[i - 1] == ' ') --i;
      for (const auto& w : v.dateline_between)
        if (t.ends_at(i, w)) i -= w.size();
    }
    return i;
  };
  const std::size_t after = skip_forward(d.end);
  for (const auto& w : v.dateline_after)
    if (t.at(after, w)) return true;
  const std::size_t before = skip_backward(d.begin);
  for (const auto& w : v.dateline_before)
    if (t.ends_at(before, w)) return true;
  return false;
}

}  // namespace

namespace {

// 同日，普京也致贺信; 18日表示，当天向…运送: a word opening a clause names the day the sentence
// named before it, else the last day the article named; nothing when it named none. Then
// remembers the sentence's last day.
void refer_to_same_day(const CodePoints& t, const DateVocabulary& v, DateContext& context,
                       Claimed& claimed, std::vector<DateFigure>& dates) {
  std::vector<DateFigure> same_days;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i]) continue;
    // (a clause opens after a break or a closing bracket: （新闻联播）：同日)
    if (i > 0 &&
        std::u32string_view(U"，,；;：:。！？!?）) ").find(t[i - 1]) == std::u32string_view::npos)
      continue;
    const std::u32string* word = nullptr;
    for (const auto& w : v.same_day_words)
      if (t.at(i, w)) word = &w;
    if (!word) continue;
    if (const auto blocked = v.same_day_not_before.find(*word);
        blocked != v.same_day_not_before.end() && i + word->size() < t.size() &&
        blocked->second.find(t[i + word->size()]) != std::u32string::npos)
      continue;
    std::string day = context.last_day, partial = context.last_partial_day;
    for (const auto& d : dates)
      if (d.end <= i && d.one_day() && (!d.date.empty() || !d.partial.empty()))
        day = d.date, partial = d.partial;
    if (day.empty() && partial.empty()) continue;
    DateFigure same;
    same.begin = i;
    same.end = i + word->size();
    same.date = day;
    same.partial = partial;
    same_days.push_back(same);
    claim(claimed, same.begin, same.end);
    i = same.end - 1;
  }
  // 国庆假期…。假期期间，…: the break the article named last (in this sentence or before).
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i]) continue;
    const auto word = std::find_if(v.break_anaphors.begin(), v.break_anaphors.end(),
                                   [&](const std::u32string& w) { return t.at(i, w); });
    if (word == v.break_anaphors.end() || any_claimed(claimed, i, i + word->size())) continue;
    DateFigure named = context.last_break;
    for (const auto& d : dates)
      if (d.end <= i && !d.holiday.empty() && !d.date_end.empty()) named = d;
    if (named.date_end.empty()) continue;
    DateFigure anaphor;
    anaphor.begin = i;
    anaphor.end = i + word->size();
    anaphor.date = named.date;
    anaphor.date_end = named.date_end;
    anaphor.holiday = named.holiday;
    anaphor.calendar = named.calendar;
    same_days.push_back(anaphor);
    claim(claimed, anaphor.begin, anaphor.end);
    i = anaphor.end - 1;
  }
  dates.insert(dates.end(), same_days.begin(), same_days.end());
  std::stable_sort(dates.begin(), dates.end(),
                   [](const DateFigure& a, const DateFigure& b) { return a.begin < b.begin; });
  for (const auto& d : dates) {
    if (d.one_day() && (!d.date.empty() || !d.partial.empty()))
      context.last_day = d.date, context.last_partial_day = d.partial;
    if (!d.holiday.empty() && !d.date_end.empty()) context.last_break = d;
  }
}

}  // namespace

std::vector<DateFigure> find_dates(const CodePoints& t, const DateVocabulary& v,
                                   const ReferenceDate& ref, DateContext& context,
                                   Claimed& claimed) {
  std::vector<DateFigure> dates;
  int& context_year = context.year;
  const int year_before_sentence = context_year;
  // Dates read against NO_REFERENCE, whose words stay unresolved (by their begin).
  std::vector<std::size_t> unresolved_at;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (claimed[i]) continue;
    // Most characters start no date; an era's initial (大, 天, 永…) only before its name.
    if (!(may_start_date(t[i]) || v.holiday_initials.may_start(t[i]) ||
          v.epoch_initials.may_start(t[i]) || v.rolling_initials.may_start(t[i])) &&
        !(v.reign_era_initials.may_start(t[i]) && reign_era_at(t, i, v)))
      continue;
    if (v.date_word_name_initials.may_start(t[i])) {
      const auto name = std::find_if(v.date_word_names.begin(), v.date_word_names.end(),
                                     [&](const std::u32string& n) { return t.at(i, n); });
      if (name != v.date_word_names.end()) {
        i += name->size() - 1;  // 今日俄罗斯: a name, not today
        continue;
      }
    }
    // 判刑一年四月, 1年4月: a month right after a count of years that no date took is a count
    // of months (the Taiwan way of writing a prison term), read as one duration by the figures.
    // Not after an ordinal or a determiner (第二年5月底, 这一年6月29日), nor with a day.
    if (i >= 2 && t[i - 1] == U'年' && !claimed[i - 1] &&
        (is_ascii_digit(t[i - 2]) || is_chinese_numeral(t[i - 2]))) {
      std::size_t count_begin = i - 2;
      while (count_begin > 0 &&
             (is_ascii_digit(t[count_begin - 1]) || is_chinese_numeral(t[count_begin - 1])))
        --count_begin;
      static constexpr std::u32string_view determiners = U"第这那该当同每此其本";
      const auto month = month_at(t, i);
      if (month && !day_at(t, month->second) &&
          (count_begin == 0 || determiners.find(t[count_begin - 1]) == std::u32string_view::npos))
        continue;
    }
    // Partial dates (7月) take a year written earlier in the sentence; else, in a dated
    // article, the publication year (news reports this year's 2月5日 after discussing 2023's
    // figures); else the last year the article wrote.
    // Without a reference date and a year in the sentence, the year stays unknown here and
    // resolve_unknown_year looks at the article's last full date.
    const bool year_in_sentence = context_year != year_before_sentence && context_year > 0;
    const int year_for_partial = year_in_sentence ? context_year
                                 : ref.known()    ? ref.year
                                                  : UNKNOWN_YEAR;
    DateFigure d;
    d.begin = i;
    std::size_t end = 0;
    bool unresolved = false;
    if (ref.known()) {
      end = relative_period(t, i, v, ref, d);
    } else if ((end = relative_period(t, i, v, NO_REFERENCE, d)) != 0) {
      unresolved = true;
    }
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
    } else if ((run == 1 || run == 2) && year_for_partial > 0 &&
               (end = month_range(t, i, run, year_for_partial, d)) != 0) {
      // 1—2月, 1至4月份: months of one year, the period of the statistics after them.
    } else if (run == 1 || run == 2) {
      end = short_number_date(t, i, run, v, ref, context_year, year_for_partial, d);
    } else if (!digit_start && !ref.known()) {
      // 民国94年, 一九八三年, 二〇〇四年十月 name their year outright: no reference date needed;
      // 昨天, 本周一, 今年4月 are recognised as in a dated article and kept as written.
      if (end == 0 && (end = relative_word_date(t, i, v, NO_REFERENCE, d)) != 0) unresolved = true;
      if (end == 0) end = numeral_or_calendar_date(t, i, v, ref, context_year, year_for_partial, d);
      if (end == 0 && (end = reference_period_date(t, i, v, NO_REFERENCE, d)) != 0)
        unresolved = true;
      // 同日, 同一天: the day of an event told before, which only a reference date would give.
      for (std::u32string_view word : {U"同一天", U"同日"}) {
        if (end == 0 && t.at(i, word)) {
          d.date = "2000-06-15";
          end = i + word.size();
          unresolved = true;
        }
      }
    } else if (!digit_start && ref.known()) {
      // After relative_period (近三年, 5天前), which may already have matched.
      if (end == 0) end = relative_word_date(t, i, v, ref, d);
      if (end == 0) end = numeral_or_calendar_date(t, i, v, ref, context_year, year_for_partial, d);
      if (end == 0) end = reference_period_date(t, i, v, ref, d);
    }
    // 3月份, 1—2月份: the month's 份 belongs to the date.
    if (end > i && t[end - 1] == U'月' && t[end] == U'份') ++end;
    // 七夕档, 圣诞假期: a holiday's break of no known days dates nothing, and no festival's day
    // is read inside it; nor is a month inside a year past its era's end (雍正二十三年十二月).
    if (end > i && d.date.empty()) {
      if (!any_claimed(claimed, i, end)) claim(claimed, i, end);
      i = end - 1;
      continue;
    }
    if (end > i && !any_claimed(claimed, i, end)) {
      d.end = end;
      claim(claimed, i, end);
      if (unresolved) unresolved_at.push_back(i);
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
  dates = join_opposite_bounds(std::move(dates));
  if (ref.known()) {
    refer_to_same_day(t, v, context, claimed, dates);
    return dates;
  }
  // 新浪科技讯 11月6日上午消息: a dateline in the first sentences (after the title, a subtitle)
  // is the article's day.
  if (context.sentences++ < 3 && context.dateline_month == 0) {
    for (const auto& d : dates) {
      if (d.date.size() == 10 && d.date.rfind("0004", 0) == 0 && d.date_end.empty() &&
          is_dateline(t, d, v)) {
        context.dateline_month = std::atoi(d.date.substr(5, 2).c_str());
        context.dateline_day = std::atoi(d.date.substr(8, 2).c_str());
        break;
      }
    }
  }
  // Undated article: relative words stay as written, years nothing gives become XXXX (or the
  // year of the article's last full date), and full dates written here inform the next ones.
  for (auto& d : dates) {
    const bool relative_words =
        std::any_of(unresolved_at.begin(), unresolved_at.end(),
                    [&](std::size_t at) { return at >= d.begin && at < d.end; });
    // 今日, 昨天 after a dateline: counted from its day, in the year the article gives it.
    const auto day =
        relative_words && context.dateline_month ? relative_day_at(t, d.begin) : std::nullopt;
    if (day && d.date_end.empty()) {
      auto count_from_dateline = [&](int year) {
        return iso_date_of_days(
            reference_day({year, context.dateline_month, context.dateline_day}) + day->first);
      };
      const std::string in_leap_year = count_from_dateline(UNKNOWN_YEAR);  // 0004 is leap
      DateFigure resolved = d;
      resolved.date = in_leap_year;
      if (resolve_unknown_year(resolved, context)) {
        resolved.date = count_from_dateline(std::atoi(resolved.date.substr(0, 4).c_str()));
        d = resolved;
        continue;
      }
      // 3月1日 … 昨天 of an unknown year: 2月28日 or 29日, no day to claim.
      if (in_leap_year.substr(4) == count_from_dateline(UNKNOWN_YEAR + 1).substr(4)) {
        d = resolved;
        continue;
      }
    }
    if (relative_words) {
      d.unresolved_day = d.one_day();
      d.unresolved = utf8_between(t, d.begin, d.end);
      d.date.clear();
      d.date_end.clear();
      d.relative = false;
      continue;
    }
    const bool inferred = resolve_unknown_year(d, context);
    if (!inferred && d.date.size() >= 7 && d.calendar == Calendar::GREGORIAN) {
      context.dated_year = std::atoi(d.date.substr(0, 4).c_str());
      context.dated_month = std::atoi(d.date.substr(5, 2).c_str());
    }
  }
  refer_to_same_day(t, v, context, claimed, dates);
  return dates;
}

}  // namespace suyuan::extract
