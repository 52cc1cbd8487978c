/// @file frame_grammar.cpp
/// @brief The grammar of a claim frame on one sentence (see frame_grammar.h).
#include "frame_grammar.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <fstream>

#include "json_data.h"
#include "numerals.h"
#include "suyuan/core/error.h"

namespace suyuan::extract::frame_grammar {

std::string utf8_of(const CodePoints& t, std::size_t begin, std::size_t end) {
  std::string out;
  if (end > begin) out.reserve(3 * (end - begin));  // Han characters: three bytes each
  for (std::size_t i = begin; i < end; ++i) utf8::append(out, t[i]);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

bool is_space_break(const CodePoints& t, std::size_t k) {
  if (k >= t.size() || !is_space(t[k])) return false;
  std::size_t b = k, e = k;
  while (b > 0 && is_space(t[b - 1])) --b;
  while (e < t.size() && is_space(t[e])) ++e;
  if (b == 0 || e >= t.size() || !is_han(t[b - 1]) || !is_han(t[e])) return false;
  // 《争做有理想 敢担当》: a space inside a title or a quotation separates nothing.
  for (std::size_t j = b, seen = 0; j > 0 && seen < 40; --j, ++seen) {
    const char32_t c = t[j - 1];
    if (c == U'《' || c == U'“' || c == U'「') return false;
    if (c == U'》' || c == U'”' || c == U'」' || is_break(c)) break;
  }
  return true;
}

Span clause_of(const CodePoints& t, std::size_t i) {
  // A space break is a space first: that test spares most characters the call.
  auto ends_clause = [&](std::size_t k) {
    return is_break(t[k]) || (is_space(t[k]) && is_space_break(t, k));
  };
  std::size_t b = std::min(i, t.size());
  while (b > 0 && !ends_clause(b - 1)) --b;
  std::size_t e = std::min(i, t.size());
  while (e < t.size() && !ends_clause(e)) ++e;
  return {b, e};
}

const std::u32string* listed_word_at(const CodePoints& t, std::size_t i, const WordList& list) {
  const auto candidates = list.by_first.find(t[i]);
  if (candidates == list.by_first.end()) return nullptr;
  for (const std::size_t k : candidates->second)
    if (t.at(i, list.words[k])) return &list.words[k];
  return nullptr;
}

bool inside_title(const CodePoints& t, std::size_t i) {
  std::size_t open = i;
  while (open > 0 && t[open - 1] != U'《' && t[open - 1] != U'》') --open;
  return open > 0 && title_end(t, open - 1) > i;
}

std::size_t period_refiner_at(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  if (const auto* w = word_at(t, i, rules.period_refiner_words)) return w->size();
  const auto* prefix = word_at(t, i, rules.period_refiner_prefixes);
  if (!prefix) return 0;
  const auto n = parse_number(t, i + prefix->size());
  if (!n || n->end == i + prefix->size()) return 0;
  const auto* unit = word_at(t, n->end, rules.period_refiner_units);
  return unit ? n->end + unit->size() - i : 0;
}

bool attributive_date(const CodePoints& t, std::size_t end, const FrameRules& rules) {
  std::size_t i = end;
  if (t[i] == U'份') ++i;
  if (const auto* adverb = word_at(t, i, rules.attributive_adverbs)) i += adverb->size();
  const auto* verb = word_at(t, i, rules.attributive_verbs);
  return verb && t[i + verb->size()] == U'的';
}

std::size_t since_event_end(const CodePoints& t, std::size_t date_end, const FrameRules& rules) {
  std::size_t phrase = date_end;
  if (phrase < t.size() && (t[phrase] == U'）' || t[phrase] == ')')) ++phrase;
  // (What stands between is the event, whatever its words: 开通, RCEP正式生效, 疫情.)
  for (std::size_t i = phrase + 1; i <= phrase + rules.since_event_reach && i < t.size(); ++i) {
    if (!is_han(t[i - 1]) && !is_ascii_alpha(t[i - 1]) && !is_ascii_digit(t[i - 1])) break;
    if (const auto* since = word_at(t, i, rules.since_event_words)) return i + since->size();
  }
  return 0;
}

std::optional<std::pair<std::size_t, std::size_t>> refiner_after(const CodePoints& t,
                                                                 std::size_t period_end,
                                                                 const FrameRules& rules) {
  for (std::size_t i = period_end; i <= period_end + rules.period_refiner_within && i < t.size();
       ++i) {
    if (is_break(t[i])) break;
    if (const std::size_t n = period_refiner_at(t, i, rules)) return std::make_pair(i, i + n);
  }
  return std::nullopt;
}

std::size_t nominal_word_at(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  return longest_of(words_at(t, i, t.size(), rules.nominal_words));
}

bool inside_nominal_word(const CodePoints& t, std::size_t from, std::size_t i,
                         const FrameRules& rules) {
  // Only a word with t[i] after its first character can run over i: start no further back
  // than the furthest such position.
  const auto offset = rules.nominal_words.furthest_offset.find(t[i]);
  if (offset == rules.nominal_words.furthest_offset.end()) return false;
  const std::size_t first = std::max(from, i >= offset->second ? i - offset->second : 0);
  for (std::size_t x = first; x < i; ++x)
    if (x + nominal_word_at(t, x, rules) > i) return true;
  return false;
}

std::size_t time_of_day_end(const CodePoints& t, std::size_t i, bool after_date,
                            const FrameRules& rules) {
  std::size_t j = i;
  if (const auto* part = word_at(t, j, rules.day_parts)) j += part->size();
  if (j == i && !after_date) return i;
  const auto hour = parse_number(t, j);
  const std::u32string* hour_word = hour && !hour->vague && hour->value <= 24
                                        ? word_at(t, hour->end, rules.clock_hours)
                                        : nullptr;
  if (!hour_word) return j;
  j = hour->end + hour_word->size();
  if (const auto minute = parse_number(t, j); minute && !minute->vague && minute->value < 60)
    if (const auto* minute_word = word_at(t, minute->end, rules.clock_minutes))
      j = minute->end + minute_word->size();
  if (const auto* about = word_at(t, j, rules.clock_after)) j += about->size();
  return j;
}

bool closes_within(const CodePoints& t, std::size_t i, std::size_t end) {
  const char32_t close = closing_of(t[i]);
  for (std::size_t k = i + 1; close && k < end; ++k)
    if (t[k] == close) return true;
  return false;
}

std::size_t subject_start(const CodePoints& t, Span clause, const std::vector<DateFigure>& dates,
                          const std::vector<FoundAttribution>& attributions,
                          const FrameRules& rules, std::size_t figure) {
  std::size_t i = clause.begin;
  // 新浪科技讯 北京时间…: the outlet's byline opens the sentence, and names no subject.
  for (std::size_t n = 2; n <= 8 && i + n <= clause.end; ++n) {
    const auto* ending = word_at(t, i + n - 1, rules.byline_endings);
    if (!ending) continue;
    const std::size_t after = i + n - 1 + ending->size();
    const char32_t next = t[after];
    if (is_space(next) || next == U'：' || next == ':' || next == U'（' || next == '(' ||
        is_ascii_digit(next) || word_at(t, after, rules.byline_followers))
      i = after;
    break;
  }
  // 纽约商办租金难续涨此外，…: a short heading glued to the sentence that follows it (pasted
  // from a page without its line break) ends where a word that only opens a sentence starts
  // (此外, 至于, 然而): the heading names no subject.
  for (std::size_t k = i + 2; k < clause.end && k < i + rules.max_heading && k <= figure; ++k)
    if (word_at(t, k, rules.heading_followers) && !inside_common_word(t, i, k, rules)) {
      i = k;
      break;
    }
  // 新华社北京3月10日电（记者陈君）: an agency's dateline, a short lead, a date and 电 (or 讯,
  // 消息), then the reporter's name in brackets, opens the story; it names no subject.
  // （记者李博闻 单磊）中国男篮…: a clause that starts inside brackets (the space between two
  // names broke it) starts its subject after them.
  for (std::size_t k = i; k < clause.end && k < i + rules.dateline_lead; ++k) {
    if (t[k] == U'（' || t[k] == '(') break;
    if (t[k] == U'）' || t[k] == ')') {
      i = k + 1;
      break;
    }
  }
  for (const auto& d : dates) {
    if (d.begin < i || d.begin > i + rules.dateline_lead || d.end >= clause.end) continue;
    std::size_t after = d.end;
    while (after < clause.end && is_space(t[after])) ++after;
    const auto* ending = word_at(t, after, rules.dateline_after);
    // (春节档电影票房: 电 that starts a word, 电影, is no dispatch.)
    if (!ending || longest_of(words_at(t, after, clause.end, rules.common_words)) > ending->size())
      break;
    i = after + ending->size();
    while (i < clause.end && is_space(t[i])) ++i;
    if (const char32_t close = closing_of(t[i]); close == U'）' || close == ')') {
      std::size_t k = i + 1;
      while (k < clause.end && t[k] != close) ++k;
      if (k < clause.end) i = k + 1;
    }
    break;
  }
  for (bool moved = true; moved && i < clause.end;) {
    moved = false;
    // （地方中心吴慧芬／高雄报导）, (文/瑞格格), （1）: a bracket opening the sentence holds a
    // byline, a credit or a list number, never the subject.
    if ((t[i] == U'（' || t[i] == '(') && [&] {
          for (std::size_t k = clause.begin; k < i; ++k)
            if (!is_space(t[k]) && t[k] != '\n') return false;
          return true;
        }()) {
      const char32_t close = t[i] == U'（' ? U'）' : U')';
      std::size_t k = i + 1;
      while (k < clause.end && t[k] != close && t[k] != U'（' && t[k] != '(') ++k;
      if (k + 1 < clause.end && t[k] == close) i = k + 1, moved = true;
    }
    while (i < clause.end && (is_space(t[i]) || is_edge_junk(t[i]))) ++i, moved = true;
    if (t[i] == U'【') {  // a byline or heading in lenticular brackets: 【记者╱综合报道】
      std::size_t close = i;
      while (close < clause.end && t[close] != U'】') ++close;
      if (close < clause.end) i = close + 1, moved = true;
    }
    for (const auto& d : dates) {
      if (d.begin == i && d.end <= clause.end) i = d.end, moved = true;
      // 14日下午，…: the time of day belongs to the date, also after its closing bracket
      // (今天（10月10日）上午9时43分).
      bool date_ends_here = d.end <= i;
      for (std::size_t x = d.end; x < i && date_ends_here; ++x)
        date_ends_here = is_edge_junk(t[x]) && t[x] != U'的';
      if (date_ends_here)
        if (const std::size_t e = time_of_day_end(t, i, true, rules); e > i && e <= clause.end)
          i = e, moved = true;
      // 春节假期前三天: the day of the period belongs to the date, not to a subject.
      if (d.end <= i)
        if (const auto refiner = refiner_after(t, d.end, rules);
            refiner && refiner->first <= i + 2 && refiner->first >= i &&
            refiner->second <= clause.end)
          i = refiner->second, moved = true;
    }
    // 傍晚在台北101辦記者會, 上午9时在…: a time of day opening the clause says when, as it
    // does after a date (a longer word of the lexicon, 晚会, 上午场, is no time of day; nor is
    // 晚 alone, which opens 晚場 and 晚宴; right before a figure it is what the figure counts:
    // 每日1次).
    if (const auto* part = word_at(t, i, rules.day_parts); part && part->size() >= 2)
      if (const std::size_t e = time_of_day_end(t, i, false, rules);
          e > i && e < clause.end && !is_ascii_digit(t[e]) && !is_chinese_numeral(t[e]) &&
          longest_of(words_at(t, i, clause.end, rules.common_words)) <= part->size() &&
          nominal_word_at(t, i, rules) <= part->size())
        i = e, moved = true;
    for (const auto& a : attributions) {
      if (!a.open_speaker && !a.speaker && a.begin <= i && a.end > i && a.end <= clause.end)
        i = a.end, moved = true;
    }
    // (记者们参观了…: the plural makes 记者 the people doing it, no opener; 该季度的云计算收入: a
    // period of an earlier sentence's before 的 qualifies the noun after it, the subject of which
    // is the topic before.)
    if (const auto* w = word_at(t, i, rules.openers);
        w && i + w->size() < clause.end && nominal_word_at(t, i, rules) <= w->size() &&
        t[i + w->size()] != U'们' && t[i + w->size()] != U'們' &&
        (t[i + w->size()] != U'的' ||
         std::find(rules.period_openers.words.begin(), rules.period_openers.words.end(), *w) ==
             rules.period_openers.words.end())) {
      // 使得總產能, 经过数字化改造, 正值中法两国…: an opener that starts a longer word (not a
      // noun: 在线 is one) opens the clause with that whole word; 使 alone would leave 得總產能.
      // (自己的…: a pronoun stays, to be resolved as one.)
      std::size_t opening = w->size();
      if (const std::size_t word = longest_of(words_at(t, i, clause.end, rules.common_words));
          word > opening && i + word < clause.end && !is_pronoun(t, {i, i + word}, rules))
        opening = word;
      i += opening;
      moved = true;
    }
    // 复出后的威少, 修订后的《条例》: a word of the lexicon and 后 right after it (no comma
    // between) say when; the subject comes after them. (最后, 然后, 赛后 and 后来 are words of
    // their own; before a modal or a distributive, 建成后可年产, 建成后每年将…, what follows is
    // a predicate, and the topic named before is its subject.)
    for (std::size_t k = i + 2; k <= i + rules.longest_glued_scene && k + 1 < clause.end; ++k) {
      const auto* ending = word_at(t, k, rules.glued_scene_endings);
      if (!ending || k + ending->size() >= std::min(clause.end, figure)) continue;
      bool han = true;
      for (std::size_t x = i; x < k && han; ++x) han = is_han(t[x]);
      if (han && ((words_at(t, i, k, rules.common_words) >> (k - i)) & 1u) &&
          !inside_common_word(t, i, k, rules) &&
          longest_of(words_at(t, k, clause.end, rules.common_words)) <= ending->size() &&
          !function_word_at(t, k + ending->size(), clause.end, rules) &&
          rules.ending_characters.find(t[k + ending->size()]) == std::u32string::npos &&
          rules.distributives.find(t[k + ending->size()]) == std::u32string::npos &&
          std::none_of(dates.begin(), dates.end(),
                       [&](const DateFigure& d) { return d.begin < k && d.end > i; })) {
        i = k + ending->size();
        moved = true;
      }
      break;
    }
    // 本场比赛韩硕砍下20分: a part of a game or a season opening the clause says when, as a
    // date there does; the subject comes after it. (全场14投3中: right before a figure it is
    // what the figure counts.)
    if (const auto* part = word_at(t, i, rules.game_periods);
        part && !word_at(t, i, rules.game_determiners) && i + part->size() < clause.end &&
        !is_ascii_digit(t[i + part->size()]) && !is_chinese_numeral(t[i + part->size()]) &&
        longest_of(words_at(t, i, clause.end, rules.common_words)) <= part->size()) {
      i += part->size();
      moved = true;
    }
    // 累计移动互联网用户接入流量达到…: a word of accumulation opening the clause (累计, 合计)
    // says how the figure is counted; the subject comes after it.
    if (const auto* w = word_at(t, i, rules.cumulative);
        w && i + w->size() < clause.end && nominal_word_at(t, i, rules) <= w->size()) {
      i += w->size();
      moved = true;
    }
    // 据海关统计, 据了解: "according to …" up to its closing word opens the clause.
    if (word_at(t, i, rules.according_to)) {
      for (std::size_t k = i + 1; k < clause.end; ++k) {
        if (const auto* closer = word_at(t, k, rules.according_to_closers)) {
          if (k + closer->size() <= clause.end) i = k + closer->size(), moved = true;
          break;
        }
      }
    }
  }
  return i;
}

bool inside_common_word(const CodePoints& t, std::size_t from, std::size_t i,
                        const FrameRules& rules) {
  const std::size_t reach = rules.longest_common_word;
  for (std::size_t s = std::max(from, i >= reach ? i - reach + 1 : 0); s < i; ++s)
    if (longest_of(words_at(t, s, t.size(), rules.common_words)) > i - s) return true;
  return false;
}

std::size_t start_of_word_ending_at(const CodePoints& t, std::size_t from, std::size_t i,
                                    const FrameRules& rules) {
  if (longest_of(words_at(t, i, t.size(), rules.common_words))) return i;
  const std::size_t reach = rules.longest_common_word;
  for (std::size_t s = std::max(from + 1, i >= reach ? i - reach + 1 : 0); s < i; ++s)
    if ((words_at(t, s, i + 1, rules.common_words) >> (i + 1 - s)) & 1u) {
      if (!inside_common_word(t, from, s, rules)) return s;
      // (每年节约: 年节 runs across the verb's start, but 每年 ends right there; the verb
      // 节约 is read, as a verb is where a subject ends.)
      const bool verb = ((words_at(t, s, i + 1, rules.verb_words) |
                          words_at(t, s, i + 1, rules.predicate_verbs)) >>
                         (i + 1 - s)) &
                        1u;
      // (Only after a word of when or how often, 每年, 今年: 加沙地带有 keeps 地带, though 沙地
      // is a word.)
      if (verb)
        for (std::size_t b = s >= from + reach ? s - reach : from; b + 1 < s; ++b)
          if (((words_at(t, b, s, rules.common_words) >> (s - b)) & 1u) &&
              !inside_common_word(t, from, b, rules) &&
              (rules.distributives.find(t[b]) != std::u32string::npos ||
               (word_at(t, b, rules.openers) && word_at(t, b, rules.openers)->size() == s - b)))
            return s;
      return i;
    }
  return i;
}

bool runs_past(const CodePoints& t, std::size_t begin, std::size_t end, const FrameRules& rules) {
  for (std::size_t s = begin; s < end; ++s)
    if (longest_of(words_at(t, s, t.size(), rules.common_words)) > end - s) return true;
  return false;
}

std::optional<std::pair<Span, std::size_t>> metric_before(const CodePoints& t, std::size_t from,
                                                          std::size_t limit,
                                                          const FrameRules& rules) {
  // The word ending nearest the figure, the longest of those ending there (市场规模, not 规模).
  for (std::size_t e = limit; e > from; --e) {
    const auto candidates = rules.metric_words_by_last.find(t[e - 1]);
    if (candidates == rules.metric_words_by_last.end()) continue;
    for (const std::size_t k : candidates->second) {
      const auto& word = rules.metric_words[k].word;
      if (e < from + word.size() || !t.ends_at(e, word)) continue;
      // 新成长劳动力, 新增长点: a change word between a character that qualifies it and a noun is
      // part of a noun; it measures no change (减少个人垫付: a verb and its object).
      if (e < limit && e - word.size() > from &&
          rules.change_metrics.count(rules.metric_words[k].metric) &&
          rules.quantity_modifiers.find(t[e - word.size() - 1]) != std::u32string::npos &&
          !word_ends_at(t, {from, e - word.size()}, rules.common_words, rules.longest_common_word,
                        2) &&
          std::none_of(rules.openers.begin(), rules.openers.end(),
                       [&](const std::u32string& w) {
                         return w.size() >= 2 && t.ends_at(e - word.size(), w);
                       }) &&  // (年均|增长目标: 年均 opens a clause as a word of its own)
          longest_of(words_at(t, e, limit, rules.noun_words)) >= 2)
        continue;
      // 互联 of 互联网, 投资 of 投资者: a word of the lexicon that runs past the metric word's
      // end means the metric word is only part of another word.
      // (营收|成长: not when a metric word of two characters or more starts right there, 收成
      // being the other reading.)
      if (runs_past(t, e - word.size(), e, rules) &&
          std::none_of(rules.metric_words.begin(), rules.metric_words.end(),
                       [&](const auto& m) { return m.word.size() >= 2 && t.at(e, m.word); }))
        continue;
      if (rules.metric_words[k].opens_word_only &&
          inside_common_word(t, from, e - word.size(), rules))
        continue;
      // 每千人口医师数: the noun after 每 and a numeral is a rate's denominator, not the metric.
      std::size_t n = e - word.size();
      while (n > from && (is_ascii_digit(t[n - 1]) || is_chinese_numeral(t[n - 1]))) --n;
      if (n > 0 && t[n - 1] == U'每') continue;
      // 汇率, 利率, 总产值: a metric word that ends a longer word of the lexicon is written as
      // that word (光伏行业总产值: the subject is 光伏行业).
      std::size_t begin = e - word.size();
      for (std::size_t length = std::min(rules.longest_common_word, e - from); length > word.size();
           --length)
        if ((words_at(t, e - length, e, rules.common_words) >> length) & 1u) {
          begin = e - length;
          break;
        }
      if (const auto* nothing = word_at(t, begin, rules.not_metric_words);
          nothing && begin + nothing->size() == e)
        continue;
      // 电站总装机容量, 空调总销量: a prefix of the measure right before it is part of it (国家防总
      // ends a word of its own).
      if (begin > from && rules.metric_prefixes.find(t[begin - 1]) != std::u32string::npos &&
          !inside_common_word(t, from, begin - 1, rules))
        --begin;
      // 城镇化率, 普及率, 国产化率: a one-character metric word that ends no word is the suffix of
      // the word of the lexicon before it (what is rated), when that word starts at a boundary.
      // (普及率, 返修率, 中奖率: the word rated may be a verb, what is done.)
      if (word.size() == 1 && begin + 1 == e)
        for (std::size_t length = std::min(rules.longest_common_word, begin - from); length >= 2;
             --length)
          if (((words_at(t, begin - length, begin, rules.common_words) |
                words_at(t, begin - length, begin, rules.verb_words) |
                words_at(t, begin - length, begin, rules.predicate_verbs)) >>
                   length &
               1u) &&
              !inside_common_word(t, from, begin - length, rules)) {
            begin -= length;
            break;
          }
      // (通膨率, 施打率, 数控化率: with no word of the lexicon before it, the suffix takes the
      // shortest run of two or three Han characters that starts where a word of the lexicon ends,
      // 中国|通膨率, 疫苗|施打率, 工序|数控化率.)
      if (word.size() == 1 && begin + 1 == e)
        for (std::size_t length = 2; length <= 3 && begin >= from + length; ++length) {
          const std::size_t run = begin - length;
          bool plain = true;
          for (std::size_t x = run; x < begin && plain; ++x)
            plain = is_han(t[x]) && !is_chinese_numeral(t[x]) && t[x] != U'的' &&
                    rules.function_characters.find(t[x]) == std::u32string::npos;
          if (!plain) break;
          bool inside_name = false;  // (数控|化率: 数控 is a word of the names' lexicon)
          for (std::size_t x = run > rules.longest_nominal_word ? run - rules.longest_nominal_word
                                                                : 0;
               x < run && !inside_name; ++x)
            inside_name =
                x >= from && longest_of(words_at(t, x, t.size(), rules.nominal_words)) > run - x;
          if (!inside_name && !inside_common_word(t, from, run, rules) &&
              (run == from ||
               word_ends_at(t, {from, run}, rules.common_words, rules.longest_common_word) ||
               word_ends_at(t, {from, run}, rules.nominal_words, rules.longest_nominal_word))) {
            begin = run;
            break;
          }
        }
      return std::make_pair(Span{begin, e}, k);
    }
  }
  return std::nullopt;
}

std::size_t before_linkers(const CodePoints& t, std::size_t from, std::size_t end,
                           const FrameRules& rules) {
  for (bool moved = true; moved && end > from;) {
    moved = false;
    while (end > from && is_space(t[end - 1])) --end, moved = true;
    // Most ends have no linker or scope word before them: one test of the character says so.
    const bool linker_may_end = rules.linkers.finals.may_end(t[end - 1]);
    for (const auto& w : rules.linkers) {
      if (!linker_may_end) break;
      if (end >= from + w.size() && t.ends_at(end, w)) {
        // (水库附近3公里, 节约3万吨: a linker's character that ends another word is that word's.)
        if (std::any_of(rules.words_ending_in_a_qualifier.begin(),
                        rules.words_ending_in_a_qualifier.end(), [&](const std::u32string& x) {
                          return x.size() > w.size() && end >= from + x.size() && t.ends_at(end, x);
                        }))
          break;
        end -= w.size();
        moved = true;
        break;
      }
    }
    // 位居全国第三, 占全球20%: a scope word between a linker and the figure is no subject.
    const bool scope_may_end = !moved && rules.scope_finals.may_end(t[end - 1]);
    for (const auto& [word, scope] : rules.scope_words) {
      if (!scope_may_end || moved) break;
      if (end < from + word.size() || !t.ends_at(end, word)) continue;
      const std::size_t before = end - word.size();
      for (const auto& w : rules.linkers) {
        if (before >= from + w.size() && t.ends_at(before, w)) {
          end = before;
          moved = true;
          break;
        }
      }
    }
  }
  return end;
}

char32_t closing_of(char32_t c) {
  switch (c) {
    case U'“':
      return U'”';
    case U'《':
      return U'》';
    case U'「':
      return U'」';
    case U'『':
      return U'』';
    case U'‘':
      return U'’';
    case U'（':
      return U'）';
    case '(':
      return ')';
    default:
      return 0;
  }
}

Span trim(const CodePoints& t, Span s) {
  auto paired_open = [&] { return closes_within(t, s.begin, s.end); };
  auto paired_close = [&] {
    for (std::size_t k = s.end - 1; k-- > s.begin;)
      if (const char32_t close = closing_of(t[k]); close && close == t[s.end - 1]) return true;
    return false;
  };
  for (bool moved = true; moved;) {
    moved = false;
    while (s.begin < s.end && is_edge_junk(t[s.begin]) && !paired_open()) ++s.begin, moved = true;
    while (s.end > s.begin && is_edge_junk(t[s.end - 1]) && !paired_close()) --s.end, moved = true;
  }
  return s;
}

Span without_particles(const CodePoints& t, Span s) {
  while (!s.empty() && is_aspect_particle(t[s.end - 1])) --s.end;
  return s;
}

std::size_t word_boundary_after(const CodePoints& t, std::size_t at, std::size_t limit,
                                const FrameRules& rules) {
  const std::size_t longest = rules.longest_common_word;
  std::size_t boundary = at;
  for (std::size_t x = at >= longest ? at - longest + 1 : 0; x < at; ++x)
    boundary = std::max(boundary, x + longest_of(words_at(t, x, t.size(), rules.common_words)));
  return std::min(boundary, limit);
}

// Characters inside brackets that hold only Latin letters: the original spelling of the name
// before them (阿諾史瓦辛格（Arnold Schwarzenegger）), which adds no length to what it names.
std::size_t latin_gloss_length(const CodePoints& t, Span s) {
  std::size_t total = 0;
  for (std::size_t k = s.begin; k < s.end; ++k) {
    if (t[k] != U'（' && t[k] != '(') continue;
    std::size_t e = k + 1;
    while (e < s.end && (is_ascii_alpha(t[e]) || t[e] == ' ' || t[e] == '.' || t[e] == '-')) ++e;
    if (e < s.end && e > k + 1 && (t[e] == U'）' || t[e] == ')')) {
      total += e - k - 1;
      k = e;
    }
  }
  return total;
}

// Where a phrase starting at `b` should start so as not to start inside a title (《中国新说唱》)
// or a quotation (「流行樂之王」): at its opening mark when that is in the clause (a verb inside
// cut the phrase: “在高质量发展中保障和改善民生”形势政策系列报告会), else (a break inside the
// title opened the clause: 《色，戒》的《種子與烏魚》) after its closing mark and a 的.
std::size_t start_outside_marks(const CodePoints& t, Span s, std::size_t b) {
  static constexpr std::u32string_view opening = U"《「“", closing = U"》」”";
  for (std::size_t k = b; k < s.end; ++k) {
    if (opening.find(t[k]) != std::u32string_view::npos) break;
    const std::size_t mark = closing.find(t[k]);
    if (mark == std::u32string_view::npos) continue;
    constexpr std::size_t longest_title = 40;
    std::size_t lowest = s.begin;
    while (lowest > 0 && s.begin - lowest < longest_title && !is_break(t[lowest - 1])) --lowest;
    std::size_t open = b;
    while (open > lowest && t[open - 1] != opening[mark]) --open;
    // (「GAP」合拿: the opening mark right before the phrase, which trimming left out, is no cut.)
    if (open == s.begin && s.begin > lowest) return b;
    if (open > lowest) return open - 1;
    return k + 1 < s.end && t[k + 1] == U'的' ? k + 2 : k + 1;
  }
  return b;
}

Span shorten(const CodePoints& t, Span s, const FrameRules& rules) {
  s = trim(t, s);
  if (s.end - s.begin == 1) return {s.begin, s.begin};  // one character names nothing
  const std::size_t max = rules.max_subject + latin_gloss_length(t, s);
  if (s.end - s.begin <= max) return trim(t, {start_outside_marks(t, s, s.begin), s.end});
  // Cut where a word ends, never inside one (部陆海新通道 of 西部陆海新通道), and take a name
  // the cut would split whole (国共产党第二十届… of 中国共产党第二十届…).
  std::size_t b = word_boundary_after(t, s.end - max, s.end, rules);
  const std::size_t reach = rules.longest_nominal_word;
  for (std::size_t x = b > reach ? std::max(s.begin, b - reach) : s.begin; x < b; ++x)
    if (x + nominal_word_at(t, x, rules) > b) {
      b = x;
      break;
    }
  for (std::size_t k = b; k < s.end; ++k) {
    if (t[k] == U'的' || t[k] == U'、') {
      b = k + 1;
      break;
    }
  }
  // Never start inside a Latin name (The Information), a title or a quotation: take it whole.
  while (b > s.begin && (is_ascii_alpha(t[b - 1]) || (t[b - 1] == ' ' && is_ascii_alpha(t[b]))))
    --b;
  return trim(t, {start_outside_marks(t, s, b), s.end});
}

bool stop_opens_noun(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  const std::size_t noun = nominal_word_at(t, i, rules);
  if (!noun) return false;
  // (平均年龄: a stop that is a word of its own, 平均, still ends the subject before it.)
  const auto* stop = word_at(t, i, rules.subject_stops);
  return (!stop || (stop->size() == 1 && noun > 1)) && !word_at(t, i, rules.linkers) &&
         !word_at(t, i, rules.function_words);
}

std::size_t date_start(const CodePoints& t, const DateFigure& d, const FrameRules& rules) {
  for (const auto& zone : rules.time_zones)
    if (d.begin >= zone.size() && t.ends_at(d.begin, zone)) return d.begin - zone.size();
  return d.begin;
}

std::size_t fiscal_period_at(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  std::size_t k = i;
  if (const auto* before = word_at(t, i, rules.fiscal_period_before)) {
    k += before->size();
  } else {
    if (t[k] == U'第') ++k;
    const std::size_t digits = k;
    while (k < t.size() && (is_ascii_digit(t[k]) || is_chinese_numeral(t[k]))) ++k;
    if (k == digits) return 0;
  }
  const auto* word = word_at(t, k, rules.fiscal_period_words);
  return word ? k + word->size() - i : 0;
}

namespace {

// 国家发展改革委, 亚洲基础设施投资银行: whether the stop word ending at `stop_end` is followed,
// within a few characters and before `end`, by the last word of a body's name that ends a word
// there (建设部分: 部分 runs past 部) and starts none before it. (Only after a verb of two
// characters or more: 在甘肃省委 is a preposition and a place.)
bool inside_body_name(const CodePoints& t, std::size_t stop_end, std::size_t end,
                      const FrameRules& rules) {
  for (std::size_t j = stop_end; j < end && j <= stop_end + 3; ++j) {
    // (造成该组织: a demonstrative refers to a body named before, it opens no name.)
    if (!is_han(t[j]) || (j > stop_end && word_at(t, j, rules.subject_stops)) ||
        rules.demonstratives.find(t[j]) != std::u32string::npos)
      return false;
    if (const auto* ending = word_at(t, j, rules.body_endings);
        ending && j + ending->size() <= end && !runs_past(t, j, j + ending->size(), rules) &&
        !inside_common_word(t, stop_end, j, rules))  // (排在了西部: 部 ends 西部)
      return true;
  }
  return false;
}

}  // namespace

std::size_t first_stop(const CodePoints& t, std::size_t begin, std::size_t end,
                       const FrameRules& rules, const std::vector<SentenceEntity>& entities) {
  int title = 0;  // 《求是》杂志: a stop word inside a title is part of the title
  for (std::size_t i = begin; i < end; ++i) {
    if (t[i] == U'《') ++title;
    if (t[i] == U'》' && title > 0) --title;
    if (title > 0) continue;
    // 苹果第四财季共售出…: a fiscal period ends the subject, as a date does.
    if (i > begin &&
        (t[i] == U'第' || is_ascii_digit(t[i]) || is_chinese_numeral(t[i]) ||
         rules.fiscal_period_before.initials.may_start(t[i])) &&
        fiscal_period_at(t, i, rules))
      return i;
    // 詹姆斯上半场就砍下20分, 易建联本赛季场均…: a part of a game or a season ends the
    // subject, as a date does (a word of its own there: not 全场 of 安全场所).
    if (i > begin && rules.game_periods.initials.may_start(t[i]))
      if (const auto* part = word_at(t, i, rules.game_periods);
          part && longest_of(words_at(t, i, end, rules.common_words)) <= part->size() &&
          !inside_common_word(t, begin, i, rules))
        return i;
    // 林益全第5局揮出…, 莊智淵第2輪可能遇上…: an inning, a round or a set by its ordinal too.
    if (i > begin && t[i] == U'第') {
      std::size_t k = i + 1;
      while (k < end && (is_ascii_digit(t[k]) || is_chinese_numeral(t[k]))) ++k;
      // (WCBA第8轮-新疆女篮主场…: a league's round before a dash heads the report; the side
      // after it is the subject.)
      if (const auto* counter = k > i + 1 ? word_at(t, k, rules.game_part_counters) : nullptr;
          counter && is_han(t[k + counter->size()]))
        return i;
    }
    // 美国国内生产总值按年率计算环比萎缩: how the figure is calculated ends the subject.
    if (i > begin + 1 && rules.method_openers.initials.may_start(t[i]))
      if (const auto* opener = word_at(t, i, rules.method_openers))
        for (std::size_t k = i + opener->size() + 1;
             k < end && k <= i + rules.longest_method_phrase && !is_break(t[k]); ++k)
          if (const auto* closer = word_at(t, k, rules.method_closers);
              closer && !runs_past(t, k, k + closer->size(), rules))
            return i;
    const auto* stop = word_at(t, i, rules.subject_stops);
    if (!stop) continue;  // most positions: no stop word starts
    // 国家副主席韩正29日: a one-character stop right after a title and one character of a name
    // is the name's second character.
    if (stop->size() == 1 && i >= begin + 3 && is_han(t[i - 1]) &&
        std::any_of(
            rules.person_titles.begin(), rules.person_titles.end(), [&](const std::u32string& w) {
              // (代表团于, 法官认为: a title and a character that make a word, or a
              // character that opens one with the stop, are no name.)
              return i - 1 >= begin + w.size() && t.ends_at(i - 1, w) &&
                     !((words_at(t, i - 1 - w.size(), i, rules.common_words) >> (w.size() + 1)) &
                       1u) &&
                     longest_of(words_at(t, i - 1, t.size(), rules.common_words)) < 2;
            }))
      continue;
    // 以军袭击导致的黎巴嫩无家可归者人数: a cause's verb before 的 qualifies the noun after it.
    if (const auto* cause = word_at(t, i, rules.causative_verbs);
        cause && *cause == *stop && t[i + stop->size()] == U'的')
      continue;
    // 扎尔达里, 梅琳达, 约旦: 达 and 约 come before a figure (达11.8亿元, 达近3000万, 约需3周);
    // before anything else they are part of a name.
    if (const std::size_t after = i + stop->size();
        after < end &&
        std::find(rules.figure_stops.begin(), rules.figure_stops.end(), *stop) !=
            rules.figure_stops.end() &&
        !is_ascii_digit(t[after]) && !is_chinese_numeral(t[after]) &&
        !word_at(t, after, rules.linkers) && !word_at(t, after, rules.function_words))
      continue;
    // 英伟达, 华为: a stop word inside a known name is part of the name.
    const bool inside_name = std::any_of(entities.begin(), entities.end(),
                                         [&](const auto& e) { return e.begin < i && i < e.end; });
    // 规模以上工业: a fixed term is not split at its stop word.
    bool inside_term = false;
    for (std::size_t b = i >= 4 ? i - 4 : 0; b <= i && !inside_term; ++b)
      if (const auto* term = word_at(t, b, rules.unsplit_terms)) inside_term = b + term->size() > i;
    // 团结工联创始人: nor is one that opens a noun there.
    const bool opens_noun = i > begin && stop_opens_noun(t, i, rules);
    if (!inside_name && !inside_term && !opens_noun && !inside_nominal_word(t, begin, i, rules) &&
        !(i > begin && stop->size() >= 2 && inside_body_name(t, i + stop->size(), end, rules))) {
      if (stop->size() > 1) return i;
      const std::size_t cut = start_of_word_ending_at(t, begin, i, rules);
      // 团结工联成立于1980年, 该校始建于1902年: a verb right before 于 is the predicate's (a
      // place or a date follows 于), no part of the subject.
      // (新一轮停火谈判定于15日: no verb 判定 that starts inside a word, 谈判.)
      if (cut == i && t[i] == U'于') {
        if (const std::size_t verb = verb_ending(t, {begin, i}, rules);
            verb && !inside_common_word(t, begin, i - verb, rules))
          return i - verb;
        // (谈判定于15日: 定于 is a verb of its own, and 谈判 ends right before it.)
        if (i >= begin + 3 && (((words_at(t, i - 1, i + 1, rules.verb_words) |
                                 words_at(t, i - 1, i + 1, rules.predicate_verbs)) >>
                                2) &
                               1u))
          for (std::size_t b = i >= begin + 5 ? i - 5 : begin; b + 2 < i; ++b)
            if (((words_at(t, b, i - 1, rules.common_words) >> (i - 1 - b)) & 1u) &&
                !inside_common_word(t, begin, b, rules))
              return i - 1;
      }
      return cut;
    }
  }
  return end;
}

bool is_pronoun(const CodePoints& t, Span s, const FrameRules& rules) {
  if (!rules.pronouns.initials.may_start(t[s.begin])) return false;  // most phrases
  for (const auto& p : rules.pronouns)
    if (s.end - s.begin >= p.size() && t.at(s.begin, p)) return true;
  return false;
}

const FrameRules::MetricWord* metric_word_of(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.empty()) return nullptr;
  const auto candidates = rules.metric_words_by_last.find(t[s.end - 1]);
  if (candidates == rules.metric_words_by_last.end()) return nullptr;
  for (const std::size_t k : candidates->second) {
    const auto& word = rules.metric_words[k];
    if (word.word.size() == s.end - s.begin && t.at(s.begin, word.word)) return &word;
  }
  return nullptr;
}

bool is_metric_word(const CodePoints& t, Span s, const FrameRules& rules) {
  return metric_word_of(t, s, rules) != nullptr;
}

bool is_aggregate_word(const CodePoints& t, Span s, const FrameRules& rules) {
  const auto* word = metric_word_of(t, s, rules);
  return word && rules.aggregate_metrics.count(word->metric);
}

bool is_organ(const CodePoints& t, Span s, const FrameRules& rules) {
  // The length mask has a bit per length up to 31: a longer phrase is no organ's name.
  const std::size_t n = s.end - s.begin;
  return n >= 2 && n < 32 && ((rules.organs.lengths_at(t, s.begin, s.end) >> n) & 1u);
}

Span after_demonstrative(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.end - s.begin < 4 || rules.demonstratives.find(t[s.begin]) == std::u32string::npos ||
      rules.place_classifiers.find(t[s.begin + 1]) == std::u32string::npos)
    return {};
  return {s.begin + 2, s.end};
}

