/// @file claim.h
/// @brief The extraction contract: mentions, claim values, periods, claims and citations as
/// typed values, with one JSON codec per type. The CLI, the web API, the index (stored claims)
/// and the golden tests all go through these functions, so the JSON schema of README.md
/// ("Extraction output") lives here and nowhere else.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "suyuan/core/byte_range.h"

namespace suyuan {

/// What a figure measures. DATE is only a claim value kind (a date mention is MentionKind::DATE).
/// SCORE: a match result or a vote, two numbers (4比2: value 4, against 2).
enum class ValueKind { NUMBER, PERCENT, MONEY, QUANTITY, RATIO, DATE, SCORE };

/// How exact a figure is: 约 → ABOUT, 超过 → OVER, 不足 → UNDER, 至少 → AT_LEAST, 以内 → AT_MOST.
enum class Approx { EXACT, ABOUT, OVER, UNDER, AT_LEAST, AT_MOST };

/// A date made a bound by the text: 之前/前 → BEFORE, 之后/后 → AFTER, 以来/起 → SINCE,
/// 截至 → UNTIL.
enum class DateRelation { NONE, BEFORE, AFTER, SINCE, UNTIL };

/// The calendar a date was written in: 农历 → CHINESE, 民国 → MINGUO.
enum class Calendar { GREGORIAN, CHINESE, MINGUO };

/// Kinds of recognised expressions.
enum class MentionKind {
  NUMBER,
  PERCENT,
  MONEY,
  QUANTITY,
  RATIO,
  DATE,
  CHIP,
  ORG,
  PERSON,
  ATTRIBUTION,
  SCORE
};

/// The time a claim's figure refers to.
enum class PeriodKind { YEAR, QUARTER, HALF, MONTH, DAY, RANGE, YTD, CUMULATIVE, AS_OF };

/// Whether a figure is reported, predicted, aimed at or reckoned.
enum class Modality { ACTUAL, FORECAST, TARGET, ESTIMATE };

/// A claim's subject is a known entity (its id) or an open noun phrase (a folded key).
/// A claim's subject: a known entity, an open noun phrase as written (智能家电, 西延高铁), or a
/// generic one made of common words only (粮食, 每坪开价), which says what is measured more than
/// whose figure it is.
enum class SubjectKind { ENTITY, OPEN, GENERIC };

/// JSON names of the enumerators ("percent", "at_least", "as_of", …) and back. The parse_*
/// functions throw Error(INVALID_INPUT) for a name they do not know.
std::string_view name_of(ValueKind kind);
std::string_view name_of(Approx approx);
std::string_view name_of(DateRelation relation);  ///< "" for NONE
std::string_view name_of(Calendar calendar);      ///< "" for GREGORIAN
std::string_view name_of(MentionKind kind);
std::string_view name_of(PeriodKind kind);
std::string_view name_of(Modality modality);
std::string_view name_of(SubjectKind kind);
ValueKind parse_value_kind(std::string_view name);
Approx parse_approx(std::string_view name);
DateRelation parse_date_relation(std::string_view name);
Calendar parse_calendar(std::string_view name);
MentionKind parse_mention_kind(std::string_view name);
PeriodKind parse_period_kind(std::string_view name);
Modality parse_modality(std::string_view name);
SubjectKind parse_subject_kind(std::string_view name);

/// A resolved figure: one value, or bounds (45亿至55亿 → min/max), with its unit.
struct FigureValue {
  std::optional<double> value, min, max;
  std::optional<double> against;  ///< a score's second number (4比2: value 4, against 2)
  /// A two-sided comparison's bound the range leaves out (大于10小于20: both).
  bool min_exclusive = false, max_exclusive = false;
  std::string unit;      ///< normalized unit ("percent", "TFLOPS", "片") or empty
  std::string currency;  ///< ISO 4217 code for money, else empty
  /// A count's measure word (13名, 三次, 两项), which is no unit: the number counts whole
  /// things (超过13名 is 14 or more). Empty for a figure with a unit and for a bare number.
  std::string measure;
  Approx approx = Approx::EXACT;
};

/// A resolved date; `date`/`date_end` keep the granularity ("2025", "2025-07", "2025-07-15").
/// A date the text gives without a year that nothing resolves (3月25日 in an undated article)
/// has an empty `date` and its EDTF form in `partial` ("XXXX-03-25", "XXXX-03", "XXXX-XX-11");
/// a relative date with no reference date to resolve it (昨天 in an undated article) has an
/// empty `date` and the words as written (normalized script) in `unresolved`. `date` is thus
/// always empty or YYYY[-MM[-DD]].
struct DateValue {
  std::string date;
  std::string date_end;     ///< end of a span (下旬, 夏季, 2015年和2018年之间), or empty
  std::string partial;      ///< EDTF date of unknown year ("XXXX-03-25") when `date` is empty
  std::string partial_end;  ///< its span's end ("XXXX-03-27", or a full date), or empty
  std::string unresolved;   ///< relative words no reference date resolved ("昨天"), or empty
  std::string time;         ///< "16:51" when given
  bool relative = false;    ///< resolved against the reference date
  DateRelation relation = DateRelation::NONE;
  Calendar calendar = Calendar::GREGORIAN;
  std::string holiday;  ///< the holiday's first name when the text names one (中秋 → 中秋节)
};

/// A chip, organisation or person of the gazetteer, or an unknown model code in chip context.
struct EntityRef {
  std::string id;           ///< canonical id ("nvidia-h20"), "unknown-<code>" for unseen chips
  std::string display;      ///< display name
  bool known = true;        ///< false for unknown model codes
  bool media = false;       ///< an outlet (JSON "category": "media")
  std::string vendor;       ///< chip maker or an organisation's parent, or empty
  std::string affiliation;  ///< the organisation a person speaks for, or empty
};

/// Who a phrase credits a statement to (the attribution mention's own fields).
struct AttributionRef {
  std::string source;  ///< entity id, "anonymous", or the name as written
  std::string cue;     ///< "据", "表示", "援引", …
  std::string via;     ///< the outlet relaying it, or empty
};

/// The kind-specific fields of a mention: figures carry a FigureValue, dates a DateValue,
/// chips/orgs/people an EntityRef and attributions an AttributionRef.
using MentionDetail = std::variant<FigureValue, DateValue, EntityRef, AttributionRef>;

/// One recognised expression. `raw` are byte offsets into the raw file, end exclusive, and
/// `text` is exactly raw[raw.begin, raw.end) — the property tests hold every stage to that.
struct Mention {
  MentionKind kind = MentionKind::NUMBER;
  std::string text;      ///< the raw substring (original script)
  ByteRange raw;         ///< raw byte offsets
  ByteRange normalized;  ///< normalized byte offsets (not part of the JSON form)
  MentionDetail detail;
};

/// Who a statement is credited to.
struct Attribution {
  std::string source;  ///< canonical entity id ("reuters", "anonymous") or the surface name
  std::string name;    ///< surface form as written (raw script)
  std::string cue;     ///< the cue word ("据", "表示", "援引", ...)
  std::string via;  ///< the source relaying it (路透社援引知情人士: "reuters"), or empty
  ByteRange raw;    ///< raw span of the attribution phrase
  /// A speaker named only as written before a suffix cue (俄罗斯国防部10日称): shown with the
  /// claim, but no identity that makes two articles quoting it one source (names vary).
  bool named_as_written = false;
};

/// What a claim states: a figure, or a date (event dates; then `date` holds date, date_end and
/// relation). `relative_to` names the chip a relative figure is a share of (为H100的20%).
struct ClaimValue {
  ValueKind kind = ValueKind::NUMBER;
  FigureValue figure;  ///< when kind != DATE
  DateValue date;      ///< when kind == DATE
  std::string relative_to;
};

/// The time a claim's figure refers to, resolved against the publication date.
struct Period {
  PeriodKind kind = PeriodKind::YEAR;
  std::string start;  ///< "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty for an open start (as_of)
  std::string end;    ///< same formats; equals start for a single year/month/day
  std::string text;   ///< the period words as written (raw script)
  ByteRange raw;      ///< raw span of `text`
};

/**
 * A claim frame: one checkable statement of a figure or an event date — what it is about
 * (subject), what is measured (metric), when (period), where or in which segment (scope), how
 * sure (modality), the value and who says it. Every span is raw bytes of the article, and the
 * `*_text` fields are exactly those bytes.
 */
struct Claim {
  std::string subject;  ///< entity id ("nvidia-h20") or an open subject's folded key ("智能家电")
  SubjectKind subject_kind = SubjectKind::ENTITY;
  std::string subject_text;  ///< the subject as written; empty when only an anaphor refers to it
  std::optional<ByteRange> subject_raw;
  std::string metric;  ///< canonical metric ("revenue") or the attribute as written (自给率)
  std::string metric_text;  ///< the metric words as written, or empty
  std::optional<ByteRange> metric_raw;
  std::optional<Period> period;  ///< absent: the text gives no time for the figure
  std::string scope;             ///< place or segment qualifier (北美, 全国, 海外), or ""
  Modality modality = Modality::ACTUAL;
  ClaimValue value;
  std::optional<Attribution> attribution;  ///< absent: the publisher is the source
  ByteRange sentence_raw;                  ///< raw span of the sentence
  std::string sentence;                    ///< raw text of the sentence
  ByteRange value_raw;                     ///< raw span of the figure/date mention
};

/// A source article the text itself cites ("原文登载于澎湃新闻2025年07月15日关于…的报道"):
/// a provenance link, not a claim.
struct Citation {
  std::string source;  ///< canonical media id or the name as written
  std::string name;    ///< raw text of the source name
  std::string date;    ///< the cited article's date, when given
  ByteRange raw;       ///< raw span of the whole citing sentence
  std::string text;    ///< raw text of that sentence
};

/// Everything extracted from one article.
struct ExtractionResult {
  std::vector<Mention> mentions;    ///< sorted by raw.begin
  std::vector<Claim> claims;        ///< sorted by sentence, then value position
  std::vector<Citation> citations;  ///< in text order
};

/// Canonical JSON forms, shared by the CLI, the web API, the index's stored claims and the
/// golden tests (README.md, "Extraction output"). from_json reads what to_json writes (also
/// through `json.get<Claim>()`); it
/// throws nlohmann::json::exception for a missing or mistyped field and Error(INVALID_INPUT)
/// for an unknown enumerator name. Mention::normalized is not part of the JSON form.
nlohmann::json to_json(const FigureValue& figure);
nlohmann::json to_json(const DateValue& date);
nlohmann::json to_json(const Mention& mention);
nlohmann::json to_json(const Attribution& attribution);
nlohmann::json to_json(const ClaimValue& value);
nlohmann::json to_json(const Period& period);
nlohmann::json to_json(const Claim& claim);
nlohmann::json to_json(const Citation& citation);
nlohmann::json to_json(const ExtractionResult& result);
void from_json(const nlohmann::json& j, FigureValue& out);
void from_json(const nlohmann::json& j, DateValue& out);
void from_json(const nlohmann::json& j, Mention& out);
void from_json(const nlohmann::json& j, Attribution& out);
void from_json(const nlohmann::json& j, ClaimValue& out);
void from_json(const nlohmann::json& j, Period& out);
void from_json(const nlohmann::json& j, Claim& out);
void from_json(const nlohmann::json& j, Citation& out);
void from_json(const nlohmann::json& j, ExtractionResult& out);

}  // namespace suyuan
