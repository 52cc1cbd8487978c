/// @file claims.cpp
/// @brief Attribution cues, anaphora, subject resolution and metric rules.
#include "claims.h"

#include <algorithm>

#include "frame_grammar.h"
#include "json_data.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key)) {
    for (const auto& s : j[key]) out.push_back(s.get<std::string>());
  }
  return out;
}

bool is_clause_break(char32_t c) {
  return c == U'，' || c == ',' || c == U'。' || c == U'；' || c == ';' || c == U'：' || c == ':' ||
         c == U'“' || c == U'”' || c == U'!' || c == U'?' || c == U'！' || c == U'？';
}

std::string utf8_of(const CodePoints& t, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) utf8::append(out, t[i]);
  return out;
}

bool is_chip(const SentenceEntity& e) { return e.entity->kind == EntityKind::CHIP; }
bool is_org(const SentenceEntity& e) { return e.entity->kind == EntityKind::ORG; }
bool is_source(const SentenceEntity& e) {
  return e.entity->kind == EntityKind::PERSON || e.entity->kind == EntityKind::MEDIA ||
         e.entity->kind == EntityKind::ORG;
}

/// Members of the group of `entities[index]`.
std::vector<const Entity*> group_of(const std::vector<SentenceEntity>& entities,
                                    std::size_t index) {
  std::vector<const Entity*> out;
  for (const auto& e : entities) {
    if (e.group == entities[index].group &&
        std::find(out.begin(), out.end(), e.entity) == out.end()) {
      out.push_back(e.entity);
    }
  }
  return out;
}

/// Index of the nearest entity satisfying `pred` ending at or before `position`.
template <typename Pred>
std::optional<std::size_t> nearest_before(const std::vector<SentenceEntity>& entities,
                                          std::size_t position, Pred pred) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].end <= position && pred(entities[i])) best = i;
  }
  return best;
}

/// Distance in code points from the figure [begin, end) to the nearest keyword inside the
/// window, or SIZE_MAX when none is there. A keyword after the figure counts as further than
/// one before it: Chinese puts the measured thing first (性能仅为…的20%).
std::size_t keyword_distance(const CodePoints& t, std::size_t begin, std::size_t end,
                             const std::vector<std::u32string>& keywords, const ClaimRules& rules) {
  const std::size_t from = rules.window_start(begin);
  const std::size_t to = std::min(t.size(), end + rules.window_after);
  std::size_t best = SIZE_MAX;
  for (const auto& k : keywords) {
    for (std::size_t i = from; i + k.size() <= to; ++i) {
      if (!t.at(i, k)) continue;
      const std::size_t kend = i + k.size();
      // Right after the figure the keyword is the measured noun itself (60万片库存): closest.
      const std::size_t d = kend <= begin ? begin - kend
                                          : (i == end  ? 0
                                             : i > end ? 8 + 2 * (i - end)
                                                       : 0);
      best = std::min(best, d);
    }
  }
  return best;
}

ClaimValue figure_value(const Figure& f) {
  ClaimValue v;
  v.kind = f.kind;
  v.figure = figure_of(f);
  return v;
}