bool is_count_phrase(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.empty()) return false;
  std::size_t i = s.begin;
  if (const auto* prefix = word_at(t, i, rules.period_refiner_prefixes)) i += prefix->size();
  if (i >= s.end || !is_chinese_numeral(t[i])) return false;
  const auto n = parse_number(t, i);
  if (!n || n->end + 1 < s.end) return false;
  // 四川, 三星, 五粮: a numeral in a name is followed by no measure word.
  return n->end == s.end || word_at(t, n->end, rules.ordinal_counters) ||
         word_at(t, n->end, rules.described_classifiers);
}

std::size_t function_word_at(const CodePoints& t, std::size_t i, std::size_t limit,
                             const FrameRules& rules, std::size_t words_end) {
  const auto* w = word_at(t, i, rules.function_words);
  if (!w || i + w->size() > limit) return 0;
  if (longest_of(words_at(t, i, words_end, rules.common_words)) > w->size()) return 0;
  if (longest_of(words_at(t, i, words_end, rules.nominal_words)) > w->size()) return 0;
  return w->size();
}

bool only_function_characters(const CodePoints& t, Span s, const FrameRules& rules) {
  auto function_character = [&](char32_t c) {
    if (rules.ending_characters.find(c) != std::u32string::npos ||
        rules.function_characters.find(c) != std::u32string::npos)
      return true;
    const auto words = rules.function_words.by_first.find(c);
    return words != rules.function_words.by_first.end() &&
           std::any_of(words->second.begin(), words->second.end(),
                       [&](std::size_t w) { return rules.function_words.words[w].size() == 1; });
  };
  for (std::size_t k = s.begin; k < s.end; ++k)
    if (!function_character(t[k])) return false;
  return !s.empty();
}

