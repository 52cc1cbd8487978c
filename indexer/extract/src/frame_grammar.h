/// @file frame_grammar.h
/// @brief The grammar of a claim frame on one sentence: clauses, noun phrases, verbs and the
/// words around a figure that find_frames (frames.cpp) reads. Positions are code point indices
/// into the sentence; every word list comes from data/extract/frames.json (FrameRules).
#pragma once

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frames.h"

namespace suyuan::extract::frame_grammar {

/// Whether `c` ends a clause: a comma, semicolon, colon or sentence mark, full or half width.
inline bool is_break(char32_t c) {
  return c == U'，' || c == ',' || c == U'；' || c == ';' || c == U'：' || c == ':' || c == U'。' ||
         c == U'！' || c == U'？' || c == '!' || c == '?';
}

/// Whether `c` is a space (ASCII, ideographic or tab).
inline bool is_space(char32_t c) { return c == ' ' || c == U'\u3000' || c == '\t'; }

/// Characters that may not end or start a subject phrase.
inline bool is_edge_junk(char32_t c) {
  return is_space(c) || c == U'、' || c == U'（' || c == U'）' || c == '(' || c == ')' ||
         c == U'“' || c == U'”' || c == '"' || c == U'「' || c == U'」' || c == U'『' ||
         c == U'』' || c == U'‘' || c == U'’' || c == U'《' || c == U'》' || c == U'的' ||
         c == U'—' || c == '-' || c == U'…';
}

/// The code points [begin, end) of `t` as UTF-8.
std::string utf8_of(const CodePoints& t, std::size_t begin, std::size_t end);

/// `s` with ASCII letters in lower case (metric and subject keys).
std::string lower_ascii(std::string s);

/// Whether `c` is a Han character (CJK unified ideographs, extension A, compatibility).
inline bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

/// Whether position `k` is a space between two Han characters: headlines and leads separate
/// their clauses so (龙龙高铁梅龙段开通 中国铁路营业里程突破16万公里).
bool is_space_break(const CodePoints& t, std::size_t k);

/// Whether `c` is an aspect particle (了, 着, 过): the word before it is a verb.
inline bool is_aspect_particle(char32_t c) { return c == U'了' || c == U'着' || c == U'过'; }

/// The clause around position `i`: [after the previous break, the next break).
Span clause_of(const CodePoints& t, std::size_t i);

/// The first (longest) word of `list` at `i`, once its initials say one may start there.
const std::u32string* listed_word_at(const CodePoints& t, std::size_t i, const WordList& list);

/// The first (longest) word of `list` at `i`, or nullptr. Most positions start no word of the
/// list: the one bit test that says so is inlined into the callers' scans.
[[gnu::always_inline]] inline const std::u32string* word_at(const CodePoints& t, std::size_t i,
                                                            const WordList& list) {
  return list.initials.may_start(t[i]) ? listed_word_at(t, i, list) : nullptr;
}

/// Whether code point `i` lies inside a 《title》 as claim_titles reads one.
bool inside_title(const CodePoints& t, std::size_t i);

/// The length of a day-in-a-period expression at `i` (首日, 第三天, 前三天), or 0.
std::size_t period_refiner_at(const CodePoints& t, std::size_t i, const FrameRules& rules);

/// Whether the date ending at `end` stands in a relative clause before a noun: date + verb + 的
/// (8月交货的轻质原油期货, 9月到期的国债, 将于11月上市的手环): the time of the noun's delivery,
/// maturity or launch, not of the figure.
bool attributive_date(const CodePoints& t, std::size_t end, const FrameRules& rules);

/// 3月1日开通以来, 春运启动以来: where 以来 ends when the words of an event (a few
/// characters, in the clause) stand between the date ending at `date_end` and it; else 0.
std::size_t since_event_end(const CodePoints& t, std::size_t date_end, const FrameRules& rules);

/// The day-in-a-period expression right after a period (within a few characters), as a span.
std::optional<std::pair<std::size_t, std::size_t>> refiner_after(const CodePoints& t,
                                                                 std::size_t period_end,
                                                                 const FrameRules& rules);

/// The lengths (bit n: n code points, n >= 2) of the words of `set` that start at `i` and end
/// at or before `limit`.
inline std::uint32_t words_at(const CodePoints& t, std::size_t i, std::size_t limit,
                              const WordSet& set) {
  return set.lengths_at(t, i, std::min(limit, t.size()));
}

/// Whether `s` is exactly one word of `set` (失控 of the lexicon, 部署 of its nouns).
inline bool is_one_word(const CodePoints& t, Span s, const WordSet& set) {
  const std::size_t n = s.end - s.begin;
  return n >= 2 && n < 32 && ((words_at(t, s.begin, s.end, set) >> n) & 1u) != 0;
}

/// The largest length in a `words_at` mask, or 0.
inline std::size_t longest_of(std::uint32_t lengths) {
  // The highest bit from 2 on (lengths_at never sets bits 0 and 1).
  return lengths >> 2 ? static_cast<std::size_t>(std::bit_width(lengths)) - 1 : 0;
}

/// The length of the longest nominal word (一般公共, 以色列) starting at `i`, or 0.
std::size_t nominal_word_at(const CodePoints& t, std::size_t i, const FrameRules& rules);

/// Whether a nominal word starting in [from, i) runs over position `i` (共 of 公共, 均 of 人均).
bool inside_nominal_word(const CodePoints& t, std::size_t from, std::size_t i,
                         const FrameRules& rules);

/// The end of a time of day at `i` (下午, 上午9时43分, 10时许), or `i` when none starts there.
/// A bare clock reading (9时43分) counts only `after_date`.
std::size_t time_of_day_end(const CodePoints& t, std::size_t i, bool after_date,
                            const FrameRules& rules);

/// Whether the opening mark at `i` has its partner in (i, end).
bool closes_within(const CodePoints& t, std::size_t i, std::size_t end);

/// Where the subject phrase of a clause may start: after openers, dates and attributions at
/// its head. `figure`: where the figure whose subject is sought starts (a heading that holds it
/// is no heading for it: 国泰全球3季报酬5%事实上，…).
std::size_t subject_start(const CodePoints& t, Span clause, const std::vector<DateFigure>& dates,
                          const std::vector<FoundAttribution>& attributions,
                          const FrameRules& rules, std::size_t figure = SIZE_MAX);

/// Whether a common word starting in [from, i) runs past `i`: then `i` starts no word.
bool inside_common_word(const CodePoints& t, std::size_t from, std::size_t i,
                        const FrameRules& rules);

/// Where the common word that ends with the stop character at `i` starts (关于, 终于, 成为,
/// 认为), when no word starts at `i` and that word starts in (from, i) at a word boundary: the
/// stop is that word's last character, and the subject ends before the whole word (中共中央关于…
/// → 中共中央, 两人终于… → 两人). Otherwise `i` (装备制造业已: 业已 starts inside 制造业).
std::size_t start_of_word_ending_at(const CodePoints& t, std::size_t from, std::size_t i,
                                    const FrameRules& rules);

/// Whether a common word starting inside [begin, end) ends after `end`.
bool runs_past(const CodePoints& t, std::size_t begin, std::size_t end, const FrameRules& rules);

/// The nearest metric word (index into rules.metric_words) ending at or before `limit` and starting
/// at or after `from`.
std::optional<std::pair<Span, std::size_t>> metric_before(const CodePoints& t, std::size_t from,
                                                          std::size_t limit,
                                                          const FrameRules& rules);

/// Backs `end` over linking words and qualifiers right before a figure (为, 达到, 约, 超过).
std::size_t before_linkers(const CodePoints& t, std::size_t from, std::size_t end,
                           const FrameRules& rules);

/// The closing mark of an opening quotation mark or bracket, or 0.
char32_t closing_of(char32_t c);

/// `s` without the marks, spaces and 的 at its edges; a quotation mark or a bracket whose
/// partner lies inside stays (“绿电”项目, 《时代》杂志).
Span trim(const CodePoints& t, Span s);

/// `s` without the aspect particles at its end (发表了 → 发表).
Span without_particles(const CodePoints& t, Span s);

/// The first position at or after `at` (and before `limit`) that no common word spans: a
/// word that starts before `at` and ends after it moves the position to that word's end.
std::size_t word_boundary_after(const CodePoints& t, std::size_t at, std::size_t limit,
                                const FrameRules& rules);

/// A subject phrase of at most `max` characters: the end nearest the figure is kept, cut
/// after a 的 or a comma-like mark when one lies inside.
Span shorten(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether the one-character subject stop at `i` opens a noun of nominal_words.txt (创 of
/// 创始人), and so is none, unless it links a figure or is a function word (学校在校生,
/// VTuber在线上活跃).
bool stop_opens_noun(const CodePoints& t, std::size_t i, const FrameRules& rules);

/// Where the date `d` starts with the time zone written before it (美国阿拉斯加航空公司|当地时间5日
/// 晚): the zone is part of the date, never of the phrase before it.
std::size_t date_start(const CodePoints& t, const DateFigure& d, const FrameRules& rules);

/// The length of a fiscal period at `i` (2018财年, 第四财季, 上一财季), or 0.
std::size_t fiscal_period_at(const CodePoints& t, std::size_t i, const FrameRules& rules);

/// The first subject stop word in [begin, end), or `end`.
std::size_t first_stop(const CodePoints& t, std::size_t begin, std::size_t end,
                       const FrameRules& rules, const std::vector<SentenceEntity>& entities);

/// Whether `s` is or starts with a pronoun of frames.json (`pronouns`): it refers back to the
/// subject named before.
bool is_pronoun(const CodePoints& t, Span s, const FrameRules& rules);

/// The metric word that `s` is, whole (通胀率 → cpi), or nullptr.
const FrameRules::MetricWord* metric_word_of(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether `s` is nothing but a metric word (每股税后纯益 before EPS): part of what is measured.
bool is_metric_word(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether `s` is nothing but the metric word of an official aggregate (国内生产总值): a
/// quantity of its own, which can be a subject.
bool is_aggregate_word(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether `s` is one body or part of an organisation (董事会, 研究团队): the organisation
/// named before it is meant.
bool is_organ(const CodePoints& t, Span s, const FrameRules& rules);

/// The name after a demonstrative and a place's classifier (该省埃德森城 → 埃德森城: the city
/// in that province), or an empty span.
Span after_demonstrative(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether `s` only counts (四局, 前三局, 两家): a numeral and a measure word say how many, not
/// of what.
bool is_count_phrase(const CodePoints& t, Span s, const FrameRules& rules);

/// The length of the function word (若, 以, 基本, 可, 愿意) that is a word of its own at `i`, or
/// 0: a common or nominal word that starts there and is longer (会议, 以色列) is no function word
/// (when it ends by `words_end`: one that runs past a phrase's end is no word of the phrase).
std::size_t function_word_at(const CodePoints& t, std::size_t i, std::size_t limit,
                             const FrameRules& rules, std::size_t words_end = SIZE_MAX);

/// Whether every character of `s` is a one-character function word (才刚, 可能: an adverb or a
/// modal verb, no noun phrase).
bool only_function_characters(const CodePoints& t, Span s, const FrameRules& rules);

/// The length of the adverb of the lexicon (adverb_words.txt: 似乎, 纷纷) that is a word of its own
/// at `i`, before `end`, or 0 (高速公路, 自然保护区 are longer words).
std::size_t adverb_at(const CodePoints& t, std::size_t i, std::size_t end, const FrameRules& rules);

/// `s` as a noun phrase: after the function words it opens with (根据汇顶科技三季度报 → 汇顶科技
/// 三季度报), empty when less than two characters are left (基本, 来自, 因林: a predicate, no
/// subject), and ended before a function word after its first two characters that stands as a
/// word of its own outside a known name (参演官兵要 → 参演官兵).
Span noun_phrase(const CodePoints& t, Span s, const FrameRules& rules,
                 const std::vector<SentenceEntity>& entities);

/// The length of the verb that ends `s` (巴特勒砍下, 杜兰特送出, 马赛队取得), or 0: a verb of
/// jieba's lexicon or a one-character verb with its result complement, where no longer common or
/// nominal word ends with it (投资管理 is no verb 管理 after a name).
std::size_t verb_ending(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether a word of `set` (of two or more characters) inside `s` ends where `s` ends.
bool word_ends_at(const CodePoints& t, Span s, const WordSet& set, std::size_t longest,
                  std::size_t shortest = 2);

/// The length of the predicate that ends `s` right before an aspect particle (贡献了, 连接了,
/// 花了), or 0: a verb of the lexicon, else any other word of two or more characters, as no noun
/// takes 了, 着 or 过 (勒布朗贡献了18分: jieba tags 贡献 a noun); else, with `one_character`, a
/// character that ends no word of the lexicon (王女士花了). At least two characters stay before
/// it.
std::size_t predicate_before_particle(const CodePoints& t, Span s, const FrameRules& rules,
                                      bool one_character);

/// The first verb of the frequent verbs (verb_words.txt) inside `s` that stands as a word of its
/// own, with two or more characters on each side (万宝龙腕表采用烟色表盘: 采用): no longer word
/// starts there and none runs over it (开发区, 出租车 are nouns), it is no part of a known name
/// or a title, and what follows it is an object: no verb opens it, and no 的 stands after the
/// verb (采用的表盘, 掀起名模热的原友里: a relative clause); empty when there is none.
Span verb_between_nouns(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                        const FrameRules& rules);

/// The known entity whose mention covers most of `s`, if one lies inside it.
const SentenceEntity* entity_in(const std::vector<SentenceEntity>& entities, Span s);

/// Whether `s` is a generic phrase: common words only (线路, 运输货物, 灌溉面积), no known
/// entity, no Latin or digits, and no character left alone, which would be part of a name the
/// lexicon does not know (龙海灌区 = 龙/海/灌区).
bool is_generic(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                const FrameRules& rules);

/// Whether a generic phrase `s` names an attribute or a measure (经营活动产生的现金流量净额, 电池
/// 续航时间, 防晒效果, 每股税后纯益): its last word is a metric word, an abstract head or ends in
/// one of attribute_endings. It is then what a figure measures, of a subject named elsewhere.
bool attribute_phrase(const CodePoints& t, Span s, const std::vector<SentenceEntity>& entities,
                      const FrameRules& rules);

/// The length of the verb (with the adverbs before it) that `s` opens with, or 0.
std::size_t verb_at(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether `s` is one of the scope words and nothing else (全国, 全球): a qualifier of the claim,
/// which names no subject of its own when a noun phrase follows it.
bool is_scope_word(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether `s` opens with a verb (造成…, 引进…): a clause without a subject of its own, whose
/// subject is the one before it. A noun or a common word that runs past the verb (发展中国家,
/// 建设银行) is no verb.
bool opens_with_verb(const CodePoints& t, Span s, const FrameRules& rules);

/// The length of a rarer verb (event_verbs.txt) at `i`, or 0 when a frequent verb or a common
/// word starting inside it runs past it: 社群媒体上表示 is 上 + 表示, not 上表 + 示.
std::size_t rarer_verb_at(const CodePoints& t, std::size_t i, std::size_t limit,
                          const FrameRules& rules);

/// Whether `s` ends with a verb (and its aspect particle): 发表了, 建立了涵盖, 在非洲建设, a
/// predicate whose object comes after it.
bool ends_with_verb(const CodePoints& t, Span s, const FrameRules& rules);

/// The events a count of events counts (70次|空袭, 发动了四次|袭击: a number, one of
/// event_measures and a verb of the lexicon alone up to a break, a list mark, 的 or a
/// conjunction; not after an ordinal, 第3场开打, nor 人次), or an empty span.
Span counted_event(const CodePoints& t, std::size_t b, const FrameRules& rules);

/// Whether a classifier of described_noun (个, 名, 场) ends at `at`, right after a number
/// (15.5万个, 3000多名; not the 次 of the unit 人次).
bool classifier_ends(const CodePoints& t, std::size_t at, const FrameRules& rules);

/// Whether `thing`, the noun after the measure word of the count at `begin` (whose noun would
/// start at `counted`), is a plain word for a kind of thing: a measure word of a thing (not an
/// age or a duration) or an ordinal before it, at most 8 Han characters (not 獎成最大贏家,
/// iPad和529.9万台Mac, nor a product name in Latin letters).
bool counted_thing(const CodePoints& t, Span thing, std::size_t begin, std::size_t counted,
                   const FrameRules& rules);

/// The verb whose object is a list that the count at `begin` totals (星河影片勇夺最佳影片、导演…
/// 等4大奖, 李强察看核电、水电等装备): items of at most `longest_item` characters joined by 、 (the
/// last also by 和, 及 or 与) end right before the count or before 等 or 共, and a verb of the
/// lexicon ends right before the first item, after a phrase that can name a subject; else an
/// empty span.
Span enumeration_verb(const CodePoints& t, Span phrase, std::size_t begin, const FrameRules& rules);

/// Whether `s` lists things: items joined by 、 outside brackets, titles and quotations
/// (西藏、青海、甘肃), or a phrase closed by 等 or 等等 (北京、天津等, 黑色和黄色等).
bool is_enumeration(const CodePoints& t, Span s);

/// The name in Latin letters (with digits, spaces and hyphens inside) that starts at `i` and
/// holds a lower-case letter (iPhone, Model 3, Galaxy S9), or an empty span.
Span latin_name_at(const CodePoints& t, std::size_t i);

/// The length of the verb `s` opens with (as opens_with_verb reads one), or 0.
std::size_t opening_verb(const CodePoints& t, Span s, const FrameRules& rules);

/// The described_noun stop word at `i` that is a word of its own there (同 of 同比, not of 同伙),
/// or nullptr.
const std::u32string* described_stop_at(const CodePoints& t, std::size_t i,
                                        const FrameRules& rules);

/// The noun phrase that ends at `end` and starts after the last boundary in [from, end): a 的, a
/// list mark, a subject stop, one of described_noun's stops or a frequent verb (庆祝两国 → 两国).
Span phrase_before(const CodePoints& t, std::size_t from, std::size_t end, const FrameRules& rules);

/// Whether `s` is common words only, of two or more characters each (a conjunction 和, 及 or 与
/// may join two), the last a common noun: 重点工业园区, 国家和地区; not 大楼如期, 机构成.
bool common_noun_phrase(const CodePoints& t, Span s, const FrameRules& rules);

/// The verb that ends `s` (before its aspect particle) when a preposition of place opens `s`
/// (在非洲建设了, 在北京发表): the place says where, the verb what was done. A verb of the lexicon
/// or a verbal noun (建设); else an empty span.
Span verb_after_place(const CodePoints& t, Span s, const FrameRules& rules);

/// Whether a preposition of place standing alone (在季后赛出赛5场, not 在线) opens the clause
/// right before `start`, where its subject phrase would start (after openers: 随后又在): the
/// subject came before the preposition, outside the clause.
bool opened_by_place(const CodePoints& t, Span clause, std::size_t start, const FrameRules& rules);

/// Whether an opener (之后, 近日, 还是) of at least `length` characters starts at `i`: a word
/// of time or a connective, no noun (自然灾害 is no opener 自然).
bool opener_word_at(const CodePoints& t, std::size_t i, std::size_t length,
                    const FrameRules& rules);

/// The length of the measure word that ends the count [begin, end) when it is a noun of two or
/// more Han characters (8部门), or 0.
std::size_t counter_noun_at(const CodePoints& t, std::size_t begin, std::size_t end,
                            const FigureValue& figure, const FrameRules& rules);

/// Where a number written after a Han character starts in [from, to) (守护沿海13个景区), or `to`:
/// it starts a figure of its own. Ordinals (第22期) and names in Latin letters (5G工厂) are no
/// such figure.
std::size_t figure_start_in(const CodePoints& t, std::size_t from, std::size_t to);

/// 场均6.6个篮板4.2个助攻, 打五六折: what a figure measures does not hold the figure's own
/// `value`; a metric read across the value is cut to its part before the value, else to its
/// part after it (8部门: a measure word that says what is counted stays).
void without_own_value(const CodePoints& t, Span value, DraftFrame& f);

/// The noun phrase a figure describes, starting at `b` (after its 的, or after a count's
/// measure word): up to a break, a 的, a stop or a frequent verb; empty when the phrase names a
/// level or a moment (增长5%的目标, 3年来的新高), a metric (实现100亿元的销售额) or nothing.
/// It may name an attribute (长达7天的电池续航时间): described_noun leaves those out.
/// After an edition's counter (`after_edition`: 第六届中俄能源商务论坛) a name follows: its first
/// character is no locative or unit of time (中, 后, 年) even when the word is not in the lexicon.
Span described_phrase(const CodePoints& t, std::size_t b, const FrameRules& rules,
                      const std::vector<SentenceEntity>& entities, bool after_edition = false);

/// The noun phrase a figure describes from `b` (after its 的 or its measure word), when it names
/// a thing: not an attribute or a measure.
Span described_noun(const CodePoints& t, std::size_t b, const FrameRules& rules,
                    const std::vector<SentenceEntity>& entities, bool after_edition = false);

/// 1 when `s` ends with a one-character verb of a result (result_verbs: 拿, 积, 收) that would
/// take the figure right after it as its object (皮尔斯拿|21分, 曼联积|40分), else 0: not when a
/// word of the lexicon or a known name ends there (面积, 营收, 学生), nor in a phrase of less
/// than two characters before it. An adverb of result_verbs right before the verb counts with it
/// (火箭连拿|5分: 2).
std::size_t result_verb_before(const CodePoints& t, Span s,
                               const std::vector<SentenceEntity>& entities,
                               const FrameRules& rules);

/// The kind of period a date names: as-of (截至), cumulative (a range after 累计: `cumulative`),
/// year, month, day, year-to-date, quarter, half, or a range.
PeriodKind period_kind_of(const DateFigure& d, bool cumulative);

/// The noun phrase after a cleft's 的是 (的分别是) at most three characters after `after`
/// (第二的是国家统计局云南调查总队, 前三名的分别是…), up to the end of its clause; or empty.
Span cleft_noun(const CodePoints& t, std::size_t after, const FrameRules& rules,
                const std::vector<SentenceEntity>& entities);

/// Whether `clause` is only a phrase of behalf or invitation (受中共中央委托, 应…邀请): it says
/// on whose behalf the clause after it acts and names no actor of its own.
bool behalf_clause(const CodePoints& t, Span clause, const FrameRules& rules);

/// Whether `fig` is the number of a model's name (Charge 3智能手环, Mate 20手机): a bare number
/// of at most three digits right after a Latin word, at most a space between them. It ends no
/// subject phrase.
bool is_model_number(const CodePoints& t, const Figure& fig);

/// The object of a sentencing verb before the term at `figure` (判处他生前私人医师康拉德墨瑞最高
/// 4年徒刑 → 康拉德墨瑞's; 判他有期徒刑四年 → 他), and where the verb starts.
struct SentencedObject {
  Span object;
  std::size_t verb;
};

std::optional<SentencedObject> sentenced_object(const CodePoints& t, std::size_t start,
                                                std::size_t figure,
                                                const std::vector<Figure>& figures,
                                                const FrameRules& rules);

}  // namespace suyuan::extract::frame_grammar
