/// @file cross_check.h
/// @brief Groups claims that answer the same question — same subject, metric, period, scope,
/// modality and comparable unit — across articles and labels each group agree / conflict /
/// possible-conflict / update / single-source, with every claim cited to its raw bytes.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "suyuan/extract/claim.h"
#include "suyuan/index/stored_metadata.h"

namespace suyuan {

/// One claim with the provenance of the article it came from.
struct CitedClaim {
  std::string doc_id;
  std::string path;
  std::string title;
  std::string publisher;
  std::string published;
  Claim claim;  ///< the extract stage's claim (frame, value, attribution, sentence, spans)
  /// Who ultimately stands behind the claim: the attributed source when there is a named one,
  /// else the publisher (or the document when no publisher is known).
  std::string origin;
  /// publisher → attributed source(s), e.g. ["A5专栏", "路透社"].
  std::vector<std::string> chain;
  /// When the article is a re-post (or the origin) of an indexed article and the claim names
  /// no source of its own: "澎湃新闻's article of 2025-07-15" (see search/reposts.h).
  std::string repost_of;
  /// … and the doc_id of that origin article ("" when the claim is no re-post's).
  std::string repost_origin;
};

/// A claim of the article `origin` came from, with its origin and attribution chain worked out
/// from the claim's attribution (one rule for stored claims and freshly extracted ones).
CitedClaim cite_claim(const StoredOrigin& origin, Claim claim);

/// The numeric or date interval a claim value covers (claim_interval() below), as [low, high]
/// (dates as days since 1970-01-01).
struct ValueInterval {
  double low = 0;
  double high = 0;
  bool is_date = false;
  std::string unit;
  /// A score's other side (4比2: low = high = 4, against 2); two scores agree only when both
  /// sides are equal.
  std::optional<double> against;
};

/// The label of a group. Values that share nothing are a CONFLICT only when the evidence that
/// both claims answer one question is strong; with weaker evidence (a place or generic word as
/// subject, no named metric, a period guessed from the publication date…) they are a
/// POSSIBLE_CONFLICT, and a later figure of a running total, or a result after its forecast, is an
/// UPDATE.
enum class Verdict { AGREE, CONFLICT, SINGLE_SOURCE, POSSIBLE_CONFLICT, UPDATE };
/// "agree", "conflict", "single-source", "possible-conflict", "update".
std::string_view verdict_name(Verdict verdict);

/// Claims that answer one question: subject + metric + period + scope + modality (+ unit
/// family).
struct ClaimGroup {
  std::string subject;  ///< entity id or the canonical key of an open subject
  std::string metric;   ///< canonical metric (after data/search synonyms)
  std::string unit;     ///< shared unit/currency, "date" for dates, "" when unitless
  /// The period the figures refer to: "2022", "2022-04..2022-06", "" when the claims carry
  /// none (or the metric does not change over time, e.g. a chip's compute).
  std::string period;
  std::string scope;         ///< place or segment qualifier ("北美"), "" for none
  std::string modality;      ///< "actual" (estimates included), "forecast" or "target"
  std::string subject_text;  ///< the subject as the first claim wrote it
  std::string metric_text;   ///< the metric as the first claim wrote it
  Verdict verdict = Verdict::SINGLE_SOURCE;
  /// Why, in words: for a conflict the question, both values as written, who wrote them and how
  /// far apart they are (`2022 粮食 总产量: 13731亿斤 (A) vs 13500亿斤 (B), 1.7 % apart`).
  std::string explanation;
  std::size_t documents = 0;  ///< distinct articles
  /// Distinct origins, joined when they share an article (an article quoting someone beside its
  /// own figure is one source).
  std::size_t independent_sources = 0;
  /// The same count among the origins whose values agree with another's.
  std::size_t agreeing_sources = 0;
  std::vector<CitedClaim> claims;  ///< ordered by published date, then document