std::size_t adverb_at(const CodePoints& t, std::size_t i, std::size_t end,
                      const FrameRules& rules) {
  const std::size_t adverb = longest_of(words_at(t, i, end, rules.adverb_words));
  if (!adverb || longest_of(words_at(t, i, t.size(), rules.common_words)) > adverb ||
      longest_of(words_at(t, i, t.size(), rules.nominal_words)) > adverb)
    return 0;
  return adverb;
}

Span noun_phrase(const CodePoints& t, Span s, const FrameRules& rules,
                 const std::vector<SentenceEntity>& entities) {
  auto in_name = [&](std::size_t i) {
    return std::any_of(entities.begin(), entities.end(),
                       [&](const auto& e) { return e.begin <= i && i < e.end; });
  };
  const std::size_t written_begin = s.begin;
  while (s.begin < s.end && !in_name(s.begin)) {
    std::size_t n = function_word_at(t, s.begin, s.end, rules);
    // 干脆暂时关厂: so is an adverb of the lexicon.
    if (!n) n = adverb_at(t, s.begin, s.end, rules);
    // 才刚生下, 都已: a word of the lexicon made of function words only is an adverb too.
    if (const std::size_t w = longest_of(words_at(t, s.begin, s.end, rules.common_words));
        !n && w >= 2 && s.begin + w < s.end &&
        only_function_characters(t, {s.begin, s.begin + w}, rules))
      n = w;
    if (!n) break;
    s = trim(t, {s.begin + n, s.end});
  }
  // 与他同一政党的立法委员管碧玲: a pronoun after a preposition is its object, in a clause that
  // describes the noun after the last 的: that noun is the phrase.
  if (const auto* pronoun = s.begin > written_begin && s.begin < s.end
                                ? word_at(t, s.begin, rules.personal_pronouns)
                                : nullptr;
      pronoun && t[s.begin + pronoun->size()] != U'的') {
    std::size_t head = s.begin;
    for (std::size_t k = s.begin; k < s.end; ++k)
      if (t[k] == U'的') head = k + 1;
    if (head > s.begin) s = trim(t, {head, s.end});
  }
  if (s.end < s.begin + 2) return {};
  if (!in_name(s.begin) && only_function_characters(t, s, rules)) return {};
  int quoted = 0;  // 《求是》, “绿电”: a function word inside a title or a quotation is part of it
  for (std::size_t k = s.begin; k < s.end; ++k) {
    const char32_t c = t[k];
    if (c == U'《' || c == U'“' || c == U'「') ++quoted;
    if ((c == U'》' || c == U'”' || c == U'」') && quoted > 0) --quoted;
    if (quoted > 0) continue;
    // 荣耀手机似乎…, 新技术新产业快速发展: an adverb opens the predicate.
    if (k >= s.begin + 2 && !in_name(k) && adverb_at(t, k, s.end, rules) &&
        !inside_common_word(t, s.begin, k, rules) && !inside_nominal_word(t, s.begin, k, rules))
      return trim(t, {s.begin, k});
    // Most positions start neither a pronoun nor a function word: test that before the names.
    const auto* pronoun = word_at(t, k, rules.personal_pronouns);
    const bool may_end =
        k >= s.begin + 2 && (rules.function_words.initials.may_start(c) ||
                             rules.ending_characters.find(c) != std::u32string::npos);
    if ((!pronoun && !may_end) || in_name(k)) continue;
    // 近年来她极力复出: the pronoun is the clause's subject; what it refers to is named before
    // (保安抢他的包: a possessive is no subject).
    if (pronoun && k > s.begin && t[k + pronoun->size()] != U'的' &&
        longest_of(words_at(t, k, t.size(), rules.common_words)) <= pronoun->size() &&
        !inside_common_word(t, s.begin, k, rules) && !inside_nominal_word(t, s.begin, k, rules))
      return {};
    if (!may_end) continue;
    // 互联网就|是: a longer word that runs past the phrase's end (就是) is no word of the phrase,
    // so the function word at its start stands alone in it.
    std::size_t n = function_word_at(t, k, s.end, rules, s.end);
    // 黄芳彦曾|在: an ending character that starts no word ends the phrase, function word or not
    // (曾 opens names: 曾志伟).
    const bool ending = rules.ending_characters.find(c) != std::u32string::npos;
    if (!n && ending && !longest_of(words_at(t, k, s.end, rules.common_words)) &&
        !longest_of(words_at(t, k, s.end, rules.nominal_words)))
      n = 1;
    if (!n || (n == 1 && !ending)) continue;
    // 团结工联创始人以及前总统华勒沙: a conjunction between two noun phrases joins them (the
    // second opens with no verb or function word); the phrase holds both.
    if (const Span rest = trim(t, {k + n, s.end});
        word_at(t, k, rules.coordinating_words) == nullptr ||
        word_at(t, k, rules.coordinating_words)->size() != n || rest.end - rest.begin < 2 ||
        opens_with_verb(t, rest, rules) || function_word_at(t, rest.begin, rest.end, rules)) {
      // (查缉因窃盗案…的简政宏: a verb alone before the cut is no phrase of its own; the
      // phrase goes on.)
      const Span before = trim(t, {s.begin, k});
      if (!inside_common_word(t, s.begin, k, rules) && !inside_nominal_word(t, s.begin, k, rules) &&
          !(opens_with_verb(t, before, rules) &&
            verb_at(t, before, rules) >= before.end - before.begin))
        return before;
    }
  }
  // 厂商认|为: a phrase cut inside a verb (by the stop 为 of 认为) ends before that verb (but
  // 美国|有 keeps its name: 国有 is no verb; and 上|表示 is no 上表: a longer word after the cut
  // is the reading).
  const std::size_t longest_verb = std::max(rules.longest_verb_word, rules.longest_predicate_verb);
  if (s.end < t.size())
    for (std::size_t k =
             std::max(s.begin + 2, s.end >= longest_verb ? s.end - longest_verb + 1 : 0);
         k < s.end; ++k) {
      if (in_name(k) || in_name(s.end)) break;
      const std::size_t verb = longest_of(words_at(t, k, t.size(), rules.verb_words) |
                                          words_at(t, k, t.size(), rules.predicate_verbs));
      if (verb > s.end - k &&
          s.end + longest_of(words_at(t, s.end, t.size(), rules.common_words)) <= k + verb &&
          !inside_common_word(t, s.begin, k, rules) && !inside_nominal_word(t, s.begin, k, rules))
        return trim(t, {s.begin, k});
    }
  return s;
}

