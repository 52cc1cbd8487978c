/// @file page_rules.h
/// @brief Data-driven page rules: boilerplate lines to drop (data/normalize/boilerplate.json)
/// and publication metadata to read (data/normalize/metadata.json).
#pragma once

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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan::detail
