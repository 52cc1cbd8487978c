/// @file extractor.cpp
/// @brief Stage 2 orchestration: entities over the whole text, then per sentence dates,
/// figures, attributions and claims; every span mapped to raw bytes at the end.
#include "suyuan/extract/extractor.h"

#include <algorithm>
#include <unordered_map>

#include "claims.h"
#include "code_points.h"
#include "frame_grammar.h"
#include "frames.h"
#include "local_currency.h"
#include "numerals.h"
#include "recognizers.h"
#include "suyuan/core/error.h"
#include "suyuan/extract/gazetteer.h"

namespace suyuan {

using extract::ClaimRules;
using extract::CodePoints;
using extract::FigureVocabulary;

struct Extractor::Impl {
  Impl(const ExtractorConfig& config, const Normalizer& document_normalizer)
      : normalizer(document_normalizer),
        gazetteer(config.data_dir, document_normalizer),
        vocabulary(FigureVocabulary::load(config.data_dir)),
        date_vocabulary(extract::DateVocabulary::load(config.data_dir)),
        local_currency(extract::LocalCurrency::load(config.data_dir, document_normalizer)),
        rules(ClaimRules::load(config.data_dir)),
        frame_rules(extract::FrameRules::load(config.data_dir, vocabulary)) {
    frame_rules.add_metric_words(rules);
    // The words of each metric's rules, for rule_measures_other (a metric may have several).
    for (const auto& rule : rules.metrics) {
      auto& words =
          rule_words_by_metric.try_emplace(rule.metric, extract::RuleWords{rule.metric, {}, {}})
              .first->second;
      words.keywords.insert(words.keywords.end(), rule.keywords.begin(), rule.keywords.end());
      words.subject_words.insert(words.subject_words.end(), rule.context.begin(),
                                 rule.context.end());
    }
  }

  const Normalizer& normalizer;  ///< (outlives the extractor: see extractor.h)
  Gazetteer gazetteer;
  FigureVocabulary vocabulary;
  extract::DateVocabulary date_vocabulary;
  extract::LocalCurrency local_currency;
  ClaimRules rules;
  extract::FrameRules frame_rules;
  std::unordered_map<std::string, extract::RuleWords> rule_words_by_metric;
};

Extractor::Extractor(const ExtractorConfig& config, const Normalizer& normalizer)
    : impl_(new Impl(config, normalizer)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

namespace {

/// An open subject's key without its quotation and title marks: “腾讯觅影” and 腾讯觅影, 《条例》
/// and 条例 are one subject, whichever way an outlet writes it.
std::string without_marks(std::string key) {
  for (const std::string_view mark : {"“", "”", "「", "」", "『", "』", "‘", "’", "《", "》", "\""})
    for (std::size_t at = key.find(mark); at != std::string::npos; at = key.find(mark, at))
      key.erase(at, mark.size());
  return key;
}

/// "2025-04" → "2024-04".
std::string year_before(const std::string& date) {
  if (date.size() < 4) return date;
  return std::to_string(std::stoi(date.substr(0, 4)) - 1) + date.substr(4);
}

/// Unknown model codes (two to four capitals, digits, optional suffix) in a sentence that
/// talks about chips.
std::vector<std::pair<std::size_t, std::size_t>> unknown_chip_codes(
    const CodePoints& t, const ClaimRules& rules, const std::vector<bool>& taken) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] < 'A' || t[i] > 'Z') continue;  // a code opens with a capital (most characters not)
    if (taken[i] ||
        (i > 0 && (extract::is_ascii_alpha(t[i - 1]) || extract::is_ascii_digit(t[i - 1]))))
      continue;
    std::size_t j = i;
    while (j < t.size() && t[j] >= 'A' && t[j] <= 'Z' && j - i < 4) ++j;
    const std::size_t letters = j - i;
    std::size_t k = j;
    while (k < t.size() && extract::is_ascii_digit(t[k])) ++k;
    const std::size_t digits = k - j;
    while (k < t.size() && t[k] >= 'A' && t[k] <= 'Z' && k - j - digits < 2) ++k;
    if (letters < 1 || digits < 2 || digits > 4) continue;
    if (k < t.size() && (extract::is_ascii_alpha(t[k]) || extract::is_ascii_digit(t[k]))) continue;
    bool free = true;
    for (std::size_t x = i; x < k; ++x) free = free && !taken[x];
    if (!free) continue;
    out.emplace_back(i, k);
    i = k - 1;
  }
  // The context words are looked for only when a code stands in the sentence: most have none,
  // and scanning the sentence for every word was a twentieth of extraction.
  if (out.empty()) return out;
  for (const auto& word : rules.chip_context)
    if (t.contains(0, t.size(), word)) return out;
  out.clear();
  return out;
}

