/// @file calendars.cpp
/// @brief Lunar dates through ICU's Chinese calendar, which carries the astronomical tables
/// (leap months, 29/30-day months) that a hand-made table would have to copy.
#include "calendars.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <tuple>

#include "suyuan/core/civil_date.h"

namespace suyuan::extract {
namespace {

/// Calendars are costly to create and not thread-safe, so each thread keeps its own pair.
struct CalendarPair {
  std::unique_ptr<icu::Calendar> chinese;
  std::unique_ptr<icu::GregorianCalendar> gregorian;
  bool ok = false;
  CalendarPair() {
    UErrorCode status = U_ZERO_ERROR;
    chinese.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                icu::Locale("zh@calendar=chinese"), status));
    gregorian = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), status);
    ok = U_SUCCESS(status) && chinese;
    if (ok) chinese->setLenient(false);
  }
};

CalendarPair& calendars() {
  thread_local CalendarPair pair;
  return pair;
}

std::string format_iso(int y, int m, int d) {
  char buffer[40];  // room for any int, so the compiler sees no truncation
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

/// Points the Chinese calendar at the year that began in Gregorian `lunar_year`: 1 July always
/// lies inside it, since Chinese New Year falls between 21 January and 20 February.
bool select_lunar_year(CalendarPair& c, int lunar_year, int& era, int& year) {
  UErrorCode status = U_ZERO_ERROR;
  c.gregorian->clear();
  c.gregorian->set(lunar_year, UCAL_JULY, 1);
  c.chinese->setTime(c.gregorian->getTime(status), status);
  era = c.chinese->get(UCAL_ERA, status);
  year = c.chinese->get(UCAL_YEAR, status);
  return U_SUCCESS(status);
}

std::optional<std::string> gregorian_of(CalendarPair& c, UDate time) {
  UErrorCode status = U_ZERO_ERROR;
  c.gregorian->setTime(time, status);
  const int y = c.gregorian->get(UCAL_YEAR, status);
  const int m = c.gregorian->get(UCAL_MONTH, status) + 1;
  const int d = c.gregorian->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return format_iso(y, m, d);
}

std::optional<std::string> convert_lunar(int lunar_year, int month, int day, bool leap) {
  auto& c = calendars();
  int era = 0, year = 0;
  if (!c.ok || month < 1 || month > 12 || day < 1 || day > 30 ||
      !select_lunar_year(c, lunar_year, era, year))
    return std::nullopt;
  c.chinese->clear();
  c.chinese->set(UCAL_ERA, era);
  c.chinese->set(UCAL_YEAR, year);
  c.chinese->set(UCAL_MONTH, month - 1);
  c.chinese->set(UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
  c.chinese->set(UCAL_DATE, day);
  UErrorCode status = U_ZERO_ERROR;
  const UDate time = c.chinese->getTime(status);  // not lenient: a missing day is an error
  if (U_FAILURE(status)) return std::nullopt;
  return gregorian_of(c, time);
}

}  // namespace

std::optional<std::string> lunar_to_gregorian(int lunar_year, int month, int day, bool leap) {
  // ICU computes new moons astronomically, which is slow; news repeats the same few festivals.
  thread_local std::map<std::tuple<int, int, int, bool>, std::optional<std::string>> known;
  const auto key = std::make_tuple(lunar_year, month, day, leap);
  if (const auto it = known.find(key); it != known.end()) return it->second;
  return known[key] = convert_lunar(lunar_year, month, day, leap);
}

std::optional<std::string> lunar_new_years_eve(int lunar_year) {
  const auto next_new_year = lunar_to_gregorian(lunar_year + 1, 1, 1);
  if (!next_new_year) return std::nullopt;
  return iso_date_of_days(*days_since_epoch(*next_new_year) - 1);
}

int nth_weekday_of_month(int year, int month, int nth, int weekday) {
  const long first = *days_since_epoch(format_iso(year, month, 1));
  const int first_weekday = static_cast<int>(((first % 7) + 7 + 3) % 7);  // 1970-01-01: Thursday
  return 1 + (weekday - first_weekday + 7) % 7 + 7 * (nth - 1);
}

int qingming_day(int year) {
  // The usual solar-term approximation: day = ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋, Y the year within its
  // century, C = 5.59 in the 1900s and 4.81 in the 2000s (gives 4 or 5 April).
  const int y = year % 100;
  const double c = year < 2000 ? 5.59 : 4.81;
  return static_cast<int>(std::floor(y * 0.2422 + c)) - y / 4;
}

}  // namespace suyuan::extract
