/// @file frames.cpp
/// @brief Claim frames on any news: the noun phrase that opens a figure's clause is its
/// subject, the metric word (or the phrase before the linking verb) its metric, the nearest
/// date before it its period; 分别 lists pair item by item; dates in event clauses are claims.
#include "frames.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <fstream>

#include "json_data.h"
#include "numerals.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

WordList word_list(const nlohmann::json& list);

std::vector<std::u32string> sorted_words(const nlohmann::json& list) {
  std::vector<std::u32string> out;
  for (const auto& w : list) out.push_back(to_u32(w.get<std::string>()));
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

WordList word_list(const nlohmann::json& list) { return WordList(sorted_words(list)); }

bool is_break(char32_t c) {
  return c == U'，' || c == ',' || c == U'；' || c == ';' || c == U'：' || c == ':' || c == U'。' ||
         c == U'！' || c == U'？' || c == '!' || c == '?';
}

bool is_space(char32_t c) { return c == ' ' || c == U'\u3000' || c == '\t'; }

/// Characters that may not end or start a subject phrase.
bool is_edge_junk(char32_t c) {
  return is_space(c) || c == U'、' || c == U'（' || c == U'）' || c == '(' || c == ')' ||
         c == U'“' || c == U'”' || c == '"' || c == U'「' || c == U'」' || c == U'『' ||
         c == U'』' || c == U'‘' || c == U'’' || c == U'《' || c == U'》' || c == U'的' ||
         c == U'—' || c == '-' || c == U'…';
}

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

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

/// Whether position `k` is a space between two Han characters: headlines and leads separate
/// their clauses so (龙龙高铁梅龙段开通 中国铁路营业里程突破16万公里).
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

/// Whether `c` is an aspect particle (了, 着, 过): the word before it is a verb.
bool is_aspect_particle(char32_t c) { return c == U'了' || c == U'着' || c == U'过'; }

/// The clause around position `i`: [after the previous break, the next break).
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

/// The first (longest) word of `list` at `i`, once its initials say one may start there.
const std::u32string* listed_word_at(const CodePoints& t, std::size_t i, const WordList& list) {
  const auto candidates = list.by_first.find(t[i]);
  if (candidates == list.by_first.end()) return nullptr;
  for (const std::size_t k : candidates->second)
    if (t.at(i, list.words[k])) return &list.words[k];
  return nullptr;
}

/// The first (longest) word of `list` at `i`, or nullptr. Most positions start no word of the
/// list: the one bit test that says so is inlined into the callers' scans.
[[gnu::always_inline]] inline const std::u32string* word_at(const CodePoints& t, std::size_t i,
                                                            const WordList& list) {
  return list.initials.may_start(t[i]) ? listed_word_at(t, i, list) : nullptr;
}

/// Whether code point `i` lies inside a 《title》 as claim_titles reads one.
bool inside_title(const CodePoints& t, std::size_t i) {
  std::size_t open = i;
  while (open > 0 && t[open - 1] != U'《' && t[open - 1] != U'》') --open;
  return open > 0 && title_end(t, open - 1) > i;
}

/// The length of a day-in-a-period expression at `i` (首日, 第三天, 前三天), or 0.
std::size_t period_refiner_at(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  if (const auto* w = word_at(t, i, rules.period_refiner_words)) return w->size();
  const auto* prefix = word_at(t, i, rules.period_refiner_prefixes);
  if (!prefix) return 0;
  const auto n = parse_number(t, i + prefix->size());
  if (!n || n->end == i + prefix->size()) return 0;
  const auto* unit = word_at(t, n->end, rules.period_refiner_units);
  return unit ? n->end + unit->size() - i : 0;
}

/// Whether the date ending at `end` stands in a relative clause before a noun: date + verb + 的
/// (8月交货的轻质原油期货, 9月到期的国债, 将于11月上市的手环): the time of the noun's delivery,
/// maturity or launch, not of the figure.
bool attributive_date(const CodePoints& t, std::size_t end, const FrameRules& rules) {
  std::size_t i = end;
  if (t[i] == U'份') ++i;
  if (const auto* adverb = word_at(t, i, rules.attributive_adverbs)) i += adverb->size();
  const auto* verb = word_at(t, i, rules.attributive_verbs);
  return verb && t[i + verb->size()] == U'的';
}

/// The day-in-a-period expression right after a period (within a few characters), as a span.
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

/// The lengths (bit n: n code points, n >= 2) of the words of `set` that start at `i` and end
/// at or before `limit`.
std::uint32_t words_at(const CodePoints& t, std::size_t i, std::size_t limit, const WordSet& set) {
  return set.lengths_at(t, i, std::min(limit, t.size()));
}

/// The largest length in a `words_at` mask, or 0.
std::size_t longest_of(std::uint32_t lengths) {
  // The highest bit from 2 on (lengths_at never sets bits 0 and 1).
  return lengths >> 2 ? static_cast<std::size_t>(std::bit_width(lengths)) - 1 : 0;
}

/// The length of the longest nominal word (一般公共, 以色列) starting at `i`, or 0.
std::size_t nominal_word_at(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  return longest_of(words_at(t, i, t.size(), rules.nominal_words));
}

/// Whether a nominal word starting in [from, i) runs over position `i` (共 of 公共, 均 of 人均).
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

/// The end of a time of day at `i` (下午, 上午9时43分, 10时许), or `i` when none starts there.
/// A bare clock reading (9时43分) counts only `after_date`.
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

char32_t closing_of(char32_t c);

/// Whether the opening mark at `i` has its partner in (i, end).
bool closes_within(const CodePoints& t, std::size_t i, std::size_t end) {
  const char32_t close = closing_of(t[i]);
  for (std::size_t k = i + 1; close && k < end; ++k)
    if (t[k] == close) return true;
  return false;
}

bool is_pronoun(const CodePoints& t, Span s, const FrameRules& rules);
std::size_t verb_ending(const CodePoints& t, Span s, const FrameRules& rules);
bool inside_common_word(const CodePoints& t, std::size_t from, std::size_t i,
                        const FrameRules& rules);

/// Where the subject phrase of a clause may start: after openers, dates and attributions at
/// its head. `figure`: where the figure whose subject is sought starts (a heading that holds it
/// is no heading for it: 国泰全球3季报酬5%事实上，…).
std::size_t subject_start(const CodePoints& t, Span clause, const std::vector<DateFigure>& dates,
                          const std::vector<FoundAttribution>& attributions,
                          const FrameRules& rules, std::size_t figure = SIZE_MAX) {
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
    for (const auto& a : attributions) {
      if (a.begin <= i && a.end > i && a.end <= clause.end) i = a.end, moved = true;
    }
    if (const auto* w = word_at(t, i, rules.openers);
        w && i + w->size() < clause.end && nominal_word_at(t, i, rules) <= w->size()) {
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

/// Whether a common word starting in [from, i) runs past `i`: then `i` starts no word.
bool inside_common_word(const CodePoints& t, std::size_t from, std::size_t i,
                        const FrameRules& rules) {
  const std::size_t reach = rules.longest_common_word;
  for (std::size_t s = std::max(from, i >= reach ? i - reach + 1 : 0); s < i; ++s)
    if (longest_of(words_at(t, s, t.size(), rules.common_words)) > i - s) return true;
  return false;
}

/// Where the common word that ends with the stop character at `i` starts (关于, 终于, 成为,
/// 认为), when no word starts at `i` and that word starts in (from, i) at a word boundary: the
/// stop is that word's last character, and the subject ends before the whole word (中共中央关于…
/// → 中共中央, 两人终于… → 两人). Otherwise `i` (装备制造业已: 业已 starts inside 制造业).
std::size_t start_of_word_ending_at(const CodePoints& t, std::size_t from, std::size_t i,
                                    const FrameRules& rules) {
  if (longest_of(words_at(t, i, t.size(), rules.common_words))) return i;
  const std::size_t reach = rules.longest_common_word;
  for (std::size_t s = std::max(from + 1, i >= reach ? i - reach + 1 : 0); s < i; ++s)
    if ((words_at(t, s, i + 1, rules.common_words) >> (i + 1 - s)) & 1u)
      return inside_common_word(t, from, s, rules) ? i : s;
  return i;
}

/// Whether a common word starting inside [begin, end) ends after `end`.
bool runs_past(const CodePoints& t, std::size_t begin, std::size_t end, const FrameRules& rules) {
  for (std::size_t s = begin; s < end; ++s)
    if (longest_of(words_at(t, s, t.size(), rules.common_words)) > end - s) return true;
  return false;
}

/// The nearest metric word (index into rules.metric_words) ending at or before `limit` and starting
/// at or after `from`.
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
      // 互联 of 互联网, 投资 of 投资者: a word of the lexicon that runs past the metric word's
      // end means the metric word is only part of another word.
      if (runs_past(t, e - word.size(), e, rules)) continue;
      // 每千人口医师数: the noun after 每 and a numeral is a rate's denominator, not the metric.
      std::size_t n = e - word.size();
      while (n > from && (is_ascii_digit(t[n - 1]) || is_chinese_numeral(t[n - 1]))) --n;
      if (n > 0 && t[n - 1] == U'每') continue;
      // 汇率, 利率: a one-character metric word that ends a word of the lexicon is written as
      // that word.
      std::size_t begin = e - word.size();
      for (std::size_t length = word.size() == 1 ? std::min(rules.longest_common_word, e - from)
                                                 : 0;
           length > word.size(); --length)
        if ((words_at(t, e - length, e, rules.common_words) >> length) & 1u) {
          begin = e - length;
          break;
        }
      // 城镇化率, 普及率, 国产化率: a one-character metric word that ends no word is the suffix of
      // the word of the lexicon before it (what is rated), when that word starts at a boundary.
      if (word.size() == 1 && begin + 1 == e)
        for (std::size_t length = std::min(rules.longest_common_word, begin - from); length >= 2;
             --length)
          if (((words_at(t, begin - length, begin, rules.common_words) >> length) & 1u) &&
              !inside_common_word(t, from, begin - length, rules)) {
            begin -= length;
            break;
          }
      return std::make_pair(Span{begin, e}, k);
    }
  }
  return std::nullopt;
}

/// Backs `end` over linking words and qualifiers right before a figure (为, 达到, 约, 超过).
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

/// The closing mark of an opening quotation mark or bracket, or 0.
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

/// `s` without the marks, spaces and 的 at its edges; a quotation mark or a bracket whose
/// partner lies inside stays (“绿电”项目, 《时代》杂志).
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

/// `s` without the aspect particles at its end (发表了 → 发表).
Span without_particles(const CodePoints& t, Span s) {
  while (!s.empty() && is_aspect_particle(t[s.end - 1])) --s.end;
  return s;
}

