/// @file numerals.h
/// @brief Arabic and Chinese numerals over code points, shared by the date and figure
/// recognisers: digits, Chinese numeral runs (一百二十, 两万, 三千五), multipliers (万/亿/兆),
/// vague numbers (数十, 十几万) and "more than" marks (一千多万).
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "code_points.h"

namespace suyuan::extract {

/// Marks code points already claimed by another recogniser.
using Claimed = std::vector<bool>;

void claim(Claimed& claimed, std::size_t begin, std::size_t end);
bool any_claimed(const Claimed& claimed, std::size_t begin, std::size_t end);

/// 0-9 for a Chinese digit (零〇一壹二贰两俩…仨…九玖), else -1.
int chinese_digit(char32_t c);
/// 10, 100, 1000, 1e4, 1e8, 1e12 for 十百千万亿兆 (and their financial forms), else 0.
double chinese_unit(char32_t c);
/// 两, 俩, 仨: numerals that count (两年 = two years) but never write a digit of a name or a
/// position (二〇二〇年, 二月).
inline bool is_counting_only_numeral(char32_t c) { return c == U'两' || c == U'俩' || c == U'仨'; }
/// 2, 3, 4 for 廿, 卅, 卌 (twenty, thirty, forty in one character), else 0.
int chinese_tens(char32_t c);
bool is_chinese_numeral(char32_t c);
/// 参 at `i` as the financial three (参佰, 参万): only right before a numeral unit, since 参 is
/// otherwise a common character (参加, 人参).
bool financial_three_at(const CodePoints& t, std::size_t i);
/// 兆/千 at `i` as the metric prefix of a unit (兆瓦, 千克) rather than a numeral.
bool mega_prefix_at(const CodePoints& t, std::size_t i);
/// 至 到 - – — ~ ～
bool is_range_separator(char32_t c);

/// The index after a run of up to four spaces at `i` (the sections of 7万 5千 4百), or `i` when
/// there is none or a longer run (a layout gap, not a spaced number).
std::size_t after_spaces(const CodePoints& t, std::size_t i);

/// Digits [begin, end) as an integer.
int digits_value(const CodePoints& t, std::size_t begin, std::size_t end);
/// Length of the ASCII digit run at `i`.
std::size_t digit_run(const CodePoints& t, std::size_t i);

/// The end of an integer written in thousands groups from `i` (3,050,352; 3，050，352; 9,999):
/// one to three digits, then groups of exactly three after a comma of either width. When a group
/// after a comma has any other length (3，5，7个, 1,2345, 12,345,67) the commas separate a list
/// and no group joins: npos. npos too when no comma follows the first digits. (parse_number
/// reads only the ASCII comma as the separator: restore_chinese_commas decides which full-width
/// commas are.)
std::size_t thousands_groups_end(const CodePoints& t, std::size_t i);

/// A bare number: value (or range for 数十), end index.
struct Number {
  double value = 0;
  std::optional<std::pair<double, double>> vague;  ///< 数十 → [20, 90], 十几万 → [11e4, 19e4]
  std::size_t end = 0;
  bool chinese = false;
  std::size_t length = 0;  ///< code points of the numeral itself
  bool over = false;       ///< 一千多万, 500余万: more than the value
};

/// The multiplier word at `i` (万亿, 万万, 亿, 万, 千, 百 after Arabic digits) and its length.
std::pair<double, std::size_t> multiplier_at(const CodePoints& t, std::size_t i, bool arabic);

/// The number starting at `i` (digits with separators, decimals, exponents and multipliers, or
/// a Chinese numeral run), or nullopt. `spaced` lets a Chinese numeral run go on across single
/// spaces (三千 九百 六十五), which callers allow only right after a comparison word.
std::optional<Number> parse_number(const CodePoints& t, std::size_t i, bool spaced = false);

/// A number of 1-3 Arabic digits or Chinese numerals at `i`: value and index after it. Two
/// Chinese digits without a unit (八九) are a vague count, not a number.
std::optional<std::pair<int, std::size_t>> small_number_at(const CodePoints& t, std::size_t i);

/// Parses a run of Chinese numerals ("一百二十", "两万", "三千五"), or nullopt.
std::optional<double> parse_chinese_number(std::u32string_view digits);

}  // namespace suyuan::extract
