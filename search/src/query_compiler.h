/// @file query_compiler.h
/// @brief User query → Xapian query plus the normalized phrases to highlight (private).
#pragma once

#include <xapian.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suyuan {

class Normalizer;
class Gazetteer;

/// Regional aliases as the query compiler sees them: groups of forms that mean the same
/// (辉达/英伟达/NVIDIA, 晶片/芯片), built from the gazetteer's entities and vocabulary.
class AliasGroups {
 public:
  AliasGroups() = default;
  explicit AliasGroups(const Gazetteer& gazetteer);
  /// The group a whole token (folded, any case) belongs to, if any.
  std::optional<std::size_t> group_of(std::string_view folded_token) const;
  /// The forms of a group, folded and lower-cased.
  const std::vector<std::string>& forms(std::size_t group) const { return groups_[group]; }
  std::size_t size() const { return groups_.size(); }

 private:
  std::vector<std::vector<std::string>> groups_;
  std::vector<std::pair<std::string, std::size_t>> index_;  ///< sorted form → group
};

/// A phrase to highlight: word pieces that must follow each other, spaces between allowed.
using HighlightPattern = std::vector<std::string>;

/// Words within some distance of each other (`芯片 NEAR 出口`, `英伟达 ADJ/3 芯片`) of which one
/// at least is Chinese or a known alias: Xapian 1.4's parser takes NEAR and ADJ between single
/// terms only, and a Chinese word is a phrase of its characters, an alias a group of phrases.
struct ProximityChain {
  std::vector<std::string> operands;  ///< folded, as written
  /// Each operand's forms: as written, then the other forms of its alias group (辉达: 英伟达,
  /// nvidia …).
  std::vector<std::vector<std::string>> forms;
  unsigned distance = 10;  ///< words allowed between them (NEAR/n, ADJ/n)
  bool ordered = false;    ///< ADJ: in the order written
};

/// The query in the form Xapian's QueryParser reads, and what to highlight.
struct RewrittenQuery {
  std::string parser_input;
  std::vector<HighlightPattern> highlights;
  /// The proximity chains that `xnear:<index>` in parser_input stands for.
  std::vector<ProximityChain> proximity;
};

/**
 * Makes every free-text token that contains Chinese characters an exact phrase: Xapian 1.4's
 * CJK n-gram mode would otherwise turn 人工智能 into an AND of its characters and bigrams, which
 * matches documents where the pieces are far apart. Field values (`chip:H20`), operators,
 * quotes, `+`/`-` and parentheses keep their QueryParser meaning. Input must already be folded
 * (Normalizer::fold_query).
 */
/// A free-text token that is a known alias becomes `xalias:<group>`, which the parser expands
/// to every form of the group; pass an empty AliasGroups to disable. Words joined by NEAR or
/// ADJ, one of them Chinese or an alias, become `xnear:<index>` (a ProximityChain).
RewrittenQuery rewrite_query(std::string_view folded_query, const AliasGroups& aliases = {});

/// Splits normalized text into highlight pieces: Latin/digit words (lower-cased) and Han runs.
HighlightPattern highlight_pieces(std::string_view text);

/// The compiled query.
struct CompiledQuery {
  Xapian::Query query;
  std::vector<HighlightPattern> highlights;
};

/// Parses user queries with a QueryParser configured like the index's TermGenerator.
/// Throws Error(INVALID_INPUT) for an empty, over-long, non-UTF-8 or unparsable query.
class QueryCompiler {
 public:
  /// `gazetteer` may be null: no regional aliases, and filter values are matched literally.
  QueryCompiler(const Normalizer& normalizer, const Xapian::Database& database,
                const Gazetteer* gazetteer = nullptr, const AliasGroups* aliases = nullptr);
  CompiledQuery compile(std::string_view user_query) const;

 private:
  const Normalizer& normalizer_;
  const Gazetteer* gazetteer_;
  const AliasGroups* aliases_;
  Xapian::Database database_;
};

}  // namespace suyuan
