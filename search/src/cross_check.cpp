/// @file cross_check.cpp
/// @brief Claim grouping by frame (subject, metric, period, scope, modality, unit) and
/// agree/conflict/single-source labelling by pairwise comparison of articles.
#include "suyuan/search/cross_check.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan {
namespace {

std::string mapped(const std::map<std::string, std::string>& table, const std::string& key) {
  auto it = table.find(key);
  return it == table.end() ? key : it->second;
}

bool listed(const std::vector<std::string>& list, std::string_view x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

bool starts_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return !w.empty() && text.substr(0, w.size()) == w;
  });
}

bool ends_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return !w.empty() && text.size() >= w.size() && text.substr(text.size() - w.size()) == w;
  });
}

bool contains_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return !w.empty() && text.find(w) != std::string_view::npos;
  });
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"〇零一二两三四五六七八九十百千").find(c) !=
         std::u32string_view::npos;
}

bool has_digit(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();)
    if (is_digit(utf8::decode(text, pos))) return true;
  return false;
}

/// Whether a phrase opens or closes a quote or bracket it does not also close or open: a piece
/// cut out of a longer clause (十三五”末).
bool unbalanced_brackets(std::string_view text) {
  static constexpr std::u32string_view opening = U"“‘《「『（(【〈", closing = U"”’》」』）)】〉";
  std::vector<char32_t> open;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = utf8::decode(text, pos);
    if (opening.find(c) != std::u32string_view::npos) {
      open.push_back(closing[opening.find(c)]);
    } else if (closing.find(c) != std::u32string_view::npos) {
      if (open.empty() || open.back() != c) return true;
      open.pop_back();
    }
  }
  return !open.empty();
}

/// Whether period words say the year: written (2022年, 二〇二二年, 民国一百年, 2024-06) or relative
/// to publication (今年, 去年). 二季度 and 前两个月 do not: their year is the publication's,
/// guessed.
bool names_year(std::string_view text, const std::vector<std::string>& year_words) {
  if (contains_any(text, year_words)) return true;
  char32_t previous = 0;
  std::size_t digits = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = utf8::decode(text, pos);
    digits = is_digit(c) ? digits + 1 : 0;
    if (digits == 4) return true;
    if (c == U'年' && (is_digit(previous) || is_chinese_numeral(previous))) return true;
    previous = c;
  }
  return false;
}

/// Whether the figure's written number continues a longer one to its left: a digit and a
/// thousands separator right before it (3，050，352.00万元 read from 352.00).
bool cut_from_longer_number(const Claim& claim) {
  if (claim.value_raw.begin < claim.sentence_raw.begin) return false;
  const std::size_t at = claim.value_raw.begin - claim.sentence_raw.begin;
  if (at > claim.sentence.size() || at == claim.sentence.size()) return false;
  const std::string_view sentence = claim.sentence;
  std::size_t first = at;
  if (!is_digit(utf8::decode(sentence, first))) return false;
  for (std::string_view separator : {"，", ",", "、"}) {
    if (at < separator.size() + 1 ||
        sentence.substr(at - separator.size(), separator.size()) != separator)
      continue;
    const char before = sentence[at - separator.size() - 1];
    if (before >= '0' && before <= '9') return true;
  }
  return false;
}

/// The runs of digits of a claim's sentence outside its figure (10月8日, 第18118期: 10, 8, 18118).
std::multiset<std::string> digit_runs_outside_value(const Claim& claim) {
  std::multiset<std::string> out;
  const std::string& sentence = claim.sentence;
  const bool spans_fit = claim.value_raw.begin >= claim.sentence_raw.begin &&
                         claim.value_raw.end - claim.sentence_raw.begin <= sentence.size();
  const std::size_t value_begin = spans_fit ? claim.value_raw.begin - claim.sentence_raw.begin : 0;
  const std::size_t value_end = spans_fit ? claim.value_raw.end - claim.sentence_raw.begin : 0;
  std::string run;
  for (std::size_t pos = 0; pos <= sentence.size(); ++pos) {
    const bool digit = pos < sentence.size() && sentence[pos] >= '0' && sentence[pos] <= '9' &&
                       (pos < value_begin || pos >= value_end);
    if (digit) {
      run += sentence[pos];
    } else if (!run.empty()) {
      out.insert(run);
      run.clear();
    }
  }
  return out;
}

/// Whether a code point is part of a written number (digits, Chinese numerals, separators).
bool numeral_or_space(char32_t c) {
  return is_digit(c) || is_chinese_numeral(c) || c == ' ' || c == '.' || c == ',' ||
         c == U'\u3000' || std::u32string_view(U"两兩萬億").find(c) != std::u32string_view::npos;
}

/// The words right around a claim's figure, numerals and spaces left out: up to four code points
/// before it and two after, "獄待了|就獲" of 在監獄待了五年就獲得. Empty when fewer than two stand
/// before it: the figure's place in its sentence is then no evidence of its question.
std::string figure_context(const Claim& claim) {
  const std::string_view sentence = claim.sentence;
  if (claim.value_raw.begin < claim.sentence_raw.begin ||
      claim.value_raw.end - claim.sentence_raw.begin > sentence.size())
    return {};
  const std::size_t begin = claim.value_raw.begin - claim.sentence_raw.begin;
  const std::size_t end = claim.value_raw.end - claim.sentence_raw.begin;
  std::u32string before;
  for (std::size_t pos = 0; pos < begin;) {
    const char32_t c = utf8::decode(sentence, pos);
    if (!numeral_or_space(c)) before += c;
  }
  if (before.size() < 2) return {};
  std::string out;
  for (std::size_t i = before.size() > 4 ? before.size() - 4 : 0; i < before.size(); ++i)
    utf8::append(out, before[i]);
  out += '|';
  std::size_t after = 0;
  for (std::size_t pos = end; pos < sentence.size() && after < 2;) {
    const char32_t c = utf8::decode(sentence, pos);
    if (numeral_or_space(c)) continue;
    utf8::append(out, c);
    ++after;
  }
  return out;
}

/// The part of a claim's sentence from the start of the figure's clause (after the last comma,
/// semicolon or colon before it) to the figure: 已造成12人 → 已造成.
std::string_view clause_before_value(const Claim& claim) {
  if (claim.value_raw.begin < claim.sentence_raw.begin) return {};
  const std::size_t end = claim.value_raw.begin - claim.sentence_raw.begin;
  if (end > claim.sentence.size()) return {};
  const std::string_view before = std::string_view(claim.sentence).substr(0, end);
  std::size_t start = 0;
  for (std::string_view mark : {"，", "；", "：", "。", ",", ";", ":"}) {
    const std::size_t at = before.rfind(mark);
    if (at != std::string_view::npos) start = std::max(start, at + mark.size());
  }
  return before.substr(start);
}

/// Whether the period words of a claim stand as a comparison base (比2019年, 2019年同期,
/// 由2020年的…): then they are not the period of the figure.
bool comparison_period(const Claim& claim, const ConflictEvidence& evidence) {
  const Period& period = *claim.period;
  if (period.raw.begin < claim.sentence_raw.begin || period.raw.end < period.raw.begin)
    return false;
  const std::size_t begin = period.raw.begin - claim.sentence_raw.begin;
  const std::size_t end = period.raw.end - claim.sentence_raw.begin;
  if (end > claim.sentence.size()) return false;
  const std::string_view sentence = claim.sentence;
  return ends_with_any(sentence.substr(0, begin), evidence.comparison_before) ||
         starts_with_any(sentence.substr(end), evidence.comparison_after) ||
         ends_with_any(period.text, evidence.comparison_after);
}

/// Whether the claim's subject is written right after a word of comparison (比“十三五”末提高了
/// 125%): the base compared with, a piece of the clause, not what the figure is about.
bool comparison_subject(const Claim& claim, const ConflictEvidence& evidence) {
  if (!claim.subject_raw || claim.subject_raw->begin < claim.sentence_raw.begin) return false;
  const std::size_t begin = claim.subject_raw->begin - claim.sentence_raw.begin;
  if (begin > claim.sentence.size()) return false;
  return ends_with_any(std::string_view(claim.sentence).substr(0, begin),
                       evidence.comparison_before);
}

/// Whether the claim's period is the start of a count since then (2005年设立以来，共表彰了63个国家:
/// since_words ending the period or right after it, a verb of at most a few characters between).
bool since_period(const Claim& claim, const ConflictEvidence& evidence) {
  if (!claim.period || claim.period->raw.end < claim.sentence_raw.begin) return false;
  // (3月1日开通以来: extraction may have taken the event and the since word into the period.)
  if (ends_with_any(claim.period->text, evidence.since_words)) return true;
  const std::size_t end = claim.period->raw.end - claim.sentence_raw.begin;
  if (end > claim.sentence.size()) return false;
  // Four CJK characters of UTF-8 after the period, and the since word itself.
  const std::string_view after = std::string_view(claim.sentence).substr(end, 4 * 3 + 6);
  return contains_any(after, evidence.since_words);
}

/// The significant digits of a figure as an integer: 1.3731e12 → 13731, 3.5e6 → 35, 0.25 → 25.
double significant_mantissa(double magnitude) {
  double mantissa = magnitude / std::pow(10.0, std::floor(std::log10(magnitude)));
  for (int digits = 1; digits < 12; ++digits) {
    if (std::abs(mantissa - std::round(mantissa)) < 1e-6 * mantissa) break;
    mantissa *= 10;
  }
  return std::round(mantissa);
}

