/// @file frame_rules.cpp
/// @brief Loading data/extract/frames.json and its word lists into FrameRules, and the word
/// lookups (WordSet, WordList) every frame step asks.
#include <algorithm>
#include <fstream>

#include "frame_grammar.h"
#include "frames.h"
#include "json_data.h"
#include "numerals.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {

using namespace frame_grammar;

namespace {

WordList word_list(const nlohmann::json& list) { return WordList(words_longest_first(list)); }

}  // namespace

void WordSet::insert(std::u32string word) {
  if (word.empty() || word.size() >= 32 || contains(word)) return;
  (word[0] < 0x10000 ? lengths_by_first_bmp[word[0]] : lengths_by_first_beyond[word[0]]) |=
      1u << word.size();
  if (word.size() >= 2) first_pairs[pair_bit(word[0], word[1])] = true;
  for (std::size_t k = 1; k < word.size(); ++k) {
    auto& offset = furthest_offset[word[k]];
    offset = std::max<std::uint8_t>(offset, static_cast<std::uint8_t>(k));
  }
  if ((words_.size() + 1) * 2 > slots_.size()) grow();
  std::uint64_t h = HASH_BASIS;
  for (const char32_t c : word) h = hash_step(h, c);
  words_.push_back(std::move(word));
  const std::size_t mask = slots_.size() - 1;
  std::size_t s = h & mask;
  while (slots_[s].second != 0) s = (s + 1) & mask;
  slots_[s] = {h, static_cast<std::uint32_t>(words_.size())};
}

void WordSet::grow() {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(64, old.size() * 2), {0, 0});
  const std::size_t mask = slots_.size() - 1;
  for (const auto& slot : old) {
    if (slot.second == 0) continue;
    std::size_t s = slot.first & mask;
    while (slots_[s].second != 0) s = (s + 1) & mask;
    slots_[s] = slot;
  }
}

bool WordSet::has(std::uint64_t h, const CodePoints& t, std::size_t i, std::size_t n) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = h & mask; slots_[s].second != 0; s = (s + 1) & mask) {
    if (slots_[s].first != h) continue;
    const std::u32string& word = words_[slots_[s].second - 1];
    if (word.size() != n) continue;
    bool same = true;
    for (std::size_t k = 0; k < n && same; ++k) same = word[k] == t[i + k];
    if (same) return true;
  }
  return false;
}

bool WordSet::contains(std::u32string_view word) const {
  if (word.empty() || word.size() >= 32 || slots_.empty()) return false;
  const std::uint64_t h = [&] {
    std::uint64_t v = HASH_BASIS;
    for (const char32_t c : word) v = hash_step(v, c);
    return v;
  }();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = h & mask; slots_[s].second != 0; s = (s + 1) & mask) {
    if (slots_[s].first == h && words_[slots_[s].second - 1] == word) return true;
  }
  return false;
}

std::uint32_t WordSet::lengths_at(const CodePoints& t, std::size_t i, std::size_t end) const {
  if (i >= end) return 0;
  std::uint32_t wanted = 0;
  if (t[i] < 0x10000) {
    wanted = lengths_by_first_bmp[t[i]];
  } else if (const auto beyond = lengths_by_first_beyond.find(t[i]);
             beyond != lengths_by_first_beyond.end()) {
    wanted = beyond->second;
  }
  if (wanted == 0 || i + 1 >= end || !first_pairs[pair_bit(t[i], t[i + 1])]) return 0;
  std::uint32_t found = 0;
  std::uint64_t h = hash_step(HASH_BASIS, t[i]);
  for (std::size_t n = 2; n < 32 && i + n <= end && (wanted >> n) != 0; ++n) {
    h = hash_step(h, t[i + n - 1]);
    if (((wanted >> n) & 1u) && has(h, t, i, n)) found |= 1u << n;
  }
  return found;
}

WordList::WordList(std::vector<std::u32string> list) : words(std::move(list)) {
  for (std::size_t k = 0; k < words.size(); ++k)
    if (!words[k].empty()) by_first[words[k][0]].push_back(k);
  initials.add_all(words);
  for (const auto& word : words) finals.add(word);
}

void FrameRules::index_metric_words() {
  metric_words_by_last.clear();
  for (std::size_t k = 0; k < metric_words.size(); ++k)
    if (!metric_words[k].word.empty())
      metric_words_by_last[metric_words[k].word.back()].push_back(k);
}

