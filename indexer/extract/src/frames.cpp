/// @file frames.cpp
/// @brief Claim frames on any news: the noun phrase that opens a figure's clause is its
/// subject, the metric word (or the phrase before the linking verb) its metric, the nearest
/// date before it its period; 分别 lists pair item by item; dates in event clauses are claims.
#include "frames.h"

#include <algorithm>
#include <cmath>

#include "frame_grammar.h"
#include "numerals.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {

using namespace frame_grammar;

namespace {
// 是第一名…, 为第三名…: a copula before a phrase makes it a predicate, not a name of its own.
bool is_copula(char32_t c) { return c == U'是' || c == U'为'; }

// 较上月上升, 比上年增长, 比“十三五”末提高, 恢复到2019年同期: the date is the base a figure is
// compared with, not its period.
bool comparison_base(const CodePoints& t, const DateFigure& d, const FrameRules& rules) {
  if (word_at(t, d.end, rules.period_base_after)) return true;
  const char32_t before = d.begin > 0 ? t[d.begin - 1] : 0;
  const std::size_t b = before == U'“' || before == U'「' ? d.begin - 1 : d.begin;
  return std::any_of(rules.period_base_before.begin(), rules.period_base_before.end(),
                     [&](const std::u32string& w) { return t.ends_at(b, w); });
}

}  // namespace

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

// Whether the noun a count counts starts at `counted`, after its measure word: no word of the
// lexicon runs across that point, except one the measure word starts (名人 of 50名人质) that
// gives way to a noun after it running at least as far (人质; 5个人 stays 个人's).
namespace {
bool counted_noun_starts(const CodePoints& t, std::size_t begin, std::size_t counted,
                         const FrameRules& rules) {
  if (!inside_common_word(t, begin, counted, rules)) return true;
  if (counted <= begin || inside_common_word(t, begin, counted - 1, rules)) return false;
  // (The word across starts one character before `counted`: the noun must reach its end.)
  const std::size_t across = longest_of(words_at(t, counted - 1, t.size(), rules.common_words));
  const std::size_t noun = longest_of(words_at(t, counted, t.size(), rules.common_words));
  return noun >= 2 && noun + 1 >= across;
}
}  // namespace