/// What cross-checking reads of one claim: the question it answers and its value.
struct Frame {
  std::string subject, subject_text, metric, metric_text, scope, modality;
  std::string period;  ///< the period's days as "YYYY-MM-DD..YYYY-MM-DD", "" for none
  std::string period_label;
  std::optional<ValueInterval> value;
  std::string value_text;  ///< the figure as written
  /// No period, and the figure changes over time: it is about the days around publication.
  bool undated = false;
  /// The subject is a generic phrase (每坪开价, 面团): whose figure it is, the text does not say.
  bool generic_subject = false;
  /// The subject is written outside the claim's sentence (carried from the one before).
  bool subject_elsewhere = false;

  // What decides between conflict, possible-conflict and update.
  std::optional<long> published;  ///< days since 1970-01-01
  /// The first and last day of the period as written (before a total of a year not yet over
  /// becomes one as of publication).
  std::optional<long> period_start, period_end;
  /// The period says its year, and was over when the article appeared: a final figure.
  bool final_figure = false;
  /// The period's year is written (2022年, 今年), not guessed from the publication date.
  bool explicit_period = false;
  /// The period is named by a holiday (中秋, 国庆假期): the festival's day or the whole break.
  bool holiday_period = false;
  std::string period_text;
  /// The figure's period has a time (not timeless, no event date) and the claim gives one.
  bool has_period = false;
  /// The figure's number is cut out of a longer one (3，050，352.00万元 read as 352.00万元).
  bool cut_figure = false;
  /// The sentence's figures other than this one, as written digits (a restatement keeps them).
  std::multiset<std::string> other_figures;
  /// The words right around the figure (figure_context): a restatement keeps them.
  std::string context;
  /// The clause or metric says the figure is a total still counting (累计, 已造成, 票房).
  bool running_total = false;
  /// The period runs from a day to the publication (2021年以来, 2005年设立以来).
  bool since = false;
  /// The sentence says, before the figure, that it revises one published before (修正数据显示).
  bool revision = false;
  /// A figure stated exactly, and one unit of its last significant digit (13.26亿: 100万).
  std::optional<double> stated;
  double last_digit = 0;
  std::size_t significant_digits = 0;
  /// Reasons to doubt that this claim's frame names its question (ClaimGroup::weak_evidence).
  std::vector<std::string> weak;
};

/// "2022" or "2022-04..2022-06" of a claim's period.
std::string period_label(const Period& period) {
  return period.end.empty() || period.end == period.start ? period.start
                                                          : period.start + ".." + period.end;
}

/// The value as stated, before tolerances, when its text is not at hand: "20 percent".
std::string stated_value(const ClaimValue& value) {
  if (value.kind == ValueKind::DATE) {
    const DateValue& d = value.date;
    if (d.date.empty() && !d.partial.empty())
      return d.partial_end.empty() ? d.partial : d.partial + ".." + d.partial_end;
    if (d.date.empty()) return d.unresolved;
    return d.date_end.empty() ? d.date : d.date + ".." + d.date_end;
  }
  const FigureValue& f = value.figure;
  std::ostringstream text;
  text.precision(6);
  if (f.value) {
    text << *f.value;
  } else if (f.min && f.max) {
    text << *f.min << ".." << *f.max;
  } else {
    return "";
  }
  const std::string& unit = f.currency.empty() ? f.unit : f.currency;
  if (!unit.empty()) text << " " << unit;
  return text.str();
}

/// Fills in what decides between conflict, possible-conflict and update: the claim's dates, its
/// exact figure, and what makes its subject, metric or period weak evidence of its question.
void weigh_evidence(Frame& f, const Claim& claim, const std::string& claim_published,
                    bool dated_event, const CrossCheckRules& rules) {
  const ConflictEvidence& evidence = rules.evidence;
  f.published = days_since_epoch(claim_published);
  const bool timed = !dated_event && !rules.is_timeless(f.metric);
  if (timed && claim.period) {
    const Period& period = *claim.period;
    if (auto days =
            period.start.empty() ? date_span(period.end) : date_span(period.start, period.end)) {
      f.period_start = days->first;
      f.period_end = days->second;
    }
    f.explicit_period = names_year(period.text, evidence.year_words);
    f.holiday_period = contains_any(period.text, evidence.holiday_words);
    // 全年 (of the year stated before), or a period of the sentence before (其中，…): the
    // figure's period is referred to, not written with it.
    const bool outside = period.raw.size() > 0 && (period.raw.begin < claim.sentence_raw.begin ||
                                                   period.raw.end > claim.sentence_raw.end);
    if (listed(evidence.year_anaphors, period.text) || outside)
      f.weak.push_back("period_elsewhere");
    f.period_text = period.text;
    f.has_period = true;
    f.final_figure =
        f.explicit_period && f.published && f.period_end && *f.period_end < *f.published;
  }
  const FigureValue& figure = claim.value.figure;
  if (claim.value.kind != ValueKind::DATE && claim.value.kind != ValueKind::SCORE && figure.value &&
      figure.approx == Approx::EXACT && *figure.value != 0 && std::isfinite(*figure.value)) {
    const double mantissa = significant_mantissa(std::abs(*figure.value));
    f.stated = *figure.value;
    f.last_digit = std::abs(*figure.value) / mantissa;
    f.significant_digits = std::to_string(static_cast<long long>(mantissa)).size();
  }
  f.cut_figure = cut_from_longer_number(claim);
  f.other_figures = digit_runs_outside_value(claim);
  f.context = figure_context(claim);
  const std::string_view clause = clause_before_value(claim);
  // 2005年设立以来: the period is where a count starts, not one that closed.
  const bool since = since_period(claim, evidence);
  f.since = since;
  if (since) f.final_figure = false;
  f.running_total = contains_any(f.metric_text, evidence.running_total_cues) ||
                    contains_any(clause, evidence.running_total_cues) || since;
  if (claim.value_raw.begin >= claim.sentence_raw.begin &&
      claim.value_raw.begin - claim.sentence_raw.begin <= claim.sentence.size())
    f.revision = contains_any(std::string_view(claim.sentence)
                                  .substr(0, claim.value_raw.begin - claim.sentence_raw.begin),
                              evidence.revision_cues);

  // The subject: a place, a generic word, the body that reports the figure, or a piece of a
  // clause says whose figure it is no more than the publication does.
  const auto names = [&](const std::vector<std::string>& list) {
    return listed(list, f.subject) || listed(list, f.subject_text);
  };
  const bool reporter =
      names(evidence.reporter_subjects) ||
      (claim.attribution && claim.subject_kind != SubjectKind::ENTITY && !f.subject_text.empty() &&
       (claim.attribution->name == f.subject_text || claim.attribution->source == f.subject));
  // A subject of common words only (汽车, 固定资产) is the nation's when the claim says so (全国
  // 汽车出口); else whose (规模以上电子信息制造业的固定资产投资) the clause says elsewhere.
  const auto national = rules.scope_synonyms.find(claim.scope);
  const bool national_scope = national != rules.scope_synonyms.end() && national->second.empty();
  if (names(evidence.place_subjects) ||
      (claim.subject_kind != SubjectKind::ENTITY &&
       (starts_with_any(f.subject, evidence.deictic_openers) ||
        starts_with_any(f.subject_text, evidence.deictic_openers)))) {
    f.weak.push_back("place_subject");
  } else if (f.subject.empty() || names(evidence.generic_subjects) ||
             (claim.subject_kind == SubjectKind::GENERIC && !national_scope)) {
    f.weak.push_back("generic_subject");
  } else if (reporter) {
    f.weak.push_back("reporter_subject");
  } else if (claim.subject_kind != SubjectKind::ENTITY &&
             (has_digit(f.subject_text) || unbalanced_brackets(f.subject_text) ||
              comparison_subject(claim, evidence) ||
              starts_with_any(f.subject_text, evidence.fragment_openers) ||
              contains_any(f.subject_text, evidence.fragment_words))) {
    f.weak.push_back("fragment_subject");
  }
  // The metric: none, or words that say nothing of what is measured (a metric as written, not a
  // canonical one: 增加 is growth's word).
  const bool written_metric = claim.metric == claim.metric_text;
  if (f.metric.empty()) {
    f.weak.push_back("no_metric");
  } else if (listed(evidence.weak_metrics, f.metric) ||
             (written_metric && (has_digit(f.metric_text) || unbalanced_brackets(f.metric_text) ||
                                 starts_with_any(f.metric_text, evidence.fragment_openers)))) {
    f.weak.push_back("fragment_metric");
  }
  // The period: none (the days around publication), guessed, a comparison base, or one year of
  // an average over years.
  if (!timed) return;
  if (f.undated || !claim.period) {
    f.weak.push_back("no_period");
    return;
  }
  // The starting figure of a change (由15.9%提高到19.8%) is the base period's, whatever period
  // the clause names.
  if (comparison_period(claim, evidence) || ends_with_any(clause, evidence.change_from_words))
    f.weak.push_back("comparison_period");
  if (contains_any(clause, evidence.average_words) ||
      contains_any(f.metric_text, evidence.average_words))
    f.weak.push_back("average_period");
  // 拉动…增长1.1个百分点, 较2023年全年提高1.5个百分点: a change of a rate in points is measured
  // against a base (another rate, another period) that two sentences seldom share.
  const bool change = std::any_of(
      evidence.change_metrics.begin(), evidence.change_metrics.end(),
      [&](const std::string& m) { return f.metric == m || f.metric.rfind(m + ":", 0) == 0; });
  if (change && claim.value.kind != ValueKind::DATE &&
      listed(evidence.relative_change_units, claim.value.figure.unit))
    f.weak.push_back("relative_change");
}