std::size_t verb_ending(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.end < s.begin + 3) return 0;
  if (rules.result_verbs.find(t[s.end - 2]) != std::u32string::npos &&
      rules.result_complements.find(t[s.end - 1]) != std::u32string::npos &&
      !((words_at(t, s.end - 3, s.end, rules.common_words) >> 3) & 1u))
    return 2;
  // 梳理出, 查找出: a verb of two characters and a complement of its result (no word of its
  // own with the character before: 支出, 做到).
  if (rules.result_complements.find(t[s.end - 1]) != std::u32string::npos &&
      !((words_at(t, s.end - 2, s.end, rules.common_words) >> 2) & 1u) &&
      (((words_at(t, s.end - 3, s.end - 1, rules.verb_words) |
         words_at(t, s.end - 3, s.end - 1, rules.predicate_verbs)) >>
            2 &
        1u)) &&
      !inside_common_word(t, s.begin, s.end - 3, rules) && s.end >= s.begin + 5)
    return 3;
  const std::size_t reach = std::max(rules.longest_common_word, rules.longest_nominal_word);
  std::size_t verb = 0;
  for (std::size_t k = s.end - std::min(reach, s.end - s.begin); k + 1 < s.end; ++k) {
    const std::size_t n = s.end - k;
    const auto ends_here = [&](const WordSet& set) {
      return ((words_at(t, k, s.end, set) >> n) & 1u) != 0;
    };
    if (ends_here(rules.verb_words) || ends_here(rules.predicate_verbs)) {
      verb = n;
      break;
    }
    if (ends_here(rules.common_words) || ends_here(rules.nominal_words)) return 0;
  }
  return verb + 2 <= s.end - s.begin ? verb : 0;
}

