/// @file frames.h
/// @brief The claim frame around a figure on any news: subject (a known entity or the noun
/// phrase as written), metric, period, scope, modality, 分别 lists and event dates, driven by
/// data/extract/frames.json. Positions are code point indices into one sentence.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims.h"
#include "code_points.h"
#include "recognizers.h"

namespace suyuan::extract {

/// A word list, longest first, indexed by first character: a frame asks "which word starts
/// here?" at every position of every clause, so the lookup must not scan the whole list.
struct WordList {
  std::vector<std::u32string> words;
  std::unordered_map<char32_t, std::vector<std::size_t>> by_first;
  /// by_first's keys as a bitset: most positions start no word, and one bit test says so
  /// (the hash lookup there was a tenth of extraction's time).
  Initials initials;
  Finals finals;  ///< the last characters, for the scans that look backwards (ends_at)
  WordList() = default;
  explicit WordList(std::vector<std::u32string> list);
  auto begin() const { return words.begin(); }
  auto end() const { return words.end(); }
  bool empty() const { return words.empty(); }
};

/// A set of words that answers "which words start here?" in one pass over the characters: the
/// lookup hashes the probe incrementally (one multiply a character) and tries only the lengths
/// some word of that first character has: frames probe every length at every position.
class WordSet {
 public:
  /// Bit n set: a word of n code points (n < 32) starts with this character (indexed by the
  /// character in the Basic Multilingual Plane, hashed beyond it).
  std::vector<std::uint32_t> lengths_by_first_bmp = std::vector<std::uint32_t>(0x10000, 0);
  std::unordered_map<char32_t, std::uint32_t> lengths_by_first_beyond;
  /// The first two characters of every word, hashed into bits: most positions whose first
  /// character starts some word start none with the next one, and one bit test says so.
  std::vector<bool> first_pairs = std::vector<bool>(1u << 20, false);
  static std::size_t pair_bit(char32_t a, char32_t b) {
    return ((static_cast<std::uint64_t>(a) * 0x9E3779B1u) ^ b) & ((1u << 20) - 1);
  }
  /// The furthest position after the first at which a character stands in some word.
  std::unordered_map<char32_t, std::uint8_t> furthest_offset;
  void insert(std::u32string word);
  bool contains(std::u32string_view word) const;
  /// The lengths (bit n: n code points, n >= 2) of the words that start at `i` and end at or
  /// before `end`.
  std::uint32_t lengths_at(const CodePoints& t, std::size_t i, std::size_t end) const;
  bool empty() const { return words_.empty(); }