  // The verdict as data (README "Cross-checking"), beside the explanation in words.
  /// Why, as a stable code: "values_disjoint", "misquoted_source" (a conflict of two articles
  /// citing one source), "values_overlap" (agree), "one_article", "one_repost_cluster",
  /// "one_attributed_source", "no_comparable_values" (single-source), "running_total",
  /// "forecast_then_result" (update), or for a possible-conflict the first of `weak_evidence`.
  std::string reason;
  /// A possible-conflict's reasons to doubt that its claims answer one question, as stable codes
  /// (README "Cross-checking"): "place_subject", "generic_subject", "fragment_subject",
  /// "reporter_subject", "no_metric", "fragment_metric", "no_period", "inferred_period",
  /// "comparison_period", "average_period", "period_after_publication", "cut_figure"; empty
  /// otherwise.
  std::vector<std::string> weak_evidence;
  /// Article pairs whose values could be compared (same time window, both with a value), not
  /// counting the pairs of one template series, and how many of them share no value.
  std::size_t compared_pairs = 0;
  std::size_t disagreeing_pairs = 0;
  /// A conflict's closest disagreeing values (of a possible-conflict or an update too: for an
  /// update `a` is the earlier figure): two claims (indexes into `claims`) of the first
  /// disagreeing article pair of that verdict, the gap between their intervals (after tolerances;
  /// days for dates) and their relative distance |x−y| / max(|x|,|y|) of the values' centres (null
  /// for dates), as the explanation's "x % apart".
  struct Conflict {
    std::size_t a = 0;
    std::size_t b = 0;
    double distance = 0;
    std::optional<double> relative_distance;
  };
  std::optional<Conflict> conflict;
  /// The origins whose values overlap another origin's (sorted), and where all the group's
  /// values overlap (null when they do not all share one value).
  std::vector<std::string> agreeing_origins;
  std::optional<ValueInterval> overlap;
  /// The independent sources: each origin with the articles that trace back to it; a re-post
  /// cluster is one source (`repost_origin`: its origin article's doc_id).
  struct Source {
    std::string origin;
    std::vector<std::string> documents;
    std::string repost_origin;
  };
  std::vector<Source> sources;
};

/// What it takes to call two disagreeing claims a conflict rather than a possible-conflict or an
/// update: the words of data/search/cross_check.json's "conflict_evidence" (README
/// "Cross-checking").
struct ConflictEvidence {
  /// Subjects that name a place or a deictic (全国, 我国, 当地, 俄罗斯): whose figure it is, and of
  /// what, the clause says elsewhere.
  std::vector<std::string> place_subjects;
  /// … and so is a subject that opens with a deictic (该公司, 其营收, 村集体经济: the village's).
  std::vector<std::string> deictic_openers;
  /// Generic words and entities (假期, 公司, china-market): one word for many different things.
  std::vector<std::string> generic_subjects;
  /// Bodies that publish figures (海关总署, 国家统计局): who reports, not what is measured.
  std::vector<std::string> reporter_subjects;
  /// A subject or metric that opens with one of these (与, 相比, 加快, 造成, 将) is a piece of a
  /// clause, not a noun phrase; nor one that holds one of fragment_words (针对, 仅剩).
  std::vector<std::string> fragment_openers;
  std::vector<std::string> fragment_words;
  /// Metrics that say nothing of what is measured (了, 已, 连续, 相比).
  std::vector<std::string> weak_metrics;
  /// Words that state a period's year relative to publication (今年, 去年): explicit, while a
  /// period without a year (二季度, 前两个月) is the publication year guessed.
  std::vector<std::string> year_words;
  /// Two guessed years are trusted when both periods ended at most this many days before their
  /// articles appeared (一季度 in April): statistics come out soon after their period.
  double inferred_period_recent_days = 120;
  /// Period words that name a holiday (中秋, 国庆, 春节, 假期): the festival's day or the whole
  /// break, a guess unless both claims write the period in the same words.
  std::vector<std::string> holiday_words;
  /// Next to a period, it is a comparison base (比2019年增长, 2019年同期, 由2020年的…提高到), not
  /// the period of the figure: words right after it, and right before it.
  std::vector<std::string> comparison_after;
  std::vector<std::string> comparison_before;
  /// A figure right after one of these in its clause (由15.9%提高到19.8%) is the starting point of
  /// a change: its period is the base's.
  std::vector<std::string> change_from_words;
  /// In the clause of a figure, an average over years (年均): not the one year's figure.
  std::vector<std::string> average_words;
  /// After a period: a count since then (以来), a running total.
  std::vector<std::string> since_words;
  /// Units of a change whose base two sentences seldom share (percentage points).
  std::vector<std::string> relative_change_units;
  /// Metrics of a change (growth, decline, and growth:… of an attribute).
  std::vector<std::string> change_metrics;
  /// In the clause or metric of a figure, a total still counting (累计, 已造成, 票房, 死亡): a
  /// larger figure published later is an update.
  std::vector<std::string> running_total_cues;
  /// Words before a figure that say it revises one published before (修正, 终值): a later figure
  /// of the same source and question so written is an update, not a conflict.
  std::vector<std::string> revision_cues;
  /// Units of shares and rates (percent): they do not accumulate, so never a running total.
  std::vector<std::string> rate_units;
  /// Two sentences of two publishers (or of one on one day) with the same other figures, the
  /// shorter holding at least this part of its character bigrams (numerals left out) in the
  /// other, tell one story: a restatement, whatever the weaknesses of its frame.
  double restatement_similarity = 0.75;
  /// … when the shorter has at least this many bigrams: a shorter sentence says little more than
  /// its frame (上半年光伏组件出口额增长12.5%), so holding it shows no common story.
  std::size_t restatement_min_bigrams = 15;
  /// Figures in one place (the same words around them, the same unit) are checked pairwise for
  /// restatements only up to this many: a place that common is no evidence of one story.
  std::size_t restatement_bucket_limit = 64;
  /// Places a headline may name (云南：2019年空军招收飞行学员初选开始), as written in either script
  /// → the places it stands for (a city also for its province: 深圳 → 深圳, 广东). Two articles
  /// whose headlines name places, none in common, may give each place's own figure: their
  /// disagreement is a possible-conflict (weak evidence "title_places"), even in the same words
  /// (one notice issued for several provinces).
  std::map<std::string, std::vector<std::string>> title_places;
  /// … unless the word after it makes it no place (北京时间).
  std::vector<std::string> title_place_not_before;
  /// Periods that only refer to a year stated elsewhere (全年): like a period carried from the
  /// sentence before (其中，…), weak evidence "period_elsewhere".
  std::vector<std::string> year_anaphors;
};

/// Tolerances and the vocabulary of the comparison, read from data/search/cross_check.json (the
/// one documented place for them).
struct CrossCheckRules {
  double exact_relative_tolerance = 0.01;  ///< rounding slack for figures stated exactly
  double about_relative_tolerance = 0.1;   ///< 约/左右/近: ±10 %
  double open_bound_factor = 2.0;  ///< 超过 X covers (X, X·factor], 不足 X covers [X/factor, X)
  /// A date bound (2025年4月前, 自2025年4月起) covers this many days on its open side.
  double open_date_bound_days = 366;
  /// … and a bound written as a year alone (2000年后, 1990年以前) this many.
  double open_year_bound_days = 3653;
  /// Figures without a period (of metrics that change over time) are about the days around
  /// their publication: two of them are compared only when published at most this many days
  /// apart.
  double undated_window_days = 31;
  /// … and when an article has no date, only when their sentences share at least this part
  /// (Jaccard) of their character bigrams, numerals left out: told in the same context.
  double undated_context_similarity = 0.5;
  /// Two articles that disagree on at least this many questions and agree on fewer are a
  /// series of one template (weekly tables, price boxes), never a conflict; 0: off.
  std::size_t series_min_disagreements = 0;
  /// Metrics that do not change over time (a chip's compute): compared whatever the period.
  /// An entry ending in ':' is a prefix (`compute_relative_to:`).
  std::vector<std::string> timeless_metrics;
  /// Metrics that name no question by themselves (`event_date` of no named event): such
  /// claims are never compared.
  std::vector<std::string> unnamed_metrics;
  /// Units of figures that answer no question by themselves (an edition's ordinal, 第十七次):
  /// such claims are never compared.
  std::vector<std::string> alone_units;
  /// Verbs of events that happen once to their subject (成立, 出生, 启用, 逝世), as written in
  /// either script → canonical: the date of such an event names its question
  /// (`event_date:成立` of 新党), where a repeated event's (会见, 举行) does not.
  std::map<std::string, std::string> once_events;
  /// Words that make a once-only event someone else's when they stand between the claim's
  /// subject and the event's verb (习近平就基辛格逝世致唁电, 向俄中友协成立65周年致贺信), and
  /// the words after the verb that make it an anniversary (成立65周年): the date is then no
  /// answer to the subject's once-only question.
  std::vector<std::string> once_event_blockers, anniversary_words;
  std::map<std::string, std::string> metric_synonyms;  ///< written metric → canonical one
  std::map<std::string, std::string> scope_synonyms;   ///< 全国 → "" (the default scope)
  std::map<std::string, std::string> modality_groups;  ///< estimate → actual
  /// A unit of measurement → its base unit and how many of those one makes (km → m, 1000):
  /// 5,965 平方公里 and 5,965 平方公尺 answer one question, and disagree.
  std::map<std::string, std::pair<std::string, double>> unit_scales;
  /// Units of things measured rather than counted (年, 岁, 倍; any unit written with Latin
  /// letters is one too). Other units count whole things (人, 个, 座): 超过13名 is at least 14,
  /// which 13名 is not.
  std::vector<std::string> measured_units;
  /// A count's measure word → the unit it counts in (名, 位 → 人: 13名乘客 and 13人 are one
  /// question); other measure words leave the figure without a unit.
  std::map<std::string, std::string> measure_units;
  ConflictEvidence evidence;
  static CrossCheckRules load(const std::filesystem::path& file);