/// Whether the once-only event a date claim names happens to someone other than its subject:
/// a blocker between subject and verb (就…逝世, 向…成立) or an anniversary after the verb.
bool someone_elses_event(const Claim& claim, const CrossCheckRules& rules) {
  if (!claim.metric_raw) return false;
  const ByteRange sentence = claim.sentence_raw;
  const ByteRange verb = *claim.metric_raw;
  if (verb.begin < sentence.begin || verb.end > sentence.end ||
      claim.sentence.size() != sentence.size())
    return false;
  const std::string_view text = claim.sentence;
  const std::size_t verb_at = verb.begin - sentence.begin, verb_end = verb.end - sentence.begin;
  std::size_t from = 0;
  if (claim.subject_raw && claim.subject_raw->end <= verb.begin &&
      claim.subject_raw->end >= sentence.begin)
    from = claim.subject_raw->end - sentence.begin;
  const std::string_view between = text.substr(from, verb_at - from);
  // The words right after the verb: 成立65周年 (a few digits or numerals, then the word).
  const std::string_view after =
      text.substr(verb_end, std::min<std::size_t>(18, text.size() - verb_end));
  const auto holds = [](std::string_view s, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return s.find(w) != std::string_view::npos; });
  };
  return holds(between, rules.once_event_blockers) || holds(after, rules.anniversary_words);
}

Frame frame_of(const Claim& claim, const std::string& claim_published,
               const CrossCheckRules& rules) {
  Frame f;
  f.subject = claim.subject;
  f.subject_text = claim.subject_text;
  f.metric = mapped(rules.metric_synonyms, claim.metric);
  // The date of an event that happens once to its subject (新党成立, 机场启用) answers when;
  // a repeated one's (会见, 举行) names no question of its own.
  if (claim.value.kind == ValueKind::DATE && claim.metric == "event_date") {
    auto once = rules.once_events.find(claim.metric_text);
    if (once != rules.once_events.end() && !someone_elses_event(claim, rules))
      f.metric = "event_date:" + once->second;
  }
  f.metric_text = claim.metric_text;
  f.scope = mapped(rules.scope_synonyms, claim.scope);
  // A scope the subject already says (城镇 of 城镇新成长劳动力) qualifies nothing more.
  if (!f.scope.empty() && f.subject.find(f.scope) != std::string::npos) f.scope.clear();
  f.modality = mapped(rules.modality_groups, std::string(name_of(claim.modality)));
  f.value = claim_interval(claim.value, rules);
  f.value_text = written_value(claim);
  if (f.value_text.empty()) f.value_text = stated_value(claim.value);
  // A date value dates an event: the period around it says nothing more. Timeless metrics (a
  // chip's compute) compare across periods.
  const bool dated_event = claim.value.kind == ValueKind::DATE;
  if (!dated_event && !rules.is_timeless(f.metric) && claim.period) {
    const Period& period = *claim.period;
    if (period.kind == PeriodKind::AS_OF || period.start.empty()) {
      // A stock at a point in time: 截至2022年底, 截至2022年12月31日 and 2022年末 are one day.
      if (auto days = date_span(period.end.empty() ? period.start : period.end)) {
        f.period = "as of " + iso_date_of_days(days->second);
        f.period_label = f.period;
      }
    } else if (auto days = date_span(period.start, period.end)) {
      f.period = iso_date_of_days(days->first) + ".." + iso_date_of_days(days->second);
      f.period_label = period_label(period);
      // 2005年设立以来, 2021年以来: a count since a day runs to each report's publication; two
      // reports of it on different days count over one question, from the same day on.
      if (since_period(claim, rules.evidence)) {
        f.period = "since " + iso_date_of_days(days->first);
        f.period_label = "since " + period.start;
      }
      // 2026年电影票房已突破110亿元, written in April: the year is far from over, so the figure
      // is the total so far, as of the day it was published (a December report of the year's
      // grain output is the year's).
      const auto published = days_since_epoch(claim_published);
      if (published && *published >= days->first && *published + 31 < days->second) {
        f.period = "as of " + iso_date_of_days(*published);
        f.period_label = period_label(period) + " (as of " + iso_date_of_days(*published) + ")";
      }
    }
  }
  f.undated = !dated_event && !rules.is_timeless(f.metric) && f.period.empty();
  f.generic_subject = claim.subject_kind == SubjectKind::GENERIC;
  // A subject carried from an earlier sentence (a heading, the sentence before) is a guess.
  f.subject_elsewhere = claim.subject_raw && (claim.subject_raw->begin < claim.sentence_raw.begin ||
                                              claim.subject_raw->end > claim.sentence_raw.end);
  weigh_evidence(f, claim, claim_published, dated_event, rules);
  if (f.metric.rfind("event_date:", 0) == 0 && claim.metric == "event_date") {
    // A once-only event of a place, a generic word or a clause piece (我国…建成, 工程…建成),
    // or one planned (将于2027年建成), is no one thing's: its date names no question.
    const bool weak_subject = std::any_of(f.weak.begin(), f.weak.end(), [](const std::string& w) {
      return w.size() > 8 && w.compare(w.size() - 8, 8, "_subject") == 0;
    });
    if (weak_subject || claim.modality != Modality::ACTUAL) {
      f.metric = claim.metric;
    } else {
      // Whose founding or death it is, the clause may not say (习近平…逝世 of a condolence,
      // 阿里巴巴…成立 of a subsidiary), and one name may stand for several (北京地铁…开通 of
      // each line): two dates disagree as a possible-conflict unless one story is restated.
      f.weak.push_back("once_event");
    }
  }
  return f;
}

std::string format_number(double x) {
  std::ostringstream out;
  out.precision(6);
  out << x;
  return out.str();
}

/// Short human form of an interval, when the value text is missing.
std::string describe(const ValueInterval& v) {
  if (v.against) return format_number(v.low) + ":" + format_number(*v.against);
  if (v.is_date) {
    const std::string a = iso_date_of_days(static_cast<long>(v.low));
    const std::string b = iso_date_of_days(static_cast<long>(v.high));
    return a == b ? a : a + ".." + b;
  }
  std::string out;
  if (std::isinf(v.high)) {
    out = "≥" + format_number(v.low);
  } else if (std::isinf(v.low)) {
    out = "≤" + format_number(v.high);
  } else if (v.low == v.high) {
    out = format_number(v.low);
  } else {
    out = format_number(v.low) + ".." + format_number(v.high);
  }
  return v.unit.empty() ? out : out + " " + v.unit;
}

/// The relative rounding slack of a figure stated exactly: half a unit of its last significant
/// digit (13731 ±0.5, 13500 ±50, 350万 ±5万), at most `cap`. Trailing zeros are read as
/// rounding, so 13500 is consistent with 13480 but not with 13731.
double rounding_slack(double value, double cap) {
  const double magnitude = std::abs(value);
  if (magnitude == 0 || !std::isfinite(magnitude)) return cap;
  return std::min(cap, 0.5 / significant_mantissa(magnitude));
}

bool overlaps(const ValueInterval& a, const ValueInterval& b) {
  if (a.against || b.against) return a.against == b.against && a.low == b.low;
  return a.low <= b.high && b.low <= a.high;
}

/// Two different scores that are each other's sides swapped (4:2 and 2:4): the same result told
/// from the other side, or a different one — which side a claim tells, it does not say.
bool mirrored_scores(const ValueInterval& a, const ValueInterval& b) {
  return a.against && b.against && a.low == *b.against && *a.against == b.low &&
         a.low != *a.against;
}

/// Distance between two intervals (0 when they overlap); between two scores, the points by
/// which their sides differ.
double gap(const ValueInterval& a, const ValueInterval& b) {
  if (a.against && b.against) return std::abs(a.low - b.low) + std::abs(*a.against - *b.against);
  return std::max({0.0, a.low - b.high, b.low - a.high});
}

/// The middle of an interval, for "x % apart" (an open bound counts as its finite end).
double centre(const ValueInterval& v) {
  if (std::isinf(v.high)) return v.low;
  if (std::isinf(v.low)) return v.high;
  return (v.low + v.high) / 2;
}

/// The question a group answers, in words: "2022 粮食 总产量 (全国, forecast)".
std::string question(const ClaimGroup& group) {
  std::string out = group.period;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " ";
    out += part;
  };
  add(group.subject_text.empty() ? group.subject : group.subject_text);
  // (A key with a qualifier says what the words alone do not: 性能 of H20 is relative to H100,
  // 同比增长 is of 营收: compute_relative_to:nvidia-h100, growth:revenue.)
  if (group.metric_text.empty())
    add(group.metric);
  else if (group.metric.find(':') != std::string::npos)
    add(group.metric_text + " [" + group.metric + "]");
  else
    add(group.metric_text);
  std::vector<std::string> qualifiers;
  if (!group.scope.empty()) qualifiers.push_back(group.scope);
  if (group.modality != "actual") qualifiers.push_back(group.modality);
  if (!qualifiers.empty()) {
    out += " (";
    for (std::size_t i = 0; i < qualifiers.size(); ++i) out += (i ? ", " : "") + qualifiers[i];
    out += ")";
  }
  return out;
}

