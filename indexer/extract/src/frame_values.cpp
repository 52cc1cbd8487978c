/// @file frame_values.cpp
/// @brief Claim frames around one figure: subject, metric, period and scope from the phrase before
/// it and the words after it, and the figures that are no claim (blocked).
#include <algorithm>

#include "frame_finder.h"
#include "numerals.h"

namespace suyuan::extract::frame_finding {

// 星河公司营收同比增长: the word of a quantity (营收) ending right before the change word at
// `change` (only a date or a stop such as 同比 or 也 between them), with an owner of its own before
// it: a phrase without a date (after one, the date rule reads it) that is no scope word alone
// (我国出口, 国内生产总值 stay subjects), ends no verb (企业的生产|效率) and leaves no stray
// character of a word (制造业新|订单).
std::optional<std::pair<Span, std::size_t>> FrameFinder::changed_quantity(std::size_t start,
                                                                          std::size_t change) {
  const auto quantity = metric_before(t, start, change, rules);
  if (!quantity || rules.change_metrics.count(rules.metric_words[quantity->second].metric))
    return std::nullopt;
  Span gap = trim(t, {quantity->first.end, change});
  // (星河市GDP去年增长5%: a date between them says when.)
  for (const auto& d : dates)
    if (d.begin == gap.begin && d.end <= gap.end) gap = trim(t, {d.end, gap.end});
  for (std::size_t k = gap.begin; k < gap.end; ++k)
    if (!is_han(t[k])) return std::nullopt;
  if (!gap.empty() &&
      (gap.end - gap.begin > 4 || first_stop(t, gap.begin, gap.end, rules, entities) != gap.begin))
    return std::nullopt;
  Span owner = trim(t, {start, quantity->first.begin});
  // 辉宏公司宣布，2024年营收增长10%: with no owner written before it (or only a date), the
  // quantity still says what changes; whose it is, the rules of carried subjects say. (An
  // aggregate alone, 国内生产总值增长5%, is the subject itself.)
  for (const auto& d : dates)
    if (d.end == owner.end && d.begin >= owner.begin) owner = trim(t, {owner.begin, d.begin});
  // 辉宏公司宣布2024年营收增长10%, 辉宏公司表示营收…: a verb of saying or forecasting (and a
  // date) before the quantity; who says it owns it, as 其 would say.
  for (const WordList* cues : {&rules.speech_cues, &rules.forecast_cues, &rules.lead_in_cues})
    for (const auto& cue : cues->words)
      if (owner.end >= owner.begin + cue.size() + 2 && t.ends_at(owner.end, cue))
        owner = trim(t, {owner.begin, owner.end - cue.size()});
  // (从投资看，1—10月份，固定资产投资同比增长: only when this sentence names whose it is
  // before it; a subject carried from another sentence is too often wrong.)
  if (owner.empty())
    return rules.aggregate_metrics.count(rules.metric_words[quantity->second].metric) ||
                   (!latest_before(start, true, true) &&
                    std::none_of(speakers.begin(), speakers.end(),
                                 [&](const Named& who) { return who.position < start; }))
               ? std::nullopt
               : quantity;
  if (owner.end - owner.begin < 2 || inside_common_word(t, start, quantity->first.begin, rules))
    return std::nullopt;
  for (const auto& d : dates)
    if (d.begin < owner.end && d.end > owner.begin) return std::nullopt;
  for (const auto& [word, scope] : rules.scope_words)
    if (owner.end - owner.begin == word.size() && t.at(owner.begin, word)) return std::nullopt;
  if (verb_ending(t, owner, rules) ||
      word_ends_at(t, owner, rules.verbal_nouns, rules.longest_common_word))
    return std::nullopt;
  // (新订单, 总营收, 年产量: a character that qualifies the quantity is part of its word.)
  if (!word_ends_at(t, owner, rules.common_words, rules.longest_common_word) &&
      rules.quantity_modifiers.find(t[owner.end - 1]) != std::u32string::npos)
    return std::nullopt;
  return quantity;
}

// `counted`: where the noun a count or an ordinal counts would start (after its measure
// word), or 0.
bool FrameFinder::frame_value(std::size_t begin, std::size_t end, bool is_date, DraftFrame& f,
                              std::size_t counted) {
  const Span clause = clause_of(t, begin);
  if (!is_date && base_figure(begin, f)) return true;
  std::size_t start = subject_start(t, clause, dates, attributions, rules, begin);
  bool list_item = false;
  // 关东地区为43.4%、关西为40.3%: after a figure and a list mark, the next item names its own
  // subject (1.5万、2万 names none: the first item's subject holds).
  for (const auto& other : figures) {
    // 邢爱林已11岁、么女邢言爱6岁: after the measure word too.
    const std::size_t other_end = other.measured ? other.measure_end : other.end;
    if (other.end < start || other_end >= begin) continue;
    // 32支代表队、2000多名演职人员: or after the noun it counts; a count opening the next item
    // counts a noun of its own.
    std::size_t mark = other_end;
    while (mark < begin && is_han(t[mark]) && t[mark] != U'、') ++mark;
    if (mark >= begin || t[mark] != U'、') continue;
    const std::size_t item = subject_start(t, {mark + 1, clause.end}, dates, attributions, rules);
    if (before_linkers(t, item, begin, rules) > item || (mark > other_end && item == begin))
      start = item, list_item = true;
  }
  // 砍下27分6篮板9助攻: a figure right after another (its measure word between) continues
  // the same subject; the phrase holding the other figure is none.
  for (const auto& other : figures)
    if (other.begin >= start && other.end < begin && begin - other.end <= 2)
      start = begin, list_item = true;
  // 休闲设施丰富但公设比仅30%: a conjunction of contrast opens a predicate of its own; its
  // topic is the phrase after it.
  for (std::size_t k = start + 2; k + 1 < begin; ++k) {
    const auto* contrast = word_at(t, k, rules.contrast_conjunctions);
    if (!contrast || inside_common_word(t, start, k, rules) ||
        longest_of(words_at(t, k, begin, rules.common_words)) > contrast->size() ||
        k + contrast->size() >= begin)
      continue;
    start = k + contrast->size();
    k = start;
  }
  // 法院…判处他生前私人医师康拉德墨瑞最高4年徒刑: the term measures the object of the verb.
  std::optional<std::size_t> sentenced_by;  // where the verb starts, when the object is a pronoun
  std::size_t object_of_verb = 0;  // where that object ends: the subject, a topic of its own
  if (const auto sentenced = sentenced_object(t, start, begin, figures, rules)) {
    start = sentenced->object.begin;
    if (is_pronoun(t, sentenced->object, rules))
      sentenced_by = sentenced->verb;
    else
      object_of_verb = sentenced->object.end;
  }
  const auto metric = start < begin ? metric_before(t, start, begin, rules) : std::nullopt;
  std::size_t subject_end = metric ? metric->first.begin : before_linkers(t, start, begin, rules);
  if (object_of_verb) subject_end = std::min(subject_end, object_of_verb);
  bool new_level = false;  // 提高到2.54%: the change word and a marker of the level reached
  if (metric) {
    const auto& word = rules.metric_words[metric->second];
    f.metric_span = metric->first;
    // 提高到2.54%: the new level, written as such, never the change itself.
    const std::u32string* level = rules.change_metrics.count(word.metric) && !is_date
                                      ? word_at(t, metric->first.end, rules.level_markers)
                                      : nullptr;
    if (level) f.metric_span.end += level->size();
    new_level = level != nullptr;
    f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    f.metric = !level && (is_date || word.fits(f.value)) ? metric_key(word, t, f.metric_span)
                                                         : lower_ascii(f.metric_text);
  }
  // 星河公司营收同比增长5%: the word of a quantity right before a change word says what changes;
  // it joins the metric (growth:revenue), as it does after a date (星河公司一季度营收增长), and the
  // subject is the phrase before it.
  std::size_t changed_of = 0;  // where the quantity that changes ends, when it joined the metric
  Span changed_alone;  // that quantity, when nothing stands before it: the last resort subject
  // (汇率日前已暴跌至1美元兑616玻利瓦尔: a new level of a quantity written before the change word
  // is a value of that quantity.)
  if (metric && !is_date &&
      (rules.change_metrics.count(f.metric) ||
       (new_level && rules.change_metrics.count(rules.metric_words[metric->second].metric))))
    if (const auto quantity = changed_quantity(start, metric->first.begin)) {
      if (new_level) {
        f.metric_span = quantity->first;
        f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        f.metric = metric_key(rules.metric_words[quantity->second], t, quantity->first);
        subject_end = quantity->first.begin;
        if (trim(t, {start, subject_end}).empty()) changed_alone = quantity->first;
      } else {
        f.metric += ":" + metric_key(rules.metric_words[quantity->second], t, quantity->first);
        f.metric_span.begin = quantity->first.begin;
        f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        subject_end = quantity->first.begin;
        changed_of = quantity->first.end;
        if (trim(t, {start, subject_end}).empty()) changed_alone = quantity->first;
      }
    }
  // 拥有悠久历史的辉宏公司去年营收…, 成立50年的辉宏公司…: a clause that opens with a verb or
  // holds a figure, and 的, describe the noun phrase after them; that noun phrase opens the
  // subject.
  if (const std::size_t head = relative_clause_head({start, subject_end})) start = head;
  const std::size_t phrase_end = subject_end;
  subject_end =
      std::max(start, std::min(subject_end, first_stop(t, start, subject_end, rules, entities)));
  // 全国累计发电装机同比增长14%: after a scope word alone, a word of accumulation and a noun
  // phrase, the noun phrase is what is measured (the scope word is the claim's scope; 全国累计
  // 完成投资: a verb after it opens the predicate, and the scope word stays the subject).
  if (const auto* total = word_at(t, subject_end, rules.cumulative);
      total && is_scope_word(t, trim(t, {start, subject_end}), rules)) {
    const std::size_t after = subject_end + total->size();
    const std::size_t stop = first_stop(t, after, phrase_end, rules, entities);
    const Span total_of = trim(t, {after, stop});
    // (全国累计发电装机容量约24.8亿千瓦: a generic noun before a metric word of its own is an
    // attribute of the scope's; only a change, 同比增长, is plainly of the quantity before it.)
    if (after + 2 <= stop && !opens_with_verb(t, total_of, rules) &&
        !is_metric_word(t, total_of, rules) && !word_at(t, after, rules.linkers) &&
        (rules.change_metrics.count(f.metric) || !is_generic(t, total_of, entities, rules))) {
      start = after;
      subject_end = stop;
    }
  }
  // 星河研究院预计明年星河市人口将增长3%: a forecaster, its verb (a subject stop) and a date;
  // the figure is of what is forecast, after the date.
  // 分析师预计苹果今年营收增长10%: without a date right after the verb, the phrase after it.
  // (蘋果股票的預估本益比: after 的 the word is an attribute, no verb; 公路预计发送旅客: a verb
  // after it opens the predicate.)
  if (const auto* cue = word_at(t, subject_end, rules.forecast_cues);
      cue && subject_end >= start + 2 && t[subject_end - 1] != U'的') {
    std::size_t after = subject_end + cue->size();
    bool dated = false;
    for (const auto& d : dates)
      if (d.begin == after) after = time_of_day_end(t, d.end, true, rules), dated = true;
    // (公司预计今年营收将增长20%: a metric word alone after the verb is the forecaster's.)
    const std::size_t stop = first_stop(t, after, phrase_end, rules, entities);
    // (铁路预计日均发送…: nor does an opener, which starts no subject.)
    if (after + 2 <= stop && !is_metric_word(t, trim(t, {after, stop}), rules) &&
        !word_at(t, after, rules.openers) &&
        (dated || !opens_with_verb(t, trim(t, {after, stop}), rules))) {
      start = after;
      subject_end = stop;
    }
  }
  Span cut_verb;  // the verb that cut off the subject, if one did
  // 王女士花了2万元, 通航航线连接了…, 勒布朗贡献了18分: the word before an aspect particle is
  // the predicate (not of a known name).
  if (std::none_of(entities.begin(), entities.end(),
                   [&](const auto& e) { return e.begin < subject_end && e.end >= subject_end; }))
    if (const std::size_t verb = predicate_before_particle(t, {start, subject_end}, rules, true)) {
      cut_verb = {subject_end - verb, subject_end};
      // 我国部署建设了, 复制推广了: a verb right before that verb joins it (no noun, never the
      // subject).
      for (std::size_t n = 2; n <= 4 && cut_verb.begin >= start + n + 2; ++n) {
        const Span before{cut_verb.begin - n, cut_verb.begin};
        if ((is_one_word(t, before, rules.verb_words) ||
             is_one_word(t, before, rules.predicate_verbs)) &&
            !is_one_word(t, before, rules.noun_words) &&
            !inside_common_word(t, start, before.begin, rules)) {
          cut_verb.begin = before.begin;
          break;
        }
      }
      subject_end = cut_verb.begin;
    }
  // 皮尔斯拿21分, 曼联积40分, 海外市场收1030万: a one-character verb of a result right before
  // the figure is the predicate, as it is before an aspect particle (no word of the lexicon
  // ends with it there: 面积, 营收, 学生).
  if (const std::size_t verb = cut_verb.empty() && trim(t, {subject_end, begin}).empty()
                                   ? result_verb_before(t, {start, subject_end}, entities, rules)
                                   : 0) {
    cut_verb = {subject_end - verb, subject_end};
    subject_end = cut_verb.begin;
  }
  // 林青霞今年52岁, 罗西明年加盟法拉利: a date inside the phrase is the figure's time; the
  // subject is the phrase before it (the one after it is mostly the predicate).
  // 我国一季度社会消费品零售总额同比增长4.6%: but after a scope word alone, the phrase after
  // the date is what is measured (the scope word is the claim's scope); 我国 would make every
  // national figure of the quarter one question.
  for (const auto& d : dates) {
    if (d.begin <= start || d.begin >= subject_end) continue;
    const Span before = trim(t, {start, d.begin});
    const bool scope_only = is_scope_word(t, before, rules);
    const std::size_t after = time_of_day_end(t, d.end, true, rules);
    const bool no_other_date = std::none_of(dates.begin(), dates.end(), [&](const auto& e) {
      return e.begin >= after && e.begin < subject_end;
    });
    // 巴勒斯坦方面24日称以军…展开了超过70次空袭: a date and a verb of saying date the
    // statement; the figure is of what is said, after the verb.
    const std::u32string* said = word_at(t, after, rules.lead_in_cues);
    // 国际货币基金组织预测2023年全球经济将增长2.9%: a speaker and a verb of forecasting or
    // saying before the date; the figure is of what is forecast, after the date.
    const auto ends_with_cue = [&](const WordList& cues) {
      return std::any_of(cues.words.begin(), cues.words.end(), [&](const std::u32string& w) {
        return before.end - before.begin >= w.size() + 2 && t.ends_at(before.end, w) &&
               !inside_common_word(t, before.begin, before.end - w.size(), rules);
      });
    };
    const bool forecast = ends_with_cue(rules.forecast_cues) || ends_with_cue(rules.lead_in_cues);
    if ((scope_only || forecast) && after + 2 <= subject_end && no_other_date) {
      start = after;
    } else if (said && after + said->size() + 2 <= subject_end) {
      start = after + said->size();
      continue;  // (a date after the verb is the figure's: 称以军过去一天…)
    } else {
      subject_end = std::max(start, date_start(t, d, rules));
      // 英国8月消费者价格指数（CPI）同比上涨6.7%, 江苏2024年钢铁产量: the phrase between the
      // date and the metric word says what of the subject is measured; it is part of the
      // metric (never one 英国/growth for every British figure of the month).
      if (metric && f.metric_span.begin > after && f.metric.find(':') == std::string::npos) {
        Span attribute = trim(t, {after, f.metric_span.begin});
        if (attribute.end > attribute.begin + 2 &&
            (t[attribute.end - 1] == U'）' || t[attribute.end - 1] == ')'))
          for (std::size_t k = attribute.end - 1; k > attribute.begin; --k)
            if (t[k] == U'（' || t[k] == '(') {
              attribute = trim(t, {attribute.begin, k});
              break;
            }
        // 辉宏公司今年营收将增长, 今年营收有望增长: a modal word or an adverb between the
        // quantity and the change word is no part of the quantity.
        for (std::size_t stop = first_stop(t, attribute.begin, attribute.end, rules, entities);
             stop >= attribute.begin + 2 && stop < attribute.end;) {
          std::size_t n = adverb_at(t, stop, attribute.end, rules);
          if (!n && rules.function_characters.find(t[stop]) != std::u32string::npos) n = 1;
          for (const auto& [cue, modality] : rules.modality_cues)
            if (!n && t.at(stop, cue)) n = cue.size();
          if (!n) break;
          stop += n;
          if (stop == attribute.end)
            attribute.end = first_stop(t, attribute.begin, stop, rules, entities);
        }
        bool one_phrase =
            attribute.end - attribute.begin >= 2 && !opens_with_verb(t, attribute, rules) &&
            first_stop(t, attribute.begin, attribute.end, rules, entities) == attribute.end;
        for (std::size_t k = attribute.begin; k < attribute.end && one_phrase; ++k)
          one_phrase = is_han(t[k]) || is_ascii_alpha(t[k]) || t[k] == U'（' || t[k] == U'）';
        if (one_phrase) {
          // (通胀率, 消费者价格指数: a metric word adds its canonical metric, as one quantity
          // is written many ways.)
          const auto* canonical = metric_word_of(t, attribute, rules);
          f.metric += ":" + (canonical ? metric_key(*canonical, t, attribute)
                                       : lower_ascii(utf8_of(t, attribute.begin, attribute.end)));
          f.metric_span.begin = attribute.begin;
          f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        }
      }
    }
    break;
  }
  // 检查组委托北京、黑龙江…陕西等8省（市）: a list that a count right after it totals is what is
  // counted, the object of the verb before it; the subject is the phrase before that verb.
  // (勇夺最佳影片、导演…等4大奖 opening a clause is left as it is: the topic it would continue is
  // too often read wrong.)
  // (…等2000多米的障碍路段: a figure before 的 describes the noun after it, no list.)
  Span list_verb;  // the verb of such a list, the metric when nothing else is
  if (const std::size_t after = std::max(end, counted);
      !is_date && (f.value.kind == ValueKind::NUMBER || f.value.kind == ValueKind::QUANTITY) &&
      (after >= t.size() || t[after] != U'的'))
    if (const Span verb = enumeration_verb(t, {start, begin}, begin, rules);
        !verb.empty() && verb.begin < subject_end) {
      subject_end = verb.begin;
      list_verb = without_particles(t, verb);
      // (形成算力与大数据、北斗等9个: a metric word inside the list is an item's.)
      if (!f.metric_span.empty() && f.metric_span.begin >= verb.end && f.metric_span.end <= begin) {
        f.metric_span = list_verb;
        f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        f.metric = lower_ascii(f.metric_text);
      }
    }
  // 不同之前達霖數位（ezPeer+）總經理吳怡霖預期上市後…: a phrase too long for a subject is
  // first ended where its noun phrase ends (before 預期), then shortened from the left.
  if (const Span whole = trim(t, {start, std::max(start, subject_end)});
      whole.end - whole.begin > rules.max_subject) {
    const Span np = noun_phrase(t, whole, rules, entities);
    if (np.end - np.begin >= 2 && np.end < whole.end) subject_end = np.end;
  }
  Span subject = shorten(t, {start, subject_end}, rules);
  // SOD含量比一般香瓜品种高3~10倍, 新方法比传统方法快3倍: 比, what is compared with and a
  // predicate of comparison right before the figure; the phrase before the last 比 is the
  // subject (预估本益比比S&P 500指数低), the comparison as written what is measured (比例, 比赛,
  // 对比 are words of their own).
  Span comparison;  // 比一般香瓜品种高, the metric when nothing else says what is measured
  if (!is_date && !metric && f.metric_span.empty() && subject.end - subject.begin >= 4) {
    std::size_t predicate = subject.end - 1;
    if (rules.comparison_complements.find(t[predicate]) != std::u32string::npos &&
        predicate > subject.begin)
      --predicate;
    if (rules.comparison_predicates.find(t[predicate]) != std::u32string::npos &&
        !inside_common_word(t, subject.begin, predicate, rules))
      for (std::size_t k = predicate - 1; k > subject.begin; --k)
        if (t[k] == U'比' && !inside_common_word(t, subject.begin, k, rules) &&
            longest_of(words_at(t, k, t.size(), rules.common_words)) < 2) {
          comparison = {k, subject.end};
          const Span compared = trim(t, {subject.begin, k});
          subject = compared.end - compared.begin >= 2 ? compared : Span{};
          break;
        }
  }
  // 在季后赛出赛5场: a clause that 在 opens says where or when the subject named before did
  // what it says (the subject comes before 在); the place is no subject (在线 is a word).
  // (在…越冬的黑颈鹤已达2828只, 在国家统计局统计的91种产品中, 在女子组200米决赛中: a clause
  // with 的, or ending in a word of place or time, is a noun phrase that 在 opens: its noun is
  // the subject, or the scene that holds the figure.)
  if (!is_date && !subject.empty() && opened_by_place(t, clause, start, rules) &&
      !scene_after_place(clause)) {
    subject = {};
  }
  // 全年社会消费品零售总额稳定在44万亿元, 我国国内生产总值增长5%: an official aggregate whose
  // name is the quantity is the subject itself when nothing but a scope word stands before it
  // (江苏地区生产总值 is 江苏's).
  if (metric && rules.aggregate_metrics.count(rules.metric_words[metric->second].metric)) {
    bool nothing_before = subject.empty();
    for (const auto& [word, scope] : rules.scope_words)
      nothing_before = nothing_before ||
                       (subject.end - subject.begin == word.size() && t.at(subject.begin, word));
    if (nothing_before) subject = metric->first;
  }
  // 2026中关村国际技术交易大会: the edition's year is no part of the name.
  if (const std::size_t name = subject.empty() ? 0 : after_edition_year(subject.begin);
      name > subject.begin)
    subject = trim(t, {name, subject.end});
  const Span written = subject;  // the last resort of a figure nothing else names
  // 5月…, 1~6月…: a phrase opening with a digit is a date or a figure the recognizers left.
  // 2025届高校毕业生: a figure of an edition counter that is no claim (the year of a class)
  // opening the phrase is part of the noun phrase; the class's year tells one cohort from the
  // next.
  const bool opened_by_digit = !subject.empty() && is_ascii_digit(t[subject.begin]);
  const bool opened_by_name_figure =
      opened_by_digit && std::any_of(figures.begin(), figures.end(), [&](const Figure& fig) {
        const std::size_t after = fig.measured ? fig.measure_end : fig.end;
        return fig.begin == subject.begin && after + 2 <= subject.end &&
               std::any_of(rules.edition_counters.begin(), rules.edition_counters.end(),
                           [&](const std::u32string& w) { return t.at(fig.end, w); }) &&
               blocked(fig.begin, fig.end, fig.kind == ValueKind::SCORE);
      });
  if (opened_by_digit && !opened_by_name_figure) subject = {};
  // 每股税后纯益EPS为3.99元: a metric word before the metric word is the metric written in
  // full, of the subject named before.
  // (年薪将减少: adverbs between them are no part of a subject either.)
  auto only_adverbs = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (!is_edge_junk(t[k]) && rules.function_characters.find(t[k]) == std::u32string::npos)
        return false;
    return true;
  };
  Span metric_subject;  // the metric word, the subject only when nothing else is named
  // (国内生产总值同比增长5.4%: an aggregate's word stays the subject, of its growth.)
  if (metric && is_metric_word(t, subject, rules) && !is_aggregate_word(t, subject, rules) &&
      subject.end <= f.metric_span.begin && only_adverbs(subject.end, f.metric_span.begin)) {
    f.metric_span.begin = subject.begin;
    f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    metric_subject = subject;
    subject = {};
  }
  // 全年发展党员213.1万名，其中生产、工作一线的112.0万名，: a phrase and 的 right before a
  // figure with no noun after it (a 的 without its head) qualify the thing of the figure of the
  // same kind before it in the sentence: the subject is that figure's, the phrase the part of it
  // that is measured (the metric, as written).
  // (Never a part's: 大专及以上学历的115.9万名 after 生产、工作一线的112.0万名.)
  const DraftFrame* whole = nullptr;
  for (auto k = frames.rbegin(); k != frames.rend() && !whole; ++k)
    if (k->value.kind == f.value.kind && !k->subject.empty() &&
        std::find(parts.begin(), parts.end(), k->value_span.begin) == parts.end())
      whole = &*k;
  if (std::size_t p = begin; !is_date) {
    while (p > start && is_space(t[p - 1])) --p;
    const std::size_t after = std::max(end, counted);
    const Span qualifier = p > start + 2 && t[p - 1] == U'的' ? trim(t, {start, p - 1}) : Span{};
    const bool part = qualifier.end - qualifier.begin >= 2 && !metric &&
                      (after >= t.size() || is_break(t[after]) || t[after] == U'、');
    if (part) parts.push_back(begin);
    if (part && whole) {
      f.subject = whole->subject;
      f.subject_kind = whole->subject_kind;
      f.subject_normalized = whole->subject_normalized;
      f.metric_span = qualifier;
      f.metric_text = utf8_of(t, qualifier.begin, qualifier.end);
      f.metric = lower_ascii(f.metric_text);
      share_of = {qualifier, clause_of(t, clause.end + 1).end};
      frame_context(t, dates, rules, begin, end, is_date, f);
      f.attribution = attribution_for(begin);
      return true;
    }
  }
  if (is_count_phrase(t, subject, rules) || only_function_characters(t, subject, rules))
    subject = {};
  // 若发现任职企业有弊案，仅5成4…, 参演官兵要在4分钟内: the subject is a noun phrase; a clause
  // with none of its own continues the subject before it (if there is none, the phrase as
  // written stays: the figure keeps a subject).
  // 郭太太打算募集200万元, 可跻身全球前3强: what the phrase as written has after its noun
  // phrase, or instead of one, is the predicate, which says what the figure measures when
  // nothing else does.
  Span predicate;
  // 参演官兵要在4分钟内…: a noun phrase before an adverb or a modal verb is the clause's own
  // topic, even a generic one (not the attribute of a subject named before, as in 线路全长).
  bool own_topic = false;
  if (const Span np = noun_phrase(t, subject, rules, entities);
      !np.empty() || latest_before(begin, false)) {
    // 骑士以88比120慘败: a score is the result of the side named before it; teams are named
    // with common words (骑士, 火箭, 太阳), which name no attribute there.
    own_topic = !np.empty() && !is_share(np) &&
                (np.end < subject.end || (f.value.kind == ValueKind::SCORE && !metric));
    if (np.empty() || np.end < subject.end) {
      predicate = trim(t, {np.empty() ? subject.begin : np.end, subject.end});
      // 可跻身…: the adverbs and modal verbs it opens with, as long as a word is left (包括).
      while (const std::size_t n = function_word_at(t, predicate.begin, predicate.end, rules)) {
        if (predicate.begin + n + 2 > predicate.end) break;
        predicate = trim(t, {predicate.begin + n, predicate.end});
      }
      // (加起来刚好100岁: an adverb of the lexicon says nothing of what is measured.)
      while (const std::size_t n = adverb_at(t, predicate.begin, predicate.end, rules))
        predicate = trim(t, {predicate.begin + n, predicate.end});
    }
    subject = np;
  }
  own_topic = own_topic || (object_of_verb && !subject.empty());
  // 砍下27分, 造成58万人死亡: a phrase opening with its verb is the predicate; the figure is
  // about the verb's object when one follows it (确保大豆油料3.5亿亩), else about the subject
  // named before.
  // (淡出演藝圈並生了兩個女兒: but when a conjunction joins another verb to the first, which
  // cut off the phrase, the object is the first verb's and the figure the second's: no
  // subject of its own; 排名前20選手來了9人 keeps its object.)
  // (爆炸造成5人死亡, 枪击已导致…: before a verb of cause, an event's verb names the event.)
  const auto causes = [&](std::size_t p) {
    if (const auto* adverb = word_at(t, p, rules.causative_adverbs)) p += adverb->size();
    return word_at(t, p, rules.causative_verbs) != nullptr;
  };
  if (!object_of_verb && opens_with_verb(t, subject, rules) &&
      !(subject.end - subject.begin >= 2 && causes(subject.end))) {
    const std::size_t verb = verb_at(t, subject, rules);
    if (predicate.empty()) predicate = {subject.begin, subject.begin + verb};
    const Span object = trim(t, {subject.begin + verb, subject.end});
    // (过滤和清洁200升血液: what a conjunction opens is a second verb, not an object; the verbs
    // share the object after them.)
    const bool two_verbs =
        !object.empty() && rules.coordinators.find(t[object.begin]) != std::u32string::npos;
    const bool joined = two_verbs || (!cut_verb.empty() && cut_verb.begin > object.begin &&
                                      rules.predicate_conjunctions.find(t[cut_verb.begin - 1]) !=
                                          std::u32string::npos);
    // 横跨西藏、青海…甘肃六个省区, 支持北京…黑龙江等9省: a list the verb takes right before a
    // count is what the count totals; the subject is the one named before in the sentence,
    // whose deed it is (with none named there, the list stays: a topic carried from further
    // back is too often a clause that is no name).
    const bool list_counted =
        (f.value.kind == ValueKind::NUMBER || f.value.kind == ValueKind::QUANTITY) && !is_date &&
        before_linkers(t, object.begin, begin, rules) == object.end && is_enumeration(t, object) &&
        latest_before(begin, true, true);
    subject = object.end - object.begin >= 2 && !joined && !list_counted ? object : Span{};
  }
  // 面积3.5平方公里的新港村, 4架歼-20战机护航伴飞, 第五届世界互联网大会在…召开: the noun
  // phrase the figure describes is what it is about: after 的, or after a count (or an
  // ordinal) that opens its clause. A count after a subject or a verb counts their things
  // (阜南县60余万亩玉米, 打造了200个特色村庄), an ordinal after a name numbers its
  // meetings (常务委员会第十七次会议).
  Span described;
  bool counts_noun = false;  // a count opening its clause, of the noun after it
  bool counts_had = false;   // …after a verb of having alone (也有50多种…)
  Span doers;                // the subject such a count counts, or a share is of
  bool occurred = false;     // the noun after 发生 and a figure
  // 52岁的林青霞: after a count's measure word too.
  // 拥有13名成员的男子团体, 有200名员工的公司: a count, a generic noun and 的 describe the
  // noun after them, which has that many of it (the counted noun is what is measured).
  std::size_t counted_noun = 0;
  if (const std::size_t after = std::max(end, counted);
      !is_date && counted > end && after < t.size() && is_han(t[after]) && t[after] != U'的')
    if (const std::size_t n = longest_of(words_at(t, after, t.size(), rules.common_words));
        n && after + n < t.size() && t[after + n] == U'的' &&
        is_generic(t, {after, after + n}, entities, rules))
      counted_noun = n;
  // 第六届中俄能源商务论坛, 第22期《求是》: an ordinal of an edition numbers the name after it.
  const bool numbers_edition =
      !is_date && counted > begin && t[begin] == U'第' &&
      std::any_of(rules.edition_counters.begin(), rules.edition_counters.end(),
                  [&](const std::u32string& c) { return t.ends_at(counted, c); });
  // 第三个越过终点线的坎沃若: an ordinal of things or people opening its clause, a phrase and 的
  // rank the noun after them by what the phrase says (民进党第二次取得…的: after a subject it
  // counts its times; 第一个消息是…: a predicate follows the noun counted).
  if (const std::size_t after = std::max(end, counted);
      !is_date && !counted_noun && t[begin] == U'第' && counted > begin &&
      trim(t, {clause.begin, begin}).empty() &&
      std::any_of(rules.ranked_ordinal_counters.words.begin(),
                  rules.ranked_ordinal_counters.words.end(),
                  [&](const std::u32string& c) { return t.ends_at(counted, c); }))
    for (std::size_t k = after + 2; k + 1 < clause.end && t[k] != U'是'; ++k)
      if (t[k] == U'的' && !inside_title(t, k)) {
        counted_noun = k - after;
        break;
      }
  // 身家高达29亿美元（约200亿人民币）的前泽友作: a conversion in brackets stands between the
  // figure and its 的 (and the converted figure's 的 is right after its bracket).
  auto past_gloss = [&](std::size_t after) {
    if (t[after] == U'）' || t[after] == ')') return t[after + 1] == U'的' ? after + 1 : after;
    if (t[after] != U'（' && t[after] != '(') return after;
    for (std::size_t k = after + 1; k < t.size() && k < after + 24 && !is_break(t[k]); ++k)
      if (t[k] == U'）' || t[k] == ')') return t[k + 1] == U'的' ? k + 1 : after;
    return after;
  };
  if (const std::size_t after = past_gloss(std::max(end, counted) + counted_noun);
      !is_date && after < t.size() && t[after] == U'的') {
    described = described_noun(t, after + 1, rules, entities);
    if (counted_noun && !described.empty() && !metric && f.metric_span.empty()) {
      f.metric_span = {after - counted_noun, after};
      f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    }
  } else if (!is_date && counted && before_linkers(t, start, begin, rules) <= start) {
    described = described_noun(t, counted, rules, entities, numbers_edition);
    // 其中207处失控: a lone word that is no noun, ending the clause after a count that opens
    // it, is its predicate; the count is of the subject named before (in a list of counts,
    // 8.3板8.3次助攻, it is what is counted).
    if (!list_item && trim(t, {described.end, clause.end}).empty() &&
        is_one_word(t, described, rules.common_words) &&
        !is_one_word(t, described, rules.noun_words))
      described = {};
    counts_noun = true;
    for (std::size_t k = start; k < begin && !counts_had; ++k)
      counts_had = word_at(t, k, rules.possession_verbs) != nullptr;
    // 僅5成4民眾會主動揭發: a share is the subject's only when it is a share of people
    // (当中有90%病例: the cases are what is measured, of the subject named before).
    // The people's noun ends with its ending where no word runs past it (民眾|會主動).
    if (f.value.kind == ValueKind::PERCENT) {
      std::size_t people = described.begin;
      for (std::size_t k = described.begin + 1; k < described.end && people == described.begin; ++k)
        if (rules.population_endings.find(t[k]) != std::u32string::npos &&
            word_boundary_after(t, k + 1, described.end, rules) == k + 1)
          people = k + 1;
      described = people > described.begin ? Span{described.begin, people} : Span{};
      counts_noun = !described.empty();
    }
  } else if (const Span ranked = !is_date && t[begin] == U'第' && counted > begin &&
                                         t[counted - 1] == U'名' && begin > 0 &&
                                         !is_copula(t[begin - 1]) && counted < t.size() &&
                                         is_han(t[counted])
                                     ? described_noun(t, counted, rules, entities)
                                     : Span{};
             !ranked.empty() && !is_generic(t, ranked, entities, rules)) {
    // 马赛落后第三名摩纳哥: a place right before a name is the name's (第5名选手 numbers players;
    // 是第一位华人…, 史上第一位超模: 位 counts people, and after 是 the phrase is a predicate).
    described = ranked;
  } else if (const std::size_t occurs = before_linkers(t, start, begin, rules);
             !is_date && std::max(end, counted) < t.size() &&
             std::any_of(rules.existence_verbs.words.begin(), rules.existence_verbs.words.end(),
                         [&](const std::u32string& w) { return t.ends_at(occurs, w); })) {
    // 菲律宾群岛地区发生7.4级地震: what occurs is the noun the figure describes (after the
    // measure word the recognizer left: 级, 起).
    std::size_t noun = std::max(end, counted);
    if (const auto* counter = word_at(t, noun, rules.existence_counters)) noun += counter->size();
    described = described_noun(t, noun, rules, entities);
    occurred = !described.empty();
  } else if (const std::size_t linked = before_linkers(t, start, begin, rules);
             !is_date && end < t.size() && is_han(t[end]) &&
             is_scope_word(t, {start, linked}, rules)) {
    // 全国1300多万医务人员: after a scope word alone, a count counts the noun after it (the
    // scope word is the claim's scope, no attribute).
    described = described_noun(t, std::max(end, counted), rules, entities);
    if (!described.empty()) subject = {};
  } else if (const std::size_t age = std::max(end, counted);
             !is_date && age > begin && age < t.size() && is_han(t[age]) &&
             std::any_of(rules.described_ages.words.begin(), rules.described_ages.words.end(),
                         [&](const std::u32string& w) { return t.ends_at(age, w); })) {
    // 被传唤的56岁男子: an age right before a noun is the noun's, wherever it stands.
    described = described_noun(t, age, rules, entities);
  }
  // 第22期《求是》杂志, 杭州第19届亚运会: an edition numbers the noun after it, whatever
  // stands before it (出版的, the host city).
  // 举办三届…高峰论坛: a count of editions (届 alone; 三期 may be phases) counts those of the
  // noun after it too.
  if (!is_date && described.empty() && counted > begin &&
      (numbers_edition ||
       (t[begin] != U'第' && (t[counted - 1] == U'届' || t[counted - 1] == U'屆'))))
    described = described_noun(t, counted, rules, entities, numbers_edition);
  // 中俄建交75周年, 团结工联成立25周年: an anniversary is of what the verb before it names
  // (a count of years: 合肥每天诞生5家企业 counts firms, of 合肥).
  if (const std::size_t after = std::max(end, counted);
      !is_date && (described.empty() || t.at(end, U"周年")) &&
      (t.at(end, U"周年") || t.ends_at(after, U"周年") || t.ends_at(after, U"年"))) {
    const std::size_t linked = before_linkers(t, clause.begin, begin, rules);
    for (const auto& verb : rules.anniversary_verbs) {
      if (!t.ends_at(linked, verb)) continue;
      Span of = phrase_before(t, clause.begin, linked - verb.size(), rules);
      // 明年是两国建交…: a date before the noun is no part of it.
      for (const auto& d : dates)
        if (d.begin >= of.begin && d.begin < of.end) of.begin = std::max(of.begin, d.end);
      of = trim(t, of);
      // 庆祝两国建交65周年, 明年建交35周年: the countries named before, never a subject of
      // the clause's own.
      if (of.end - of.begin < 2 || is_pronoun(t, of, rules))
        subject = {};
      else
        described = of;
      f.metric_span = {linked - verb.size(), linked};
      f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
      break;
    }
  }
  // 游森培（三十八岁）, 天宸（跌8.75%）, 张某（女、十九岁）: a figure in brackets after a name,
  // alone or after a short word, is the name's (but 八千万日圆（约两千两百万元台币） converts
  // the figure before it).
  const std::size_t close = std::max(end, counted);  // after a measure word (三十八岁)
  std::size_t open = begin;
  for (std::size_t k = begin; k > clause.begin && begin - k < rules.bracket_lead_in; --k) {
    if (t[k - 1] == U'（' || t[k - 1] == '(') {
      open = k - 1;
      break;
    }
    if (is_ascii_digit(t[k - 1]) || is_chinese_numeral(t[k - 1])) break;
  }
  if (!is_date && open < begin && close < t.size() && (t[close] == U'）' || t[close] == ')') &&
      std::none_of(figures.begin(), figures.end(),
                   [&](const Figure& x) { return x.end == open; })) {
    std::size_t b = clause.begin;
    for (std::size_t k = clause.begin; k < open; ++k) {
      if (t[k] == U'的' || t[k] == U'、')
        b = k + 1;
      else if (const auto* w = word_at(t, k, rules.subject_stops))
        b = std::max(b, k + w->size());
      else if (const auto* x = described_stop_at(t, k, rules))
        b = std::max(b, k + x->size());
    }
    if (const Span name = shorten(t, {b, open}, rules); !name.empty()) {
      described = name;
      // (天宸（跌8.75%）: the short word before the figure says what it measures.)
      if (const Span word = trim(t, {open + 1, begin});
          !word.empty() && is_han(t[word.begin]) && f.metric_span.empty() &&
          // (张某（女、十九岁）: a list of traits; 老世代（指的大约55岁以上）: a gloss)
          !t.contains(open, begin, U"、") && !t.contains(open, begin, U"的")) {
        f.metric_span = word;
        f.metric_text = utf8_of(t, word.begin, word.end);
        const auto* canonical = metric_word_of(t, word, rules);
        f.metric = canonical && canonical->fits(f.value) ? metric_key(*canonical, t, word)
                                                         : lower_ascii(f.metric_text);
      }
    }
  }
  // 李强在国务院第二次廉政工作会议上: an ordinal right after a noun phrase numbers that
  // body's meetings (or that person's times), whatever the clause opens with.
  if (const Span numbered = !is_date && described.empty() && t[begin] == U'第'
                                ? phrase_before(t, std::min(start, begin), begin, rules)
                                : Span{};
      numbered.end == begin && numbered.end - numbered.begin >= 2 &&
      !t.contains(numbered.begin, numbered.end, U"】") && !is_pronoun(t, numbered, rules) &&
      !is_count_phrase(t, numbered, rules) && !is_generic(t, numbered, entities, rules)) {
    subject = numbered;
    own_topic = true;
  }
  // 52岁的林青霞13年前嫁给…: a date ends the noun.
  for (const auto& d : dates)
    if (d.begin > described.begin && d.begin < described.end) described.end = d.begin;
  if (described.end - described.begin < 2) described = {};
  // 山东烟台蓬莱区推出特色文旅活动，1000多名党员志愿者…: a count of a generic noun after a
  // subject named in the sentence counts that subject's things: the subject is the one named,
  // the noun what is counted (not an age: 16岁高中少女 is the girl's).
  // 僅5成4民眾會主動揭發, 四成受访者表示: a share of people opening its clause is the
  // people's, even when the noun is generic.
  // 日间照料中心…，也有50多种康复辅助器具: so does a count after a verb of having alone,
  // generic noun or not: what is had is the subject's.
  if (counts_noun && !described.empty() && f.value.kind != ValueKind::PERCENT &&
      (counts_had || is_generic(t, described, entities, rules)) &&
      std::none_of(rules.described_ages.words.begin(), rules.described_ages.words.end(),
                   [&](const std::u32string& w) { return t.ends_at(counted, w); }) &&
      latest_before(begin, true, true)) {
    if (!metric && f.metric_span.empty()) {
      f.metric_span = described;
      f.metric_text = utf8_of(t, described.begin, described.end);
    }
    described = {};
    subject = {};
  }
  // 广辉电子昨日完成270亿元的银行联贷案: a figure right after the verb of a subject named before
  // it, then 的 and a noun: the noun is the verb's object and what the figure measures, under
  // the key verb:noun; who acts is the subject (面积3.5平方公里的新港村: no verb, the noun).
  Span counted_verb;
  if (!described.empty() && described.begin > 0 && t[described.begin - 1] == U'的' &&
      !counts_noun && !metric && f.metric_span.empty() && !is_date &&
      subject.end - subject.begin >= 2 && !is_generic(t, subject, entities, rules)) {
    std::size_t from = subject.end, to = begin;
    for (const auto& d : dates)
      if (d.begin == from && d.end <= to) from = d.end;
    while (to > from && is_aspect_particle(t[to - 1])) --to;
    if (to - from >= 2 && to - from < 32 &&
        ((words_at(t, from, to, rules.verb_words) >> (to - from)) & 1u)) {
      counted_verb = {from, to};
      f.metric_span = described;
      f.metric_text = utf8_of(t, described.begin, described.end);
      described = {};
    }
  }
  // 华为是全球第二大的手机厂商, 该公司已成为全国第三大的电池生产商: after a copula (and a scope
  // word) a rank and 的 name the class the subject ranks in; the class is what the rank measures,
  // the subject the copula's (第4名的诚泰队, 反而是第4名的诚泰队: without a copula or a noun phrase
  // before it, the noun is the ranked one).
  if (!described.empty() && f.value.figure.unit == "rank" && t[described.begin - 1] == U'的' &&
      !metric && f.metric_span.empty()) {
    std::size_t ranked_at = begin;
    for (const auto& [word, scope] : rules.scope_words)
      if (ranked_at >= word.size() && t.ends_at(ranked_at, word)) {
        ranked_at -= word.size();
        break;
      }
    const std::size_t opens = subject_start(t, clause, dates, attributions, rules, begin);
    if (ranked_at > opens + 2 && is_copula(t[ranked_at - 1]) &&
        !noun_phrase(t, trim(t, {opens, ranked_at - 1}), rules, entities).empty()) {
      f.metric_span = described;
      f.metric_text = utf8_of(t, described.begin, described.end);
      described = {};
    }
  }
  if (!described.empty()) {
    // 在海拔4000多米的某高原训练场: the generic phrase before the figure is the noun's
    // attribute.
    if (!metric && f.metric_span.empty() && !subject.empty() &&
        is_generic(t, subject, entities, rules)) {
      f.metric_span = subject;
      f.metric_text = utf8_of(t, subject.begin, subject.end);
    }
    subject = described;
    // 7万多名群众沿长街等候, 有2成6的大學生願為企業做假帳: the things a count opening its
    // clause counts, and the people a share is of, are the subject; what they do, the measure.
    if (counts_noun ||
        (f.value.kind == ValueKind::PERCENT &&
         rules.population_endings.find(t[described.end - 1]) != std::u32string::npos))
      doers = described;
  }
  // 占据30%的市场份额, 保持5%的增速: a metric word right after the figure and 的 says what it
  // measures (the verb before the figure only how the subject came by it).
  bool measured_after = false;
  if (const std::size_t after = std::max(end, counted);
      !metric && !is_date && f.metric_span.empty() && after + 1 < t.size() && t[after] == U'的' &&
      // (暌违2年的获利: a duration measures no quantity after it.)
      std::find(rules.undated_units.begin(), rules.undated_units.end(), f.value.figure.unit) ==
          rules.undated_units.end())
    for (const auto& word : rules.metric_words)
      if (t.at(after + 1, word.word) && word.fits(f.value) &&
          longest_of(words_at(t, after + 1, t.size(), rules.common_words)) <= word.word.size()) {
        f.metric_span = {after + 1, after + 1 + word.word.size()};
        f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        f.metric = metric_key(word, t, f.metric_span);
        measured_after = true;
        break;
      }
  if (!metric && !is_date && f.metric_span.empty()) {
    // No metric word: the attribute as written is the phrase between subject and linker
    // (自给率, 出货量, 主跨).
    // (After the verb that cut off the subject: 王女士花了…, what 花 took.)
    const std::size_t attribute_from =
        !cut_verb.empty() && subject_end == cut_verb.begin ? cut_verb.end : subject_end;
    Span attribute =
        trim(t, {attribute_from, before_linkers(t, attribute_from, phrase_end, rules)});
    // 王女士今年68岁: the date is the figure's time, not what it measures.
    for (const auto& d : dates)
      if (d.begin == attribute.begin) attribute.begin = std::min(d.end, attribute.end);
    // 苹果第四财季共售出: nor is a fiscal period.
    if (const std::size_t fiscal = fiscal_period_at(t, attribute.begin, rules))
      attribute.begin = std::min(attribute.begin + fiscal, attribute.end);
    // 颁发了, 还, 已经举办: adverbs and aspect particles at its edges are no part of what is
    // measured; an adverb of two characters goes whole (never 经举办; a preposition such as 为
    // stays, with its object: 为球队打进).
    while (const std::size_t n =
               function_word_at(t, attribute.begin, attribute.end, rules, attribute.end)) {
      if (n < 2 || attribute.begin + n + 2 > attribute.end ||
          rules.function_characters.find(t[attribute.begin]) == std::u32string::npos)
        break;
      attribute.begin += n;
    }
    // (刚好100岁: nor is an adverb of the lexicon before the figure.)
    while (const std::size_t n = adverb_at(t, attribute.begin, attribute.end, rules))
      attribute.begin += n;
    while (!attribute.empty() &&
           rules.function_characters.find(t[attribute.begin]) != std::u32string::npos)
      ++attribute.begin;
    while (!attribute.empty() &&
           rules.function_characters.find(t[attribute.end - 1]) != std::u32string::npos)
      --attribute.end;
    // 星河市有各类学校1200所: what is had is the attribute, not the having.
    if (const auto* having = word_at(t, attribute.begin, rules.possession_verbs);
        having && attribute.begin + having->size() + 2 <= attribute.end &&
        t[attribute.begin + having->size()] != U'的' &&  // 有的人: some people
        !inside_common_word(t, attribute.begin, attribute.begin + having->size(), rules) &&
        longest_of(words_at(t, attribute.begin, attribute.end, rules.common_words)) <=
            having->size()) {
      attribute.begin += having->size();
      if (const auto* kinds = word_at(t, attribute.begin, rules.kind_determiners);
          kinds && attribute.begin + kinds->size() + 2 <= attribute.end)
        attribute.begin += kinds->size();
    }
    // 造成3人死亡: the cause names no attribute; the verb after the count does, whomever the
    // cause struck (造成黎巴嫩3000人死亡, 造成当地3人受伤; 造成经济损失30亿元 keeps what it
    // caused).
    if (const auto* causative = word_at(t, attribute.begin, rules.causative_verbs)) {
      const std::size_t after = std::max(end, counted);
      if (attribute.begin + causative->size() == attribute.end ||
          (after < clause.end && verb_at(t, {after, clause.end}, rules) > 0))
        attribute = {};
    }
    // 美国在尼日尔有两处军事基地, 在国务院第二次: a place alone says where the things counted
    // after it are, not what is measured (在非洲建设了10个 keeps its verb; 在园幼儿4093万人,
    // with neither a word after 在 nor a verb before the figure, is a noun).
    const auto place_named = [&] {
      std::size_t k = attribute.begin + 1;
      while (k < attribute.end && is_aspect_particle(t[k])) ++k;
      return !trim(t, {attribute.end, begin}).empty() ||
             longest_of(words_at(t, k, attribute.end, rules.common_words)) >= 2;
    };
    if (counted && !attribute.empty() && place_named() &&
        rules.place_prepositions.find(t[attribute.begin]) != std::u32string::npos &&
        longest_of(words_at(t, attribute.begin, attribute.end, rules.common_words)) < 2 &&
        verb_after_place(t, attribute, rules).empty() && !ends_with_verb(t, attribute, rules))
      attribute = {};
    // (载有139名乘客和6名机组人员: a phrase holding another figure is none either.)
    if (attribute.end - attribute.begin >= 2 && attribute.end - attribute.begin <= 8 &&
        std::none_of(figures.begin(), figures.end(), [&](const Figure& x) {
          return x.begin < attribute.end && x.end > attribute.begin;
        })) {
      f.metric_span = attribute;
      f.metric_text = utf8_of(t, attribute.begin, attribute.end);
    }
  }
  bool done_by_count = false;  // the metric is what the things counted do, after a manner word
  if (!metric && !is_date && f.metric_span.empty() && described.empty()) {
    // 阜南县60余万亩玉米: without an attribute before the figure, the thing counted after it
    // is what is measured (the first common word there).
    std::size_t after = end;
    if (t[after] == U'的') ++after;
    // 长达7天的电池续航时间: the attribute after 的, whole.
    if (const Span measured =
            t[after - 1] == U'的' ? described_phrase(t, after, rules, entities) : Span{};
        attribute_phrase(t, measured, entities, rules)) {
      f.metric_span = measured;
      f.metric_text = utf8_of(t, measured.begin, measured.end);
    } else if (const std::size_t noun = counter_noun_at(t, begin, end, f.value.figure, rules)) {
      // 教育部等8部门联合印发: a counter that is a noun itself (部门) says what is counted.
      f.metric_span = {end - noun, end};
      f.metric_text = utf8_of(t, end - noun, end);
    } else if (const Span counted_phrase =
                   counted == after && !inside_common_word(t, begin, counted, rules)
                       ? described_noun(t, counted, rules, entities)
                       : Span{};
               counted_phrase.begin == counted && counted_phrase.end - counted_phrase.begin <= 6 &&
               counted_thing(t, counted_phrase, begin, counted, rules) &&
               !entity_in(entities, counted_phrase) &&
               common_noun_phrase(t, counted_phrase, rules)) {
      // 1030个重点工业园区, 第四次全体会议: the noun phrase counted, whole, not its first word
      // (重点, 全体).
      f.metric_span = counted_phrase;
      f.metric_text = utf8_of(t, counted_phrase.begin, counted_phrase.end);
    } else if (const std::size_t n = longest_of(words_at(t, after, t.size(), rules.common_words));
               n && !opener_word_at(t, after, n, rules) &&
               !(counted > after && after + n > counted &&
                 counted_noun_starts(t, begin, counted, rules))) {
      // (两年之后, 七部门近日发布: a time word or a connective after the count is no thing.)
      f.metric_span = {after, after + n};
      // 3万人紧急转移: a word of manner, neither a noun nor a verb, says how; the verb after it,
      // ending the clause, what they do (300多架无人机并发射: 无人机 is a thing, 并发 no verb
      // of it).
      if (!is_one_word(t, f.metric_span, rules.noun_words) &&
          !is_one_word(t, f.metric_span, rules.verb_words) &&
          !is_one_word(t, f.metric_span, rules.predicate_verbs))
        if (const std::size_t next =
                longest_of(words_at(t, after + n, t.size(), rules.verb_words) |
                           words_at(t, after + n, t.size(), rules.predicate_verbs));
            next >= 2 && (after + n + next >= t.size() || is_break(t[after + n + next]))) {
          f.metric_span = {after + n, after + n + next};
          done_by_count = true;
        }
      f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    } else if (const Span thing = counted && counted_noun_starts(t, begin, counted, rules)
                                      ? described_noun(t, counted, rules, entities)
                                      : Span{};
               thing.begin == counted && counted_thing(t, thing, begin, counted, rules) &&
               !entity_in(entities, thing) && !ends_with_verb(t, thing, rules)) {
      // 首批疏解的4家央企总部: a noun the lexicon lacks (央企) is counted all the same (not
      // after a measure word that starts a word, 部门, 架次, 人次; nor a phrase that opens with
      // an adverb or ends with a verb: 1篇未具名新闻报导说).
      f.metric_span = thing;
      f.metric_text = utf8_of(t, thing.begin, thing.end);
    }
  }
  // 上海星巴克则赚了7500万元: else the verb that cut off the subject.
  bool verbal_metric = false;
  if (!metric && !is_date && f.metric_span.empty() && !cut_verb.empty()) {
    verbal_metric = true;
    f.metric_span = cut_verb;
    f.metric_text = utf8_of(t, cut_verb.begin, cut_verb.end);
  }
  if (!metric && !is_date && f.metric_span.empty() && predicate.end - predicate.begin >= 2 &&
      predicate.end - predicate.begin <= 8) {
    verbal_metric = true;
    f.metric_span = predicate;
    f.metric_text = utf8_of(t, predicate.begin, predicate.end);
  }
  // 亚研院发表了300篇论文, 建立了涵盖23颗遥感卫星, 中国建设了17个鲁班工坊: after a verb,
  // a count measures the kind of thing it counts, and the verb says what was done with them:
  // the metric is the thing as written, its key verb and thing (发表:论文). A name counted
  // (售出4688.9万部iPhone) is what the figure is about, no measure.
  // (共设置6个一级指标: a verbal noun of jieba's, 设置 or 建设, alone before the count is its
  // verb too.)
  const auto verbal_noun_metric = [&] {
    return f.metric_span.end - f.metric_span.begin >= 2 &&
           longest_of(words_at(t, f.metric_span.begin, f.metric_span.end, rules.verbal_nouns)) ==
               f.metric_span.end - f.metric_span.begin &&
           trim(t, {f.metric_span.end, begin}).empty();
  };
  const Span placed_verb = !metric && !is_date && counted && f.value.kind != ValueKind::PERCENT
                               ? verb_after_place(t, f.metric_span, rules)
                               : Span{};
  // (以军展开了70次空袭, 发动了70次空袭: after a count of events, a verb alone names them, after
  // any verb; 杜兰特送出16次助攻, a name and its verb before the count, is read below.)
  const Span events = !metric && !is_date && counted && !f.metric_span.empty() &&
                              f.metric_span.end <= begin && verb_ending(t, subject, rules) == 0
                          ? counted_event(t, counted, rules)
                          : Span{};
  if (!metric && !is_date && counted && f.value.kind != ValueKind::PERCENT && !done_by_count &&
      (verbal_metric || ends_with_verb(t, f.metric_span, rules) || !placed_verb.empty() ||
       verbal_noun_metric() || !events.empty()))
    if (const Span thing = !events.empty() ? events : described_noun(t, counted, rules, entities);
        (!events.empty() || counted_thing(t, thing, begin, counted, rules)) &&
        !entity_in(entities, thing) && (thing.end <= subject.begin || thing.begin >= subject.end) &&
        // (3人遇难: the verb after the count is no thing counted, 遇难:遇难.)
        (!events.empty() || !ends_with_verb(t, thing, rules))) {
      // (在北京发表: the key is the verb alone, 发表:论文, whatever the place.)
      counted_verb = !placed_verb.empty() ? placed_verb : without_particles(t, f.metric_span);
      f.metric_span = thing;
      f.metric_text = utf8_of(t, thing.begin, thing.end);
    }
  // 财政部在香港招标发行60亿元国债: with no thing counted, a place before the verb says where,
  // not what; the verb does (发行, wherever).
  if (!metric && !is_date && counted_verb.empty() && f.metric_span.end <= begin)
    if (const Span verb = verb_after_place(t, f.metric_span, rules); !verb.empty()) {
      f.metric_span = verb;
      f.metric_text = utf8_of(t, verb.begin, verb.end);
    }
  // 辉宏军击落了71架无人机: a verb that cut off the subject before an aspect particle, and the
  // thing after the figure that is what it measures: the key is verb:thing too.
  if (!metric && !is_date && counted_verb.empty() && !cut_verb.empty() &&
      f.value.kind != ValueKind::PERCENT && !f.metric_span.empty() &&
      f.metric_span.begin >= begin && !opens_with_verb(t, f.metric_span, rules)) {
    counted_verb = without_particles(t, cut_verb);
  }
  // What the things counted do (群众沿长街等候, 民眾會主動揭發): the rest of their clause, up to
  // the next figure.
  // (Not of an ordinal or an age: 第五届世界互联网大会在乌镇召开, 16歲高中少女疑被殺害.)
  if (!metric && !is_date && f.metric_span.empty() && !doers.empty() &&
      subject.begin == doers.begin && subject.end == doers.end && t[begin] != U'第' &&
      std::none_of(rules.described_ages.words.begin(), rules.described_ages.words.end(),
                   [&](const std::u32string& w) { return t.ends_at(counted, w); })) {
    Span deed{doers.end, clause_of(t, doers.end).end};
    for (const auto& other : figures)
      if (other.begin > deed.begin && other.begin < deed.end) deed.end = other.begin;
    deed = trim(t, deed);
    if (deed.end - deed.begin >= 2 && deed.end - deed.begin <= 16 && t[deed.begin] != U'的') {
      f.metric_span = deed;
      f.metric_text = utf8_of(t, deed.begin, deed.end);
    }
  }
  if (list_item && f.metric_span.empty() && !frames.empty() && !frames.back().metric.empty()) {
    // 平均收视率为43.4%、关西为40.3%: an item that names no measure of its own has the one
    // of the item before it.
    const DraftFrame& previous = frames.back();
    f.metric = previous.metric;
    f.metric_text = previous.metric_text;
    f.metric_span = previous.metric_span;
  } else if (!metric && !measured_after && !subject.empty() && !is_date) {
    // Without a metric word the metric is the attribute as written (自给率, 铁塔, 玉米),
    // folded like a subject key; without one either, none.
    f.metric = f.metric_span.empty()
                   ? ""
                   : lower_ascii(utf8_of(t, f.metric_span.begin, f.metric_span.end));
    if (!counted_verb.empty())
      f.metric = utf8_of(t, counted_verb.begin, counted_verb.end) + ":" + f.metric;
  }
  // 售出4688.9万部iPhone, 卖出969.9万台iPad和529.9万台Mac: a product named in Latin letters
  // right after a count's measure word is what the figure is about, the seller's verb its
  // measure. (An acronym in capitals alone, 2个MBA学位, 10个APP, is a kind of thing.)
  if (counted && !is_date && f.value.kind != ValueKind::PERCENT && described.empty())
    if (const Span product = latin_name_at(t, counted); !product.empty()) subject = product;
  if (const Span name = after_demonstrative(t, subject, rules);
      !name.empty() && !is_generic(t, name, entities, rules))
    subject = name;
  // 内地居民出境人数达7794.1万人次, 城镇居民人均可支配收入增长5%: a generic phrase whose people
  // (a word ending in one of population_endings) stand before what is measured of them names
  // its own subject, the people; the rest is the metric.
  bool people = false;  // the subject is such people: a topic for the clauses after it
  if (described.empty() && !own_topic && !is_date && subject.end - subject.begin >= 4 &&
      is_generic(t, subject, entities, rules)) {
    // (全国居民消费价格: people who open a metric word, the consumer price index, stay in it.)
    const auto metric_word = metric_before(t, subject.begin, subject.end, rules);
    for (std::size_t p = subject.end - 2; p >= subject.begin + 2; --p) {
      if (rules.population_endings.find(t[p - 1]) == std::u32string::npos ||
          !word_ends_at(t, {subject.begin, p}, rules.common_words, rules.longest_common_word) ||
          longest_of(words_at(t, p, subject.end, rules.common_words)) == 0 ||
          inside_common_word(t, subject.begin, p, rules))
        continue;
      if (metric_word && metric_word->first.begin < p && metric_word->first.end > p) continue;
      const Span measured{p, subject.end};
      if (f.metric_span.empty()) {
        f.metric_span = measured;
        f.metric = lower_ascii(utf8_of(t, measured.begin, measured.end));
      } else if (f.metric_span.begin >= measured.end &&
                 trim(t, {measured.end, f.metric_span.begin}).empty()) {
        if (rules.change_metrics.count(f.metric))
          f.metric += ":" + lower_ascii(utf8_of(t, measured.begin, measured.end));
        f.metric_span.begin = measured.begin;
      }
      f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
      subject = {subject.begin, p};
      own_topic = people = true;
      break;
    }
  }
  // The amounts of an ingredient list are the dish's; the ingredient is what is measured.
  const ListHead* list = nullptr;
  for (const auto& l : lists)
    if (l.colon < begin) list = &l;
  for (std::size_t k = list ? list->colon + 1 : begin; k < begin; ++k)
    if (t[k] == U'：' || t[k] == ':') list = nullptr;
  if (list && !is_date) {
    if (f.metric_span.empty() && !subject.empty()) {
      f.metric_span = subject;
      f.metric_text = utf8_of(t, subject.begin, subject.end);
      f.metric = lower_ascii(f.metric_text);
    }
    subject_of(list->owner, f);
  } else if (subject.empty() || is_pronoun(t, subject, rules)) {
    // 该省, 该市: a demonstrative and a place's classifier refer to a place of that kind: a known
    // entity or a subject written with the classifier (江西省), never any other subject.
    const char32_t place =
        subject.end - subject.begin >= 2 &&
                rules.demonstratives.find(t[subject.begin]) != std::u32string::npos &&
                rules.place_classifiers.find(t[subject.begin + 1]) != std::u32string::npos
            ? t[subject.begin + 1]
            : 0;
    auto refers_to_place = [&](const DraftFrame& carried) {
      return carried.subject_kind == SubjectKind::ENTITY ||
             carried.subject.find(utf8_of(t, subject.begin + 1, subject.begin + 2)) !=
                 std::string::npos;
    };
    const Named* sentencer = nullptr;
    if (sentenced_by)
      for (const auto& n : named)
        if (n.position < *sentenced_by && !n.subject.generic &&
            (!sentencer || n.position > sentencer->position))
          sentencer = &n;
    if (sentencer && take_carried(f, sentencer->position, true)) {
      // 盧伯賢…，法院昨依…罪，判他…: the one sentenced was named before the court.
    } else if (take_named_with_head(subject, begin, f)) {
      // 该机场: the airport named before.
    } else if (subject.end - subject.begin >= 4 &&
               rules.demonstratives.find(t[subject.begin]) != std::u32string::npos &&
               rules.event_measures.find(t[subject.begin + 1]) != std::u32string::npos) {
      // 纽约市警方称，这起枪击事件已造成5人死亡: an event, not the speaker (and the counts
      // after it, 12人受伤, are its too).
      subject_of({subject.begin + 2, subject.end}, f);
      remember(subject.begin + 2, f, false);
    } else if (const Span event = subject.empty() ? event_before_cause(clause) : Span{};
               !event.empty()) {
      // 乌克兰军方称，…遭俄导弹袭击，造成3人死亡: the event caused it, not the speaker (and
      // the counts after it, 284人受伤, are its too).
      subject_of(event, f);
      remember(event.begin, f, false);
    } else if (subject.empty() && take_after_scene(f, clause)) {
      // 在缺席了两场比赛之后，火箭第六人戈登已经开始训练: a clause that sets the scene is about
      // the subject of the clause after it.
    } else if ((!subject.empty() || (spoken_before_clause(begin) && !topic_named_before(begin))) &&
               take_speaker(f, begin, subject.empty() ? begin : subject.begin, subject)) {
      // 汇顶科技方面表示，尽管公司…: the pronoun is the speaker's; 美国国防部4日称，将提供
      // 5亿美元…: so is a statement that names no subject of its own.
    } else if (place && take_carried(f, begin) && !refers_to_place(f)) {
      return false;
    } else if (!take_carried(f, begin) && !take_fallback(f, begin)) {
      // 年薪将减少5万美元 with nothing named before: the metric word stays the subject.
      // Else the phrase as written, when one opens the clause (the figure is kept), but never
      // a verb alone (导致14名儿童受伤: no subject rather than 导致).
      const Span last_resort = !metric_subject.empty() ? metric_subject
                               : !written.empty()      ? written
                                                       : changed_alone;
      if (last_resort.end - last_resort.begin < 2 || is_ascii_digit(t[last_resort.begin]) ||
          is_pronoun(t, last_resort, rules) || only_function_characters(t, last_resort, rules) ||
          (opens_with_verb(t, last_resort, rules) &&
           verb_at(t, last_resort, rules) >= last_resort.end - last_resort.begin))
        return false;
      subject_of(last_resort, f);
    }
    // 完成固定资产投资1312亿元，同比增长5.2%: a change that names nothing of its own is the
    // change of the quantity stated just before it in the sentence.
    // 同比增长2%，环比增长7%: a second change is of the same quantity, not of the first change.
    // (百度实现营业利润44.3亿元，同比下滑5.8%: also when a known entity's rule took the amount.)
    const DraftFrame* previous = previous_frame();
    if (rules.change_metrics.count(f.metric) && previous && !previous->metric.empty() &&
        !rules.change_metrics.count(previous->metric)) {
      std::string quantity = previous->metric;
      if (const auto colon = quantity.find(':');
          colon != std::string::npos && rules.change_metrics.count(quantity.substr(0, colon)))
        quantity.erase(0, colon + 1);
      f.metric += ":" + quantity;
    }
  } else if (described.empty() && is_organ(t, subject, rules) &&
             (take_speaker(f, begin, subject.begin, subject) || take_carried(f, begin))) {
    // 董事会并通过配发3.4元现金股息: the organisation's, named before (公司 is a pronoun);
    // 石狮市实验中学附小校长庄鹏锟介绍，目前学校在校生2900名: the speaker's, when the
    // sentence names no subject before it.
  } else if (!described.empty() || own_topic || !named_before(subject, f)) {
    // 华为的员工超过19万人, 男子团体SEVENTEEN的成员: a name, 的 and a generic noun: the name
    // is the subject, the noun what is measured (as 华为员工 would be read with a metric word).
    auto find_of = [&](std::size_t from) {
      while (from < subject.end && t[from] != U'的') ++from;
      return from;
    };
    if (const std::size_t of = find_of(subject.begin);
        of > subject.begin + 1 && of + 3 <= subject.end && !inside_title(t, of) &&
        find_of(of + 1) == subject.end) {
      const Span owner = trim(t, {subject.begin, of});
      const Span noun = trim(t, {of + 1, subject.end});
      const bool adjacent = f.metric_span.empty() || f.metric_span.begin == subject.end ||
                            trim(t, {subject.end, f.metric_span.begin}).empty();
      if (owner.end - owner.begin >= 2 && noun.end - noun.begin >= 2 && adjacent &&
          !is_generic(t, owner, entities, rules) && is_generic(t, noun, entities, rules) &&
          !is_pronoun(t, owner, rules)) {
        if (f.metric_span.empty()) {
          f.metric_span = noun;
          if (!is_date) f.metric = lower_ascii(utf8_of(t, noun.begin, noun.end));
        } else {
          f.metric_span.begin = noun.begin;
        }
        f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        subject = owner;
      }
    }
    // A phrase that holds the figure before it is no noun phrase:
    // - 载有139名乘客和6名机组人员: a count of a noun and a conjunction right before this
    //   figure coordinate the two; both are of the first's subject;
    // - 林益全挥出2安打攻下3分打点: so are verbs in a row after one subject;
    // - 瑞祥市帮助4000多名务工人员追回劳动报酬6000多万元: and a verb and its object after the
    //   things counted, which the subject makes do it (the key is verb:object);
    // - 中国与28个国家签署了21份协定: else, after a conjunction or a preposition, the noun
    //   phrase before that figure.
    // (The verb, of the lexicon or rarer, after a measure word and the noun counted; then a
    // generic object that no attribute ends.)
    const auto verb_after_counted = [&](std::size_t from, std::size_t stop) -> Span {
      for (std::size_t v = from + 2; v + 4 <= stop; ++v) {
        if (!is_han(t[v]) || t[v - 1] == U'的') return {};
        const std::size_t n = longest_of(words_at(t, v, stop, rules.verb_words) |
                                         words_at(t, v, stop, rules.predicate_verbs));
        if (n < 2 || longest_of(words_at(t, v, stop, rules.common_words)) > n ||
            longest_of(words_at(t, v, stop, rules.noun_words)) >= n ||
            nominal_word_at(t, v, rules) >= n || inside_common_word(t, from + 1, v, rules) ||
            inside_nominal_word(t, from + 1, v, rules))
          continue;
        const Span object = trim(t, {v + n, stop});
        if (object.end - object.begin < 2 || opens_with_verb(t, object, rules) ||
            t.contains(object.begin, object.end, U"的") ||
            !is_generic(t, object, entities, rules) ||
            rules.attribute_endings.find(t[object.end - 1]) != std::u32string::npos)
          return {};
        return {v, v + n};
      }
      return {};
    };
    bool coordinated_with_carried = false;
    if (!frames.empty() && frames.back().value_span.begin >= subject.begin &&
        frames.back().value_span.end <= subject.end &&
        frames.back().subject_span.end <= frames.back().value_span.begin) {
      const DraftFrame& previous = frames.back();
      const bool coordinated =
          !previous.subject.empty() &&
          before_linkers(t, subject.end, begin, rules) == subject.end &&
          rules.coordinators.find(t[subject.end - 1]) != std::u32string::npos && [&] {
            for (std::size_t k = previous.value_span.end; k + 1 < subject.end; ++k)
              if (!is_han(t[k])) return false;
            return true;
          }();
      // (瑞祥号昨天起飞，载有139名乘客和6名机组人员: the first count's subject was carried to
      // it; so is the second's; not when the things counted qualify a noun after 的,
      // 满足30万吨散货轮和3万标箱集装箱船的通航需求, whose subject no count says.)
      coordinated_with_carried =
          coordinated && previous.subject_span.empty() &&
          (f.metric_span.empty() || f.metric_span.end >= t.size() || t[f.metric_span.end] != U'的');
      if (coordinated_with_carried) {
        // (the previous frame's subject is taken below, in place of a phrase of this sentence)
      } else if ((coordinated && !previous.subject_span.empty()) ||
                 (!previous.subject_span.empty() && previous.subject_span.begin == subject.begin &&
                  verb_ending(t, {previous.value_span.end, subject.end}, rules) > 0)) {
        subject = previous.subject_span;
      } else if (const Span done =
                     !previous.subject_span.empty() &&
                             previous.subject_span.begin == subject.begin && !metric &&
                             f.metric_span.empty() && !is_date &&
                             before_linkers(t, subject.end, begin, rules) == subject.end
                         ? verb_after_counted(previous.value_span.end, subject.end)
                         : Span{};
                 !done.empty()) {
        const Span object = trim(t, {done.end, subject.end});
        f.metric_span = object;
        f.metric_text = utf8_of(t, object.begin, object.end);
        f.metric = lower_ascii(utf8_of(t, done.begin, done.end) + ":" + f.metric_text);
        subject = previous.subject_span;
      } else if (const Span before =
                     previous.value_span.begin > subject.begin &&
                             rules.trailing_characters.find(t[previous.value_span.begin - 1]) !=
                                 std::u32string::npos
                         ? noun_phrase(t, trim(t, {subject.begin, previous.value_span.begin - 1}),
                                       rules, entities)
                         : Span{};
                 before.end - before.begin >= 2) {
        subject = before;
      }
    }
    // 巴特勒砍下17分, 中国组合苦战5局: a name and the verb right before the figure: the name
    // is the subject, the verb what the figure measures.
    // (巴特勒砍下了17分: an aspect particle may stand between the verb and the figure.)
    // (乌军击落71架无人机: with a thing after the figure, the thing is what it measures, under
    // the key verb:thing, 击落:无人机.)
    std::size_t after_verb = subject.end;
    while (after_verb < begin && (t[after_verb] == U'了' || t[after_verb] == U'过')) ++after_verb;
    // (…遭以军袭击，13人死亡: a verb after the figure says what the things counted do; the
    // verb before it is no measure of theirs.)
    const bool thing_after = !f.metric_span.empty() && f.metric_span.begin >= begin &&
                             f.metric.find(':') == std::string::npos &&
                             !opens_with_verb(t, f.metric_span, rules);
    // (瑞祥公司安排5000万元支持…: a verb after the figure says what the amount is for; the verb
    // before it is what the subject does with it.)
    // (乌军, 阿联酋: an owner of Han characters and no function word; 赵丹/林勤炜以总成绩 is none.)
    const auto plain_han = [&](Span p) {
      for (std::size_t k = p.begin; k < p.end; ++k)
        if (!is_han(t[k]) || rules.function_characters.find(t[k]) != std::u32string::npos)
          return false;
      return true;
    };
    // (法国敦刻尔克发生枪击 5人死亡: not across a space, which parts a heading's clauses.)
    bool purpose_after = !f.metric_span.empty() && f.metric_span.begin >= begin &&
                         f.metric.find(':') == std::string::npos &&
                         opens_with_verb(t, f.metric_span, rules);
    for (std::size_t k = subject.end; purpose_after && k < begin; ++k)
      purpose_after = !is_space(t[k]);
    if (const std::size_t verb =
            !coordinated_with_carried && !metric &&
                    (f.metric_span.empty() || thing_after || measured_after || purpose_after) &&
                    !is_date && before_linkers(t, after_verb, begin, rules) == after_verb
                ? verb_ending(t, subject, rules)
                : 0) {
      Span owner = trim(t, {subject.begin, subject.end - verb});
      // PH值只|上升: the adverbs before the verb are no part of the name.
      while (owner.end - owner.begin > 2 &&
             (rules.ending_characters.find(t[owner.end - 1]) != std::u32string::npos ||
              rules.function_characters.find(t[owner.end - 1]) != std::u32string::npos))
        --owner.end;
      // 国家标准委批准|发布403项国家标准: a verb right before the verb (批准发布, 审批核准) is
      // the owner's deed too, no part of its name.
      // (Only after a noun or a body's name: 揽收快递, 百度…语音输入 and 搜狐畅游 stay.)
      if (const std::size_t first = verb_ending(t, owner, rules);
          first && owner.end - owner.begin >= first + 2 &&
          !inside_common_word(t, owner.begin, owner.end - first, rules)) {
        const Span rest{owner.begin, owner.end - first};
        if (word_ends_at(t, rest, rules.noun_words, rules.longest_common_word) ||
            std::any_of(rules.body_endings.words.begin(), rules.body_endings.words.end(),
                        [&](const std::u32string& w) { return t.ends_at(rest.end, w); }))
          owner = trim(t, rest);
      }
      if (owner.end - owner.begin >= 2 && !is_generic(t, owner, entities, rules) &&
          !is_pronoun(t, owner, rules)) {
        const Span verb_span{subject.end - verb, subject.end};
        Span thing = thing_after ? f.metric_span : Span{};
        if (const Span counted_after =
                !thing_after && counted ? described_noun(t, counted, rules, entities) : Span{};
            counted_thing(t, counted_after, begin, counted, rules) &&
            !entity_in(entities, counted_after))
          thing = counted_after;
        // 亚研院发表300篇论文, 发表了300篇论文: the thing counted is what is measured, under
        // the key verb:thing, as after an aspect particle (a metric word after 的 stays the
        // metric: 拿下30%的市场份额).
        if (!measured_after) {
          f.metric_span = thing.empty() ? verb_span : thing;
          f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
          f.metric =
              thing.empty()
                  ? lower_ascii(f.metric_text)
                  : lower_ascii(utf8_of(t, verb_span.begin, verb_span.end) + ":" + f.metric_text);
        }
        subject = owner;
      }
    } else if (const Span acted =
                   !coordinated_with_carried && !metric && (f.metric_span.empty() || thing_after) &&
                           !is_date && before_linkers(t, subject.end, begin, rules) == subject.end
                       ? verb_between_nouns(t, subject, entities, rules)
                       : Span{};
               !acted.empty()) {
      // 星河银行发放贷款3亿元, 星河市查处违纪案件300件: a name, a verb and its object right
      // before the figure: the name is the subject, the object what the figure measures, under
      // the key verb:object. (The name ends with a noun, or a body's, an organisation's or a
      // place's ending, never with an adverb: 安徽实际|使用外资, 年均|修复; an object ending like
      // an attribute, 采购经理指数, is a measure's term.)
      const Span agent = trim(t, {subject.begin, acted.begin});
      const Span object = trim(t, {acted.end, subject.end});
      const char32_t last = agent.empty() ? 0 : t[agent.end - 1];
      if (agent.end - agent.begin >= 2 &&
          noun_phrase(t, agent, rules, entities).begin == agent.begin &&
          noun_phrase(t, agent, rules, entities).end == agent.end &&
          rules.ending_characters.find(last) == std::u32string::npos &&
          rules.trailing_characters.find(last) == std::u32string::npos &&
          !is_generic(t, agent, entities, rules) && !is_pronoun(t, agent, rules) &&
          !opens_with_verb(t, agent, rules) &&
          !word_ends_at(t, agent, rules.adverb_words, rules.longest_common_word) &&
          std::none_of(rules.annual_average.begin(), rules.annual_average.end(),
                       [&](const std::u32string& w) { return t.ends_at(agent.end, w); }) &&
          (!could_be_person(utf8_of(t, agent.begin, agent.end)) ||
           word_ends_at(t, agent, rules.noun_words, rules.longest_common_word) ||
           word_ends_at(t, agent, rules.nominal_words, rules.longest_nominal_word) ||
           std::any_of(entities.begin(), entities.end(),
                       [&](const SentenceEntity& e) { return e.end == agent.end; })) &&
          object.end - object.begin >= 2 &&
          (thing_after ? object.end - object.begin <= 6 && plain_han(object) &&
                             noun_phrase(t, object, rules, entities).begin == object.begin &&
                             noun_phrase(t, object, rules, entities).end == object.end
                       : is_generic(t, object, entities, rules)) &&
          t[acted.begin - 1] != U'、' &&  // (秦皇岛、保定等地: an item of a list, no verb)
          rules.attribute_endings.find(t[object.end - 1]) == std::u32string::npos) {
        // (瑞祥部队击落敌军100多架无人机: with a thing after the figure, the noun between the
        // verb and the figure owns the things counted; the thing is what is measured.)
        if (!thing_after) {
          f.metric_span = object;
          f.metric_text = utf8_of(t, object.begin, object.end);
        }
        f.metric = lower_ascii(utf8_of(t, acted.begin, acted.end) + ":" + f.metric_text);
        subject = agent;
      }
    }
    if (coordinated_with_carried) {
      const DraftFrame& previous = frames.back();
      f.subject = previous.subject;
      f.subject_kind = previous.subject_kind;
      f.subject_normalized = previous.subject_normalized;
      subject = {};
    } else {
      subject_of(subject, f);
      // 发生7.4级地震，震源深度50公里: what occurs is an event of its own, generic or not.
      // (装备制造业增加值同比增长9.5%，占…比重达到36.1%: the clauses after it continue the
      // quantity that changed, not its owner alone.)
      const Span continued = changed_of > subject.end && subject.end >= changed_of - 8
                                 ? Span{subject.begin, changed_of}
                                 : subject;
      DraftFrame topic_frame;
      if (continued.end != subject.end) subject_of(continued, topic_frame);
      remember(continued.begin, continued.end != subject.end ? topic_frame : f,
               !occurred && !people && is_generic(t, continued, entities, rules));
    }
  }
  // …的112.0万名，占52.6%: the share in the clause after a part is that part's.
  if (f.value.kind == ValueKind::PERCENT && begin > share_of.first.end && begin < share_of.second &&
      f.metric_span.empty() && subject.empty()) {
    f.metric_span = share_of.first;
    f.metric_text = utf8_of(t, share_of.first.begin, share_of.first.end);
    f.metric = lower_ascii(f.metric_text);
  }
  // 竞争比位居第二的是国家统计局云南调查总队: in a cleft, the figure is in the relative clause
  // before 的是, and what it is about is the noun phrase after 是.
  if (const Span cleft = !is_date ? cleft_noun(t, std::max(end, counted), rules, entities) : Span{};
      !cleft.empty())
    subject_of(cleft, f);
  // 以71.600分排名第一, 排名全球第15: a rank says what it ranks by the verb of ranking before
  // it in its clause (a linker, so never kept as the metric above); one key for every such
  // verb, so that 排名 and 位居 of one subject are one question.
  // (连续八年位居全球第一: a phrase before the verb that is no metric word gives way to it.)
  if (!is_date && (f.metric_span.empty() || !metric) && f.value.figure.unit == "rank")
    for (std::size_t k = begin; k-- > clause.begin;) {
      const auto* verb = word_at(t, k, rules.rank_verbs);
      if (!verb || verb->size() < 2 || k + verb->size() > begin) continue;
      if (!f.metric_span.empty() && f.metric_span.end > k) break;
      f.metric_span = {k, k + verb->size()};
      f.metric_text = utf8_of(t, k, k + verb->size());
      f.metric = "rank";
      break;
    }
  // 湖人队连续5场获胜, 以98比83击败: with no metric yet, what is done right after the figure.
  if (!is_date && f.metric_span.empty() && list_verb.empty()) {
    const bool measured = !f.value.figure.measure.empty() || !f.value.figure.unit.empty();
    Span deed = deed_after(begin, end, counted, measured, clause);
    // 第33届星河奖揭晓: after a subject described by the figure (the noun after it), the
    // predicate that ends the clause is what is done.
    if (const Span rest = trim(t, {f.subject_span.end, clause.end});
        deed.empty() && !f.subject_span.empty() && f.subject_span.begin >= std::max(end, counted) &&
        rest.end - rest.begin >= 2 && rest.end - rest.begin <= rules.longest_deed &&
        opens_with_verb(t, rest, rules) && verb_at(t, rest, rules) == rest.end - rest.begin &&
        std::none_of(dates.begin(), dates.end(),
                     [&](const DateFigure& d) { return d.begin < rest.end && d.end > rest.begin; }))
      deed = rest;
    if (!deed.empty()) {
      f.metric_span = deed;
      f.metric_text = utf8_of(t, deed.begin, deed.end);
      f.metric = lower_ascii(f.metric_text);
    }
  }
  // 勇夺最佳影片、导演…等4大奖: with no metric word and no thing counted named, the verb of the
  // list says what the count measures.
  if (!list_verb.empty() && f.metric_span.empty()) {
    f.metric_span = list_verb;
    f.metric_text = utf8_of(t, list_verb.begin, list_verb.end);
    f.metric = lower_ascii(f.metric_text);
  }
  if (f.metric_span.empty() && !comparison.empty()) {
    f.metric_span = comparison;
    f.metric_text = utf8_of(t, comparison.begin, comparison.end);
    f.metric = lower_ascii(f.metric_text);
  }
  if (!is_date) without_own_value(t, {begin, std::max(end, counted)}, f);
  // 瑞士兩大錶展推出的新錶, 前5大品牌合併出貨量: nor does what it is about; the subject is the
  // noun phrase before the figure, else the one after it, else there is none to claim.
  if (const Span s = f.subject_span; !s.empty() && s.begin <= begin && s.end > begin) {
    const Span before = trim(t, {s.begin, begin});
    const Span after = trim(t, {std::min(std::max(end, counted), s.end), s.end});
    auto usable = [&](Span p) { return p.end - p.begin >= 2 && !is_pronoun(t, p, rules); };
    if (usable(before))
      subject_of(before, f);
    else if (usable(after))
      subject_of(after, f);
    else
      return false;
  } else if (const ByteRange at = t.bytes(begin, begin + 1);
             s.empty() && f.subject_normalized && f.subject_normalized->begin <= at.begin &&
             f.subject_normalized->end > at.begin) {
    // (逃第四次也失敗: a clause's opening phrase that holds the figure, carried to it.)
    return false;
  }
  // 日本政府在台湾征少年工…，他那时是班上第一名: he or she opening the clause is a person,
  // never a body or a place named before; the latest person-like subject named before is, else
  // there is no claim. (他说这是中国第一次…: a subject written in the clause stays.)
  if (const auto* who = word_at(t, start, rules.person_pronouns);
      who && start + who->size() < begin && t[start + who->size()] != U'们' &&
      f.subject_kind != SubjectKind::ENTITY && !could_be_person(f.subject) &&
      (f.subject_span.empty() || f.subject_span.begin < start)) {
    const Named* person = nullptr;
    for (const auto* candidates : {&named, &speakers})
      for (const auto& n : *candidates)
        if (n.position < start && !n.subject.generic && n.subject.kind != SubjectKind::ENTITY &&
            could_be_person(n.subject.subject) && (!person || n.position > person->position))
          person = &n;
    if (!person) return false;
    f.subject = person->subject.subject;
    f.subject_kind = person->subject.kind;
    f.subject_normalized = person->subject.normalized;
    f.subject_span = {};
  }
  frame_context(t, dates, rules, begin, end, is_date, f);
  f.attribution = attribution_for(begin);
  return true;
}

