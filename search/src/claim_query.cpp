/// @file claim_query.cpp
/// @brief Text parts of a claim query matched on claim sentences, then joined by term.
#include "claim_query.h"

#include <xapian/unicode.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <vector>

#include "claim_cache.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/term_positions.h"

namespace suyuan {
namespace {

using Op = Xapian::Query::op;

/// What a (sub)query reads: document text, filter terms and values, or both.
enum class Reads { NOTHING, TEXT, FILTERS, BOTH };

Reads combine(Reads a, Reads b) {
  if (a == Reads::NOTHING) return b;
  if (b == Reads::NOTHING || a == b) return a;
  return Reads::BOTH;
}

/// Body text terms have no prefix (they start lower-case, with a digit or a Han character);
/// title terms have PREFIX_TITLE. Every filter prefix is upper-case.
bool is_text_term(const std::string& term) {
  if (term.empty()) return false;
  const bool prefixed = term[0] >= 'A' && term[0] <= 'Z';
  return !prefixed || term.compare(0, schema::PREFIX_TITLE.size(), schema::PREFIX_TITLE) == 0;
}

std::string leaf_term(const Xapian::Query& leaf) { return *leaf.get_terms_begin(); }

Reads reads(const Xapian::Query& query) {
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return is_text_term(leaf_term(query)) ? Reads::TEXT : Reads::FILTERS;
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return Reads::NOTHING;
    case Xapian::Query::LEAF_POSTING_SOURCE:
    case Xapian::Query::OP_VALUE_RANGE:
    case Xapian::Query::OP_VALUE_GE:
    case Xapian::Query::OP_VALUE_LE:
      return Reads::FILTERS;
    default:
      break;
  }
  Reads out = Reads::NOTHING;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    out = combine(out, reads(query.get_subquery(i)));
  }
  return out;
}

}  // namespace

bool needs_text(const Xapian::Query& query) {
  const std::size_t parts = query.get_num_subqueries();
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return is_text_term(leaf_term(query));
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return true;  // it matches nothing, a claim least of all
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      // Every part must match: one that needs text is enough.
      for (std::size_t i = 0; i < parts; ++i) {
        if (needs_text(query.get_subquery(i))) return true;
      }
      return false;
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
      for (std::size_t i = 0; i < parts; ++i) {
        if (!needs_text(query.get_subquery(i))) return false;
      }
      return parts > 0;
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return parts > 0 && needs_text(query.get_subquery(0));
    default:
      return false;  // match-all, value ranges, wildcards and posting sources: it may
  }
}

namespace {

[[noreturn]] void unsupported(const Xapian::Query& query) {
  throw Error(ErrorKind::INVALID_INPUT,
              "this query cannot be run on claims: " + query.get_description());
}

/// The window of a positional query (Xapian 1.4 has no accessor; its description has it:
/// "(a@1 PHRASE 2 b@2)").
Xapian::termpos window_of(const Xapian::Query& query) {
  const std::string description = query.get_description();
  const std::string word = query.get_type() == Xapian::Query::OP_PHRASE ? " PHRASE " : " NEAR ";
  const auto at = description.find(word);
  if (at == std::string::npos) unsupported(query);
  return static_cast<Xapian::termpos>(
      std::strtoul(description.c_str() + at + word.size(), nullptr, 10));
}

/// Whether `term` is one character of U+3000–U+9FFF or U+20000–U+3FFFF (Han and kana, which
/// have no case: the term is the character as the text has it).
bool is_han_unigram(const std::string& term) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(term[i]); };
  if (term.size() == 3) return byte(0) >= 0xE3 && byte(0) <= 0xE9;
  return term.size() == 4 && byte(0) == 0xF0 && byte(1) >= 0xA0;
}

/// Where the next character that makes a term starts at or after `at`: the characters before
/// it (punctuation, spaces, symbols) take no position in the index either.
std::size_t next_term_start(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    std::size_t next = at;
    const char32_t cp = utf8::decode(text, next);
    if (Xapian::Unicode::is_wordchar(static_cast<unsigned>(cp))) return at;
    at = next;
  }
  return at;
}

}  // namespace

