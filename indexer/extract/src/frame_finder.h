/// @file frame_finder.h
/// @brief The steps of find_frames (frames.cpp) over one sentence, shared by the files that
/// hold them: frame_subjects.cpp (the subjects named so far and the one a figure takes),
/// frame_values.cpp (the frame around one figure), frame_events.cpp (dates of events) and
/// frames.cpp (the order of the steps). Private to suyuan_extract.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frame_grammar.h"
#include "frames.h"

namespace suyuan::extract::frame_finding {

using namespace frame_grammar;

// 是第一名…, 为第三名…: a copula before a phrase makes it a predicate, not a name of its own.
inline bool is_copula(char32_t c) { return c == U'是' || c == U'为'; }

// 较上月上升, 比上年增长, 比“十三五”末提高, 恢复到2019年同期: the date is the base a figure is
// compared with, not its period.
bool comparison_base(const CodePoints& t, const DateFigure& d, const FrameRules& rules);

// Whether the noun a count counts starts at `counted`, after its measure word: no word of the
// lexicon runs across that point, except one the measure word starts (名人 of 50名人质) that
// gives way to a noun after it running at least as far (人质; 5个人 stays 个人's).
bool counted_noun_starts(const CodePoints& t, std::size_t begin, std::size_t counted,
                         const FrameRules& rules);

// The key of a metric word: its canonical metric, or, for a word of a kind of measure (失业率 and
// 出生率 are both rates, never one question), the word as written.
std::string metric_key(const FrameRules::MetricWord& word, const CodePoints& t, Span written);

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
  // The frame of the latest figure that a metric rule of a known entity took (百度实现营业利润
  // 44.3亿元): no frame of the output, but the quantity a change after it refers to.
  std::optional<DraftFrame> latest_taken;
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
  // Clauses that only set the scene (在缺席了两场比赛之后，, 由于…，): they name no topic, and
  // a figure in one with no subject of its own is about the topic of the clause after it.
  std::vector<Span> scenes;
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
  /// `s` read as a subject (subject_of), named at `position` (default: where `s` starts).
  Named named_as(Span s, std::size_t position = SIZE_MAX);
  bool take_fallback(DraftFrame& f, std::size_t position);
  void note_speaker(Span clause);
  /// The publisher of the clause's own report (海天味业 of 海天味业发布年报), when the clause from
  /// `start` is nothing but a noun phrase, a verb of publishing (lead_in_cues) and one of
  /// own_reports, a date allowed on either side of the verb; else empty.
  Span own_report_publisher(Span clause, std::size_t start) const;
  /// Where the name after an edition's bare year opening at `at` starts (2026中关村论坛: the
  /// position of 中), or `at` when no such year opens there.
  std::size_t after_edition_year(std::size_t at) const;
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
  /// For a figure in a clause of `scenes`: the topic named first in the clause after it.
  bool take_after_scene(DraftFrame& f, Span clause);
  Span event_before_cause(Span clause) const;
  bool scene_after_place(Span clause) const;
  bool is_share(Span s);
  bool named_before(Span s, DraftFrame& f);
  std::size_t relative_clause_head(Span s, bool degree_only = false) const;
  /// Whether a subject key could name a person: it ends with no word of a body or a place.
  bool could_be_person(const std::string& subject) const;
  bool plain_name(Span name) const;
  std::optional<std::pair<Span, std::size_t>> changed_quantity(std::size_t start,
                                                               std::size_t change);
  bool base_figure(std::size_t begin, DraftFrame& f);
  void level_after_change(DraftFrame& f) const;
  // The frame of the figure stated last, whether a metric rule took it or not.
  const DraftFrame* previous_frame() const;
  Span deed_after(std::size_t begin, std::size_t end, std::size_t counted, bool measured,
                  Span clause) const;
  bool frame_value(std::size_t begin, std::size_t end, bool is_date, DraftFrame& f,
                   std::size_t counted = 0);
  bool verb_ends_at(std::size_t i);
  bool blocked(std::size_t begin, std::size_t end, bool score = false);
};

}  // namespace suyuan::extract::frame_finding