std::string who(const CitedClaim& c) {
  std::string name = c.publisher.empty() ? c.path : c.publisher;
  if (!c.published.empty()) name += ", " + c.published.substr(0, 10);
  return name;
}

/// One claim of a group with what the comparison needs.
struct Entry {
  const CitedClaim* cited;
  Frame frame;
};

/// Whether a figure writes a unit or a currency of its own (a measure word is none).
bool written_unit_of(const FigureValue& f) { return !f.unit.empty() || !f.currency.empty(); }

/// The unit every member of a group writes, when they all write the same one (its figures are
/// compared in the base unit of unit_scales, and shown in the written one), else "".
std::string written_unit(const std::vector<Entry>& members) {
  std::string unit;
  for (const Entry& e : members) {
    const FigureValue& f = e.cited->claim.value.figure;
    const std::string& u = f.currency.empty() ? f.unit : f.currency;
    if (u.empty() || (!unit.empty() && u != unit)) return "";
    unit = u;
  }
  return unit;
}

/// `v` (in a base unit) in `unit`, when unit_scales converts `unit` to v's unit.
ValueInterval in_unit(ValueInterval v, const std::string& unit, const CrossCheckRules& rules) {
  const auto scale = rules.unit_scales.find(unit);
  if (scale == rules.unit_scales.end() || scale->second.first != v.unit || v.is_date) return v;
  v.low /= scale->second.second;
  v.high /= scale->second.second;
  v.unit = unit;
  return v;
}

/// The closest pair of values of two articles that share no value.
struct Disagreement {
  const Entry* a = nullptr;
  const Entry* b = nullptr;
  double distance = 0;
};

/// The character bigrams of a sentence, numerals left out (the figures are what may differ).
std::set<std::pair<char32_t, char32_t>> bigrams_without_figures(std::string_view sentence) {
  std::set<std::pair<char32_t, char32_t>> out;
  char32_t previous = 0;
  for (std::size_t pos = 0; pos < sentence.size();) {
    const char32_t c = utf8::decode(sentence, pos);
    const bool numeral =
        (c >= '0' && c <= '9') ||
        std::u32string_view(U"〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾兩萬億")
                .find(c) != std::u32string_view::npos;
    if (numeral || c == ' ' || c == '.') continue;
    if (previous) out.insert({previous, c});
    previous = c;
  }
  return out;
}

/// Whether two undated figures cannot be about the same time: published too far apart, or,
/// when an article has no date, told in different contexts (屋龄22年 of two different flats);
/// a restatement of one story keeps its sentence.
double sentence_similarity(const Entry& a, const Entry& b) {
  const auto x = bigrams_without_figures(a.cited->claim.sentence);
  const auto y = bigrams_without_figures(b.cited->claim.sentence);
  std::size_t shared = 0;
  for (const auto& bigram : x) shared += y.count(bigram);
  const std::size_t all = x.size() + y.size() - shared;
  return all > 0 ? static_cast<double>(shared) / all : 0;
}

/// The part of the shorter sentence's bigrams (numerals left out) that the other sentence holds
/// too: a claim restated inside a longer passage holds all of its words.
/// A sentence shorter than `min_bigrams` says little more than its frame: 0.
double sentence_containment(const Entry& a, const Entry& b, std::size_t min_bigrams) {
  const auto x = bigrams_without_figures(a.cited->claim.sentence);
  const auto y = bigrams_without_figures(b.cited->claim.sentence);
  std::size_t shared = 0;
  for (const auto& bigram : x) shared += y.count(bigram);
  const std::size_t fewer = std::min(x.size(), y.size());
  return fewer >= std::max<std::size_t>(min_bigrams, 1) ? static_cast<double>(shared) / fewer : 0;
}

bool same_context(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  return sentence_similarity(a, b) >= rules.undated_context_similarity;
}

/// Whether two exact figures are one figure written twice, one cut where the other goes on
/// (13.26亿 and 132662.08万人): the longer one truncated at the shorter one's last digit is it.
/// Only for figures of three or more significant digits: 20 % is no truncation of 25 %.
bool truncation_of(const Frame& a, const Frame& b) {
  if (!a.stated || !b.stated) return false;
  const Frame& coarse = a.last_digit > b.last_digit ? a : b;
  const Frame& fine = &coarse == &a ? b : a;
  if (coarse.significant_digits < 3 || fine.significant_digits <= coarse.significant_digits)
    return false;
  const double steps = *fine.stated / coarse.last_digit;
  const double cut = std::trunc(steps + (steps < 0 ? -1e-9 : 1e-9) * std::abs(steps));
  return std::abs(cut * coarse.last_digit - *coarse.stated) < 1e-3 * coarse.last_digit;
}

/// Two claims' values share a value, or are one figure truncated and written in full.
bool values_agree(const Entry& a, const Entry& b) {
  return overlaps(*a.frame.value, *b.frame.value) || truncation_of(a.frame, b.frame);
}

/// The weak-evidence codes in the order the README lists them.
constexpr std::array<std::string_view, 16> WEAK_EVIDENCE_ORDER = {
    "place_subject",     "generic_subject", "reporter_subject", "fragment_subject",
    "no_metric",         "fragment_metric", "no_period",        "inferred_period",
    "comparison_period", "average_period",  "relative_change",  "period_after_publication",
    "period_elsewhere",  "cut_figure",      "once_event",       "title_places"};

/// What two disagreeing figures of two articles are: a conflict, a possible-conflict (the
/// evidence that they answer one question is weak) or an update (the later continues a running
/// total, or gives the result of a figure published before its period began).
struct Judgement {
  Verdict verdict = Verdict::CONFLICT;
  std::string reason;             ///< an update's reason
  std::vector<std::string> weak;  ///< a possible-conflict's reasons
};

/// Whether two figures stand in the same place of one story told by two named outlets: the
/// words right around them are the same (在監獄待了五年就獲得 / 待了兩年就獲得). Then the figure
/// answers the story's question even when no metric is named; one outlet's series in the same
/// words (weight classes, daily tables) is no such pair.
bool same_place_in_story(const Entry& a, const Entry& b) {
  return !a.frame.context.empty() && a.frame.context == b.frame.context &&
         !a.cited->publisher.empty() && !b.cited->publisher.empty() &&
         a.cited->publisher != b.cited->publisher;
}

/// Whether two claims' sentences tell one story: much the same words, by two publishers (one
/// publisher's reports in the same words are a template: 假期第三天, 第五天), and the same other
/// figures (the lottery's draw 第18118期 is not 第18119期).
bool restatement(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  if (!a.cited->publisher.empty() && a.cited->publisher == b.cited->publisher &&
      (a.cited->published != b.cited->published || a.cited->published.empty()))
    return false;
  const auto& x = a.frame.other_figures;
  const auto& y = b.frame.other_figures;
  const auto& fewer = x.size() <= y.size() ? x : y;
  const auto& more = x.size() <= y.size() ? y : x;
  if (!std::includes(more.begin(), more.end(), fewer.begin(), fewer.end())) return false;
  return sentence_containment(a, b, rules.evidence.restatement_min_bigrams) >=
         rules.evidence.restatement_similarity;
}

/// The places a headline names, as the places they stand for (sorted).
std::set<std::string> places_in_title(const std::string& title, const ConflictEvidence& evidence) {
  std::set<std::string> places;
  for (const auto& [word, stands_for] : evidence.title_places) {
    for (std::size_t at = title.find(word); at != std::string::npos;
         at = title.find(word, at + word.size())) {
      const std::string_view after = std::string_view(title).substr(at + word.size());
      const bool no_place = std::any_of(
          evidence.title_place_not_before.begin(), evidence.title_place_not_before.end(),
          [&](const std::string& w) { return after.substr(0, w.size()) == w; });
      if (no_place) continue;
      places.insert(stands_for.begin(), stands_for.end());
      break;
    }
  }
  return places;
}

/// Whether the two articles' headlines name places and none in common (云南：…招飞 and
/// 空军2019年度山东、河南省招飞简章): each may give its own place's figure.
bool titles_name_other_places(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  if (rules.evidence.title_places.empty() || a.cited->title == b.cited->title) return false;
  const auto x = places_in_title(a.cited->title, rules.evidence);
  if (x.empty()) return false;
  const auto y = places_in_title(b.cited->title, rules.evidence);
  if (y.empty()) return false;
  return std::none_of(x.begin(), x.end(), [&](const std::string& p) { return y.count(p) > 0; });
}