bool word_ends_at(const CodePoints& t, Span s, const WordSet& set, std::size_t longest,
                  std::size_t shortest) {
  for (std::size_t n = shortest; n <= longest && n <= s.end - s.begin; ++n)
    if ((words_at(t, s.end - n, s.end, set) >> n) & 1u) return true;
  return false;
}

std::size_t predicate_before_particle(const CodePoints& t, Span s, const FrameRules& rules,
                                      bool one_character) {
  if (s.end < s.begin + 3 || !is_aspect_particle(t[s.end]) || !is_han(t[s.end - 1])) return 0;
  // (大火过火面积, 充分了解: a particle's character that opens a word is none.)
  if (longest_of(words_at(t, s.end, t.size(), rules.common_words)) >= 2) return 0;
  if (const std::size_t verb = verb_ending(t, s, rules)) return verb;
  const std::size_t reach = std::min(
      std::max(rules.longest_common_word, rules.longest_nominal_word), s.end - s.begin - 2);
  for (std::size_t n = reach; n >= 2; --n) {
    const std::size_t k = s.end - n;
    if (((words_at(t, k, s.end, rules.common_words) | words_at(t, k, s.end, rules.nominal_words)) >>
         n) &
        1u)
      return inside_common_word(t, s.begin, k, rules) ? 0 : n;
  }
  if (!one_character || word_ends_at(t, s, rules.common_words, rules.longest_common_word) ||
      word_ends_at(t, s, rules.nominal_words, rules.longest_nominal_word))
    return 0;
  return 1;
}

Span verb_between_nouns(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                        const FrameRules& rules) {
  int title = 0;
  for (std::size_t v = s.begin; v + 4 <= s.end; ++v) {
    if (t[v] == U'《' || t[v] == U'「' || t[v] == U'“') ++title;
    if ((t[v] == U'》' || t[v] == U'」' || t[v] == U'”') && title > 0) --title;
    if (title > 0 || v < s.begin + 2 || !is_han(t[v]) || t[v - 1] == U'的') continue;
    const std::size_t n = longest_of(words_at(t, v, s.end, rules.verb_words));
    if (n < 2 || v + n + 2 > s.end || t[v + n] == U'的') continue;
    if (longest_of(words_at(t, v, s.end, rules.common_words)) > n ||
        longest_of(words_at(t, v, s.end, rules.noun_words)) >= n ||
        nominal_word_at(t, v, rules) >= n || inside_common_word(t, s.begin, v, rules) ||
        inside_nominal_word(t, s.begin, v, rules) ||
        std::any_of(entities.begin(), entities.end(),
                    [&](const auto& e) { return e.begin < v + n && e.end > v; }))
      continue;
    // (举措联合发力: a word jieba tags a verb before a verb is a noun; 掀起名模热的原友里: a verb
    // before a later 的 is a relative clause's, and the noun phrase runs on after it.)
    const Span object = trim(t, {v + n, s.end});
    if (opens_with_verb(t, object, rules)) continue;
    if (t.contains(object.begin, object.end, U"的")) return {};
    return {v, v + n};
  }
  return {};
}

const SentenceEntity* entity_in(const std::vector<SentenceEntity>& entities, Span s) {
  const SentenceEntity* best = nullptr;
  for (const auto& e : entities) {
    if (e.synthetic || e.begin < s.begin || e.end > s.end) continue;
    if (e.entity->kind == EntityKind::MEDIA) continue;
    if (!best || e.end - e.begin > best->end - best->begin) best = &e;
  }
  return best;
}

