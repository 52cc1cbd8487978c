/// @file frames.cpp
/// @brief Claim frames on any news: the noun phrase that opens a figure's clause is its
/// subject, the metric word (or the phrase before the linking verb) its metric, the nearest
/// date before it its period; 分别 lists pair item by item; dates in event clauses are claims.
/// This file holds the order of the steps (FrameFinder::run) and the steps over a sentence's
/// figures; the subjects, the frame of one figure and event dates have files of their own
/// (frame_finder.h names them).
#include "frames.h"

#include <algorithm>
#include <cmath>

#include "frame_finder.h"
#include "numerals.h"

namespace suyuan::extract {

using namespace frame_grammar;

bool rule_measures_other(const CodePoints& t, const std::vector<SentenceEntity>& entities,
                         const std::vector<Figure>& figures, const std::vector<DateFigure>& dates,
                         const FrameRules& rules, const RuleWords& rule, std::size_t from,
                         std::size_t begin) {
  const std::string& rule_metric = rule.metric;
  const auto& keywords = rule.keywords;
  // revenue_growth names the quantity revenue and the change growth (its parts between '_').
  const auto names = [&](const std::string& metric) {
    const std::size_t at = rule_metric.find(metric);
    return at != std::string::npos && (at == 0 || rule_metric[at - 1] == '_') &&
           (at + metric.size() == rule_metric.size() || rule_metric[at + metric.size()] == '_');
  };
  const bool change_rule =
      std::any_of(rules.change_metrics.begin(), rules.change_metrics.end(), names);
  // The rule's own quantity word nearest before the figure, past the words of a change.
  std::optional<Span> quantity;
  std::string quantity_metric = rule_metric;  // a keyword's, unless a metric word says
  for (std::size_t limit = begin; !quantity;) {
    const auto word = metric_before(t, from, limit, rules);
    if (!word) {
      // 营收成本: the rule's keyword, which the lexicon does not read as a metric word there.
      for (std::size_t e = limit; e > from && !quantity; --e)
        for (const auto& k : keywords)
          if (e >= from + k.size() && t.ends_at(e, k)) {
            quantity = Span{e - k.size(), e};
            break;
          }
      if (!quantity) return false;
      break;
    }
    const std::string& metric = rules.metric_words[word->second].metric;
    const bool own = names(metric) ||
                     std::any_of(keywords.begin(), keywords.end(), [&](const std::u32string& k) {
                       return t.ends_at(word->first.end, k);
                     });
    // 同比增长 of revenue_growth: the rule's change; 云计算收入增长至56.7亿元 of revenue: a
    // change word before an amount states its level. The quantity is further back.
    if (rules.change_metrics.count(metric) && (own || !change_rule)) {
      limit = word->first.begin;
      continue;
    }
    // 净利润…同比增长56%, 同比下滑5% of revenue_growth: that quantity's change, or another
    // direction; 营收成本 of revenue: another measure.
    if (!own) return true;
    quantity = word->first;
    quantity_metric = metric;
    for (const auto& k : keywords)  // 营收损失 (损失 is the metric word): all the rule's word
      if (k.size() > quantity->end - quantity->begin && quantity->end >= from + k.size() &&
          t.ends_at(quantity->end, k))
        quantity->begin = quantity->end - k.size();
  }
  // Only a rule of the quantity itself or of its change: a share of it (revenue_share_to_
  // government: 所得收入的15%上缴) reads a figure of its own kind.
  if (!change_rule && quantity_metric != rule_metric) return false;
  // 营收指引区间: a noun right after the quantity's word names what is measured (not a word of
  // a measure, 营收增幅, nor one in a figure, the currency of 营收人民币282亿元).
  if (const std::size_t noun = longest_of(words_at(t, quantity->end, begin, rules.noun_words));
      noun >= 2 && quantity->end + noun <= begin &&
      std::none_of(rules.metric_words.begin(), rules.metric_words.end(),
                   [&](const auto& m) { return t.at(quantity->end, m.word); }) &&
      std::none_of(figures.begin(), figures.end(), [&](const Figure& f) {
        return f.begin < quantity->end + noun && f.end > quantity->end;
      }))
    return true;
  // The segment: the noun phrase right before the quantity's word (with or without 的), after
  // the entity's name, a date or the clause's start (来自于中国商业零售业务的营收, 一季度的云计算
  // 收入, 百度第三季度广告营收). Not 总 alone, 公司 or 集团; not a word that opens clauses or a
  // cue of modality (其中, 预估); not a scope word (海外, 中国), which the claim's scope states.
  std::size_t after = clause_of(t, quantity->begin).begin;
  for (const auto& e : entities)
    if (e.end <= quantity->begin && e.end > after) after = e.end;
  for (const auto& d : dates)
    if (d.end <= quantity->begin && d.end > after) after = d.end;
  const auto noun_phrase = [&](Span segment) {
    while (!segment.empty() && t[segment.begin] == U'的') ++segment.begin;
    while (!segment.empty() && t[segment.end - 1] == U'的') --segment.end;
    const auto opening_word = [&]() -> std::size_t {
      if (segment.empty()) return 0;
      if (const auto* opener = word_at(t, segment.begin, rules.openers)) return opener->size();
      for (const auto& [cue, modality] : rules.modality_cues)
        if (t.at(segment.begin, cue)) return cue.size();
      return 0;
    };
    for (std::size_t n = opening_word(); n; n = opening_word())
      segment.begin = std::min(segment.end, segment.begin + n);
    if (segment.end - segment.begin < 2 || is_pronoun(t, segment, rules) ||
        is_organ(t, segment, rules) || opens_with_verb(t, segment, rules) ||
        inside_common_word(t, after, segment.begin, rules) ||
        first_stop(t, segment.begin, segment.end, rules, entities) != segment.end)
      return false;
    for (std::size_t k = segment.begin; k < segment.end; ++k)
      if (!is_han(t[k]) && !is_ascii_alpha(t[k])) return false;
    for (const auto& [word, scope] : rules.scope_words)
      if (segment.end - segment.begin == word.size() && t.at(segment.begin, word)) return false;
    // 中国市场的规模 of china-market (context 中国市场): the words of a rule's own subject, which
    // may run into the quantity's word, are no segment of it.
    for (const auto& word : rule.subject_words)
      if (segment.end - segment.begin <= word.size() && t.at(segment.begin, word)) return false;
    return true;
  };
  // The longest noun phrase ending there: 中国商业零售业务 of 来自于中国商业零售业务的.
  for (std::size_t start = after; start + 2 <= quantity->begin; ++start)
    if (noun_phrase(trim(t, {start, quantity->begin}))) return true;
  return false;
}

namespace frame_finding {

bool comparison_base(const CodePoints& t, const DateFigure& d, const FrameRules& rules) {
  if (word_at(t, d.end, rules.period_base_after)) return true;
  const char32_t before = d.begin > 0 ? t[d.begin - 1] : 0;
  const std::size_t b = before == U'“' || before == U'「' ? d.begin - 1 : d.begin;
  return std::any_of(rules.period_base_before.begin(), rules.period_base_before.end(),
                     [&](const std::u32string& w) { return t.ends_at(b, w); });
}

bool counted_noun_starts(const CodePoints& t, std::size_t begin, std::size_t counted,
                         const FrameRules& rules) {
  if (!inside_common_word(t, begin, counted, rules)) return true;
  if (counted <= begin) return false;
  // (1500多名优秀人才: a word that the figure's own 多 or numeral opens, 多名, is no word across
  // the measure word.)
  const char32_t last = counted >= begin + 2 ? t[counted - 2] : U'\0';
  const bool after_number =
      is_ascii_digit(last) || is_chinese_numeral(last) || last == U'多' || last == U'余';
  if (!after_number && inside_common_word(t, begin, counted - 1, rules)) return false;
  // (The word across starts one character before `counted`: the noun must reach its end.)
  const std::size_t across = longest_of(words_at(t, counted - 1, t.size(), rules.common_words));
  const std::size_t noun = longest_of(words_at(t, counted, t.size(), rules.common_words));
  return noun >= 2 && noun + 1 >= across;
}

std::string metric_key(const FrameRules::MetricWord& word, const CodePoints& t, Span written) {
  return word.metric.empty() ? lower_ascii(utf8_of(t, written.begin, written.end)) : word.metric;
}

}  // namespace frame_finding

using frame_finding::comparison_base;
using frame_finding::metric_key;

void frame_context(const CodePoints& t, const std::vector<DateFigure>& dates,
                   const FrameRules& rules, std::size_t begin, std::size_t end, bool is_date,
                   DraftFrame& frame) {
  const Span clause = clause_of(t, begin);
  // Period: the nearest date before the figure in the sentence (上半年，…完成X，同比增长Y).
  if (!is_date) {
    for (std::size_t k = 0; k < dates.size(); ++k) {
      const bool base = comparison_base(t, dates[k], rules);
      // 美国国防部4日称，将提供…5亿美元: a date right before a verb of saying dates the
      // statement, not what is said (从12月当月看 is a point of view, no statement); 据美国媒体
      // 2日报道: so does one before a verb of reporting.
      const std::size_t after_date = time_of_day_end(t, dates[k].end, true, rules);
      const bool statement = word_at(t, after_date, rules.speech_cues) != nullptr ||
                             word_at(t, after_date, rules.report_cues) != nullptr;
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
      if (d.relation == DateRelation::NONE) {
        frame.since_event_end = since_event_end(t, d.end, rules);
        if (frame.since_event_end) frame.period_kind = PeriodKind::RANGE;
      }
      // 由2012年的…增加到2022年的…，年均增长9.6%: an average over years is no one year's.
      bool annual_average = false;
      for (const auto& w : rules.annual_average)
        annual_average = annual_average || t.contains(clause.begin, begin, w);
      const bool within_a_year =
          d.date_end.empty() || d.date_end.substr(0, 4) == d.date.substr(0, 4);
      if (annual_average && within_a_year) frame.period_date.reset();
    }
  }
  // (将达3亿元, 或达30%: a cue may end in the qualifier the figure's span opens with, 达.)
  const auto before_number = [&](std::size_t cue_end) {
    for (std::size_t k = begin; k < cue_end; ++k)
      if (k >= t.size() || !is_han(t[k]) || is_chinese_numeral(t[k])) return false;
    return true;
  };
  for (std::size_t i = clause.begin; i < begin; ++i) {
    if (!rules.modality_initials.may_start(t[i])) continue;
    for (const auto& [word, modality] : rules.modality_cues) {
      if (t.at(i, word) && (i + word.size() <= begin || before_number(i + word.size()))) {
        frame.modality = modality;
        i = begin;
        break;
      }
    }
  }
  // Scope: what the scope word starting at position i names, if one does and qualifies figures.
  const auto scope_at = [&](std::size_t i) -> const std::string* {
    if (!rules.scope_initials.may_start(t[i])) return nullptr;
    for (const auto& [word, scope] : rules.scope_words) {
      if (!t.at(i, word) || i + word.size() > begin) continue;
      // 全国两会, 全国政协: part of a name, which qualifies no figure.
      if (word_at(t, i + word.size(), rules.scope_name_heads)) continue;
      // 国内生产总值, 国内外: a scope word that starts a longer word (a metric's or the
      // lexicon's) or ends inside one is part of that word.
      const bool inside_word =
          longest_of(words_at(t, i, begin, rules.common_words)) > word.size() ||
          inside_common_word(t, i >= 4 ? i - 4 : 0, i, rules) ||
          std::any_of(rules.metric_words.begin(), rules.metric_words.end(), [&](const auto& m) {
            return m.word.size() > word.size() && t.at(i, m.word);
          });
      if (!inside_word) return &scope;
    }
    return nullptr;
  };
  // The one nearest the figure in its clause (全国农村低保: 农村); else the sentence's first, the
  // scope of its topic (我国数字经济规模…，位居全球第二，占GDP比重32.9%: 全国, not 全球).
  const std::string* scope = nullptr;
  for (std::size_t i = begin; i-- > clause.begin && !scope;) scope = scope_at(i);
  for (std::size_t i = 0; i < clause.begin && !scope; ++i) scope = scope_at(i);
  if (scope) frame.scope = *scope;
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

namespace frame_finding {

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
    // 据3名知情人士透露, 华尔街5位分析师平均预计, 两位消息人士称: how many speak is part of
    // who says it, no claim of theirs (a count of people only: 37岁韩国女星…宣布 is her age).
    if (fig.measured && word_at(t, fig.end, rules.speaker_counters) &&
        std::any_of(attributions.begin(), attributions.end(), [&](const FoundAttribution& a) {
          return (fig.begin >= a.begin && fig.begin < a.end) || a.begin == fig.measure_end;
        }))
      continue;
    // 3850535: a bare run of digits this long is a phone number, a code or an id.
    if (fig.kind == ValueKind::NUMBER && fig.unit.empty() && !fig.measured &&
        fig.number_end - fig.number_begin >= rules.identifier_digits) {
      bool digits_only = true;
      for (std::size_t c = fig.number_begin; c < fig.number_end && digits_only; ++c)
        digits_only = is_ascii_digit(t[c]);
      if (digits_only) continue;
    }
    // 小米8的售价: bare digits glued to a name before 的 are the name's model number.
    if (fig.kind == ValueKind::NUMBER && fig.unit.empty() && !fig.measured && fig.begin > 0 &&
        fig.end < t.size() && t[fig.end] == U'的' && is_han(t[fig.begin - 1]) &&
        is_ascii_digit(t[fig.begin]) && is_ascii_digit(t[fig.end - 1]) &&
        rules.function_characters.find(t[fig.begin - 1]) == std::u32string::npos &&
        !verb_ends_at(fig.begin) &&  // 並列20的盧曉晴: a tie for 20th
        std::none_of(rules.linkers.begin(), rules.linkers.end(),
                     [&](const std::u32string& w) { return t.ends_at(fig.begin, w); }))
      continue;
    // 1/22看到你idol没？: digits over digits opening the sentence count a gallery's pictures or
    // a list's slides (1 of 22), no ratio of anything.
    if (fig.kind == ValueKind::RATIO && trim(t, {0, fig.begin}).empty() &&
        t.contains(fig.number_begin, fig.end, U"/")) {
      bool digits_only = true;
      for (std::size_t c = fig.begin; c < fig.end && digits_only; ++c)
        digits_only = is_ascii_digit(t[c]) || t[c] == '/';
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
    } else if (fig.kind == ValueKind::QUANTITY && classifier_ends(t, fig.end, rules)) {
      counted = fig.end;
    } else if (fig.kind == ValueKind::PERCENT && fig.end < t.size() && is_han(t[fig.end]) &&
               longest_of(words_at(t, fig.end, t.size(), rules.common_words)) >= 2 &&
               !function_word_at(t, fig.end, t.size(), rules) &&
               !word_at(t, fig.end, rules.subject_stops)) {
      // 5成4民眾會, 六成受访者表示: a share right before a word counts that word's things.
      counted = fig.end;
    }
    if (!frame_value(fig.begin, fig.end, false, f, counted)) continue;
    level_after_change(f);
    if (!taken[k])
      frames.push_back(std::move(f));
    else
      latest_taken = std::move(f);
  }
}

const DraftFrame* FrameFinder::previous_frame() const {
  const DraftFrame* last = frames.empty() ? nullptr : &frames.back();
  if (latest_taken && (!last || latest_taken->value_span.begin > last->value_span.begin))
    return &*latest_taken;
  return last;
}

// 营收增长12%，达到3亿元, 营收增长12%至3亿元: an amount right after the change of a quantity,
// with no measure of its own, is the quantity's new level (revenue, not its growth).
void FrameFinder::level_after_change(DraftFrame& f) const {
  const DraftFrame* previous = previous_frame();
  if (!previous || f.value.kind == ValueKind::DATE || f.value.kind == ValueKind::PERCENT) return;
  const DraftFrame& change = *previous;
  const std::size_t colon = change.metric.find(':');
  if (colon == std::string::npos || !rules.change_metrics.count(change.metric.substr(0, colon)) ||
      change.subject.empty() || f.subject != change.subject ||
      change.value_span.end > f.value_span.begin)
    return;
  // (Only a few characters of one clause between them: 至, 达到, 基本上达到.)
  const Span gap = trim(t, {change.value_span.end, f.value_span.begin});
  if (gap.end - gap.begin > 6) return;
  for (std::size_t k = gap.begin; k < gap.end; ++k)
    if (is_break(t[k]) && t[k] != U'，' && t[k] != U',') return;
  if (!f.metric_span.empty() && f.metric != change.metric) return;  // 员工3000人: its own
  const std::string quantity = change.metric.substr(colon + 1);
  const FrameRules::MetricWord* word = nullptr;
  for (const auto& m : rules.metric_words)
    if (m.metric == quantity && t.at(change.metric_span.begin, m.word) &&
        (!word || m.word.size() > word->word.size()))
      word = &m;
  if (!word || !word->fits(f.value)) return;
  f.metric = quantity;
  f.metric_span = {change.metric_span.begin, change.metric_span.begin + word->word.size()};
  f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
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
    // (美律今、明2年獲利將分別成長55%與43%: the items are years, the periods of the figures,
    // 今 ending the first item and 明 opening the second; the subject is named before them.)
    const auto period_word = [&](std::size_t at, bool ending) {
      return std::any_of(
          rules.period_list_items.words.begin(), rules.period_list_items.words.end(),
          [&](const std::u32string& w) { return ending ? t.ends_at(at, w) : t.at(at, w); });
    };
    if (items.size() >= 2 && period_word(items[0].end, true) &&
        period_word(items[1].begin, false)) {
      i += rules.list_cue.size();
      continue;
    }
    std::vector<DraftFrame*> listed;
    // (对东盟、共建…国家分别增长14.4%、9%: a later figure of the clause may have found no
    // subject of its own; it is the next item's.)
    for (auto& f : frames)
      if (items.size() >= 2 && f.value_span.begin > i &&
          f.value_span.begin < clause_of(t, i).end + 40 &&
          ((f.subject_span.begin >= items.front().begin &&
            f.subject_span.begin < items.front().end) ||  // 我国对东盟: the scope word stripped
           (f.subject_span.empty() && !listed.empty() && f.value_span.begin < clause.end &&
            f.value.kind == listed.front()->value.kind)))
        listed.push_back(&f);
    if (items.size() >= 2 && listed.size() == items.size()) {
      // 法国、英国、日本、德国投资分别增长…: the metric all items share ends the last one.
      // (全国基本养老、失业、工伤保险参保人数分别为…: a metric word found in it, when no metric
      // was found for the first figure.)
      Span& last = items.back();
      const Span shared = listed.front()->metric_span;
      if (!shared.empty() && shared.begin > last.begin + 1 && shared.begin < last.end)
        last.end = shared.begin;
      else if (const auto metric = metric_before(t, last.begin + 1, last.end, rules);
               metric && metric->first.begin > last.begin + 1 &&
               !inside_common_word(t, last.begin, metric->first.begin, rules) &&
               !inside_common_word(t, metric->first.begin, metric->first.end + 1, rules) &&
               t[metric->first.begin - 1] != U'的')
        last.end = metric->first.begin;
      while (last.end > last.begin + 2 && t[last.end - 1] == U'的') --last.end;  // 海力士的|利益率
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

std::vector<DraftFrame> FrameFinder::run() {
  note_clause_subjects();
  frame_figures();
  frame_ordinals();
  frame_major_counts();
  pair_listed_figures();
  frame_event_dates();
  // 全社会跨区域人员流动量预计达90亿人次: a word of modality says how sure the figure is (its
  // modality), not what is measured; nor does an adverb of consecutive times, which leaves the
  // metric to what is done in them (已连续11次加息).
  for (auto& f : frames) {
    const std::u32string written = to_u32(f.metric_text);
    const bool consecutive =
        std::find(rules.consecutive_adverbs.begin(), rules.consecutive_adverbs.end(), written) !=
        rules.consecutive_adverbs.end();
    if (f.value.kind == ValueKind::DATE ||
        (!consecutive && std::none_of(rules.modality_cues.begin(), rules.modality_cues.end(),
                                      [&](const auto& cue) { return cue.first == written; })))
      continue;
    f.metric_text.clear();
    f.metric.clear();
    f.metric_span = {};
    if (!consecutive) continue;
    const Span value = f.value_span;
    std::size_t counted = value.end;
    for (const auto& x : figures)
      if (x.begin == value.begin && x.measured) counted = std::max(counted, x.measure_end);
    const bool measured = !f.value.figure.measure.empty() || !f.value.figure.unit.empty();
    if (const Span deed =
            deed_after(value.begin, value.end, counted, measured, clause_of(t, value.begin));
        !deed.empty()) {
      f.metric_span = deed;
      f.metric_text = utf8_of(t, deed.begin, deed.end);
      f.metric = lower_ascii(f.metric_text);
    }
  }
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

}  // namespace frame_finding

std::vector<DraftFrame> find_frames(const CodePoints& t,
                                    const std::vector<SentenceEntity>& entities,
                                    const std::vector<Figure>& figures,
                                    const std::vector<DateFigure>& dates,
                                    const std::vector<FoundAttribution>& attributions,
                                    const FrameRules& rules, const std::vector<bool>& taken,
                                    FrameSubject& topic) {
  return frame_finding::FrameFinder(t, entities, figures, dates, attributions, rules, taken, topic)
      .run();
}

}  // namespace suyuan::extract