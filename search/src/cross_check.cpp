/// @file cross_check.cpp
/// @brief Claim grouping by frame (subject, metric, period, scope, modality, unit) and
/// agree/conflict/single-source labelling by pairwise comparison of articles.
#include "suyuan/search/cross_check.h"

#include <algorithm>
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

Frame frame_of(const Claim& claim, const std::string& claim_published,
               const CrossCheckRules& rules) {
  Frame f;
  f.subject = claim.subject;
  f.subject_text = claim.subject_text;
  f.metric = mapped(rules.metric_synonyms, claim.metric);
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
  // The significant digits as an integer mantissa: 1.3731e12 → 13731, 3.5e6 → 35, 0.25 → 25.
  double mantissa = magnitude / std::pow(10.0, std::floor(std::log10(magnitude)));
  for (int digits = 1; digits < 12; ++digits) {
    if (std::abs(mantissa - std::round(mantissa)) < 1e-6 * mantissa) break;
    mantissa *= 10;
  }
  return std::min(cap, 0.5 / std::round(mantissa));
}

bool overlaps(const ValueInterval& a, const ValueInterval& b) {
  return a.low <= b.high && b.low <= a.high;
}

/// Distance between two intervals (0 when they overlap).
double gap(const ValueInterval& a, const ValueInterval& b) {
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
  add(group.metric_text.empty() ? group.metric : group.metric_text);
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
bool same_context(const Entry& a, const Entry& b, const CrossCheckRules& rules) {
  const auto x = bigrams_without_figures(a.cited->claim.sentence);
  const auto y = bigrams_without_figures(b.cited->claim.sentence);
  std::size_t shared = 0;
  for (const auto& bigram : x) shared += y.count(bigram);
  const std::size_t all = x.size() + y.size() - shared;
  return all > 0 && static_cast<double>(shared) / all >= rules.undated_context_similarity;
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
          if (!a->frame.value || !b->frame.value || published_apart(*a, *b, rules)) continue;
          compared = true;
          overlap = overlap || overlaps(*a->frame.value, *b->frame.value);
        }
      }
      if (compared) out.push_back({{d1->first, d2->first}, overlap});
    }
  }
  return out;
}