std::size_t sentence_length(std::string_view folded) {
  std::size_t n = 0;
  bool in_word = false;
  for (std::size_t at = 0; at < folded.size();) {
    const char32_t cp = utf8::decode(folded, at);
    const bool word = Xapian::Unicode::is_wordchar(static_cast<unsigned>(cp));
    if (utf8::is_han(cp)) {
      ++n;
      in_word = false;
    } else {
      n += word && !in_word;
      in_word = word;
    }
  }
  return n;
}

bool is_han_term_character(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

namespace {

/// A text query compiled once for matching many sentences (reading a Xapian::Query's parts
/// allocates on every call).
struct TextNode {
  enum class Kind { TERM, ALL, NONE, AND, OR, AND_NOT, XOR, FIRST, PHRASE, NEAR };
  Kind kind = Kind::NONE;
  std::string term;                    ///< TERM
  bool han = false;                    ///< TERM: one Han character, found in the text as is
  Xapian::termpos window = 0;          ///< PHRASE, NEAR
  std::vector<std::string> han_chars;  ///< PHRASE of Han characters only, exact: its characters
  std::vector<std::string> terms;      ///< every term below (inverse document frequencies)
  std::vector<TextNode> parts;
};

TextNode compile_text(const Xapian::Query& query) {
  TextNode node;
  using K = TextNode::Kind;
  const auto op = query.get_type();
  switch (op) {
    case Xapian::Query::LEAF_TERM:
      node.kind = K::TERM;
      node.term = leaf_term(query);
      node.han = is_han_unigram(node.term);
      node.terms = {node.term};
      return node;
    case Xapian::Query::LEAF_MATCH_ALL:
      node.kind = K::ALL;
      return node;
    case Xapian::Query::LEAF_MATCH_NOTHING:
      node.kind = K::NONE;
      return node;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
      node.kind = K::AND;
      break;
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
      node.kind = K::OR;
      break;
    case Xapian::Query::OP_AND_NOT:
      node.kind = K::AND_NOT;
      break;
    case Xapian::Query::OP_XOR:
      node.kind = K::XOR;
      break;
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      node.kind = K::FIRST;
      break;
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      node.kind = op == Xapian::Query::OP_PHRASE ? K::PHRASE : K::NEAR;
      node.window = window_of(query);
      break;
    default:
      unsupported(query);
  }
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    node.parts.push_back(compile_text(query.get_subquery(i)));
    const auto& part = node.parts.back();
    node.terms.insert(node.terms.end(), part.terms.begin(), part.terms.end());
  }
  if (node.kind == K::PHRASE) {
    for (const TextNode& part : node.parts) {
      if (part.kind != K::TERM || !part.han) {
        node.han_chars.clear();
        break;
      }
      node.han_chars.push_back(part.term);
    }
    if (node.window != node.han_chars.size()) node.han_chars.clear();
  }
  return node;
}

/// A compiled text query evaluated on one sentence, as Xapian would on a document of it alone.
class SentenceMatch {
 public:
  /// `folded`: the sentence folded as queries are (it must outlive this).
  explicit SentenceMatch(std::string_view folded) : text_(folded) {}

  bool holds(const TextNode& node) const {
    using K = TextNode::Kind;
    switch (node.kind) {
      case K::TERM:
        if (node.han) return text_.find(node.term) != std::string_view::npos;
        return terms().count(node.term) != 0;
      case K::ALL:
        return true;
      case K::NONE:
        return false;
      case K::AND:
        return std::all_of(node.parts.begin(), node.parts.end(),
                           [&](const TextNode& p) { return holds(p); });
      case K::OR:
        return std::any_of(node.parts.begin(), node.parts.end(),
                           [&](const TextNode& p) { return holds(p); });
      case K::AND_NOT:
        return holds(node.parts.front()) &&
               std::none_of(node.parts.begin() + 1, node.parts.end(),
                            [&](const TextNode& p) { return holds(p); });
      case K::XOR:
        return std::count_if(node.parts.begin(), node.parts.end(),
                             [&](const TextNode& p) { return holds(p); }) %
                   2 ==
               1;
      case K::FIRST:
        return holds(node.parts.front());
      case K::PHRASE:
      case K::NEAR:
        return positional_matches(node) != 0;
    }
    return false;
  }

  /// How often a term, phrase or NEAR query occurs in the sentence.
  std::size_t occurrences(const TextNode& node) const {
    if (node.kind != TextNode::Kind::TERM) return positional_matches(node);
    if (node.han) {
      std::size_t n = 0;
      for (auto at = text_.find(node.term); at != std::string_view::npos;
           at = text_.find(node.term, at + 1))
        ++n;
      return n;
    }
    auto found = terms().find(node.term);
    return found == terms().end() ? 0 : found->second.size();
  }

  /// The sentence's length in positions (sentence_length()).
  std::size_t length() const { return sentence_length(text_); }

 private:
  /// Starts of an exact phrase of Han characters: each character after the previous one with
  /// nothing but characters that make no term between them (so on consecutive positions).
  std::size_t han_phrase_matches(const std::vector<std::string>& chars) const {
    std::size_t matches = 0;
    for (auto at = text_.find(chars.front()); at != std::string_view::npos;
         at = text_.find(chars.front(), at + 1)) {
      std::size_t next = at + chars.front().size();
      bool found = true;
      for (std::size_t k = 1; k < chars.size() && found; ++k) {
        next = next_term_start(text_, next);
        found = text_.compare(next, chars[k].size(), chars[k]) == 0;
        next += chars[k].size();
      }
      matches += found;
    }
    return matches;
  }

  /// Positions of a positional query's part: a term, or an OR of terms.
  std::vector<unsigned> positions(const TextNode& part) const {
    std::vector<unsigned> out;
    for (const std::string& term : part.terms) {
      auto found = terms().find(term);
      if (found != terms().end()) out.insert(out.end(), found->second.begin(), found->second.end());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  /// Where a PHRASE (its parts in order within `window` positions) or NEAR (in any order)
  /// query matches: the number of positions a match starts at.
  std::size_t positional_matches(const TextNode& node) const {
    if (!node.han_chars.empty()) return han_phrase_matches(node.han_chars);
    std::vector<std::vector<unsigned>> parts;
    for (const TextNode& part : node.parts) {
      parts.push_back(positions(part));
      if (parts.back().empty()) return 0;
    }
    const bool ordered = node.kind == TextNode::Kind::PHRASE;
    std::vector<unsigned> starts = parts.front();
    if (!ordered) {
      for (const auto& part : parts) starts.insert(starts.end(), part.begin(), part.end());
      std::sort(starts.begin(), starts.end());
      starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    }
    std::size_t matches = 0;
    for (unsigned start : starts) {
      // Ordered: the earliest position of each next part after the previous one ends soonest.
      unsigned previous = start;
      bool found = true;
      for (std::size_t k = ordered ? 1 : 0; k < parts.size() && found; ++k) {
        auto it =
            std::lower_bound(parts[k].begin(), parts[k].end(), ordered ? previous + 1 : start);
        found = it != parts[k].end() && *it < start + node.window;
        if (found) previous = *it;
      }
      matches += found;
    }
    return matches;
  }

  /// The index's terms and positions of the sentence, made when first needed.
  const TermPositions& terms() const {
    if (!terms_) terms_ = term_positions(text_);
    return *terms_;
  }

  std::string_view text_;
  mutable std::optional<TermPositions> terms_;
};

/// A necessary condition for `node` to hold on `text`, without tokenizing it: every Han
/// character a match needs occurs in the text.
bool may_hold(const TextNode& node, std::string_view text) {
  using K = TextNode::Kind;
  switch (node.kind) {
    case K::TERM:
      return !node.han || text.find(node.term) != std::string_view::npos;
    case K::AND:
    case K::PHRASE:
    case K::NEAR:
      return std::all_of(node.parts.begin(), node.parts.end(),
                         [&](const TextNode& p) { return may_hold(p, text); });
    case K::AND_NOT:
    case K::FIRST:
      return may_hold(node.parts.front(), text);
    default:
      return true;
  }
}

/// The sentences of `table` that can hold `node` (a superset: each Han character a match needs
/// occurs in them), ascending; nullopt when the characters tell nothing (a Latin word, NOT).
std::optional<std::vector<std::uint32_t>> candidates(const TextNode& node,
                                                     const ClaimTable& table) {
  using K = TextNode::Kind;
  switch (node.kind) {
    case K::TERM: {
      if (!node.han) return std::nullopt;
      std::size_t at = 0;
      const auto* holding = table.sentences_with(utf8::decode(node.term, at));
      return holding ? *holding : std::vector<std::uint32_t>{};
    }
    case K::NONE:
      return std::vector<std::uint32_t>{};
    case K::AND:
    case K::PHRASE:
    case K::NEAR: {
      std::optional<std::vector<std::uint32_t>> out;
      for (const TextNode& part : node.parts) {
        auto some = candidates(part, table);
        if (!some) continue;
        if (!out) {
          out = std::move(some);
        } else {
          std::vector<std::uint32_t> both;
          std::set_intersection(out->begin(), out->end(), some->begin(), some->end(),
                                std::back_inserter(both));
          *out = std::move(both);
        }
        if (out->empty()) break;
      }
      return out;
    }
    case K::OR:
    case K::XOR: {
      std::vector<std::uint32_t> out;
      for (const TextNode& part : node.parts) {
        auto some = candidates(part, table);
        if (!some) return std::nullopt;
        std::vector<std::uint32_t> either;
        std::set_union(out.begin(), out.end(), some->begin(), some->end(),
                       std::back_inserter(either));
        out = std::move(either);
      }
      return out;
    }
    case K::AND_NOT:
    case K::FIRST:
      return candidates(node.parts.front(), table);
    case K::ALL:
      break;
  }
  return std::nullopt;
}

/// `query` without its exclusions: an article holds it whenever one of its sentences holds
/// `query` (so the articles it matches are all that can hold a matching sentence).
Xapian::Query without_exclusions(const Xapian::Query& query) {
  const auto op = query.get_type();
  if (op == Xapian::Query::OP_AND_NOT || op == Xapian::Query::OP_AND_MAYBE ||
      op == Xapian::Query::OP_SCALE_WEIGHT) {
    return without_exclusions(query.get_subquery(0));
  }
  if (op == Xapian::Query::OP_XOR) {
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
      parts.push_back(without_exclusions(query.get_subquery(i)));
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }
  if (op == Xapian::Query::OP_AND || op == Xapian::Query::OP_OR || op == Xapian::Query::OP_FILTER ||
      op == Xapian::Query::OP_SYNONYM || op == Xapian::Query::OP_MAX ||
      op == Xapian::Query::OP_ELITE_SET) {
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
      parts.push_back(without_exclusions(query.get_subquery(i)));
    return Xapian::Query(op == Xapian::Query::OP_FILTER ? Xapian::Query::OP_AND
                         : op == Xapian::Query::OP_AND  ? Xapian::Query::OP_AND
                                                        : Xapian::Query::OP_OR,
                         parts.begin(), parts.end());
  }
  return query;  // terms, phrases and everything without exclusions
}

class Rewriter {
 public:
  Rewriter(const Xapian::Database& database, const ClaimTable* table, ClaimQuery& out)
      : database_(database),
        table_(table),
        out_(out),
        documents_(std::max(1u, database.get_doccount())) {}

  Xapian::Query rewrite(const Xapian::Query& query, bool positive) {
    switch (reads(query)) {
      case Reads::NOTHING:
      case Reads::FILTERS:
        return query;
      case Reads::TEXT:
        return matching_sentences(query, positive);
      case Reads::BOTH:
        break;
    }
    const auto op = query.get_type();
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      // Only the first part of AND_NOT counts towards a match; the rest excludes.
      const bool part_positive = positive && !(op == Xapian::Query::OP_AND_NOT && i > 0);
      parts.push_back(rewrite(query.get_subquery(i), part_positive));
    }
    switch (op) {
      case Xapian::Query::OP_AND:
      case Xapian::Query::OP_OR:
      case Xapian::Query::OP_AND_NOT:
      case Xapian::Query::OP_XOR:
      case Xapian::Query::OP_AND_MAYBE:
      case Xapian::Query::OP_FILTER:
        return Xapian::Query(op, parts.begin(), parts.end());
      case Xapian::Query::OP_SYNONYM:
      case Xapian::Query::OP_MAX:
      case Xapian::Query::OP_ELITE_SET:
        return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
      case Xapian::Query::OP_SCALE_WEIGHT:
        return parts.front();  // claims are matched unweighted, ranked by their sentences
      default:
        unsupported(query);  // positional operators take terms of one kind only
    }
  }

 private:
  /// The distinct values in `slot` of the documents matching `query`, from a match spy (which
  /// remote shards run too: no document is fetched).
  std::vector<std::string> values_of(const Xapian::Query& query, Xapian::valueno slot) const {
    Xapian::Enquire enquire(database_);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(slot);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, database_.get_doccount());
    std::vector<std::string> values;
    for (auto v = spy.values_begin(); v != spy.values_end(); ++v) values.push_back(*v);
    return values;
  }

  static Xapian::Query type_term(std::string_view type) {
    return Xapian::Query(std::string(schema::PREFIX_TYPE) + std::string(type));
  }

  /// The docids of the articles matching `query`, ascending.
  std::vector<Xapian::docid> docids_of(const Xapian::Query& query) const {
    Xapian::Enquire enquire(database_);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    const Xapian::MSet mset = enquire.get_mset(0, database_.get_doccount());
    std::vector<Xapian::docid> docids;
    docids.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
    return docids;
  }

  /// The claims whose sentence matches `text`: with a table, the set of their docids; without,
  /// one PREFIX_CLAIM_SENTENCE term per sentence.
  Xapian::Query matching_sentences(const Xapian::Query& text_query, bool positive) {
    if (positive) out_.ranked = true;
    // With a table, what the part matched is kept with the revision (claim_cache.h).
    std::string memo_key;
    if (table_ != nullptr) {
      memo_key = (positive ? "+" : "-") + text_query.get_description();
      if (const auto kept = table_->text_match(memo_key)) {
        for (const auto& [index, w] : kept->weights) out_.table_sentence_weight[index] += w;
        return docid_set_query(kept->claims, table_->shard_uuids());
      }
    }
    const TextNode text = compile_text(text_query);
    // The articles that can hold a matching sentence, and their claims' sentences.
    const Xapian::Query articles(Xapian::Query::OP_FILTER, without_exclusions(text_query),
                                 type_term(schema::TYPE_ARTICLE));
    struct Matched {
      std::string_view key;
      std::uint32_t index;  ///< in the table
      SentenceMatch sentence;
      std::size_t length;
    };
    std::vector<Matched> matched;
    // Whether the sentence `folded` matches (and, when positive, keeps it for the weights).
    const auto matches = [&](std::string_view key, std::uint32_t index, std::string_view folded) {
      if (!may_hold(text, folded)) return false;
      SentenceMatch sentence(folded);
      if (!sentence.holds(text)) return false;
      if (positive) {
        const std::size_t length =
            table_ != nullptr ? table_->sentence(index).length : sentence.length();
        matched.push_back({key, index, std::move(sentence), length});
      }
      return true;
    };
    std::vector<std::string> terms;
    auto claims = std::make_shared<std::vector<Xapian::docid>>();
    std::vector<std::string> lists;  // without a table: the articles' sentence lists
    if (table_ != nullptr) {
      const std::vector<Xapian::docid> holding = docids_of(articles);
      const auto match = [&](std::uint32_t index) {
        const ClaimTable::Sentence& s = table_->sentence(index);
        if (matches(s.key, index, s.folded))
          claims->insert(claims->end(), s.claims.begin(), s.claims.end());
      };
      if (const auto some = candidates(text, *table_)) {
        // The sentences with the query's characters, of the articles that match it.
        for (std::uint32_t index : *some) {
          if (std::binary_search(holding.begin(), holding.end(), table_->sentence(index).article))
            match(index);
        }
      } else {
        for (Xapian::docid article : holding) {
          if (const auto* sentences = table_->sentences_of(article)) {
            for (std::uint32_t index : *sentences) match(index);
          }
        }
      }
    } else {
      lists = values_of(articles, schema::SLOT_CLAIM_SENTENCES);
      for (const std::string& list : lists) {
        for (std::size_t begin = 0; begin < list.size();) {
          std::size_t end = list.find(schema::CLAIM_SENTENCE_END, begin);
          if (end == std::string::npos) end = list.size();
          const std::string_view record = std::string_view(list).substr(begin, end - begin);
          begin = end + 1;
          const std::size_t split = record.find(schema::CLAIM_SENTENCE_KEY_END);
          if (split == std::string_view::npos) continue;  // not what the index stage writes
          const std::string_view key = record.substr(0, split), folded = record.substr(split + 1);
          if (matches(key, 0, folded))
            terms.push_back(std::string(schema::PREFIX_CLAIM_SENTENCE) + std::string(key));
        }
      }
    }
    auto memo = std::make_shared<ClaimTable::TextMatch>();
    if (!matched.empty()) {
      double total_length = 0;  // a sum of integers: the same in any order
      for (const Matched& m : matched) total_length += static_cast<double>(m.length);
      const double average_length = std::max(1.0, total_length / matched.size());
      for (const Matched& m : matched) {
        const double w = weight(text, m.sentence, m.length / average_length);
        if (table_ != nullptr) {
          out_.table_sentence_weight[m.index] += w;
          memo->weights.emplace_back(m.index, w);
        } else {
          out_.sentence_weight[std::string(m.key)] += w;
        }
      }
    }
    if (table_ != nullptr) {
      std::sort(claims->begin(), claims->end());
      memo->claims = claims;
      table_->keep_text_match(memo_key, std::move(memo));
      return docid_set_query(std::move(claims), table_->shard_uuids());
    }
    if (terms.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

  /// BM25 over the sentence: for each positive term or phrase it holds, the inverse document
  /// frequencies of its terms, saturated by how often it occurs and normalized by the
  /// sentence's length relative to the average matching sentence (`relative_length`).
  double weight(const TextNode& text, const SentenceMatch& sentence, double relative_length) {
    constexpr double K1 = 1.2, B = 0.75;  // Xapian's BM25Weight defaults
    using K = TextNode::Kind;
    switch (text.kind) {
      case K::TERM:
      case K::PHRASE:
      case K::NEAR: {
        const double tf = static_cast<double>(sentence.occurrences(text));
        if (tf == 0) return 0.0;
        double idf_sum = 0;
        for (const std::string& term : text.terms) idf_sum += idf(term);
        return idf_sum * tf * (K1 + 1) / (tf + K1 * (1 - B + B * relative_length));
      }
      case K::AND_NOT:
      case K::FIRST:
        return weight(text.parts.front(), sentence, relative_length);
      default: {
        double sum = 0;
        for (const TextNode& part : text.parts) sum += weight(part, sentence, relative_length);
        return sum;
      }
    }
  }

  double idf(const std::string& term) {
    auto [it, added] = idf_.emplace(term, 0.0);
    if (added) {
      const double frequency = std::max(1u, database_.get_termfreq(term));
      it->second = std::log(1.0 + documents_ / frequency);
    }
    return it->second;
  }

  const Xapian::Database& database_;
  const ClaimTable* table_;
  ClaimQuery& out_;
  double documents_;
  std::unordered_map<std::string, double> idf_;
};

}  // namespace

ClaimQuery claim_query(const Xapian::Database& database, const Xapian::Query& query,
                       const ClaimTable* table) {
  ClaimQuery out;
  out.query = Rewriter(database, table, out).rewrite(query, true);
  return out;
}

}  // namespace suyuan
