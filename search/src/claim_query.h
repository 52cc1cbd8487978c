/// @file claim_query.h
/// @brief A query on claims: its filter parts matched on the claim documents, its text parts on
/// each claim's sentence (private to the search stage).
#pragma once

#include <xapian.h>

#include <string>
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
  /// text parts give it (a sum of inverse document frequencies of what it matched).
  std::unordered_map<std::string, double> sentence_weight;
};

/// Rewrites `query` for the claim documents of `database`. Throws Xapian errors through, and
/// Error(INVALID_INPUT) for a query form claims cannot answer.
ClaimQuery claim_query(const Xapian::Database& database, const Xapian::Query& query);

}  // namespace suyuan
