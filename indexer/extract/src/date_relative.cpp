/// @file date_relative.cpp
/// @brief Dates named relative to the reference date: 今年, 去年5月, 昨天, 上周三, 近三年,
/// 5天前, 上半年, 年底, 夏季.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "calendars.h"
#include "date_parts.h"
#include "numerals.h"
#include "suyuan/core/civil_date.h"

namespace suyuan::extract::dates {

namespace {

/// A unit a span is counted in (过去十年, 三个月来): months or days, and the most of them read.
struct SpanUnit {
  std::u32string_view word;
  int months, days, most;
};
constexpr SpanUnit span_units[] = {
    {U"个季度", 3, 0, 40}, {U"季度", 3, 0, 40},   {U"个月", 1, 0, 120},
    {U"年", 12, 0, 100},   {U"个星期", 0, 7, 60}, {U"星期", 0, 7, 60},
    {U"周", 0, 7, 60},     {U"天", 0, 1, 400},    {U"日", 0, 1, 400}};

const SpanUnit* span_unit_at(const CodePoints& t, std::size_t i) {
  for (const auto& u : span_units)
    if (t.at(i, u.word)) return &u;
  return nullptr;
}

/// The day `count` units (and `extra_months`) away from the reference date, back when `sign`
/// is -1 (a month's day is kept up to the 28th).
std::string counted_from_reference(const ReferenceDate& ref, const SpanUnit& unit, int count,
                                   int extra_months, int sign) {
  if (unit.months) {
    const int month = ref.year * 12 + (ref.month - 1) + sign * (count * unit.months + extra_months);
    return format_date(month / 12, month % 12 + 1, std::min(ref.day, 28));
  }
  return iso_date_of_days(reference_day(ref) + sign * count * unit.days);
}

}  // namespace
/// Decades (90年代, 上世纪九十年代), months around the reference (本月十日, 上个月), rolling
/// spans from it (近三年, 过去的六个月, 未来五年) and points back from it (5天前, 3年前): the end
/// of the expression, or 0.
std::size_t relative_period(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                            const ReferenceDate& ref, DateFigure& d) {
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
      {U"本月", 0}, {U"这个月", 0}, {U"上个月", -1}, {U"下个月", 1}, {U"上月", -1}, {U"下月", 1}};
  for (const auto& [word, offset] : months) {
    if (!t.at(i, word)) continue;
    int y = ref.year, m = ref.month + offset;
    if (m < 1) m += 12, --y;
    if (m > 12) m -= 12, ++y;
    d.relative = true;
    return after_month(t, i + word.size(), y, m, d);
  }
  // 过去十年, 近三年, 前两周 (back to the reference date) and 未来五年, 今后三个月, 后两年 (on
  // from it): a rolling span of N units, words from dates.json.
  for (const auto& word : v.rolling_words) {
    if (!t.at(i, word.surface)) continue;
    // 上三年级, 加上两天: a one-character word counts only where a clause or phrase starts.
    const bool ideograph_before = i > 0 && t[i - 1] >= 0x3400 && t[i - 1] < 0xA000;
    if (word.surface.size() == 1 &&
        v.rolling_clause_start_words.find(word.surface[0]) != std::u32string::npos &&
        ideograph_before && v.rolling_clause_openers.find(t[i - 1]) == std::u32string::npos)
      break;
    // 马赛附近8日: a word that ends with the one-character span word (附近) is no span.
    if (word.surface.size() == 1 &&
        std::any_of(v.rolling_not_after.begin(), v.rolling_not_after.end(),
                    [&](const std::u32string& w) { return t.ends_at(i + 1, w); }))
      break;
    const auto n = small_number_at(t, i + word.surface.size());
    if (!n || n->first <= 0) break;
    const SpanUnit* unit = span_unit_at(t, n->second);
    if (!unit || n->first > unit->most) break;
    const auto& refused = word.refused_units;
    if (std::find(refused.begin(), refused.end(), unit->word) != refused.end()) break;
    std::size_t end = n->second + unit->word.size();
    // 近一年半, 过去两年半: and a half year more (a half of a smaller unit is left to the
    // figures: 两天半 is a duration).
    int half_months = 0;
    if (t[end] == U'半') {
      if (unit->months != 12) break;
      half_months = 6, ++end;
    }
    // 近三十年前 is "nearly thirty years ago" (the N年前 form below); 三年级, 90年代 no span.
    if (t[end] == U'前' || v.rolling_not_before.find(t[end]) != std::u32string::npos) break;
    const std::string other =
        counted_from_reference(ref, *unit, n->first, half_months, word.forward ? 1 : -1);
    const std::string now = format_date(ref.year, ref.month, ref.day);
    d.date = word.forward ? now : other;
    d.date_end = word.forward ? other : now;
    d.relative = true;
    return end;
  }
  // 十年来, 五年以来, 十年间, 三个月来: the N units back to the reference date, as 过去十年
  // (10多年来, more than ten, has no start to give). Only where a clause starts: 建交75年来
  // counts the years of what was founded, a figure.
  const bool clause_starts = i == 0 || !(t[i - 1] >= 0x3400 && t[i - 1] < 0xA000) ||
                             v.rolling_clause_openers.find(t[i - 1]) != std::u32string::npos;
  if (auto n = small_number_at(t, i); n && n->first > 0 && clause_starts)
    if (const SpanUnit* unit = span_unit_at(t, n->second); unit && n->first <= unit->most) {
      const std::size_t after = n->second + unit->word.size();
      const std::size_t suffix = t.at(after, U"以来")                     ? 2
                                 : t[after] == U'来' || t[after] == U'间' ? 1
                                                                          : 0;
      if (suffix) {
        d.date = counted_from_reference(ref, *unit, n->first, 0, -1);
        d.date_end = format_date(ref.year, ref.month, ref.day);
        d.relative = true;
        d.relation = DateRelation::SINCE;
        return after + suffix;
      }
    }
  // N天前, N周前, N个月前, N年前: the day, week, month or year that far back.
  if (auto n = small_number_at(t, i); n && n->first > 0) {
    std::size_t k = n->second;
    if ((t.at(k, U"天前") || t.at(k, U"日前")) && n->first <= 400) {
      d.date = iso_date_of_days(reference_day(ref) - n->first);
      d.relative = true;
      return k + 2;
    }
    if ((t.at(k, U"周前") || t.at(k, U"星期前")) && n->first <= 60) {
      d.date = iso_date_of_days(reference_day(ref) - 7L * n->first);
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

/// 今年, 去年5月, 今年春节, 昨天, 明日: years and days named relative to the reference date.
std::size_t relative_word_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                               const ReferenceDate& ref, DateFigure& d) {
  std::size_t end = 0;
  struct Relative {
    std::u32string_view word;
    int year_offset;
    bool year_only;
  };
  const Relative years[] = {{U"今年", 0, true},  {U"去年", -1, true},
                            {U"明年", 1, true},  {U"前年", -2, true},
                            {U"今夏", 0, false}, {v.previous_year_word, -1, true}};
  for (const auto& r : years) {
    if (r.word.empty() || !t.at(i, r.word)) continue;
    if (r.word == v.previous_year_word && i > 0 &&
        v.previous_year_blockers.find(t[i - 1]) != std::u32string::npos)
      continue;
    const int y = ref.year + r.year_offset;
    if (const std::size_t after = r.year_only ? holiday_at(t, i + 2, y, v, ref, d) : 0) {
      end = after;                                  // 今年春节, 去年中秋
      if (d.date.empty()) d.date = format_date(y);  // 今年七夕档: no known days, the year
    } else if (const std::size_t lunar = r.year_only ? lunar_date_at(t, i + 2, y, ref, d) : 0) {
      end = lunar;  // 明年正月十五
    } else if (r.word == U"今夏") {
      d.date = format_date(y, 6);
      d.date_end = format_date(y, 8);
      end = i + 2;
    } else if (const std::size_t run = digit_run(t, i + 2);
               (run == 1 || run == 2) && (end = month_range(t, i + 2, run, y, d)) != 0) {
      // 今年1至5月, 去年1—2月: months of that year.
    } else if (auto month = month_at(t, t[i + 2] == ' ' ? i + 3 : i + 2)) {
      // 去年5月, 明年四月, 今年 1 月: a month of that year.
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
    if (const auto day = relative_day_at(t, i)) {
      d.date = iso_date_of_days(reference_day(ref) + day->first);
      d.relative = true;
      end = day->second;
    }
  }
  return end;
}

std::optional<std::pair<int, std::size_t>> relative_day_at(const CodePoints& t, std::size_t i) {
  // A part of the day names its day (昨晚, 今晨, 明午); 昨 alone is yesterday (警方昨表示),
  // tried last.
  static const std::pair<std::u32string_view, int> days[] = {
      {U"大前天", -3}, {U"大后天", 3}, {U"前天", -2}, {U"后天", 2}, {U"昨天", -1}, {U"昨日", -1},
      {U"今天", 0},    {U"今日", 0},   {U"明天", 1},  {U"明日", 1}, {U"昨晚", -1}, {U"昨夜", -1},
      {U"昨晨", -1},   {U"昨午", -1},  {U"今晚", 0},  {U"今晨", 0}, {U"今早", 0},  {U"明晚", 1},
      {U"明早", 1},    {U"明晨", 1},   {U"明午", 1},  {U"昨", -1}};
  for (const auto& [word, offset] : days)
    if (t.at(i, word)) return std::pair{offset, i + word.size()};
  return std::nullopt;
}

/// 夏季, 近日, 上周三, 周五, 上半年, 三季度, 年底: periods around the reference date.
std::size_t reference_period_date(const CodePoints& t, std::size_t i, const DateVocabulary& v,
                                  const ReferenceDate& ref, DateFigure& d) {
  // Every word below starts with one of these (or a numeral: 三季度): most positions start none,
  // and this runs at each of them.
  static constexpr std::u32string_view first_characters =
      U"春夏秋冬目如当迄至眼近日最上下本这星礼周第前年月";
  if (first_characters.find(t[i]) == std::u32string_view::npos && !is_chinese_numeral(t[i]))
    return 0;
  std::size_t end = 0;
  if (end == 0) {
    // Seasons alone belong to the reference year; recent-past words to the days before it.
    static const std::pair<std::u32string_view, int> seasons[] = {
        {U"春季", 3}, {U"夏季", 6}, {U"秋季", 9}, {U"冬季", 12}};
    // (世界大学生夏季运动会, 夏季达沃斯: a season before one of season_name_heads is a name's.)
    const auto season_in_name = [&] {
      return std::any_of(v.season_name_heads.begin(), v.season_name_heads.end(),
                         [&](const std::u32string& head) { return t.at(i + 2, head); });
    };
    for (const auto& [word, first] : seasons) {
      if (!t.at(i, word) || season_in_name()) continue;
      d.date = format_date(ref.year, first);
      d.date_end = first == 12 ? format_date(ref.year + 1, 2) : format_date(ref.year, first + 2);
      d.relative = true;
      end = i + 2;
    }
    // 目前, 如今: the figure holds as of the reference date (an as-of period, never an event).
    static const std::u32string_view now[] = {U"目前", U"如今", U"当前", U"迄今", U"至今", U"眼下"};
    for (auto word : now) {
      if (!t.at(i, word)) continue;
      // 截至今年2月底, 至今日: 至 and a relative word of its own (今年, 今日), not 至今.
      if (word.back() == U'今' &&
          std::u32string_view(U"年日天晚晨早").find(t[i + 2]) != std::u32string_view::npos)
        continue;
      d.date = format_date(ref.year, ref.month, ref.day);
      d.relation = DateRelation::UNTIL;
      d.relative = true;
      end = i + word.size();
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
    // The reference day and its weekday (0 = Monday: 1970-01-01 was a Thursday), computed only
    // when a week word stands here: most positions are none, and the day costs a formatting.
    long today = 0, weekday = 0;
    bool day_known = false;
    const auto know_day = [&] {
      if (day_known) return;
      today = reference_day(ref);
      weekday = ((today % 7) + 7 + 3) % 7;
      day_known = true;
    };
    for (const auto& [word, offset] : weeks) {
      if (end != 0 || !t.at(i, word)) continue;
      const std::size_t after = i + word.size();
      if (word.find(U'个') != std::u32string_view::npos && weekday_at(t, after) < 0 &&
          !(t[after] == U'末' && t[after - 1] == U'周'))
        continue;
      know_day();
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
    // (每周五 is every Friday; after a number the week is counted, 一周五天 or 两周三次: five
    // days a week.)
    for (std::u32string_view word : {U"星期", U"礼拜", U"周"}) {
      if (end != 0 || !t.at(i, word) ||
          (i > 0 && (t[i - 1] == U'每' || t[i - 1] == U'个' || is_ascii_digit(t[i - 1]) ||
                     is_chinese_numeral(t[i - 1]))))
        continue;
      if (const int day = weekday_at(t, i + word.size()); day >= 0) {
        know_day();
        d.date = iso_date_of_days(today - weekday + day);
        d.relative = true;
        end = i + word.size() + 1;
      }
    }
    // 上季度, 上一季度, 下个季度, 本季度: the quarter before, after or of the reference date
    // (not the first quarter: 上一季度 is no 一季度).
    static const std::pair<std::u32string_view, int> quarters[] = {
        {U"上一季度", -1}, {U"上个季度", -1}, {U"上季度", -1},  {U"下一季度", 1}, {U"下个季度", 1},
        {U"下季度", 1},    {U"本季度", 0},    {U"这一季度", 0}, {U"这个季度", 0}};
    for (const auto& [word, offset] : quarters) {
      if (end != 0 || !t.at(i, word)) continue;
      const int quarter = ref.year * 4 + (ref.month - 1) / 3 + offset;
      d.date = format_date(quarter / 4, quarter % 4 * 3 + 1);
      d.date_end = format_date(quarter / 4, quarter % 4 * 3 + 3);
      d.relative = true;
      end = i + word.size();
    }
    // 上半年, 第三季度, 三季度 alone: parts of the reference year.
    const bool after_number =
        i > 0 && (is_ascii_digit(t[i - 1]) || is_chinese_numeral(t[i - 1]) || t[i - 1] == U'第' ||
                  t[i - 1] == U'每' || t[i - 1] == U'个');
    // 前三季度, 前两个月 alone: the reference year so far. (四季度假酒店 is a hotel.)
    // Taiwan's 第2季 with an Arabic digit is a quarter too, where a show's season is written
    // 第二季 (《非遗里的中国》第二季) and 》第4季 follows its title.
    const bool arabic_quarter = t[i] == U'第' && t[i + 1] >= U'1' && t[i + 1] <= U'4' &&
                                t[i + 2] == U'季' && (i == 0 || t[i - 1] != U'》');
    // 第一季營收, 第三季财报: before a word of a company's accounts, 第一季 is a fiscal quarter.
    const bool fiscal_quarter =
        t[i] == U'第' &&
        std::u32string_view(U"一二三四").find(t[i + 1]) != std::u32string_view::npos &&
        t[i + 2] == U'季' &&
        std::any_of(v.quarter_accounts.begin(), v.quarter_accounts.end(),
                    [&](const std::u32string& w) { return t.at(i + 3, w); });
    const bool quarter = ((t[i] == U'第' && t.at(i + 2, U"季度")) || arabic_quarter ||
                          fiscal_quarter || (is_chinese_numeral(t[i]) && t.at(i + 1, U"季度"))) &&
                         !t.at(i + (t[i] == U'第' ? 2 : 1), U"季度假");
    const bool year_so_far = t[i] == U'前' && t[i + 1] != U'半';
    if (end == 0 && !after_number &&
        (t.at(i, U"上半年") || t.at(i, U"下半年") || quarter || year_so_far)) {
      end = i + year_part(t, i, ref.year, d);
      d.relative = true;
    }
    // 年底, 年初, 月底, 月初 alone: of the reference year or month. Not after a number or
    // 每/这/该 (每年底 is every year's end, 三个月底 a count).
    static constexpr std::u32string_view not_after = U"每这该全当那个半数";
    const bool lone =
        !after_number && (i == 0 || not_after.find(t[i - 1]) == std::u32string_view::npos);
    const bool edge = t[i + 1] == U'底' || t[i + 1] == U'末' || t[i + 1] == U'初';
    if (end == 0 && lone && edge && t[i] == U'年') {
      end = i + 1 + year_part(t, i + 1, ref.year, d);
      d.relative = true;
    } else if (end == 0 && lone && edge && t[i] == U'月') {
      end = i + 1 + month_part(t, i + 1, ref.year, ref.month, d);
      d.relative = true;
    }
  }
  return end;
}

}  // namespace suyuan::extract::dates