Judgement judge(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  const Frame& fa = a.frame;
  const Frame& fb = b.frame;
  const auto before_period = [](const Frame& f) {
    return f.published && f.period_start && *f.published < *f.period_start;
  };
  // Published before its period was over: before it began, or inside a period of several days
  // (a figure of the day it was published is that day's).
  const auto not_over = [&](const Frame& f) {
    return before_period(f) || (f.published && f.period_start && f.period_end &&
                                *f.period_start < *f.period_end && *f.published <= *f.period_end);
  };
  Judgement j;
  // `a` was published first (label() orders the pair).
  if (fa.published && fb.published && *fa.published < *fb.published) {
    // A figure published before its period was over is a forecast or a first estimate: the
    // later one, published after, is the result.
    if (not_over(fa) && !not_over(fb)) {
      j.verdict = Verdict::UPDATE;
      j.reason = "forecast_then_result";
      return j;
    }
    // 美国商务部…公布的最终修正数据显示: a later figure that says it revises one, of the same
    // question from the same source, updates it (a source's own figures do not conflict; a
    // restatement that changes a figure says no such thing).
    if (fb.revision && a.cited->origin == b.cited->origin) {
      j.verdict = Verdict::UPDATE;
      j.reason = "revised";
      return j;
    }
    // A figure since a day reported again later is of a longer span: a count gone on, or a
    // level changed again (自2021年12月以来…利率升至4.25%, four months later 5.25%).
    if (fa.since && fb.since) {
      j.verdict = Verdict::UPDATE;
      j.reason = "running_total";
      return j;
    }
    // A total still counting grows (a share does not count): unless the first figure already
    // closed its period, the later and larger one updates it.
    const bool rate = listed(rules.evidence.rate_units, fa.value->unit);
    if ((fa.running_total || fb.running_total) && !rate && !fa.final_figure &&
        centre(*fb.value) > centre(*fa.value)) {
      j.verdict = Verdict::UPDATE;
      j.reason = "running_total";
      return j;
    }
  }
  std::set<std::string_view> weak(fa.weak.begin(), fa.weak.end());
  weak.insert(fb.weak.begin(), fb.weak.end());
  if (before_period(fa) || before_period(fb)) weak.insert("period_after_publication");
  // A guessed year is as good as the other claim's written one (今年上半年 and 上半年 of one year);
  // two guesses are when both periods ended shortly before publication (statistics come out
  // soon after their period: 一季度 in April or May), not when one ended long before (8月 in a
  // June report read as last August).
  const auto recent = [&](const Frame& f) {
    return f.published && f.period_end && *f.period_end <= *f.published &&
           *f.published - *f.period_end <= rules.evidence.inferred_period_recent_days;
  };
  if (fa.has_period && fb.has_period && !fa.explicit_period && !fb.explicit_period &&
      !(recent(fa) && recent(fb)))
    weak.insert("inferred_period");
  // A holiday names the festival's day or the whole break (中秋 of 国庆中秋假期): its days are a
  // guess unless both claims name the period in the same words.
  if ((fa.holiday_period || fb.holiday_period) && fa.period_text != fb.period_text)
    weak.insert("inferred_period");
  if (fa.cut_figure || fb.cut_figure) weak.insert("cut_figure");
  // Notices of one programme for two provinces are written in the same words, so a restatement
  // is no evidence of one question here.
  const bool other_places = titles_name_other_places(a, b, rules);
  if (other_places) weak.insert("title_places");
  if (weak.empty()) return j;
  // A restatement of one story is one question whatever its frame says; but a number cut out
  // of a longer one is no figure to compare, and one that measures nothing named (男子81公斤级 of
  // a series of weight classes told in the same words) no question, unless another outlet
  // tells it in the same place of the same words.
  if (!weak.count("cut_figure") && !other_places &&
      (!weak.count("no_metric") || same_place_in_story(a, b)) && restatement(a, b, rules))
    return j;
  j.verdict = Verdict::POSSIBLE_CONFLICT;
  for (std::string_view code : WEAK_EVIDENCE_ORDER)
    if (weak.count(code)) j.weak.emplace_back(code);
  return j;
}

/// A weak-evidence code in words, for the explanation.
std::string_view weakness_in_words(std::string_view code) {
  static const std::map<std::string_view, std::string_view> words = {
      {"place_subject", "the subject is a place or a deictic"},
      {"generic_subject", "the subject is a generic word"},
      {"reporter_subject", "the subject is who reports the figure"},
      {"fragment_subject", "the subject is a piece of a clause"},
      {"no_metric", "no metric is named"},
      {"fragment_metric", "the metric names nothing measured"},
      {"no_period", "no period is written"},
      {"inferred_period", "the period's year is guessed from the publication date"},
      {"comparison_period", "the period is a comparison base"},
      {"average_period", "the figure is an average over years"},
      {"relative_change", "a change in points is measured against a base"},
      {"period_after_publication", "the period begins after the publication"},
      {"period_elsewhere", "the period is referred to, not written with the figure"},
      {"cut_figure", "the figure is cut out of a longer number"},
      {"once_event", "whose once-only event it dates, the clause may not say"},
      {"title_places", "the headlines name different places"}};
  auto it = words.find(code);
  return it == words.end() ? code : it->second;
}

bool published_apart(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  // A subject carried from an earlier sentence (a heading such as 联播快讯) is a guess: such a
  // figure is compared only with one told in the same words (a restatement of the story).
  if ((a.frame.subject_elsewhere || b.frame.subject_elsewhere) && !same_context(a, b, rules))
    return true;
  if (!a.frame.undated || !b.frame.undated) return false;
  // One publisher's figures of no period on different days are updates (苏丹冲突已造成550人
  // death toll, then 770万 displaced), not sources disagreeing.
  // Nor do two undated articles of one publisher tell of one moment (the price boxes of two
  // issues of a paper): nothing says they are not days apart.
  if (!a.cited->publisher.empty() && a.cited->publisher == b.cited->publisher &&
      (a.cited->published != b.cited->published || a.cited->published.empty()))
    return true;
  auto da = days_since_epoch(a.cited->published), db = days_since_epoch(b.cited->published);
  if (da && db) return std::abs(*da - *db) > rules.undated_window_days;
  return !same_context(a, b, rules);
}

/// Whether two claims of one question state values that can be compared: both have one, they
/// are about the same days, and they are not two scores told perhaps from opposite sides.
bool comparable(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  return a.frame.value && b.frame.value && !mirrored_scores(*a.frame.value, *b.frame.value) &&
         !published_apart(a, b, rules);
}

/// Two articles, by doc id, in order.
using ArticlePair = std::pair<std::string, std::string>;

/// How two articles compare on one question: some values overlap, or none does.
struct ArticleComparison {
  ArticlePair articles;
  bool overlap = false;
};

/// The article pairs of a group that state comparable values, and whether they overlap.
std::vector<ArticleComparison> compare_articles(const std::vector<Entry>& entries,
                                                const CrossCheckRules& rules) {
  std::map<std::string, std::vector<const Entry*>> by_doc;
  for (const Entry& e : entries) by_doc[e.cited->doc_id].push_back(&e);
  std::vector<ArticleComparison> out;
  for (auto d1 = by_doc.begin(); d1 != by_doc.end(); ++d1) {
    for (auto d2 = std::next(d1); d2 != by_doc.end(); ++d2) {
      bool compared = false, overlap = false;
      for (const Entry* a : d1->second) {
        for (const Entry* b : d2->second) {
          if (!comparable(*a, *b, rules)) continue;
          compared = true;
          overlap = overlap || values_agree(*a, *b);
        }
      }
      if (compared) out.push_back({{d1->first, d2->first}, overlap});
    }
  }
  return out;
}

