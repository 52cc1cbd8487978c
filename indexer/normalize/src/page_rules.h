/// @file page_rules.h
/// @brief Data-driven page rules: boilerplate lines to drop (data/normalize/boilerplate.json)
/// and publication metadata to read (data/normalize/metadata.json).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/normalize/normalizer.h"

namespace suyuan::detail {

/// One line of folded text, as the page rules see it.
struct PageLine {
  std::string text;       ///< folded, trimmed, inner whitespace collapsed
  std::size_t chars = 0;  ///< code points in `text`
  int rule = -1;          ///< index of the boilerplate rule that dropped it, or -1 (kept)
  /// Cache of PageRules: which prefilters the line passes, computed once and shared by
  /// read_metadata() and drop_boilerplate().
  mutable std::uint64_t literals = 0;
  mutable bool literals_known = false;
};

/// A boilerplate rule as loaded (public so that the explanation can name it).
struct BoilerplateRule {
  std::string id;
  std::string kind;
  std::string action;  ///< "drop_line", "drop_to_end" or "drop_block"
  std::string reason;
};

/**
 * Compiled rules. Patterns are ICU regular expressions matched (find) against the folded line,
 * so they are written in simplified script with ASCII punctuation. Each rule only looks at
 * lines of at most `max_chars` characters: boilerplate lines are short, and skipping long body
 * paragraphs keeps the rules off the hot path and away from body text.
 *
 * Speed: a rule or field may list `prefilter` literals, one of which every line its pattern
 * matches must contain; the line is searched for them as UTF-8 bytes before it is converted to
 * UTF-16 for ICU. Each line is converted at most once, and each pattern's RegexMatcher is made
 * once per document and reset for every line.
 */
class PageRules {
 public:
  explicit PageRules(const std::filesystem::path& data_dir);
  ~PageRules();

  /// Sets PageLine::rule for every dropped line. `title_line` is the index of the headline
  /// (or -1); lines repeating it later in the page are dropped by an `equals_title` rule.
  void drop_boilerplate(std::vector<PageLine>& lines, int title_line) const;

  /// Reads metadata from the header lines (dropped or not) and returns the headline's index
  /// (-1 when no line qualifies).
  int read_metadata(const std::vector<PageLine>& lines, ArticleMetadata& metadata) const;

  const BoilerplateRule& rule(int index) const;

  /// Ids of the rules and metadata fields whose pattern matches one of `lines` although none of
  /// their prefilter literals occurs in it (an unsound prefilter); empty when all are sound.
  /// Used by the tests, which run it over the corpus and the shared news sample.
  std::vector<std::string> prefilter_misses(const std::vector<PageLine>& lines) const;

  struct Impl;  ///< compiled rules (page_rules.cpp); public only for its helpers there

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan::detail
