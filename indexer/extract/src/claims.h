/// @file claims.h
/// @brief Attributions and claim assembly for one sentence, driven by data/extract/claims.json
/// and cues.json.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "code_points.h"
#include "recognizers.h"
#include "suyuan/extract/gazetteer.h"

namespace suyuan::extract {

/// Rules from claims.json and the attribution cues of cues.json.
struct ClaimRules {
  std::size_t window_before = 24;
  std::size_t window_after = 8;
  /// Where a rule looks for its words before a figure that starts at `value_begin`.
  std::size_t window_start(std::size_t value_begin) const {
    return value_begin > window_before ? value_begin - window_before : 0;
  }
  struct Metric {
    std::string metric;
    std::vector<ValueKind> kinds;
    std::vector<std::string> units;
    std::vector<std::u32string> keywords;
    /// Whom the claim is about: the chip or organisation near the figure, or a fixed id.
    enum class SubjectRule { CHIP, ORG, FIXED };
    SubjectRule subject = SubjectRule::CHIP;
    std::string fixed_subject;  ///< the id for FIXED
    /// For FIXED: words of the subject itself, one of which must be near the figure too.
    std::vector<std::u32string> context;
    bool relative = false;
  };
  std::vector<Metric> metrics;
  struct Event {
    std::string event;
    std::vector<std::u32string> keywords;
    Initials keyword_initials;
  };
  std::vector<Event> events;
  /// Which chips an anaphor (后者, 前者, 两者) stands for.
  enum class Anaphor { PREVIOUS_CHIP, FIRST_CHIP, CHIPS_AFTER_EARLIER_SAME_WORD };
  std::vector<std::pair<std::u32string, Anaphor>> anaphora;
  Initials anaphora_initials;
  std::vector<std::u32string> pronouns, event_clause_blockers;
  /// Words holding a pronoun that refer to nothing before (其中, 母公司); pronouns that are bare
  /// nouns (公司), which refer back only opening a clause or after a determiner (该, 本).
  std::vector<std::u32string> pronoun_guard_words, pronoun_bare_nouns, pronoun_determiners;
  /// Pronouns that refer to the nearest subject before them: to the article's only when they
  /// open the sentence (其).
  std::vector<std::u32string> pronoun_sentence_openers;
  std::size_t pronoun_lead_in_max = 0;  ///< … or after one lead-in clause this short
  std::vector<std::u32string> attribution_prefix, attribution_prefix_inside, attribution_closers,
      attribution_suffix, attribution_relays, speaker_roles, anonymous, chip_context, citation_cues,
      source_trailers, source_circumstance_openers, attribution_cues_inside;
  /// A speaker named as written before a suffix cue (俄罗斯国防部10日称): the words a name never
  /// opens with or holds, the phrases that name no one, and the longest clause and name.
  std::vector<std::u32string> open_speaker_cues, open_speaker_cues_before_break,
      open_speaker_openers, open_speaker_inside, open_speaker_not_names,
      open_speaker_statement_acts;
  std::size_t open_speaker_max_clause = 0, open_speaker_max_name = 0;
  /// Country abbreviations that speak alone before one of their cues (俄称, 乌称).
  std::u32string one_character_names;
  std::vector<std::u32string> one_character_cues;
  Initials attribution_prefix_initials, attribution_suffix_initials;
  static ClaimRules load(const std::filesystem::path& data_dir);
};

/// An entity in the sentence (code point indices). Synthetic entries stand for anaphora
/// (后者 → the chip before it) and are used for claims but not reported as mentions.
struct SentenceEntity {
  std::size_t begin = 0, end = 0;
  const Entity* entity = nullptr;
  int group = 0;  ///< mentions joined by / 、和 与 share a group
  bool synthetic = false;
};

/// An attribution phrase (code point indices).
struct FoundAttribution {
  std::size_t begin = 0, end = 0;
  std::string source;  ///< entity id, "anonymous", or the surface name
  std::string name;    ///< the source as written (normalized)
  std::string cue;
  std::string via;  ///< the source that relays it (路透社援引知情人士: reuters), or empty
  /// Named as written before a suffix cue (俄罗斯国防部10日称): the name is also the clause's
  /// subject, where a source the clause opens with (据海关统计) is not.
  bool open_speaker = false;
  /// The speaker of a suffix cue (萨克斯12日表示, 发言人表示), known or not: like an open speaker,
  /// the subject of its clause (of the statement's date).
  bool speaker = false;
};

/// A claim before its offsets are mapped to raw bytes.
struct DraftClaim {
  std::string subject, metric;
  ClaimValue value;
  std::optional<std::size_t> attribution;  ///< index into the sentence's attributions
  std::size_t value_begin = 0, value_end = 0;
};

/// What the sentences before this one were about (for 其/它).
struct Topic {
  const Entity* chip = nullptr;
  const Entity* org = nullptr;
};

/// Attributions in the sentence. `dates`: the sentence's dates (a date inside a source's name
/// as written ends it: 美国媒体2日 → 美国媒体).
std::vector<FoundAttribution> find_attributions(const CodePoints& text,
                                                const std::vector<SentenceEntity>& entities,
                                                const std::vector<DateFigure>& dates,
                                                const ClaimRules& rules);

/// Adds synthetic entities for anaphora and assigns groups; keeps order by position.
void resolve_anaphora_and_groups(const CodePoints& text, std::vector<SentenceEntity>& entities,
                                 const ClaimRules& rules, const Topic& topic);

/// Claims of the sentence.
std::vector<DraftClaim> assemble_claims(const CodePoints& text,
                                        const std::vector<SentenceEntity>& entities,
                                        const std::vector<Figure>& figures,
                                        const std::vector<DateFigure>& dates,
                                        const std::vector<FoundAttribution>& attributions,
                                        const ClaimRules& rules, const Gazetteer& gazetteer,
                                        const Topic& topic);

}  // namespace suyuan::extract
