/// @file claim_query.h
/// @brief A query on claims: its filter parts matched on the claim documents, its text parts on
/// each claim's sentence (private to the search stage).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace suyuan {

/// A compiled query as it runs on claim documents, which hold no text terms (schema.h,
/// TYPE_CLAIM). Each part of the query that reads text only (words, phrases, aliases, titles,
/// and any AND/OR/NOT of them) is matched on the articles, then exactly, with the index's own
/// terms and positions, on the sentences of their claims, and replaced by the sentences it
/// holds for: a claim matches exactly when a document of its sentence alone would.
struct ClaimQuery {
  Xapian::Query query;
  /// Whether a text part takes part in the match: rank claims by `sentence_weight`.
  bool ranked = false;
  /// A sentence's key (the value of its PREFIX_CLAIM_SENTENCE term) → the weight the positive
  /// text parts give it (a sum of inverse document frequencies of what it matched). Without a
  /// claim table only: with one, `table_sentence_weight` has them by sentence index.
  std::unordered_map<std::string, double> sentence_weight;
  std::unordered_map<std::uint32_t, double> table_sentence_weight;
};

/// A folded sentence's length in positions, as its Han characters and runs of other word
/// characters (what the index gives a position to, but for the odd word Xapian splits).
std::size_t sentence_length(std::string_view folded);

/// Whether a character is a one-character term of the index, found in a text as it is (Han and
/// kana, U+3000–U+9FFF and U+20000–U+3FFFF).
bool is_han_term_character(char32_t cp);

/// Whether every document `query` matches holds a text term (a body or title word): claim
/// documents, which hold none, can then never match it.
bool needs_text(const Xapian::Query& query);

class ClaimTable;

/// Rewrites `query` for the claim documents of `database`. With the `table` of a local
/// database's revision (claim_cache.h) the sentences and their claims are read from it and
/// the text parts become sets of claim docids; without (remote shards), the sentences are read
/// through a match spy and the text parts become PREFIX_CLAIM_SENTENCE terms. Both match the
/// same claims with the same weights. Throws Xapian errors through, and Error(INVALID_INPUT)
/// for a query form claims cannot answer.
ClaimQuery claim_query(const Xapian::Database& database, const Xapian::Query& query,
                       const ClaimTable* table = nullptr);

}  // namespace suyuan