// The key of a metric word: its canonical metric, or, for a word of a kind of measure (失业率 and
// 出生率 are both rates, never one question), the word as written.
std::string metric_key(const FrameRules::MetricWord& word, const CodePoints& t, Span written) {
  return word.metric.empty() ? lower_ascii(utf8_of(t, written.begin, written.end)) : word.metric;
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
  // The organisations of those who speak with a role in one (辉宏集团董事长王明), at the
  // speaker's position: what a pronoun of an organisation after them refers to.
  std::vector<Named> speaker_organisations;
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

  /// What makes a date an event's: the clause it dates (which may run on into the next), the
  /// verb, where the subject of a verb in a later clause starts (or 0), and the observance a day
  /// is (今天是…日), its subject.
  struct EventVerb {
    Span clause;
    Span verb;
    std::size_t subject_from = 0;
    Span observance;
  };
  std::optional<EventVerb> event_verb_of(std::size_t k);
  void frame_event_date(std::size_t k, const EventVerb& event_verb);

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
  bool take_speaker(DraftFrame& f, std::size_t position, std::size_t mention, Span pronoun = {});
  bool spoken_before_clause(std::size_t position);
  bool topic_named_before(std::size_t position);
  bool take_carried(DraftFrame& f, std::size_t position, bool named_only = false,
                    bool this_sentence = false);
  bool take_named_with_head(Span pronoun, std::size_t position, DraftFrame& f);
  Span event_before_cause(Span clause) const;
  bool scene_after_place(Span clause) const;
  bool is_share(Span s);
  bool named_before(Span s, DraftFrame& f);
  std::size_t relative_clause_head(Span s) const;
  bool plain_name(Span name) const;
  std::optional<std::pair<Span, std::size_t>> changed_quantity(std::size_t start,
                                                               std::size_t change);
  bool base_figure(std::size_t begin, DraftFrame& f);
  Span deed_after(std::size_t begin, std::size_t end, std::size_t counted, bool measured,
                  Span clause) const;
  bool frame_value(std::size_t begin, std::size_t end, bool is_date, DraftFrame& f,
                   std::size_t counted = 0);
  bool verb_ends_at(std::size_t i);
  bool blocked(std::size_t begin, std::size_t end, bool score = false);
};

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
          DraftFrame f;
          subject_of(who, f);
          speakers.push_back(
              {who.begin, {f.subject, f.subject_kind, false, *f.subject_normalized}});
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
      DraftFrame f;
      subject_of(who, f);
      speakers.push_back({who.begin, {f.subject, f.subject_kind, false, *f.subject_normalized}});
      for (std::size_t k = who.begin + 2; k < who.end; ++k) {
        const auto* role = word_at(t, k, rules.speaker_roles);
        if (!role || k + role->size() > who.end) continue;
        if (const Span organisation = trim(t, {who.begin, k});
            organisation.end - organisation.begin >= 2 && !is_pronoun(t, organisation, rules) &&
            !is_generic(t, organisation, entities, rules)) {
          DraftFrame o;
          subject_of(organisation, o);
          speaker_organisations.push_back(
              {who.begin, {o.subject, o.subject_kind, false, *o.subject_normalized}});
        }
        break;
      }
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
// (成立50年的); else 0. A generic noun or a pronoun there (的公司) refers back and is left to the
// rules of those.
std::size_t FrameFinder::relative_clause_head(Span s) const {
  std::size_t mark = s.begin + 2;
  while (mark + 2 < s.end && (t[mark] != U'的' || inside_title(t, mark))) ++mark;
  if (mark + 2 >= s.end) return 0;
  const Span describing = trim(t, {s.begin, mark});
  const Span head = trim(t, {mark + 1, first_stop(t, mark + 1, s.end, rules, entities)});
  if (describing.end - describing.begin < 2 || head.end - head.begin < 2) return 0;
  const bool holds_figure = std::any_of(figures.begin(), figures.end(), [&](const Figure& x) {
    return x.begin >= describing.begin && x.end <= describing.end;
  });
  if (!holds_figure && !opens_with_verb(t, describing, rules)) return 0;
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
    if (trim(t, {phrase.end, clause.end}).empty())
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
  if (metric) {
    const auto& word = rules.metric_words[metric->second];
    f.metric_span = metric->first;
    // 提高到2.54%: the new level, written as such, never the change itself.
    const std::u32string* level = rules.change_metrics.count(word.metric) && !is_date
                                      ? word_at(t, metric->first.end, rules.level_markers)
                                      : nullptr;
    if (level) f.metric_span.end += level->size();
    f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
    f.metric = !level && (is_date || word.fits(f.value)) ? metric_key(word, t, f.metric_span)
                                                         : lower_ascii(f.metric_text);
  }
  // 星河公司营收同比增长5%: the word of a quantity right before a change word says what changes;
  // it joins the metric (growth:revenue), as it does after a date (星河公司一季度营收增长), and the
  // subject is the phrase before it.
  std::size_t changed_of = 0;  // where the quantity that changes ends, when it joined the metric
  Span changed_alone;  // that quantity, when nothing stands before it: the last resort subject
  if (metric && !is_date && rules.change_metrics.count(f.metric))
    if (const auto quantity = changed_quantity(start, metric->first.begin)) {
      f.metric += ":" + metric_key(rules.metric_words[quantity->second], t, quantity->first);
      f.metric_span.begin = quantity->first.begin;
      f.metric_text = utf8_of(t, f.metric_span.begin, f.metric_span.end);
      subject_end = quantity->first.begin;
      changed_of = quantity->first.end;
      if (trim(t, {start, subject_end}).empty()) changed_alone = quantity->first;
    }
  // 拥有悠久历史的辉宏公司去年营收…, 成立50年的辉宏公司…: a clause that opens with a verb or
  // holds a figure, and 的, describe the noun phrase after them; that noun phrase opens the
  // subject.
  if (const std::size_t head = relative_clause_head({start, subject_end})) start = head;
  const std::size_t phrase_end = subject_end;
  subject_end =
      std::max(start, std::min(subject_end, first_stop(t, start, subject_end, rules, entities)));
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
    // 其中207处失控: a lone word that is no noun, ending the clause after a count that opens
    // it, is its predicate; the count is of the subject named before (in a list of counts,
    // 8.3板8.3次助攻, it is what is counted).
    if (!list_item && trim(t, {described.end, clause.end}).empty() &&
        is_one_word(t, described, rules.common_words) &&
        !is_one_word(t, described, rules.noun_words))
      described = {};
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
    if (attribute.end - attribute.begin >= 2 && attribute.end - attribute.begin <= 8) {
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
  if (!metric && !is_date && counted && f.value.kind != ValueKind::PERCENT && !done_by_count &&
      (verbal_metric || ends_with_verb(t, f.metric_span, rules) || !placed_verb.empty() ||
       verbal_noun_metric()))
    if (const Span thing = described_noun(t, counted, rules, entities);
        counted_thing(t, thing, begin, counted, rules) && !entity_in(entities, thing) &&
        (thing.end <= subject.begin || thing.begin >= subject.end) &&
        // (3人遇难: the verb after the count is no thing counted, 遇难:遇难.)
        !ends_with_verb(t, thing, rules)) {
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
      // 纽约市警方称，这起枪击事件已造成5人死亡: an event, not the speaker.
      subject_of({subject.begin + 2, subject.end}, f);
    } else if (const Span event = subject.empty() ? event_before_cause(clause) : Span{};
               !event.empty()) {
      // 乌克兰军方称，…遭俄导弹袭击，造成3人死亡: the event caused it, not the speaker (and
      // the counts after it, 284人受伤, are its too).
      subject_of(event, f);
      remember(event.begin, f, false);
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
    if (rules.change_metrics.count(f.metric) && !frames.empty() && !frames.back().metric.empty() &&
        !rules.change_metrics.count(frames.back().metric)) {
      std::string quantity = frames.back().metric;
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
    if (const std::size_t verb =
            !metric && (f.metric_span.empty() || thing_after || measured_after) && !is_date &&
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
    }
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
  // 湖人队连续5场获胜, 以98比83击败: with no metric yet, what is done right after the figure.
  if (!is_date && f.metric_span.empty() && list_verb.empty()) {
    const bool measured = !f.value.figure.measure.empty() || !f.value.figure.unit.empty();
    const Span deed = deed_after(begin, end, counted, measured, clause);
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
  for (std::size_t i = clause.begin; i < clause.end && !verb_size; ++i) {
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
