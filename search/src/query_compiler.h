/// @file query_compiler.h
/// @brief User query → Xapian query plus the normalized phrases to highlight (private).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace suyuan {

class Normalizer;

/// A phrase to highlight: word pieces that must follow each other, spaces between allowed.
using HighlightPattern = std::vector<std::string>;

/// The query in the form Xapian's QueryParser reads, and what to highlight.
struct RewrittenQuery {
  std::string parser_input;
  std::vector<HighlightPattern> highlights;
};

/**
 * Makes every free-text token that contains Chinese characters an exact phrase: Xapian 1.4's
 * CJK n-gram mode would otherwise turn 人工智能 into an AND of its characters and bigrams, which
 * matches documents where the pieces are far apart. Field values (`chip:H20`), operators,
 * quotes, `+`/`-` and parentheses keep their QueryParser meaning. Input must already be folded
 * (Normalizer::fold_query).
 */
RewrittenQuery rewrite_query(std::string_view folded_query);

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
  QueryCompiler(const Normalizer& normalizer, const Xapian::Database& database);
  CompiledQuery compile(std::string_view user_query) const;

 private:
  const Normalizer& normalizer_;
  Xapian::Database database_;
};

}  // namespace suyuan