void label(ClaimGroup& group, const std::vector<Entry>& entries, const CrossCheckRules& rules,
           const std::set<ArticlePair>& series) {
  std::map<std::string, std::vector<const Entry*>> by_doc;
  std::set<std::string> origins;
  for (const Entry& e : entries) {
    by_doc[e.cited->doc_id].push_back(&e);
    origins.insert(e.cited->origin);
  }
  group.documents = by_doc.size();
  group.independent_sources = origins.size();

  // Articles are compared pairwise, never a claim with another of its own article.
  std::optional<Disagreement> first_conflict;
  std::size_t conflicting_pairs = 0, compared_pairs = 0;
  std::set<std::string> agreeing_origins;
  for (auto d1 = by_doc.begin(); d1 != by_doc.end(); ++d1) {
    for (auto d2 = std::next(d1); d2 != by_doc.end(); ++d2) {
      std::optional<Disagreement> closest;
      bool compared = false, overlap = false;
      for (const Entry* a : d1->second) {
        for (const Entry* b : d2->second) {
          if (!a->frame.value || !b->frame.value || published_apart(*a, *b, rules)) continue;
          compared = true;
          if (overlaps(*a->frame.value, *b->frame.value)) {
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
      if (!first_conflict) first_conflict = closest;
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

  std::ostringstream why;
  if (first_conflict) {
    group.verdict = Verdict::CONFLICT;
    const Entry& a = *first_conflict->a;
    const Entry& b = *first_conflict->b;
    const ValueInterval& va = *a.frame.value;
    const ValueInterval& vb = *b.frame.value;
    why << question(group) << ": "
        << (a.frame.value_text.empty() ? describe(va) : a.frame.value_text) << " (" << who(*a.cited)
        << ") vs " << (b.frame.value_text.empty() ? describe(vb) : b.frame.value_text) << " ("
        << who(*b.cited) << "), ";
    // Assigned, not emplace()d: a nested aggregate with member initializers is not yet
    // default-constructible where the enclosing class declares optional<Conflict> (clang).
    group.conflict = ClaimGroup::Conflict{};
    ClaimGroup::Conflict& conflict = *group.conflict;
    conflict.a = static_cast<std::size_t>(&a - entries.data());
    conflict.b = static_cast<std::size_t>(&b - entries.data());
    conflict.distance = first_conflict->distance;
    group.reason = "values_disjoint";
    if (va.is_date) {
      why << static_cast<long>(first_conflict->distance) << " day(s) apart";
    } else {
      const double x = centre(va), y = centre(vb);
      const double scale = std::max(std::abs(x), std::abs(y));
      const double percent = scale > 0 ? 100 * std::abs(x - y) / scale : 0;
      conflict.relative_distance = percent / 100;
      std::ostringstream p;
      p.precision(percent < 10 ? 2 : 3);
      p << percent;
      why << p.str() << " % apart";
    }
    if (a.cited->origin == b.cited->origin && a.cited->origin != a.cited->publisher &&
        a.cited->origin.rfind("doc:", 0) != 0) {
      why << "; both attribute it to " << a.cited->origin;
      group.reason = "misquoted_source";
    }
    if (compared_pairs > 1) {
      why << " (" << conflicting_pairs << " of " << compared_pairs << " article pairs disagree)";
    }
  } else if (group.documents <= 1) {
    group.verdict = Verdict::SINGLE_SOURCE;
    group.reason = "one_article";
    why << "only one article states this";
  } else if (agreeing_origins.size() >= 2) {
    group.verdict = Verdict::AGREE;
    group.reason = "values_overlap";
    why << agreeing_origins.size() << " independent sources agree on " << question(group);
    std::optional<ValueInterval> common;
    for (const Entry& e : entries) {
      if (!e.frame.value) continue;
      if (!common) {
        common = e.frame.value;
      } else {
        common->low = std::max(common->low, e.frame.value->low);
        common->high = std::min(common->high, e.frame.value->high);
      }
    }
    if (common && common->low <= common->high) {
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
      why << group.documents << " articles, but all trace back to one source: " << *origins.begin();
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
    if (!source.empty() && source != "anonymous") cited.origin = source;
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
    rules.scope_synonyms = j.value("scope_synonyms", std::map<std::string, std::string>{});
    rules.modality_groups = j.value("modality_groups", std::map<std::string, std::string>{});
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, "malformed " + file.string() + ": " + e.what());
  }
  if (rules.open_bound_factor <= 1 || rules.exact_relative_tolerance < 0 ||
      rules.about_relative_tolerance < 0 || rules.open_date_bound_days < 1) {
    throw Error(ErrorKind::CORRUPT_INDEX, "out-of-range tolerance in " + file.string());
  }
  return rules;
}

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
  // A score is two numbers (4比2), which no interval of one holds: not compared yet.
  if (value.kind == ValueKind::SCORE) return std::nullopt;
  const FigureValue& figure = value.figure;
  if (figure.value) {
    out.low = out.high = *figure.value;
  } else if (figure.min && figure.max) {
    out.low = *figure.min;
    out.high = *figure.max;
  } else {
    return std::nullopt;
  }
  out.unit = figure.currency.empty() ? figure.unit : figure.currency;

  const double factor = rules.open_bound_factor;
  switch (figure.approx) {
    case Approx::ABOUT:
      out.low -= std::abs(out.low) * rules.about_relative_tolerance;
      out.high += std::abs(out.high) * rules.about_relative_tolerance;
      break;
    case Approx::OVER:
    case Approx::AT_LEAST:
      out.high = out.high * factor;
      break;
    case Approx::UNDER:
    case Approx::AT_MOST:
      out.low = out.low / factor;
      break;
    case Approx::EXACT:
      out.low -= std::abs(out.low) * rounding_slack(out.low, rules.exact_relative_tolerance);
      out.high += std::abs(out.high) * rounding_slack(out.high, rules.exact_relative_tolerance);
      break;
  }
  return out;
}

std::vector<ClaimGroup> cross_check(const std::vector<CitedClaim>& claims,
                                    const CheckRequest& request, const CrossCheckRules& rules) {
  // The question a claim answers; USD figures are never compared with CNY ones.
  using Key =
      std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;
  std::map<Key, std::pair<ClaimGroup, std::vector<Entry>>> groups;
  for (const CitedClaim& cited : claims) {
    Frame frame = frame_of(cited.claim, cited.published, rules);
    // A metric that names no question of its own (an event date of no named event): nothing to
    // compare it with, so it stands alone.
    const std::string unit = frame.value ? frame.value->unit : "";
    const auto listed = [](const std::vector<std::string>& list, const std::string& x) {
      return std::find(list.begin(), list.end(), x) != list.end();
    };
    // Nor does a figure with neither metric nor unit (北京…5: five what?), an ordinal
    // (第十七次 of a meeting), or a generic subject's figure of no period (每坪开价90万元 of some
    // building: 2022年粮食总产量 has a period and is a question).
    const bool no_question =
        listed(rules.unnamed_metrics, frame.metric) || listed(rules.alone_units, unit) ||
        (frame.metric.empty() && unit.empty() && cited.claim.value.kind != ValueKind::DATE) ||
        (frame.generic_subject && frame.undated);
    const std::string alone =
        no_question ? "#" + std::to_string(&cited - claims.data()) : std::string();
    if (!request.subject.empty() && frame.subject != request.subject) continue;
    if (!request.metric.empty() && frame.metric != request.metric &&
        cited.claim.metric != request.metric)
      continue;
    auto& [group, entries] = groups[{frame.subject, frame.metric, frame.period + alone, frame.scope,
                                     frame.modality, unit}];
    if (entries.empty()) {
      group.subject = frame.subject;
      group.metric = frame.metric;
      group.unit = unit;
      group.period = frame.period_label;
      group.scope = frame.scope;
      group.modality = frame.modality;
      group.subject_text = frame.subject_text;
      group.metric_text = frame.metric_text;
    }
    // The claims are copied into the groups that are returned, once they are labelled.
    entries.push_back({&cited, std::move(frame)});
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
    auto& [group, entries] = slot;
    // Order claims (and their frames with them) by date, then document.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.cited->published, a.cited->path) <
             std::tie(b.cited->published, b.cited->path);
    });
    label(group, entries, rules, series);
    if (group.verdict == Verdict::SINGLE_SOURCE && !request.include_single_source) continue;
    group.claims.reserve(entries.size());
    for (const Entry& entry : entries) group.claims.push_back(*entry.cited);
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
          {"compared_pairs", group.compared_pairs},
          {"disagreeing_pairs", group.disagreeing_pairs},
          {"conflict", conflict},
          {"agreeing_sources", group.agreeing_origins.size()},
          {"agreeing_origins", group.agreeing_origins},
          {"overlap", overlap},
          {"sources", sources}};
}

}  // namespace suyuan
