/// @file recognizers.h
/// @brief Figures (numbers, percentages, money, quantities, ratios, ranges, qualifiers) and
/// dates (absolute, partial, relative) in one sentence of normalized text.
#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "numerals.h"
#include "suyuan/extract/claim.h"
#include "suyuan/normalize/offset_map.h"

namespace suyuan::extract {

/// What a unit of units.tsv makes of the number before it; MEASURE is a measure word that
/// counts without being a unit of its own (个, 次 …).
enum class UnitKind { MONEY, QUANTITY, PERCENT, RATIO, MEASURE };

/// Qualifier words and units, from data/extract/qualifiers.json and units.tsv.
struct FigureVocabulary {
  std::vector<std::pair<std::u32string, Approx>> qualifiers_prefix;  ///< longest first
  std::vector<std::pair<std::u32string, Approx>> qualifiers_suffix;  ///< longest first
  struct Unit {
    std::u32string surface;
    UnitKind kind = UnitKind::QUANTITY;
    std::string unit;           ///< ISO currency or normalized unit
    std::u32string not_before;  ///< 年 is no unit before 薪 or 度 (年薪, 年度)
  };
  std::vector<Unit> units;  ///< longest first
  /// Words ending in a lone Chinese numeral (再三, 统一, 之一): that numeral starts no figure.
  std::vector<std::u32string> words_ending_in_a_numeral;
  std::vector<std::u32string> words_opening_with_a_numeral;
  /// Words ending in a prefix qualifier (附近, 节约, 到达): no qualifier of the figure after them.
  std::vector<std::u32string> words_ending_in_a_qualifier;
  /// Words after which a 万, 亿 or 万亿 without a numeral is one of them (突破万亿元).
  std::vector<std::u32string> bare_magnitude_after;
  /// Words before a figure that put it below zero (零下41度 = -41 ℃), and the word after such a
  /// figure that makes it a temperature (度, the unit then written `below_zero_unit`).
  std::vector<std::u32string> below_zero;
  std::u32string below_zero_degree;
  std::string below_zero_unit;
  /// A counting word that multiplies the number before it (打 = a dozen: 两打 = 24).
  struct Multiplier {
    std::u32string surface;
    double factor = 1;
    std::u32string not_before;  ///< 一打开, 三打听 are verbs
  };
  std::vector<Multiplier> multipliers;  ///< longest first
  /// The parts of a duration written like a clock (2小时06分26秒): surface and its seconds;
  /// or of a calendar duration (1年8个月): surface and its months.
  struct DurationPart {
    std::u32string surface;
    double size = 1;
  };
  std::vector<DurationPart> duration_parts;  ///< longest first
  std::string duration_unit;                 ///< the unit of the figure (the part of 1 s)
  std::vector<DurationPart> calendar_parts;  ///< 年, 个月; longest first
  std::string calendar_unit;                 ///< the part of one month (个月)
  Initials duration_part_initials;           ///< of both kinds of part
  /// Scores (scores.json): separators that always make one (比), colons that need a context
  /// word nearby, and words before that make a ratio of it instead.
  std::vector<std::u32string> score_separators, score_colons, score_context, score_ratio_context;
  /// Words of a competition ratio (竞争比): the pair after them is a score of any size.
  std::vector<std::u32string> score_competition;
  std::size_t score_context_within = 0;
  double score_max_points = 0;
  /// A currency's sub-unit that may follow an amount in it (3元5角2分, 5块2毛, 两美元又三美分).
  struct Subunit {
    std::u32string surface;
    std::string currency;       ///< ISO code of the main unit
    double divisor = 1;         ///< sub-units per main unit: 10 for 角, 100 for 分
    std::u32string not_before;  ///< 5分钟 is a time
  };
  std::vector<Subunit> subunits;  ///< longest first
  /// Units whose decimals may follow them as a bare numeral, as spoken (2米2, 1米75, 三块五).
  std::vector<std::u32string> spoken_decimal_units;
  /// Units of time that 半 halves without a numeral (半年, 半个月, 半小时).
  std::vector<std::u32string> halvable_units;
  static FigureVocabulary load(const std::filesystem::path& data_dir);
};

/// The word of a vocabulary entry: a (word, value) pair's first, or a struct's surface.
template <typename Value>
const std::u32string& surface_of(const std::pair<std::u32string, Value>& entry) {
  return entry.first;
}
template <typename Entry>
const std::u32string& surface_of(const Entry& entry) {
  return entry.surface;
}

/// Orders a vocabulary so that the longest word is tried first (大于等于 before 大于).
template <typename Entries>
void sort_longest_first(Entries& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return surface_of(a).size() > surface_of(b).size();
  });
}