// 达3.1亿人次，较2024年（2.96亿人次）增长4.7%: a figure in brackets right after the date a
// figure is compared with is the base's figure of the quantity stated before it in the sentence,
// in the same unit: that quantity's subject and metric, in the base's period.
bool FrameFinder::base_figure(std::size_t begin, DraftFrame& f) {
  if (begin == 0 || (t[begin - 1] != U'（' && t[begin - 1] != '(') || frames.empty()) return false;
  const DraftFrame& stated = frames.back();
  if (stated.value.kind != f.value.kind || stated.value.figure.unit != f.value.figure.unit ||
      stated.value.figure.currency != f.value.figure.currency ||
      stated.value.figure.measure != f.value.figure.measure)
    return false;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const DateFigure& d = dates[k];
    if (d.end + 1 != begin || d.date.empty() || d.begin < stated.value_span.end ||
        !comparison_base(t, d, rules))
      continue;
    f.subject = stated.subject;
    f.subject_kind = stated.subject_kind;
    f.subject_normalized = stated.subject_normalized;
    f.metric = stated.metric;
    f.metric_text = stated.metric_text;
    f.metric_span = stated.metric_span;
    f.scope = stated.scope;
    f.modality = stated.modality;
    // (比上年（13731亿斤）: a base named relative to the publication date may be relative to
    // the stated figure's period instead; no period rather than a wrong one.)
    if (!d.relative) {
      f.period_date = k;
      f.period_kind = period_kind_of(d, false);
    }
    f.compared_base = true;
    f.attribution = attribution_for(begin);
    return true;
  }
  return false;
}