 private:
  static constexpr std::uint64_t HASH_BASIS = 14695981039346656037ull;
  static std::uint64_t hash_step(std::uint64_t h, char32_t c) {
    return (h ^ c) * 1099511628211ull;  // FNV-1a over code points
  }
  /// Whether a word with hash `h` equals t[i, i + n).
  bool has(std::uint64_t h, const CodePoints& t, std::size_t i, std::size_t n) const;
  void grow();
  std::vector<std::u32string> words_;
  /// Open addressing, linear probing: (hash, index into words_ + 1), 0 = empty.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
};

/// The vocabulary of frames.json.
struct FrameRules {
  std::size_t max_subject = 16;
  std::size_t max_heading = 16;  // the longest glued heading (heading_followers.max)
  /// Conjunctions and prepositions a subject never ends with (我国对, 中国与, 李强将).
  std::u32string trailing_characters;
  /// 将, 共, 都: after them a lexicon word that starts inside the word before is no word (部将).
  std::u32string trailing_over_words;
  /// Of those, the ones that join two counts of one subject (139名乘客和6名机组人员).
  std::u32string coordinators;
  /// Metrics whose word names an official aggregate (gdp: 国内生产总值): the subject itself when
  /// nothing but a scope word stands before it.
  std::unordered_set<std::string> aggregate_metrics;
  /// Time zones written before a date (当地时间5日): part of the date.
  std::vector<std::u32string> time_zones;
  /// Conjunctions that join two noun phrases into one subject (以及, 及, 与).
  WordList coordinating_words;
  /// 并 of 淡出演艺圈并生了: joins two predicates of one subject.
  std::u32string predicate_conjunctions;
  /// Conjunctions of contrast that open a predicate with a topic of its own inside a clause
  /// (休闲设施丰富但公设比仅30%).
  WordList contrast_conjunctions;
  /// How far into a sentence an agency's dateline date may start (新华社北京3月10日电).
  std::size_t dateline_lead = 10;
  /// At most this many characters between an open bracket and the figure in it (天宸（跌8.75%）).
  std::size_t bracket_lead_in = 4;
  /// A word naming what a figure measures. Words taken from the chip-story rules (互联, 售价)
  /// name the rule's metric only for the figures the rule is about (its kinds and units): 工业
  /// 互联网's 45个 is no interconnect bandwidth.
  struct MetricWord {
    std::u32string word;
    std::string metric;
    std::vector<ValueKind> kinds;
    std::vector<std::string> units;
    /// A shorthand (年增, 月减) counts only where it opens a word: 营收年增24%, not 今年增.
    bool opens_word_only = false;
    bool fits(const ClaimValue& value) const;
  };
  std::vector<MetricWord> metric_words;  ///< longest first
  /// metric_words by last character (indices, longest first): metric_before looks backwards.
  std::unordered_map<char32_t, std::vector<std::size_t>> metric_words_by_last;
  void index_metric_words();
  /// Bodies and parts of an organisation (董事会, 管理层, 研究团队): the subject named before.
  WordSet organs;
  WordList linkers, openers, pronouns, cumulative, event_verbs, subject_stops;
  WordList period_openers;  ///< 该季度: an opener too, except before 的
  WordList lead_in_cues, unsplit_terms, according_to, according_to_closers;
  WordList heading_followers;  // words that only open a sentence (此外, 至于, 然而)
  WordList not_claim_after, not_claim_before, dateline_after;
  WordList byline_endings, byline_followers;
  /// The last words of a clause of time or circumstance (之后, 期间, 支持下): no topic.
  WordList scene_endings;
  WordList glued_scene_endings;  ///< 后: 修订后的《条例》 says when, no subject
  std::size_t longest_glued_scene = 4;
  std::u32string distributives;            ///< 每, 单, 各: a share of something, not a thing
  std::u32string frequency_measures;       ///< 年天: 每年 says how often, no measure
  WordList speech_cues, speaker_suffixes;  ///< 表示, 称; 方面: a lead-in's speaker
  /// 董事长, 总裁: a speaker's role in an organisation; 公司, 集团: a pronoun of one
  WordList speaker_roles, organisation_nouns;
  /// 有, 拥有: a verb of having opening an attribute; 各类: a determiner of kinds after it
  WordList possession_verbs, kind_determiners;
  WordList document_cues;  ///< 显示: a document's owner speaks (财报显示)
  /// 新, 总, 净: a character that qualifies a quantity's word (新订单, 总营收), no owner's end.
  std::u32string quantity_modifiers;
  WordList data_nouns;   ///< 数据, 统计: after a date and 的 in a source's phrase, its data
  WordList report_cues;  ///< 报道: a date before one dates the report
  WordList existence_verbs,
      existence_counters;  ///< 发生, 爆发: a figure after one describes what occurs
  std::u32string demonstrative_measures;  ///< 这家公司: between a demonstrative and its noun
  std::u32string event_measures;          ///< 这起枪击事件: an event after a demonstrative
  std::u32string demonstratives, place_classifiers;  ///< 该省埃德森城: the name after them
  WordList list_heads;  ///< 材料, 食材: the head of an ingredient list before a colon
  /// Dates that only say `lately` (日前, 近日): never an event's date.
  WordList vague_dates;
  WordList countdown_openers;  ///< 距离: 今天距离…开幕还有100天 counts from the date
  /// 按…计算: a phrase saying how a figure is calculated ends the subject before it.
  WordList method_openers, method_closers;
  std::size_t longest_method_phrase = 0;
  WordList person_titles;  ///< 副主席: 国家副主席韩正 keeps 正, a stop word elsewhere
  WordList body_endings;   ///< 委, 部, 银行: 国家发展改革委 holds its stop word 发展
  /// 联合, 成功, 全面: words the lexicon tags otherwise that stand before a verb as adverbs.
  WordList adverbial_endings;
  WordList topic_prepositions;  ///< 关于: 关于2022年…计划的报告 is about the year, dates no event
  std::u32string comparison_predicates;   ///< 提, 增, 多: 比2020年提高 is a comparison
  std::u32string comparison_complements;  ///< 出 of 高出: after a predicate of comparison
  /// Words naming a whole year without saying which (全年): a figure with no period of its own
  /// after one is of the article's latest stated year (截至2024年底…。全年发展党员213.1万名).
  WordList year_anaphors;
  /// Words naming a month without saying which (当月): a figure with no period of its own after
  /// one is of the month the article's latest stated period ends in (5月当月, never the
  /// publication's month).
  WordList month_anaphors;
  /// 该季度, 本季度: the article's latest stated quarter (a report's quarter, not the
  /// publication's).
  WordList quarter_anaphors;
  /// Words opening a sentence that goes on with the one before (其中: a part of its total): a
  /// figure with no period of its own is of that sentence's last period.
  WordList period_continuers;
  /// Counters of an ordinal that says which occurrence or edition (第十七次会议, 第六届论坛): such
  /// a figure has no period.
  WordList occurrence_counters;
  /// After 第N届: a standing body whose term the ordinal numbers (第二十届中央委员会).
  WordList standing_bodies;
  /// Units of a figure after 每 that state how often (每三个月), not a rate's denominator.
  std::vector<std::string> frequency_units;
  /// Verbs of a founding or a first event right before an anniversary (建交75周年).
  WordList anniversary_verbs;
  /// A time of day after a date (下午, 上午9时43分, 10时许): day parts, then a clock reading.
  WordList day_parts, clock_hours, clock_minutes, clock_after;
  /// A day inside a period (假期首日, 第三天, 前三天): words, or prefix + numeral + unit.
  WordList period_refiner_words, period_refiner_prefixes, period_refiner_units;
  std::size_t period_refiner_within = 0;
  std::u32string list_cue, referential_numerals, bare_number_magnitudes, rank_counters;
  WordList period_list_items;  ///< 今, 明: 今、明2年…分别 lists years, no subjects
  WordList rank_verbs;  ///< 排名, 位居: the ordinal after one is a rank without a counter
  /// Subordinating conjunctions whose clause names no topic (随着…，由于…，).
  WordList circumstance_openers;
  /// 受…委托, 应…邀请: a clause of behalf or invitation (at most `behalf_longest` characters)
  /// names no topic; the clause after it acts.
  WordList behalf_openers, behalf_closers;
  std::size_t behalf_longest = 0;
  /// 预测, 预计: a speaker's phrase ending with one before a date is no subject (nor with a
  /// lead-in cue); the figure is of what comes after the date.
  WordList forecast_cues;
  /// 上, 里, 之前: after a subject's noun, a locative word places the figure; no part of it.
  WordList locative_endings;
  WordList place_locatives;  ///< 上, 里: 会上 of 大会上 is no word (locative_endings.of_place)
  /// 款: after a year's four digits, a model year (2018款MacBook Air), no count.
  std::vector<std::string> model_year_units;
  /// Endings of a column's heading (国内联播快讯): no topic.
  WordList section_label_endings;
  WordList own_reports;  ///< 年报, 财报: what a company publishes about itself
  /// 统计 of 卫福部统计，: a clause ending with one is a source's lead-in, no topic.
  std::vector<std::u32string> source_clause_endings;
  /// Fiscal years and quarters (2018财年, 第四财季): they end a subject like a date.
  WordList fiscal_period_words;
  WordList fiscal_period_before;
  /// Verbs whose object a term after them measures (判处他…4年徒刑), and the words between the
  /// object and the term (有期徒刑, 最高, 各).
  WordList sentencing_verbs;
  WordList sentencing_qualifiers;
  /// 大约, 大家, 大幅: characters after 大 that make a word of it, no count of major kinds.
  std::u32string major_count_not_before;
  /// Of referential_numerals, those of a pair (两): a count, unless the unit is one of these.
  std::u32string pair_numerals;
  std::vector<std::string> pair_referential_units;
  /// Whether a figure is an article or a reference (一款, 一名, 两人), not a count.
  bool referential(const CodePoints& t, const Figure& fig) const;
  std::u32string vague_numerals;
  /// Adverbs and particles that never start or end a metric as written (了, 还, 已).
  std::u32string function_characters;
  /// Prepositions of a partner or an addressee (与, 向): the noun after one takes part in an
  /// event, it does not act (董至成在2020年与妻子离婚).
  std::u32string partner_prepositions;
  std::u32string place_prepositions;  ///< 在: a place phrase before a verbal metric
  /// Verbs of a cause (造成, 导致): they end a subject, and name no attribute of the count after
  /// them; the verb after the counted noun does (造成3人死亡: 死亡).
  WordList causative_verbs;
  WordList causative_adverbs;  ///< 已经, 已: between an event's verb and a verb of cause
  WordList event_introducers;  ///< 发生, 遭到: the event after one causes what follows
  /// 中, 里, 时: a clause that 在 opens and ends in one is a scene (在…比赛中), no predicate
  std::u32string scene_place_endings;
  /// 全市, 全省: after a place's name, the claim's scope (淄博市全市总面积), not its subject's.
  WordList trailing_scopes;
  /// 人大 of 全国人大, 两会 of 全国两会: after a scope word, a name it is part of.
  WordList scope_name_heads;
  /// 上半场, 本赛季, 场均: a part of a game or a season, which ends a subject as a date does.
  WordList game_periods;
  WordList game_part_counters;  // 局 of 第5局: an ordinal part of a game
  WordList event_noun_heads;  // 仪式 of 安葬仪式: a verb right before one qualifies the noun
  WordList ranked_ordinal_counters;  // 个 of 第三个越过终点线的坎沃若: ranks the noun after 的
  WordList game_determiners;  // 本届 of 本届进博会: an edition, part of the noun's name
  /// Verbs of a founding (成立, 创办): with an object, the date is the object's founding.
  WordList founding_verbs, founding_not_objects;
  std::u32string attribute_endings;  // 直径, 厚度, 毛利率: a word naming an attribute
  std::u32string unlisted_attribute_endings;  // 得票率: so, even for a word the lexicon lacks
  /// 砍下, 拿下: one-character verbs of a result and the complements that make them a verb.
  std::u32string result_verbs, result_complements;
  /// Adverbs that may stand before a verb opening a clause (只投进, 再传, 一度跌至).
  WordList verb_adverbs;
  /// Conjunctions, prepositions, adverbs and modal verbs: no noun phrase opens or ends with one
  /// (subject_grammar in frames.json).
  WordList function_words;
  WordList personal_pronouns;        ///< 他, 她: a phrase with one inside has it as its subject
  std::u32string ending_characters;  ///< single function words that end a subject (要, 愿, 也)
  WordList speaker_counters;         ///< 名, 位: a count of people that says how many speak
  WordList period_base_before, period_base_after, level_markers, annual_average;
  WordList consecutive_adverbs;  ///< 连续, 接连: before a count of consecutive times
  WordList means_prepositions;   ///< 以: before a figure that is the means of the verb after it
  std::size_t longest_deed = 0;  ///< the most characters of what is done after a figure
  WordList since_event_words;    ///< 以来 after a date and the words of an event
  std::size_t since_event_reach = 0;  ///< the most characters of those words
  /// A date in a relative clause before a noun (8月交货的原油, 9月到期的债券): these verbs and the
  /// adverbs that may stand before them; the date then is the noun's, not the figure's period.
  WordList attributive_verbs, attributive_adverbs;
  std::size_t identifier_digits = 0;
  /// quoted_terms: a count opening a short quotation names a slogan (“两个确立”).
  std::u32string quote_openers, quote_closers;
  std::size_t longest_quoted_term = 0;
  bool quoted_term(const CodePoints& t, const Figure& fig) const;
  /// Metrics of a change (growth, decline): a change is always the change of some quantity.
  std::unordered_set<std::string> change_metrics;
  WordList ordinal_counters;
  /// Counters that make an ordinal a period (第三季度, 第二个月): no figure.
  WordList period_ordinals;
  /// Figures a date before them does not date (durations, ages): units and measure words.
  std::vector<std::string> undated_units;
  WordList undated_measures;
  WordList period_after;         ///< 期间: the date before it is a period, no event's day
  double event_count_below = 0;  ///< a count this small after a day's date: its event's
  /// The noun phrase a figure describes (described_noun): units after which a counted noun
  /// follows, words that end the phrase, and heads that name a level rather than a thing.
  WordList described_classifiers, described_stops, abstract_heads, described_place_words;
  WordList described_ages;            ///< 岁: an age before the noun a figure describes
  std::u32string population_endings;  ///< 者民众生: a share of a noun ending so is the people's
  WordList degree_adverbs;            ///< 最: 规模最大的 describes the name after 的
  WordList metric_qualifiers;  ///< 最高, 平均: 遗产税最高边际税率 qualifies the rate
  WordList same_question_qualifiers;  ///< 整体: 整体收入 is the revenue
  std::u32string metric_prefixes;     ///< 总: 总装机容量 is one measure, 电站总 no subject
  WordList not_metric_words;  ///< 评价, 代价: end with the metric word 价, measure nothing
  WordList person_pronouns;   ///< 他, 她: a person, never a body or a place
  std::vector<std::string> not_person_endings;  ///< 政府, 市: what he or she is not
  std::vector<std::u32string> figure_stops;     ///< 达: a subject stop only before a figure
  /// 附近, 节约, 到达 (qualifiers.json): words ending in a one-character linker, which they keep.
  std::vector<std::u32string> words_ending_in_a_qualifier;
  WordList edition_counters;  ///< 届, 期: an ordinal with one numbers the noun after it
  WordList edition_heads;  ///< 大会, 论坛: 2026中关村论坛's bare year numbers the edition
  /// Common (not proper) words (common_words.txt, from jieba's lexicon): a phrase made only of
  /// them is generic (线路, 运输货物) and names no subject of its own.
  WordSet common_words;
  std::size_t longest_common_word = 0;
  /// Nouns and terms with a stop word inside or an opener at their start (nominal_words.txt,
  /// from jieba's lexicon): 一般公共预算, 人均, 以色列 are not split there.
  WordSet nominal_words;
  std::size_t longest_nominal_word = 0;
  /// Common nouns (noun_words.txt, from jieba's lexicon): the head that ends a counted noun
  /// phrase (重点工业园区; not 大楼如期).
  WordSet noun_words;
  /// Frequent verbs (verb_words.txt, from jieba's lexicon): a date opening a clause with one
  /// of them dates an event, like the hand-picked event_verbs.
  WordSet verb_words;
  WordSet verbal_nouns;  ///< 影响, 投资: verbs after an adverb
  /// The other verbs of jieba's lexicon (predicate_verbs.txt: 配发, 订出, 认为): they open a
  /// predicate (no subject phrase starts with one) but date no event.
  WordSet predicate_verbs;
  /// Frequent adverbs (adverb_words.txt, from jieba's lexicon: 似乎, 纷纷, 逐年): a noun phrase
  /// ends before one.
  WordSet adverb_words;
  std::size_t longest_predicate_verb = 0;
  std::size_t longest_verb_word = 0;
  /// Rarer verbs (event_verbs.txt, from jieba's lexicon: 自首, 断交, 播发): they date an event
  /// after a date, where no figure takes the date; too rare to split subjects.
  WordSet event_verb_words;
  double bare_number_below = 0;
  std::vector<std::pair<std::u32string, Modality>> modality_cues;   ///< in precedence order
  std::vector<std::pair<std::u32string, std::string>> scope_words;  ///< longest first
  /// The first characters of modality_cues and scope_words: positions none starts are skipped.
  Initials modality_initials, scope_initials;
  Finals scope_finals;
  /// The rules of frames.json and the word lists beside it; the words ending in a qualifier
  /// come from the figure vocabulary, which reads qualifiers.json.
  static FrameRules load(const std::filesystem::path& data_dir, const FigureVocabulary& figures);
  /// Adds the keywords of the chip-story metric rules as metric words, so that a frame never
  /// takes a rule's keyword (市值, 份额) for a subject.
  void add_metric_words(const ClaimRules& claim_rules);
};

/// A span of the sentence, [begin, end) in code points; empty when begin == end.
struct Span {
  std::size_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
};

/// A claim frame before its offsets are mapped to raw bytes.
struct DraftFrame {
  std::string subject;  ///< entity id or folded key
  SubjectKind subject_kind = SubjectKind::OPEN;
  Span subject_span;  ///< in this sentence, or empty
  /// Normalized bytes of the subject (in this or the previous sentence), when written.
  std::optional<ByteRange> subject_normalized;
  std::string metric, metric_text;
  Span metric_span;
  std::optional<std::size_t> period_date;  ///< index into the sentence's dates
  PeriodKind period_kind = PeriodKind::YEAR;
  /// Where 以来 ends when the period is a span since the event its date dates (3月1日开通以来,
  /// 今年春运启动以来): the period runs to the reference date; 0 otherwise.
  std::size_t since_event_end = 0;
  /// The figure of the date another is compared with (较2024年（2.96亿人次）): its period is
  /// no period the figures after it refer back to.
  bool compared_base = false;
  std::string scope;
  Modality modality = Modality::ACTUAL;
  ClaimValue value;
  Span value_span;
  std::optional<std::size_t> attribution;
};

/// A subject as a frame carries it from clause to clause and sentence to sentence.
struct FrameSubject {
  std::string subject;  ///< entity id or folded key; empty: none
  SubjectKind kind = SubjectKind::OPEN;
  bool generic = false;  ///< a generic phrase (线路), which a named subject is preferred to
  ByteRange normalized;  ///< where it is written
};

/// The figures and event dates of a sentence as frames. `taken` marks figures (by index) that a
/// chip-story rule has already made claims of: they get no second frame, but `frame_for_figure`
/// still gives them period, scope and modality.
std::vector<DraftFrame> find_frames(const CodePoints& text,
                                    const std::vector<SentenceEntity>& entities,
                                    const std::vector<Figure>& figures,
                                    const std::vector<DateFigure>& dates,
                                    const std::vector<FoundAttribution>& attributions,
                                    const FrameRules& rules, const std::vector<bool>& taken,
                                    FrameSubject& topic);

/// Period, scope and modality of the value at [begin, end) (for a rule-made claim).
void frame_context(const CodePoints& text, const std::vector<DateFigure>& dates,
                   const FrameRules& rules, std::size_t begin, std::size_t end, bool is_date,
                   DraftFrame& frame);

/// The clause of the value at [begin, end) names its own subject (a phrase that is not
/// `entity`'s): a rule's nearest entity must then not be taken as its subject.
bool clause_names_other_subject(const CodePoints& text, const std::vector<SentenceEntity>& entities,
                                const std::vector<DateFigure>& dates,
                                const std::vector<FoundAttribution>& attributions,
                                const FrameRules& rules, std::size_t begin, const Entity* entity);

/// What a metric rule of claims.json reads: its metric, its words of the quantity (营收, 销售额)
/// and the words of its fixed subject (`context`: 中国市场 of china-market).
struct RuleWords {
  std::string metric;
  std::vector<std::u32string> keywords, subject_words;
};

/// A rule's figure that measures something else of its entity than the rule's quantity: for a
/// rule of a change (revenue_growth), another quantity or another direction named nearest before
/// it (净利润124亿元，同比增长56%, 毛利率为45%, 同比下滑5%); for any rule, another measure
/// (营收成本467.86亿元) or a segment written before the quantity's word (百度第三季度广告营收,
/// 一季度的云计算收入: the segment's, not the company's). The claim frames read such a figure.
/// `from` bounds the search (the rule's window).
bool rule_measures_other(const CodePoints& text, const std::vector<SentenceEntity>& entities,
                         const std::vector<Figure>& figures, const std::vector<DateFigure>& dates,
                         const FrameRules& rules, const RuleWords& rule, std::size_t from,
                         std::size_t begin);

}  // namespace suyuan::extract