/// How many independent sources `sources` are once origins that share an article are joined: an
/// article quoting 黄仁勋 beside its own figure is one channel, not two. `among`: only these
/// origins (all when null).
std::size_t joined_sources(const std::vector<ClaimGroup::Source>& sources,
                           const std::set<std::string>* among = nullptr) {
  std::vector<const ClaimGroup::Source*> kept;
  for (const auto& s : sources)
    if (!among || among->count(s.origin)) kept.push_back(&s);
  std::vector<std::size_t> parent(kept.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  const auto root = [&parent](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::map<std::string, std::size_t> first_source_of_doc;
  std::size_t count = kept.size();
  for (std::size_t i = 0; i < kept.size(); ++i) {
    for (const auto& doc : kept[i]->documents) {
      const auto [it, fresh] = first_source_of_doc.emplace(doc, i);
      if (fresh) continue;
      const std::size_t a = root(i), b = root(it->second);
      if (a != b) parent[a] = b, --count;
    }
  }
  return count;
}

void label(ClaimGroup& group, const std::vector<Entry>& entries, const CrossCheckRules& rules,
           const std::set<ArticlePair>& series) {
  std::map<std::string, std::vector<const Entry*>> by_doc;
  for (const Entry& e : entries) by_doc[e.cited->doc_id].push_back(&e);
  group.documents = by_doc.size();

  // Articles are compared pairwise, never a claim with another of its own article. The first
  // disagreement of each kind (conflict, possible-conflict, update) is kept.
  std::map<Verdict, std::pair<Disagreement, Judgement>> first_of;
  std::size_t conflicting_pairs = 0, compared_pairs = 0;
  std::set<std::string> agreeing_origins;
  for (auto d1 = by_doc.begin(); d1 != by_doc.end(); ++d1) {
    for (auto d2 = std::next(d1); d2 != by_doc.end(); ++d2) {
      std::optional<Disagreement> closest;
      bool compared = false, overlap = false;
      for (const Entry* a : d1->second) {
        for (const Entry* b : d2->second) {
          if (!comparable(*a, *b, rules)) continue;
          compared = true;
          if (values_agree(*a, *b)) {
            overlap = true;
            if (a->cited->origin != b->cited->origin) {
              agreeing_origins.insert(a->cited->origin);
              agreeing_origins.insert(b->cited->origin);
            }
            continue;
          }
          const double distance = gap(*a->frame.value, *b->frame.value);
          if (!closest || distance < closest->distance) closest = Disagreement{a, b, distance};
        }
      }
      if (!compared) continue;
      // Two articles of one template (a weekly box-office table, a price box, monthly
      // statistics) differ on most of what they state: they are a series, not two sources
      // disagreeing.
      if (series.count({d1->first, d2->first})) continue;
      ++compared_pairs;
      if (overlap) continue;
      ++conflicting_pairs;
      // The earlier published first: an update reads from it to the later one.
      if (closest->b->cited->published < closest->a->cited->published)
        std::swap(closest->a, closest->b);
      Judgement judgement = judge(*closest->a, *closest->b, rules);
      const Verdict verdict = judgement.verdict;
      first_of.emplace(verdict, std::make_pair(*closest, std::move(judgement)));
    }
  }
  group.compared_pairs = compared_pairs;
  group.disagreeing_pairs = conflicting_pairs;
  group.agreeing_origins.assign(agreeing_origins.begin(), agreeing_origins.end());
  // Each independent source with its articles (a re-post cluster is one).
  std::map<std::string, ClaimGroup::Source> sources;
  for (const Entry& e : entries) {
    ClaimGroup::Source& source = sources[e.cited->origin];
    source.origin = e.cited->origin;
    if (std::find(source.documents.begin(), source.documents.end(), e.cited->doc_id) ==
        source.documents.end())
      source.documents.push_back(e.cited->doc_id);
    if (!e.cited->repost_origin.empty()) source.repost_origin = e.cited->repost_origin;
  }
  for (auto& [origin, source] : sources) group.sources.push_back(std::move(source));
  group.independent_sources = joined_sources(group.sources);
  group.agreeing_sources = joined_sources(group.sources, &agreeing_origins);
  const std::size_t agreeing_sources = group.agreeing_sources;

  std::ostringstream why;
  // A conflict outweighs a possible one, and that an update.
  const std::pair<Disagreement, Judgement>* disagreement = nullptr;
  for (Verdict verdict : {Verdict::CONFLICT, Verdict::POSSIBLE_CONFLICT, Verdict::UPDATE}) {
    auto it = first_of.find(verdict);
    if (it != first_of.end() && !disagreement) disagreement = &it->second;
  }
  if (disagreement) {
    const Disagreement& closest = disagreement->first;
    const Judgement& judgement = disagreement->second;
    group.verdict = judgement.verdict;
    const Entry& a = *closest.a;
    const Entry& b = *closest.b;
    const ValueInterval& va = *a.frame.value;
    const ValueInterval& vb = *b.frame.value;
    const bool update = judgement.verdict == Verdict::UPDATE;
    // A score is said as its two sides (4比2, 98：83 → 4:2, 98:83): its written separators differ.
    const bool score = va.against.has_value();
    const auto value_words = [&](const Entry& e, const ValueInterval& v) {
      return score || e.frame.value_text.empty() ? describe(v) : e.frame.value_text;
    };
    why << question(group) << ": " << (score ? "score " : "") << value_words(a, va) << " ("
        << who(*a.cited) << (update ? ") then " : ") vs ") << value_words(b, vb) << " ("
        << who(*b.cited) << ")";
    // Assigned, not emplace()d: a nested aggregate with member initializers is not yet
    // default-constructible where the enclosing class declares optional<Conflict> (clang).
    group.conflict = ClaimGroup::Conflict{};
    ClaimGroup::Conflict& conflict = *group.conflict;
    conflict.a = static_cast<std::size_t>(&a - entries.data());
    conflict.b = static_cast<std::size_t>(&b - entries.data());
    conflict.distance = closest.distance;
    group.reason = "values_disjoint";
    if (score) {
      // Points apart say nothing of how far two results are: the two scores are the reason.
    } else if (va.is_date) {
      why << ", " << static_cast<long>(closest.distance) << " day(s) apart";
    } else {
      const double x = centre(va), y = centre(vb);
      const double scale = std::max(std::abs(x), std::abs(y));
      const double percent = scale > 0 ? 100 * std::abs(x - y) / scale : 0;
      conflict.relative_distance = percent / 100;
      std::ostringstream p;
      p.precision(percent < 10 ? 2 : 3);
      p << percent;
      why << ", " << p.str() << " % apart";
    }
    if (judgement.verdict == Verdict::CONFLICT && a.cited->origin == b.cited->origin &&
        a.cited->origin != a.cited->publisher && a.cited->origin.rfind("doc:", 0) != 0) {
      why << "; both attribute it to " << a.cited->origin;
      group.reason = "misquoted_source";
    }
    if (judgement.verdict == Verdict::UPDATE) {
      group.reason = judgement.reason;
      why << (judgement.reason == "running_total"
                  ? "; a running total reported again later: an update, not a conflict"
              : judgement.reason == "revised"
                  ? "; the later figure says it revises the earlier one of the same source: an "
                    "update, not a conflict"
                  : "; the first was published before its period was over, the second after: a "
                    "forecast or first estimate and its result, not a conflict");
    }
    if (judgement.verdict == Verdict::POSSIBLE_CONFLICT) {
      group.weak_evidence = judgement.weak;
      group.reason = judgement.weak.front();
      why << "; possibly different questions: ";
      for (std::size_t i = 0; i < judgement.weak.size(); ++i)
        why << (i ? ", " : "") << weakness_in_words(judgement.weak[i]);
    }
    if (compared_pairs > 1) {
      why << " (" << conflicting_pairs << " of " << compared_pairs << " article pairs disagree)";
    }
  } else if (group.documents <= 1) {
    group.verdict = Verdict::SINGLE_SOURCE;
    group.reason = "one_article";
    why << "only one article states this";
  } else if (agreeing_sources >= 2) {
    group.verdict = Verdict::AGREE;
    group.reason = "values_overlap";
    why << agreeing_sources << " independent sources agree on " << question(group);
    std::optional<ValueInterval> common;
    bool one_score = true;  // scores overlap only when every one is the same result
    for (const Entry& e : entries) {
      if (!e.frame.value) continue;
      if (!common) {
        common = e.frame.value;
      } else {
        common->low = std::max(common->low, e.frame.value->low);
        common->high = std::min(common->high, e.frame.value->high);
        one_score = one_score && common->against == e.frame.value->against;
      }
    }
    if (common && common->low <= common->high && one_score) {
      // (Shown in the unit the articles write: 3–3.1 公里, not 3000–3100 m.)
      common = in_unit(*common, written_unit(entries), rules);
      why << ": values overlap in " << describe(*common);
      group.overlap = common;
    }
  } else if (group.independent_sources <= 1) {
    group.verdict = Verdict::SINGLE_SOURCE;
    const std::string& repost_of = entries.front().cited->repost_of;
    if (!repost_of.empty()) {
      group.reason = "one_repost_cluster";
      why << group.documents << " articles, 1 independent source: re-posts of " << repost_of;
    } else {
      group.reason = "one_attributed_source";
      // Origins that share an article are one source: name each.
      why << group.documents << " articles, but all trace back to one source: ";
      for (std::size_t i = 0; i < group.sources.size(); ++i)
        why << (i ? " with " : "") << group.sources[i].origin;
    }
  } else {
    group.verdict = Verdict::SINGLE_SOURCE;
    group.reason = "no_comparable_values";
    why << "no two independent sources give comparable values";
  }
  group.explanation = why.str();
}

}  // namespace

CitedClaim cite_claim(const StoredOrigin& origin, Claim claim) {
  CitedClaim cited;
  cited.doc_id = origin.doc_id;
  cited.path = origin.path;
  cited.title = origin.title;
  cited.publisher = origin.publisher;
  cited.published = origin.published;
  cited.claim = std::move(claim);
  cited.chain.push_back(cited.publisher.empty() ? cited.path : cited.publisher);
  cited.origin = cited.publisher.empty() ? "doc:" + cited.doc_id : cited.publisher;
  if (const auto& attribution = cited.claim.attribution) {
    const std::string& source = attribution->source;
    const std::string& name = attribution->name.empty() ? source : attribution->name;
    if (!attribution->via.empty()) cited.chain.push_back(attribution->via);  // 路透社援引知情人士
    if (!name.empty()) cited.chain.push_back(name);
    // Anonymous sources of different articles need not be the same people: they stay with
    // their article, unless one outlet relays them to all (two re-posts of one Reuters report).
    // Nor is a speaker named only as written (国家统计局20日公布的数据显示) an identity.
    if (!source.empty() && source != "anonymous" && !attribution->named_as_written)
      cited.origin = source;
    if (source == "anonymous" && !attribution->via.empty()) cited.origin = attribution->via;
  }
  return cited;
}

std::string written_value(const Claim& claim) {
  const ByteRange sentence = claim.sentence_raw, value = claim.value_raw;
  if (value.begin < sentence.begin || value.end < value.begin ||
      value.end - sentence.begin > claim.sentence.size())
    return "";
  return claim.sentence.substr(value.begin - sentence.begin, value.end - value.begin);
}

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::AGREE:
      return "agree";
    case Verdict::CONFLICT:
      return "conflict";
    case Verdict::SINGLE_SOURCE:
      return "single-source";
    case Verdict::POSSIBLE_CONFLICT:
      return "possible-conflict";
    case Verdict::UPDATE:
      return "update";
  }
  return "single-source";
}