/// A recognised figure, code point indices into the sentence. [begin, end) covers qualifiers
/// and units ("约45亿至55亿美元"); the inner spans let evaluations and callers that want only
/// the figure ("45亿至55亿美元") or only the numerals ("45亿至55亿") ignore them.
struct Figure {
  std::size_t begin = 0, end = 0;
  std::size_t value_begin = 0, value_end = 0;  ///< without qualifier words
  std::size_t number_begin = 0, number_end = 0;  ///< numerals only: no unit, %, 百分之, 个百分点
  ValueKind kind = ValueKind::NUMBER;            ///< never DATE
  std::optional<double> value, min, max;
  std::optional<double> against;  ///< a score's second number
  /// A two-sided comparison's bound that is not part of the range (大于10小于20: both); the
  /// bounds of 45亿至55亿 and 不小于20不大于50 are inclusive.
  bool min_exclusive = false, max_exclusive = false;
  std::string unit;      ///< normalized unit ("percent", "TFLOPS", "片") or empty
  std::string currency;  ///< ISO code for money
  /// The measure word after the numerals (700场, 4所), which is no unit and not in the span.
  bool measured = false;
  std::size_t measure_end = 0;  ///< where that measure word ends, when `measured`
  std::string measure;          ///< that measure word, normalized (名, 次), when it counts
  Approx approx = Approx::EXACT;
};

/// The resolved value of a figure, as mentions and claims report it.
inline FigureValue figure_of(const Figure& f) {
  FigureValue v;
  v.value = f.value;
  v.min = f.min;
  v.max = f.max;
  v.against = f.against;
  v.min_exclusive = f.min_exclusive;
  v.max_exclusive = f.max_exclusive;
  v.unit = f.unit;
  v.currency = f.currency;
  v.measure = f.measure;
  v.approx = f.approx;
  return v;
}

/// A recognised date; `date`/`date_end` keep the granularity ("2025", "2025-07", "2025-07-15").
struct DateFigure {
  std::size_t begin = 0, end = 0;
  std::string date;
  std::string date_end;
  std::string time;                            ///< "16:51" when given
  bool relative = false;                       ///< resolved against the reference date
  DateRelation relation = DateRelation::NONE;  ///< 以前, 之后, 以来, 截至
  Calendar calendar = Calendar::GREGORIAN;  ///< as written: 农历 → CHINESE, 民国 → MINGUO
  std::string holiday;  ///< the holiday's first name when the text names one (中秋 → 中秋节)
  bool five_year_plan = false;  ///< “十四五”期间: a plan's years, a period of no event
  /// No year to resolve it (an undated article): `date` is empty and `partial`/`partial_end`
  /// hold the EDTF form ("XXXX-03-25"), or `unresolved` the relative words as written (昨天);
  /// `unresolved_day` says those name one day (昨天, 本周一; not 今年, 上周).
  std::string partial, partial_end, unresolved;
  bool unresolved_day = false;
  /// Whether the date says when at all: a resolved date, a partial one or relative words.
  bool any() const { return !date.empty() || !partial.empty() || !unresolved.empty(); }
  /// One day: 2025-07-15, XXXX-03-25, 昨天.
  bool one_day() const {
    return date_end.empty() && partial_end.empty() &&
           (date.size() == 10 || partial.size() == 10 || unresolved_day);
  }
};

