/// @file civil_date.cpp
/// @brief Day-number arithmetic (Howard Hinnant's civil-date algorithms).
#include "suyuan/core/civil_date.h"

#include <cctype>
#include <cstdio>

namespace suyuan {
namespace {

long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool digits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

}  // namespace

std::optional<long> days_since_epoch(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (!digits(iso.substr(0, 4)) || !digits(iso.substr(5, 2)) || !digits(iso.substr(8, 2))) {
    return std::nullopt;
  }
  const long y = std::stol(std::string(iso.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(iso.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(iso.substr(8, 2))));
  static constexpr unsigned month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > month_days[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;  // 2025-02-30
  return days_from_civil(y, m, d);
}

std::string iso_date_of_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char out[32];
  std::snprintf(out, sizeof out, "%04ld-%02u-%02u", y + (m <= 2), m, d);
  return out;
}

std::optional<std::pair<long, long>> date_span(std::string_view date, std::string_view date_end) {
  auto first_day = [](std::string_view d) -> std::optional<long> {
    if (d.size() == 4 && digits(d)) return days_since_epoch(std::string(d) + "-01-01");
    if (d.size() == 7) return days_since_epoch(std::string(d) + "-01");
    return days_since_epoch(d);
  };
  auto last_day = [&](std::string_view d) -> std::optional<long> {
    if (d.size() == 4 && digits(d)) return days_since_epoch(std::string(d) + "-12-31");
    if (d.size() == 7 && digits(d.substr(0, 4)) && digits(d.substr(5, 2))) {
      long y = std::stol(std::string(d.substr(0, 4)));
      unsigned m = static_cast<unsigned>(std::stoi(std::string(d.substr(5, 2))));
      if (m < 1 || m > 12) return std::nullopt;
      if (++m > 12) m = 1, ++y;
      return days_from_civil(y, m, 1) - 1;
    }
    return days_since_epoch(d);
  };
  auto begin = first_day(date);
  auto end = last_day(date_end.empty() ? date : date_end);
  if (!begin || !end || *end < *begin) return std::nullopt;
  return std::make_pair(*begin, *end);
}

}  // namespace suyuan