FrameRules FrameRules::load(const std::filesystem::path& data_dir,
                            const FigureVocabulary& figures) {
  const auto file = data_dir / "frames.json";
  FrameRules r;
  read_json_data(file, [&](const nlohmann::json& j) {
    r.max_subject = j.at("max_subject").get<std::size_t>();
    r.coordinating_words = word_list(j.at("subject_grammar").at("coordinating_words"));
    r.predicate_conjunctions = to_u32(
        j.at("subject_grammar").at("predicate_conjunctions").at("characters").get<std::string>());
    r.contrast_conjunctions =
        word_list(j.at("subject_grammar").at("contrast_conjunctions").at("words"));
    for (const auto& w : j.at("time_zones")) r.time_zones.push_back(to_u32(w.get<std::string>()));
    for (const auto& m : j.at("aggregate_metrics").at("metrics"))
      r.aggregate_metrics.insert(m.get<std::string>());
    r.coordinators = to_u32(
        j.at("subject_grammar").at("trailing_characters").at("coordinators").get<std::string>());
    r.trailing_characters = to_u32(
        j.at("subject_grammar").at("trailing_characters").at("characters").get<std::string>());
    r.trailing_over_words = to_u32(
        j.at("subject_grammar").at("trailing_characters").at("over_words").get<std::string>());
    r.dateline_lead = j.at("dateline_lead").at("max").get<std::size_t>();
    r.bracket_lead_in = j.at("bracket_lead_in").get<std::size_t>();
    std::unordered_set<std::string> written;
    for (const auto& m : j.at("written_metrics").at("metrics"))
      written.insert(m.get<std::string>());
    for (const auto& [metric, words] : j.at("metrics").items())
      for (const auto& w : words)
        r.metric_words.push_back(
            {to_u32(w.get<std::string>()), written.count(metric) ? "" : metric, {}, {}});
    for (const auto& [metric, words] : j.at("shorthand_changes").items())
      if (metric != "_doc")
        for (const auto& w : words)
          r.metric_words.push_back({to_u32(w.get<std::string>()), metric, {}, {}, true});
    std::stable_sort(r.metric_words.begin(), r.metric_words.end(),
                     [](const auto& a, const auto& b) { return a.word.size() > b.word.size(); });
    r.index_metric_words();
    r.linkers = word_list(j.at("linkers"));
    {
      std::vector<std::u32string> opening_words = words_longest_first(j.at("openers"));
      const std::vector<std::u32string> periods =
          words_longest_first(j.at("period_openers").at("words"));
      opening_words.insert(opening_words.end(), periods.begin(), periods.end());
      std::stable_sort(opening_words.begin(), opening_words.end(),
                       [](const auto& a, const auto& b) { return a.size() > b.size(); });
      r.openers = WordList(std::move(opening_words));
      r.period_openers = WordList(periods);
    }
    r.pronouns = word_list(j.at("pronouns"));
    for (const auto& w : j.at("organs").at("words")) r.organs.insert(to_u32(w.get<std::string>()));
    // A cause's verb ends a subject like the other stops (事故造成…).
    auto stops = j.at("subject_stops");
    for (const auto& w : j.at("causative_verbs").at("words")) stops.push_back(w);
    r.subject_stops = word_list(stops);
    for (const auto& w : j.at("figure_stops"))
      r.figure_stops.push_back(to_u32(w.get<std::string>()));
    r.cumulative = word_list(j.at("cumulative"));
    r.event_verbs = word_list(j.at("event_verbs"));
    r.lead_in_cues = word_list(j.at("lead_in_cues"));
    r.unsplit_terms = word_list(j.at("unsplit_terms"));
    r.according_to = word_list(j.at("according_to"));
    r.heading_followers = word_list(j.at("heading_followers").at("words"));
    r.max_heading = j.at("heading_followers").at("max").get<std::size_t>();
    r.according_to_closers = word_list(j.at("according_to_closers"));
    r.not_claim_after = word_list(j.at("not_claim_after"));
    r.not_claim_before = word_list(j.at("not_claim_before"));
    r.dateline_after = word_list(j.at("dateline_after"));
    r.byline_endings = word_list(j.at("byline_endings").at("words"));
    r.byline_followers = word_list(j.at("byline_endings").at("followers"));
    r.scene_endings = word_list(j.at("scene_endings").at("words"));
    r.glued_scene_endings = word_list(j.at("scene_endings").at("glued"));
    r.longest_glued_scene = j.at("scene_endings").at("longest_glued_clause").get<std::size_t>();
    r.list_heads = word_list(j.at("list_heads").at("words"));
    r.demonstrative_measures =
        to_u32(j.at("demonstrative_reference").at("measure_words").get<std::string>());
    r.event_measures =
        to_u32(j.at("demonstrative_reference").at("event_measures").get<std::string>());
    r.demonstratives = to_u32(j.at("demonstrative_places").at("demonstratives").get<std::string>());
    r.place_classifiers = to_u32(j.at("demonstrative_places").at("classifiers").get<std::string>());
    r.existence_verbs = word_list(j.at("existence_verbs").at("words"));
    r.existence_counters = word_list(j.at("existence_verbs").at("counters"));
    r.speech_cues = word_list(j.at("speakers").at("cues"));
    r.speaker_suffixes = word_list(j.at("speakers").at("suffixes"));
    r.speaker_roles = word_list(j.at("speakers").at("roles").at("words"));
    r.possession_verbs = word_list(j.at("possession").at("verbs"));
    r.kind_determiners = word_list(j.at("possession").at("determiners"));
    r.organisation_nouns = word_list(j.at("speakers").at("roles").at("organisation_nouns"));
    r.document_cues = word_list(j.at("speakers").at("document_cues"));
    r.report_cues = word_list(j.at("speakers").at("report_cues").at("words"));
    r.data_nouns = word_list(j.at("speakers").at("data_nouns").at("words"));
    r.quantity_modifiers = to_u32(j.at("quantity_modifiers").at("characters").get<std::string>());
    r.distributives = to_u32(j.at("distributives").at("characters").get<std::string>());
    r.frequency_measures = to_u32(j.at("distributives").at("frequency").get<std::string>());
    r.anniversary_verbs = word_list(j.at("anniversary_verbs").at("words"));
    const auto& day_part_words = j.at("day_parts");
    r.day_parts = word_list(day_part_words.at("words"));
    r.clock_hours = word_list(day_part_words.at("hours"));
    r.clock_minutes = word_list(day_part_words.at("minutes"));
    r.clock_after = word_list(day_part_words.at("after"));
    const auto& refiners = j.at("period_refiners");
    r.period_refiner_within = refiners.at("within").get<std::size_t>();
    r.period_refiner_words = word_list(refiners.at("words"));
    r.period_refiner_prefixes = word_list(refiners.at("prefixes"));
    r.period_refiner_units = word_list(refiners.at("units"));
    r.list_cue = to_u32(j.at("list_cue").get<std::string>());
    r.period_list_items = word_list(j.at("period_list_items").at("words"));
    for (const auto& m : j.at("change_metrics")) r.change_metrics.insert(m.get<std::string>());
    for (const auto& w : j.at("referential_numerals"))
      r.referential_numerals += to_u32(w.get<std::string>());
    for (const auto& w : j.at("pair_numerals").at("numerals"))
      r.pair_numerals += to_u32(w.get<std::string>());
    r.pair_referential_units = j.at("pair_numerals").at("referential_units");
    r.bare_number_below = j.at("bare_number_below").get<double>();
    r.bare_number_magnitudes = to_u32(j.at("bare_number_magnitudes").get<std::string>());
    r.vague_numerals = to_u32(j.at("vague_numerals").get<std::string>());
    r.function_characters = to_u32(j.at("function_characters").get<std::string>());
    r.causative_verbs = word_list(j.at("causative_verbs").at("words"));
    r.causative_adverbs = word_list(j.at("causative_verbs").at("adverbs"));
    r.event_introducers = word_list(j.at("causative_verbs").at("event_introducers"));
    r.trailing_scopes = word_list(j.at("trailing_scopes").at("words"));
    r.scope_name_heads = word_list(j.at("scope_name_heads").at("words"));
    r.game_periods = word_list(j.at("game_periods").at("words"));
    r.game_part_counters = word_list(j.at("game_periods").at("ordinal_counters"));
    r.game_determiners = word_list(j.at("game_periods").at("determiners"));
    r.event_noun_heads = word_list(j.at("event_nouns").at("heads"));
    r.ranked_ordinal_counters = word_list(j.at("ranked_ordinals").at("counters"));
    r.partner_prepositions =
        to_u32(j.at("partner_prepositions").at("characters").get<std::string>());
    r.place_prepositions = to_u32(j.at("place_prepositions").at("characters").get<std::string>());
    r.scene_place_endings =
        to_u32(j.at("place_prepositions").at("scene_endings").get<std::string>());
    r.founding_verbs = word_list(j.at("founding_verbs").at("words"));
    r.founding_not_objects = word_list(j.at("founding_verbs").at("not_objects"));
    r.attribute_endings = to_u32(j.at("attribute_words").at("endings").get<std::string>());
    r.unlisted_attribute_endings =
        to_u32(j.at("attribute_words").at("unlisted_endings").get<std::string>());
    r.vague_dates = word_list(j.at("vague_dates").at("words"));
    r.countdown_openers = word_list(j.at("countdown_openers").at("words"));
    r.topic_prepositions = word_list(j.at("topic_prepositions").at("words"));
    r.body_endings = word_list(j.at("body_endings").at("words"));
    r.person_titles = word_list(j.at("person_titles").at("words"));
    r.adverbial_endings = word_list(j.at("adverbial_endings").at("words"));
    r.method_openers = word_list(j.at("method_phrases").at("openers"));
    r.method_closers = word_list(j.at("method_phrases").at("closers"));
    r.longest_method_phrase = j.at("method_phrases").at("longest").get<std::size_t>();
    r.comparison_predicates =
        to_u32(j.at("comparison_predicates").at("characters").get<std::string>());
    r.comparison_complements =
        to_u32(j.at("comparison_predicates").at("complements").at("characters").get<std::string>());
    r.year_anaphors = word_list(j.at("period_anaphora").at("year_words"));
    r.month_anaphors = word_list(j.at("period_anaphora").at("month_words"));
    r.quarter_anaphors = word_list(j.at("period_anaphora").at("quarter_words"));
    r.period_continuers = word_list(j.at("period_anaphora").at("continuers"));
    r.occurrence_counters = word_list(j.at("period_anaphora").at("occurrence_counters"));
    r.standing_bodies = word_list(j.at("standing_bodies").at("words"));
    for (const auto& u : j.at("per_denominator").at("frequency_units"))
      r.frequency_units.push_back(u.get<std::string>());
    r.result_verbs = to_u32(j.at("result_verbs").at("verbs").get<std::string>());
    r.verb_adverbs = word_list(j.at("result_verbs").at("adverbs"));
    r.function_words = word_list(j.at("subject_grammar").at("function_words"));
    r.personal_pronouns = word_list(j.at("subject_grammar").at("personal_pronouns"));
    r.speaker_counters = word_list(j.at("speaker_counters").at("words"));
    r.ending_characters =
        to_u32(j.at("subject_grammar").at("ending_characters").get<std::string>());
    r.result_complements = to_u32(j.at("result_verbs").at("complements").get<std::string>());
    r.period_base_before = word_list(j.at("period_base").at("before"));
    r.period_base_after = word_list(j.at("period_base").at("after"));
    r.since_event_words = word_list(j.at("since_event").at("words"));
    r.since_event_reach = j.at("since_event").at("reach").get<std::size_t>();
    r.attributive_verbs = word_list(j.at("period_attributive").at("verbs"));
    r.attributive_adverbs = word_list(j.at("period_attributive").at("adverbs"));
    r.level_markers = word_list(j.at("level_markers").at("words"));
    r.annual_average = word_list(j.at("annual_average").at("words"));
    const auto& deeds = j.at("deeds_after_figures");
    r.consecutive_adverbs = word_list(deeds.at("consecutive_adverbs"));
    r.means_prepositions = word_list(deeds.at("means_prepositions"));
    r.longest_deed = deeds.at("longest_deed").get<std::size_t>();
    r.identifier_digits = j.at("identifier_digits").get<std::size_t>();
    const auto& quoted = j.at("quoted_terms");
    r.quote_openers = to_u32(quoted.at("open").get<std::string>());
    r.quote_closers = to_u32(quoted.at("close").get<std::string>());
    r.longest_quoted_term = quoted.at("longest").get<std::size_t>();
    r.ordinal_counters = word_list(j.at("ordinal_counters"));
    r.rank_counters = to_u32(j.at("rank_counters").get<std::string>());
    r.edition_counters = word_list(j.at("edition_counters"));
    r.edition_heads = word_list(j.at("edition_heads").at("words"));
    r.rank_verbs = word_list(j.at("rank_verbs").at("words"));
    r.section_label_endings = word_list(j.at("section_labels").at("endings"));
    r.own_reports = word_list(j.at("own_reports").at("words"));
    for (const auto& w : j.at("source_clause_endings").at("words"))
      r.source_clause_endings.push_back(to_u32(w.get<std::string>()));
    r.circumstance_openers = word_list(j.at("circumstance_openers").at("words"));
    const auto& behalf = j.at("behalf_clauses");
    r.behalf_openers = word_list(behalf.at("openers"));
    r.behalf_closers = word_list(behalf.at("closers"));
    r.behalf_longest = behalf.at("longest").get<std::size_t>();
    r.forecast_cues = word_list(j.at("forecast_cues").at("words"));
    r.locative_endings = word_list(j.at("locative_endings").at("words"));
    r.place_locatives = word_list(j.at("locative_endings").at("of_place").at("words"));
    r.model_year_units = j.at("model_year_units").at("units").get<std::vector<std::string>>();
    r.fiscal_period_words = word_list(j.at("fiscal_periods").at("words"));
    r.fiscal_period_before = word_list(j.at("fiscal_periods").at("before"));
    r.sentencing_verbs = word_list(j.at("sentencing_verbs").at("words"));
    r.sentencing_qualifiers = word_list(j.at("sentencing_verbs").at("qualifiers"));
    r.major_count_not_before = to_u32(j.at("major_counts").at("not_before").get<std::string>());
    r.period_ordinals = word_list(j.at("period_ordinals"));
    for (const auto& u : j.at("undated_figures").at("units"))
      r.undated_units.push_back(u.get<std::string>());
    r.undated_measures = word_list(j.at("undated_figures").at("measures"));
    r.period_after = word_list(j.at("undated_figures").at("period_after"));
    r.event_count_below = j.at("undated_figures").at("day_counts_below").get<double>();
    const auto& described = j.at("described_noun");
    r.described_classifiers = word_list(described.at("classifiers"));
    r.described_stops = word_list(described.at("stops"));
    r.abstract_heads = word_list(described.at("abstract_heads"));
    r.described_place_words = word_list(described.at("place_words"));
    r.described_ages = word_list(described.at("ages"));
    r.population_endings = to_u32(described.at("population_endings").get<std::string>());
    r.degree_adverbs = word_list(described.at("degree_adverbs"));
    r.metric_qualifiers = word_list(j.at("metric_qualifiers").at("words"));
    r.person_pronouns = word_list(j.at("person_pronouns").at("words"));
    for (const auto& w : j.at("person_pronouns").at("not_person_endings"))
      r.not_person_endings.push_back(w.get<std::string>());
    r.same_question_qualifiers = word_list(j.at("metric_qualifiers").at("same_question"));
    r.not_metric_words = word_list(j.at("not_metric_words").at("words"));
    r.metric_prefixes =
        to_u32(j.at("metric_qualifiers").at("prefixes").at("characters").get<std::string>());
    for (const char* name : {"forecast", "target", "estimate"}) {
      for (const auto& w : word_list(j.at("modality").at(name)))
        r.modality_cues.emplace_back(w, parse_modality(name));
    }
    for (const auto& [word, scope] : j.at("scope").items())
      r.scope_words.emplace_back(to_u32(word), scope.get<std::string>());
    std::stable_sort(r.scope_words.begin(), r.scope_words.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& cue : r.modality_cues) r.modality_initials.add(cue.first);
    for (const auto& scope : r.scope_words) r.scope_initials.add(scope.first);
    for (const auto& scope : r.scope_words) r.scope_finals.add(scope.first);
  });
  auto read_words = [&](const char* name, WordSet& into, std::size_t& longest) {
    const auto words_file = data_dir / name;
    std::ifstream words(words_file);
    if (!words) throw Error(ErrorKind::NOT_FOUND, "data file not found: " + words_file.string());
    for (std::string line; std::getline(words, line);) {
      if (line.empty() || line[0] == '#') continue;
      auto word = to_u32(line);
      longest = std::max(longest, word.size());
      into.insert(std::move(word));
    }
  };
  r.words_ending_in_a_qualifier = figures.words_ending_in_a_qualifier;
  read_words("common_words.txt", r.common_words, r.longest_common_word);
  read_words("nominal_words.txt", r.nominal_words, r.longest_nominal_word);
  std::size_t longest_noun_word = 0;
  read_words("noun_words.txt", r.noun_words, longest_noun_word);
  read_words("verb_words.txt", r.verb_words, r.longest_verb_word);
  std::size_t longest_verbal_noun = 0;
  read_words("verbal_nouns.txt", r.verbal_nouns, longest_verbal_noun);
  std::size_t longest_event_verb = 0;
  read_words("event_verbs.txt", r.event_verb_words, longest_event_verb);
  read_words("predicate_verbs.txt", r.predicate_verbs, r.longest_predicate_verb);
  std::size_t longest_adverb = 0;
  read_words("adverb_words.txt", r.adverb_words, longest_adverb);
  return r;
}

