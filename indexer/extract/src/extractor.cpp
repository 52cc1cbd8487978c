/// @file extractor.cpp
/// @brief Stage 2 orchestration: entities over the whole text, then per sentence dates,
/// figures, attributions and claims; every span mapped to raw bytes at the end.
#include "suyuan/extract/extractor.h"

#include <algorithm>

#include "claims.h"
#include "code_points.h"
#include "recognizers.h"
#include "suyuan/core/error.h"
#include "suyuan/extract/gazetteer.h"

namespace suyuan {

using extract::ClaimRules;
using extract::CodePoints;
using extract::FigureVocabulary;

struct Extractor::Impl {
  explicit Impl(const ExtractorConfig& config)
      : normalizer(NormalizerConfig{config.data_dir.parent_path() / "normalize"}),
        gazetteer(config.data_dir, normalizer),
        vocabulary(FigureVocabulary::load(config.data_dir)),
        date_vocabulary(extract::DateVocabulary::load(config.data_dir)),
        rules(ClaimRules::load(config.data_dir)) {}

  Normalizer normalizer;  ///< folds the data files' aliases like documents
  Gazetteer gazetteer;
  FigureVocabulary vocabulary;
  extract::DateVocabulary date_vocabulary;
  ClaimRules rules;
};

Extractor::Extractor(const ExtractorConfig& config) : impl_(new Impl(config)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

namespace {

/// Unknown model codes (two to four capitals, digits, optional suffix) in a sentence that
/// talks about chips.
std::vector<std::pair<std::size_t, std::size_t>> unknown_chip_codes(
    const CodePoints& t, const ClaimRules& rules, const std::vector<bool>& taken) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  bool chip_context = false;
  for (const auto& word : rules.chip_context)
    chip_context = chip_context || t.contains(0, t.size(), word);
  if (!chip_context) return out;
  for (std::size_t i = 0; i < t.size(); ++i) {
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
  return out;
}

nlohmann::json entity_attributes(const Entity& e) {
  nlohmann::json a = {{"id", e.id}, {"display", e.display}, {"known", true}};
  if (e.kind == "media") a["category"] = "media";
  if (!e.vendor.empty()) a[e.kind == "person" ? "affiliation" : "vendor"] = e.vendor;
  return a;
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
  auto add_mention = [&](const std::string& kind, ByteRange normalized, nlohmann::json attributes) {
    Mention m;
    m.kind = kind;
    m.normalized = normalized;
    m.raw = document.offsets.to_raw(normalized);
    if (m.raw.end > raw.size()) return;  // guards a document/raw mismatch
    m.text = std::string(raw.substr(m.raw.begin, m.raw.size()));
    m.attributes = std::move(attributes);
    result.mentions.push_back(std::move(m));
  };

  const std::vector<EntityMatch> matches = impl.gazetteer.match(document.text);
  extract::Topic topic;
  int context_year = 0;
  std::size_t next_match = 0;

  for (const ByteRange& sentence : document.sentences) {
    const std::string_view text =
        std::string_view(document.text).substr(sentence.begin, sentence.size());
    CodePoints t(text, sentence.begin);
    extract::restore_chinese_commas(t, document.offsets, raw);
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
      add_mention(matches[m].entity->kind == "media" ? "org" : matches[m].entity->kind,
                  matches[m].normalized, entity_attributes(*matches[m].entity));
    }
    for (const auto& [b, e] : unknown_chip_codes(t, impl.rules, claimed)) {
      std::string code;
      for (std::size_t k = b; k < e; ++k) code.push_back(static_cast<char>(t[k]));
      std::string id = code;
      std::transform(id.begin(), id.end(), id.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      add_mention("chip", t.bytes(b, e),
                  {{"id", "unknown-" + id}, {"display", code}, {"known", false}});
      for (std::size_t k = b; k < e; ++k) claimed[k] = true;
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
    extract::resolve_anaphora_and_groups(t, entities, impl.rules, topic);

    extract::claim_titles(t, claimed);
    const auto dates = extract::find_dates(t, impl.date_vocabulary, ref, context_year, claimed);
    const auto figures = extract::find_figures(t, impl.vocabulary, claimed);
    const auto attributions = extract::find_attributions(t, entities, impl.rules);
    for (const auto& d : dates) {
      nlohmann::json a = {{"date", d.date}, {"relative", d.relative}};
      if (!d.date_end.empty()) a["date_end"] = d.date_end;
      if (!d.time.empty()) a["time"] = d.time;
      if (!d.relation.empty()) a["relation"] = d.relation;
      if (!d.calendar.empty()) a["calendar"] = d.calendar;
      if (!d.holiday.empty()) a["holiday"] = d.holiday;
      add_mention("date", t.bytes(d.begin, d.end), a);
    }
    for (const auto& f : figures) {
      nlohmann::json a = {{"approx", f.approx}};
      if (f.value) a["value"] = *f.value;
      if (f.min) a["min"] = *f.min;
      if (f.max) a["max"] = *f.max;
      if (f.min_exclusive) a["min_exclusive"] = true;
      if (f.max_exclusive) a["max_exclusive"] = true;
      if (!f.unit.empty()) a["unit"] = f.unit;
      if (!f.currency.empty()) a["currency"] = f.currency;
      add_mention(f.kind, t.bytes(f.begin, f.end), a);
    }
    std::vector<Attribution> sentence_attributions;
    for (const auto& a : attributions) {
      Attribution attribution;
      attribution.source = a.source;
      attribution.cue = a.cue;
      attribution.via = a.via;
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
      nlohmann::json attributes = {{"source", a.source}, {"cue", a.cue}};
      if (!a.via.empty()) attributes["via"] = a.via;
      add_mention("attribution", normalized, attributes);
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
      if (!dates.empty()) citation.date = dates.front().date;
      citation.raw = sentence_raw;
      citation.text = std::string(raw.substr(sentence_raw.begin, sentence_raw.size()));
      result.citations.push_back(std::move(citation));
    }
    for (const auto& draft : extract::assemble_claims(t, entities, figures, dates, attributions,
                                                      impl.rules, impl.gazetteer, topic)) {
      if (citing) break;
      Claim claim;
      claim.subject = draft.subject;
      claim.metric = draft.metric;
      claim.value = draft.value;
      if (draft.attribution) claim.attribution = sentence_attributions[*draft.attribution];
      claim.sentence_raw = sentence_raw;
      claim.sentence = std::string(raw.substr(sentence_raw.begin, sentence_raw.size()));
      claim.value_raw = document.offsets.to_raw(t.bytes(draft.value_begin, draft.value_end));
      result.claims.push_back(std::move(claim));
    }

    // What the next sentences may refer back to.
    for (const auto& e : entities) {
      if (e.synthetic) continue;
      if (e.entity->kind == "chip") {
        topic.chip = e.entity;
        break;
      }
    }
    for (const auto& e : entities) {
      if (!e.synthetic && e.entity->kind == "org") {
        topic.org = e.entity;
        break;
      }
    }
  }
  std::stable_sort(result.mentions.begin(), result.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.raw.begin < b.raw.begin; });
  return result;
}

nlohmann::json to_json(const Mention& mention) {
  nlohmann::json j = {{"kind", mention.kind},
                      {"text", mention.text},
                      {"start", mention.raw.begin},
                      {"end", mention.raw.end}};
  for (const auto& [key, value] : mention.attributes.items()) j[key] = value;
  return j;
}

nlohmann::json to_json(const Attribution& attribution) {
  nlohmann::json j = {{"source", attribution.source},
                      {"name", attribution.name},
                      {"cue", attribution.cue},
                      {"start", attribution.raw.begin},
                      {"end", attribution.raw.end}};
  if (!attribution.via.empty()) j["via"] = attribution.via;
  return j;
}

nlohmann::json to_json(const Claim& claim) {
  return {{"subject", claim.subject},
          {"metric", claim.metric},
          {"value", claim.value},
          {"attribution", claim.attribution ? to_json(*claim.attribution) : nlohmann::json()},
          {"sentence", claim.sentence},
          {"sentence_span", {{"start", claim.sentence_raw.begin}, {"end", claim.sentence_raw.end}}},
          {"value_span", {{"start", claim.value_raw.begin}, {"end", claim.value_raw.end}}}};
}

nlohmann::json to_json(const Citation& citation) {
  return {{"source", citation.source}, {"name", citation.name},       {"date", citation.date},
          {"text", citation.text},     {"start", citation.raw.begin}, {"end", citation.raw.end}};
}

nlohmann::json to_json(const ExtractionResult& result) {
  nlohmann::json mentions = nlohmann::json::array(), claims = nlohmann::json::array(),
                 citations = nlohmann::json::array();
  for (const auto& m : result.mentions) mentions.push_back(to_json(m));
  for (const auto& c : result.claims) claims.push_back(to_json(c));
  for (const auto& c : result.citations) citations.push_back(to_json(c));
  return {{"mentions", mentions}, {"claims", claims}, {"citations", citations}};
}

}  // namespace suyuan