/// The first position at or after `at` (and before `limit`) that no common word spans: a
/// word that starts before `at` and ends after it moves the position to that word's end.
std::size_t word_boundary_after(const CodePoints& t, std::size_t at, std::size_t limit,
                                const FrameRules& rules) {
  const std::size_t longest = rules.longest_common_word;
  std::size_t boundary = at;
  for (std::size_t x = at >= longest ? at - longest + 1 : 0; x < at; ++x)
    boundary = std::max(boundary, x + longest_of(words_at(t, x, t.size(), rules.common_words)));
  return std::min(boundary, limit);
}

/// A subject phrase of at most `max` characters: the end nearest the figure is kept, cut
/// after a 的 or a comma-like mark when one lies inside.
Span shorten(const CodePoints& t, Span s, const FrameRules& rules) {
  const std::size_t max = rules.max_subject;
  s = trim(t, s);
  if (s.end - s.begin == 1) return {s.begin, s.begin};  // one character names nothing
  if (s.end - s.begin <= max) return s;
  // Cut where a word ends, never inside one (部陆海新通道 of 西部陆海新通道).
  std::size_t b = word_boundary_after(t, s.end - max, s.end, rules);
  for (std::size_t k = b; k < s.end; ++k) {
    if (t[k] == U'的' || t[k] == U'、') {
      b = k + 1;
      break;
    }
  }
  // Never start inside a Latin name (The Information) or a title (《中国新说唱》): take it whole.
  while (b > s.begin && (is_ascii_alpha(t[b - 1]) || (t[b - 1] == ' ' && is_ascii_alpha(t[b]))))
    --b;
  for (std::size_t k = b; k < s.end; ++k) {
    if (t[k] == U'《') break;
    if (t[k] == U'》') {
      for (std::size_t open = b; open-- > s.begin;)
        if (t[open] == U'《') {
          b = open;
          break;
        }
      break;
    }
  }
  return trim(t, {b, s.end});
}

/// Whether the one-character subject stop at `i` opens a noun of nominal_words.txt (创 of
/// 创始人), and so is none, unless it links a figure or is a function word (学校在校生,
/// VTuber在线上活跃).
bool stop_opens_noun(const CodePoints& t, std::size_t i, const FrameRules& rules) {
  const std::size_t noun = nominal_word_at(t, i, rules);
  if (!noun) return false;
  // (平均年龄: a stop that is a word of its own, 平均, still ends the subject before it.)
  const auto* stop = word_at(t, i, rules.subject_stops);
  return (!stop || (stop->size() == 1 && noun > 1)) && !word_at(t, i, rules.linkers) &&
         !word_at(t, i, rules.function_words);
}

/// Where the date `d` starts with the time zone written before it (美国阿拉斯加航空公司|当地时间5日
/// 晚): the zone is part of the date, never of the phrase before it.
std::size_t date_start(const CodePoints& t, const DateFigure& d, const FrameRules& rules) {
  for (const auto& zone : rules.time_zones)
    if (d.begin >= zone.size() && t.ends_at(d.begin, zone)) return d.begin - zone.size();
  return d.begin;
}

/// The first subject stop word in [begin, end), or `end`.
/// The length of a fiscal period at `i` (2018财年, 第四财季, 上一财季), or 0.
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
    const auto* stop = word_at(t, i, rules.subject_stops);
    if (!stop) continue;  // most positions: no stop word starts
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
    if (!inside_name && !inside_term && !opens_noun && !inside_nominal_word(t, begin, i, rules)) {
      if (stop->size() > 1) return i;
      const std::size_t cut = start_of_word_ending_at(t, begin, i, rules);
      // 团结工联成立于1980年, 该校始建于1902年: a verb right before 于 is the predicate's (a
      // place or a date follows 于), no part of the subject.
      // (新一轮停火谈判定于15日: no verb 判定 that starts inside a word, 谈判.)
      if (cut == i && t[i] == U'于')
        if (const std::size_t verb = verb_ending(t, {begin, i}, rules);
            verb && !inside_common_word(t, begin, i - verb, rules))
          return i - verb;
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

/// The metric word that `s` is, whole (通胀率 → cpi), or nullptr.
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

/// Whether `s` is nothing but a metric word (每股税后纯益 before EPS): part of what is measured.
bool is_metric_word(const CodePoints& t, Span s, const FrameRules& rules) {
  return metric_word_of(t, s, rules) != nullptr;
}

/// Whether `s` is nothing but the metric word of an official aggregate (国内生产总值): a
/// quantity of its own, which can be a subject.
bool is_aggregate_word(const CodePoints& t, Span s, const FrameRules& rules) {
  const auto* word = metric_word_of(t, s, rules);
  return word && rules.aggregate_metrics.count(word->metric);
}

/// Whether `s` is one body or part of an organisation (董事会, 研究团队): the organisation
/// named before it is meant.
bool is_organ(const CodePoints& t, Span s, const FrameRules& rules) {
  // The length mask has a bit per length up to 31: a longer phrase is no organ's name.
  const std::size_t n = s.end - s.begin;
  return n >= 2 && n < 32 && ((rules.organs.lengths_at(t, s.begin, s.end) >> n) & 1u);
}

/// The name after a demonstrative and a place's classifier (该省埃德森城 → 埃德森城: the city
/// in that province), or an empty span.
Span after_demonstrative(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.end - s.begin < 4 || rules.demonstratives.find(t[s.begin]) == std::u32string::npos ||
      rules.place_classifiers.find(t[s.begin + 1]) == std::u32string::npos)
    return {};
  return {s.begin + 2, s.end};
}

/// Whether `s` only counts (四局, 前三局, 两家): a numeral and a measure word say how many, not
/// of what.
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

/// The length of the function word (若, 以, 基本, 可, 愿意) that is a word of its own at `i`, or
/// 0: a common or nominal word that starts there and is longer (会议, 以色列) is no function word
/// (when it ends by `words_end`: one that runs past a phrase's end is no word of the phrase).
std::size_t function_word_at(const CodePoints& t, std::size_t i, std::size_t limit,
                             const FrameRules& rules, std::size_t words_end = SIZE_MAX) {
  const auto* w = word_at(t, i, rules.function_words);
  if (!w || i + w->size() > limit) return 0;
  if (longest_of(words_at(t, i, words_end, rules.common_words)) > w->size()) return 0;
  if (longest_of(words_at(t, i, words_end, rules.nominal_words)) > w->size()) return 0;
  return w->size();
}