EntityRef entity_ref(const Entity& e) {
  EntityRef ref;
  ref.id = e.id;
  ref.display = e.display;
  ref.media = e.kind == EntityKind::MEDIA;
  (e.kind == EntityKind::PERSON ? ref.affiliation : ref.vendor) = e.vendor;
  return ref;
}

/// The mention kind of a gazetteer entity: outlets are organisations.
MentionKind mention_kind(EntityKind kind) {
  switch (kind) {
    case EntityKind::CHIP:
      return MentionKind::CHIP;
    case EntityKind::PERSON:
      return MentionKind::PERSON;
    case EntityKind::ORG:
    case EntityKind::MEDIA:
    case EntityKind::PLACE:
      break;
  }
  return MentionKind::ORG;
}

MentionKind mention_kind(ValueKind kind) {
  switch (kind) {
    case ValueKind::PERCENT:
      return MentionKind::PERCENT;
    case ValueKind::MONEY:
      return MentionKind::MONEY;
    case ValueKind::QUANTITY:
      return MentionKind::QUANTITY;
    case ValueKind::RATIO:
      return MentionKind::RATIO;
    case ValueKind::DATE:
      return MentionKind::DATE;
    case ValueKind::SCORE:
      return MentionKind::SCORE;
    case ValueKind::NUMBER:
      break;
  }
  return MentionKind::NUMBER;
}

}  // namespace

