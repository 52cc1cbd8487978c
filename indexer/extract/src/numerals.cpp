/// @file numerals.cpp
/// @brief Arabic and Chinese numerals over code points: the number reader that figures and
/// dates share.
#include "numerals.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace suyuan::extract {

namespace {

int chinese_digit_of(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'贰':
    case U'两':
    case U'俩':  // 俩 = 两个 (他们俩, 俩月)
      return 2;
    case U'三':
    case U'叁':
    case U'仨':  // 仨 = 三个
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

/// The scanners ask about every character of every sentence: a table per Basic Multilingual
/// Plane character answers in one load where the switches took 5 % of extraction's time.
struct NumeralTables {
  std::vector<std::int8_t> digit = std::vector<std::int8_t>(0x10000, -1);
  std::vector<bool> numeral = std::vector<bool>(0x10000, false);
  NumeralTables() {
    for (char32_t c = 0; c < 0x10000; ++c) {
      digit[c] = static_cast<std::int8_t>(chinese_digit_of(c));
      numeral[c] = digit[c] >= 0 || chinese_unit(c) > 0 || chinese_tens(c) > 0;
    }
  }
};
const NumeralTables numeral_tables;

}  // namespace

int chinese_digit(char32_t c) {
  return c < numeral_tables.digit.size() ? numeral_tables.digit[c] : chinese_digit_of(c);
}

double chinese_unit(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
      return 1e4;
    case U'亿':
      return 1e8;
    case U'兆':  // a trillion in Taiwan and Hong Kong figures (台积电市值20兆元)
      return 1e12;
    default:
      return 0;
  }
}

int chinese_tens(char32_t c) {
  switch (c) {
    case U'廿':
      return 2;
    case U'卅':
      return 3;
    case U'卌':
      return 4;
    default:
      return 0;
  }
}

bool is_chinese_numeral(char32_t c) {
  return c < numeral_tables.numeral.size() && numeral_tables.numeral[c];
}

bool financial_three_at(const CodePoints& t, std::size_t i) {
  static constexpr std::u32string_view words_ending_in_can = U"人海党丹沙西";
  return t[i] == U'参' && chinese_unit(t[i + 1]) > 0 && !mega_prefix_at(t, i + 1) &&
         (i == 0 || words_ending_in_can.find(t[i - 1]) == std::u32string_view::npos);
}

/// The characters after which 千 is the metric kilo- of a unit (千字节, 千卡, 千克, 千米, 千瓦,
/// 千伏, 千帕, 千焦, 千赫), not a thousand.
static bool kilo_unit_after(char32_t next) {
  static constexpr std::u32string_view kilo_units = U"字卡克米瓦伏帕焦赫";
  return kilo_units.find(next) != std::u32string_view::npos;
}

/// 兆 before these is the metric mega- (兆瓦, 兆赫, 兆字节), not a trillion; 千 the kilo- of
/// kilo_unit_after.
bool mega_prefix_at(const CodePoints& t, std::size_t i) {
  const char32_t next = t[i + 1];
  if (t[i] == U'千') return kilo_unit_after(next);
  if (t[i] != U'兆') return false;
  return next == U'瓦' || next == U'赫' || next == U'字' || next == U'帕' || next == U'比' ||
         next == U'位' || next == U'欧' || next == U'焦' || next == U'b' || next == U'B';
}

bool is_range_separator(char32_t c) {
  return c == U'至' || c == U'到' || c == U'-' || c == U'–' || c == U'—' || c == U'~' || c == U'～';
}

void claim(Claimed& claimed, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < claimed.size(); ++i) claimed[i] = true;
}

bool any_claimed(const Claimed& claimed, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < claimed.size(); ++i) {
    if (claimed[i]) return true;
  }
  return false;
}

/// Digits [begin, end) as an integer.
int digits_value(const CodePoints& t, std::size_t begin, std::size_t end) {
  int v = 0;
  for (std::size_t i = begin; i < end; ++i) v = v * 10 + static_cast<int>(t[i] - '0');
  return v;
}

std::size_t digit_run(const CodePoints& t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && is_ascii_digit(t[j])) ++j;
  return j - i;
}