bool opens_with_verb(const CodePoints& t, Span s, const FrameRules& rules);
std::size_t verb_at(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether every character of `s` is a one-character function word (才刚, 可能: an adverb or a
/// modal verb, no noun phrase).
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

/// `s` as a noun phrase: after the function words it opens with (根据汇顶科技三季度报 → 汇顶科技
/// 三季度报), empty when less than two characters are left (基本, 来自, 因林: a predicate, no
/// subject), and ended before a function word after its first two characters that stands as a
/// word of its own outside a known name (参演官兵要 → 参演官兵).
Span noun_phrase(const CodePoints& t, Span s, const FrameRules& rules,
                 const std::vector<SentenceEntity>& entities) {
  auto in_name = [&](std::size_t i) {
    return std::any_of(entities.begin(), entities.end(),
                       [&](const auto& e) { return e.begin <= i && i < e.end; });
  };
  const std::size_t written_begin = s.begin;
  while (s.begin < s.end && !in_name(s.begin)) {
    std::size_t n = function_word_at(t, s.begin, s.end, rules);
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

/// The length of the verb that ends `s` (巴特勒砍下, 杜兰特送出, 马赛队取得), or 0: a verb of
/// jieba's lexicon or a one-character verb with its result complement, where no longer common or
/// nominal word ends with it (投资管理 is no verb 管理 after a name).
std::size_t verb_ending(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.end < s.begin + 3) return 0;
  if (rules.result_verbs.find(t[s.end - 2]) != std::u32string::npos &&
      rules.result_complements.find(t[s.end - 1]) != std::u32string::npos &&
      !((words_at(t, s.end - 3, s.end, rules.common_words) >> 3) & 1u))
    return 2;
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

/// Whether a word of `set` (of two or more characters) inside `s` ends where `s` ends.
bool word_ends_at(const CodePoints& t, Span s, const WordSet& set, std::size_t longest,
                  std::size_t shortest = 2) {
  for (std::size_t n = shortest; n <= longest && n <= s.end - s.begin; ++n)
    if ((words_at(t, s.end - n, s.end, set) >> n) & 1u) return true;
  return false;
}

/// The length of the predicate that ends `s` right before an aspect particle (贡献了, 连接了,
/// 花了), or 0: a verb of the lexicon, else any other word of two or more characters, as no noun
/// takes 了, 着 or 过 (勒布朗贡献了18分: jieba tags 贡献 a noun); else, with `one_character`, a
/// character that ends no word of the lexicon (王女士花了). At least two characters stay before
/// it.
std::size_t predicate_before_particle(const CodePoints& t, Span s, const FrameRules& rules,
                                      bool one_character) {
  if (s.end < s.begin + 3 || !is_aspect_particle(t[s.end]) || !is_han(t[s.end - 1])) return 0;
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

/// The known entity whose mention covers most of `s`, if one lies inside it.
const SentenceEntity* entity_in(const std::vector<SentenceEntity>& entities, Span s) {
  const SentenceEntity* best = nullptr;
  for (const auto& e : entities) {
    if (e.synthetic || e.begin < s.begin || e.end > s.end) continue;
    if (e.entity->kind == EntityKind::MEDIA) continue;
    if (!best || e.end - e.begin > best->end - best->begin) best = &e;
  }
  return best;
}

/// Whether `s` is a generic phrase: common words only (线路, 运输货物, 灌溉面积), no known
/// entity, no Latin or digits, and no character left alone, which would be part of a name the
/// lexicon does not know (龙海灌区 = 龙/海/灌区).
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

/// Whether a generic phrase `s` names an attribute or a measure (经营活动产生的现金流量净额, 电池
/// 续航时间, 防晒效果, 每股税后纯益): its last word is a metric word, an abstract head or ends in
/// one of attribute_endings. It is then what a figure measures, of a subject named elsewhere.
bool attribute_phrase(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                      const FrameRules& rules) {
  if (!is_generic(t, s, entities, rules)) {
    // 电池续航时间: a phrase of Han characters ending with a two-character abstract head names
    // an attribute even with a word the lexicon lacks (续航), when no known name is in it.
    if (s.end - s.begin < 4) return false;
    for (std::size_t i = s.begin; i < s.end; ++i)
      if (!is_han(t[i])) return false;
    for (const auto& e : entities)
      if (e.begin < s.end && e.end > s.begin) return false;
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

/// Whether `s` opens with a verb (造成…, 引进…): a clause without a subject of its own, whose
/// subject is the one before it. A noun or a common word that runs past the verb (发展中国家,
/// 建设银行) is no verb.
/// The length of the verb (with the adverbs before it) that `s` opens with, or 0.
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

bool opens_with_verb(const CodePoints& t, Span s, const FrameRules& rules) {
  if (s.empty()) return false;
  const std::size_t verb = verb_at(t, s, rules);
  if (!verb) return false;
  if (nominal_word_at(t, s.begin, rules) >= verb) return false;  // (以军: a mistagged noun)
  return longest_of(words_at(t, s.begin, s.end, rules.common_words)) <= verb;
}

/// The length of a rarer verb (event_verbs.txt) at `i`, or 0 when a frequent verb or a common
/// word starting inside it runs past it: 社群媒体上表示 is 上 + 表示, not 上表 + 示.
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

/// Whether `s` ends with a verb (and its aspect particle): 发表了, 建立了涵盖, 在非洲建设, a
/// predicate whose object comes after it.
bool ends_with_verb(const CodePoints& t, Span s, const FrameRules& rules) {
  while (!s.empty() && is_aspect_particle(t[s.end - 1])) --s.end;
  if (s.empty()) return false;
  if (opens_with_verb(t, s, rules) && verb_at(t, s, rules) == s.end - s.begin) return true;
  return verb_ending(t, s, rules) > 0;
}

/// Whether `thing`, the noun after the measure word of the count at `begin` (whose noun would
/// start at `counted`), is a plain word for a kind of thing: a measure word of a thing (not an
/// age or a duration) or an ordinal before it, at most 8 Han characters (not 獎成最大贏家,
/// iPad和529.9万台Mac, nor a product name in Latin letters).
bool counted_thing(const CodePoints& t, Span thing, std::size_t begin, std::size_t counted,
                   const FrameRules& rules) {
  if (thing.empty() || thing.end - thing.begin > 8) return false;
  const bool ordinal = t[begin] == U'第';
  if (!ordinal &&
      std::none_of(rules.described_classifiers.begin(), rules.described_classifiers.end(),
                   [&](const std::u32string& c) { return t.ends_at(counted, c); }))
    return false;
  for (std::size_t k = thing.begin; k < thing.end; ++k)
    if (!is_han(t[k])) return false;
  return !function_word_at(t, thing.begin, thing.end, rules);
}

/// The verb whose object is a list that the count at `begin` totals (星河影片勇夺最佳影片、导演…
/// 等4大奖, 李强察看核电、水电等装备): items of at most `longest_item` characters joined by 、 (the
/// last also by 和, 及 or 与) end right before the count or before 等 or 共, and a verb of the
/// lexicon ends right before the first item, after a phrase that can name a subject; else an
/// empty span.
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

/// The name in Latin letters (with digits, spaces and hyphens inside) that starts at `i` and
/// holds a lower-case letter (iPhone, Model 3, Galaxy S9), or an empty span.
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

/// The length of the verb `s` opens with (as opens_with_verb reads one), or 0.
std::size_t opening_verb(const CodePoints& t, Span s, const FrameRules& rules) {
  return opens_with_verb(t, s, rules) ? verb_at(t, s, rules) : 0;
}

/// The described_noun stop word at `i` that is a word of its own there (同 of 同比, not of 同伙),
/// or nullptr.
const std::u32string* described_stop_at(const CodePoints& t, std::size_t i,
                                        const FrameRules& rules) {
  const std::u32string* stop = word_at(t, i, rules.described_stops);
  if (stop && longest_of(words_at(t, i, t.size(), rules.common_words)) > stop->size())
    return nullptr;
  return stop;
}

/// The noun phrase that ends at `end` and starts after the last boundary in [from, end): a 的, a
/// list mark, a subject stop, one of described_noun's stops or a frequent verb (庆祝两国 → 两国).
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

/// Whether `s` is common words only, of two or more characters each (a conjunction 和, 及 or 与
/// may join two), the last a common noun: 重点工业园区, 国家和地区; not 大楼如期, 机构成.
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

/// The verb that ends `s` (before its aspect particle) when a preposition of place opens `s`
/// (在非洲建设了, 在北京发表): the place says where, the verb what was done. A verb of the lexicon
/// or a verbal noun (建设); else an empty span.
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

/// Whether an opener (之后, 近日, 还是) of at least `length` characters starts at `i`: a word
/// of time or a connective, no noun (自然灾害 is no opener 自然).
bool opener_word_at(const CodePoints& t, std::size_t i, std::size_t length,
                    const FrameRules& rules) {
  const auto* opener = word_at(t, i, rules.openers);
  return opener && opener->size() >= length;
}

/// The length of the measure word that ends the count [begin, end) when it is a noun of two or
/// more Han characters (8部门), or 0.
std::size_t counter_noun_at(const CodePoints& t, std::size_t begin, std::size_t end,
                            const FigureValue& figure, const FrameRules& rules) {
  const std::u32string word = to_u32(figure.measure);
  if (word.size() < 2 || end < begin + word.size() + 1 || !t.ends_at(end, word)) return 0;
  for (const char32_t c : word)
    if (!is_han(c)) return 0;
  return rules.common_words.contains(word) ? word.size() : 0;
}

/// Where a number written after a Han character starts in [from, to) (守护沿海13个景区), or `to`:
/// it starts a figure of its own. Ordinals (第22期) and names in Latin letters (5G工厂) are no
/// such figure.
std::size_t figure_start_in(const CodePoints& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k) {
    if (!is_ascii_digit(t[k]) || !is_han(t[k - 1]) || t[k - 1] == U'第') continue;
    std::size_t digits_end = k;
    while (digits_end < t.size() && is_ascii_digit(t[digits_end])) ++digits_end;
    if (digits_end == t.size() || !is_ascii_alpha(t[digits_end])) return k;
  }
  return to;
}

/// 场均6.6个篮板4.2个助攻, 打五六折: what a figure measures does not hold the figure's own
/// `value`; a metric read across the value is cut to its part before the value, else to its
/// part after it (8部门: a measure word that says what is counted stays).
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

/// The noun phrase a figure describes, starting at `b` (after its 的, or after a count's
/// measure word): up to a break, a 的, a stop or a frequent verb; empty when the phrase names a
/// level or a moment (增长5%的目标, 3年来的新高), a metric (实现100亿元的销售额) or nothing.
/// It may name an attribute (长达7天的电池续航时间): described_noun leaves those out.
Span described_phrase(const CodePoints& t, std::size_t b, const FrameRules& rules,
                      const std::vector<SentenceEntity>& entities) {
  // 怀孕5个月的16岁高中少女: an age or a count before the noun describes it too; the noun is
  // after it.
  if (b < t.size() && (is_ascii_digit(t[b]) || is_chinese_numeral(t[b])))
    if (const auto n = parse_number(t, b); n && n->end > b)
      if (const auto* w = word_at(t, n->end, rules.described_ages)) b = n->end + w->size();
  if (b >= t.size() || is_ascii_digit(t[b]) || is_chinese_numeral(t[b])) return {};
  if (word_at(t, b, rules.abstract_heads)) return {};
  for (const auto& word : rules.metric_words)
    if (t.at(b, word.word)) return {};
  const std::size_t limit = clause_of(t, b).end;
  std::size_t e = b;
  int title = 0;  // 第22期《求是》杂志: a stop word inside a title is part of the title
  for (; e < limit; ++e) {
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
    if (e > b && e + 1 < limit && rules.coordinators.find(t[e]) != std::u32string::npos &&
        (is_ascii_digit(t[e + 1]) || is_chinese_numeral(t[e + 1])))
      break;
    // 歼-20战机护航伴飞: the phrase ends where its verb starts (not inside a word: 发展 of 开发展).
    // (创始人: a common word that runs past the verb starting it is no verb.)
    if (const std::size_t verb = longest_of(words_at(t, e, limit, rules.verb_words));
        verb && nominal_word_at(t, e, rules) == 0 && !inside_common_word(t, b, e, rules) &&
        longest_of(words_at(t, e, limit, rules.common_words)) <= verb)
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
  // 每台35万元的机床中: a place word after the noun is no part of it.
  if (e - b > 2 && word_at(t, e - 1, rules.described_place_words)) --e;
  return noun_phrase(t, shorten(t, {b, e}, rules), rules, entities);
}

/// The noun phrase a figure describes from `b` (after its 的 or its measure word), when it names
/// a thing: not an attribute or a measure.
Span described_noun(const CodePoints& t, std::size_t b, const FrameRules& rules,
                    const std::vector<SentenceEntity>& entities) {
  const Span phrase = described_phrase(t, b, rules, entities);
  // 长达7天的电池续航时间, 长达10小时的防晒效果: a measure of something named elsewhere.
  if (phrase.end - phrase.begin < 2 || is_pronoun(t, phrase, rules) ||
      is_count_phrase(t, phrase, rules) || attribute_phrase(t, phrase, entities, rules))
    return {};
  return phrase;
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
    r.dateline_lead = j.at("dateline_lead").at("max").get<std::size_t>();
    r.bracket_lead_in = j.at("bracket_lead_in").get<std::size_t>();
    for (const auto& [metric, words] : j.at("metrics").items())
      for (const auto& w : words)
        r.metric_words.push_back({to_u32(w.get<std::string>()), metric, {}, {}});
    std::stable_sort(r.metric_words.begin(), r.metric_words.end(),
                     [](const auto& a, const auto& b) { return a.word.size() > b.word.size(); });
    r.index_metric_words();
    r.linkers = word_list(j.at("linkers"));
    r.openers = word_list(j.at("openers"));
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
    r.list_heads = word_list(j.at("list_heads").at("words"));
    r.demonstrative_measures =
        to_u32(j.at("demonstrative_reference").at("measure_words").get<std::string>());
    r.demonstratives = to_u32(j.at("demonstrative_places").at("demonstratives").get<std::string>());
    r.place_classifiers = to_u32(j.at("demonstrative_places").at("classifiers").get<std::string>());
    r.existence_verbs = word_list(j.at("existence_verbs").at("words"));
    r.existence_counters = word_list(j.at("existence_verbs").at("counters"));
    r.speech_cues = word_list(j.at("speakers").at("cues"));
    r.speaker_suffixes = word_list(j.at("speakers").at("suffixes"));
    r.distributives = to_u32(j.at("distributives").at("characters").get<std::string>());
    r.frequency_measures = to_u32(j.at("distributives").at("frequency").get<std::string>());
    r.anniversary_verbs = word_list(j.at("anniversary_verbs").at("words"));
    const auto& day_parts = j.at("day_parts");
    r.day_parts = word_list(day_parts.at("words"));
    r.clock_hours = word_list(day_parts.at("hours"));
    r.clock_minutes = word_list(day_parts.at("minutes"));
    r.clock_after = word_list(day_parts.at("after"));
    const auto& refiners = j.at("period_refiners");
    r.period_refiner_within = refiners.at("within").get<std::size_t>();
    r.period_refiner_words = word_list(refiners.at("words"));
    r.period_refiner_prefixes = word_list(refiners.at("prefixes"));
    r.period_refiner_units = word_list(refiners.at("units"));
    r.list_cue = to_u32(j.at("list_cue").get<std::string>());
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
    r.trailing_scopes = word_list(j.at("trailing_scopes").at("words"));
    r.game_periods = word_list(j.at("game_periods").at("words"));
    r.game_part_counters = word_list(j.at("game_periods").at("ordinal_counters"));
    r.game_determiners = word_list(j.at("game_periods").at("determiners"));
    r.event_noun_heads = word_list(j.at("event_nouns").at("heads"));
    r.ranked_ordinal_counters = word_list(j.at("ranked_ordinals").at("counters"));
    r.partner_prepositions =
        to_u32(j.at("partner_prepositions").at("characters").get<std::string>());
    r.place_prepositions = to_u32(j.at("place_prepositions").at("characters").get<std::string>());
    r.founding_verbs = word_list(j.at("founding_verbs").at("words"));
    r.founding_not_objects = word_list(j.at("founding_verbs").at("not_objects"));
    r.attribute_endings = to_u32(j.at("attribute_words").at("endings").get<std::string>());
    r.vague_dates = word_list(j.at("vague_dates").at("words"));
    r.year_anaphors = word_list(j.at("period_anaphora").at("year_words"));
    r.period_continuers = word_list(j.at("period_anaphora").at("continuers"));
    r.occurrence_counters = word_list(j.at("period_anaphora").at("occurrence_counters"));
    r.standing_bodies = word_list(j.at("standing_bodies").at("words"));
    for (const auto& u : j.at("per_denominator").at("frequency_units"))
      r.frequency_units.push_back(u.get<std::string>());
    r.result_verbs = to_u32(j.at("result_verbs").at("verbs").get<std::string>());
    r.verb_adverbs = word_list(j.at("result_verbs").at("adverbs"));
    r.function_words = word_list(j.at("subject_grammar").at("function_words"));
    r.personal_pronouns = word_list(j.at("subject_grammar").at("personal_pronouns"));
    r.ending_characters =
        to_u32(j.at("subject_grammar").at("ending_characters").get<std::string>());
    r.result_complements = to_u32(j.at("result_verbs").at("complements").get<std::string>());
    r.period_base_before = word_list(j.at("period_base").at("before"));
    r.period_base_after = word_list(j.at("period_base").at("after"));
    r.attributive_verbs = word_list(j.at("period_attributive").at("verbs"));
    r.attributive_adverbs = word_list(j.at("period_attributive").at("adverbs"));
    r.level_markers = word_list(j.at("level_markers").at("words"));
    r.annual_average = word_list(j.at("annual_average").at("words"));
    r.identifier_digits = j.at("identifier_digits").get<std::size_t>();
    const auto& quoted = j.at("quoted_terms");
    r.quote_openers = to_u32(quoted.at("open").get<std::string>());
    r.quote_closers = to_u32(quoted.at("close").get<std::string>());
    r.longest_quoted_term = quoted.at("longest").get<std::size_t>();
    r.ordinal_counters = word_list(j.at("ordinal_counters"));
    r.rank_counters = to_u32(j.at("rank_counters").get<std::string>());
    r.edition_counters = word_list(j.at("edition_counters"));
    r.rank_verbs = word_list(j.at("rank_verbs").at("words"));
    r.section_label_endings = word_list(j.at("section_labels").at("endings"));
    r.circumstance_openers = word_list(j.at("circumstance_openers").at("words"));
    const auto& behalf = j.at("behalf_clauses");
    r.behalf_openers = word_list(behalf.at("openers"));
    r.behalf_closers = word_list(behalf.at("closers"));
    r.behalf_longest = behalf.at("longest").get<std::size_t>();
    r.forecast_cues = word_list(j.at("forecast_cues").at("words"));
    r.locative_endings = word_list(j.at("locative_endings").at("words"));
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

void frame_context(const CodePoints& t, const std::vector<DateFigure>& dates,
                   const FrameRules& rules, std::size_t begin, std::size_t end, bool is_date,
                   DraftFrame& frame) {
  const Span clause = clause_of(t, begin);
  // Period: the nearest date before the figure in the sentence (上半年，…完成X，同比增长Y).
  if (!is_date) {
    for (std::size_t k = 0; k < dates.size(); ++k) {
      // 较上月上升, 比上年增长, 恢复到2019年同期: the base compared with, not the period.
      const std::size_t b = dates[k].begin;
      bool base = word_at(t, dates[k].end, rules.period_base_after) != nullptr;
      for (const auto& w : rules.period_base_before) base = base || t.ends_at(b, w);
      // 美国国防部4日称，将提供…5亿美元: a date right before a verb of saying dates the
      // statement, not what is said (从12月当月看 is a point of view, no statement).
      const bool statement =
          word_at(t, time_of_day_end(t, dates[k].end, true, rules), rules.speech_cues) != nullptr;
      if (dates[k].end <= begin && !dates[k].date.empty() && !base && !statement &&
          !attributive_date(t, dates[k].end, rules))
        frame.period_date = k;
    }
    // 中秋国庆假期首日: a day of the holiday that the calendar cannot place, not the holiday.
    if (frame.period_date && refiner_after(t, dates[*frame.period_date].end, rules))
      frame.period_date.reset();
    if (frame.period_date) {
      const DateFigure& d = dates[*frame.period_date];
      bool cumulative = false;
      for (const auto& w : rules.cumulative)
        cumulative = cumulative || t.contains(d.begin, std::min(t.size(), clause.end), w);
      frame.period_kind = period_kind_of(d, cumulative);
      // 由2012年的…增加到2022年的…，年均增长9.6%: an average over years is no one year's.
      bool annual_average = false;
      for (const auto& w : rules.annual_average)
        annual_average = annual_average || t.contains(clause.begin, begin, w);
      const bool within_a_year =
          d.date_end.empty() || d.date_end.substr(0, 4) == d.date.substr(0, 4);
      if (annual_average && within_a_year) frame.period_date.reset();
    }
  }
  for (std::size_t i = clause.begin; i < begin; ++i) {
    if (!rules.modality_initials.may_start(t[i])) continue;
    for (const auto& [word, modality] : rules.modality_cues) {
      if (t.at(i, word) && i + word.size() <= begin) {
        frame.modality = modality;
        i = begin;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < begin && frame.scope.empty(); ++i) {
    if (!rules.scope_initials.may_start(t[i])) continue;
    for (const auto& [word, scope] : rules.scope_words) {
      if (!t.at(i, word) || i + word.size() > begin) continue;
      // 国内生产总值, 国内外: a scope word that starts a longer word (a metric's or the
      // lexicon's) or ends inside one is part of that word.
      const bool inside_word =
          longest_of(words_at(t, i, begin, rules.common_words)) > word.size() ||
          inside_common_word(t, i >= 4 ? i - 4 : 0, i, rules) ||
          std::any_of(rules.metric_words.begin(), rules.metric_words.end(), [&](const auto& m) {
            return m.word.size() > word.size() && t.at(i, m.word);
          });
      if (inside_word) continue;
      frame.scope = scope;
      break;
    }
  }
  (void)end;
}

bool clause_names_other_subject(const CodePoints& t, const std::vector<SentenceEntity>& entities,
                                const std::vector<DateFigure>& dates,
                                const std::vector<FoundAttribution>& attributions,
                                const FrameRules& rules, std::size_t begin, const Entity* entity) {
  const Span clause = clause_of(t, begin);
  const std::size_t start = subject_start(t, clause, dates, attributions, rules, begin);
  if (start >= begin) return false;
  for (const auto& e : entities)
    if (e.entity == entity && e.begin >= clause.begin && e.end <= begin) return false;
  const auto metric = metric_before(t, start, begin, rules);
  std::size_t end = metric ? metric->first.begin : before_linkers(t, start, begin, rules);
  end = std::max(start, std::min(end, first_stop(t, start, end, rules, entities)));
  const Span subject = shorten(t, {start, end}, rules);
  if (subject.empty() || is_pronoun(t, subject, rules)) return false;
  if (word_at(t, subject.begin, rules.pronouns)) return false;  // 公司因此…, 其…: refers back
  // 占其总收入: the figure is the referred-back entity's, whatever the clause opens with.
  if (t.contains(start, begin, U"其") || t.contains(start, begin, U"该")) return false;
  // A phrase naming a known entity leaves the choice to the rule (H20…为H100的20%); an open
  // phrase (adidas品牌, 智能家电) is a subject the rule's entity is not.
  for (const auto& e : entities)
    if (!e.synthetic && e.begin < subject.end && e.end > subject.begin) return false;
  return subject.end - subject.begin >= 2;
}

/// The noun phrase after a cleft's 的是 (的分别是) at most three characters after `after`
/// (第二的是国家统计局云南调查总队, 前三名的分别是…), up to the end of its clause; or empty.
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

/// Whether `fig` is the number of a model's name (Charge 3智能手环, Mate 20手机): a bare number
/// of at most three digits right after a Latin word, at most a space between them. It ends no
/// subject phrase.
/// Whether `clause` is only a phrase of behalf or invitation (受中共中央委托, 应…邀请): it says
/// on whose behalf the clause after it acts and names no actor of its own.
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

/// The object of a sentencing verb before the term at `figure` (判处他生前私人医师康拉德墨瑞最高
/// 4年徒刑 → 康拉德墨瑞's; 判他有期徒刑四年 → 他), and where the verb starts.
struct SentencedObject {
  Span object;
  std::size_t verb;
};
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

namespace {

/// find_frames, step by step: the sentence with what was recognised in it, and what the steps
/// learn on the way (the subjects named so far, speakers, ingredient lists, shares of a part).
struct FrameFinder {
  FrameFinder(const CodePoints& text, const std::vector<SentenceEntity>& sentence_entities,
              const std::vector<Figure>& sentence_figures,
              const std::vector<DateFigure>& sentence_dates,
              const std::vector<FoundAttribution>& sentence_attributions,
              const FrameRules& frame_rules, const std::vector<bool>& taken_figures,
              FrameSubject& previous_topic)
      : t(text),
        entities(sentence_entities),
        figures(sentence_figures),
        dates(sentence_dates),
        attributions(sentence_attributions),
        rules(frame_rules),
        taken(taken_figures),
        topic(previous_topic) {}

  const CodePoints& t;
  const std::vector<SentenceEntity>& entities;
  const std::vector<Figure>& figures;
  const std::vector<DateFigure>& dates;
  const std::vector<FoundAttribution>& attributions;
  const FrameRules& rules;
  const std::vector<bool>& taken;
  FrameSubject& topic;

  std::vector<DraftFrame> frames;
  // Subjects named so far, by position: the noun phrase opening each clause and the subject of
  // each figure. A clause without a subject of its own (or with a pronoun, or a generic phrase
  // such as 线路) continues the latest named one; the first clauses continue the previous
  // sentence's topic.
  struct Named {
    std::size_t position;
    FrameSubject subject;
  };
  std::vector<Named> named;
  // Ingredient lists: the colon after the head word, and the dish named before it.
  struct ListHead {
    std::size_t colon;
    Span owner;
  };
  std::vector<ListHead> lists;
  // Who speaks in a lead-in (汇顶科技方面表示，…): what a pronoun after it refers to (尽管公司…)
  // when no subject is named between them.
  std::vector<Named> speakers;
  // Clause openings that are no noun phrase (估计年底前可…): the last resort of a figure that
  // has no subject of its own and none named before, as they were before subjects had to be
  // noun phrases (the figure is kept, not dropped).
  std::vector<Named> fallbacks;
  // The part a 的 without its head named last (其中生产、工作一线的112.0万名) and the end of the
  // clause after it, whose share (占52.6%) is that part's.
  std::pair<Span, std::size_t> share_of{{}, 0};
  std::vector<std::size_t> parts;  // where the figures of such parts begin

  /// The frames of the sentence, in text order; `topic` becomes the subject it opens with.
  std::vector<DraftFrame> run();

  // The steps, in the order run() takes them.
  void note_clause_subjects();
  void frame_figures();
  void frame_ordinals();
  void frame_major_counts();
  void pair_listed_figures();
  void frame_event_dates();

  // What the steps share.
  std::optional<std::size_t> attribution_for(std::size_t position);
  void keep_in_metric(Span word, DraftFrame& f);
  void subject_of(Span s, DraftFrame& f);
  bool take_fallback(DraftFrame& f, std::size_t position);
  void note_speaker(Span clause);
  void remember(std::size_t position, const DraftFrame& f, bool generic);
  bool cut_at_verb(std::size_t position, const std::string& shorter, const std::string& longer);
  const FrameSubject* latest_before(std::size_t position, bool named_only,
                                    bool this_sentence = false);
  bool take_speaker(DraftFrame& f, std::size_t position, std::size_t mention);
  bool take_carried(DraftFrame& f, std::size_t position, bool named_only = false,
                    bool this_sentence = false);
  bool take_named_with_head(Span pronoun, std::size_t position, DraftFrame& f);
  bool is_share(Span s);
  bool named_before(Span s, DraftFrame& f);
  bool frame_value(std::size_t begin, std::size_t end, bool is_date, DraftFrame& f,
                   std::size_t counted = 0);
  bool verb_ends_at(std::size_t i);
  bool blocked(std::size_t begin, std::size_t end, bool score = false);
};

std::optional<std::size_t> FrameFinder::attribution_for(std::size_t position) {
  std::optional<std::size_t> best;
  for (std::size_t k = 0; k < attributions.size(); ++k)
    if (attributions[k].begin <= position) best = k;
  if (!best && !attributions.empty()) best = 0;
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
  // 我国智能家电 → 智能家电: the scope word is the claim's scope, not part of its subject.
  for (const auto& [word, scope] : rules.scope_words) {
    // (国内生产总值: a scope word that opens a metric word is part of it.)
    if (s.end - s.begin > word.size() + 1 && t.at(s.begin, word) &&
        std::none_of(rules.metric_words.begin(), rules.metric_words.end(), [&](const auto& m) {
          return m.word.size() > word.size() && t.at(s.begin, m.word);
        })) {
      s.begin += word.size();
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
  for (const auto& w : rules.locative_endings.words)
    // (A word longer than the locative: 之前 or 附近 are words themselves.)
    if (s.end - s.begin > w.size() + 1 && t.ends_at(s.end, w) &&
        !word_ends_at(t, s, rules.common_words, rules.longest_common_word,
                      std::max<std::size_t>(2, w.size() + 1)) &&
        !word_ends_at(t, s, rules.nominal_words, rules.longest_nominal_word,
                      std::max<std::size_t>(2, w.size() + 1)) &&
        !entity_in(entities, {s.end - w.size(), s.end})) {
      s = trim(t, {s.begin, s.end - w.size()});
      break;
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
  // 鹈鹕队另外, 世园会今天, 以军当天, 大女儿早上: a word that opens clauses (另外, 今天,
  // 此后), a time of day or a date that only says lately ends no name either (记者 is a noun:
  // 新华社记者 stays). An average (商贸城日均客流量) stays in what is measured, as a distributive
  // does.
  for (bool cut = true; cut && s.end - s.begin > 2;) {
    cut = false;
    for (std::size_t n = std::min<std::size_t>(4, s.end - s.begin - 2); n >= 2 && !cut; --n) {
      const std::size_t k = s.end - n;
      const auto* opener = word_at(t, k, rules.openers);
      if (!opener || opener->size() != n) opener = word_at(t, k, rules.day_parts);
      if (!opener || opener->size() != n) opener = word_at(t, k, rules.vague_dates);
      if (!opener || opener->size() != n || inside_common_word(t, s.begin, k, rules) ||
          ((words_at(t, k, s.end, rules.noun_words) >> n) & 1u) ||
          std::any_of(entities.begin(), entities.end(),
                      [&](const SentenceEntity& e) { return e.begin < s.end && e.end > k; }))
        continue;
      if (t[s.end - 1] == U'均') keep_in_metric({k, s.end}, f);
      s = trim(t, {s.begin, k});
      cut = true;
    }
  }
  // 我国对, 中国与, 李强将, 越南政府曾: a conjunction, a preposition or an adverb ends no
  // subject (华为, 老将 do).
  while (s.end - s.begin > 2 &&
         (rules.trailing_characters.find(t[s.end - 1]) != std::u32string::npos ||
          rules.ending_characters.find(t[s.end - 1]) != std::u32string::npos) &&
         !word_ends_at(t, s, rules.common_words, rules.longest_common_word) &&
         !word_ends_at(t, s, rules.nominal_words, rules.longest_nominal_word) &&
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
  for (const auto& cue : rules.speech_cues.words) {
    if (clause.end < clause.begin + cue.size() || !t.ends_at(clause.end, cue)) continue;
    const std::size_t start = subject_start(t, clause, dates, {}, rules);
    std::size_t e = clause.end - cue.size();
    for (const auto& w : rules.speaker_suffixes.words)
      if (e >= start + w.size() && t.ends_at(e, w)) e -= w.size();
    e = std::max(start, std::min(e, first_stop(t, start, e, rules, entities)));
    const Span who = shorten(t, {start, e}, rules);
    if (who.end - who.begin >= 2 && !is_pronoun(t, who, rules)) {
      DraftFrame f;
      subject_of(who, f);
      speakers.push_back({who.begin, {f.subject, f.subject_kind, false, *f.subject_normalized}});
    }
    return;
  }
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
  // (The verb may run past the longer reading: 砍 of 韩硕砍 is 砍下.)
  return end <= t.size() && lower_ascii(utf8_of(t, position, end)) == longer &&
         verb_at(t, {cut, std::min(t.size(), end + 2)}, rules) > 0;
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
bool FrameFinder::take_speaker(DraftFrame& f, std::size_t position, std::size_t mention) {
  const Named* speaker = nullptr;
  for (const auto& who : speakers)
    if (who.position < position) speaker = &who;
  if (!speaker || latest_before(position, true, true)) return false;
  f.subject = speaker->subject.subject;
  f.subject_kind = speaker->subject.kind;
  f.subject_normalized = speaker->subject.normalized;
  named.push_back({mention, speaker->subject});
  return true;
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

// 呼和浩特盛乐国际机场…，该机场…: a demonstrative and a noun refer to the latest subject
// named with that noun (in this sentence, else the previous sentence's topic); the subject is
// that name up to the noun.
bool FrameFinder::take_named_with_head(Span pronoun, std::size_t position, DraftFrame& f) {
  if (pronoun.end - pronoun.begin < 3 ||
      rules.demonstratives.find(t[pronoun.begin]) == std::u32string::npos)
    return false;
  std::size_t head = pronoun.begin + 1;
  if (rules.demonstrative_measures.find(t[head]) != std::u32string::npos) ++head;
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
  return (best && take(best->subject)) || (!topic.subject.empty() && take(topic));
}

// 混合接力全程2000米，每队包括2男2女: a distributive and its measure word alone (每队, 各人)
// are a share of the subject named before in the sentence, even a generic one.
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
void FrameFinder::note_clause_subjects() {
  for (std::size_t b = 0; b < t.size();) {
    const Span clause = clause_of(t, b);
    // 央视网消息（新闻联播）：, X表示：: a lead-in before a colon is a byline or a speaker.
    if (clause.end < t.size() && (t[clause.end] == U'：' || t[clause.end] == ':')) {
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
      b = clause.end + 1;
      continue;
    }
    const std::size_t start = subject_start(t, clause, dates, attributions, rules);
    std::size_t end = first_stop(t, start, clause.end, rules, entities);
    bool at_figure = false;
    for (const auto& fig : figures)
      if (fig.begin >= start && fig.begin < end && !is_model_number(t, fig))
        end = fig.begin, at_figure = true;
    for (const auto& d : dates)
      if (d.begin >= start && d.begin < end)
        end = std::max(start, date_start(t, d, rules)), at_figure = false;
    if (const auto metric = start < end ? metric_before(t, start, end, rules) : std::nullopt)
      end = metric->first.begin, at_figure = false;
    // 刘诗雯以4比0…: the linking word before a figure is no part of the subject (but 达 of 辉达
    // is part of the name).
    if (const std::size_t linked = at_figure ? before_linkers(t, start, end, rules) : end;
        std::none_of(entities.begin(), entities.end(),
                     [&](const auto& e) { return e.begin < linked && linked < e.end; }))
      end = linked;
    Span phrase = shorten(t, {start, std::max(start, end)}, rules);
    // Fitbit手环配备了…: a verb before an aspect particle is the predicate, no part of the topic.
    if (!phrase.empty()) phrase.end -= predicate_before_particle(t, phrase, rules, false);
    // 造成58万人死亡, 砍下27分: a clause opening with its verb has no subject of its own.
    if (opens_with_verb(t, phrase, rules)) phrase = {};
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
    if (source) note_speaker(clause);
    // 一波三连胜之后，…, 在总局支持下，…: a clause that is nothing but a phrase of time or
    // circumstance sets the scene; it names no topic for the clauses after it.
    // 随着…扩张，, 由于…，: nor does a clause of cause or condition.
    bool scene =
        word_at(t, start, rules.circumstance_openers) != nullptr || behalf_clause(t, clause, rules);
    if (trim(t, {phrase.end, clause.end}).empty()) {
      for (const auto& w : rules.scene_endings) scene = scene || t.ends_at(phrase.end, w);
      // 下一步，…, 目前，…: an opener alone in its clause.
      const auto* opener = word_at(t, phrase.begin, rules.openers);
      scene = scene || (opener && phrase.begin + opener->size() == phrase.end);
    }
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
      DraftFrame f;
      subject_of(phrase, f);
      fallbacks.push_back(
          {phrase.begin, {f.subject, f.subject_kind, false, *f.subject_normalized}});
    } else if (topic_phrase(phrase) && is_organ(t, phrase, rules)) {
      // 董事会并通过…: the organisation named before is the topic; the body only without one.
      DraftFrame f;
      subject_of(phrase, f);
      fallbacks.push_back(
          {phrase.begin, {f.subject, f.subject_kind, false, *f.subject_normalized}});
    } else if (topic_phrase(phrase)) {
      DraftFrame f;
      subject_of(phrase, f);
      remember(phrase.begin, f, false);
    } else if (phrase.empty() && topic_phrase(written)) {
      // No noun phrase: a figure with nothing else to continue keeps the phrase as written.
      DraftFrame f;
      subject_of(written, f);
      fallbacks.push_back(
          {written.begin, {f.subject, f.subject_kind, false, *f.subject_normalized}});
    }
    b = clause.end + 1;
  }
}

// `counted`: where the noun a count or an ordinal counts would start (after its measure
// word), or 0.
bool FrameFinder::frame_value(std::size_t begin, std::size_t end, bool is_date, DraftFrame& f,
                              std::size_t counted) {
  const Span clause = clause_of(t, begin);
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
  if (metric) {
    const auto& word = rules.metric_words[metric->second];
    f.metric_span = metric->first;
    // 提高到2.54%: the new level, written as such, never the change itself.
    const std::u32string* level = rules.change_metrics.count(word.metric) && !is_date
                                      ? word_at(t, metric->first.end, rules.level_markers)
                                      : nullptr;
    if (level) f.metric_span.end += level->size();
    f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    f.metric = !level && (is_date || word.fits(f.value)) ? word.metric : lower_ascii(f.metric_text);
  }
  const std::size_t phrase_end = subject_end;
  subject_end =
      std::max(start, std::min(subject_end, first_stop(t, start, subject_end, rules, entities)));
  // 星河研究院预计明年星河市人口将增长3%: a forecaster, its verb (a subject stop) and a date;
  // the figure is of what is forecast, after the date.
  if (const auto* cue = word_at(t, subject_end, rules.forecast_cues);
      cue && subject_end >= start + 2)
    for (const auto& d : dates)
      if (d.begin == subject_end + cue->size()) {
        // (公司预计今年营收将增长20%: a metric word alone after the date is the forecaster's.)
        const std::size_t after = time_of_day_end(t, d.end, true, rules);
        const std::size_t stop = first_stop(t, after, phrase_end, rules, entities);
        if (after + 2 <= stop && !is_metric_word(t, trim(t, {after, stop}), rules)) {
          start = after;
          subject_end = stop;
        }
        break;
      }
  Span cut_verb;  // the verb that cut off the subject, if one did
  // 王女士花了2万元, 通航航线连接了…, 勒布朗贡献了18分: the word before an aspect particle is
  // the predicate (not of a known name).
  if (std::none_of(entities.begin(), entities.end(),
                   [&](const auto& e) { return e.begin < subject_end && e.end >= subject_end; }))
    if (const std::size_t verb = predicate_before_particle(t, {start, subject_end}, rules, true)) {
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
    const bool scope_only =
        std::any_of(rules.scope_words.begin(), rules.scope_words.end(), [&](const auto& w) {
          return before.end - before.begin == w.first.size() && t.at(before.begin, w.first);
        });
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
      if (metric && f.metric_span.begin > after) {
        Span attribute = trim(t, {after, f.metric_span.begin});
        if (attribute.end > attribute.begin + 2 &&
            (t[attribute.end - 1] == U'）' || t[attribute.end - 1] == ')'))
          for (std::size_t k = attribute.end - 1; k > attribute.begin; --k)
            if (t[k] == U'（' || t[k] == '(') {
              attribute = trim(t, {attribute.begin, k});
              break;
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
          f.metric += ":" + (canonical ? canonical->metric
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
  const Span written = subject;  // the last resort of a figure nothing else names
  // 5月…, 1~6月…: a phrase opening with a digit is a date or a figure the recognizers left.
  if (!subject.empty() && is_ascii_digit(t[subject.begin])) subject = {};
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
  if (!object_of_verb && opens_with_verb(t, subject, rules)) {
    const std::size_t verb = verb_at(t, subject, rules);
    if (predicate.empty()) predicate = {subject.begin, subject.begin + verb};
    const Span object = trim(t, {subject.begin + verb, subject.end});
    const bool joined =
        !cut_verb.empty() && cut_verb.begin > object.begin &&
        rules.predicate_conjunctions.find(t[cut_verb.begin - 1]) != std::u32string::npos;
    subject = object.end - object.begin >= 2 && !joined ? object : Span{};
  }
  // 面积3.5平方公里的新港村, 4架歼-20战机护航伴飞, 第五届世界互联网大会在…召开: the noun
  // phrase the figure describes is what it is about: after 的, or after a count (or an
  // ordinal) that opens its clause. A count after a subject or a verb counts their things
  // (阜南县60余万亩玉米, 打造了200个特色村庄), an ordinal after a name numbers its
  // meetings (常务委员会第十七次会议).
  Span described;
  bool counts_noun = false;  // a count opening its clause, of the noun after it
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
    described = described_noun(t, counted, rules, entities);
    counts_noun = true;
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
             std::any_of(rules.scope_words.begin(), rules.scope_words.end(), [&](const auto& w) {
               return linked == start + w.first.size() && t.at(start, w.first);
             })) {
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
      (t[begin] == U'第'
           ? std::any_of(rules.edition_counters.begin(), rules.edition_counters.end(),
                         [&](const std::u32string& c) { return t.ends_at(counted, c); })
           : (t[counted - 1] == U'届' || t[counted - 1] == U'屆')))
    described = described_noun(t, counted, rules, entities);
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
        f.metric =
            canonical && canonical->fits(f.value) ? canonical->metric : lower_ascii(f.metric_text);
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
  if (counts_noun && !described.empty() && f.value.kind != ValueKind::PERCENT &&
      is_generic(t, described, entities, rules) &&
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
    while (!attribute.empty() &&
           rules.function_characters.find(t[attribute.begin]) != std::u32string::npos)
      ++attribute.begin;
    while (!attribute.empty() &&
           rules.function_characters.find(t[attribute.end - 1]) != std::u32string::npos)
      --attribute.end;
    // 造成3人死亡: the cause names no attribute; the verb after the count does.
    const auto* causative = word_at(t, attribute.begin, rules.causative_verbs);
    if (causative && attribute.begin + causative->size() == attribute.end) attribute = {};
    if (attribute.end - attribute.begin >= 2 && attribute.end - attribute.begin <= 8) {
      f.metric_span = attribute;
      f.metric_text = utf8_of(t, attribute.begin, attribute.end);
    }
  }
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
               n && !opener_word_at(t, after, n, rules)) {
      // (两年之后, 七部门近日发布: a time word or a connective after the count is no thing.)
      f.metric_span = {after, after + n};
      f.metric_text = utf8_of(t, after, after + n);
    } else if (const Span thing = counted && !inside_common_word(t, begin, counted, rules)
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
  if (!metric && !is_date && counted && f.value.kind != ValueKind::PERCENT &&
      (verbal_metric || ends_with_verb(t, f.metric_span, rules) || !placed_verb.empty() ||
       verbal_noun_metric()))
    if (const Span thing = described_noun(t, counted, rules, entities);
        counted_thing(t, thing, begin, counted, rules) && !entity_in(entities, thing) &&
        (thing.end <= subject.begin || thing.begin >= subject.end)) {
      // (在北京发表: the key is the verb alone, 发表:论文, whatever the place.)
      counted_verb = !placed_verb.empty() ? placed_verb : without_particles(t, f.metric_span);
      f.metric_span = thing;
      f.metric_text = utf8_of(t, thing.begin, thing.end);
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
  } else if (!metric && !subject.empty() && !is_date) {
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
    for (std::size_t p = subject.end - 2; p >= subject.begin + 2; --p) {
      if (rules.population_endings.find(t[p - 1]) == std::u32string::npos ||
          !word_ends_at(t, {subject.begin, p}, rules.common_words, rules.longest_common_word) ||
          longest_of(words_at(t, p, subject.end, rules.common_words)) == 0 ||
          inside_common_word(t, subject.begin, p, rules))
        continue;
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
    } else if (!subject.empty() && take_speaker(f, begin, subject.begin)) {
      // 汇顶科技方面表示，尽管公司…: the pronoun is the speaker's.
    } else if (place && take_carried(f, begin) && !refers_to_place(f)) {
      return false;
    } else if (!take_carried(f, begin) && !take_fallback(f, begin)) {
      // 年薪将减少5万美元 with nothing named before: the metric word stays the subject.
      // Else the phrase as written, when one opens the clause (the figure is kept), but never
      // a verb alone (导致14名儿童受伤: no subject rather than 导致).
      const Span last_resort = !metric_subject.empty() ? metric_subject : written;
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
    if (rules.change_metrics.count(f.metric) && !frames.empty() && !frames.back().metric.empty() &&
        !rules.change_metrics.count(frames.back().metric)) {
      std::string quantity = frames.back().metric;
      if (const auto colon = quantity.find(':');
          colon != std::string::npos && rules.change_metrics.count(quantity.substr(0, colon)))
        quantity.erase(0, colon + 1);
      f.metric += ":" + quantity;
    }
  } else if (described.empty() && is_organ(t, subject, rules) &&
             (take_speaker(f, begin, subject.begin) || take_carried(f, begin))) {
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
    // - 中国与28个国家签署了21份协定: else, after a conjunction or a preposition, the noun
    //   phrase before that figure.
    if (!frames.empty() && frames.back().value_span.begin >= subject.begin &&
        frames.back().value_span.end <= subject.end &&
        frames.back().subject_span.end <= frames.back().value_span.begin) {
      const DraftFrame& previous = frames.back();
      const bool coordinated =
          !previous.subject_span.empty() &&
          before_linkers(t, subject.end, begin, rules) == subject.end &&
          rules.coordinators.find(t[subject.end - 1]) != std::u32string::npos && [&] {
            for (std::size_t k = previous.value_span.end; k + 1 < subject.end; ++k)
              if (!is_han(t[k])) return false;
            return true;
          }();
      if (coordinated ||
          (!previous.subject_span.empty() && previous.subject_span.begin == subject.begin &&
           verb_ending(t, {previous.value_span.end, subject.end}, rules) > 0)) {
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
    if (const std::size_t verb = !metric && (f.metric_span.empty() || thing_after) && !is_date &&
                                         before_linkers(t, after_verb, begin, rules) == after_verb
                                     ? verb_ending(t, subject, rules)
                                     : 0) {
      Span owner = trim(t, {subject.begin, subject.end - verb});
      // PH值只|上升: the adverbs before the verb are no part of the name.
      while (owner.end - owner.begin > 2 &&
             (rules.ending_characters.find(t[owner.end - 1]) != std::u32string::npos ||
              rules.function_characters.find(t[owner.end - 1]) != std::u32string::npos))
        --owner.end;
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
        // the key verb:thing, as after an aspect particle.
        f.metric_span = thing.empty() ? verb_span : thing;
        f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
        f.metric =
            thing.empty()
                ? lower_ascii(f.metric_text)
                : lower_ascii(utf8_of(t, verb_span.begin, verb_span.end) + ":" + f.metric_text);
        subject = owner;
      }
    }
    subject_of(subject, f);
    // 发生7.4级地震，震源深度50公里: what occurs is an event of its own, generic or not.
    remember(subject.begin, f, !occurred && !people && is_generic(t, subject, entities, rules));
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
  if (!is_date && f.metric_span.empty() && f.value.figure.unit == "rank")
    for (std::size_t k = begin; k-- > clause.begin;) {
      const auto* verb = word_at(t, k, rules.rank_verbs);
      if (!verb || verb->size() < 2 || k + verb->size() > begin) continue;
      f.metric_span = {k, k + verb->size()};
      f.metric_text = utf8_of(t, k, k + verb->size());
      f.metric = "rank";
      break;
    }
  // 勇夺最佳影片、导演…等4大奖: with no metric word and no thing counted named, the verb of the
  // list says what the count measures.
  if (!list_verb.empty() && f.metric_span.empty()) {
    f.metric_span = list_verb;
    f.metric_text = utf8_of(t, list_verb.begin, list_verb.end);
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
  frame_context(t, dates, rules, begin, end, is_date, f);
  f.attribution = attribution_for(begin);
  return true;
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
  // 11月5日 that the date recognizer left (a dateline's): the day of a date, not a count.
  if (begin > 0 && t[begin - 1] == U'月' && (t[end] == U'日' || t[end] == U'号')) return true;
  // A numeral glued to Latin letters or a dash is part of a model or product name (轰-6K),
  // also one space after a Latin word (Qihoo 360, Watch 9).
  if (begin > 0 && (is_ascii_alpha(t[begin - 1]) || t[begin - 1] == '-')) return true;
  if (begin > 1 && t[begin - 1] == ' ' && is_ascii_alpha(t[begin - 2])) return true;
  if (t[begin] == '-' && begin > 0 && t[begin - 1] > 0x2E80) return true;  // 歼-20
  // A count's measure word before a Latin name is no part of a name: 4688.9万部iPhone counts
  // iPhones.
  if (is_ascii_alpha(t[end]) && t[end] != 'k' && t[end] != 'K' && !is_han(t[end - 1])) return true;
  return false;
}

// Figures, with 分别 lists paired item by item.
void FrameFinder::frame_figures() {
  for (std::size_t k = 0; k < figures.size(); ++k) {
    const Figure& fig = figures[k];
    if (blocked(fig.begin, fig.end, fig.kind == ValueKind::SCORE)) continue;
    // 一款, 两人: an article or a reference, not a figure.
    if (rules.referential(t, fig)) continue;
    // “两个确立”, 「兩顆子彈」: a count opening a short quotation names a slogan or a work.
    if (rules.quoted_term(t, fig)) continue;
    // 每千人口, 每百克: the denominator of a rate (but 每三个月: how often).
    if (fig.begin > 0 && t[fig.begin - 1] == U'每' &&
        std::find(rules.frequency_units.begin(), rules.frequency_units.end(), fig.unit) ==
            rules.frequency_units.end())
      continue;
    // 数百人, 几十家: vague, nothing a source could contradict.
    if (rules.vague_numerals.find(t[fig.number_begin]) != std::u32string::npos) continue;
    // 3850535: a bare run of digits this long is a phone number, a code or an id.
    if (fig.kind == ValueKind::NUMBER && fig.unit.empty() && !fig.measured &&
        fig.number_end - fig.number_begin >= rules.identifier_digits) {
      bool digits_only = true;
      for (std::size_t c = fig.number_begin; c < fig.number_end && digits_only; ++c)
        digits_only = is_ascii_digit(t[c]);
      if (digits_only) continue;
    }
    // 01, 02: section numbers.
    if (fig.kind == ValueKind::NUMBER && t[fig.begin] == '0' && is_ascii_digit(t[fig.begin + 1]))
      continue;
    if (fig.kind == ValueKind::NUMBER && fig.unit.empty() && fig.value &&
        *fig.value < rules.bare_number_below && *fig.value == static_cast<long long>(*fig.value))
      continue;
    // Chinese counts carry a measure word: a number with neither unit nor a magnitude word
    // (万, 亿) is a score, a clock reading, a model or a code, not a claim.
    const char32_t next = fig.end < t.size() ? t[fig.end] : U' ';
    // (铁路12306已累计…: a stop word after the number (已, 将) counts nothing, unless it starts a
    // word of its own.)
    const auto* stop = word_at(t, fig.end, rules.subject_stops);
    const std::size_t function_word = stop ? stop->size() : 0;
    const bool word_follows =
        next >= 0x3400 && next <= 0x9FFF && next != U'比' &&
        (!function_word ||
         longest_of(words_at(t, fig.end, t.size(), rules.common_words)) > function_word);
    if (fig.kind == ValueKind::NUMBER && fig.unit.empty() && !fig.measured && !word_follows &&
        !rules.bare_number_magnitudes.empty()) {
      bool magnitude = false;
      for (std::size_t i = fig.begin; i < fig.end && !magnitude; ++i)
        magnitude = rules.bare_number_magnitudes.find(t[i]) != std::u32string::npos;
      // PH值为5.4以上, 指数达到3.25: a decimal stated by a linking verb is a measured value
      // (a score, a clock or a code has no decimal point).
      bool decimal = false;
      for (std::size_t i = fig.number_begin; i < fig.number_end && !decimal; ++i)
        decimal = t[i] == '.' && is_ascii_digit(t[i + 1]);
      const bool linked =
          fig.begin > 0 &&
          std::any_of(rules.linkers.begin(), rules.linkers.end(), [&](const std::u32string& w) {
            return w.size() >= 1 && t.ends_at(fig.begin, w) && w != U"的" && w != U"以" &&
                   (w != U"在" || fig.approx != Approx::EXACT);
          });
      // 过审人数是3662, PH值则在2以下, PH值只上升到3-5: a whole number stated by a linking
      // verb after a word naming an attribute (人数, 值) is a measured value too.
      bool attribute = false;
      for (std::size_t p = fig.begin; linked && !attribute && p > 0 && fig.begin - p < 6; --p) {
        if (!is_han(t[p - 1])) break;
        attribute = rules.attribute_endings.find(t[p - 1]) != std::u32string::npos && p >= 2 &&
                    (is_han(t[p - 2]) || is_ascii_alpha(t[p - 2]));
      }
      const bool stated = linked && (attribute || (decimal && t[fig.begin - 1] != U'在'));
      if (!magnitude && !stated) continue;
    }
    // 最佳2019中考, 2018赛季: a year without 年 is part of a name, not a count; so is a model
    // year (2018款MacBook Air).
    const bool model_year = fig.kind == ValueKind::QUANTITY &&
                            std::find(rules.model_year_units.begin(), rules.model_year_units.end(),
                                      fig.unit) != rules.model_year_units.end();
    if (((fig.kind == ValueKind::NUMBER && fig.unit.empty() && !fig.measured) || model_year) &&
        fig.value && *fig.value >= 1900 && *fig.value <= 2100 &&
        *fig.value == std::floor(*fig.value) && fig.number_end - fig.number_begin == 4)
      continue;
    DraftFrame f;
    f.value.kind = fig.kind;
    f.value.figure = figure_of(fig);
    f.value_span = {fig.begin, fig.end};
    std::size_t counted = 0;
    if (fig.measured && fig.measure_end > fig.end) {
      counted = fig.measure_end;
    } else if (fig.kind == ValueKind::QUANTITY &&
               std::any_of(rules.described_classifiers.begin(), rules.described_classifiers.end(),
                           [&](const std::u32string& c) { return t.ends_at(fig.end, c); })) {
      counted = fig.end;
    } else if (fig.kind == ValueKind::PERCENT && fig.end < t.size() && is_han(t[fig.end]) &&
               longest_of(words_at(t, fig.end, t.size(), rules.common_words)) >= 2 &&
               !function_word_at(t, fig.end, t.size(), rules) &&
               !word_at(t, fig.end, rules.subject_stops)) {
      // 5成4民眾會, 六成受访者表示: a share right before a word counts that word's things.
      counted = fig.end;
    }
    if (!frame_value(fig.begin, fig.end, false, f, counted)) continue;
    if (!taken[k]) frames.push_back(std::move(f));
  }
}

// Ordinals and ranks with a numeral (第十七次 of a meeting, 第6届, 排名第3位): a figure of
// their own, which the figure recognizer leaves out (第 makes no quantity).
void FrameFinder::frame_ordinals() {
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i] != U'第') continue;
    const auto n = parse_number(t, i + 1);
    if (!n || n->vague || n->value < 1 || n->value > 10000 || n->value != std::floor(n->value))
      continue;
    const std::size_t measure = n->end;
    const std::u32string* counter = word_at(t, measure, rules.ordinal_counters);
    // 排名第一, 位居全国第三: after a verb of ranking the ordinal alone is a rank (nothing but
    // 的 or a break after it: 第一财经 is a name).
    auto rank_verb_ends_at = [&](std::size_t at) {
      return std::any_of(rules.rank_verbs.words.begin(), rules.rank_verbs.words.end(),
                         [&](const std::u32string& w) { return t.ends_at(at, w); });
    };
    // 位居全国第三: a scope word may stand between the verb and the ordinal.
    auto ranked_here = [&] {
      if (rank_verb_ends_at(i)) return true;
      for (const auto& [word, scope] : rules.scope_words)
        if (t.ends_at(i, word) && rank_verb_ends_at(i - word.size())) return true;
      return false;
    };
    const bool ranked = !counter &&
                        (measure >= t.size() || !is_han(t[measure]) || t[measure] == U'的') &&
                        ranked_here();
    static const std::u32string no_counter;
    if (ranked) counter = &no_counter;
    if (!counter || blocked(i, measure + counter->size())) continue;
    // 《在…第二次全体会议上的讲话》: an ordinal inside a title is part of the work's name (the
    // figure recognizer's claim_titles keeps titles from every other figure).
    if (inside_title(t, i)) continue;
    // 第一家庭: a counter that begins a longer word is no counter.
    if (longest_of(words_at(t, measure, t.size(), rules.common_words)) > counter->size()) continue;
    // 第二十届中央委员会: the term of a standing body is part of its name.
    if (*counter == U"届" && word_at(t, measure + counter->size(), rules.standing_bodies)) continue;
    // 第三季度 of an undated article: a period the date recognizer could not place.
    if (word_at(t, measure, rules.period_ordinals)) continue;
    const bool in_date = std::any_of(dates.begin(), dates.end(), [&](const DateFigure& d) {
      return d.begin < measure + counter->size() && d.end > i;  // 第一季度 is a period
    });
    if (in_date) continue;
    Figure ordinal;
    ordinal.begin = ordinal.value_begin = i;
    ordinal.number_begin = i + 1;
    ordinal.number_end = measure;
    ordinal.end = ordinal.value_end = measure + counter->size();
    ordinal.kind = ValueKind::QUANTITY;
    ordinal.value = n->value;
    ordinal.unit = ranked || rules.rank_counters.find((*counter)[0]) != std::u32string::npos
                       ? "rank"
                       : "ordinal";
    DraftFrame f;
    f.value.kind = ordinal.kind;
    f.value.figure = figure_of(ordinal);
    f.value_span = {ordinal.begin, ordinal.end};
    if (frame_value(ordinal.begin, ordinal.end, false, f, ordinal.end))
      frames.push_back(std::move(f));
    i = ordinal.end - 1;
  }
}

// 两大变化, 4大奖, 三大运营商: a count of two to ten and 大 before a noun counts the noun's
// major kinds (十九大, 二十大 name congresses; 大约, 大家 are words of their own: major_counts).
void FrameFinder::frame_major_counts() {
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] != U'大' || !is_han(t[i + 1]) ||
        rules.major_count_not_before.find(t[i + 1]) != std::u32string::npos)
      continue;
    std::size_t b = i;
    while (b > 0 && (is_ascii_digit(t[b - 1]) || is_chinese_numeral(t[b - 1]))) --b;
    // 第三大, 1.2大, 4成4大专生 (the tenths of a share): no count of its own.
    if (b == i || (b > 0 && (t[b - 1] == U'第' || t[b - 1] == '.' || t[b - 1] == U'成' ||
                             is_ascii_alpha(t[b - 1]))))
      continue;
    const auto n = parse_number(t, b);
    if (!n || n->end != i || n->vague || n->value < 2 || n->value > 10 ||
        n->value != std::floor(n->value) || inside_title(t, b) || blocked(b, i + 1))
      continue;
    const bool taken_already = std::any_of(figures.begin(), figures.end(), [&](const Figure& x) {
      // 4成4大专生: the numeral ends another figure; 3大于2: a figure reads on past 大.
      return (x.begin < b && x.end > b) || (x.begin >= b && x.begin < i && x.end > i);
    });
    const bool in_date = std::any_of(dates.begin(), dates.end(), [&](const DateFigure& d) {
      return d.begin < i + 1 && d.end > b;
    });
    if (taken_already || in_date) continue;
    Figure count;
    count.begin = count.value_begin = count.number_begin = b;
    count.number_end = i;
    count.end = count.value_end = i + 1;
    count.kind = ValueKind::QUANTITY;
    count.value = n->value;
    count.unit = "大";
    if (rules.quoted_term(t, count)) continue;  // “四大天王”, “五大家园”
    DraftFrame f;
    f.value.kind = count.kind;
    f.value.figure = figure_of(count);
    f.value_span = {count.begin, count.end};
    if (frame_value(count.begin, count.end, false, f, count.end)) frames.push_back(std::move(f));
  }
}

// 分别: A、B和C分别为x、y、z — the subject phrase is a list; give each figure its item.
void FrameFinder::pair_listed_figures() {
  for (std::size_t i = 0; !rules.list_cue.empty() && i < t.size(); ++i) {
    if (!t.at(i, rules.list_cue)) continue;
    const Span clause = clause_of(t, i);
    const std::size_t start = subject_start(t, clause, dates, attributions, rules, i);
    std::vector<Span> items;
    std::size_t b = start;
    for (std::size_t k = start; k <= i; ++k) {
      const bool joiner = k < i && (t[k] == U'、' || t[k] == U'和' || t[k] == U'与' ||
                                    t[k] == U'及' || t[k] == '/');
      if (joiner || k == i) {
        const Span item = trim(t, {b, k});
        if (!item.empty()) items.push_back(item);
        b = k + 1;
      }
    }
    std::vector<DraftFrame*> listed;
    for (auto& f : frames)
      if (items.size() >= 2 && f.value_span.begin > i &&
          f.value_span.begin < clause_of(t, i).end + 40 &&
          f.subject_span.begin >= items.front().begin &&
          f.subject_span.begin < items.front().end)  // 我国对东盟: the scope word stripped
        listed.push_back(&f);
    if (items.size() >= 2 && listed.size() == items.size()) {
      for (std::size_t k = 0; k < items.size(); ++k) subject_of(items[k], *listed[k]);
    } else if (items.size() < 2 && clause.begin > 0) {
      // 共卖出969.9万台iPad和529.9万台Mac，同比分别下跌6%和2%: with no list before it, 分别
      // pairs its figures with those of the clause before, whose subjects differ, item by item.
      const Span previous = clause_of(t, clause.begin - 1);
      std::vector<DraftFrame*> before, after;
      for (auto& f : frames) {
        if (f.value_span.begin > i && f.value_span.begin < clause.end) after.push_back(&f);
        if (f.value_span.begin >= previous.begin && f.value_span.begin < previous.end)
          before.push_back(&f);
      }
      const auto by_position = [](const DraftFrame* x, const DraftFrame* y) {
        return x->value_span.begin < y->value_span.begin;
      };
      std::sort(before.begin(), before.end(), by_position);
      std::sort(after.begin(), after.end(), by_position);
      bool pairs = after.size() >= 2 && after.size() == before.size();
      for (std::size_t k = 0; pairs && k < before.size(); ++k)
        pairs = !before[k]->subject.empty() && after[k]->subject == after[0]->subject &&
                (k == 0 || before[k]->subject != before[k - 1]->subject);
      for (std::size_t k = 0; pairs && k < before.size(); ++k) {
        after[k]->subject = before[k]->subject;
        after[k]->subject_kind = before[k]->subject_kind;
        after[k]->subject_normalized = before[k]->subject_normalized;
        after[k]->subject_span = before[k]->subject_span;
      }
    }
    i += rules.list_cue.size();
  }
}

// Event dates: a date in a clause with an event verb and no figure of its own to date.
void FrameFinder::frame_event_dates() {
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const DateFigure& d = dates[k];
    if (!d.any() || d.relation == DateRelation::UNTIL) continue;  // 截至, 目前: as of
    if (word_at(t, d.begin, rules.vague_dates)) continue;  // 日前, 近日: lately, no event's date
    // 十年来, 十年间: a span counted back to the reference date dates no once-only event (自今年1月
    // 加入…以来 dates the joining: it has no end).
    if (d.relation == DateRelation::SINCE && d.relative && !d.date_end.empty()) continue;

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
    if (dateline) continue;
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
    bool comparison_base = word_at(t, d.end, rules.period_base_after) != nullptr;
    for (const auto& w : rules.period_base_before)
      comparison_base = comparison_base || t.ends_at(d.begin, w);
    const bool one_span =
        !one_day && !comparison_base && !refiner_after(t, d.end, rules) &&
        std::none_of(figures.begin(), figures.end(), [&](const Figure& fig) {
          return dates_figure(fig) && !rules.referential(t, fig);  // 一家: no figure
        });
    // 创办于1920年, 建成於2010年: a verb with 于 right before the date says what happened then.
    if (d.begin >= 3 && t[d.begin - 1] == U'于') {
      const std::size_t verb_end = d.begin - 1;
      for (std::size_t n = std::min<std::size_t>(4, verb_end - clause.begin); n >= 2 && !verb_size;
           --n) {
        if ((words_at(t, verb_end - n, verb_end, rules.verb_words) >> n) & 1u)
          verb_at = verb_end - n, verb_size = n;
      }
    }
    for (std::size_t i = clause.begin; i < clause.end && !verb_size; ++i) {
      if (const auto* hand_picked = word_at(t, i, rules.event_verbs)) {
        verb_at = i, verb_size = hand_picked->size();
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
    if (!verb_size) continue;
    // 今天（7月2日）: one date written twice; the explicit one stays, or the one in brackets
    // when both are relative to the publication date (a month-day without its year).
    bool repeated = false;
    for (std::size_t m = 0; m < dates.size(); ++m) {
      if (m == k || dates[m].date != d.date || dates[m].partial != d.partial ||
          dates[m].unresolved != d.unresolved)
        continue;
      repeated = repeated || (d.relative && !dates[m].relative &&
                              clause_of(t, dates[m].begin).begin == clause.begin);
      repeated =
          repeated || (dates[m].begin == d.end + 1 && (t[d.end] == U'（' || t[d.end] == '('));
    }
    // 今日（10月28日） in an undated article: the relative word, explained by the date after it.
    if (!d.unresolved.empty() && k + 1 < dates.size() && dates[k + 1].unresolved.empty() &&
        dates[k + 1].any() && dates[k + 1].begin <= d.end + 1)
      repeated = true;
    if (repeated) continue;
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
          !opens_with_verb(t, adjacent, rules) &&
          (subject.empty() || subject.end <= adjacent.begin))
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
      if (verb_in_next_clause && !subject.empty() && opens_with_verb(t, subject, rules))
        subject = {};
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
      if (!take_carried(f, d.begin) && !take_fallback(f, d.begin)) continue;
    } else {
      subject_of(subject, f);
    }
    frame_context(t, dates, rules, d.begin, d.end, true, f);
    f.attribution = attribution_for(d.begin);
    frames.push_back(std::move(f));
  }
}

std::vector<DraftFrame> FrameFinder::run() {
  note_clause_subjects();
  frame_figures();
  frame_ordinals();
  frame_major_counts();
  pair_listed_figures();
  frame_event_dates();
  std::sort(frames.begin(), frames.end(), [](const DraftFrame& a, const DraftFrame& b) {
    return a.value_span.begin < b.value_span.begin;
  });
  // The next sentence continues this one's first named subject: the topic a sentence opens
  // with, not the object its last clause happens to name.
  const Named* first = nullptr;
  for (const auto& n : named)
    if (!n.subject.generic && (!first || n.position < first->position)) first = &n;
  if (first) topic = first->subject;
  return std::move(frames);
}

}  // namespace

std::vector<DraftFrame> find_frames(const CodePoints& t,
                                    const std::vector<SentenceEntity>& entities,
                                    const std::vector<Figure>& figures,
                                    const std::vector<DateFigure>& dates,
                                    const std::vector<FoundAttribution>& attributions,
                                    const FrameRules& rules, const std::vector<bool>& taken,
                                    FrameSubject& topic) {
  return FrameFinder(t, entities, figures, dates, attributions, rules, taken, topic).run();
}

}  // namespace suyuan::extract
