/// @file frame_events.cpp
/// @brief Claim frames of event dates: a date in a clause with an event verb is a claim of its own
/// (what happened, who did it, on that day).
#include <algorithm>

#include "frame_finder.h"
#include "numerals.h"

namespace suyuan::extract::frame_finding {

// Event dates: a date in a clause with an event verb and no figure of its own to date.
void FrameFinder::frame_event_dates() {
  for (std::size_t k = 0; k < dates.size(); ++k)
    if (const auto event = event_verb_of(k)) frame_event_date(k, *event);
}

// The verb whose event date `k` is, in its clause or (after a clause of circumstances) the next:
// none for a date that is the period of figures, a dateline, a span back to the reference date
// or the same date written twice.
std::optional<FrameFinder::EventVerb> FrameFinder::event_verb_of(std::size_t k) {
  const DateFigure& d = dates[k];
  if (!d.any() || d.relation == DateRelation::UNTIL) return std::nullopt;  // 截至, 目前: as of
  if (word_at(t, d.begin, rules.vague_dates))
    return std::nullopt;  // 日前, 近日: lately, no event's date
  // 会议听取了…关于2022年国民经济…计划的报告: the year a report is about.
  if (std::any_of(rules.topic_prepositions.begin(), rules.topic_prepositions.end(),
                  [&](const std::u32string& w) { return t.ends_at(d.begin, w); }))
    return std::nullopt;
  // 十年来, 十年间: a span counted back to the reference date dates no once-only event (自今年1月
  // 加入…以来 dates the joining: it has no end).
  if (d.relation == DateRelation::SINCE && d.relative && !d.date_end.empty()) return std::nullopt;

  Span clause = clause_of(t, d.begin);
  // 攀缓降绳失足昨下午二时许，…警员前往…: a date (with its time of day) that ends its clause
  // after a comma sets the scene of the clause after it; what stands before it in its clause (a
  // heading glued to the paragraph) is no part of its event.
  // (“插刀门”事件是2012年，, 到2035年，: a date after a linking word or a preposition is
  // what the phrase before says.)
  if (d.one_day() && d.begin > clause.begin && clause.end < t.size() &&
      (t[clause.end] == U'，' || t[clause.end] == ',') && is_han(t[d.begin - 1]) &&
      rules.function_characters.find(t[d.begin - 1]) == std::u32string::npos &&
      rules.trailing_characters.find(t[d.begin - 1]) == std::u32string::npos &&
      std::none_of(rules.linkers.begin(), rules.linkers.end(),
                   [&](const std::u32string& w) { return t.ends_at(d.begin, w); }) &&
      trim(t, {time_of_day_end(t, d.end, true, rules), clause.end}).empty())
    clause.begin = d.begin;
  // 12月13日，习近平结束…: a date alone in its clause dates the clause after it.
  // (12月16日，受中共中央委托，石泰峰向…: the clause after a phrase of behalf.)
  if (clause.end < t.size() && subject_start(t, clause, dates, attributions, rules) >= clause.end)
    for (clause.end = clause_of(t, clause.end + 1).end;
         clause.end < t.size() && behalf_clause(t, clause_of(t, clause.end - 1), rules);)
      clause.end = clause_of(t, clause.end + 1).end;
  bool dateline = false;
  for (const auto& w : rules.dateline_after)
    // 11月6日上午消息: also after the time of day.
    dateline = dateline || t.contains(d.end, std::min(clause.end, d.end + 3), w) ||
               t.at(time_of_day_end(t, d.end, true, rules), w);
  if (dateline) return std::nullopt;
  // 今天（4月19日）距离成都大运会开幕还有100天: the day a countdown counts from dates no event.
  std::size_t after_gloss = time_of_day_end(t, d.end, true, rules);
  if (t[after_gloss] == U'（' || t[after_gloss] == '(')
    while (after_gloss < clause.end && t[after_gloss] != U'）' && t[after_gloss] != ')')
      ++after_gloss;
  if (t[after_gloss] == U'）' || t[after_gloss] == ')') ++after_gloss;
  if (word_at(t, after_gloss, rules.countdown_openers)) return std::nullopt;
  // MacOS于2018年的数据显示: a date, 的 and a word of data inside a source's phrase say when its
  // data are from (FF在8日的回应中称 dates the reply).
  // (苹果在周四的财报电话会议上透露: the data word heads the source's phrase, right before its
  // cue.)
  if (const auto* data =
          d.end < t.size() && t[d.end] == U'的' ? word_at(t, d.end + 1, rules.data_nouns) : nullptr;
      data && std::any_of(attributions.begin(), attributions.end(), [&](const FoundAttribution& a) {
        return a.begin <= d.begin && d.end < a.end && d.end + 1 + data->size() + 3 >= a.end;
      }))
    return std::nullopt;
  std::size_t verb_at = 0, verb_size = 0;
  std::size_t loose_at = 0, loose_size = 0;  // the first verb that starts a longer word
  // The figures the date could be the period of: those after it and before the next date of
  // the sentence, which is theirs (竹內結子前年奉子成婚，…酬勞由去年的四千五百萬日圓…). A
  // reporting period (上半年, 第三季度, 今年以来) is the period of every figure after it.
  // 春节期间: a date before one of `period_after` is a period too.
  const bool period_after = word_at(t, d.end, rules.period_after) != nullptr;
  bool reporting_period = (d.relation == DateRelation::SINCE && !d.one_day()) || period_after;
  for (const auto& w : rules.period_ordinals.words)
    reporting_period = reporting_period || t.ends_at(d.end, w);
  std::size_t dated_until = t.size();
  for (const auto& other : dates)
    if (!reporting_period && other.begin >= d.end && other.begin < dated_until)
      dated_until = other.begin;
  auto dates_figure = [&](const Figure& fig) {
    if (fig.begin < d.end || fig.begin >= dated_until) return false;
    // 今天起至24日每晚7时30分: a clock reading or another figure that is no claim.
    if (blocked(fig.begin, fig.end, fig.kind == ValueKind::SCORE)) return false;
    // 展开两周罢工, （二十九岁）: a duration or an age is no figure of a period.
    if (std::find(rules.undated_units.begin(), rules.undated_units.end(), fig.unit) !=
        rules.undated_units.end())
      return false;
    // (王女士今年68岁: the age of a year is its own.)
    if (d.one_day() && word_at(t, fig.end, rules.undated_measures)) return false;
    // 昨依…轻判已到案的三名恶煞, 昨天…参加两个节目: a few people or things counted after a
    // day's date take part in its event; a day's statistics count more.
    const bool counted =
        fig.kind == ValueKind::QUANTITY || (fig.kind == ValueKind::NUMBER && fig.measured);
    return !(d.one_day() && counted && fig.value && *fig.value < rules.event_count_below &&
             fig.approx == Approx::EXACT);
  };
  // A day's date in a clause without a figure: a figure there would take it as its period
  // (假期首日，全国铁路预计发送旅客1800万人次).
  const bool one_day = d.one_day() && !period_after && !refiner_after(t, d.end, rules) &&
                       std::none_of(figures.begin(), figures.end(), [&](const Figure& fig) {
                         // 22歲的嫌犯昨天向警方自首: a figure before the date is no
                         // figure it dates.
                         return dates_figure(fig) && fig.begin < clause.end;
                       });
  // A year or a month dates an event only in a sentence with no figure after it (2016年，
  // 黄景瑜因网剧走入大众视野): before figures it is their period (去年，…平均5天交付一艘),
  // and the base of a comparison (比去年, 与去年相比) is no event's date either.
  const bool one_span =
      !one_day && !comparison_base(t, d, rules) && !refiner_after(t, d.end, rules) &&
      std::none_of(figures.begin(), figures.end(), [&](const Figure& fig) {
        return dates_figure(fig) && !rules.referential(t, fig);  // 一家: no figure
      });
  // 2021年以来，我国共实施27个山水工程, “十四五”时期…推进: a span since a date, or a plan's
  // years, is a period, no once-only event's date (自今年1月加入…以来 still dates the joining:
  // 自 opens it; 11日开始的北约峰会 the summit).
  if ((d.relation == DateRelation::SINCE && t[d.begin] != U'自' && t.ends_at(d.end, U"以来")) ||
      d.five_year_plan)
    return std::nullopt;
  // 创办于1920年, 建成於2010年: a verb with 于 right before the date says what happened then.
  if (d.begin >= 3 && t[d.begin - 1] == U'于') {
    const std::size_t verb_end = d.begin - 1;
    for (std::size_t n = std::min<std::size_t>(4, verb_end - clause.begin); n >= 2 && !verb_size;
         --n) {
      if ((words_at(t, verb_end - n, verb_end, rules.verb_words) >> n) & 1u)
        verb_at = verb_end - n, verb_size = n;
    }
  }
  for (std::size_t i = clause.begin, title_until = 0; i < clause.end && !verb_size; ++i) {
    // 《高端访谈》栏目将播出: a verb inside a title is a word of the name, no event.
    if (t[i] == U'《') title_until = title_end(t, i);
    if (i < title_until) continue;
    if (const auto* hand_picked = word_at(t, i, rules.event_verbs)) {
      // 成立50年的辉宏公司去年营收…: a verb right before a duration says how long ago, no date
      // of the clause is its.
      const std::size_t after = i + hand_picked->size();
      if (i < d.begin && std::any_of(figures.begin(), figures.end(), [&](const Figure& fig) {
            return fig.begin == after &&
                   std::find(rules.undated_units.begin(), rules.undated_units.end(), fig.unit) !=
                       rules.undated_units.end();
          }))
        continue;
      // 台积电昨天公布第一季营收为764亿元: a date after the verb that dates figures after it is
      // their period; what the verb did is dated before it, if at all. 星河港今年1-2月完成货物
      // 吞吐量1.2亿吨: so is a date of a figure whose metric word the verb takes as its object,
      // the verb their predicate. (今年，中国宣布…建设10个鲁班工坊 is dated all the same, and so
      // is a statement: 日本央行今天宣布将政策利率…上调至0.5%.)
      if (!one_day && !one_span &&
          std::any_of(figures.begin(), figures.end(), [&](const Figure& fig) {
            return dates_figure(fig) && fig.begin > i && fig.begin < clause.end &&
                   !rules.referential(t, fig) &&
                   (i < d.begin || (!word_at(t, i, rules.speech_cues) &&
                                    metric_before(t, after, fig.begin, rules)));
          }))
        continue;
      // 台北市去年出生人数为1.8万人: a verb that opens what a figure measures (出生人数) is a
      // word of that noun, no event of a year or a month, which is the figure's period (a day's
      // date stays an event: 中阿双方11日签署了价值…的30多项协议).
      if (!d.one_day() && std::any_of(frames.begin(), frames.end(), [&](const DraftFrame& f) {
            return f.value.kind != ValueKind::DATE && f.metric_span.begin <= i &&
                   f.metric_span.end > after && f.value_span.begin < clause.end &&
                   f.value_span.begin >= clause.begin;
          }))
        continue;
      verb_at = i, verb_size = hand_picked->size();
      // 正式通车, 正式上市: an adverb of the list before a verb leaves the event to that verb.
      if (rules.adverb_words.contains(*hand_picked)) {
        const auto* listed = word_at(t, after, rules.event_verbs);
        const std::size_t n = std::max<std::size_t>(
            listed ? listed->size() : 0,
            longest_of(words_at(t, after, clause.end, rules.verb_words) |
                       words_at(t, after, clause.end, rules.event_verb_words)));
        if (n >= 2) verb_at = after, verb_size = n;
      }
    } else if ((one_day || one_span) && i >= d.end) {
      // Any frequent verb after a day's date, where a word starts (不能正常到位, 演习正在
      // 进行); a year or a month before one is mostly the period of a figure instead.
      std::size_t n = longest_of(words_at(t, i, clause.end, rules.verb_words));
      if (!n) n = rarer_verb_at(t, i, clause.end, rules);
      // 互联|网大会: a verb that starts a longer word of the lexicon is a verb there only when
      // the clause has no other (负责|人 of 吴淑珍坦承…负责人).
      // (统战|部部长: so is one that starts a longer noun of the lexicon.)
      if (n && !inside_common_word(t, clause.begin, i, rules) &&
          !inside_nominal_word(t, clause.begin, i, rules)) {
        // (烈士遗骸安葬仪式将在…举行: so is one right before the noun of an event it
        // qualifies.)
        if (longest_of(words_at(t, i, clause.end, rules.common_words)) <= n &&
            std::min(nominal_word_at(t, i, rules), clause.end - i) <= n &&
            !word_at(t, i + n, rules.event_noun_heads))
          verb_at = i, verb_size = n;
        else if (!loose_size)
          loose_at = i, loose_size = n;
      }
    }
  }
  if (!verb_size && loose_size) verb_at = loose_at, verb_size = loose_size;
  std::size_t subject_from = 0;  // where the subject of a verb in a later clause starts
  // 昨以過失殺人罪，判處…, 在八六年以…為由，派遣…: a clause of circumstances after the date,
  // whose verb opens the next clause of the sentence (a clause without a subject of its own).
  if (!verb_size && (one_day || one_span) && clause.end < t.size() && t[clause.end] != U'。' &&
      t[clause.end] != U'；' && t[clause.end] != U'？' && t[clause.end] != U'！') {
    const Span next = clause_of(t, clause.end + 1);
    const bool no_figure = std::none_of(figures.begin(), figures.end(), [&](const Figure& fig) {
      return fig.begin >= next.begin && fig.begin < next.end && !rules.referential(t, fig);
    });
    if (no_figure) {
      verb_size = opening_verb(t, next, rules);
      verb_at = next.begin;
    }
    // 2021年全国两会上，他提出…, 而在一周前左右，时代力量也提出了…: or the verb after the
    // next clause's own subject, when the date's clause has nothing but circumstances.
    // (四月的湛江，碧波涌动: a date before 的 describes the noun, no circumstance; 到16日…，17日
    // 将转赴…: a verb after a date of the clause is that date's.)
    std::size_t until = next.end;
    for (const auto& other : dates)
      if (other.begin >= next.begin && other.begin < until) until = other.begin;
    for (std::size_t i = next.begin; no_figure && t[d.end] != U'的' && !verb_size && i < until;
         ++i) {
      std::size_t n = longest_of(words_at(t, i, until, rules.verb_words));
      if (!n) n = rarer_verb_at(t, i, until, rules);
      if (n && !inside_common_word(t, next.begin, i, rules)) {
        verb_at = i, verb_size = n;
        subject_from = next.begin;
      }
    }
  }
  // 30日晚间发文悼念, 11月21日将对阵…: after a day's date in a clause without a figure, the
  // first word after the date's time of day and the adverbs is the predicate, when the
  // lexicon knows no verb there (jieba tags 发文, 对阵, 悼念 as nouns).
  if (!verb_size && one_day && d.date_end.empty()) {
    std::size_t p = time_of_day_end(t, d.end, true, rules);
    while (p < clause.end && (rules.function_characters.find(t[p]) != std::u32string::npos ||
                              t[p] == U'）' || t[p] == ')'))
      ++p;
    const std::size_t n = longest_of(words_at(t, p, clause.end, rules.common_words));
    // 一周前左右, 30日以来: a qualifier of the date or a level (abstract_heads) says no event.
    if (n >= 2 && !word_at(t, p, rules.subject_stops) && !word_at(t, p, rules.abstract_heads))
      verb_at = p, verb_size = n;
  }
  // “插刀门”事件是2012年: a date after 是 that ends its clause says when the subject was.
  if (!verb_size && (one_day || one_span) && d.begin > clause.begin && t[d.begin - 1] == U'是' &&
      d.end == clause.end)
    verb_at = d.begin - 1, verb_size = 1;
  // 今天（5月30日）是第九个全国科技工作者日: a day that is an observance (a clause ending in 日
  // or 节) is the observance's date; the observance is the subject.
  Span observance;
  if (!verb_size && one_day) {
    std::size_t p = d.end;
    while (p < clause.end && (t[p] == U'）' || t[p] == ')')) ++p;
    if (p + 2 < clause.end && t[p] == U'是' &&
        (t[clause.end - 1] == U'日' || t[clause.end - 1] == U'节')) {
      verb_at = p, verb_size = 1;
      observance = trim(t, {p + 1, clause.end});
    }
  }
  if (!verb_size) return std::nullopt;
  // 今天（7月2日）: one date written twice; the explicit one stays, or the one in brackets
  // when both are relative to the publication date (a month-day without its year).
  bool repeated = false;
  for (std::size_t m = 0; m < dates.size(); ++m) {
    if (m == k || dates[m].date != d.date || dates[m].partial != d.partial ||
        dates[m].unresolved != d.unresolved)
      continue;
    repeated = repeated || (d.relative && !dates[m].relative &&
                            clause_of(t, dates[m].begin).begin == clause.begin);
    repeated = repeated || (dates[m].begin == d.end + 1 && (t[d.end] == U'（' || t[d.end] == '('));
  }
  // 今日（10月28日） in an undated article: the relative word, explained by the date after it.
  if (!d.unresolved.empty() && k + 1 < dates.size() && dates[k + 1].unresolved.empty() &&
      dates[k + 1].any() && dates[k + 1].begin <= d.end + 1)
    repeated = true;
  if (repeated) return std::nullopt;
  return EventVerb{clause, {verb_at, verb_at + verb_size}, subject_from, observance};
}

// The claim of the date `k` whose event `event_verb` names: its subject, context and attribution.
void FrameFinder::frame_event_date(std::size_t k, const EventVerb& event_verb) {
  const DateFigure& d = dates[k];
  const Span clause = event_verb.clause;
  const std::size_t verb_at = event_verb.verb.begin;
  const std::size_t verb_size = event_verb.verb.end - event_verb.verb.begin;
  const std::size_t subject_from = event_verb.subject_from;
  const Span observance = event_verb.observance;
  DraftFrame f;
  f.value.kind = ValueKind::DATE;
  f.value.date.date = d.date;
  f.value.date.date_end = d.date_end;
  f.value.date.partial = d.partial;
  f.value.date.partial_end = d.partial_end;
  f.value.date.unresolved = d.unresolved;
  f.value.date.relation = d.relation;
  f.value_span = {d.begin, d.end};
  f.metric = "event_date";
  f.metric_text = utf8_of(t, verb_at, verb_at + verb_size);
  f.metric_span = {verb_at, verb_at + verb_size};
  // The subject: the phrase before the date, else the one between date and verb.
  const std::size_t start = subject_start(t, clause, dates, attributions, rules, d.begin);
  // 伊朗媒体今天（7月22日）报道: a date inside the phrase (the same date written twice) is no
  // part of the subject.
  std::size_t subject_end =
      start < d.begin
          ? first_stop(t, start, std::max(start, date_start(t, d, rules)), rules, entities)
          : 0;
  for (const auto& other : dates)
    if (other.begin > start && other.begin < subject_end) subject_end = other.begin;
  // 国家主席习近平同巴基斯坦总统扎尔达里就…互致贺电: a party and a partner (after 同, 与, 跟)
  // too long for one subject: the first party, whole, rather than the partner and the end of
  // the party's name.
  auto first_party = [&](Span s) {
    s = trim(t, s);
    // (A、B和C8个国家的外长: a list, or a head after 的, is one subject.)
    if (s.end - s.begin <= rules.max_subject || t.contains(s.begin, s.end, U"、") ||
        t.contains(s.begin, s.end, U"的"))
      return s;
    for (std::size_t c = s.begin + 2; c + 2 < s.end; ++c)
      if ((t[c] == U'同' || t[c] == U'与' || t[c] == U'跟') && !inside_title(t, c) &&
          !inside_common_word(t, s.begin, c, rules) &&
          longest_of(words_at(t, c, s.end, rules.common_words)) < 2 &&
          nominal_word_at(t, c, rules) < 2 &&
          std::none_of(entities.begin(), entities.end(),
                       [&](const SentenceEntity& e) { return e.begin <= c && c < e.end; }))
        return trim(t, {s.begin, c});
    return s;
  };
  Span subject = start < d.begin ? shorten(t, first_party({start, subject_end}), rules) : Span{};
  // The subject is a noun phrase (as for figures, the phrase as written stays when nothing
  // named before could stand for it).
  auto as_noun_phrase = [&](Span s) {
    const Span np = noun_phrase(t, s, rules, entities);
    return np.empty() && !latest_before(d.begin, false) ? s : np;
  };
  // 邵昕…，他昨现身…: a pronoun before the date is the event's subject; the phrase after the
  // date is its predicate.
  const Span before_date = start < d.begin ? trim(t, {start, date_start(t, d, rules)}) : Span{};
  // (這是她6月無照酒駕撞死…: after a copula too, the pronoun opens the clause it says is.)
  const bool pronoun_before = (!subject.empty() && is_pronoun(t, subject, rules)) || [&] {
    for (std::size_t at = before_date.begin; at < before_date.end; ++at) {
      const auto* who = word_at(t, at, rules.personal_pronouns);
      if (who && at + who->size() == before_date.end &&
          (at == before_date.begin || t[at - 1] == U'是' || t[at - 1] == U'为'))
        return true;
    }
    return false;
  }();
  subject = as_noun_phrase(subject);
  // 一架载有六人的小型飞机8日…坠毁: a count opening the clause and a relative clause after it
  // describe the noun after the last 的 before the date, which is the subject.
  if (is_count_phrase(t, subject, rules) && !before_date.empty())
    for (std::size_t of = before_date.end; of-- > subject.end;) {
      if (t[of] != U'的' || inside_title(t, of)) continue;
      if (const Span head =
              noun_phrase(t, shorten(t, {of + 1, before_date.end}, rules), rules, entities);
          head.end - head.begin >= 2 && !is_pronoun(t, head, rules))
        subject = head;
      break;
    }
  // 可能是…产生的碎片的土卫二十七在2000年被发现: the noun phrase right before the date's
  // preposition (after the last 的) is who the event happens to, when the phrase opening the
  // clause stopped short of it.
  if (const std::size_t at = date_start(t, d, rules);
      at > start + 2 && (t[at - 1] == U'在' || t[at - 1] == U'于')) {
    std::size_t from = at - 1;
    while (from > start && t[from - 1] != U'的' && !is_break(t[from - 1]) &&
           !is_edge_junk(t[from - 1]) && at - 1 - from < rules.max_subject)
      --from;
    const Span adjacent = noun_phrase(t, trim(t, {from, at - 1}), rules, entities);
    if (adjacent.end == at - 1 && adjacent.end - adjacent.begin >= 2 &&
        !is_pronoun(t, adjacent, rules) && !is_generic(t, adjacent, entities, rules) &&
        !opens_with_verb(t, adjacent, rules) && (subject.empty() || subject.end <= adjacent.begin))
      subject = adjacent;
  }
  // 据美国媒体26日报道: the date of a report cited with 据 dates the report; who reports is
  // its subject (the phrase opening the clause starts after the whole citation).
  if (start > d.begin && word_at(t, verb_at, rules.according_to_closers))
    for (std::size_t p = clause.begin; p + 2 < d.begin; ++p) {
      const auto* by = word_at(t, p, rules.according_to);
      if (!by || longest_of(words_at(t, p, d.begin, rules.common_words)) > by->size()) continue;
      if (const Span reporter = noun_phrase(
              t, shorten(t, {p + by->size(), date_start(t, d, rules)}, rules), rules, entities);
          reporter.end - reporter.begin >= 2 && !is_pronoun(t, reporter, rules))
        subject = reporter;
      break;
    }
  if (!observance.empty()) subject = observance;
  if (pronoun_before) subject = {};
  // (他昨现身剧组，表示…: the rest of the date's clause, before the verb of the next, is a
  // predicate, no subject.)
  const bool verb_in_next_clause = verb_at > clause.end && !subject_from;
  if (subject.empty() && verb_at > d.end && !pronoun_before) {
    std::size_t after_date = std::max(d.end, subject_from);  // 今天（10月10日）上午9时43分，
    while (after_date < verb_at && (t[after_date] == U'）' || t[after_date] == ')')) ++after_date;
    std::size_t b = std::min(verb_at, time_of_day_end(t, after_date, true, rules));
    while (b < verb_at && (is_edge_junk(t[b]) || t[b] == U'，' || t[b] == ',')) ++b;
    // (受中共中央委托，石泰峰…: the actor comes after a phrase of behalf.)
    for (Span behalf = clause_of(t, b); behalf.end < verb_at && behalf_clause(t, behalf, rules);
         behalf = clause_of(t, b))
      for (b = behalf.end + 1; b < verb_at && (is_space(t[b]) || is_edge_junk(t[b]));) ++b;
    // 唐嫣罗晋…，并将于今日在维也纳举行婚礼: after 在 the phrase names the place of the event,
    // not who holds it: the subject named before in the sentence does.
    const bool locative = (t[b] == U'在' || t[b] == U'于') &&
                          longest_of(words_at(t, b, verb_at, rules.common_words)) < 2 &&
                          nominal_word_at(t, b, rules) < 2 && latest_before(d.begin, true, true);
    // 林小明…，2019年与经纪公司解约, 昨天向记者表示: after a preposition of a partner or an
    // addressee the phrase names who takes part, not who acts: the subject named before does.
    const bool partner = rules.partner_prepositions.find(t[b]) != std::u32string::npos &&
                         longest_of(words_at(t, b, verb_at, rules.common_words)) < 2 &&
                         nominal_word_at(t, b, rules) < 2 && latest_before(d.begin, true);
    // 昨天有民众在脸书发文表示: an existential 有 introduces who acts.
    if (t[b] == U'有' && b + 3 <= verb_at &&
        longest_of(words_at(t, b, verb_at, rules.common_words)) < 2 &&
        nominal_word_at(t, b, rules) < 2)
      ++b;
    // (比尔·盖茨: an opener that starts a longer noun is part of it.)
    if (const auto* w = word_at(t, b, rules.openers);
        w && nominal_word_at(t, b, rules) <= w->size())
      b += w->size();
    const std::size_t phrase_end = verb_in_next_clause ? clause.end : verb_at;
    if (!locative && !partner)
      subject = as_noun_phrase(
          shorten(t, first_party({b, first_stop(t, b, phrase_end, rules, entities)}), rules));
    if (verb_in_next_clause && !subject.empty() && opens_with_verb(t, subject, rules)) subject = {};
    // 昨天检方对两人遗体相验后，发现…: a clause before the verb's is a whole predication; its
    // subject ends at the first preposition of a partner or place (对, 向, 在) after it.
    if (verb_in_next_clause && subject.end - subject.begin > 3)
      for (std::size_t p = subject.begin + 2; p + 1 < subject.end; ++p) {
        if ((rules.partner_prepositions.find(t[p]) == std::u32string::npos && t[p] != U'在') ||
            inside_common_word(t, subject.begin, p, rules) ||
            longest_of(words_at(t, p, subject.end, rules.common_words)) > 1 ||
            nominal_word_at(t, p, rules) > 1 ||
            std::any_of(entities.begin(), entities.end(),
                        [&](const SentenceEntity& e) { return e.begin <= p && p < e.end; }))
          continue;
        subject = trim(t, {subject.begin, p});
        break;
      }
  }
  // 11日开始的北约峰会, 1946年2月18日的《时代》杂志: a date in a relative clause (date, verb,
  // 的) dates the noun after it; 今天…菲律宾群岛地区发生7.4级地震: what occurs (after 发生,
  // its figure and counter) is the event the date dates.
  std::size_t noun = 0;
  // A generic noun after 发生 is the event (地震); after 的 one common word alone (数据) is
  // no name of one.
  bool occurs = false;
  if (t[d.end] == U'的') {
    noun = d.end + 1;
  } else if (const std::size_t n =  // (上市的: also a verb of event_verbs)
             verb_at == d.end ? verb_size
                              : longest_of(words_at(t, d.end, clause.end, rules.verb_words) |
                                           words_at(t, d.end, clause.end, rules.predicate_verbs));
             n && t[d.end + n] == U'的') {
    noun = d.end + n + 1;
    // 11月16日出版的《求是》杂志发表…: the date is the relative clause's event (出版).
    f.metric_span = {d.end, d.end + n};
    f.metric_text = utf8_of(t, d.end, d.end + n);
  } else if (verb_at >= d.end && word_at(t, verb_at, rules.existence_verbs)) {
    noun = verb_at + verb_size;
    occurs = true;
    for (const auto& fig : figures)
      if (fig.begin == noun) noun = fig.measured ? fig.measure_end : fig.end;
    if (const auto* counter = word_at(t, noun, rules.existence_counters)) noun += counter->size();
  }
  if (noun)
    if (const Span event = described_noun(t, noun, rules, entities);
        !event.empty() &&
        (occurs ? !longest_of(words_at(t, event.end, clause.end, rules.verb_words) |
                              words_at(t, event.end, clause.end, rules.predicate_verbs))
                : longest_of(words_at(t, event.begin, event.end, rules.common_words)) <
                      event.end - event.begin))
      subject = event;  // (出现航班延误: an event the noun starts is a clause, no noun)
  // 2023年，中央成立科技委员会: a founding dates what is founded, the verb's object, not the
  // founder.
  if (verb_size && verb_at >= d.end && word_at(t, verb_at, rules.founding_verbs)) {
    std::size_t o = verb_at + verb_size;
    while (o < clause.end && is_aspect_particle(t[o])) ++o;
    // (创办了一家软件公司: what is founded unnamed leaves the founder the subject.)
    const bool unnamed = o + 1 < clause.end &&
                         ((is_chinese_numeral(t[o]) &&
                           rules.demonstrative_measures.find(t[o + 1]) != std::u32string::npos) ||
                          rules.demonstratives.find(t[o]) != std::u32string::npos);
    if (o < clause.end && !is_ascii_digit(t[o]) && !unnamed &&
        !word_at(t, o, rules.founding_not_objects)) {
      const Span object =
          noun_phrase(t, shorten(t, {o, first_stop(t, o, clause.end, rules, entities)}, rules),
                      rules, entities);
      if (object.begin == o && object.end - object.begin >= 2 && !is_pronoun(t, object, rules) &&
          !word_at(t, o, rules.openers) && !opens_with_verb(t, object, rules))
        subject = object;
    }
  }
  // 确保今年主汛期前…完成, 宣布四月一日在淡水…: a frequent verb alone before the date names
  // no one who acts; the subject named before does (連戰昨天抵達: a rarer verb may be a name).
  if (!subject.empty() &&
      longest_of(words_at(t, subject.begin, subject.end, rules.verb_words)) ==
          subject.end - subject.begin &&
      opening_verb(t, subject, rules))
    subject = {};
  if (subject.empty() || is_pronoun(t, subject, rules)) {
    if (!take_carried(f, d.begin) && !take_fallback(f, d.begin)) return;
  } else {
    subject_of(subject, f);
  }
  frame_context(t, dates, rules, d.begin, d.end, true, f);
  f.attribution = attribution_for(d.begin);
  frames.push_back(std::move(f));
}

}  // namespace suyuan::extract::frame_finding