std::size_t thousands_groups_end(const CodePoints& t, std::size_t i) {
  constexpr std::size_t none = std::u32string_view::npos;
  const std::size_t first = digit_run(t, i);
  if (first == 0 || first > 3) return none;
  std::size_t j = i + first, groups = 0;
  while ((t[j] == ',' || t[j] == U'，') && is_ascii_digit(t[j + 1])) {
    if (digit_run(t, j + 1) != 3) return none;
    j += 4;
    ++groups;
  }
  return groups > 0 ? j : none;
}

std::pair<double, std::size_t> multiplier_at(const CodePoints& t, std::size_t i, bool arabic) {
  if (t.at(i, U"万亿")) return {1e12, 2};
  if (t.at(i, U"万万")) return {1e8, 2};  // 10万万 = 10亿, as in 四万万
  if (t[i] == U'亿') return {1e8, 1};
  if (t[i] == U'兆' && !mega_prefix_at(t, i)) return {1e12, 1};
  if (t[i] == U'万') return {1e4, 1};
  // 千克, 千米, 千瓦, 千伏, 千字节 are units, not thousands.
  const char32_t next = t[i + 1];
  const bool unit_word = kilo_unit_after(next);
  if (arabic && t[i] == U'千' && !unit_word) return {1e3, 1};
  if (arabic && t[i] == U'百' && next != U'分' && !unit_word) return {1e2, 1};
  return {1, 0};
}

std::size_t after_spaces(const CodePoints& t, std::size_t i) {
  constexpr std::size_t most_spaces = 4;
  std::size_t j = i;
  while (j < t.size() && t[j] == ' ' && j - i < most_spaces) ++j;
  return t[j] == ' ' ? i : j;
}