bool is_generic(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                const FrameRules& rules) {
  if (s.empty() || rules.common_words.empty()) return false;
  for (const auto& e : entities)
    if (e.begin < s.end && e.end > s.begin) return false;
  std::size_t i = s.begin;
  // 每坪, 单坪开价, 各版本: a distributive determiner and its measure word name a share of
  // something, no thing of their own.
  if (s.end - s.begin >= 2 && rules.distributives.find(t[i]) != std::u32string::npos &&
      !longest_of(words_at(t, i, s.end, rules.common_words))) {
    ++i;
    if (!longest_of(words_at(t, i, s.end, rules.common_words))) ++i;
  }
  for (; i < s.end;) {
    if (t[i] == U'的' || t[i] == U'、' || t[i] == U'和' || t[i] == U'与') {
      ++i;
      continue;
    }
    const std::size_t matched = longest_of(words_at(t, i, s.end, rules.common_words));
    if (!matched) return false;
    i += matched;
  }
  return true;
}

bool attribute_phrase(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                      const FrameRules& rules) {
  if (!is_generic(t, s, entities, rules)) {
    // 电池续航时间: a phrase of Han characters ending with a two-character abstract head names
    // an attribute even with a word the lexicon lacks (续航), when no known name is in it; so
    // does a short one ending in a rate's character (得票率).
    for (std::size_t i = s.begin; i < s.end; ++i)
      if (!is_han(t[i])) return false;
    for (const auto& e : entities)
      if (e.begin < s.end && e.end > s.begin) return false;
    if (s.end - s.begin >= 2 && s.end - s.begin <= 4 &&
        rules.unlisted_attribute_endings.find(t[s.end - 1]) != std::u32string::npos)
      return true;
    if (s.end - s.begin < 4) return false;
    const auto* head = word_at(t, s.end - 2, rules.abstract_heads);
    return head && head->size() == 2 && !inside_common_word(t, s.begin, s.end - 2, rules);
  }
  std::size_t last = s.begin;  // the start of the last word, segmented as is_generic does
  for (std::size_t i = s.begin; i < s.end;) {
    const std::size_t n = longest_of(words_at(t, i, s.end, rules.common_words));
    if (!n) {
      ++i;
      continue;
    }
    last = i;
    i += n;
  }
  if (rules.attribute_endings.find(t[s.end - 1]) != std::u32string::npos) return true;
  if (const auto* head = word_at(t, last, rules.abstract_heads);
      head && last + head->size() == s.end)
    return true;
  const auto candidates = rules.metric_words_by_last.find(t[s.end - 1]);
  if (candidates == rules.metric_words_by_last.end()) return false;
  return std::any_of(candidates->second.begin(), candidates->second.end(), [&](std::size_t k) {
    const auto& word = rules.metric_words[k].word;
    return word.size() <= s.end - s.begin && t.ends_at(s.end, word);
  });
}

std::size_t verb_at(const CodePoints& t, Span s, const FrameRules& rules) {
  // 只投进, 再传, 一度跌至: adverbs before the verb.
  std::size_t i = s.begin;
  while (const auto* adverb = word_at(t, i, rules.verb_adverbs)) {
    if (i + adverb->size() >= s.end) break;
    i += adverb->size();
  }
  // 涉事的海象: a verb before 的 qualifies the noun after it (a relative clause), no predicate.
  auto attributive = [&](std::size_t verb_end) { return verb_end < s.end && t[verb_end] == U'的'; };
  if (const std::size_t n = longest_of(words_at(t, i, s.end, rules.verb_words)))
    return attributive(i + n) ? 0 : i - s.begin + n;
  if (const std::size_t n = longest_of(words_at(t, i, s.end, rules.predicate_verbs))) {
    // 快递业务量, 寄递业务量: a rarer verb before an attribute of common words (业务量) is part
    // of a compound noun: what the attribute measures.
    bool compound = rules.attribute_endings.find(t[s.end - 1]) != std::u32string::npos;
    for (std::size_t k = i + n; k < s.end && compound;) {
      const std::size_t w = longest_of(words_at(t, k, s.end, rules.common_words));
      if (!w) compound = false;
      k += w;
    }
    if (!compound && !attributive(i + n)) return i - s.begin + n;
  }
  // 不影响, 已投资: after an adverb a verbal noun is a verb.
  if (i > s.begin)
    if (const std::size_t n = longest_of(words_at(t, i, s.end, rules.verbal_nouns)))
      return i - s.begin + n;
  if (rules.result_verbs.find(t[i]) == std::u32string::npos) return 0;
  // 砍下, 拿下, 送出: a one-character verb of a result and its complement.
  if (i + 1 < s.end && rules.result_complements.find(t[i + 1]) != std::u32string::npos)
    return i - s.begin + 2;
  // 只打, 仅距: after an adverb, the one-character verb alone.
  return i > s.begin ? i - s.begin + 1 : 0;
}

bool is_scope_word(const CodePoints& t, Span s, const FrameRules& rules) {
  return std::any_of(rules.scope_words.begin(), rules.scope_words.end(), [&](const auto& w) {
    return s.end - s.begin == w.first.size() && t.at(s.begin, w.first);
  });
}

bool opens_with_verb(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.empty()) return false;
  const std::size_t verb = verb_at(t, s, rules);
  if (!verb) return false;
  if (nominal_word_at(t, s.begin, rules) >= verb) return false;  // (以军: a mistagged noun)
  return longest_of(words_at(t, s.begin, s.end, rules.common_words)) <= verb;
}

std::size_t rarer_verb_at(const CodePoints& t, std::size_t i, std::size_t limit,
                          const FrameRules& rules) {
  const std::size_t n = longest_of(words_at(t, i, limit, rules.event_verb_words));
  for (std::size_t k = i + 1; n && k < i + n; ++k) {
    if (k + longest_of(words_at(t, k, limit, rules.verb_words)) > i + n ||
        k + longest_of(words_at(t, k, limit, rules.common_words)) > i + n)
      return 0;
  }
  return n;
}

bool ends_with_verb(const CodePoints& t, Span s, const FrameRules& rules) {
  while (!s.empty() && is_aspect_particle(t[s.end - 1])) --s.end;
  if (s.empty()) return false;
  if (opens_with_verb(t, s, rules) && verb_at(t, s, rules) == s.end - s.begin) return true;
  return verb_ending(t, s, rules) > 0;
}

bool classifier_ends(const CodePoints& t, std::size_t at, const FrameRules& rules) {
  return std::any_of(rules.described_classifiers.begin(), rules.described_classifiers.end(),
                     [&](const std::u32string& c) {
                       if (at < c.size() + 1 || !t.ends_at(at, c)) return false;
                       // (9 款: spaces may stand between them.)
                       std::size_t k = at - c.size();
                       while (k > 1 && is_space(t[k - 1])) --k;
                       const char32_t before = t[k - 1];
                       return is_ascii_digit(before) || is_chinese_numeral(before) ||
                              before == U'余' || before == U'多' || before == U'几' ||
                              before == U'来';
                     });
}

bool counted_thing(const CodePoints& t, Span thing, std::size_t begin, std::size_t counted,
                   const FrameRules& rules) {
  if (thing.empty() || thing.end - thing.begin > 8) return false;
  const bool ordinal = t[begin] == U'第';
  if (!ordinal && !classifier_ends(t, counted, rules)) return false;
  for (std::size_t k = thing.begin; k < thing.end; ++k)
    if (!is_han(t[k])) return false;
  return !function_word_at(t, thing.begin, thing.end, rules);
}

Span enumeration_verb(const CodePoints& t, Span phrase, std::size_t begin,
                      const FrameRules& rules) {
  constexpr std::size_t longest_item = 8;
  std::size_t list_end = begin;
  while (list_end > phrase.begin && is_space(t[list_end - 1])) --list_end;
  if (t.ends_at(list_end, U"等等")) list_end -= 2;
  while (list_end > phrase.begin && (t[list_end - 1] == U'等' || t[list_end - 1] == U'共'))
    --list_end;
  std::size_t first_mark = std::u32string::npos;
  for (std::size_t k = list_end, item_end = list_end; k > phrase.begin; --k) {
    const char32_t c = t[k - 1];
    if (is_break(c) || !(is_han(c) || is_ascii_alpha(c) || is_ascii_digit(c) || c == U'、' ||
                         c == U'“' || c == U'”' || c == U'《' || c == U'》'))
      break;
    if (c != U'、') {
      if (item_end - (k - 1) > longest_item) break;
      continue;
    }
    if (item_end - k < 1) break;
    first_mark = k - 1;
    item_end = k - 1;
  }
  if (first_mark == std::u32string::npos) return {};
  for (std::size_t n = 1; n <= longest_item && first_mark >= phrase.begin + n + 2; ++n) {
    const std::size_t item = first_mark - n;
    const Span before = {phrase.begin, item};
    // (聚集了保罗、哈登…五位: an aspect particle may follow the verb.)
    const Span bare = without_particles(t, before);
    const std::size_t verb = verb_ending(t, bare, rules);
    if (!verb) continue;
    // (展销各类出版物、文创产品: no verb 出版 where a longer word, 出版物, starts with it.)
    if (longest_of(words_at(t, bare.end - verb, t.size(), rules.common_words)) > verb) continue;
    // (重点支持城市更新、水利…: one common word before the verb is an adverb, no subject.)
    const std::size_t named = bare.end - verb - phrase.begin;
    if (longest_of(words_at(t, phrase.begin, bare.end - verb, rules.common_words)) == named &&
        nominal_word_at(t, phrase.begin, rules) < named)
      return {};
    return {bare.end - verb, item};
  }
  return {};
}

bool is_enumeration(const CodePoints& t, Span s) {
  if (s.end - s.begin >= 3 && t[s.end - 1] == U'等') return true;
  int depth = 0;
  for (std::size_t k = s.begin; k < s.end; ++k) {
    const char32_t c = t[k];
    if (c == U'《' || c == U'“' || c == U'「' || c == U'（' || c == '(') ++depth;
    if ((c == U'》' || c == U'”' || c == U'」' || c == U'）' || c == ')') && depth > 0) --depth;
    if (c == U'、' && depth == 0 && k > s.begin && k + 1 < s.end) return true;
  }
  return false;
}

Span latin_name_at(const CodePoints& t, std::size_t i) {
  if (i >= t.size() || !is_ascii_alpha(t[i])) return {};
  std::size_t e = i;
  bool lower = false;
  while (e < t.size() &&
         (is_ascii_alpha(t[e]) || is_ascii_digit(t[e]) || t[e] == ' ' || t[e] == '-')) {
    lower = lower || (t[e] >= 'a' && t[e] <= 'z');
    ++e;
  }
  while (e > i && (t[e - 1] == ' ' || t[e - 1] == '-')) --e;
  return lower && e >= i + 2 ? Span{i, e} : Span{};
}

std::size_t opening_verb(const CodePoints& t, Span s, const FrameRules& rules) {
  return opens_with_verb(t, s, rules) ? verb_at(t, s, rules) : 0;
}