bool FrameRules::referential(const CodePoints& t, const Figure& fig) const {
  if (fig.end - fig.begin != 2 || referential_numerals.find(t[fig.begin]) == std::u32string::npos)
    return false;
  // 打进一球, 砍下一分: after a verb of a result, 一 and its counter count what was achieved.
  if (fig.begin >= 2 && result_verbs.find(t[fig.begin - 2]) != std::u32string::npos &&
      result_complements.find(t[fig.begin - 1]) != std::u32string::npos)
    return false;
  // 增长了一倍, 一成: a multiple or a share is a figure, whatever its numeral (一半 stays a
  // word: 先赢一半).
  if ((fig.kind == ValueKind::RATIO && fig.unit != "fraction") || fig.kind == ValueKind::PERCENT)
    return false;
  // 两座鸡血石和一座寿山石: an item of a list of counts with the same measure word counts too.
  if (fig.begin > 0 && (t[fig.begin - 1] == U'和' || t[fig.begin - 1] == U'与' ||
                        t[fig.begin - 1] == U'及' || t[fig.begin - 1] == U'、')) {
    for (std::size_t k = fig.begin - 1; k > 1 && fig.begin - k < 16 && !is_break(t[k - 1]); --k)
      if (t[k - 1] == t[fig.begin + 1] &&
          (is_chinese_numeral(t[k - 2]) || is_ascii_digit(t[k - 2])))
        return false;
  }
  // 两部, 两个节气: a pair is a count, except of people (两人: the two of them).
  if (pair_numerals.find(t[fig.begin]) == std::u32string::npos) return true;
  return std::find(pair_referential_units.begin(), pair_referential_units.end(), fig.unit) !=
         pair_referential_units.end();
}