bool CrossCheckRules::is_timeless(const std::string& metric) const {
  for (const std::string& entry : timeless_metrics) {
    if (entry == metric) return true;
    if (!entry.empty() && entry.back() == ':' && metric.compare(0, entry.size(), entry) == 0)
      return true;
  }
  return false;
}

CrossCheckRules CrossCheckRules::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "cross-check rules not found: " + file.string());
  CrossCheckRules rules;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    rules.exact_relative_tolerance = j.at("exact_relative_tolerance").get<double>();
    rules.about_relative_tolerance = j.at("about_relative_tolerance").get<double>();
    rules.open_bound_factor = j.at("open_bound_factor").get<double>();
    rules.open_date_bound_days = j.at("open_date_bound_days").get<double>();
    rules.open_year_bound_days = j.value("open_year_bound_days", rules.open_year_bound_days);
    rules.unnamed_metrics = j.value("unnamed_metrics", std::vector<std::string>{});
    rules.alone_units = j.value("alone_units", std::vector<std::string>{});
    rules.undated_window_days = j.value("undated_window_days", rules.undated_window_days);
    rules.undated_context_similarity =
        j.value("undated_context_similarity", rules.undated_context_similarity);
    rules.series_min_disagreements =
        j.value("series_min_disagreements", rules.series_min_disagreements);
    rules.timeless_metrics = j.value("timeless_metrics", std::vector<std::string>{});
    rules.metric_synonyms = j.value("metric_synonyms", std::map<std::string, std::string>{});
    rules.once_events = j.value("once_events", std::map<std::string, std::string>{});
    rules.once_event_blockers = j.value("once_event_blockers", std::vector<std::string>{});
    rules.anniversary_words = j.value("anniversary_words", std::vector<std::string>{});
    rules.scope_synonyms = j.value("scope_synonyms", std::map<std::string, std::string>{});
    rules.modality_groups = j.value("modality_groups", std::map<std::string, std::string>{});
    const nlohmann::json scales = j.value("unit_scales", nlohmann::json::object());
    for (const auto& [unit, scale] : scales.items())
      rules.unit_scales[unit] = {scale.at(0).get<std::string>(), scale.at(1).get<double>()};
    rules.measured_units = j.value("measured_units", std::vector<std::string>{});
    rules.measure_units = j.value("measure_units", std::map<std::string, std::string>{});
    const nlohmann::json evidence = j.value("conflict_evidence", nlohmann::json::object());
    ConflictEvidence& e = rules.evidence;
    const auto words = [&](const char* key) {
      return evidence.value(key, std::vector<std::string>{});
    };
    e.place_subjects = words("place_subjects");
    e.generic_subjects = words("generic_subjects");
    e.reporter_subjects = words("reporter_subjects");
    e.fragment_openers = words("fragment_openers");
    e.fragment_words = words("fragment_words");
    e.weak_metrics = words("weak_metrics");
    e.year_words = words("year_words");
    e.comparison_after = words("comparison_after");
    e.comparison_before = words("comparison_before");
    e.average_words = words("average_words");
    e.since_words = words("since_words");
    e.change_metrics = words("change_metrics");
    e.relative_change_units = words("relative_change_units");
    e.running_total_cues = words("running_total_cues");
    e.revision_cues = words("revision_cues");
    e.rate_units = words("rate_units");
    e.change_from_words = words("change_from_words");
    e.deictic_openers = words("deictic_openers");
    e.holiday_words = words("holiday_words");
    e.inferred_period_recent_days =
        evidence.value("inferred_period_recent_days", e.inferred_period_recent_days);
    e.restatement_similarity = evidence.value("restatement_similarity", e.restatement_similarity);
    e.restatement_min_bigrams =
        evidence.value("restatement_min_bigrams", e.restatement_min_bigrams);
    e.restatement_bucket_limit =
        evidence.value("restatement_bucket_limit", e.restatement_bucket_limit);
    e.title_places = evidence.value("title_places", e.title_places);
    e.year_anaphors = words("year_anaphors");
    e.title_place_not_before = words("title_place_not_before");
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
  if (rules.open_bound_factor <= 1 || rules.exact_relative_tolerance < 0 ||
      rules.about_relative_tolerance < 0 || rules.open_date_bound_days < 1) {
    throw Error(ErrorKind::CORRUPT_INDEX, "out-of-range tolerance in " + file.string());
  }
  return rules;
}

namespace {

/// Whether `unit` counts whole things (人, 个, 座) rather than measures (km, 年, 岁, percent).
bool counts_whole_things(const std::string& unit, const CrossCheckRules& rules) {
  if (unit.empty() || listed(rules.measured_units, unit)) return false;
  return std::none_of(unit.begin(), unit.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;  // km, USD, percent
  });
}

}  // namespace

std::optional<ValueInterval> claim_interval(const ClaimValue& value, const CrossCheckRules& rules) {
  ValueInterval out;
  if (value.kind == ValueKind::DATE) {
    auto span = date_span(value.date.date, value.date.date_end);
    if (!span) return std::nullopt;
    out.low = static_cast<double>(span->first);
    out.high = static_cast<double>(span->second);
    // A bound covers the days on its open side: 2025年4月前 is consistent with 2025-03, and a
    // bound written in years reaches further (2000年后 is consistent with 2007).
    const double reach =
        value.date.date.size() == 4 ? rules.open_year_bound_days : rules.open_date_bound_days;
    switch (value.date.relation) {
      case DateRelation::BEFORE:
        out.high = out.low - 1, out.low -= reach;
        break;
      case DateRelation::AFTER:
        out.low = out.high + 1, out.high += reach;
        break;
      case DateRelation::SINCE:
        out.high += reach;
        break;
      case DateRelation::UNTIL:
        out.low -= reach;
        break;
      case DateRelation::NONE:
        break;
    }
    out.is_date = true;
    out.unit = "date";
    return out;
  }
  const FigureValue& figure = value.figure;
  // A score is two whole numbers (4比2), compared side by side and exactly.
  if (value.kind == ValueKind::SCORE) {
    if (!figure.value || !figure.against) return std::nullopt;
    out.low = out.high = *figure.value;
    out.against = *figure.against;
    out.unit = "score";
    return out;
  }
  if (figure.value) {
    out.low = out.high = *figure.value;
  } else if (figure.min && figure.max) {
    out.low = *figure.min;
    out.high = *figure.max;
  } else {
    return std::nullopt;
  }
  out.unit = figure.currency.empty() ? figure.unit : figure.currency;
  // 13名乘客 counts people, as 13人 does.
  if (const auto counted = rules.measure_units.find(figure.measure);
      out.unit.empty() && counted != rules.measure_units.end())
    out.unit = counted->second;
  // 3公里 and 3000米: one question in the base unit.
  if (const auto scale = rules.unit_scales.find(out.unit); scale != rules.unit_scales.end()) {
    out.low *= scale->second.second;
    out.high *= scale->second.second;
    out.unit = scale->second.first;
  }
  // 超过13名 is 14 or more: a strict bound on whole things excludes its own number (超过13公里
  // does not exclude 13.4 km, which 13公里 may be rounded from).
  const bool whole_bound =
      counts_whole_things(out.unit.empty() ? figure.measure : out.unit, rules) &&
      out.low == out.high && out.low == std::floor(out.low) && std::abs(out.low) < 1e15;

  const double factor = rules.open_bound_factor;
  switch (figure.approx) {
    case Approx::ABOUT:
      out.low -= std::abs(out.low) * rules.about_relative_tolerance;
      out.high += std::abs(out.high) * rules.about_relative_tolerance;
      break;
    case Approx::OVER:
    case Approx::AT_LEAST:
      out.high = out.high * factor;
      if (figure.approx == Approx::OVER && whole_bound) {
        out.low += 1;
        out.high = std::max(out.high, out.low);
      }
      break;
    case Approx::UNDER:
    case Approx::AT_MOST:
      out.low = out.low / factor;
      if (figure.approx == Approx::UNDER && whole_bound) {
        out.high -= 1;  // (不到一家: none)
        out.low = std::min(out.low, out.high);
      }
      break;
    case Approx::EXACT:
      out.low -= std::abs(out.low) * rounding_slack(out.low, rules.exact_relative_tolerance);
      out.high += std::abs(out.high) * rounding_slack(out.high, rules.exact_relative_tolerance);
      break;
  }
  return out;
}