ExtractionResult Extractor::extract(const NormalizedDocument& document, std::string_view raw,
                                    const ExtractOptions& options) const {
  const Impl& impl = *impl_;
  const std::string reference = !options.reference_date.empty() ? options.reference_date
                                : document.metadata.published.size() >= 10
                                    ? document.metadata.published.substr(0, 10)
                                    : std::string();
  const auto ref = extract::ReferenceDate::parse(reference);

  ExtractionResult result;
  auto add_mention = [&](MentionKind kind, ByteRange normalized, MentionDetail detail) {
    Mention m;
    m.kind = kind;
    m.normalized = normalized;
    m.raw = document.offsets.to_raw(normalized);
    if (m.raw.end > raw.size()) return;  // guards a document/raw mismatch
    m.text = std::string(raw.substr(m.raw.begin, m.raw.size()));
    m.detail = std::move(detail);
    result.mentions.push_back(std::move(m));
  };

  const std::vector<EntityMatch> matches = impl.gazetteer.match(document.text);
  const std::string local_currency = impl.local_currency.of(
      document.text, impl.normalizer.sample_script(raw), impl.gazetteer.vocabulary_groups());
  extract::Topic topic;
  extract::FrameSubject frame_topic;
  extract::DateContext date_context;
  // What 全年, 当月 and 其中 refer back to: the year and month of the article's latest stated
  // period, and the last period of the sentence before.
  std::string latest_period_year;
  std::string latest_period_month;  // for 当月: YYYY-MM, or empty when no month was stated last
  // For 该季度 and 本季度: the latest quarter written as such (first and last month, YYYY-MM).
  std::optional<std::pair<std::string, std::string>> latest_quarter;
  // A date that spans one calendar quarter and is no quarter word (第三季度, 2018年Q3; not
  // 本季度 itself): its first and last month.
  const auto stated_quarter =
      [&](const CodePoints& text,
          const extract::DateFigure& d) -> std::optional<std::pair<std::string, std::string>> {
    if (d.date.size() != 7 || d.date_end.size() != 7 || d.date.compare(0, 4, d.date_end, 0, 4))
      return std::nullopt;
    const int first = std::stoi(d.date.substr(5)), last = std::stoi(d.date_end.substr(5));
    if (first % 3 != 1 || last != first + 2) return std::nullopt;
    for (std::size_t i = d.begin; i < d.end; ++i)
      if (extract::frame_grammar::word_at(text, i, impl.frame_rules.quarter_anaphors))
        return std::nullopt;
    return std::make_pair(d.date, d.date_end);
  };
  std::optional<Period> previous_sentence_period;
  // Who states the last attributed figure of the sentence before: a sentence opening with 其中
  // (a part of the total just stated) and naming no source of its own is stated by it too.
  std::optional<Attribution> previous_sentence_attribution;
  std::size_t next_match = 0;

  bool url_open = false;  // the last sentence ended inside a URL
  std::size_t last_sentence_end = 0;
  for (const ByteRange& sentence : document.sentences) {
    const std::string_view text =
        std::string_view(document.text).substr(sentence.begin, sentence.size());
    CodePoints t(text, sentence.begin);
    extract::restore_chinese_commas(t, document.offsets, raw, impl.vocabulary);
    extract::read_circle_zeros(t);
    std::vector<bool> claimed(t.size(), false);

    // Entities of this sentence (matches are sorted; sentences too).
    std::vector<extract::SentenceEntity> entities;
    while (next_match < matches.size() && matches[next_match].normalized.end <= sentence.begin)
      ++next_match;
    for (std::size_t m = next_match;
         m < matches.size() && matches[m].normalized.begin < sentence.end; ++m) {
      if (matches[m].normalized.end > sentence.end) continue;
      const std::size_t b = t.index_of(matches[m].normalized.begin),
                        e = t.index_of(matches[m].normalized.end);
      entities.push_back({b, e, matches[m].entity, 0, false});
      for (std::size_t k = b; k < e; ++k) claimed[k] = true;
      add_mention(mention_kind(matches[m].entity->kind), matches[m].normalized,
                  entity_ref(*matches[m].entity));
    }
    for (const auto& [b, e] : unknown_chip_codes(t, impl.rules, claimed)) {
      std::string code;
      for (std::size_t k = b; k < e; ++k) code.push_back(static_cast<char>(t[k]));
      std::string id = code;
      std::transform(id.begin(), id.end(), id.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      EntityRef unknown;
      unknown.id = "unknown-" + id;
      unknown.display = code;
      unknown.known = false;
      add_mention(MentionKind::CHIP, t.bytes(b, e), unknown);
      for (std::size_t k = b; k < e; ++k) claimed[k] = true;
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
    extract::resolve_anaphora_and_groups(t, entities, impl.rules, topic);

    extract::claim_titles(t, claimed);
    url_open = extract::claim_urls(t, claimed, url_open && last_sentence_end == sentence.begin);
    last_sentence_end = sentence.end;
    const auto dates = extract::find_dates(t, impl.date_vocabulary, ref, date_context, claimed);
    const auto figures = extract::find_figures(t, impl.vocabulary, claimed, local_currency);
    const auto attributions = extract::find_attributions(t, entities, dates, impl.rules);
    for (const auto& d : dates) {
      DateValue value;
      value.date = d.date;
      value.date_end = d.date_end;
      value.partial = d.partial;
      value.partial_end = d.partial_end;
      value.unresolved = d.unresolved;
      value.time = d.time;
      value.relative = d.relative;
      value.relation = d.relation;
      value.calendar = d.calendar;
      value.holiday = d.holiday;
      add_mention(MentionKind::DATE, t.bytes(d.begin, d.end), std::move(value));
    }
    for (const auto& f : figures)
      add_mention(mention_kind(f.kind), t.bytes(f.begin, f.end), figure_of(f));
    std::vector<Attribution> sentence_attributions;
    for (const auto& a : attributions) {
      Attribution attribution;
      attribution.source = a.source;
      attribution.cue = a.cue;
      attribution.via = a.via;
      attribution.named_as_written = a.open_speaker;
      const ByteRange normalized = t.bytes(a.begin, a.end);
      attribution.raw = document.offsets.to_raw(normalized);
      const ByteRange name_raw = attribution.raw;
      attribution.name = std::string(raw.substr(name_raw.begin, name_raw.size()));
      // The source as written: the raw bytes of the name inside the phrase.
      for (const auto& e : entities) {
        if (!e.synthetic && e.entity->id == a.source && e.begin >= a.begin && e.end <= a.end) {
          const ByteRange r = document.offsets.to_raw(t.bytes(e.begin, e.end));
          attribution.name = std::string(raw.substr(r.begin, r.size()));
          break;
        }
      }
      add_mention(MentionKind::ATTRIBUTION, normalized, AttributionRef{a.source, a.cue, a.via});
      sentence_attributions.push_back(std::move(attribution));
    }

    const ByteRange sentence_raw = document.offsets.to_raw(sentence);
    // A sentence that cites a source article is a provenance link, not a statement.
    const extract::FoundAttribution* citing = nullptr;
    for (const auto& a : attributions) {
      for (const auto& cue : impl.rules.citation_cues) {
        if (extract::to_u32(a.cue) == cue) citing = &a;
      }
    }
    if (citing) {
      Citation citation;
      citation.source = citing->source;
      citation.name =
          sentence_attributions[static_cast<std::size_t>(citing - attributions.data())].name;
      for (const auto& d : dates) {
        if (citation.date.empty()) citation.date = d.date;  // a date with its year
      }
      citation.raw = sentence_raw;
      citation.text = std::string(raw.substr(sentence_raw.begin, sentence_raw.size()));
      result.citations.push_back(std::move(citation));
    }
    // Claims: the chip-story rules first (their metrics are the seed story's), kept only when
    // the figure's clause names no other subject; then a frame for every other figure.
    std::vector<bool> taken(figures.size(), false);
    std::vector<Claim> sentence_claims;
    auto raw_text = [&](ByteRange r) { return std::string(raw.substr(r.begin, r.size())); };
    auto to_claim = [&](const extract::DraftFrame& frame, Claim& claim) {
      if (frame.subject_normalized) {
        claim.subject_raw = document.offsets.to_raw(*frame.subject_normalized);
        claim.subject_text = raw_text(*claim.subject_raw);
      }
      if (!frame.metric_span.empty()) {
        claim.metric_raw =
            document.offsets.to_raw(t.bytes(frame.metric_span.begin, frame.metric_span.end));
        claim.metric_text = raw_text(*claim.metric_raw);
      }
      if (frame.period_date) {
        const auto& d = dates[*frame.period_date];
        Period period;
        period.kind = frame.period_kind;
        period.start = d.date;
        period.end = d.date_end.empty() ? d.date : d.date_end;
        if (period.kind == PeriodKind::AS_OF) period.start.clear();
        if (d.relation == DateRelation::SINCE || frame.since_event_end)
          period.end = ref.known() ? reference : "";
        // 二季度 in a January report: a month or quarter written without its year that would
        // lie after publication is last year's, since what is reported has happened.
        if (d.relative && ref.known() && frame.modality == Modality::ACTUAL &&
            period.kind != PeriodKind::AS_OF && period.start.size() == 7 &&
            period.end > reference.substr(0, 7) && d.relation == DateRelation::NONE &&
            !frame.since_event_end && !t.contains(d.begin, d.end, U"年") &&
            !t.contains(d.begin, d.end, U"今"))
          period.start = year_before(period.start), period.end = year_before(period.end);
        period.raw = document.offsets.to_raw(
            t.bytes(d.begin, frame.since_event_end ? frame.since_event_end : d.end));
        period.text = raw_text(period.raw);
        claim.period = std::move(period);
      }
      claim.scope = frame.scope;
      claim.modality = frame.modality;
      claim.sentence_raw = sentence_raw;
      claim.sentence = raw_text(sentence_raw);
      claim.value_raw =
          document.offsets.to_raw(t.bytes(frame.value_span.begin, frame.value_span.end));
    };
    // A figure with no period of its own refers back: in a sentence opening with 其中 to the
    // sentence before; after 全年 to the article's latest stated year (a forecast or target,
    // with none stated, to the publication year); after 当月 to the month the latest stated
    // period ends in.
    const auto& frame_rules = impl.frame_rules;
    std::size_t opening = 0;
    while (opening < t.size() && (t[opening] == ' ' || t[opening] == U'\u3000')) ++opening;
    const bool continues =
        std::any_of(frame_rules.period_continuers.begin(), frame_rules.period_continuers.end(),
                    [&](const std::u32string& w) { return t.at(opening, w); });
    std::vector<ByteRange> compared_bases;  // values whose periods are no stated period
    // The latest stated year and month: of a figure's period, or of an event's date written
    // with its year (2016年，瑞祥公司成立。同年，…营收达到5亿元).
    const auto state_period = [&](const std::string& start, const std::string& end) {
      const std::string& day = end.empty() ? start : end;
      if (day.size() >= 4 && std::all_of(day.begin(), day.begin() + 4, ::isdigit) &&
          day.compare(0, 4, "0004") != 0)
        latest_period_year = day.substr(0, 4);
      latest_period_month = day.size() >= 7 ? day.substr(0, 7) : std::string();
    };
    auto refer_period = [&](Claim& claim, std::size_t value_begin, std::size_t value_end) {
      if (claim.value.kind == ValueKind::DATE) {
        // (Only a year written in digits: 明年 and 今年 say nothing of the article's own.)
        std::size_t digits = 0, longest = 0;
        for (std::size_t i = value_begin; i < value_end; ++i) {
          digits =
              extract::is_ascii_digit(t[i]) || extract::is_chinese_numeral(t[i]) ? digits + 1 : 0;
          longest = std::max(longest, digits);
        }
        const DateValue& date = claim.value.date;
        if (longest == 4 && date.relation == DateRelation::NONE && !date.date.empty())
          state_period(date.date, date.date_end);
        return;
      }
      if (std::find(compared_bases.begin(), compared_bases.end(), claim.value_raw) !=
          compared_bases.end())
        return;
      // 第十七次会议, 第六届论坛: the ordinal says which occurrence; when it is held is an event
      // date, no period of the figure.
      if (claim.value.figure.unit == "ordinal" &&
          std::any_of(frame_rules.occurrence_counters.begin(),
                      frame_rules.occurrence_counters.end(),
                      [&](const std::u32string& w) { return t.ends_at(value_end, w); })) {
        claim.period.reset();
        return;
      }
      // The last word of `words` before the figure, as raw bytes.
      const auto last_before_value = [&](const extract::WordList& words) {
        std::optional<ByteRange> found;
        for (std::size_t i = 0; i < value_begin; ++i) {
          if (!words.initials.may_start(t[i])) continue;
          for (const auto& w : words)  // (longest first: 全年度, not 全年)
            if (t.at(i, w) && i + w.size() <= value_begin) {
              found = document.offsets.to_raw(t.bytes(i, i + w.size()));
              break;
            }
        }
        return found;
      };
      // 该季度, 本季度 (as a period of its own or before the figure): the latest quarter written
      // as such before the figure, in this sentence or an earlier one.
      if (const auto quarter_word = last_before_value(frame_rules.quarter_anaphors);
          quarter_word && (!claim.period || claim.period->raw == *quarter_word)) {
        auto quarter = latest_quarter;
        for (const auto& d : dates)
          if (d.end <= value_begin)
            if (const auto stated = stated_quarter(t, d)) quarter = stated;
        if (quarter) {
          Period period;
          period.kind = PeriodKind::QUARTER;
          period.start = quarter->first;
          period.end = quarter->second;
          period.raw = *quarter_word;
          period.text = raw_text(period.raw);
          claim.period = std::move(period);
        }
      }
      const std::optional<ByteRange> anaphor = last_before_value(frame_rules.year_anaphors);
      const auto anaphoric_period = [&](PeriodKind kind, const std::string& when,
                                        const ByteRange& written) {
        Period period;
        period.kind = kind;
        period.start = period.end = when;
        period.raw = written;
        period.text = raw_text(period.raw);
        return period;
      };
      const auto year_period = [&](const std::string& year) {
        return anaphoric_period(PeriodKind::YEAR, year, *anaphor);
      };
      if (claim.period && anaphor && claim.period->raw.end <= anaphor->begin) {
        // 今年前10个月…，预计全年将达到4300亿元: the whole year of the period before.
        const std::string& day =
            claim.period->end.empty() ? claim.period->start : claim.period->end;
        if (day.size() >= 4 && day.compare(0, 4, "0004") != 0)
          claim.period = year_period(day.substr(0, 4));
      } else if (!claim.period && continues && previous_sentence_period) {
        claim.period = previous_sentence_period;
      } else if (const auto month_anaphor = last_before_value(frame_rules.month_anaphors);
                 !claim.period && month_anaphor) {
        if (!latest_period_month.empty())
          claim.period = anaphoric_period(PeriodKind::MONTH, latest_period_month, *month_anaphor);
      } else if (!claim.period && anaphor) {
        const bool planned =
            claim.modality == Modality::FORECAST || claim.modality == Modality::TARGET;
        const std::string year = !latest_period_year.empty() ? latest_period_year
                                 : planned && ref.known()    ? reference.substr(0, 4)
                                                             : std::string();
        if (!year.empty()) claim.period = year_period(year);
      }
      if (claim.period) state_period(claim.period->start, claim.period->end);
    };
    for (const auto& draft : extract::assemble_claims(t, entities, figures, dates, attributions,
                                                      impl.rules, impl.gazetteer, topic)) {
      const Entity* subject = impl.gazetteer.find(draft.subject);
      // Chip-story chip rules read the chip through anaphora (后者的15%); organisation and fixed
      // subjects give way to a subject the clause names itself (adidas品牌…增幅 is not Baidu's).
      const bool chip_rule = subject != nullptr && subject->kind == EntityKind::CHIP;
      if (!chip_rule && draft.value.kind != ValueKind::DATE &&
          extract::clause_names_other_subject(t, entities, dates, attributions, impl.frame_rules,
                                              draft.value_begin, subject))
        continue;
      if (!chip_rule && draft.value.kind != ValueKind::DATE) {
        // (A draft of an event rule has no metric rule: no words of its own.)
        const auto listed = impl.rule_words_by_metric.find(draft.metric);
        const bool has_rule = listed != impl.rule_words_by_metric.end();
        const extract::RuleWords unlisted{has_rule ? std::string() : draft.metric, {}, {}};
        const extract::RuleWords& rule_words = has_rule ? listed->second : unlisted;
        if (extract::rule_measures_other(t, entities, figures, dates, impl.frame_rules, rule_words,
                                         impl.rules.window_start(draft.value_begin),
                                         draft.value_begin))
          continue;
      }
      extract::DraftFrame frame;
      frame.value_span = {draft.value_begin, draft.value_end};
      extract::frame_context(t, dates, impl.frame_rules, draft.value_begin, draft.value_end,
                             draft.value.kind == ValueKind::DATE, frame);
      // The metric as written (鸿海5月营收为…: 营收): the nearest word of that metric before the
      // figure in its clause, so that a known subject's claim quotes its metric like any other.
      if (draft.value.kind != ValueKind::DATE) {
        namespace grammar = extract::frame_grammar;
        const auto written = grammar::metric_before(
            t, grammar::clause_of(t, draft.value_begin).begin, draft.value_begin, impl.frame_rules);
        if (written && draft.metric.find(impl.frame_rules.metric_words[written->second].metric) !=
                           std::string::npos)
          frame.metric_span = written->first;
      }
      // The subject as written: its mention nearest before the figure, else the first after.
      for (const auto& e : entities) {
        if (e.entity != subject) continue;
        if (!frame.subject_normalized || e.end <= draft.value_begin)
          frame.subject_normalized = t.bytes(e.begin, e.end);
      }
      Claim claim;
      to_claim(frame, claim);
      claim.subject = draft.subject;
      claim.subject_kind = SubjectKind::ENTITY;
      claim.metric = draft.metric;
      claim.value = draft.value;
      if (draft.attribution) claim.attribution = sentence_attributions[*draft.attribution];
      for (std::size_t k = 0; k < figures.size(); ++k)
        taken[k] = taken[k] || (figures[k].begin == draft.value_begin);
      refer_period(claim, draft.value_begin, draft.value_end);
      sentence_claims.push_back(std::move(claim));
    }
    for (const auto& frame : extract::find_frames(t, entities, figures, dates, attributions,
                                                  impl.frame_rules, taken, frame_topic)) {
      const bool stated =
          std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](const Claim& c) {
            return c.value_raw ==
                   document.offsets.to_raw(t.bytes(frame.value_span.begin, frame.value_span.end));
          });
      if (stated) continue;
      Claim claim;
      to_claim(frame, claim);
      claim.subject =
          frame.subject_kind == SubjectKind::ENTITY ? frame.subject : without_marks(frame.subject);
      claim.subject_kind = frame.subject_kind;
      // (The key is folded from the normalized text, never the raw bytes: 服务器, not 服務(wù)器.)
      claim.metric = frame.metric.empty() ? extract::frame_grammar::lower_ascii(frame.metric_text)
                                          : frame.metric;
      claim.value = frame.value;
      if (frame.attribution)
        claim.attribution = sentence_attributions[*frame.attribution];
      else if (continues && sentence_attributions.empty())
        claim.attribution = previous_sentence_attribution;
      if (frame.compared_base) compared_bases.push_back(claim.value_raw);
      refer_period(claim, frame.value_span.begin, frame.value_span.end);
      sentence_claims.push_back(std::move(claim));
    }
    // The sentence's last period (by position) is what a 其中 after it refers to.
    const Claim* last_dated = nullptr;
    for (const auto& c : sentence_claims) {
      if (c.period && c.value.kind != ValueKind::DATE &&
          std::find(compared_bases.begin(), compared_bases.end(), c.value_raw) ==
              compared_bases.end() &&
          (!last_dated || c.value_raw.begin > last_dated->value_raw.begin))
        last_dated = &c;
    }
    previous_sentence_period =
        last_dated ? std::optional<Period>(*last_dated->period) : std::nullopt;
    const Claim* last_attributed = nullptr;
    for (const auto& c : sentence_claims)
      if (c.attribution &&
          (!last_attributed || c.value_raw.begin > last_attributed->value_raw.begin))
        last_attributed = &c;
    previous_sentence_attribution = last_attributed ? last_attributed->attribution : std::nullopt;
    if (!citing) {
      std::stable_sort(
          sentence_claims.begin(), sentence_claims.end(),
          [](const Claim& a, const Claim& b) { return a.value_raw.begin < b.value_raw.begin; });
      for (auto& c : sentence_claims) result.claims.push_back(std::move(c));
    }

    // What the next sentences may refer back to.
    for (const auto& d : dates)
      if (const auto stated = stated_quarter(t, d)) latest_quarter = stated;
    for (const auto& e : entities) {
      if (e.synthetic) continue;
      if (e.entity->kind == EntityKind::CHIP) {
        topic.chip = e.entity;
        break;
      }
    }
    for (const auto& e : entities) {
      if (!e.synthetic && e.entity->kind == EntityKind::ORG) {
        topic.org = e.entity;
        break;
      }
    }
  }
  std::stable_sort(result.mentions.begin(), result.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.raw.begin < b.raw.begin; });
  return result;
}

}  // namespace suyuan