bool FrameRules::quoted_term(const CodePoints& t, const Figure& fig) const {
  // (Slogans count in Chinese numerals: “3个月后再看” quotes a speaker.)
  if ((fig.kind != ValueKind::QUANTITY && fig.kind != ValueKind::NUMBER) || fig.begin == 0 ||
      quote_openers.find(t[fig.begin - 1]) == std::u32string::npos ||
      !is_chinese_numeral(t[fig.number_begin]))
    return false;
  for (std::size_t k = fig.end; k < t.size() && k <= fig.end + longest_quoted_term; ++k) {
    if (quote_closers.find(t[k]) != std::u32string::npos) return k > fig.end;
    if (!is_han(t[k])) return false;
  }
  return false;
}

bool FrameRules::MetricWord::fits(const ClaimValue& value) const {
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), value.kind) == kinds.end())
    return false;
  const std::string& unit =
      value.figure.currency.empty() ? value.figure.unit : value.figure.currency;
  return units.empty() || std::find(units.begin(), units.end(), unit) != units.end();
}

void FrameRules::add_metric_words(const ClaimRules& claim_rules) {
  for (const auto& rule : claim_rules.metrics) {
    for (const auto& keyword : rule.keywords) {
      const bool known = std::any_of(metric_words.begin(), metric_words.end(),
                                     [&](const auto& m) { return m.word == keyword; });
      if (!known) metric_words.push_back({keyword, rule.metric, rule.kinds, rule.units});
    }
  }
  std::stable_sort(metric_words.begin(), metric_words.end(),
                   [](const auto& a, const auto& b) { return a.word.size() > b.word.size(); });
  index_metric_words();
}

}  // namespace suyuan::extract