namespace {

/// The 万, 亿, 兆, 万万 or 万亿 that ends just before `end`: its value and length, or {1, 0}.
std::pair<double, std::size_t> big_multiplier_before(const CodePoints& t, std::size_t end) {
  if (t.ends_at(end, U"万亿")) return {1e12, 2};
  if (t.ends_at(end, U"万万")) return {1e8, 2};
  const double unit = end > 0 && !mega_prefix_at(t, end - 1) ? chinese_unit(t[end - 1]) : 0;
  return unit >= 1e4 ? std::make_pair(unit, std::size_t{1}) : std::make_pair(1.0, std::size_t{0});
}

/// Sections after a multiplied number: "25万6千", "5万4千6百", "1千零20". The rest must be
/// smaller than the last multiplier and end in a unit word, unless 零 introduces it. A 万 or 亿
/// that ends the rest (2千零30万, 3千5百万) multiplies the whole number: it is left to the caller.
void continue_sections(const CodePoints& t, Number& n, double last_multiplier) {
  // 7万 5千 4百: sections may be spaced apart; each still ends in its unit.
  std::size_t k =
      t[n.end] == ' ' && is_ascii_digit(t[after_spaces(t, n.end)]) ? after_spaces(t, n.end) : n.end;
  const bool zero = t[k] == U'零';
  if (zero) ++k;
  if (!is_ascii_digit(t[k]) && !(zero && chinese_digit(t[k]) > 0)) return;
  auto rest = parse_number(t, k);
  if (!rest || rest->vague) return;
  if (rest->value >= last_multiplier && last_multiplier < 1e4) {
    const auto [big, length] = big_multiplier_before(t, rest->end);
    rest->value /= big;
    rest->end -= length;
  }
  if (rest->value >= last_multiplier) return;
  const bool ends_in_unit = chinese_unit(t[rest->end - 1]) > 0;
  // 34万4130元: a run of digits that fills the multiplier's places exactly (four after 万,
  // eight after 亿) is the rest written out, not a figure of its own (5万3 stays apart).
  const std::size_t places = last_multiplier == 1e4 ? 4 : last_multiplier == 1e8 ? 8 : 0;
  const bool fills_places = places > 0 && rest->end - k == places && !rest->chinese;
  if (!zero && !ends_in_unit && !fills_places) return;
  n.value += rest->value;
  n.end = rest->end;
  n.over = n.over || rest->over;
}

/// End of the Chinese numeral run at `i`. Below 万 each unit must be smaller than the one
/// before (五十千 stops before 千). Spaces may separate the sections of a numeral when a unit
/// stands at the gap (三千 八百 九十六 万, 一百 五 十 二): positional digits (二 三) stay apart.
/// `spaced` skips single spaces between any numerals.
std::size_t chinese_run_end(const CodePoints& t, std::size_t i, bool spaced) {
  std::size_t j = i;
  double previous_small_unit = 1e4;
  const auto is_unit = [&](std::size_t k) { return chinese_unit(t[k]) > 0 || chinese_tens(t[k]); };
  while (j < t.size() && j - i < 60) {
    if (j > i && t[j] == ' ') {
      const std::size_t next = after_spaces(t, j);
      const bool numeral_next = is_chinese_numeral(t[next]) || financial_three_at(t, next);
      // The whole section after the gap must continue the numeral: 九百 三千 is two numbers.
      bool continues = true;
      double smallest = previous_small_unit;
      for (std::size_t k = next; k < t.size() && is_chinese_numeral(t[k]); ++k) {
        const double unit = chinese_tens(t[k]) ? 10 : chinese_unit(t[k]);
        if (unit >= 1e4) break;
        if (unit > 0 && unit >= smallest) continues = false;
        if (unit > 0) smallest = unit;
      }
      if (numeral_next && continues &&
          ((spaced && next == j + 1) || is_unit(j - 1) || is_unit(next)))
        j = next;
    }
    if (!(is_chinese_numeral(t[j]) || financial_three_at(t, j)) || mega_prefix_at(t, j)) break;
    const double unit = chinese_tens(t[j]) ? 10 : chinese_unit(t[j]);
    if (unit >= 1e4) {
      previous_small_unit = 1e4;
    } else if (unit > 0) {
      if (unit >= previous_small_unit) break;
      previous_small_unit = unit;
    }
    ++j;
  }
  while (j > i && t[j - 1] == ' ') --j;
  return j;
}

/// Two neighbouring digits in a Chinese numeral say "this or the next" (三四个 = 3 or 4,
/// 五六十 = 50 to 60, 十七八岁 = 17 or 18, 七八百万, 一两, 两三; and 三五 = 3 to 5): the range of
/// the run read with the first and with the second, or nullopt.
std::optional<std::pair<double, double>> neighbouring_digits(std::u32string_view run) {
  for (std::size_t p = 0; p + 1 < run.size(); ++p) {
    const int first = chinese_digit(run[p]), second = chinese_digit(run[p + 1]);
    if (first < 1 || second < 1) continue;
    if (p > 0 && chinese_digit(run[p - 1]) >= 0) return std::nullopt;  // 一二三: a sequence
    if (p + 2 < run.size() && chinese_unit(run[p + 2]) == 0) return std::nullopt;
    if (second != first + 1 && !(first == 3 && second == 5)) return std::nullopt;
    std::u32string low(run), high(run);
    low.erase(p + 1, 1);
    high.erase(p, 1);
    const auto a = parse_chinese_number(low), b = parse_chinese_number(high);
    if (!a || !b || *a >= *b) return std::nullopt;
    return std::make_pair(*a, *b);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Number> parse_number(const CodePoints& t, std::size_t i, bool spaced) {
  Number n;
  bool decimal = false;
  if (is_ascii_digit(t[i]) || (t[i] == '.' && is_ascii_digit(t[i + 1]))) {
    // Not inside a word, a longer number or a version (1.2.3); after a typed ellipsis (...9) it
    // may, but not after the dot leaders of a table of contents (........2.2).
    std::size_t dots = 0;
    while (dots < i && dots < 4 && t[i - 1 - dots] == '.') ++dots;
    const bool ellipsis = is_ascii_digit(t[i]) && (dots == 2 || dots == 3);
    if (i > 0 &&
        (is_ascii_alpha(t[i - 1]) || is_ascii_digit(t[i - 1]) || (t[i - 1] == '.' && !ellipsis)))
      return std::nullopt;
    std::string text = t[i] == '.' ? "0" : "";  // ".5"
    const std::size_t grouped = thousands_groups_end(t, i);
    std::size_t j = i;
    while (j < t.size()) {
      if (is_ascii_digit(t[j])) {
        text.push_back(static_cast<char>(t[j++]));
      } else if (t[j] == ',' && grouped != std::u32string_view::npos && j < grouped) {
        ++j;  // thousands separator
      } else if (t[j] == '.' && is_ascii_digit(t[j + 1]) && text.find('.') == std::string::npos) {
        text.push_back('.');
        ++j;
      } else {
        break;
      }
    }
    // A run of more digits than any figure has is an identifier (order numbers, hashes), and
    // would overflow a double.
    constexpr std::size_t LONGEST_FIGURE_DIGITS = 24;
    if (text.size() > LONGEST_FIGURE_DIGITS) return std::nullopt;
    n.value = std::strtod(text.c_str(), nullptr);
    // 2e5, -127.32e13: scientific notation; 2^5, 2.5^-1: a power.
    const bool exponent = t[j] == 'e' || t[j] == 'E';
    if (exponent || t[j] == '^') {
      std::size_t k = j + 1;
      int sign = 1;
      while (t[k] == '-' || t[k] == '+') sign *= t[k++] == '-' ? -1 : 1;
      const std::size_t run = digit_run(t, k);
      if (run > 0 && run <= 3 && !is_ascii_alpha(t[k + run]) && t[k + run] != '.' &&
          (exponent ? k - j <= 2 : true)) {
        const double power = sign * digits_value(t, k, k + run);
        n.value = exponent ? n.value * std::pow(10.0, power) : std::pow(n.value, power);
        j = k + run;
      }
    }
    if (!std::isfinite(n.value)) return std::nullopt;  // 9e999, 10^999
    n.end = j;
    n.length = j - i;
  } else if ((t[i] == U'数' || t[i] == U'几') &&
             (t[i + 1] == U'十' || t[i + 1] == U'百' || t[i + 1] == U'千')) {
    const double unit = chinese_unit(t[i + 1]);
    n.vague = std::make_pair(2 * unit, 9 * unit);
    n.end = i + 2;
    n.chinese = true;
    n.length = 2;
  } else if (t[i] == U'半' && t[i + 1] == U'百' && t[i + 2] != U'分' && t[i + 2] != U'姓' &&
             t[i + 2] != U'货') {
    n.value = 50;  // 年过半百: half a hundred; not 一半百姓, 一半百货
    n.end = i + 2;
    n.chinese = true;
    n.length = 2;
  } else if ((is_chinese_numeral(t[i]) || financial_three_at(t, i)) && chinese_unit(t[i]) < 1e4) {
    // The tail of a positional run that failed as a whole fails too (一一一…一 of 200 digits).
    if (chinese_unit(t[i]) == 0 && i > 0 && chinese_digit(t[i - 1]) >= 0 &&
        chinese_unit(t[i - 1]) == 0 && t[i - 1] != U'两' && t[i] != U'两')
      return std::nullopt;
    // 千千万万 is "countless"; 千万别, 千万不要 an adverb ("by all means").
    const bool repeated_unit =
        chinese_unit(t[i]) > 0 && (t[i + 1] == t[i] || (i > 0 && t[i - 1] == t[i]));
    static constexpr std::u32string_view after_adverb = U"别不莫勿要";
    if (repeated_unit || (t.at(i, U"千万") && (i == 0 || !is_chinese_numeral(t[i - 1])) &&
                          after_adverb.find(t[i + 2]) != std::u32string_view::npos))
      return std::nullopt;
    const std::size_t j = chinese_run_end(t, i, spaced);
    std::u32string run;
    for (std::size_t k = i; k < j; ++k) {
      if (t[k] != ' ') run.push_back(t[k] == U'参' ? U'叁' : t[k]);
    }
    // (八五折, 七八折: a discount reads its digits one by one, 85 % and 78 % of the price.)
    const bool discount = t[j] == U'折';
    const auto pair = discount ? std::nullopt : neighbouring_digits(run);
    // 一两, 两三 have no positional reading (两 is never a digit of a place): only the range.
    auto value = pair ? parse_chinese_number(run).value_or(pair->first) : parse_chinese_number(run);
    if (!value) return std::nullopt;
    // 八一男篮, 九一八, 五四: two or three digits read one by one, with no unit, name a team, a
    // day or a movement; counts are written with units (八十一) and years have four digits.
    if (!pair && !discount && run.size() >= 2 && run.size() <= 3 &&
        run.find_first_of(U"零〇") == run.npos &&
        std::none_of(run.begin(), run.end(),
                     [](char32_t c) { return chinese_unit(c) > 0 || chinese_tens(c) > 0; }))
      return std::nullopt;
    n.value = *value;
    n.end = j;
    n.chinese = true;
    if (pair) n.vague = pair;
    // 三点五, 十五点七, 零点九: decimals in numerals; not 三点五十分, a time of day. Spaced
    // sections may space the point too (四百 点 五).
    const std::size_t point =
        t[j] == ' ' && t[after_spaces(t, j)] == U'点' ? after_spaces(t, j) : j;
    const std::size_t digits = t[point + 1] == ' ' ? after_spaces(t, point + 1) : point + 1;
    if (t[point] == U'点' && chinese_digit(t[digits]) >= 0) {
      std::size_t k = digits;
      double scale = 0.1, fraction = 0;
      while (k < t.size() && chinese_digit(t[k]) >= 0 && k - digits < 12) {
        fraction += chinese_digit(t[k++]) * scale;
        scale /= 10;
      }
      const double unit_after = chinese_unit(t[k]);
      if ((unit_after == 0 || unit_after >= 1e4) && t[k] != U'分' && t[k] != U'时') {
        n.value += fraction;
        n.end = k;
        decimal = true;
      }
    }
    // 十几万, 肆拾几亿, 一百零几万: one to nine more than the run (also spaced: 二 十 几亿).
    const std::size_t some = after_spaces(t, n.end);
    if (!decimal && t[some] == U'几' &&
        (chinese_unit(t[n.end - 1]) == 10 || chinese_digit(t[n.end - 1]) == 0)) {
      n.vague = std::make_pair(n.value + 1, n.value + 9);
      n.end = some + 1;
    }
    n.length = n.end - i;
  } else {
    return std::nullopt;
  }
  // 一千多万, 500余亿: "more than", then the multiplier; spaced Chinese sections may space
  // them (十 余 万, 五百 余万).
  const std::size_t more = n.chinese ? after_spaces(t, n.end) : n.end;
  const std::size_t more_end =
      (t[more] == U'多' || t[more] == U'余') && n.chinese ? after_spaces(t, more + 1) : more + 1;
  if ((t[more] == U'多' || t[more] == U'余') && multiplier_at(t, more_end, !n.chinese).second) {
    n.over = true;
    n.end = more_end;
  }
  // Multipliers after Arabic digits (3.34万亿, 45亿, 3千) or after a Chinese run that stopped
  // at a decimal, 多 or 几 (三点五亿, 一千多万, 十几万); plain Chinese runs include them.
  const bool chinese_suffix = decimal || n.over || n.vague;
  if (!n.chinese || chinese_suffix) {
    // "300 萬", "1,234 億": Taiwan sites space Arabic digits from the multiplier.
    if (!n.chinese && t[n.end] == ' ' && (t[n.end + 1] == U'万' || t[n.end + 1] == U'亿')) ++n.end;
    const auto [multiplier, length] = multiplier_at(t, n.end, !n.chinese && !n.vague);
    n.end += length;
    n.value *= multiplier;
    if (n.vague)
      n.vague = std::make_pair(n.vague->first * multiplier, n.vague->second * multiplier);
    if (length && !n.vague && !n.chinese) {
      continue_sections(t, n, multiplier);
      // 5百万, 3千5百万, 2千零30万: a 万 or 亿 after the smaller multiplier multiplies it all.
      if (multiplier < 1e4) {
        const auto [big, big_length] = multiplier_at(t, n.end, false);
        n.value *= big;
        n.end += big_length;
      }
    }
  }
  // 500万余亿, 十几万多亿: more than that many 亿.
  if ((t[n.end] == U'多' || t[n.end] == U'余') && big_multiplier_before(t, n.end).second) {
    const auto [big, length] = multiplier_at(t, n.end + 1, false);
    if (big >= 1e8) {
      n.over = true;
      n.value *= big;
      if (n.vague) n.vague = std::make_pair(n.vague->first * big, n.vague->second * big);
      n.end += 1 + length;
    }
  }
  if (n.chinese) n.length = n.end - i;  // 十多万 is three numerals, not a lone 十
  return n;
}

/// A number of 1-3 Arabic digits or Chinese numerals at `i`: value and index after it.
std::optional<std::pair<int, std::size_t>> small_number_at(const CodePoints& t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && j - i < 3 && (is_ascii_digit(t[j]) || is_chinese_numeral(t[j]))) ++j;
  if (j == i) return std::nullopt;
  if (is_ascii_digit(t[i])) {
    if (digit_run(t, i) != j - i) return std::nullopt;
    return std::make_pair(digits_value(t, i, j), j);
  }
  std::u32string run;
  bool has_unit = false;
  for (std::size_t k = i; k < j; ++k) {
    run.push_back(t[k]);
    has_unit = has_unit || chinese_unit(t[k]) > 0 || chinese_tens(t[k]) > 0;
  }
  // 八九年前, 三四天: adjacent digits without a unit are a vague "eight or nine", not 89.
  if (run.size() > 1 && !has_unit) return std::nullopt;
  const auto value = parse_chinese_number(run);
  // 万亿, 亿万: three characters can name 10^12, which is no small count and overflows int.
  if (!value || *value < 0 || *value > 99999) return std::nullopt;
  return std::make_pair(static_cast<int>(*value), j);
}

std::optional<double> parse_chinese_number(std::u32string_view written) {
  if (written.empty()) return std::nullopt;
  // 廿, 卅, 卌 are 二十, 三十, 四十 in one character (廿五日).
  std::u32string expanded;
  bool has_tens = false;
  for (char32_t c : written) {
    if (const int tens = chinese_tens(c)) {
      expanded.push_back(U"零一二三四"[tens]);
      expanded.push_back(U'十');
      has_tens = true;
    } else {
      expanded.push_back(c);
    }
  }
  const std::u32string_view run = has_tens ? std::u32string_view(expanded) : written;
  bool has_unit = false;
  for (char32_t c : run) has_unit = has_unit || chinese_unit(c) > 0;
  if (!has_unit) {
    // Positional digits: 二〇二五. 两, 俩 and 仨 are never positional (两两 = in pairs), and a
    // run longer than a phone number is no figure.
    if (run.size() > 1 && run.find_first_of(U"两俩仨") != std::u32string_view::npos)
      return std::nullopt;
    if (run.size() > 12) return std::nullopt;
    double v = 0;
    for (char32_t c : run) {
      int d = chinese_digit(c);
      if (d < 0) return std::nullopt;
      v = v * 10 + d;
    }
    return v;
  }
  // Below 万: section (千百十) plus the pending digit. 万, 亿, 兆 multiply everything since the
  // last larger one, so 三万亿 = 3e12 but 五兆六十二亿 = 5e12 + 6.2e9: a stack of big groups.
  std::vector<std::pair<double, double>> groups;  // value, big unit
  double section = 0, number = 0;
  bool pending_digit = false;
  double last_unit = 0;  // the unit just before the current digit; 0 after 零
  for (char32_t c : run) {
    int d = chinese_digit(c);
    if (d == 0) {
      number = 0;  // 一千零十二: 零 holds a place, 十 after it is still 1×10
      pending_digit = false;
      last_unit = 0;
      continue;
    }
    if (d > 0) {
      number = d;
      pending_digit = true;
      continue;
    }
    const double unit = chinese_unit(c);
    if (unit >= 1e4) {
      double value = section + number;
      if (value == 0 && !groups.empty() && groups.back().second < 1e12) {
        // 四万万 = 4e8: a big unit right after another multiplies it.
        groups.back().first *= unit;
        groups.back().second *= unit;
      } else {
        while (!groups.empty() && groups.back().second < unit) {
          value += groups.back().first;
          groups.pop_back();
        }
        groups.emplace_back(value * unit, unit);
      }
      section = number = 0;
    } else {
      section += (pending_digit ? number : 1) * unit;
      number = 0;
    }
    pending_digit = false;
    last_unit = unit;
  }
  // 两千四百五 = 2450, 一万三 = 13000: a last digit straight after a unit counts in the next
  // smaller unit (not after 零: 一千零五 = 1005).
  if (pending_digit && last_unit >= 100) number *= last_unit / 10;
  double result = section + number;
  for (const auto& group : groups) result += group.first;
  return result;
}

}  // namespace suyuan::extract