const std::u32string* described_stop_at(const CodePoints& t, std::size_t i,
                                        const FrameRules& rules) {
  const std::u32string* stop = word_at(t, i, rules.described_stops);
  if (stop && longest_of(words_at(t, i, t.size(), rules.common_words)) > stop->size())
    return nullptr;
  // 200名人才, 5名大使: a stop that a noun of the lexicon runs across is part of that noun.
  if (stop)
    for (std::size_t s = i >= 3 ? i - 3 : 0; s < i; ++s)
      if (longest_of(words_at(t, s, t.size(), rules.noun_words)) > i - s) return nullptr;
  return stop;
}

Span phrase_before(const CodePoints& t, std::size_t from, std::size_t end,
                   const FrameRules& rules) {
  std::size_t b = from;
  for (std::size_t k = from; k < end; ++k) {
    if (t[k] == U'的' || t[k] == U'、') b = k + 1;
    // 中华人民共和国: a stop inside a noun of nominal_words.txt is part of it.
    if (inside_nominal_word(t, from, k, rules)) continue;
    if (const auto* w = word_at(t, k, rules.subject_stops); w && k + w->size() <= end)
      b = std::max(b, k + w->size());
    if (const auto* w = described_stop_at(t, k, rules); w && k + w->size() <= end)
      b = std::max(b, k + w->size());
    if (const std::size_t n = longest_of(words_at(t, k, end, rules.verb_words)))
      b = std::max(b, k + n);
  }
  return shorten(t, {b, end}, rules);
}

bool common_noun_phrase(const CodePoints& t, Span s, const FrameRules& rules) {
  std::size_t last = s.end;
  for (std::size_t k = s.begin; k < s.end;) {
    const std::size_t n = longest_of(words_at(t, k, s.end, rules.common_words));
    if (n) {
      last = k;
      k += n;
    } else if (k > s.begin && k + 1 < s.end &&
               rules.coordinators.find(t[k]) != std::u32string::npos) {
      ++k;
    } else {
      return false;
    }
  }
  return last < s.end && longest_of(words_at(t, last, s.end, rules.noun_words)) == s.end - last;
}

bool opened_by_place(const CodePoints& t, Span clause, std::size_t start, const FrameRules& rules) {
  // (随后又在…: after the openers the subject phrase skips, too.)
  const Span own = trim(t, clause);
  return start > own.begin && start + 2 < own.end &&
         rules.place_prepositions.find(t[start - 1]) != std::u32string::npos &&
         longest_of(words_at(t, start - 1, own.end, rules.common_words)) < 2 &&
         !inside_common_word(t, own.begin, start - 1, rules);  // (对于)
}

Span verb_after_place(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.end - s.begin < 4 || rules.place_prepositions.find(t[s.begin]) == std::u32string::npos)
    return {};
  const Span bare = without_particles(t, s);
  std::size_t n = verb_ending(t, bare, rules);
  for (std::size_t k = 2; !n && k <= 4 && bare.end >= bare.begin + k + 2; ++k)
    if ((words_at(t, bare.end - k, bare.end, rules.verbal_nouns) >> k) & 1u) n = k;
  if (!n) return {};
  return {bare.end - n, bare.end};
}

bool opener_word_at(const CodePoints& t, std::size_t i, std::size_t length,
                    const FrameRules& rules) {
  const auto* opener = word_at(t, i, rules.openers);
  return opener && opener->size() >= length;
}

std::size_t counter_noun_at(const CodePoints& t, std::size_t begin, std::size_t end,
                            const FigureValue& figure, const FrameRules& rules) {
  const std::u32string word = to_u32(figure.measure);
  if (word.size() < 2 || end < begin + word.size() + 1 || !t.ends_at(end, word)) return 0;
  for (const char32_t c : word)
    if (!is_han(c)) return 0;
  return rules.common_words.contains(word) ? word.size() : 0;
}

std::size_t figure_start_in(const CodePoints& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k) {
    if (!is_ascii_digit(t[k]) || !is_han(t[k - 1]) || t[k - 1] == U'第') continue;
    std::size_t digits_end = k;
    while (digits_end < t.size() && is_ascii_digit(t[digits_end])) ++digits_end;
    if (digits_end == t.size() || !is_ascii_alpha(t[digits_end])) return k;
  }
  return to;
}

void without_own_value(const CodePoints& t, Span value, DraftFrame& f) {
  if (f.metric_span.empty() || f.metric_span.begin > value.begin ||
      f.metric_span.end <= value.begin)
    return;
  const std::string written = lower_ascii(f.metric_text);
  // (打五六折: a verb before the value is what it measures.)
  const Span m = f.metric_span.begin < value.begin
                     ? trim(t, {f.metric_span.begin, value.begin})
                     : trim(t, {std::min(value.end, f.metric_span.end), f.metric_span.end});
  f.metric_span = m;
  f.metric_text = m.empty() ? "" : utf8_of(t, m.begin, m.end);
  // (A canonical metric stays; a key of the words as written follows them, verb:thing too.)
  if (f.metric == written)
    f.metric = lower_ascii(f.metric_text);
  else if (f.metric.size() > written.size() + 1 &&
           f.metric.compare(f.metric.size() - written.size(), written.size(), written) == 0 &&
           f.metric[f.metric.size() - written.size() - 1] == ':')
    f.metric = f.metric.substr(0, f.metric.size() - written.size()) + lower_ascii(f.metric_text);
}

Span counted_event(const CodePoints& t, std::size_t b, const FrameRules& rules) {
  if (b < 2 || b >= t.size() || rules.event_measures.find(t[b - 1]) == std::u32string::npos)
    return {};
  std::size_t k = b - 1;
  while (k > 0 && (is_ascii_digit(t[k - 1]) || is_chinese_numeral(t[k - 1]) || t[k - 1] == '.'))
    --k;
  if (k == b - 1 || (k > 0 && t[k - 1] == U'第')) return {};
  const std::size_t word = longest_of(words_at(t, b, t.size(), rules.common_words));
  if (word < 2 || !(((words_at(t, b, b + word, rules.verb_words) >> word) & 1u) ||
                    ((words_at(t, b, b + word, rules.verbal_nouns) >> word) & 1u)))
    return {};
  const std::size_t after = b + word;
  if (after < t.size() && !is_break(t[after]) && t[after] != U'、' && t[after] != U'的' &&
      rules.coordinators.find(t[after]) == std::u32string::npos)
    return {};
  return {b, after};
}

Span described_phrase(const CodePoints& t, std::size_t b, const FrameRules& rules,
                      const std::vector<SentenceEntity>& entities, bool after_edition) {
  // 怀孕5个月的16岁高中少女: an age or a count before the noun describes it too; the noun is
  // after it.
  if (b < t.size() && (is_ascii_digit(t[b]) || is_chinese_numeral(t[b])))
    if (const auto n = parse_number(t, b); n && n->end > b)
      if (const auto* w = word_at(t, n->end, rules.described_ages)) b = n->end + w->size();
  if (b >= t.size() || is_ascii_digit(t[b]) || is_chinese_numeral(t[b])) return {};
  if (const auto* head = word_at(t, b, rules.abstract_heads);
      head && (!after_edition || head->size() > 1))
    return {};
  for (const auto& word : rules.metric_words)
    if (t.at(b, word.word)) return {};
  const std::size_t limit = clause_of(t, b).end;
  std::size_t e = b;
  // 第五届中国西部国际投资贸易洽谈会, 第二届中国国际供应链促进博览会: after an edition the name
  // runs to its head word (洽谈会, 博览会), over the verbs inside it (投资, 促进).
  std::size_t edition_end = 0;
  if (after_edition)
    for (std::size_t k = b + 1; k < limit && k < b + rules.max_subject; ++k) {
      if (t[k] == U'的' || t[k] == U'、' || t[k] == U'《') break;
      if (const auto* head = word_at(t, k, rules.edition_heads);
          head && k + head->size() <= limit) {
        edition_end = k + head->size();
        break;
      }
    }
  int title = 0;  // 第22期《求是》杂志: a stop word inside a title is part of the title
  for (; e < limit; ++e) {
    if (e < edition_end) continue;
    if (t[e] == U'《') ++title;
    if (t[e] == U'》' && title > 0) --title;
    if (title > 0) continue;
    const bool inside_name = std::any_of(entities.begin(), entities.end(),
                                         [&](const auto& n) { return n.begin < e && e < n.end; });
    if (inside_name) continue;
    // 北约峰会: a stop inside a noun of nominal_words.txt is part of it (as in first_stop).
    // (创始人: nor is one that opens a noun there.)
    if (t[e] == U'的' ||
        ((word_at(t, e, rules.subject_stops) || described_stop_at(t, e, rules)) &&
         !inside_nominal_word(t, b, e, rules) && (e == b || !stop_opens_noun(t, e, rules))))
      break;
    // 选手桑多斯（Lucas Santos）: a gloss in brackets after the noun is no part of it.
    if (e > b && (t[e] == U'（' || t[e] == '(')) break;
    // 32支代表队、2000多名演职人员, 7人轻伤、6人重伤: a list mark ends the item the figure counts;
    // so does a conjunction before the next count (1次抢断和4次盖帽).
    if (t[e] == U'、') break;
    // 4000多名务工人员追回劳动报酬6000多万元: a number after a Han word ends the phrase; it
    // starts another figure (歼-20战机, Charge 3, 第22期, 5G工厂 are names).
    if (e > b && figure_start_in(t, e - 1, e + 1) == e) break;
    // (41个市场收1030万: so does the verb of a result before it.)
    if (e >= b + 2 && e + 1 < limit && figure_start_in(t, e, e + 2) == e + 1 &&
        result_verb_before(t, {b, e + 1}, entities, rules))
      break;
    if (e > b && e + 1 < limit && rules.coordinators.find(t[e]) != std::u32string::npos &&
        (is_ascii_digit(t[e + 1]) || is_chinese_numeral(t[e + 1])))
      break;
    // 歼-20战机护航伴飞: the phrase ends where its verb starts (not inside a word: 发展 of 开发展).
    // (创始人: a common word that runs past the verb starting it is no verb.)
    // (受访家长期待: 家长 is a noun of the lexicon ending where the verb 期待 starts; 长期,
    // the word across them, is no noun, so the verb starts there.)
    const auto noun_ends_across_non_noun = [&](std::size_t verb) {
      if (verb < 2) return false;
      bool noun_ends = false;
      for (std::size_t start = e >= b + 4 ? e - 4 : b; start + 2 <= e && !noun_ends; ++start)
        noun_ends = ((words_at(t, start, e, rules.noun_words) >> (e - start)) & 1u) &&
                    !inside_common_word(t, b, start, rules);
      if (!noun_ends) return false;
      for (std::size_t s = e >= b + 3 ? e - 3 : b; s < e; ++s)
        if (const std::size_t across = longest_of(words_at(t, s, limit, rules.common_words));
            across > e - s && (((words_at(t, s, limit, rules.noun_words) >> across) & 1u) ||
                               nominal_word_at(t, s, rules) >= across))
          return false;
      return true;
    };
    if (const std::size_t verb = longest_of(words_at(t, e, limit, rules.verb_words));
        verb && nominal_word_at(t, e, rules) == 0 &&
        (!inside_common_word(t, b, e, rules) || noun_ends_across_non_noun(verb)) &&
        longest_of(words_at(t, e, limit, rules.common_words)) <= verb)
      break;
  }
  // 第六届中俄能源商务论坛致贺信: an edition names the event its head word ends (论坛, 博览会);
  // what follows is the predicate unless a noun of the lexicon opens it (论坛组委会).
  if (after_edition)
    for (std::size_t k = e; k > b + 1; --k)
      if (const auto* head = word_at(t, k - 1, rules.edition_heads);
          head && k - 1 + head->size() <= e) {
        const std::size_t head_end = k - 1 + head->size();
        const std::size_t noun = longest_of(words_at(t, head_end, e, rules.noun_words));
        if (head_end < e && noun < 2 && nominal_word_at(t, head_end, rules) < 2) e = head_end;
        break;
      }
  // 出口管制助长了…: a word right before an aspect particle is the verb, not the noun.
  if (e < limit && e > b && is_aspect_particle(t[e])) {
    for (std::size_t w = b + 1; w + 1 < e; ++w) {
      if (longest_of(words_at(t, w, e, rules.common_words)) == e - w &&
          !inside_common_word(t, b, w, rules)) {
        e = w;
        break;
      }
    }
  }
  // 载有65名乘客的飞机坠毁。: a rarer verb (predicate_verbs.txt) ending the clause is the
  // sentence's predicate, no part of the noun, and so are the verbs right before it (橡胶坝开闸
  // 泄洪); a verbal noun or a word of change stays (700场赛事活动, 6.2%的经济增长).
  const auto predicate_at_end = [&](std::size_t end, bool rare_only) -> std::size_t {
    const std::size_t verb = verb_ending(t, {b, end}, rules);
    const auto is = [&](const WordSet& set) {
      return ((words_at(t, end - verb, end, set) >> verb) & 1u) != 0;
    };
    if (!verb || (rare_only && !is(rules.predicate_verbs)) || is(rules.verbal_nouns) ||
        is(rules.noun_words) || is_metric_word(t, {end - verb, end}, rules))
      return 0;
    return verb;
  };
  // (Only after a plain noun: 小型飞机8日在…海域坠毁 holds a date and a place.)
  bool plain = true;
  for (std::size_t k = b; k < e && plain; ++k)
    plain = is_han(t[k]) &&
            !(is_chinese_numeral(t[k]) && k + 1 < e &&
              std::u32string_view(U"年月日号时").find(t[k + 1]) != std::u32string_view::npos);
  if (const Span rest = trim(t, {e, limit});
      plain && (rest.empty() || (rest.end == rest.begin + 1 && is_aspect_particle(t[rest.begin]))))
    if (std::size_t verb = predicate_at_end(e, true)) {
      for (; verb; verb = predicate_at_end(e, false)) e -= verb;
      // (企业线下|参展: a place word that ends a word, 线下, is an adverb of the verb.)
      while (e > b + 2 && word_at(t, e - 1, rules.described_place_words) &&
             inside_common_word(t, b, e - 1, rules))
        e = start_of_word_ending_at(t, b, e - 1, rules);
    }
  // 每台35万元的机床中: a place word after the noun is no part of it; 缺席3场比赛之后: nor is
  // a word of time that makes the clause a scene (not inside a word: 赛后, 最后; one character
  // alone, 后 of 1个小时后的, may end a phrase of time itself).
  if (e - b > 2 && word_at(t, e - 1, rules.described_place_words)) --e;
  for (const auto& w : rules.scene_endings)
    if (w.size() >= 2 && e >= b + w.size() + 2 && t.ends_at(e, w) &&
        !inside_common_word(t, b, e - w.size(), rules) &&
        longest_of(words_at(t, e - w.size(), e, rules.common_words)) <= w.size()) {
      e -= w.size();
      break;
    }
  return noun_phrase(t, shorten(t, {b, e}, rules), rules, entities);
}