/// Whether a pronoun before `position` refers back to the article's chip or company: not one
/// inside a longer word (其中, 母公司), and a bare noun (公司) only opening its clause or after a
/// determiner (该公司, 本公司).
bool has_pronoun_before(const CodePoints& t, std::size_t position, const ClaimRules& rules) {
  const auto inside_guard_word = [&](std::size_t i, const std::u32string& p) {
    for (const auto& w : rules.pronoun_guard_words)
      for (std::size_t k = w.find(p); k != std::u32string::npos; k = w.find(p, k + 1))
        if (i >= k && t.at(i - k, w)) return true;
    return false;
  };
  const auto opens_clause = [&](std::size_t i) {
    return i == 0 || std::u32string_view(U"，,；;：:。！？!?、 \u3000").find(t[i - 1]) !=
                         std::u32string_view::npos;
  };
  // 其 opening the sentence, or after one short lead-in clause that has no room for a subject
  // and its predicate (更为讽刺的是，其8卡服务器).
  const auto opens_sentence = [&](std::size_t i) {
    std::size_t k = 0;
    while (k < i && (t[k] == ' ' || t[k] == U'\u3000')) ++k;
    if (k == i) return true;
    if (!opens_clause(i)) return false;
    for (std::size_t j = k + 1; j < i - 1; ++j)
      if (opens_clause(j)) return false;  // a second clause before it
    return i - k <= rules.pronoun_lead_in_max + 1;
  };
  for (const auto& p : rules.pronouns) {
    if (p.size() > position) continue;
    for (std::size_t i = 0; i + p.size() <= position; ++i) {
      if (!t.at(i, p) || inside_guard_word(i, p)) continue;
      const bool bare_noun =
          std::find(rules.pronoun_bare_nouns.begin(), rules.pronoun_bare_nouns.end(), p) !=
          rules.pronoun_bare_nouns.end();
      const bool sentence_opener =
          std::find(rules.pronoun_sentence_openers.begin(), rules.pronoun_sentence_openers.end(),
                    p) != rules.pronoun_sentence_openers.end();
      if (sentence_opener && !opens_sentence(i)) continue;
      if (bare_noun && !opens_clause(i)) {
        const auto determiner =
            std::find_if(rules.pronoun_determiners.begin(), rules.pronoun_determiners.end(),
                         [&](const std::u32string& d) { return t.ends_at(i, d); });
        if (determiner == rules.pronoun_determiners.end()) continue;
        // 该公司 is a pronoun of its own, with its own rule (listed as a sentence opener).
        const std::u32string whole = *determiner + p;
        if (std::find(rules.pronoun_sentence_openers.begin(), rules.pronoun_sentence_openers.end(),
                      whole) != rules.pronoun_sentence_openers.end() &&
            !opens_sentence(i - determiner->size()))
          continue;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

ClaimRules ClaimRules::load(const std::filesystem::path& data_dir) {
  ClaimRules rules;
  read_json_data(data_dir / "claims.json", [&](const nlohmann::json& claims) {
    rules.window_before = claims.at("window_before").get<std::size_t>();
    rules.window_after = claims.at("window_after").get<std::size_t>();
    for (const auto& m : claims.at("metrics")) {
      Metric metric;
      metric.metric = m.at("metric").get<std::string>();
      for (const auto& kind : strings(m, "kinds")) metric.kinds.push_back(parse_value_kind(kind));
      metric.units = strings(m, "units");
      if (m.contains("keywords")) metric.keywords = words_longest_first(m["keywords"]);
      if (m.contains("context")) metric.context = words_longest_first(m["context"]);
      const std::string subject = m.at("subject").get<std::string>();
      metric.subject = subject == "chip"  ? Metric::SubjectRule::CHIP
                       : subject == "org" ? Metric::SubjectRule::ORG
                                          : Metric::SubjectRule::FIXED;
      if (metric.subject == Metric::SubjectRule::FIXED) metric.fixed_subject = subject;
      metric.relative = m.value("relative", false);
      rules.metrics.push_back(std::move(metric));
    }
    for (const auto& e : claims.at("events")) {
      rules.events.push_back(
          {e.at("event").get<std::string>(), words_longest_first(e.at("keywords")), {}});
      rules.events.back().keyword_initials.add_all(rules.events.back().keywords);
    }
    for (const auto& [word, strategy] : claims.at("anaphora").items()) {
      const std::string name = strategy.get<std::string>();
      Anaphor anaphor = name == "previous_chip" ? Anaphor::PREVIOUS_CHIP
                        : name == "first_chip"  ? Anaphor::FIRST_CHIP
                        : name == "chips_after_earlier_same_word"
                            ? Anaphor::CHIPS_AFTER_EARLIER_SAME_WORD
                            : throw Error(ErrorKind::CORRUPT_INDEX,
                                          "claims.json: unknown anaphora strategy " + name);
      rules.anaphora.emplace_back(to_u32(word), anaphor);
      rules.anaphora_initials.add(rules.anaphora.back().first);
    }
    rules.pronouns = words_longest_first(claims.at("pronouns"));
    rules.pronoun_guard_words = words_longest_first(claims.at("pronoun_guards").at("words"));
    rules.pronoun_bare_nouns = words_longest_first(claims.at("pronoun_guards").at("bare_nouns"));
    rules.pronoun_determiners = words_longest_first(claims.at("pronoun_guards").at("determiners"));
    rules.pronoun_sentence_openers =
        words_longest_first(claims.at("pronoun_guards").at("sentence_openers"));
    rules.pronoun_lead_in_max = claims.at("pronoun_guards").at("lead_in_max").get<std::size_t>();
    rules.event_clause_blockers = words_longest_first(claims.at("event_clause_blockers"));
  });
  read_json_data(data_dir / "cues.json", [&](const nlohmann::json& cues) {
    rules.attribution_prefix = words_longest_first(cues.at("attribution_prefix"));
    rules.attribution_prefix_inside =
        words_longest_first(cues.at("attribution_prefix_inside").at("words"));
    rules.attribution_closers = words_longest_first(cues.at("attribution_closers"));
    rules.attribution_cues_inside =
        words_longest_first(cues.at("attribution_cues_inside").at("words"));
    const auto& open_speakers = cues.at("open_speakers");
    rules.open_speaker_cues = words_longest_first(open_speakers.at("cues"));
    rules.open_speaker_cues_before_break =
        words_longest_first(open_speakers.at("cues_before_break"));
    rules.open_speaker_openers = words_longest_first(open_speakers.at("openers"));
    rules.open_speaker_inside = words_longest_first(open_speakers.at("inside"));
    rules.open_speaker_not_names = words_longest_first(open_speakers.at("not_names"));
    rules.open_speaker_statement_acts =
        words_longest_first(open_speakers.at("statement_acts").at("words"));
    rules.open_speaker_max_clause = open_speakers.at("max_clause").get<std::size_t>();
    rules.open_speaker_max_name = open_speakers.at("max_name").get<std::size_t>();
    const auto& one_character = open_speakers.at("one_character_names");
    rules.one_character_names = to_u32(one_character.at("names").get<std::string>());
    rules.one_character_cues = words_longest_first(one_character.at("cues"));
    rules.attribution_suffix = words_longest_first(cues.at("attribution_suffix"));
    rules.attribution_relays = words_longest_first(cues.at("attribution_relays"));
    rules.speaker_roles = words_longest_first(cues.at("speaker_roles"));
    rules.attribution_prefix_initials.add_all(rules.attribution_prefix);
    rules.attribution_suffix_initials.add_all(rules.attribution_suffix);
    rules.anonymous = words_longest_first(cues.at("anonymous_sources"));
    rules.chip_context = words_longest_first(cues.at("chip_context"));
    rules.citation_cues = words_longest_first(cues.at("citation_cues"));
    rules.source_trailers = words_longest_first(cues.at("source_trailers").at("words"));
    rules.source_circumstance_openers =
        words_longest_first(cues.at("source_trailers").at("circumstance_openers"));
  });
  return rules;
}

namespace {

/// Groups: same-kind neighbours joined by / 、和 与 及 或, or the referents of one anaphor.
void assign_groups(const CodePoints& t, std::vector<SentenceEntity>& entities) {
  int group = 0;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (i > 0) {
      const auto& prev = entities[i - 1];
      const auto& cur = entities[i];
      const bool same_kind = prev.entity->kind == cur.entity->kind;
      const bool same_word = prev.synthetic && cur.synthetic && prev.begin == cur.begin;
      const bool joined = cur.begin == prev.end + 1 &&
                          (t[prev.end] == '/' || t[prev.end] == U'、' || t[prev.end] == U'和' ||
                           t[prev.end] == U'与' || t[prev.end] == U'及' || t[prev.end] == U'或');
      if (!(same_word || (same_kind && joined))) ++group;
    }
    entities[i].group = group;
  }
}

}  // namespace

void resolve_anaphora_and_groups(const CodePoints& t, std::vector<SentenceEntity>& entities,
                                 const ClaimRules& rules, const Topic& topic) {
  assign_groups(t, entities);
  std::vector<SentenceEntity> synthetic;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!rules.anaphora_initials.may_start(t[i])) continue;
    for (const auto& [word, strategy] : rules.anaphora) {
      if (!t.at(i, word)) continue;
      std::vector<const Entity*> referents;
      if (strategy == ClaimRules::Anaphor::PREVIOUS_CHIP) {
        auto before = nearest_before(entities, i, is_chip);
        if (before)
          referents.push_back(entities[*before].entity);
        else if (topic.chip)
          referents.push_back(topic.chip);
      } else if (strategy == ClaimRules::Anaphor::FIRST_CHIP) {
        for (const auto& e : entities) {
          if (is_chip(e) && e.end <= i) {
            referents.push_back(e.entity);
            break;
          }
        }
      } else if (strategy == ClaimRules::Anaphor::CHIPS_AFTER_EARLIER_SAME_WORD) {
        for (std::size_t k = 0; k + word.size() <= i; ++k) {
          if (!t.at(k, word)) continue;
          const std::size_t after = k + word.size();
          for (const auto& e : entities) {
            if (is_chip(e) && e.begin >= after && e.begin <= after + 4) {
              // The whole group that starts there.
              for (const auto& g : entities) {
                if (g.group == e.group && is_chip(g)) referents.push_back(g.entity);
              }
              break;
            }
          }
          break;
        }
      }
      for (const Entity* r : referents) synthetic.push_back({i, i + word.size(), r, 0, true});
      break;
    }
  }
  entities.insert(entities.end(), synthetic.begin(), synthetic.end());
  std::stable_sort(
      entities.begin(), entities.end(),
      [](const SentenceEntity& a, const SentenceEntity& b) { return a.begin < b.begin; });
  assign_groups(t, entities);
}

std::vector<FoundAttribution> find_attributions(const CodePoints& t,
                                                const std::vector<SentenceEntity>& entities,
                                                const std::vector<DateFigure>& dates,
                                                const ClaimRules& rules) {
  std::vector<FoundAttribution> found;
  // Whether the cue word `w` at `k` is part of a longer word holding it (统计 of 统计局, 数据
  // of 大数据).
  auto inside_longer = [&](std::size_t k, const std::u32string& w,
                           const std::vector<std::u32string>& longer) {
    return std::any_of(longer.begin(), longer.end(), [&](const std::u32string& word) {
      for (std::size_t at = word.find(w); at != std::u32string::npos; at = word.find(w, at + 1))
        if (word.size() > w.size() && k >= at && t.at(k - at, word)) return true;
      return false;
    });
  };
  // 据不完全统计, 数据显示: what is written where the source's name would be names no one.
  auto names_no_one = [&](std::size_t from, std::size_t end) {
    return std::any_of(
        rules.open_speaker_not_names.begin(), rules.open_speaker_not_names.end(),
        [&](const std::u32string& w) { return end - from == w.size() && t.at(from, w); });
  };
  // Where a source's name written in [from, end) ends: before the first date in it and the
  // circumstances it spoke in, then before words of publishing at its end (美国媒体2日 → 美国媒体,
  // 卫生部门发布的 → 卫生部门, 部长马尔琴科在会晤后 → 部长马尔琴科).
  auto name_end = [&](std::size_t from, std::size_t end) {
    for (const auto& d : dates) {
      if (d.begin == from) return from;  // 根据4月9日以来的监测数据: a time, no source
      if (d.begin > from && d.begin < end) end = d.begin;
    }
    for (std::size_t k = from + 2; k < end; ++k)
      if (std::any_of(rules.source_circumstance_openers.begin(),
                      rules.source_circumstance_openers.end(),
                      [&](const std::u32string& w) { return t.at(k, w); })) {
        end = k;
        break;
      }
    for (bool cut = true; cut;) {
      cut = false;
      while (end > from && (t[end - 1] == ' ' || t[end - 1] == U'（' || t[end - 1] == '(')) --end;
      for (const auto& w : rules.source_trailers)
        if (end >= from + w.size() + 2 && t.ends_at(end, w) &&
            !inside_longer(end - w.size(), w, rules.attribution_cues_inside)) {
          end -= w.size();
          cut = true;
          break;
        }
    }
    return end;
  };
  auto source_in = [&](std::size_t begin, std::size_t end, FoundAttribution& a) {
    for (const auto& e : entities) {
      if (!e.synthetic && e.begin >= begin && e.end <= end && is_source(e)) {
        a.source = e.entity->id;
        a.name = utf8_of(t, e.begin, e.end);
        return true;
      }
    }
    for (const auto& anon : rules.anonymous) {
      if (t.contains(begin, end, anon)) {
        a.source = "anonymous";
        a.name = utf8_of(t, begin, end);
        return true;
      }
    }
    return false;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!rules.attribution_prefix_initials.may_start(t[i])) continue;
    // Prefix cues: 据/根据/援引 … 报道.
    for (const auto& cue : rules.attribution_prefix) {
      if (!t.at(i, cue)) continue;
      if (inside_longer(i, cue, rules.attribution_prefix_inside)) continue;
      const std::size_t from = i + cue.size();
      std::size_t close = 0, close_end = 0;
      for (std::size_t k = from; k < std::min(t.size(), from + 30); ++k) {
        // (根据公司自结数，上半年税前盈余…估计: a source never runs over a clause's end.)
        if (t[k] == U'。' || t[k] == U'；' || t[k] == U'，' || t[k] == ',' || t[k] == ';' ||
            t[k] == U'！' || t[k] == U'？' || t[k] == '!' || t[k] == '?')
          break;
        for (const auto& closer : rules.attribution_closers) {
          if (t.at(k, closer) && !inside_longer(k, closer, rules.attribution_cues_inside)) {
            close = k;
            close_end = k + closer.size();
            break;
          }
        }
        if (close_end) break;
      }
      FoundAttribution a;
      a.cue = utf8_of(t, i, from);
      a.begin = i;
      if (close_end && source_in(from, close, a)) {
        a.end = close_end;
      } else if (close_end && close > from) {
        // An unknown source keeps its name as written, without the title marks (据《华尔街日报》).
        const bool titled = t[from] == U'《' && t[close - 1] == U'》' && close - from > 2;
        const std::size_t named = titled ? close : name_end(from, close);
        if (named < from + 2 || names_no_one(from, named)) continue;
        a.name = titled ? utf8_of(t, from + 1, close - 1) : utf8_of(t, from, named);
        a.source = a.name;
        a.end = close_end;
      } else {
        continue;
      }
      // 路透社援引知情人士报道: the source before a relaying cue passes the statement on.
      const bool relay = std::find(rules.attribution_relays.begin(), rules.attribution_relays.end(),
                                   cue) != rules.attribution_relays.end();
      for (std::size_t k = entities.size(); relay && k-- > 0;) {
        const auto& e = entities[k];
        if (e.synthetic || !is_source(e) || e.end > i || i - e.end > 3) continue;
        bool broken = false;
        for (std::size_t g = e.end; g < i; ++g) broken = broken || is_clause_break(t[g]);
        if (!broken && e.entity->id != a.source) {
          a.via = e.entity->id;
          a.begin = e.begin > 0 && t[e.begin - 1] == U'《' ? e.begin - 1 : e.begin;
        }
        break;
      }
      found.push_back(a);
      i = a.end - 1;
      break;
    }
  }
  // A speaker neither the gazetteer nor a role names, as written at the start of the clause of a
  // suffix cue at `cue` (俄罗斯国防部10日称, 王亚男表示): the span of the name, if one is there.
  auto open_speaker = [&](std::size_t cue) -> std::optional<std::pair<std::size_t, std::size_t>> {
    // (…芯片的报道: after 的 the cue word is a noun, the report, and names no speaker.)
    if (cue > 0 && t[cue - 1] == U'的') return std::nullopt;
    // 伊朗外交部发表声明，称…: a cue opening its clause is spoken by whoever made the statement
    // the clause before ends with.
    if (cue > 1 && (t[cue - 1] == U'，' || t[cue - 1] == ','))
      for (const auto& act : rules.open_speaker_statement_acts)
        if (t.ends_at(cue - 1, act)) {
          cue = cue - 1 - act.size();
          break;
        }
    std::size_t from = cue;
    // (【王覺一╱斗六報導】星河科技表示: a byline before the name ends with its bracket.)
    while (from > 0 && !is_clause_break(t[from - 1]) && t[from - 1] != '\n' &&
           t[from - 1] != U'】' && !frame_grammar::is_space_break(t, from - 1))
      --from;
    if (cue - from > rules.open_speaker_max_clause) return std::nullopt;
    while (from < cue && (t[from] == ' ' || t[from] == U'\u3000')) ++from;
    for (const auto& d : dates)  // 10月23日克拉克拉宣布: the date opening the clause is no name
      if (d.begin == from && d.end < cue) from = d.end;
    std::size_t end = name_end(from, cue);
    // 白宫发表声明称: the act of stating is no part of the name.
    for (const auto& act : rules.open_speaker_statement_acts)
      if (end >= from + act.size() && t.ends_at(end, act)) {
        end = name_end(from, end - act.size());
        break;
      }
    // 濢西（Simon Treacy）表示: a gloss in brackets after the name is no part of it.
    if (end > from && (t[end - 1] == U'）' || t[end - 1] == ')'))
      for (std::size_t k = end - 1; k-- > from;)
        if (t[k] == U'（' || t[k] == '(') {
          end = name_end(from, k);
          break;
        }
    // (俄称击落…: a country's one-character abbreviation, right before its cue, is a name.)
    const bool one_character_name =
        end == from + 1 && end == cue &&
        rules.one_character_names.find(t[from]) != std::u32string::npos &&
        std::any_of(rules.one_character_cues.begin(), rules.one_character_cues.end(),
                    [&](const std::u32string& c) { return t.at(cue, c); });
    if ((end < from + 2 && !one_character_name) || end - from > rules.open_speaker_max_name)
      return std::nullopt;
    const auto has = [&](const std::vector<std::u32string>& words, bool opening) {
      return std::any_of(words.begin(), words.end(), [&](const std::u32string& w) {
        return opening ? t.at(from, w) : t.contains(from, end, w);
      });
    };
    if (has(rules.open_speaker_openers, true) || has(rules.open_speaker_inside, false))
      return std::nullopt;
    if (names_no_one(from, end)) return std::nullopt;
    // (海采《说说…: a title mark left open cuts a title, not a name, in two.)
    if (t.contains(from, end, U"《") != t.contains(from, end, U"》")) return std::nullopt;
    for (const auto& p : rules.pronouns)
      if (end - from == p.size() && t.at(from, p)) return std::nullopt;
    return std::make_pair(from, end);
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!rules.attribution_suffix_initials.may_start(t[i])) continue;
    for (const auto& cue : rules.attribution_suffix) {
      if (!t.at(i, cue)) continue;
      if (inside_longer(i, cue, rules.attribution_cues_inside)) continue;
      // 介绍新产品, 通报中央经济工作会议精神: a verb that also takes an object attributes only
      // when it ends its clause (庄鹏锟介绍，…).
      const bool before_break = i + cue.size() < t.size() && is_clause_break(t[i + cue.size()]);
      const auto listed = [&](const std::vector<std::u32string>& cues) {
        return std::find(cues.begin(), cues.end(), cue) != cues.end();
      };
      if (!before_break && listed(rules.open_speaker_cues_before_break)) continue;
      if (cue == U"称" && (t[i + 1] == U'为' ||
                           (i > 0 && (t[i - 1] == U'名' || t[i - 1] == U'简' || t[i - 1] == U'声' ||
                                      t[i - 1] == U'宣' || t[i - 1] == U'自'))))
        continue;
      if (cue == U"说" && i > 0 &&
          (t[i - 1] == U'小' || t[i - 1] == U'如' || t[i - 1] == U'来' || t[i - 1] == U'是'))
        continue;
      bool inside_found = false;
      for (auto& a : found) {
        inside_found = inside_found || (i >= a.begin && i < a.end);
        // 援引知情人士消息称: a cue right after a prefix attribution closes it.
        if (!inside_found && i == a.end) a.end += cue.size(), inside_found = true;
      }
      if (inside_found) continue;
      // The nearest source before the cue, in the same clause; not the one spoken to (黄仁勋在
      // 接受CNBC采访时表示, 对路透社表示) when the speaker stands before it.
      std::optional<std::size_t> best;
      for (std::size_t k = 0; k < entities.size(); ++k) {
        const auto& e = entities[k];
        if (e.synthetic || !is_source(e) || e.end > i || i - e.end > 12) continue;
        bool broken = false;
        for (std::size_t g = e.end; g < i; ++g) broken = broken || is_clause_break(t[g]);
        const bool addressee = t.ends_at(e.begin, U"接受") || t.ends_at(e.begin, U"对") ||
                               t.ends_at(e.begin, U"向") || t.ends_at(e.begin, U"接受《");
        if (!broken && !(addressee && best)) best = k;
      }
      FoundAttribution a;
      a.speaker = true;
      a.cue = utf8_of(t, i, i + cue.size());
      a.end = i + cue.size();
      if (best) {
        a.begin = entities[*best].begin;
        a.source = entities[*best].entity->id;
        a.name = utf8_of(t, entities[*best].begin, entities[*best].end);
      } else {
        bool found_speaker = false;
        for (const auto& anon : rules.anonymous) {
          const std::size_t from = i >= anon.size() + 8 ? i - anon.size() - 8 : 0;
          for (std::size_t k = from; k + anon.size() <= i; ++k) {
            if (t.at(k, anon)) {
              a.begin = k;
              a.source = "anonymous";
              a.name = utf8_of(t, k, k + anon.size());
              found_speaker = true;
              break;
            }
          }
          if (found_speaker) break;
        }
        // A speaker the gazetteer does not know, named by a role: 发言人何亚东表示, 分析师表示.
        for (std::size_t k = i;
             !found_speaker && k-- > 0 && i - k <= 10 && !is_clause_break(t[k]);) {
          for (const auto& role : rules.speaker_roles) {
            if (!t.at(k, role) || k + role.size() > i) continue;
            // A role without a name (官员认为, 分析师说) is as anonymous as 知情人士.
            a.begin = k;
            const std::size_t named = std::max(k + role.size(), name_end(k, i));
            a.name = utf8_of(t, k, named);
            a.source = k + role.size() == named ? "anonymous" : a.name;
            found_speaker = true;
            break;
          }
        }
        if (!found_speaker) {
          const auto open = listed(rules.open_speaker_cues)
                                ? open_speaker(i)
                                : std::optional<std::pair<std::size_t, std::size_t>>();
          if (!open) continue;
          a.open_speaker = true;
          a.begin = open->first;
          a.name = utf8_of(t, open->first, open->second);
          a.source = a.name;
        }
      }
      // 报道称, 表示称: one attribution up to the last cue.
      for (bool extended = true; extended;) {
        extended = false;
        for (const auto& next : rules.attribution_suffix) {
          if (!t.at(a.end, next)) continue;
          a.end += next.size();
          a.cue = utf8_of(t, i, a.end);
          extended = true;
          break;
        }
      }
      if (a.begin > 0 && t[a.begin - 1] == U'《') --a.begin;  // 《金融时报》报道
      found.push_back(a);
      break;
    }
  }
  // Quoted speech: a source right before ":“".
  for (const auto& e : entities) {
    if (e.synthetic || !is_source(e)) continue;
    for (std::size_t k = e.end; k < std::min(t.size(), e.end + 14); ++k) {
      if (is_clause_break(t[k]) && t[k] != ':' && t[k] != U'：' && t[k] != U'“') break;
      if ((t[k] == ':' || t[k] == U'：') && t[k + 1] == U'“') {
        bool covered = false;
        for (const auto& a : found) covered = covered || (a.begin <= e.begin && a.end >= e.end);
        if (!covered) {
          found.push_back({e.begin, k + 2, e.entity->id, utf8_of(t, e.begin, e.end), "“”", ""});
        }
        break;
      }
    }
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return found;
}