/// Relation words and holidays, from data/extract/dates.json.
struct DateVocabulary {
  std::vector<std::pair<std::u32string, DateRelation>> relation_prefixes;  ///< longest first
  std::vector<std::pair<std::u32string, DateRelation>> relation_suffixes;  ///< longest first
  /// One-character suffixes (前, 后, 起) → characters after which they start a word instead
  /// (前景, 后续, 起诉); digits and numerals always block (2025年前三季度).
  std::map<char32_t, std::u32string> short_suffix_blockers;
  /// 上年: the year before the reference year (上年末, 比上年), like 去年, except after one of
  /// `previous_year_blockers`, with which 上 ends a word (马上年底, 以上年龄).
  std::u32string previous_year_word, previous_year_blockers;
  /// 营收, 财报: words of a company's accounts after which 第一季 is a fiscal quarter.
  std::vector<std::u32string> quarter_accounts;
  /// How a holiday's date is computed: a fixed Gregorian or lunar day, the eve of the lunar
  /// new year, the nth weekday of a month, or the Qingming solar term.
  enum class HolidayRule { GREGORIAN, CHINESE, CHINESE_EVE, NTH_WEEKDAY, QINGMING };
  struct Holiday {
    std::u32string surface;
    std::string name;  ///< the first of its names
    HolidayRule rule = HolidayRule::GREGORIAN;
    int month = 0, day = 0, nth = 0, weekday = 0;
    bool also_a_given_name = false;  ///< 国庆: not the holiday right after a surname (高国庆)
    /// The public break around the holiday: its first and last day, counted from the holiday's
    /// day (国庆: 0 to 6), when it has one.
    std::optional<std::pair<int, int>> break_days;
    bool break_only = false;  ///< 五一, 十一: a name of the holiday only before a break suffix
    bool always_a_break = false;  ///< 春运: a season whose name alone names its days
  };
  /// A word that counts a span back from the reference date (近, 过去, 前) or forward (未来,
  /// 今后, 后), and the unit words it does not take (前两个月 is the year so far).
  struct RollingWord {
    std::u32string surface;
    bool forward = false;
    std::vector<std::u32string> refused_units;
  };
  std::vector<RollingWord> rolling_words;         ///< longest first
  std::u32string rolling_clause_start_words;      ///< 前, 后, 上, 下: only at a clause's start
  std::u32string rolling_clause_openers;          ///< 在, 于 …: what may stand before them
  std::u32string rolling_not_before;              ///< 级 of 三年级: no span before these
  std::vector<std::u32string> rolling_not_after;  ///< 附近: 近 ending one of these is no span
  Initials rolling_initials;                      ///< where find_dates looks for a rolling span
  std::u32string surnames;                        ///< common surnames, for also_a_given_name
  std::vector<std::u32string> numbered_labels;    ///< 线 of 2号线: N号 labels a thing, no day
  std::vector<Holiday> holidays;                  ///< one per name, longest first
  std::vector<std::u32string> break_suffixes;     ///< 假期, 黄金周, 档: the holiday's break
  std::vector<std::u32string> break_first_day, break_last_day;  ///< 首日, 最后一天 of a break
  std::vector<std::u32string> break_anaphors;  ///< 假期期间, 节日期间: the break named before
  std::vector<std::u32string> season_organisation_heads;  ///< 工作专班 of 春运工作专班: a name
  Initials holiday_initials;                              ///< where find_dates looks for a holiday
  /// A reign era (康熙, 永乐, 昭和): its first and last year in the Gregorian count.
  struct ReignEra {
    std::u32string surface;
    int first_year = 0, last_year = 0;  ///< last_year 0: the era has not ended
  };
  std::vector<ReignEra> reign_eras;  ///< by first character, longest first within it
  /// First character → [begin, end) of its eras in reign_eras (中 of 中和 is a common
  /// character: only its own eras are tried there).
  std::unordered_map<char32_t, std::pair<std::size_t, std::size_t>> reign_era_ranges;
  Initials reign_era_seconds;  ///< second characters of the eras' names, a cheap test first
  /// The words around an undated article's dateline (讯 11月6日上午消息): before it, after it,
  /// and between it and either (北京时间, 上午).
  std::vector<std::u32string> dateline_before, dateline_after, dateline_between;
  /// 同日, 当天 opening a clause: the day the article last named (same_day in dates.json).
  std::vector<std::u32string> same_day_words;
  std::map<std::u32string, std::u32string> same_day_not_before;  ///< 当日本: no day
  /// 今日俄罗斯, 明日之后: names that start with a date word and date nothing.
  std::vector<std::u32string> date_word_names;
  Initials date_word_name_initials;
  Initials reign_era_initials;  ///< where find_dates looks for an era's year
  /// 运动会, 达沃斯: after a season word (夏季运动会) they make it part of a name, no time.
  std::vector<std::u32string> season_name_heads;
  /// 十八大, 改革开放: events a span is counted from (before 以来), and the month each began.
  std::vector<std::pair<std::u32string, std::string>> epochs;
  Initials epoch_initials;
  /// The words after a five-year plan's number (“十四五”期间, 十三五末) that make it a time, and
  /// which of its years they name.
  enum class PlanPart { YEARS, FIRST_YEAR, LAST_YEAR, SINCE_FIRST_YEAR };
  std::vector<std::pair<std::u32string, PlanPart>> plan_parts;  ///< longest first
  static DateVocabulary load(const std::filesystem::path& data_dir);
};