Span described_noun(const CodePoints& t, std::size_t b, const FrameRules& rules,
                    const std::vector<SentenceEntity>& entities, bool after_edition) {
  const Span phrase = described_phrase(t, b, rules, entities, after_edition);
  // 长达7天的电池续航时间, 长达10小时的防晒效果: a measure of something named elsewhere.
  if (phrase.end - phrase.begin < 2 || is_pronoun(t, phrase, rules) ||
      is_count_phrase(t, phrase, rules) || attribute_phrase(t, phrase, entities, rules))
    return {};
  return phrase;
}

std::size_t result_verb_before(const CodePoints& t, Span s,
                               const std::vector<SentenceEntity>& entities,
                               const FrameRules& rules) {
  if (s.end < s.begin + 3 || rules.result_verbs.find(t[s.end - 1]) == std::u32string::npos ||
      !is_han(t[s.end - 2]) || word_ends_at(t, s, rules.common_words, rules.longest_common_word) ||
      word_ends_at(t, s, rules.nominal_words, rules.longest_nominal_word) ||
      std::any_of(entities.begin(), entities.end(),
                  [&](const auto& e) { return e.begin < s.end && e.end >= s.end; }))
    return 0;
  // (火箭连拿5分, 夏粮略减: an adverb right before the verb goes with it.)
  for (const auto& adverb : rules.verb_adverbs)
    if (s.end >= s.begin + adverb.size() + 3 && t.ends_at(s.end - 1, adverb) &&
        !word_ends_at(t, {s.begin, s.end - 1}, rules.common_words, rules.longest_common_word))
      return adverb.size() + 1;
  return 1;
}

PeriodKind period_kind_of(const DateFigure& d, bool cumulative) {
  if (d.relation == DateRelation::UNTIL) return PeriodKind::AS_OF;
  if (cumulative && !d.date_end.empty()) return PeriodKind::CUMULATIVE;
  if (d.relation == DateRelation::SINCE) return PeriodKind::RANGE;
  const std::string& a = d.date;
  const std::string& b = d.date_end.empty() ? d.date : d.date_end;
  if (a == b) {
    return a.size() == 4 ? PeriodKind::YEAR : a.size() == 7 ? PeriodKind::MONTH : PeriodKind::DAY;
  }
  if (a.size() == 7 && b.size() == 7 && a.substr(0, 4) == b.substr(0, 4)) {
    const int m1 = std::stoi(a.substr(5, 2)), m2 = std::stoi(b.substr(5, 2));
    if (m1 == 1 && m2 < 12 && m2 != 6 && m2 != 3) return PeriodKind::YTD;
    if (m2 - m1 == 2 && (m1 - 1) % 3 == 0) return PeriodKind::QUARTER;
    if (m2 - m1 == 5 && (m1 == 1 || m1 == 7)) return PeriodKind::HALF;
  }
  return PeriodKind::RANGE;
}

Span cleft_noun(const CodePoints& t, std::size_t after, const FrameRules& rules,
                const std::vector<SentenceEntity>& entities) {
  const Span clause = clause_of(t, after);
  for (std::size_t k = after; k < clause.end && k <= after + 3; ++k) {
    // (目的是, 的确是: 的 inside a word is no cleft's.)
    if (t[k] != U'的' ||
        (k > 0 && longest_of(words_at(t, k - 1, k + 1, rules.common_words)) == 2) ||
        longest_of(words_at(t, k, clause.end, rules.common_words)) > 1)
      continue;
    std::size_t q = k + 1;
    if (t.at(q, U"分别")) q += 2;
    if (t[q] != U'是') return {};
    const Span noun = noun_phrase(t, shorten(t, {q + 1, clause.end}, rules), rules, entities);
    return noun.end - noun.begin >= 2 && !is_pronoun(t, noun, rules) ? noun : Span{};
  }
  return {};
}

bool behalf_clause(const CodePoints& t, Span clause, const FrameRules& rules) {
  const Span c = trim(t, clause);
  const auto* opener = word_at(t, c.begin, rules.behalf_openers);
  if (!opener || c.end - c.begin < opener->size() + 3 || c.end - c.begin > rules.behalf_longest)
    return false;
  // (受访者表示, 应用程序: an opener that starts a longer word opens no such phrase.)
  if (longest_of(words_at(t, c.begin, c.end, rules.common_words)) > opener->size() ||
      nominal_word_at(t, c.begin, rules) > opener->size())
    return false;
  return std::any_of(rules.behalf_closers.begin(), rules.behalf_closers.end(),
                     [&](const std::u32string& w) { return t.ends_at(c.end, w); });
}

bool is_model_number(const CodePoints& t, const Figure& fig) {
  if (fig.kind != ValueKind::NUMBER || !fig.unit.empty() || fig.measured || fig.begin == 0 ||
      fig.number_end - fig.number_begin > 3)
    return false;
  // (Computex 2016: a year; iOS 12.1.1: a version.)
  for (std::size_t k = fig.number_begin; k < fig.number_end; ++k)
    if (!is_ascii_digit(t[k])) return false;
  std::size_t k = fig.begin;
  if (is_space(t[k - 1])) --k;
  return k > 0 && is_ascii_alpha(t[k - 1]);
}

std::optional<SentencedObject> sentenced_object(const CodePoints& t, std::size_t start,
                                                std::size_t figure,
                                                const std::vector<Figure>& figures,
                                                const FrameRules& rules) {
  std::size_t verb_begin = 0, verb_end = 0;
  for (std::size_t k = start; k + 1 < figure; ++k)
    if (const auto* v = word_at(t, k, rules.sentencing_verbs);
        v && !inside_common_word(t, start, k, rules) &&
        longest_of(words_at(t, k, figure, rules.common_words)) <= v->size())
      verb_begin = k, verb_end = k + v->size(), k = verb_end - 1;
  if (!verb_end) return std::nullopt;
  // 有期徒刑四年, 最高4年, 各一年六月: the qualifiers of the term end the object.
  std::size_t object_end = figure;
  for (std::size_t k = verb_end; k < figure; ++k)
    if (word_at(t, k, rules.sentencing_qualifiers)) {
      object_end = k;
      break;
    }
  Span object = trim(t, {verb_end, object_end});
  // 已到案的三名恶煞: the noun after the last 的, after its count.
  for (std::size_t k = object.begin; k < object.end; ++k)
    if (t[k] == U'的') object.begin = k + 1;
  for (const auto& other : figures)
    if (other.begin == object.begin) object.begin = other.measured ? other.measure_end : other.end;
  object = trim(t, object);
  // 他生前私人医师康拉德墨瑞: a pronoun before a noun is its owner's.
  if (const auto* owner = word_at(t, object.begin, rules.personal_pronouns);
      owner && object.begin + owner->size() + 2 <= object.end)
    object.begin += owner->size();
  if (object.empty() || object.end != object_end) return std::nullopt;
  return SentencedObject{object, verb_begin};
}

}  // namespace suyuan::extract::frame_grammar