/// Joins restatements whose frames were read differently: a figure in the same place of a
/// sentence that another outlet told earlier in much the same words (restatement) answers that
/// figure's question, whatever subject or metric its own clause yields (监狱待 and 肖恩·克里斯坦
/// of one 五年), when both give the same period, scope and modality. Figures are matched by the
/// words around them and their unit, so only figures of one bucket are compared with each other.
template <typename Key>
void join_restatements(const std::vector<Entry>& entries, std::vector<Key>& keys,
                       const CrossCheckRules& rules) {
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> places;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Frame& f = entries[i].frame;
    if (f.context.empty() || entries[i].cited->publisher.empty()) continue;
    if (entries[i].cited->claim.value.kind == ValueKind::DATE && !f.value) continue;
    places[{f.context, std::get<5>(keys[i])}].push_back(i);
  }
  for (auto& [place, members] : places) {
    // A common place (同比增长|%) of many figures says little: those are left to their frames.
    if (members.size() < 2 || members.size() > rules.evidence.restatement_bucket_limit) continue;
    // The place must name one figure of each article: a table's rows in the same words
    // (粮食…总产量A, 棉花…总产量B) are told apart by what the words do not hold.
    std::map<std::string_view, std::size_t> per_article;
    for (std::size_t i : members) ++per_article[entries[i].cited->doc_id];
    members.erase(
        std::remove_if(members.begin(), members.end(),
                       [&](std::size_t i) { return per_article[entries[i].cited->doc_id] > 1; }),
        members.end());
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(entries[a].cited->published, entries[a].cited->path) <
             std::tie(entries[b].cited->published, entries[b].cited->path);
    });
    for (std::size_t later = 1; later < members.size(); ++later) {
      const Entry& b = entries[members[later]];
      for (std::size_t earlier = 0; earlier < later; ++earlier) {
        const Entry& a = entries[members[earlier]];
        // Only the reading of the subject and metric may differ: a period, scope or modality
        // that one of them gives otherwise (from the sentence before) is another question.
        const bool same_frame = a.frame.period == b.frame.period &&
                                a.frame.scope == b.frame.scope &&
                                a.frame.modality == b.frame.modality;
        if (a.cited->doc_id == b.cited->doc_id || !same_frame || !same_place_in_story(a, b) ||
            !restatement(a, b, rules))
          continue;
        keys[members[later]] = keys[members[earlier]];
        break;
      }
    }
  }
}

std::vector<ClaimGroup> cross_check(const std::vector<CitedClaim>& claims,
                                    const CheckRequest& request, const CrossCheckRules& rules) {
  // The question a claim answers; USD figures are never compared with CNY ones.
  using Key =
      std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;
  std::vector<Entry> entries;
  std::vector<Key> keys;
  entries.reserve(claims.size());
  keys.reserve(claims.size());
  for (const CitedClaim& cited : claims) {
    Frame frame = frame_of(cited.claim, cited.published, rules);
    // A metric that names no question of its own (an event date of no named event): nothing to
    // compare it with, so it stands alone.
    const std::string unit = frame.value ? frame.value->unit : "";
    const auto listed = [](const std::vector<std::string>& list, const std::string& x) {
      return std::find(list.begin(), list.end(), x) != list.end();
    };
    // Nor does a figure with neither metric nor a unit written (北京…5: five what?; 13名: 13
    // people doing what?), an ordinal
    // (第十七次 of a meeting), or a generic subject's figure of no period (每坪开价90万元 of some
    // building: 2022年粮食总产量 has a period and is a question).
    // Nor does a date without its year (XXXX-03-25) or relative words of an undated article
    // (昨天): no day to hold against another article's, whose year or day may differ.
    const bool no_day = cited.claim.value.kind == ValueKind::DATE && !frame.value;
    const bool no_question = no_day || listed(rules.unnamed_metrics, frame.metric) ||
                             listed(rules.alone_units, unit) ||
                             (frame.metric.empty() && !written_unit_of(cited.claim.value.figure) &&
                              cited.claim.value.kind != ValueKind::DATE) ||
                             (frame.generic_subject && frame.undated);
    const std::string alone =
        no_question ? "#" + std::to_string(&cited - claims.data()) : std::string();
    if (!request.subject.empty() && frame.subject != request.subject) continue;
    if (!request.metric.empty() && frame.metric != request.metric &&
        cited.claim.metric != request.metric)
      continue;
    keys.push_back(
        {frame.subject, frame.metric, frame.period + alone, frame.scope, frame.modality, unit});
    entries.push_back({&cited, std::move(frame)});
  }
  join_restatements(entries, keys, rules);

  std::map<Key, std::pair<ClaimGroup, std::vector<Entry>>> groups;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Frame& frame = entries[i].frame;
    auto& [group, members] = groups[keys[i]];
    if (members.empty()) {
      group.subject = frame.subject;
      group.metric = frame.metric;
      group.unit = std::get<5>(keys[i]);
      group.period = frame.period_label;
      group.scope = frame.scope;
      group.modality = frame.modality;
    }
    // The claims are copied into the groups that are returned, once they are labelled.
    members.push_back(std::move(entries[i]));
  }

  // Articles that disagree on at least series_min_disagreements questions and agree on fewer
  // are a series.
  std::set<ArticlePair> series;
  if (rules.series_min_disagreements > 0) {
    std::map<ArticlePair, std::pair<std::size_t, std::size_t>> tally;  // agree, disagree
    for (auto& [key, slot] : groups) {
      for (const auto& c : compare_articles(slot.second, rules))
        ++(c.overlap ? tally[c.articles].first : tally[c.articles].second);
    }
    for (const auto& [articles, counts] : tally)
      if (counts.second >= rules.series_min_disagreements && counts.first < counts.second)
        series.insert(articles);
  }

  std::vector<ClaimGroup> out;
  for (auto& [key, slot] : groups) {
    auto& [group, members] = slot;
    // Order claims (and their frames with them) by date, then document.
    std::stable_sort(members.begin(), members.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.cited->published, a.cited->path) <
             std::tie(b.cited->published, b.cited->path);
    });
    // The group's words as the earliest article wrote them (whatever order the shards answered
    // in): known subjects' claims quote their metric words, which differ from one to another.
    group.subject_text = members.front().frame.subject_text;
    group.metric_text = members.front().frame.metric_text;
    label(group, members, rules, series);
    // The group's unit as its articles write it (km2, not the m2 it is compared in).
    if (const auto scale = rules.unit_scales.find(written_unit(members));
        scale != rules.unit_scales.end() && scale->second.first == group.unit)
      group.unit = scale->first;
    if (group.verdict == Verdict::SINGLE_SOURCE && !request.include_single_source) continue;
    group.claims.reserve(members.size());
    for (const Entry& entry : members) group.claims.push_back(*entry.cited);
    out.push_back(std::move(group));
  }
  // Most corroborated (or contested) first.
  std::stable_sort(out.begin(), out.end(), [](const ClaimGroup& a, const ClaimGroup& b) {
    return a.documents > b.documents;
  });
  return out;
}

nlohmann::json to_json(const CitedClaim& claim) {
  nlohmann::json out = {{"doc_id", claim.doc_id},       {"path", claim.path},
                        {"title", claim.title},         {"publisher", claim.publisher},
                        {"published", claim.published}, {"origin", claim.origin},
                        {"chain", claim.chain},         {"claim", to_json(claim.claim)}};
  if (!claim.repost_of.empty()) out["repost_of"] = claim.repost_of;
  if (!claim.repost_origin.empty()) out["repost_origin"] = claim.repost_origin;
  return out;
}

nlohmann::json to_json(const ClaimGroup& group) {
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& c : group.claims) claims.push_back(to_json(c));
  // A claim of the group by its place in `claims`, with what identifies it in its article.
  const auto claim_ref = [&](std::size_t index) {
    const CitedClaim& c = group.claims.at(index);
    return nlohmann::json{
        {"index", index},
        {"doc_id", c.doc_id},
        {"publisher", c.publisher},
        {"published", c.published},
        {"origin", c.origin},
        {"value_text", written_value(c.claim)},
        {"value_span", {{"start", c.claim.value_raw.begin}, {"end", c.claim.value_raw.end}}}};
  };
  nlohmann::json conflict = nullptr;
  if (group.conflict) {
    conflict = {{"a", claim_ref(group.conflict->a)},
                {"b", claim_ref(group.conflict->b)},
                {"distance", group.conflict->distance},
                {"relative_distance", group.conflict->relative_distance
                                          ? nlohmann::json(*group.conflict->relative_distance)
                                          : nlohmann::json(nullptr)}};
  }
  nlohmann::json overlap = nullptr;
  if (group.overlap) {
    // Dates as days, an open bound (超过 X alone) as null.
    const auto bound = [&](double x) {
      if (!std::isfinite(x)) return nlohmann::json(nullptr);
      if (group.overlap->is_date) return nlohmann::json(iso_date_of_days(static_cast<long>(x)));
      return nlohmann::json(x);
    };
    overlap = {{"low", bound(group.overlap->low)},
               {"high", bound(group.overlap->high)},
               {"unit", group.overlap->unit}};
    if (group.overlap->against) overlap["against"] = *group.overlap->against;
  }
  nlohmann::json sources = nlohmann::json::array();
  for (const ClaimGroup::Source& s : group.sources) {
    nlohmann::json source = {{"origin", s.origin}, {"documents", s.documents}};
    if (!s.repost_origin.empty()) source["repost_origin"] = s.repost_origin;
    sources.push_back(std::move(source));
  }
  return {{"subject", group.subject},
          {"subject_text", group.subject_text},
          {"metric", group.metric},
          {"metric_text", group.metric_text},
          {"unit", group.unit},
          {"period", group.period},
          {"scope", group.scope},
          {"modality", group.modality},
          {"verdict", std::string(verdict_name(group.verdict))},
          {"explanation", group.explanation},
          {"documents", group.documents},
          {"independent_sources", group.independent_sources},
          {"claims", claims},
          {"reason", group.reason},
          {"weak_evidence", group.weak_evidence},
          {"compared_pairs", group.compared_pairs},
          {"disagreeing_pairs", group.disagreeing_pairs},
          {"conflict", conflict},
          {"agreeing_sources", group.agreeing_sources},
          {"agreeing_origins", group.agreeing_origins},
          {"overlap", overlap},
          {"sources", sources}};
}

}  // namespace suyuan