/// Reference date for relative expressions.
struct ReferenceDate {
  int year = 0, month = 0, day = 0;  ///< 0 when unknown
  bool known() const { return year > 0; }
  static ReferenceDate parse(const std::string& iso);  ///< "YYYY-MM-DD…" or empty
};

/// What earlier sentences of the article said about years: the last year written (any date
/// with a year) and the last full date's year and month (2018年11月6日, 2018年11月).
struct DateContext {
  int year = 0;
  int dated_year = 0, dated_month = 0;
  std::size_t sentences = 0;  ///< sentences read so far
  /// An undated article's dateline (0: none): the day the days relative to the article (今日,
  /// 昨天) are counted from, in the year the article gives it.
  int dateline_month = 0, dateline_day = 0;
  /// The last day named (one day: 2024-07-23, XXXX-07-23), which 同日 and 当天 refer to.
  std::string last_day, last_partial_day;
  /// The last holiday break named (国庆假期: its days and the holiday), which 假期期间 and
  /// 节日期间 refer to.
  DateFigure last_break;
};

/// Dates in the sentence. `context` carries the years written so far across sentences. Without a
/// reference date, a month or day whose year nothing gives comes out partial (XXXX-03-25) and
/// relative words unresolved (DateFigure::partial, unresolved).
std::vector<DateFigure> find_dates(const CodePoints& text, const DateVocabulary& vocabulary,
                                   const ReferenceDate& reference, DateContext& context,
                                   Claimed& claimed);

/// Claims the code points of short titles in book-title marks (《明日之后》, 《2025年报告》):
/// a date or figure inside a title names the work, it is not a statement of the text.
void claim_titles(const CodePoints& text, Claimed& claimed);
/// The end of the 《title》 that opens at `open` (at most 40 characters, no 《 inside), or 0.
std::size_t title_end(const CodePoints& text, std::size_t open);

/// Claims the code points of web addresses (http://…, https://…, www.…): the digits of a path or
/// a percent escape (%20, %2D) are no figure and no date. Sentence breaks fall inside URLs (after
/// the ? of a query): `url_continues` says the previous sentence ended in a URL right before this
/// one, which then opens with the rest of it. Returns whether a URL runs to this sentence's end.
bool claim_urls(const CodePoints& text, Claimed& claimed, bool url_continues);

/// Width folding made the Chinese comma "，" an ASCII ",": gives it back its meaning from the
/// raw bytes, except inside a number written in thousands groups (3，050，352.00, ９，９９９:
/// every group after the first of three digits), so that "3，5，7个" stays three numbers while
/// "1,234" and "3，050，352" are one — unless a currency sign before the number and a currency
/// unit after it make it two amounts ($20，300美圆). Run before find_figures on every sentence.
void restore_chinese_commas(CodePoints& text, const OffsetMap& offsets, std::string_view raw,
                            const FigureVocabulary& vocabulary);

/// Taiwan print writes the zero of positional numerals as a circle: 二○○四年 (U+25CB WHITE
/// CIRCLE, also ◯ U+25EF). Reads a circle as 〇 where it stands inside a run of Chinese digits
/// with at least one of 一 to 九, so that 二○○四年十月 is October 2004, not "four years and ten
/// months"; a circle on its own (王○○, a bullet ○) stays a symbol. Run before find_figures.
void read_circle_zeros(CodePoints& text);

/// The currency column of units.tsv for 元 and 块 (and their subunits): no currency of its own
/// but the one of the place the article was written (LocalCurrency).
inline constexpr std::string_view LOCAL_CURRENCY = "local";

/// Figures in the sentence, outside claimed code points. A bare 元 or 块 is money in
/// `local_currency`, the ISO code of the article's own currency.
std::vector<Figure> find_figures(const CodePoints& text, const FigureVocabulary& vocabulary,
                                 Claimed& claimed, std::string_view local_currency = "CNY");

}  // namespace suyuan::extract