std::vector<DraftClaim> assemble_claims(const CodePoints& t,
                                        const std::vector<SentenceEntity>& entities,
                                        const std::vector<Figure>& figures,
                                        const std::vector<DateFigure>& dates,
                                        const std::vector<FoundAttribution>& attributions,
                                        const ClaimRules& rules, const Gazetteer& gazetteer,
                                        const Topic& topic) {
  std::vector<DraftClaim> claims;
  auto attribution_for = [&](std::size_t position) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    for (std::size_t k = 0; k < attributions.size(); ++k) {
      if (attributions[k].begin <= position) best = k;
    }
    if (!best && !attributions.empty()) best = 0;
    return best;
  };
  auto emit = [&](const std::vector<const Entity*>& subjects, const std::string& metric,
                  const ClaimValue& value, std::size_t begin, std::size_t end) {
    for (const Entity* subject : subjects) {
      claims.push_back({subject->id, metric, value, attribution_for(begin), begin, end});
    }
  };

  for (const Figure& f : figures) {
    const std::string unit = f.currency.empty() ? f.unit : f.currency;
    // Among the rules that apply, the one whose keyword stands closest to the figure wins. A rule
    // naming a fixed subject (国产AI芯片 → china-domestic-ai-chips) is the most specific and wins
    // whenever its keyword is there; unit-only rules are the fallback.
    const ClaimRules::Metric* chosen = nullptr;
    std::size_t chosen_distance = SIZE_MAX;
    for (const auto& candidate : rules.metrics) {
      if (!candidate.kinds.empty() && std::find(candidate.kinds.begin(), candidate.kinds.end(),
                                                f.kind) == candidate.kinds.end())
        continue;
      if (!candidate.units.empty() &&
          std::find(candidate.units.begin(), candidate.units.end(), unit) == candidate.units.end())
        continue;
      constexpr std::size_t UNIT_ONLY = 1000;
      std::size_t distance = candidate.keywords.empty()
                                 ? UNIT_ONLY
                                 : keyword_distance(t, f.begin, f.end, candidate.keywords, rules);
      const bool fixed_subject = candidate.subject == ClaimRules::Metric::SubjectRule::FIXED;
      // 自给率 alone is any subject's (口粮, 钢材); the fixed subject needs its own words too.
      if (fixed_subject && distance != SIZE_MAX && !candidate.context.empty() &&
          keyword_distance(t, f.begin, f.end, candidate.context, rules) == SIZE_MAX)
        continue;
      if (fixed_subject && distance != SIZE_MAX) distance = 0;
      if (distance < chosen_distance) {
        chosen = &candidate;
        chosen_distance = distance;
      }
    }
    if (chosen) {
      const auto& rule = *chosen;
      std::string metric = rule.metric;
      ClaimValue value = figure_value(f);
      std::vector<const Entity*> subjects;
      if (rule.subject == ClaimRules::Metric::SubjectRule::CHIP) {
        // The chip right after the figure ("30万片H20"), else the nearest before, else the
        // chip the previous sentence was about when this one refers back to it.
        const bool counted = f.kind == ValueKind::QUANTITY || f.kind == ValueKind::MONEY;
        for (std::size_t k = 0; k < entities.size() && subjects.empty() && counted; ++k) {
          if (is_chip(entities[k]) && !entities[k].synthetic && entities[k].begin >= f.end &&
              entities[k].begin <= f.end + 1) {
            subjects = group_of(entities, k);
          }
        }
        auto nearest = nearest_before(entities, f.begin, is_chip);
        if (subjects.empty() && nearest && rule.relative) {
          // "为H100的20%", "后者的15%": a share of the chip just named.
          const auto& target = entities[*nearest];
          const std::size_t look = target.begin > 6 ? target.begin - 6 : 0;
          const bool compared =
              t.contains(look, target.begin, U"为") || t.contains(look, target.begin, U"是") ||
              t.contains(look, target.begin, U"较") || t.contains(look, target.begin, U"比") ||
              t.contains(look, target.begin, U"相当于") || t.contains(look, target.begin, U"达");
          if (compared) {
            std::optional<std::size_t> subject_index;
            for (std::size_t k = 0; k < *nearest; ++k) {
              if (is_chip(entities[k]) && entities[k].entity != target.entity &&
                  entities[k].end <= target.begin) {
                subject_index = k;
                break;
              }
            }
            const Entity* subject = subject_index ? entities[*subject_index].entity : topic.chip;
            if (subject && subject != target.entity) {
              metric += "_relative_to:" + target.entity->id;
              value.relative_to = target.entity->id;
              subjects = {subject};
            }
          }
        }
        if (subjects.empty() && nearest && !rule.relative) subjects = group_of(entities, *nearest);
        if (subjects.empty() && !nearest && topic.chip && has_pronoun_before(t, f.begin, rules)) {
          subjects = {topic.chip};
        }
      } else if (rule.subject == ClaimRules::Metric::SubjectRule::ORG) {
        auto org = nearest_before(entities, f.begin, is_org);
        if (org) {
          subjects = group_of(entities, *org);
        } else if (auto person = nearest_before(entities, f.begin, [](const SentenceEntity& e) {
                     return e.entity->kind == EntityKind::PERSON;
                   })) {
          if (const Entity* affiliation = gazetteer.find(entities[*person].entity->vendor))
            subjects = {affiliation};
        } else if (topic.org && has_pronoun_before(t, f.begin, rules)) {
          subjects = {topic.org};
        }
      } else {
        // A fixed subject named by the rule ("china-market").
        claims.push_back(
            {rule.fixed_subject, metric, value, attribution_for(f.begin), f.begin, f.end});
        continue;
      }
      if (!subjects.empty()) emit(subjects, metric, value, f.begin, f.end);
    }
  }

  // Events: a date near an event keyword, about the chip nearest that keyword. Without a date
  // in the sentence there is no event claim to make.
  for (const auto& event : rules.events) {
    if (dates.empty()) break;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (!event.keyword_initials.may_start(t[i])) continue;
      const std::u32string* keyword = nullptr;
      for (const auto& k : event.keywords) {
        if (t.at(i, k)) {
          keyword = &k;
          break;
        }
      }
      if (!keyword) continue;
      const std::size_t keyword_end = i + keyword->size();
      bool blocked = t.ends_at(i, U"即将");  // a plan, not an event
      for (const auto& b : rules.event_clause_blockers)
        blocked = blocked || t.contains(keyword_end, std::min(t.size(), keyword_end + 12), b);
      if (blocked) continue;
      auto distance = [&](std::size_t begin, std::size_t end) {
        return end <= i ? i - end : (begin >= keyword_end ? begin - keyword_end : 0);
      };
      // The date closest to the keyword, within a short clause of it.
      // Failing that, the date heading the clause before it ("2025年7月，美国政府…宣布…允许").
      constexpr std::size_t EVENT_REACH = 12;
      const DateFigure* date = nullptr;
      for (const auto& d : dates) {
        if (distance(d.begin, d.end) > EVENT_REACH) continue;
        if (!date || distance(d.begin, d.end) < distance(date->begin, date->end)) date = &d;
      }
      for (const auto& d : dates) {
        if (!date && d.end <= i) date = &d;
      }
      // The chip it is about: the nearest before the keyword (the subject comes first in
      // Chinese), else the nearest after it.
      std::optional<std::size_t> chip;
      for (std::size_t k = 0; k < entities.size(); ++k) {
        if (is_chip(entities[k]) && entities[k].end <= i) chip = k;
      }
      for (std::size_t k = 0; k < entities.size() && !chip; ++k) {
        if (is_chip(entities[k]) && entities[k].begin >= keyword_end) chip = k;
      }
      if (!date || !chip) continue;
      const bool stated = std::any_of(claims.begin(), claims.end(), [&](const DraftClaim& c) {
        return c.metric == "event_date:" + event.event;
      });
      if (stated) break;  // one event of a kind per sentence: later keywords are asides
      ClaimValue value;
      value.kind = ValueKind::DATE;
      value.date.date = date->date;
      value.date.date_end = date->date_end;
      value.date.partial = date->partial;
      value.date.partial_end = date->partial_end;
      value.date.unresolved = date->unresolved;
      value.date.relation = date->relation;
      const std::string metric = "event_date:" + event.event;
      for (const Entity* subject : group_of(entities, *chip)) {
        const bool duplicate = std::any_of(claims.begin(), claims.end(), [&](const DraftClaim& c) {
          return c.subject == subject->id && c.metric == metric && c.value_begin == date->begin;
        });
        if (!duplicate)
          claims.push_back(
              {subject->id, metric, value, attribution_for(date->begin), date->begin, date->end});
      }
      i = keyword_end - 1;
    }
  }
  return claims;
}

}  // namespace suyuan::extract