// What is done right after the figure at [begin, end) (`measured`: with a measure word or a
// unit), when that says what it measures (deeds_after_figures in frames.json); else empty.
Span FrameFinder::deed_after(std::size_t begin, std::size_t end, std::size_t counted, bool measured,
                             Span clause) const {
  const auto after_word = [&](const WordList& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::u32string& w) { return t.ends_at(begin, w); });
  };
  const auto figure_in = [&](Span s) {
    return std::any_of(figures.begin(), figures.end(),
                       [&](const Figure& x) { return x.begin < s.end && x.end > s.begin; });
  };
  const auto fits = [&](Span s) {
    return s.end - s.begin >= 2 && s.end - s.begin <= rules.longest_deed && !figure_in(s);
  };
  std::size_t from = std::max(end, counted);
  // 湖人队连续5场获胜, 美军连续第11天对伊朗发动军事打击: a count of consecutive times (with
  // its measure word) measures what is done in them, to the clause's end.
  if (after_word(rules.consecutive_adverbs)) {
    const Span deed = trim(t, {from, clause.end});
    return measured && fits(deed) ? deed : Span{};
  }
  // 以98比83击败灰熊, 以五折特卖, 以50美元（约1600台币）买到4个纪念品: a figure after 以
  // (not of a word, 可以, 所以) is the means of the verb after it and the figures or the gloss
  // right after it, up to the next figure.
  if (!after_word(rules.means_prepositions) ||
      (begin >= 2 && longest_of(words_at(t, begin - 2, begin, rules.common_words)) == 2))
    return {};
  for (bool moved = true; moved && from < clause.end;) {
    moved = false;
    if (t[from] == U'（' || t[from] == '(') {
      const char32_t close = closing_of(t[from]);
      std::size_t k = from + 1;
      while (k < clause.end && t[k] != close) ++k;
      if (k < clause.end) from = k + 1, moved = true;
    }
    for (const auto& x : figures) {
      const std::size_t x_end = x.measured ? x.measure_end : x.end;
      if (x.begin == from && x_end > from) from = x_end, moved = true;
    }
  }
  std::size_t to = clause.end;
  for (const auto& x : figures)
    if (x.begin >= from && x.begin < to) to = x.begin;
  // (以89.6%的得票率赢得: a noun after 的 says what the figure is of; that is left to the noun.)
  const Span deed = trim(t, {from, to});
  if (!fits(deed) || t[from] == U'的' ||
      (!verb_at(t, deed, rules) && !rarer_verb_at(t, deed.begin, deed.end, rules)))
    return {};
  return deed;
}