  bool is_timeless(const std::string& metric) const;
};

/// What to check.
struct CheckRequest {
  std::string subject;  ///< canonical id, or empty for all
  std::string metric;   ///< metric, or empty for all
  bool include_single_source = true;
};

/// The interval a claim value covers under `rules`; nullopt when it is neither a figure nor a
/// date.
std::optional<ValueInterval> claim_interval(const ClaimValue& value, const CrossCheckRules& rules);

/// The figure as the article wrote it ("13731亿斤"): the value span cut from the claim's
/// sentence; "" when the spans do not fit.
std::string written_value(const Claim& claim);

/**
 * Groups and labels. `claims` come from Searcher::claims() (or cite_claim).
 *
 * Claims are one question when subject, metric (after synonyms), period (the same days; none
 * for timeless metrics and date values), scope (after synonyms), modality group and unit
 * family agree. Within a group, articles are compared pairwise, never a claim with another of
 * its own article (two figures of one sentence are never a conflict): two articles disagree
 * when none of their values overlap (a figure truncated where the other is rounded, 13.26亿 and
 * 132662.08万, overlaps). A disagreement is an update when the later figure continues a running
 * total or follows a figure published before its period began, a conflict when the evidence
 * that both claims answer one question is strong (rules.evidence), else a possible-conflict. A
 * group is a conflict when any two articles conflict — even if both quote one source, as one of
 * them then misquotes it —, else a possible-conflict, else an update, agree when at least two
 * independent origins overlap, and single-source otherwise.
 */
std::vector<ClaimGroup> cross_check(const std::vector<CitedClaim>& claims,
                                    const CheckRequest& request, const CrossCheckRules& rules);

nlohmann::json to_json(const CitedClaim& claim);
nlohmann::json to_json(const ClaimGroup& group);

}  // namespace suyuan
