/// @file calendars.h
/// @brief Calendar arithmetic the date recogniser needs beyond the Gregorian day count: the
/// Chinese lunisolar calendar (via ICU), the Republic of China era (民国) and holidays defined
/// by a rule (the second Sunday of May, the Qingming solar term).
#pragma once

#include <optional>
#include <string>

namespace suyuan::extract {

/// Gregorian "YYYY-MM-DD" of day `day` of lunar month `month` (1-12, `leap` for the 闰 month)
/// in the Chinese year that begins in Gregorian year `lunar_year`; nullopt when that day does
/// not exist (a 30th in a 29-day month, a leap month the year lacks).
std::optional<std::string> lunar_to_gregorian(int lunar_year, int month, int day,
                                              bool leap = false);

/// Gregorian "YYYY-MM-DD" of New Year's Eve (除夕) that ends Chinese year `lunar_year`.
std::optional<std::string> lunar_new_years_eve(int lunar_year);

/// Day of the month of the `nth` `weekday` (0 = Monday … 6 = Sunday) of a month.
int nth_weekday_of_month(int year, int month, int nth, int weekday);

/// Day of April of the Qingming solar term (清明) in `year`, 1900-2099.
int qingming_day(int year);

}  // namespace suyuan::extract
