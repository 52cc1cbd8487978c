/// @file frame_subjects.cpp
/// @brief Claim frames, the subjects: what each clause names (its topic, a speaker, a list's
/// owner), and the subject a figure takes when its own phrase names none (carried, spoken, fallen
/// back on).
#include <algorithm>

#include "frame_finder.h"
#include "numerals.h"

namespace suyuan::extract::frame_finding {

std::optional<std::size_t> FrameFinder::attribution_for(std::size_t position) {
  std::optional<std::size_t> best;
  for (std::size_t k = 0; k < attributions.size(); ++k)
    if (attributions[k].begin <= position) best = k;
  // …增长5%，国家统计局表示: a source named after the figure states it too, but not across a
  // semicolon, which ends one statement and starts another (…4個月未公開演唱；…經紀人表示).
  if (!best && !attributions.empty() && !t.contains(position, attributions[0].begin, U"；") &&
      !t.contains(position, attributions[0].begin, U";"))
    best = 0;
  return best;
}

// A word cut from the end of a subject phrase that says what is measured (每坪, 日均): the
// metric, or the start of the metric written right after it.
void FrameFinder::keep_in_metric(Span word, DraftFrame& f) {
  if (f.metric_span.empty()) {
    f.metric_span = word;
    f.metric_text = utf8_of(t, word.begin, word.end);
    if (f.metric.empty()) f.metric = lower_ascii(f.metric_text);
  } else if (f.metric_span.begin >= word.end && trim(t, {word.end, f.metric_span.begin}).empty()) {
    f.metric_span.begin = word.begin;
    f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
  }
}

void FrameFinder::subject_of(Span s, DraftFrame& f) {
  // 根据2018年的数据，桌面操作系统MacOS…: a subject never spans a break; it is the part in the
  // clause it ends in (a name with a comma in it, RTS,S, stays whole).
  for (std::size_t k = s.end; k > s.begin; --k)
    if (is_break(t[k - 1])) {
      if (s.end - k >= 2) s = trim(t, {k, s.end});
      break;
    }
  // 每天两次的通勤（一周五天）: a bracket left open before the figure opens a gloss of the
  // phrase before it, no part of its name.
  for (std::size_t k = s.end; k > s.begin + 2; --k)
    if ((t[k - 1] == U'（' || t[k - 1] == '(') && !closes_within(t, k - 1, s.end)) {
      s = trim(t, {s.begin, k - 1});
      break;
    }
  // 对欧盟四年累计损失, 联合国安理会10个非常任理事国: a figure with its unit or measure word
  // ending the phrase is a figure of the subject before it, no part of its name (歼-16, 第32條
  // and 第4節 are names and ordinals; bare digits, 铁路12306 and 小米8, a number that names;
  // after 等 the count sums up a list, 市场监管总局等六部门).
  for (bool cut = true; cut;) {
    cut = false;
    for (const auto& x : figures) {
      const std::size_t x_end = x.measured ? x.measure_end : x.end;
      const bool naming_number = x.kind == ValueKind::NUMBER && !x.measured && x.unit.empty();
      if (x.begin >= s.begin + 2 && x.begin < s.end && x_end == s.end && !naming_number &&
          is_han(t[x.begin - 1]) && t[x.begin - 1] != U'第' && t[x.begin - 1] != U'等' &&
          t[x.begin] != U'第' && trim(t, {s.begin, x.begin}).end - s.begin >= 2) {
        s = trim(t, {s.begin, x.begin});
        // (曼联积40分, 市场收1030万: the verb of a result before that figure goes with it.)
        if (const std::size_t verb = result_verb_before(t, s, entities, rules))
          s = trim(t, {s.begin, s.end - verb});
        cut = true;
        break;
      }
    }
  }
  // 我国智能家电 → 智能家电: the scope word is the claim's scope, not part of its subject.
  for (const auto& [word, scope] : rules.scope_words) {
    // (国内生产总值: a scope word that opens a metric word is part of it.)
    if (s.end - s.begin > word.size() + 1 && t.at(s.begin, word) &&
        !word_at(t, s.begin + word.size(), rules.scope_name_heads) &&
        std::none_of(rules.metric_words.begin(), rules.metric_words.end(), [&](const auto& m) {
          return m.word.size() > word.size() && t.at(s.begin, m.word);
        })) {
      // (全省全年粮食产量, 全省全年接待游客: a word of the whole year after the scope word says
      // the period, no part of the subject; with nothing else left the scope word names it.)
      const std::size_t rest = s.begin + word.size();
      if (const auto* year = word_at(t, rest, rules.year_anaphors)) {
        s = rest + year->size() + 2 <= s.end ? Span{rest + year->size(), s.end}
                                             : Span{s.begin, rest};
        break;
      }
      s.begin += word.size();
      // (欧洲的天主教会: the 的 after the scope word goes with it.)
      if (t[s.begin] == U'的' && s.end - s.begin >= 3) ++s.begin;
      // (我国对东盟: 对东盟 stays, the trade of the country with a partner; the partner alone
      // would be the subject of a region's trade with it too: 长三角地区…，对东盟….)
      break;
    }
  }
  // 淄博市全市总面积, 江苏全省: the whole of the place named is the claim's scope, not part of
  // its subject (国泰全球 names a fund: only the words of trailing_scopes).
  for (const auto& word : rules.trailing_scopes) {
    if (s.end - s.begin > word.size() + 1 && t.ends_at(s.end, word) &&
        !inside_common_word(t, s.begin, s.end - word.size(), rules)) {
      s.end -= word.size();
      break;
    }
  }
  // 黄河河道里, 调度指挥中心的大屏幕上: a locative word after the noun places the figure in
  // it; the subject is the noun (中方, 世界上: a word that ends there is kept).
  // (A word longer than the locative: 之前 or 附近 are words themselves; 会上 of 大会上, 台上 of
  // 平台上 and 场上 of 广场上 are not, as their first character ends the word before.)
  const auto locative_in_word = [&](const std::u32string& locative) {
    const bool of_place = std::find(rules.place_locatives.begin(), rules.place_locatives.end(),
                                    locative) != rules.place_locatives.end();
    for (std::size_t n = std::max<std::size_t>(2, locative.size() + 1);
         n <= rules.longest_common_word && n <= s.end - s.begin; ++n)
      if (((words_at(t, s.end - n, s.end, rules.common_words) >> n) & 1u) &&
          (!of_place || !inside_common_word(t, s.begin, s.end - n, rules)))
        return true;
    return false;
  };
  // 巴基斯坦总统扎尔达里, 主席阿里: a name right after a person's title ends with the character
  // (a title that is a word of its own: 委员会里 is no 委员 and a name).
  const auto ends_person_name = [&] {
    constexpr std::size_t longest_name = 5;
    for (std::size_t name = 2; name <= longest_name && s.begin + name < s.end; ++name) {
      const std::size_t at = s.end - name;
      for (std::size_t k = at; k < s.end; ++k)
        if (!is_han(t[k]) || t[k] == U'的') return false;
      if (longest_of(words_at(t, at, s.end, rules.common_words)) >= 2) continue;  // (总书记演讲中)
      for (const auto& title : rules.person_titles)
        if (at >= s.begin + title.size() && t.ends_at(at, title) &&
            longest_of(words_at(t, at - title.size(), s.end, rules.common_words)) <= title.size())
          return true;
    }
    return false;
  };
  for (const auto& w : rules.locative_endings.words)
    if (s.end - s.begin > w.size() + 1 && t.ends_at(s.end, w) && !locative_in_word(w) &&
        !ends_person_name() &&
        !word_ends_at(t, s, rules.nominal_words, rules.longest_nominal_word,
                      std::max<std::size_t>(2, w.size() + 1)) &&
        !entity_in(entities, {s.end - w.size(), s.end})) {
      s = trim(t, {s.begin, s.end - w.size()});
      break;
    }
  // 遗产税最高边际|税率: words that qualify the measure written right after the phrase open
  // that measure and its key (最高边际:税率 is no question of 平均:税率); they name nothing of
  // the subject (最高法院 is a name: a word of the lexicon that runs past the qualifier keeps it).
  // (Only before a metric word of the lexicon or a word of an attribute, right after the
  // phrase or after qualifiers the phrase stopped at, 星河公司|平均|营收: 价差最高|可能 is no
  // measure.)
  if (!f.metric_span.empty() && !f.metric.empty() && f.metric_span.begin >= s.end &&
      (is_metric_word(t, f.metric_span, rules) ||
       rules.attribute_endings.find(t[f.metric_span.end - 1]) != std::u32string::npos)) {
    const std::size_t measure = f.metric_span.begin;
    std::size_t from = measure;  // where the qualifiers start
    const auto qualifier_ending = [&](std::size_t at, std::size_t floor) -> std::size_t {
      for (const auto& w : rules.metric_qualifiers.words)
        if (at >= floor + w.size() && t.ends_at(at, w) &&
            !inside_common_word(t, s.begin, at - w.size(), rules) &&
            longest_of(words_at(t, at - w.size(), t.size(), rules.common_words)) <= w.size())
          return w.size();
      return 0;
    };
    while (from > s.end)
      if (const std::size_t n = qualifier_ending(from, s.end))
        from -= n;
      else
        break;
    if (from == s.end) {
      while (const std::size_t n = qualifier_ending(from, s.begin + 2)) from -= n;
      if (from < measure) {
        s.end = from;
        if (const auto* same = word_at(t, from, rules.same_question_qualifiers);
            !same || same->size() != measure - from)
          f.metric = lower_ascii(utf8_of(t, from, measure)) + ":" + f.metric;
        keep_in_metric({from, measure}, f);
        s = trim(t, s);
      }
    }
  }
  // 腾讯每年, 音乐节每年, 第一轮滑行每人: a distributive and its measure word at the end say
  // how often or per whom, no part of the name (单 only opens a share: 订单 stays). They
  // stay in what is measured (南高雄每坪售價: per ping).
  while (s.end - s.begin >= 4 && t[s.end - 2] != U'单' &&
         rules.distributives.find(t[s.end - 2]) != std::u32string::npos && is_han(t[s.end - 1]) &&
         !inside_common_word(t, s.begin, s.end - 2, rules)) {
    const Span share{s.end - 2, s.end};
    // (每年, 每天: how often, which the period or the text says.)
    if (rules.frequency_measures.find(t[share.end - 1]) == std::u32string::npos)
      keep_in_metric(share, f);
    s = trim(t, {s.begin, share.begin});
  }
  // 红十字国际委员会25日, 新年戏曲晚会30日晚: a date that ends a subject dates its clause, no
  // part of the name.
  for (const auto& d : dates)
    if (d.begin >= s.begin + 2 && d.begin < s.end && d.end + 2 >= s.end) {
      s = trim(t, {s.begin, d.begin});
      break;
    }
  // 塔奇表示政府…, 海关总署相关负责人介绍…: a phrase that holds a verb of saying holds the
  // speaker before it and what is said after it; the subject is the noun phrase said about
  // (the speaker when nothing or a predicate follows: 美联储宣布降息25个基点).
  for (std::size_t k = s.begin + 2; k + 1 < s.end; ++k) {
    const auto* cue = word_at(t, k, rules.lead_in_cues);
    if (!cue || cue->size() < 2 || k + cue->size() > s.end) continue;
    if (inside_common_word(t, s.begin, k, rules) ||
        longest_of(words_at(t, k, s.end, rules.common_words)) > cue->size() ||
        std::any_of(entities.begin(), entities.end(),
                    [&](const SentenceEntity& e) { return e.begin < k && k < e.end; }))
      continue;
    const Span before = trim(t, {s.begin, k});
    Span after = trim(t, {k + cue->size(), s.end});
    // 中国宣布未来…: a time word after the verb names nothing said about.
    if (const auto* opener = word_at(t, after.begin, rules.openers))
      after = trim(t, {std::min(after.end, after.begin + opener->size()), after.end});
    s = after.end - after.begin >= 2 && !opens_with_verb(t, after, rules) ? after : before;
    break;
  }
  // 阿格西退休后只打1次网球: a word and 后 after the name say when (as they do opening a clause,
  // subject_start), no part of the name (后 that ends a word, 天后 or 最后, stays).
  // (PH值只|上升: the 后 may be cut already, with the adverbs after it.)
  for (const auto& ending : rules.glued_scene_endings.words) {
    const bool in_phrase = s.end - s.begin >= ending.size() + 4 && t.ends_at(s.end, ending);
    if (!in_phrase && (s.end - s.begin < 4 || !t.at(s.end, ending))) continue;
    const std::size_t e = in_phrase ? s.end - ending.size() : s.end;
    if (inside_common_word(t, s.begin, e, rules)) break;
    // (感染新冠病毒后: a noun before 后 is the object of a verb before it, or the event itself.)
    for (std::size_t n = std::min(rules.longest_glued_scene, e - s.begin - 2); n >= 2; --n)
      if (((words_at(t, e - n, e, rules.common_words) >> n) & 1u) &&
          (((words_at(t, e - n, e, rules.verb_words) >> n) & 1u) ||
           ((words_at(t, e - n, e, rules.predicate_verbs) >> n) & 1u)) &&
          !inside_common_word(t, s.begin, e - n, rules)) {
        s = trim(t, {s.begin, e - n});
        break;
      }
    break;
  }
  // 鹈鹕队另外, 世园会今天, 以军当天, 大女儿早上: a word that opens clauses (另外, 今天,
  // 此后), a time of day or a date that only says lately ends no name either (记者 is a noun:
  // 新华社记者 stays). An average (商贸城日均客流量) stays in what is measured, as a distributive
  // does.
  // Cuts trailing words of two to four characters from the subject while `ends_no_subject`
  // accepts one, never inside a word of the lexicon, a noun or a known entity's name.
  const auto cut_trailing_words = [&](auto&& ends_no_subject, bool keep_averages) {
    for (bool cut = true; cut && s.end - s.begin > 2;) {
      cut = false;
      for (std::size_t n = std::min<std::size_t>(4, s.end - s.begin - 2); n >= 2 && !cut; --n) {
        const std::size_t k = s.end - n;
        if (!ends_no_subject(k, n) || inside_common_word(t, s.begin, k, rules) ||
            ((words_at(t, k, s.end, rules.noun_words) >> n) & 1u) ||
            std::any_of(entities.begin(), entities.end(),
                        [&](const SentenceEntity& e) { return e.begin < s.end && e.end > k; }))
          continue;
        if (keep_averages && t[s.end - 1] == U'均') keep_in_metric({k, s.end}, f);
        s = trim(t, {s.begin, k});
        cut = true;
      }
    }
  };
  cut_trailing_words(
      [&](std::size_t k, std::size_t n) {
        for (const auto* words : {&rules.openers, &rules.day_parts, &rules.vague_dates})
          if (const auto* opener = word_at(t, k, *words); opener && opener->size() == n)
            return true;
        return false;
      },
      true);
  // 我国与中亚五国进出口, 我国对中东欧国家进出口: a partner after a scope word is the other side
  // of a figure both sides share; the scope word (the claim's scope too) is the first side, so
  // the subject keeps it rather than open with the preposition.
  // (Not the first item of a list the figures are paired with: 我国对东盟、欧盟…分别.)
  if (s.end - s.begin >= 3 && rules.partner_prepositions.find(t[s.begin]) != std::u32string::npos &&
      (s.end >= t.size() || t[s.end] != U'、'))
    for (const auto& [word, scope] : rules.scope_words)
      if (s.begin >= word.size() && t.ends_at(s.begin, word)) {
        s.begin -= word.size();
        break;
      }
  // 五部门联合|印发, 飞船成功|对接, 利润更是|增长: an adverb, or a word that stands before a verb
  // as one (adverbial_endings), ends no subject; the verb after it went to the metric or the
  // predicate. (Not a word's end: 领导人|一直 is cut, 联合国 and 成功率 are words.)
  cut_trailing_words(
      [&](std::size_t k, std::size_t n) {
        const auto* listed = word_at(t, k, rules.adverbial_endings);
        return ((words_at(t, k, s.end, rules.adverb_words) >> n) & 1u) ||
               (listed && listed->size() == n);
      },
      false);
  // 我国对, 中国与, 李强将, 越南政府曾: a conjunction, a preposition or an adverb ends no
  // subject (华为, 老将 do).
  // (科技部将, 我国共, 防洪标准将: after 将, 共, 都 a word of the lexicon that ends there but
  // starts inside the word before it, 部将, 国共, 准将, is no word of the phrase.)
  const auto word_ends_here = [&](Span p) {
    for (std::size_t n = 2; n <= p.end - p.begin; ++n) {
      const bool word = (n <= rules.longest_common_word &&
                         ((words_at(t, p.end - n, p.end, rules.common_words) >> n) & 1u)) ||
                        (n <= rules.longest_nominal_word &&
                         ((words_at(t, p.end - n, p.end, rules.nominal_words) >> n) & 1u));
      if (word && (rules.trailing_over_words.find(t[p.end - 1]) == std::u32string::npos ||
                   !inside_common_word(t, p.begin, p.end - n, rules)))
        return true;
    }
    return false;
  };
  // (比 and 较 end one only before the date it is compared with and a predicate of comparison,
  // 托位数比“十三五”末提高: 公設比為30% is a ratio, 哈内格比17日确认 a name.)
  const auto compared_here = [&](Span p) {
    if (t[p.end - 1] != U'比' && t[p.end - 1] != U'较') return true;
    return std::any_of(dates.begin(), dates.end(), [&](const DateFigure& d) {
      std::size_t after = d.end;
      if (const auto* w = word_at(t, after, rules.period_base_after)) after += w->size();
      return (d.begin == p.end ||
              (d.begin == p.end + 1 && (t[p.end] == U'“' || t[p.end] == U'「'))) &&
             rules.comparison_predicates.find(t[after]) != std::u32string::npos;
    });
  };
  while (s.end - s.begin > 2 &&
         (rules.trailing_characters.find(t[s.end - 1]) != std::u32string::npos ||
          rules.ending_characters.find(t[s.end - 1]) != std::u32string::npos) &&
         !word_ends_here(s) && compared_here(s) &&
         std::none_of(entities.begin(), entities.end(),
                      [&](const SentenceEntity& e) { return e.begin < s.end && e.end >= s.end; }))
    s = trim(t, {s.begin, s.end - 1});
  const Span name = s;  // (without the marks below)
  // 十四五”规划部署 → “十四五”规划部署, 条例 → 《条例》: a name in quotation or title marks
  // keeps them (clauses start after the marks at their head).
  if (s.begin > 0 && closing_of(t[s.begin - 1]) && t[s.begin - 1] != U'（' &&
      t[s.begin - 1] != '(') {
    if (closes_within(t, s.begin - 1, s.end))
      --s.begin;
    else if (s.end < t.size() && t[s.end] == closing_of(t[s.begin - 1]))
      --s.begin, ++s.end;  // 《条例》
  }
  f.subject_span = s;
  f.subject_normalized = t.bytes(s.begin, s.end);
  if (const SentenceEntity* e = entity_in(entities, name);
      e && (e->end - e->begin) * 2 >= (name.end - name.begin)) {
    f.subject = e->entity->id;
    f.subject_kind = SubjectKind::ENTITY;
  } else {
    f.subject = lower_ascii(utf8_of(t, s.begin, s.end));
    f.subject_kind =
        is_generic(t, name, entities, rules) ? SubjectKind::GENERIC : SubjectKind::OPEN;
  }
}

bool FrameFinder::take_fallback(DraftFrame& f, std::size_t position) {
  const Named* best = nullptr;
  for (const auto& n : fallbacks)
    if (n.position < position) best = &n;
  if (!best) return false;
  f.subject = best->subject.subject;
  f.subject_kind = best->subject.kind;
  f.subject_normalized = best->subject.normalized;
  return true;
}

void FrameFinder::note_speaker(Span clause) {
  // 星河公司财报显示，其营收…: a document speaks for its owner, whom the attribution pass names
  // (数据显示 alone names no one).
  for (const auto& cue : rules.document_cues.words) {
    if (clause.end < clause.begin + cue.size() || !t.ends_at(clause.end, cue)) continue;
    for (const auto& a : attributions) {
      if (a.end <= clause.begin || a.begin >= clause.end || a.name.empty()) continue;
      const std::u32string name = to_u32(a.name);
      for (std::size_t k = clause.begin; k + name.size() <= clause.end; ++k) {
        if (!t.at(k, name)) continue;
        const Span who{k, k + name.size()};
        if (who.end - who.begin >= 2 && !is_pronoun(t, who, rules) &&
            !is_one_word(t, who, rules.common_words)) {
          speakers.push_back(named_as(who));
        }
        break;
      }
    }
    return;
  }
  for (const auto& cue : rules.speech_cues.words) {
    if (clause.end < clause.begin + cue.size() || !t.ends_at(clause.end, cue)) continue;
    std::size_t start = subject_start(t, clause, dates, {}, rules);
    // (据FF表示: the speaker is FF.)
    if (const auto* according = word_at(t, start, rules.according_to))
      start = std::min(clause.end, start + according->size());
    std::size_t e = clause.end - cue.size();
    // (叶海亚今天发表声明称: an act of stating before the cue and the date it spoke on are no
    // part of the name.)
    for (const auto& act : rules.speech_cues.words)
      if (act.size() >= 4 && e >= start + act.size() && t.ends_at(e, act)) {
        e -= act.size();
        break;
      }
    for (const auto& d : dates)
      if (d.begin > start && d.begin < e) {
        e = d.begin;
        break;
      }
    e = std::max(start, std::min(e, first_stop(t, start, e, rules, entities)));
    // (after the date it spoke on: 星河公司发言人12日表示 → 星河公司)
    for (const auto& w : rules.speaker_suffixes.words)
      if (e >= start + w.size() && t.ends_at(e, w)) e -= w.size();
    const Span who = shorten(t, {start, e}, rules);
    if (who.end - who.begin >= 2 && !is_pronoun(t, who, rules)) {
      speakers.push_back(named_as(who));
      for (std::size_t k = who.begin + 2; k < who.end; ++k) {
        const auto* role = word_at(t, k, rules.speaker_roles);
        if (!role || k + role->size() > who.end) continue;
        if (const Span organisation = trim(t, {who.begin, k});
            organisation.end - organisation.begin >= 2 && !is_pronoun(t, organisation, rules) &&
            !is_generic(t, organisation, entities, rules)) {
          speaker_organisations.push_back(named_as(organisation, who.begin));
        }
        break;
      }
    }
    return;
  }
}

FrameFinder::Named FrameFinder::named_as(Span s, std::size_t position) {
  DraftFrame f;
  subject_of(s, f);
  return {position == SIZE_MAX ? s.begin : position,
          {f.subject, f.subject_kind, false, *f.subject_normalized}};
}

void FrameFinder::remember(std::size_t position, const DraftFrame& f, bool generic) {
  named.push_back({position, {f.subject, f.subject_kind, generic, *f.subject_normalized}});
}

// Whether `longer` is `shorter` and a verb after it, both read at `position` of the sentence.
bool FrameFinder::cut_at_verb(std::size_t position, const std::string& shorter,
                              const std::string& longer) {
  if (shorter.size() >= longer.size() || longer.compare(0, shorter.size(), shorter) != 0)
    return false;
  const auto code_points = [](const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
  };
  const std::size_t cut = position + code_points(shorter);
  const std::size_t end = position + code_points(longer);
  // (The verb may run past the longer reading: 砍 of 韩硕砍 is 砍下; 留 of 爬坡周期留了 is one
  // character before its aspect particle.)
  return end <= t.size() && lower_ascii(utf8_of(t, position, end)) == longer &&
         (verb_at(t, {cut, std::min(t.size(), end + 2)}, rules) > 0 ||
          (end == cut + 1 && end < t.size() && is_aspect_particle(t[end])));
}

// The latest subject named before `position`: a named one if there is one, else a generic one.
const FrameSubject* FrameFinder::latest_before(std::size_t position, bool named_only,
                                               bool this_sentence) {
  const FrameSubject* generic = nullptr;
  const Named* best = nullptr;
  for (const auto& n : named) {
    if (n.position >= position) continue;
    // 韩硕砍下20分: at one position, the topic read as a clause opens (韩硕砍) and a figure's
    // subject (韩硕, its verb cut off) may both be named; the shorter reading is the name when
    // the rest of the longer one opens with a verb (总年产能, …的旅客: a noun's end, which the
    // figure took as its metric, is no verb).
    if (!n.subject.generic && (!best || n.position > best->position ||
                               (n.position == best->position &&
                                cut_at_verb(n.position, n.subject.subject, best->subject.subject))))
      best = &n;
    if (n.subject.generic) generic = &n.subject;
  }
  if (best) return &best->subject;
  if (this_sentence) return named_only ? nullptr : generic;
  // 规模以上文化企业实现营业收入…，比上年增长6.0%: a subject of this sentence, even a
  // generic one, before the previous sentence's.
  if (generic && !named_only) return generic;
  if (!topic.subject.empty() && !topic.generic) return &topic;
  if (named_only) return nullptr;
  return topic.subject.empty() ? nullptr : &topic;
}

// 汇顶科技方面表示，尽管公司…: a pronoun or a body of the organisation after a lead-in, with no
// subject named between them in the sentence, is the speaker's.
bool FrameFinder::take_speaker(DraftFrame& f, std::size_t position, std::size_t mention,
                               Span pronoun) {
  const Named* speaker = nullptr;
  for (const auto& who : speakers)
    if (who.position < position) speaker = &who;
  if (!speaker || latest_before(position, true, true)) return false;
  // (据3名知情人士透露，该公司…: an anonymous source speaks for no company; with nothing else
  // named, the pronoun has no referent.)
  if (std::any_of(attributions.begin(), attributions.end(), [&](const FoundAttribution& a) {
        return a.source == "anonymous" && a.begin <= speaker->position && speaker->position < a.end;
      }))
    return false;
  // 辉宏集团董事长王明表示，公司今年将投资…: the company the speaker speaks for.
  if (std::any_of(rules.organisation_nouns.words.begin(), rules.organisation_nouns.words.end(),
                  [&](const std::u32string& w) {
                    return pronoun.end >= pronoun.begin + w.size() && t.ends_at(pronoun.end, w);
                  }))
    for (const auto& organisation : speaker_organisations)
      if (organisation.position == speaker->position) speaker = &organisation;
  f.subject = speaker->subject.subject;
  f.subject_kind = speaker->subject.kind;
  f.subject_normalized = speaker->subject.normalized;
  named.push_back({mention, speaker->subject});
  return true;
}

// Whether a speaker is named in a clause before the one of `position` (in its own clause the
// speaker is no subject of a figure: 僅距百米來不及閃官員表示). Only a speaker the attribution
// pass took for a source counts (报道称: no one is named), and no single common noun (声明说,
// 财报显示: a document, no actor; 世界卫生组织 is made of common words, but is no one word).
bool FrameFinder::spoken_before_clause(std::size_t position) {
  const std::size_t clause_begin = clause_of(t, position).begin;
  return std::any_of(speakers.begin(), speakers.end(), [&](const Named& who) {
    // (the speaker's length in characters, to tell one common noun from a name made of them)
    const auto length = static_cast<std::size_t>(
        std::count_if(who.subject.subject.begin(), who.subject.subject.end(),
                      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    const bool one_common_noun =
        who.subject.kind == SubjectKind::GENERIC && who.position + length <= t.size() &&
        ((words_at(t, who.position, who.position + length, rules.common_words) >> length) & 1u);
    return who.position < clause_begin && !one_common_noun &&
           std::any_of(attributions.begin(), attributions.end(), [&](const FoundAttribution& a) {
             return a.begin < who.position + length && who.position < a.end;
           });
  });
}

// Whether a clause of this sentence before `position` opens with a subject of its own (全国农村低保
// 平均标准从2068元…，提高到4301元: the second figure is the first's subject's, not the speaker's;
// a thing counted after a figure, 提供…的军事装备，并额外提供21亿美元, opens no clause).
bool FrameFinder::topic_named_before(std::size_t position) {
  return std::any_of(named.begin(), named.end(), [&](const Named& n) {
    return n.position < position &&
           n.position == subject_start(t, clause_of(t, n.position), dates, attributions, rules);
  });
}

bool FrameFinder::take_carried(DraftFrame& f, std::size_t position, bool named_only,
                               bool this_sentence) {
  const FrameSubject* carried = latest_before(position, named_only, this_sentence);
  if (!carried) return false;
  f.subject = carried->subject;
  f.subject_kind = carried->kind;
  f.subject_normalized = carried->normalized;
  return true;
}

bool FrameFinder::take_after_scene(DraftFrame& f, Span clause) {
  if (clause.end >= t.size() || std::none_of(scenes.begin(), scenes.end(), [&](const Span& s) {
        return s.begin == clause.begin && s.end == clause.end;
      }))
    return false;
  const Span next = clause_of(t, clause.end + 1);
  const Named* first = nullptr;
  for (const auto& n : named)
    if (n.position > clause.end && n.position < next.end && !n.subject.generic &&
        (!first || n.position < first->position))
      first = &n;
  if (!first) return false;
  f.subject = first->subject.subject;
  f.subject_kind = first->subject.kind;
  f.subject_normalized = first->subject.normalized;
  return true;
}

// 在…的比赛中, 在喀山停留不到48小时里: a clause that 在 opens and that holds 的 or ends in a word
// of place or time is a noun phrase, a scene, rather than a predicate of the subject before.
bool FrameFinder::scene_after_place(Span clause) const {
  const Span own = trim(t, clause);
  return t.contains(own.begin, own.end, U"的") ||
         (own.end > own.begin &&
          rules.scene_place_endings.find(t[own.end - 1]) != std::u32string::npos);
}

// …发生枪击事件，造成2人死亡, …遭俄导弹袭击，造成3人死亡: a clause opening with a verb of cause
// is caused by the event that the clause before it in the sentence introduces (a count of events
// such as 一起 or 7.2级 aside); empty when there is none.
Span FrameFinder::event_before_cause(Span clause) const {
  const Span own = trim(t, clause);
  std::size_t p = own.begin;
  if (const auto* adverb = word_at(t, p, rules.causative_adverbs)) p += adverb->size();
  if (own.empty() || !word_at(t, p, rules.causative_verbs) || clause.begin < 2 ||
      (t[clause.begin - 1] != U'，' && t[clause.begin - 1] != ','))
    return {};
  const Span before = clause_of(t, clause.begin - 2);
  Span event;
  for (std::size_t k = before.begin; k + 2 < before.end; ++k)
    if (const auto* w = word_at(t, k, rules.event_introducers);
        w && !inside_common_word(t, before.begin, k, rules) &&
        longest_of(words_at(t, k, before.end, rules.common_words)) <= w->size())
      event = {k + w->size(), before.end};
  if (event.empty()) return {};
  std::size_t b = event.begin;
  while (b < event.end && is_aspect_particle(t[b])) ++b;  // 发生了
  // (发生超过20起枪击案: a figure the recognizers found, qualifier and all.)
  const std::size_t count = b;
  for (const auto& fig : figures)
    if (fig.begin == b) b = std::max(fig.end, fig.measured ? fig.measure_end : fig.end);
  while (b < event.end && (is_chinese_numeral(t[b]) || is_ascii_digit(t[b]) || t[b] == '.' ||
                           t[b] == U'多' || t[b] == U'几'))
    ++b;
  if (b > count) {
    if (const auto* counter = word_at(t, b, rules.existence_counters))
      b += counter->size();
    else if (b == count || !t.ends_at(b, U"起"))
      b = count;  // (一线: a numeral that opens a word)
  }
  event = trim(t, {b, event.end});
  const std::size_t n = event.end - event.begin;
  if (n < 2 || n > rules.max_subject) return {};
  for (std::size_t k = event.begin; k < event.end; ++k)
    if (!is_han(t[k]) && !is_ascii_alpha(t[k]) && !is_ascii_digit(t[k])) return {};
  // (…大桥发生垮塌: a verb alone names no event apart from where it happened, which stays.)
  const auto one_word = [&](const WordSet& set) { return is_one_word(t, event, set); };
  if ((one_word(rules.common_words) && !one_word(rules.noun_words)) || one_word(rules.verb_words) ||
      one_word(rules.predicate_verbs) || one_word(rules.event_verb_words))
    return {};
  return event;
}

// 呼和浩特盛乐国际机场…，该机场…: a demonstrative and a noun refer to the latest subject
// named with that noun (in this sentence, else the previous sentence's topic); the subject is
// that name up to the noun.
bool FrameFinder::take_named_with_head(Span pronoun, std::size_t position, DraftFrame& f) {
  if (pronoun.end - pronoun.begin < 3 ||
      rules.demonstratives.find(t[pronoun.begin]) == std::u32string::npos)
    return false;
  std::size_t head = pronoun.begin + 1;
  // (该项目, 该部门: a measure word that opens a word with what follows is part of the noun.)
  if (rules.demonstrative_measures.find(t[head]) != std::u32string::npos &&
      longest_of(words_at(t, head, pronoun.end, rules.common_words)) < 2)
    ++head;
  if (pronoun.end - head < 2) return false;
  const std::string noun = lower_ascii(utf8_of(t, head, pronoun.end));
  auto take = [&](const FrameSubject& s) {
    if (s.kind == SubjectKind::ENTITY) return false;
    const std::size_t at = s.subject.find(noun);
    if (at == std::string::npos || at == 0) return false;
    const std::size_t length = at + noun.size();
    f.subject = s.subject.substr(0, length);
    f.subject_kind = SubjectKind::OPEN;
    f.subject_normalized =
        ByteRange{s.normalized.begin, static_cast<std::uint32_t>(s.normalized.begin + length)};
    return true;
  };
  const Named* best = nullptr;
  for (const auto& n : named)
    if (n.position < position && n.subject.subject.find(noun) != std::string::npos &&
        (!best || n.position > best->position))
      best = &n;
  if ((best && take(best->subject)) || (!topic.subject.empty() && take(topic))) return true;
  // 这家辉宏公司: a name after them, no generic noun (这家公司), is the subject itself when
  // nothing is named before it (Uber…，这家网约车公司: a description of a name before, which the
  // lexicon cannot tell from a name, 网约车 or 辉宏).
  if (const Span name{head, pronoun.end};
      head == pronoun.begin + 2 && is_han(t[head]) && !latest_before(position, false) &&
      first_stop(t, head, pronoun.end, rules, entities) == pronoun.end &&
      std::none_of(figures.begin(), figures.end(),
                   [&](const Figure& x) { return x.begin >= head && x.begin < pronoun.end; }) &&
      !is_generic(t, name, entities, rules) && !is_pronoun(t, name, rules) &&
      !opens_with_verb(t, name, rules) && noun_phrase(t, name, rules, entities).end == name.end &&
      plain_name(name)) {
    subject_of(name, f);
    return true;
  }
  return false;
}

// 混合接力全程2000米，每队包括2男2女: a distributive and its measure word alone (每队, 各人)
// are a share of the subject named before in the sentence, even a generic one.
// Whether `name`, read as a noun phrase, is one plainly: no 的 in it (单位的罚款每年), no count
// opening it (九大领域), no verb in it or ending it (西江油田自投产, 科技成果可应用).
bool FrameFinder::plain_name(Span name) const {
  for (std::size_t k = name.begin; k < name.end; ++k) {
    if (t[k] == U'的') return false;
    // (龙门石窟开发文创产品: a verb inside is a predicate's.)
    if (k > name.begin && longest_of(words_at(t, k, name.end, rules.verb_words)) >= 2 &&
        !inside_common_word(t, name.begin, k, rules) &&
        !inside_nominal_word(t, name.begin, k, rules))
      return false;
  }
  return !is_chinese_numeral(t[name.begin]) && !is_ascii_digit(t[name.begin]) &&
         !ends_with_verb(t, name, rules) &&
         !word_ends_at(t, name, rules.verbal_nouns, rules.longest_common_word);
}

// Where the noun phrase after the first 的 of `s` starts, when what stands before that 的 is a
// clause that describes it: one opening with a verb (拥有悠久历史的) or holding a figure
// (成立50年的) or an adverb of degree (规模最大的); else 0. A generic noun or a pronoun there
// (的公司) refers back and is left to the rules of those. `degree_only`: only the last kind, for a
// clause that ends with the noun (采用以LED屏为主的数字场景 is a predicate and its object).
std::size_t FrameFinder::relative_clause_head(Span s, bool degree_only) const {
  std::size_t mark = s.begin + 2;
  while (mark + 2 < s.end && (t[mark] != U'的' || inside_title(t, mark))) ++mark;
  if (mark + 2 >= s.end) return 0;
  const Span describing = trim(t, {s.begin, mark});
  const Span head = trim(t, {mark + 1, first_stop(t, mark + 1, s.end, rules, entities)});
  if (describing.end - describing.begin < 2 || head.end - head.begin < 2) return 0;
  const bool holds_figure = std::any_of(figures.begin(), figures.end(), [&](const Figure& x) {
    return x.begin >= describing.begin && x.end <= describing.end;
  });
  // (规模最大的, 全球最大的: an adverb of degree and the adjective after it are a predicate of
  // quality; 最近 and 最后 say when, and describe nothing.)
  // (我国已建成全球最大规模的光纤网络: a verb before the adverb makes a clause of its own, whose
  // object the name after 的 is; 凯莉是家族中最小的: so does a stop of a subject, a copula or a
  // preposition.)
  const auto holds_degree = [&] {
    std::size_t k = describing.begin;
    for (; k + 1 < describing.end; ++k)
      if (const auto* adverb = word_at(t, k, rules.degree_adverbs);
          adverb && k + adverb->size() < describing.end && !word_at(t, k, rules.openers) &&
          !word_at(t, k, rules.vague_dates) && !inside_common_word(t, describing.begin, k, rules))
        break;
    if (k + 1 >= describing.end) return false;
    for (std::size_t x = describing.begin; x < k; ++x)
      if (longest_of(words_at(t, x, k, rules.verb_words)) > 0 &&
          !inside_common_word(t, describing.begin, x, rules))
        return false;
    return first_stop(t, describing.begin, k, rules, entities) == k;
  };
  // (A superlative before a common noun restricts it, 楼内年纪最大的性工作者: in a phrase
  // before a figure the whole phrase names what is measured.)
  if (degree_only ? opens_with_verb(t, describing, rules) || !holds_degree()
                  : !holds_figure && !opens_with_verb(t, describing, rules))
    return 0;
  // (他僅在10年的球季賽, 这两个地方市中心的房租, 在10月26日下午举行的…大会上: a pronoun, an
  // opener or a preposition of place starts a clause of its own or a scene, no description;
  // 房租比15分钟通勤区的租金: a figure after 的 compares, it describes none.)
  if (is_pronoun(t, describing, rules) || word_at(t, describing.begin, rules.openers) ||
      rules.place_prepositions.find(t[describing.begin]) != std::u32string::npos ||
      rules.place_prepositions.find(t[clause_of(t, s.begin).begin]) != std::u32string::npos ||
      std::any_of(figures.begin(), figures.end(),
                  [&](const Figure& x) { return x.begin >= head.begin && x.begin < s.end; }))
    return 0;
  if (opens_with_verb(t, head, rules) || is_pronoun(t, head, rules) ||
      is_metric_word(t, head, rules) || is_generic(t, head, entities, rules) ||
      noun_phrase(t, head, rules, entities).end != head.end)
    return 0;
  // (高职高专毕业学历后满: the phrase must end where a word or a known name ends.)
  if (!word_ends_at(t, head, rules.common_words, rules.longest_common_word) &&
      std::none_of(entities.begin(), entities.end(),
                   [&](const SentenceEntity& e) { return e.end == head.end; }))
    return 0;
  return plain_name(head) ? head.begin : 0;
}

bool FrameFinder::could_be_person(const std::string& subject) const {
  return !subject.empty() &&
         std::none_of(rules.not_person_endings.begin(), rules.not_person_endings.end(),
                      [&](const std::string& e) {
                        return subject.size() > e.size() &&
                               subject.compare(subject.size() - e.size(), e.size(), e) == 0;
                      });
}

bool FrameFinder::is_share(Span s) {
  return s.end - s.begin == 2 && rules.distributives.find(t[s.begin]) != std::u32string::npos;
}

// 西延高铁…，线路全长299.8公里: a generic phrase opening the clause is the attribute of the
// subject named before it in the sentence, not a subject of its own. (Only in the sentence:
// 全国粮食总产量 after a sentence about a TV series is the grain's.)
bool FrameFinder::named_before(Span s, DraftFrame& f) {
  if (!is_generic(t, s, entities, rules)) return false;
  DraftFrame attempt = f;
  // 直径40毫米，厚度仅为9.6毫米: one word naming an attribute has no existence of its own; it
  // is the attribute of the latest subject, named in this sentence or the one before.
  // 价格上涨5%, 年薪减少5万美元: so does a metric word, and a measure described with 的
  // (经营活动产生的现金流量净额; 员工支出 or 粮食总产量 may be a quantity of their own).
  // (An official aggregate, 2026年电影票房超125亿元, is a quantity of its own: only a subject
  // named in this sentence owns it.)
  const auto described_measure = [&](Span p) {
    return t.contains(p.begin, p.end, U"的") && attribute_phrase(t, p, entities, rules);
  };
  const bool attribute_word =
      ((longest_of(words_at(t, s.begin, s.end, rules.common_words)) == s.end - s.begin &&
        rules.attribute_endings.find(t[s.end - 1]) != std::u32string::npos) ||
       is_metric_word(t, s, rules) || described_measure(s)) &&
      !is_aggregate_word(t, s, rules);
  const bool share = is_share(s);
  if (!take_carried(attempt, s.begin, !share, share || !attribute_word)) return false;
  f = std::move(attempt);
  if (f.metric_span.empty()) {
    f.metric_span = s;
    f.metric_text = utf8_of(t, s.begin, s.end);
    if (f.metric.empty()) f.metric = lower_ascii(f.metric_text);
  } else if (rules.change_metrics.count(f.metric) && s.end <= f.metric_span.begin) {
    // 基础研究经费增长10.5%: the growth of the attribute, not of the subject itself.
    const std::string attribute = lower_ascii(utf8_of(t, s.begin, s.end));
    f.metric_span = {s.begin, f.metric_span.end};
    f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    f.metric = f.metric + ":" + attribute;
  }
  f.subject_span = {};
  return true;
}

// The noun phrase opening each clause, whether or not the clause has a figure (西延高铁是…).
Span FrameFinder::own_report_publisher(Span clause, std::size_t start) const {
  const Span rest = trim(t, {start, clause.end});
  for (const auto& report : rules.own_reports) {
    if (rest.end < rest.begin + report.size() + 4 || !t.ends_at(rest.end, report)) continue;
    // 发布2024年年报, 公布了业绩: a date or an aspect particle between the verb and the report.
    std::size_t verb_end = rest.end - report.size();
    for (const auto& d : dates)
      if (d.end == verb_end && d.begin > rest.begin) verb_end = d.begin;
    if (is_aspect_particle(t[verb_end - 1])) --verb_end;
    const auto cue = std::find_if(rules.lead_in_cues.begin(), rules.lead_in_cues.end(),
                                  [&](const std::u32string& w) { return t.ends_at(verb_end, w); });
    if (cue == rules.lead_in_cues.end()) continue;
    // 海天味业昨日发布: the date of publishing stands between the publisher and the verb.
    std::size_t name_end = verb_end - cue->size();
    for (const auto& d : dates)
      if (d.end == name_end && d.begin > rest.begin) name_end = d.begin;
    const Span publisher = noun_phrase(t, trim(t, {rest.begin, name_end}), rules, entities);
    if (publisher.end - publisher.begin >= 2 && !is_pronoun(t, publisher, rules) &&
        !is_generic(t, publisher, entities, rules))
      return publisher;
  }
  return {};
}

std::size_t FrameFinder::after_edition_year(std::size_t at) const {
  // 2025世界人工智能大会, 2026中关村国际技术交易大会: four digits of a year written without 年
  // right before the name of a recurring event are the edition's year, no figure of the
  // sentence (2026年 is a date; 2007苹果手机的诞生 names no edition).
  for (const auto& fig : figures) {
    if (fig.begin != at || fig.kind != ValueKind::NUMBER || fig.measured || !fig.unit.empty() ||
        fig.end != at + 4 || fig.number_begin != at || !fig.value || *fig.value < 1900 ||
        *fig.value > 2100 || fig.end >= t.size() || !is_han(t[fig.end]))
      continue;
    for (std::size_t k = fig.end + 1; k < t.size() && k < fig.end + rules.max_subject; ++k) {
      if (is_break(t[k]) || t[k] == U'的') break;
      if (word_at(t, k, rules.edition_heads)) return fig.end;
    }
  }
  return at;
}

void FrameFinder::note_clause_subjects() {
  for (std::size_t b = 0; b < t.size();) {
    const Span clause = clause_of(t, b);
    // 央视网消息（新闻联播）：, X表示：: a lead-in before a colon is a byline or a speaker.
    if (clause.end < t.size() && (t[clause.end] == U'：' || t[clause.end] == ':')) {
      const std::size_t speakers_before = speakers.size();
      note_speaker(clause);
      // 香肠焗斜管面材料：斜管通心面80克、香肠80克: the amounts listed after an ingredient head
      // are the dish's; the dish is named right before the head.
      for (const auto& head : rules.list_heads.words) {
        if (clause.end < clause.begin + head.size() + 2 || !t.ends_at(clause.end, head)) continue;
        const std::size_t head_begin = clause.end - head.size();
        std::size_t owner = clause.begin;
        for (std::size_t k = clause.begin; k < head_begin; ++k)
          if (t[k] == U'）' || t[k] == ')' || t[k] == U'、' || is_ascii_digit(t[k])) owner = k + 1;
        if (const Span dish = shorten(t, {owner, head_begin}, rules); dish.end - dish.begin >= 2)
          lists.push_back({clause.end, dish});
        break;
      }
      // 瑞祥豆价格：80元: a label that ends with a measure's word (and names no speaker and no
      // list) names the topic of what follows it, as a clause does. (A name alone before a
      // colon is as often a speaker of an interview, 黄景瑜：…, or a byline, 央视网消息（新闻
      // 联播）：.)
      const auto measure = metric_before(t, clause.begin, clause.end, rules);
      const bool label = speakers.size() == speakers_before &&
                         (lists.empty() || lists.back().colon != clause.end) && measure &&
                         trim(t, {measure->first.end, clause.end}).empty() &&
                         measure->first.begin >= clause.begin + 2 &&
                         !t.contains(clause.begin, clause.end, U"（") &&
                         !t.contains(clause.begin, clause.end, U"(");
      if (!label) {
        b = clause.end + 1;
        continue;
      }
    }
    std::size_t start = after_edition_year(subject_start(t, clause, dates, attributions, rules));
    // 海天味业发布年报，营收…: a publisher of its own report is what the figures after it in the
    // sentence are about, when they name nothing else (a last resort: no topic for the next
    // sentence, where a pronoun may refer to a company named since).
    if (const Span publisher = own_report_publisher(clause, start); !publisher.empty()) {
      fallbacks.push_back(named_as(publisher));
      b = clause.end + 1;
      continue;
    }
    // 全球最大的芯片代工厂台积电，去年…: a clause that is nothing but a relative clause of
    // degree and the name it describes names that name as its topic.
    if (const std::size_t head = relative_clause_head(trim(t, {start, clause.end}), true);
        head && first_stop(t, head, clause.end, rules, entities) == clause.end)
      start = head;
    std::size_t end = first_stop(t, start, clause.end, rules, entities);
    bool at_figure = false;
    for (const auto& fig : figures)
      if (fig.begin >= start && fig.begin < end && !is_model_number(t, fig))
        end = fig.begin, at_figure = true;
    for (const auto& d : dates)
      if (d.begin >= start && d.begin < end)
        end = std::max(start, date_start(t, d, rules)), at_figure = false;
    // (瑞祥县发生大面积内涝: a word of the lexicon ending with a measure's word, right before a
    // noun, qualifies that noun; it ends no topic. GDP总量 is a measure.)
    const auto word_at_is_noun = [&](std::size_t at, std::size_t stop) {
      const std::size_t n = longest_of(words_at(t, at, stop, rules.noun_words));
      return n >= 2 && n >= longest_of(words_at(t, at, stop, rules.common_words));
    };
    if (const auto metric = start < end ? metric_before(t, start, end, rules) : std::nullopt;
        metric &&
        (is_metric_word(t, metric->first, rules) || !word_at_is_noun(metric->first.end, end))) {
      end = metric->first.begin, at_figure = false;
      // 瑞祥公司营收增长30%，净利…: the quantity that changes is the metric's too, no part of
      // the topic the next clauses carry.
      if (rules.change_metrics.count(rules.metric_words[metric->second].metric))
        if (const auto quantity = changed_quantity(start, end)) end = quantity->first.begin;
    }
    // 刘诗雯以4比0…: the linking word before a figure is no part of the subject (but 达 of 辉达
    // is part of the name).
    if (const std::size_t linked = at_figure ? before_linkers(t, start, end, rules) : end;
        std::none_of(entities.begin(), entities.end(),
                     [&](const auto& e) { return e.begin < linked && linked < e.end; }))
      end = linked;
    Span phrase = shorten(t, {start, std::max(start, end)}, rules);
    // Fitbit手环配备了…: a verb before an aspect particle is the predicate, no part of the topic.
    if (!phrase.empty()) phrase.end -= predicate_before_particle(t, phrase, rules, false);
    // 造成58万人死亡, 砍下27分: a clause opening with its verb has no subject of its own; nor
    // has one that 在 opens with a predicate after the place (在季后赛出赛5场; 在龙海灌区，
    // alone in its clause, places the clauses after it).
    if (opens_with_verb(t, phrase, rules) ||
        (opened_by_place(t, clause, start, rules) && !trim(t, {phrase.end, clause.end}).empty() &&
         !scene_after_place(clause)))
      phrase = {};
    // 其中大专及以上学历的115.9万名: a phrase and 的 right before a figure qualify a part of
    // something named before; they name no topic.
    if (!phrase.empty() && t[phrase.end] == U'的' &&
        std::any_of(figures.begin(), figures.end(),
                    [&](const Figure& fig) { return fig.begin == phrase.end + 1; }))
      phrase = {};
    // 国家统计局今天发布的数据显示，…: the one who states the figures is their source, not
    // their topic.
    bool source = std::any_of(attributions.begin(), attributions.end(), [&](const auto& a) {
      return a.begin < phrase.end && a.end > phrase.begin;
    });
    for (const auto& cue : rules.lead_in_cues) source = source || t.ends_at(clause.end, cue);
    // 卫福部统计，, 海关总署统计，: a clause ending with a noun of counting is a source too.
    for (const auto& ending : rules.source_clause_endings)
      source = source ||
               (clause.end >= clause.begin + ending.size() + 2 && t.ends_at(clause.end, ending));
    if (source) note_speaker(clause);
    // 一波三连胜之后，…, 在总局支持下，…: a clause that is nothing but a phrase of time or
    // circumstance sets the scene; it names no topic for the clauses after it.
    // 随着…扩张，, 由于…，: nor does a clause of cause or condition.
    // (因病医治无效: a one-character opener only where no common word starts with it: 因此, 因素.)
    const std::u32string* circumstance = word_at(t, start, rules.circumstance_openers);
    if (circumstance && circumstance->size() == 1 &&
        longest_of(words_at(t, start, clause.end, rules.common_words)) > 1)
      circumstance = nullptr;
    bool scene = circumstance != nullptr || behalf_clause(t, clause, rules);
    if (trim(t, {phrase.end, clause.end}).empty()) {
      for (const auto& w : rules.scene_endings) scene = scene || t.ends_at(phrase.end, w);
      // 下一步，…, 目前，…: an opener alone in its clause.
      const auto* opener = word_at(t, phrase.begin, rules.openers);
      scene = scene || (opener && phrase.begin + opener->size() == phrase.end);
    }
    // (在缺席3场比赛后，: a figure in the clause ended its phrase; the clause still sets the
    // scene.)
    // (全长约201公里, 一个多小时: an ending inside a figure's unit or a word after it, 里 of
    // 公里, is none; 半年前 ends with 前, whatever word 年前 the unit makes with it.)
    const Span own = trim(t, clause);
    const auto in_figure = [&](std::size_t k) {
      return std::any_of(figures.begin(), figures.end(),
                         [&](const Figure& x) { return x.begin <= k && k < x.end; });
    };
    const auto ends_scene = [&](const std::u32string& w) {
      if (own.end < own.begin + w.size() + 2 || !t.ends_at(own.end, w) ||
          in_figure(own.end - w.size()))
        return false;
      for (std::size_t n = w.size() + 1; n <= rules.longest_common_word && n <= own.end - own.begin;
           ++n)
        if (((words_at(t, own.end - n, own.end, rules.common_words) >> n) & 1u) &&
            !in_figure(own.end - n))
          return false;
      return true;
    };
    if (scene || std::any_of(rules.scene_endings.begin(), rules.scene_endings.end(), ends_scene))
      scenes.push_back(clause);
    if (const Span name = after_demonstrative(t, phrase, rules);
        !name.empty() && !is_generic(t, name, entities, rules))
      phrase = name;
    // 估计年底前可…, 董事会并通过配发…: what a clause opens with names a topic only as a noun
    // phrase.
    // (国内联播快讯: a column's heading names no topic either.)
    auto section_label = [&](Span p) {
      return std::any_of(rules.section_label_endings.words.begin(),
                         rules.section_label_endings.words.end(),
                         [&](const std::u32string& w) { return t.ends_at(p.end, w); });
    };
    auto topic_phrase = [&](Span p) {
      return !source && !scene && p.end - p.begin >= 2 && !is_pronoun(t, p, rules) &&
             !is_count_phrase(t, p, rules) && !is_generic(t, p, entities, rules) &&
             !section_label(p);
    };
    // 一系列硬核举措联合发力，预计…, 开放深入推进，先后…: a clause that is a noun phrase and the
    // verbs after it names the noun phrase as its topic, not the whole clause (the noun is one of
    // the lexicon: 北京行最大|收获 keeps its verb).
    const bool whole_clause = trim(t, {phrase.end, clause.end}).empty();
    const std::size_t clause_phrase_end = phrase.end;
    if (whole_clause)
      for (Span rest = phrase; rest.end - rest.begin > 2;) {
        const std::size_t verb = verb_ending(t, rest, rules);
        if (!verb || inside_common_word(t, rest.begin, rest.end - verb, rules)) break;
        rest = trim(t, {rest.begin, rest.end - verb});
        if (word_ends_at(t, rest, rules.noun_words, rules.longest_common_word) ||
            word_ends_at(t, rest, rules.nominal_words, rules.longest_nominal_word)) {
          phrase = rest;
          break;
        }
      }
    // 万宝龙腕表采用烟色透明蓝宝石表盘。: a clause that is a noun phrase, a verb and its object
    // names the noun phrase before the verb as its topic (only a plain one, which names
    // something: 本可激起 ends with a modal, 将就 opens with one; 研究人员 is generic). A verb
    // of publishing or saying (国家统计局发布数据) introduces figures; its agent is no topic.
    // (湖南等地加大力度推进传统村落集中连片保护利用: also once the verbs ending it are gone,
    // but not before a single noun then, 老旧小区改造项目涉及…: the verb qualifies that noun.)
    if (whole_clause)
      if (const Span verb = verb_between_nouns(t, phrase, entities, rules);
          !verb.empty() && !word_at(t, verb.begin, rules.lead_in_cues) &&
          (phrase.end == clause_phrase_end ||
           !is_one_word(t, trim(t, {verb.end, phrase.end}), rules.common_words))) {
        const Span agent = trim(t, {phrase.begin, verb.begin});
        const Span as_noun = noun_phrase(t, agent, rules, entities);
        const char32_t last = agent.empty() ? 0 : t[agent.end - 1];
        if (as_noun.begin == agent.begin && as_noun.end == agent.end &&
            rules.ending_characters.find(last) == std::u32string::npos &&
            rules.trailing_characters.find(last) == std::u32string::npos &&
            !opens_with_verb(t, agent, rules))
          // (工程途经海南州、果洛州等地: a generic agent, 工程, names no topic of its own; the
          // clause goes on about the one named before.)
          phrase = is_generic(t, agent, entities, rules) ? Span{} : agent;
      }
    const Span written = phrase;
    phrase = noun_phrase(t, phrase, rules, entities);
    // 陆续引进滚石移动与华研唱片: a verb left at the head once the adverbs before it are gone
    // opens a predicate, no noun phrase, and names no topic for the clauses after it.
    if (opens_with_verb(t, phrase, rules)) phrase = {};
    // 将于11月上市的Fitbit手环配备了…: a clause opening with a relative clause of a date (the date,
    // its verb and 的) is about the noun after 的.
    if (phrase.empty())
      for (const auto& d : dates) {
        if (d.begin < start || d.begin >= clause.end) continue;
        bool leads = true;  // (将于, 在: only adverbs and prepositions before the date)
        for (std::size_t k = start; k < d.begin && leads; ++k)
          leads = rules.function_characters.find(t[k]) != std::u32string::npos ||
                  rules.trailing_characters.find(t[k]) != std::u32string::npos || t[k] == U'于';
        if (!leads) break;
        const auto* picked = word_at(t, d.end, rules.event_verbs);
        const std::size_t verb =
            std::max(picked ? picked->size() : 0,
                     longest_of(words_at(t, d.end, clause.end, rules.verb_words) |
                                words_at(t, d.end, clause.end, rules.event_verb_words)));
        if (verb && t[d.end + verb] == U'的')
          if (const Span noun = described_noun(t, d.end + verb + 1, rules, entities);
              !noun.empty() && !is_generic(t, noun, entities, rules))
            phrase = noun;
        break;
      }
    // 竞争比位居第二的是国家统计局云南调查总队，目前的过审人数…: the noun after a cleft's 的是 is
    // the clause's topic.
    for (std::size_t k = start; k + 2 < clause.end; ++k)
      if (t[k] == U'的' && (t[k + 1] == U'是' || t.at(k + 1, U"分别是")))
        if (const Span noun = cleft_noun(t, k, rules, entities);
            !noun.empty() && !is_generic(t, noun, entities, rules)) {
          phrase = noun;
          break;
        }
    if (DraftFrame resolved; !phrase.empty() && is_pronoun(t, phrase, rules) &&
                             take_named_with_head(phrase, phrase.begin, resolved)) {
      // …国际机场…，该机场预计…: the clause's topic is the airport named before.
      named.push_back(
          {phrase.begin,
           {resolved.subject, resolved.subject_kind, false, *resolved.subject_normalized}});
    } else if (is_metric_word(t, phrase, rules)) {
      // 每股税后纯益EPS为3.99元: a metric written twice names no topic (only a last resort).
      fallbacks.push_back(named_as(phrase));
    } else if (topic_phrase(phrase) && is_organ(t, phrase, rules)) {
      // 董事会并通过…: the organisation named before is the topic; the body only without one.
      fallbacks.push_back(named_as(phrase));
    } else if (topic_phrase(phrase)) {
      DraftFrame f;
      subject_of(phrase, f);
      remember(phrase.begin, f, false);
    } else if (phrase.empty() && topic_phrase(written)) {
      // No noun phrase: a figure with nothing else to continue keeps the phrase as written.
      fallbacks.push_back(named_as(written));
    }
    b = clause.end + 1;
  }
}

}  // namespace suyuan::extract::frame_finding
