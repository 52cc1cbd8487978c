/// @file civil_date.h
/// @brief Proleptic Gregorian dates as day numbers, for date values and date ranges.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace suyuan {

/// Days since 1970-01-01 of "YYYY-MM-DD…" (anything after the day is ignored), or nullopt when
/// it is no calendar day (2025-02-30, 2025-13-01).
std::optional<long> days_since_epoch(std::string_view iso_date);

/// "YYYY-MM-DD" of a day number.
std::string iso_date_of_days(long days);

/// First and last day covered by a date of any granularity ("2025", "2025-07", "2025-07-15"),
/// extended to the end of `date_end` when given. nullopt when either is malformed.
std::optional<std::pair<long, long>> date_span(std::string_view date,
                                               std::string_view date_end = {});

}  // namespace suyuan
