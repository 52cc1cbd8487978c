/// @file date_parts.h
/// @brief The pieces find_dates (dates.cpp) is made of, shared by the files of the date
/// recogniser: absolute parts (date_parts.cpp), lunar dates and holidays (date_holidays.cpp) and
/// dates relative to the reference (date_relative.cpp). Positions are code point indices into
/// one sentence; a function that recognises something fills `d` and returns the index after
/// it, or 0 when nothing is there.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "code_points.h"
#include "recognizers.h"

namespace suyuan::extract::dates {

std::string format_date(int y, int m = 0, int d = 0);

int days_in_month(int y, int m);

/// A quarter at `i`: 第三季度, 三季度, 第3季度, 3季度 and the year so far 前三季度 (months 1-9);
/// after its year also Taiwan's 第3季 and 前3季 (a bare 第二季 is as often a show's season) and
/// Q3.
struct Quarter {
  int first_month, last_month;
  std::size_t length;
};
std::optional<Quarter> quarter_at(const CodePoints& t, std::size_t i, bool after_year);

/// Season or part of year after a year: sets date/date_end, returns code points consumed.
std::size_t year_part(const CodePoints& t, std::size_t i, int year, DateFigure& d);

/// Part of a month after "M月": 上旬/中旬/下旬/初/底.
std::size_t month_part(const CodePoints& t, std::size_t i, int year, int month, DateFigure& d);

bool valid_year(int y);

/// Whether a date expression can start with `c`: digits, numerals and the first characters of
/// the relative and calendar words below (今年, 上周, 近日, 春季, 民国, 农历, 正月…). Most
/// characters cannot, and skipping them keeps find_dates from trying every word at every position.
bool may_start_date(char32_t c);

/// Day of the week after 周/星期/礼拜 at `i`: 0 = Monday … 6 = Sunday, or -1.
int weekday_at(const CodePoints& t, std::size_t i);

/// Day number of the reference date.
long reference_day(const ReferenceDate& ref);

/// "M月" in digits or Chinese numerals at `i`: the month and the index after 月.
std::optional<std::pair<int, std::size_t>> month_at(const CodePoints& t, std::size_t i);

std::size_t after_month(const CodePoints& t, std::size_t j, int y, int m, DateFigure& d);

/// Index after spaces, one range separator and spaces from `i`, or 0 when there is none.
std::size_t after_range_separator(const CodePoints& t, std::size_t i);

/// A day "20日", "十二日", "3号" at `i`: the day and the index after it.
std::optional<std::pair<int, std::size_t>> day_at(const CodePoints& t, std::size_t i);

/// After "<year or month>的" at `i`: 第N周, 第N个月, 前N周/天, 最后N周/天 narrow `d` to that
/// part. Returns the end of the expression, or `i - 1` (just before 的) when there is none.
std::size_t ordinal_part(const CodePoints& t, std::size_t i, DateFigure& d);

/// A two-digit year (07年, 18年10月, 零八年): read as a year only when it cannot be a count of
/// years — a leading zero, or a month right after. Returns the four-digit year, or 0.
int two_digit_year(int yy, const ReferenceDate& ref);

/// The day of a lunar month at `i`: 初一…初十, 十一…三十, 廿三, 卅; value and index after it.
std::optional<std::pair<int, std::size_t>> lunar_day_at(const CodePoints& t, std::size_t i,
                                                        bool& written_lunar);

/// A lunar date at `i`: 农历八月十五, 正月初一, 腊月廿三, 大年初二, 闰四月初八, 十二月初一, and
/// 八月十五 (a Chinese-numeral day without 日 after a Chinese-numeral month is how news writes
/// lunar dates). `lunar_year` 0 takes the occurrence nearest the reference. Returns the end of
/// the expression, or 0.
std::size_t lunar_date_at(const CodePoints& t, std::size_t i, int lunar_year,
                          const ReferenceDate& ref, DateFigure& d);

/// A holiday at `i` (春节, 中秋, 国庆节, 母亲节…) in `year`, or the occurrence nearest the
/// reference when `year` is 0. Returns the end of its name, or 0.
std::size_t holiday_at(const CodePoints& t, std::size_t i, int year, const DateVocabulary& v,
                       const ReferenceDate& ref, DateFigure& d);

/// 1—2月, 1至4月份, 3-5月 at `i` (a run of `run` digits): a range of months written with one 月,
/// in `year`. Returns its end, or 0.
std::size_t month_range(const CodePoints& t, std::size_t i, std::size_t run, int year,
                        DateFigure& d);

/// Decades (90年代, 上世纪九十年代), months around the reference (本月十日, 上个月), rolling
/// spans from it (近三年, 过去的六个月, 未来五年) and points back from it (5天前, 3年前): the end
/// of the expression, or 0.
std::size_t relative_period(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                            const ReferenceDate& ref, DateFigure& d);

/// 今年, 去年5月, 今年春节, 昨天, 明日: years and days named relative to the reference date.
std::size_t relative_word_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                               const ReferenceDate& ref, DateFigure& d);

/// 昨天, 今日, 明晚 at `i`: the day's offset from the reference day and the end of the word.
std::optional<std::pair<int, std::size_t>> relative_day_at(const CodePoints& t, std::size_t i);

/// 夏季, 近日, 上周三, 周五, 上半年, 三季度, 年底: periods around the reference date.
std::size_t reference_period_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                                  const ReferenceDate& ref, DateFigure& d);

}  // namespace suyuan::extract::dates