// Whether a verb (and its 了, or 连续) ends just before `i`: what follows is its object.
bool FrameFinder::verb_ends_at(std::size_t i) {
  if (i > 0 && (t[i - 1] == U'了' || t[i - 1] == U'过')) --i;
  if (t.ends_at(i, U"连续")) return true;
  for (std::size_t n = 2; n <= 4 && n <= i; ++n)
    if ((words_at(t, i - n, i, rules.verb_words) >> n) & 1u) return true;
  return false;
}

bool FrameFinder::blocked(std::size_t begin, std::size_t end, bool score) {
  // 上午9时43分, 10月10日9时: a clock reading, not a figure.
  for (const auto& d : dates)
    if (d.end <= begin && begin < time_of_day_end(t, d.end, true, rules)) return true;
  for (std::size_t p = begin >= 4 ? begin - 4 : 0; p < begin; ++p)
    if (word_at(t, p, rules.day_parts) && begin < time_of_day_end(t, p, false, rules)) return true;
  // 学生六点三十五分下课: an hour and its minutes read as a clock without a date or a day part
  // (an hour alone, 3点, may be a count of points).
  for (std::size_t p = begin >= 4 ? begin - 4 : 0; p < begin; ++p) {
    if (p > 0 && (is_ascii_digit(t[p - 1]) || is_chinese_numeral(t[p - 1]))) continue;
    const auto hour = parse_number(t, p);
    const std::u32string* hour_word = hour && !hour->vague && hour->end < begin
                                          ? word_at(t, hour->end, rules.clock_hours)
                                          : nullptr;
    if (hour_word && hour->end + hour_word->size() == begin && hour->value <= 24 &&
        time_of_day_end(t, p, true, rules) >= end)
      return true;
  }
  // 假期第三天, 假期前三天: the day of a period, not a figure.
  for (const auto& d : dates) {
    const auto refiner = refiner_after(t, d.end, rules);
    if (refiner && refiner->first <= begin && end <= refiner->second + 1) return true;
  }
  for (const auto& w : rules.not_claim_after) {
    // 4比2击败: a score before the verb of its match is the claim itself.
    if (score || !t.at(end, w)) continue;
    // 突破万亿元大关: 大 starts a word of its own; 4成4大专生: a share is no congress's number.
    if (w == U"大" && (rules.major_count_not_before.find(t[end + 1]) != std::u32string::npos ||
                       std::any_of(figures.begin(), figures.end(), [&](const Figure& x) {
                         return x.begin == begin && x.kind == ValueKind::PERCENT;
                       })))
      continue;
    // 第六届 is an edition and 举办三届, 连续三届 count editions; 二十届三中全会 is a name.
    if (w == U"届" && begin > 0 && (t[begin - 1] == U'第' || verb_ends_at(begin))) continue;
    return true;
  }
  for (const auto& w : rules.not_claim_before)
    if (t.ends_at(begin, w)) return true;
  // 85后, 00后: a generation by the last two digits of its birth years, no count.
  if (end == begin + 2 && is_ascii_digit(t[begin]) && is_ascii_digit(t[begin + 1]) &&
      end < t.size() && t[end] == U'后' && (begin == 0 || !is_ascii_digit(t[begin - 1])))
    return true;
  // 19世纪, 二十一世纪: a century by its number, no count (21世纪经济报道 names a paper); 一个多
  // 世纪 counts centuries.
  if (t.at(end, U"世纪") && (is_ascii_digit(t[end - 1]) || is_chinese_numeral(t[end - 1])))
    return true;
  // 11月5日 that the date recognizer left (a dateline's): the day of a date, not a count.
  if (begin > 0 && t[begin - 1] == U'月' && (t[end] == U'日' || t[end] == U'号')) return true;
  // A numeral glued to Latin letters or a dash is part of a model or product name (轰-6K),
  // also one space after a Latin word (Qihoo 360, Watch 9). (GDP达到5000亿元, CPI约2%: a
  // qualifier between them, or a unit or a currency after the numeral, makes a figure.)
  const bool bare_numeral = is_ascii_digit(t[begin]) && is_ascii_digit(t[end - 1]);
  if (begin > 0 && (is_ascii_alpha(t[begin - 1]) || t[begin - 1] == '-') &&
      (bare_numeral || t[begin - 1] == '-'))
    return true;
  if (begin > 1 && t[begin - 1] == ' ' && is_ascii_alpha(t[begin - 2]) && bare_numeral) return true;
  if (t[begin] == '-' && begin > 0 && t[begin - 1] > 0x2E80) return true;  // 歼-20
  // A count's measure word before a Latin name is no part of a name: 4688.9万部iPhone counts
  // iPhones.
  if (is_ascii_alpha(t[end]) && t[end] != 'k' && t[end] != 'K' && !is_han(t[end - 1])) return true;
  return false;
}

}  // namespace suyuan::extract::frame_finding
