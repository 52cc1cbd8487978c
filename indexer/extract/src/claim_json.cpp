/// @file claim_json.cpp
/// @brief The one JSON codec of the extraction contract (claim.h): enumerator names and
/// to_json/from_json for every type.
#include <array>
#include <utility>

#include "suyuan/core/error.h"
#include "suyuan/extract/extractor.h"

namespace suyuan {
namespace {

template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

constexpr Names<ValueKind, 7> VALUE_KINDS{{{ValueKind::NUMBER, "number"},
                                           {ValueKind::PERCENT, "percent"},
                                           {ValueKind::MONEY, "money"},
                                           {ValueKind::QUANTITY, "quantity"},
                                           {ValueKind::RATIO, "ratio"},
                                           {ValueKind::DATE, "date"},
                                           {ValueKind::SCORE, "score"}}};
constexpr Names<Approx, 6> APPROXES{{{Approx::EXACT, "exact"},
                                     {Approx::ABOUT, "about"},
                                     {Approx::OVER, "over"},
                                     {Approx::UNDER, "under"},
                                     {Approx::AT_LEAST, "at_least"},
                                     {Approx::AT_MOST, "at_most"}}};
constexpr Names<DateRelation, 5> RELATIONS{{{DateRelation::NONE, ""},
                                            {DateRelation::BEFORE, "before"},
                                            {DateRelation::AFTER, "after"},
                                            {DateRelation::SINCE, "since"},
                                            {DateRelation::UNTIL, "until"}}};
constexpr Names<Calendar, 3> CALENDARS{
    {{Calendar::GREGORIAN, ""}, {Calendar::CHINESE, "chinese"}, {Calendar::MINGUO, "minguo"}}};
constexpr Names<MentionKind, 11> MENTION_KINDS{{{MentionKind::NUMBER, "number"},
                                                {MentionKind::PERCENT, "percent"},
                                                {MentionKind::MONEY, "money"},
                                                {MentionKind::QUANTITY, "quantity"},
                                                {MentionKind::RATIO, "ratio"},
                                                {MentionKind::DATE, "date"},
                                                {MentionKind::CHIP, "chip"},
                                                {MentionKind::ORG, "org"},
                                                {MentionKind::PERSON, "person"},
                                                {MentionKind::ATTRIBUTION, "attribution"},
                                                {MentionKind::SCORE, "score"}}};
constexpr Names<PeriodKind, 9> PERIOD_KINDS{{{PeriodKind::YEAR, "year"},
                                             {PeriodKind::QUARTER, "quarter"},
                                             {PeriodKind::HALF, "half"},
                                             {PeriodKind::MONTH, "month"},
                                             {PeriodKind::DAY, "day"},
                                             {PeriodKind::RANGE, "range"},
                                             {PeriodKind::YTD, "ytd"},
                                             {PeriodKind::CUMULATIVE, "cumulative"},
                                             {PeriodKind::AS_OF, "as_of"}}};
constexpr Names<Modality, 4> MODALITIES{{{Modality::ACTUAL, "actual"},
                                         {Modality::FORECAST, "forecast"},
                                         {Modality::TARGET, "target"},
                                         {Modality::ESTIMATE, "estimate"}}};
constexpr Names<SubjectKind, 3> SUBJECT_KINDS{{{SubjectKind::ENTITY, "entity"},
                                               {SubjectKind::OPEN, "open"},
                                               {SubjectKind::GENERIC, "generic"}}};

template <typename Enum, std::size_t N>
std::string_view name_in(const Names<Enum, N>& names, Enum value) {
  for (const auto& [e, name] : names)
    if (e == value) return name;
  return names.front().second;
}

template <typename Enum, std::size_t N>
Enum parse_in(const Names<Enum, N>& names, std::string_view name, std::string_view what) {
  for (const auto& [e, n] : names)
    if (n == name) return e;
  throw Error(ErrorKind::INVALID_INPUT,
              "unknown " + std::string(what) + " '" + std::string(name) + "'");
}

nlohmann::json span_json(ByteRange r) { return {{"start", r.begin}, {"end", r.end}}; }

ByteRange span_from(const nlohmann::json& j) {
  return {j.at("start").get<std::uint32_t>(), j.at("end").get<std::uint32_t>()};
}

nlohmann::json optional_span_json(const std::optional<ByteRange>& r) {
  return r ? span_json(*r) : nlohmann::json();
}

std::optional<ByteRange> optional_span_from(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return span_from(j[key]);
}

std::string string_or_empty(const nlohmann::json& j, const char* key) {
  return j.contains(key) && !j[key].is_null() ? j[key].get<std::string>() : std::string();
}

std::optional<double> optional_number(const nlohmann::json& j, const char* key) {
  if (!j.contains(key)) return std::nullopt;
  return j[key].get<double>();
}

bool is_figure_kind(MentionKind kind) {
  return kind == MentionKind::NUMBER || kind == MentionKind::PERCENT ||
         kind == MentionKind::MONEY || kind == MentionKind::QUANTITY ||
         kind == MentionKind::RATIO || kind == MentionKind::SCORE;
}

}  // namespace

std::string_view name_of(ValueKind kind) { return name_in(VALUE_KINDS, kind); }
std::string_view name_of(Approx approx) { return name_in(APPROXES, approx); }
std::string_view name_of(DateRelation relation) { return name_in(RELATIONS, relation); }
std::string_view name_of(Calendar calendar) { return name_in(CALENDARS, calendar); }
std::string_view name_of(MentionKind kind) { return name_in(MENTION_KINDS, kind); }
std::string_view name_of(PeriodKind kind) { return name_in(PERIOD_KINDS, kind); }
std::string_view name_of(Modality modality) { return name_in(MODALITIES, modality); }
std::string_view name_of(SubjectKind kind) { return name_in(SUBJECT_KINDS, kind); }
ValueKind parse_value_kind(std::string_view name) {
  return parse_in(VALUE_KINDS, name, "value kind");
}
Approx parse_approx(std::string_view name) { return parse_in(APPROXES, name, "approx"); }
DateRelation parse_date_relation(std::string_view name) {
  return parse_in(RELATIONS, name, "date relation");
}
Calendar parse_calendar(std::string_view name) { return parse_in(CALENDARS, name, "calendar"); }
MentionKind parse_mention_kind(std::string_view name) {
  return parse_in(MENTION_KINDS, name, "mention kind");
}
PeriodKind parse_period_kind(std::string_view name) {
  return parse_in(PERIOD_KINDS, name, "period kind");
}
Modality parse_modality(std::string_view name) { return parse_in(MODALITIES, name, "modality"); }
SubjectKind parse_subject_kind(std::string_view name) {
  return parse_in(SUBJECT_KINDS, name, "subject kind");
}

nlohmann::json to_json(const FigureValue& f) {
  nlohmann::json j = {{"approx", name_of(f.approx)}};
  if (f.value) j["value"] = *f.value;
  if (f.min) j["min"] = *f.min;
  if (f.max) j["max"] = *f.max;
  if (f.against) j["against"] = *f.against;
  if (f.min_exclusive) j["min_exclusive"] = true;
  if (f.max_exclusive) j["max_exclusive"] = true;
  if (!f.unit.empty()) j["unit"] = f.unit;
  if (!f.currency.empty()) j["currency"] = f.currency;
  if (!f.measure.empty()) j["measure"] = f.measure;
  return j;
}

void from_json(const nlohmann::json& j, FigureValue& f) {
  f = {};
  f.approx = parse_approx(j.at("approx").get<std::string>());
  f.value = optional_number(j, "value");
  f.min = optional_number(j, "min");
  f.max = optional_number(j, "max");
  f.against = optional_number(j, "against");
  f.min_exclusive = j.value("min_exclusive", false);
  f.max_exclusive = j.value("max_exclusive", false);
  f.unit = string_or_empty(j, "unit");
  f.currency = string_or_empty(j, "currency");
  f.measure = string_or_empty(j, "measure");
}

nlohmann::json to_json(const DateValue& d) {
  nlohmann::json j = {{"date", d.date}, {"relative", d.relative}};
  if (!d.date_end.empty()) j["date_end"] = d.date_end;
  if (!d.partial.empty()) j["partial"] = d.partial;
  if (!d.partial_end.empty()) j["partial_end"] = d.partial_end;
  if (!d.unresolved.empty()) j["unresolved"] = d.unresolved;
  if (!d.time.empty()) j["time"] = d.time;
  if (d.relation != DateRelation::NONE) j["relation"] = name_of(d.relation);
  if (d.calendar != Calendar::GREGORIAN) j["calendar"] = name_of(d.calendar);
  if (!d.holiday.empty()) j["holiday"] = d.holiday;
  return j;
}

void from_json(const nlohmann::json& j, DateValue& d) {
  d = {};
  d.date = j.at("date").get<std::string>();
  d.relative = j.value("relative", false);
  d.date_end = string_or_empty(j, "date_end");
  d.partial = string_or_empty(j, "partial");
  d.partial_end = string_or_empty(j, "partial_end");
  d.unresolved = string_or_empty(j, "unresolved");
  d.time = string_or_empty(j, "time");
  d.relation = parse_date_relation(string_or_empty(j, "relation"));
  d.calendar = parse_calendar(string_or_empty(j, "calendar"));
  d.holiday = string_or_empty(j, "holiday");
}

nlohmann::json to_json(const Mention& m) {
  nlohmann::json j;
  if (const auto* f = std::get_if<FigureValue>(&m.detail)) j = to_json(*f);
  if (const auto* d = std::get_if<DateValue>(&m.detail)) j = to_json(*d);
  if (const auto* e = std::get_if<EntityRef>(&m.detail)) {
    j = {{"id", e->id}, {"display", e->display}, {"known", e->known}};
    if (e->media) j["category"] = "media";
    if (!e->vendor.empty()) j["vendor"] = e->vendor;
    if (!e->affiliation.empty()) j["affiliation"] = e->affiliation;
  }
  if (const auto* a = std::get_if<AttributionRef>(&m.detail)) {
    j = {{"source", a->source}, {"cue", a->cue}};
    if (!a->via.empty()) j["via"] = a->via;
  }
  j["kind"] = name_of(m.kind);
  j["text"] = m.text;
  j["start"] = m.raw.begin;
  j["end"] = m.raw.end;
  return j;
}

void from_json(const nlohmann::json& j, Mention& m) {
  m = {};
  m.kind = parse_mention_kind(j.at("kind").get<std::string>());
  m.text = j.at("text").get<std::string>();
  m.raw = span_from(j);
  if (is_figure_kind(m.kind)) {
    m.detail = j.get<FigureValue>();
  } else if (m.kind == MentionKind::DATE) {
    m.detail = j.get<DateValue>();
  } else if (m.kind == MentionKind::ATTRIBUTION) {
    m.detail = AttributionRef{j.at("source").get<std::string>(), j.at("cue").get<std::string>(),
                              string_or_empty(j, "via")};
  } else {
    EntityRef e;
    e.id = j.at("id").get<std::string>();
    e.display = string_or_empty(j, "display");
    e.known = j.value("known", true);
    e.media = string_or_empty(j, "category") == "media";
    e.vendor = string_or_empty(j, "vendor");
    e.affiliation = string_or_empty(j, "affiliation");
    m.detail = std::move(e);
  }
}

nlohmann::json to_json(const Attribution& a) {
  nlohmann::json j = {{"source", a.source},
                      {"name", a.name},
                      {"cue", a.cue},
                      {"start", a.raw.begin},
                      {"end", a.raw.end}};
  if (!a.via.empty()) j["via"] = a.via;
  if (a.named_as_written) j["named_as_written"] = true;
  return j;
}

void from_json(const nlohmann::json& j, Attribution& a) {
  a = {};
  a.source = j.at("source").get<std::string>();
  a.name = string_or_empty(j, "name");
  a.cue = string_or_empty(j, "cue");
  a.via = string_or_empty(j, "via");
  a.raw = span_from(j);
  a.named_as_written = j.value("named_as_written", false);
}

nlohmann::json to_json(const ClaimValue& v) {
  nlohmann::json j;
  if (v.kind == ValueKind::DATE) {
    j = {{"date", v.date.date}};
    if (!v.date.date_end.empty()) j["date_end"] = v.date.date_end;
    if (!v.date.partial.empty()) j["partial"] = v.date.partial;
    if (!v.date.partial_end.empty()) j["partial_end"] = v.date.partial_end;
    if (!v.date.unresolved.empty()) j["unresolved"] = v.date.unresolved;
    if (v.date.relation != DateRelation::NONE) j["relation"] = name_of(v.date.relation);
  } else {
    j = to_json(v.figure);
  }
  if (!v.relative_to.empty()) j["relative_to"] = v.relative_to;
  j["kind"] = name_of(v.kind);
  return j;
}

void from_json(const nlohmann::json& j, ClaimValue& v) {
  v = {};
  v.kind = parse_value_kind(j.at("kind").get<std::string>());
  if (v.kind == ValueKind::DATE) {
    v.date.date = j.at("date").get<std::string>();
    v.date.date_end = string_or_empty(j, "date_end");
    v.date.partial = string_or_empty(j, "partial");
    v.date.partial_end = string_or_empty(j, "partial_end");
    v.date.unresolved = string_or_empty(j, "unresolved");
    v.date.relation = parse_date_relation(string_or_empty(j, "relation"));
  } else {
    v.figure = j.get<FigureValue>();
  }
  v.relative_to = string_or_empty(j, "relative_to");
}

nlohmann::json to_json(const Period& p) {
  return {{"start", p.start},
          {"end", p.end},
          {"kind", name_of(p.kind)},
          {"text", p.text},
          {"span", span_json(p.raw)}};
}

void from_json(const nlohmann::json& j, Period& p) {
  p = {};
  p.kind = parse_period_kind(j.at("kind").get<std::string>());
  p.start = j.at("start").get<std::string>();
  p.end = j.at("end").get<std::string>();
  p.text = string_or_empty(j, "text");
  p.raw = span_from(j.at("span"));
}

nlohmann::json to_json(const Claim& c) {
  return {{"subject", c.subject},
          {"subject_kind", name_of(c.subject_kind)},
          {"subject_text", c.subject_text},
          {"subject_span", optional_span_json(c.subject_raw)},
          {"metric", c.metric},
          {"metric_text", c.metric_text},
          {"metric_span", optional_span_json(c.metric_raw)},
          {"period", c.period ? to_json(*c.period) : nlohmann::json()},
          {"scope", c.scope},
          {"modality", name_of(c.modality)},
          {"value", to_json(c.value)},
          {"attribution", c.attribution ? to_json(*c.attribution) : nlohmann::json()},
          {"sentence", c.sentence},
          {"sentence_span", span_json(c.sentence_raw)},
          {"value_span", span_json(c.value_raw)}};
}

void from_json(const nlohmann::json& j, Claim& c) {
  c = {};
  c.subject = j.at("subject").get<std::string>();
  c.subject_kind = parse_subject_kind(j.value("subject_kind", "entity"));
  c.subject_text = string_or_empty(j, "subject_text");
  c.subject_raw = optional_span_from(j, "subject_span");
  c.metric = j.at("metric").get<std::string>();
  c.metric_text = string_or_empty(j, "metric_text");
  c.metric_raw = optional_span_from(j, "metric_span");
  if (j.contains("period") && !j["period"].is_null()) c.period = j["period"].get<Period>();
  c.scope = string_or_empty(j, "scope");
  c.modality = parse_modality(j.value("modality", "actual"));
  c.value = j.at("value").get<ClaimValue>();
  if (j.contains("attribution") && !j["attribution"].is_null())
    c.attribution = j["attribution"].get<Attribution>();
  c.sentence = j.at("sentence").get<std::string>();
  c.sentence_raw = span_from(j.at("sentence_span"));
  c.value_raw = span_from(j.at("value_span"));
}

nlohmann::json to_json(const Citation& c) {
  return {{"source", c.source}, {"name", c.name},       {"date", c.date},
          {"text", c.text},     {"start", c.raw.begin}, {"end", c.raw.end}};
}

void from_json(const nlohmann::json& j, Citation& c) {
  c = {};
  c.source = j.at("source").get<std::string>();
  c.name = string_or_empty(j, "name");
  c.date = string_or_empty(j, "date");
  c.text = j.at("text").get<std::string>();
  c.raw = span_from(j);
}

nlohmann::json to_json(const ExtractionResult& result) {
  nlohmann::json mentions = nlohmann::json::array(), claims = nlohmann::json::array(),
                 citations = nlohmann::json::array();
  for (const auto& m : result.mentions) mentions.push_back(to_json(m));
  for (const auto& c : result.claims) claims.push_back(to_json(c));
  for (const auto& c : result.citations) citations.push_back(to_json(c));
  return {{"mentions", mentions}, {"claims", claims}, {"citations", citations}};
}

void from_json(const nlohmann::json& j, ExtractionResult& result) {
  result = {};
  for (const auto& m : j.at("mentions")) result.mentions.push_back(m.get<Mention>());
  for (const auto& c : j.at("claims")) result.claims.push_back(c.get<Claim>());
  for (const auto& c : j.at("citations")) result.citations.push_back(c.get<Citation>());
}

}  // namespace suyuan
