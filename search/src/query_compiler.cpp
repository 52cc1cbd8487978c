/// @file query_compiler.cpp
/// @brief Query rewriting and parsing.
#include "query_compiler.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/extract/gazetteer.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/term_positions.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan {
namespace {

constexpr std::size_t MAX_QUERY_BYTES = 1024;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool contains_han(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (utf8::is_han(utf8::decode(text, i))) return true;
  }
  return false;
}

/// Field names the parser knows (`name:value`); anything else with a colon is plain text.
bool is_known_field(std::string_view name) {
  static const std::vector<std::string_view> fields = {
      "title",   "chip", "org",  "person",    "source", "publisher", "metric",
      "subject", "unit", "date", "claimdate", "value",  "doc",       "repost"};
  for (auto f : fields) {
    if (f == name) return true;
  }
  return false;
}

bool is_operator(std::string_view token) {
  return token == "AND" || token == "OR" || token == "NOT" || token == "XOR" || token == "NEAR" ||
         token == "ADJ";
}

/// NEAR, ADJ, NEAR/3, ADJ/4: an operator of word positions.
bool is_proximity_operator(std::string_view token) {
  for (std::string_view op : {"NEAR", "ADJ"})
    if (token.substr(0, op.size()) == op && (token.size() == op.size() || token[op.size()] == '/'))
      return true;
  return false;
}

/// Whether Xapian's parser may read NEAR or ADJ in `token`: its lexer skips punctuation around
/// a word (`~NEAR`, `'NEAR/3`, `NEAR~`), so any NEAR or ADJ between characters that are not
/// ASCII letters or digits counts. Wider than is_proximity_operator on purpose: a field query
/// beside such an operator crashes Xapian 1.4's parser (see rewrite_query).
bool reads_as_proximity_operator(std::string_view token) {
  const auto is_alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::string_view op : {"NEAR", "ADJ"}) {
    for (std::size_t at = token.find(op); at != std::string_view::npos;
         at = token.find(op, at + 1)) {
      const std::size_t end = at + op.size();
      if ((at == 0 || !is_alnum(token[at - 1])) && (end == token.size() || !is_alnum(token[end])))
        return true;  // (NEAR/3 is bounded by its slash; NEAR3 is a word)
    }
  }
  return false;
}

/// `query` with the fields only rewrite_query writes (`xalias:`, `xnear:`) made plain words:
/// typed by a user they would name groups or chains the query does not have, and beside NEAR
/// crash Xapian 1.4's parser (`a +xalias:0 NEAR xalias:1`). The lexer skips punctuation before
/// a field name, so any occurrence not inside a word counts.
std::string disarm_internal_fields(std::string_view query) {
  std::string out(query);
  for (std::string_view field : {"xalias:", "xnear:"}) {
    for (std::size_t at = out.find(field); at != std::string::npos; at = out.find(field, at + 1)) {
      if (at == 0 || !std::isalnum(static_cast<unsigned char>(out[at - 1])))
        out[at + field.size() - 1] = ' ';
    }
  }
  return out;
}

/// The next token of `q` from `i` (after spaces); `i` moves past it.
std::string_view next_token(std::string_view q, std::size_t& i) {
  while (i < q.size() && is_space(q[i])) ++i;
  const std::size_t begin = i;
  while (i < q.size() && !is_space(q[i])) ++i;
  return q.substr(begin, i - begin);
}

/// Whether the next token of `q` from `i` (after spaces) is an operator of word positions.
bool proximity_operator_follows(std::string_view q, std::size_t i) {
  return is_proximity_operator(next_token(q, i));
}

/// Whether the next token of `q` from `i` may be read as one by Xapian's parser.
bool parser_proximity_follows(std::string_view q, std::size_t i) {
  return reads_as_proximity_operator(next_token(q, i));
}

/// A word that may stand in a proximity chain: no quotes, fields, operators or signs.
bool plain_operand(std::string_view token) {
  if (token.empty() || is_operator(token) || reads_as_proximity_operator(token)) return false;
  for (char c : token)
    if (c == '"' || c == '(' || c == ')' || c == ':' || c == '+' || c == '-') return false;
  return true;
}

/// `first NEAR second …` from `i` (just after `first`): the chain and where it ends, when every
/// operator is the same (NEAR or ADJ, any distance) and every operand a plain word; the last one
/// may close parentheses (`trail`).
std::optional<std::pair<ProximityChain, std::size_t>> proximity_chain(std::string_view q,
                                                                      std::size_t i,
                                                                      std::string_view first,
                                                                      std::string& trail) {
  ProximityChain chain;
  chain.operands.emplace_back(first);
  std::optional<bool> ordered;
  unsigned distance = 0;
  while (proximity_operator_follows(q, i)) {
    const std::string_view op = next_token(q, i);
    const bool adj = op.substr(0, 3) == "ADJ";
    if (ordered && *ordered != adj) return std::nullopt;
    ordered = adj;
    unsigned n = 10;
    if (const std::size_t slash = op.find('/'); slash != std::string_view::npos) {
      const std::string_view digits = op.substr(slash + 1);
      if (digits.empty() || digits.size() > 3 ||
          digits.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
      n = static_cast<unsigned>(std::stoul(std::string(digits)));
      if (n == 0) return std::nullopt;  // (as in Xapian's parser: 1 is next to each other)
    }
    distance = std::max(distance, n);
    std::string_view operand = next_token(q, i);
    trail.clear();
    while (!operand.empty() && operand.back() == ')') {
      trail.push_back(')');
      operand.remove_suffix(1);
    }
    if (!plain_operand(operand)) return std::nullopt;
    chain.operands.emplace_back(operand);
    if (!trail.empty()) break;
  }
  // A chain beside an operator written with punctuation (`a NEAR b ~NEAR c`) is left whole to
  // the parser, which reads that one too.
  if (parser_proximity_follows(q, i)) return std::nullopt;
  chain.distance = distance;
  chain.ordered = ordered.value_or(false);
  return std::make_pair(std::move(chain), i);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// A filter field whose values are matched as lower-case ids, as the index writes them. Entity
/// fields accept any alias: chip:H20 → nvidia-h20, org:輝達 → nvidia.
class FilterField : public Xapian::FieldProcessor {
 public:
  FilterField(std::string_view prefix, const Gazetteer* gazetteer)
      : prefix_(prefix), gazetteer_(gazetteer) {}
  Xapian::Query operator()(const std::string& value) override {
    std::string id = lower_ascii(value);
    if (gazetteer_ != nullptr) {
      if (const Entity* entity = gazetteer_->lookup_alias(id)) id = entity->id;
    }
    return Xapian::Query(prefix_ + id);
  }

 private:
  std::string prefix_;
  const Gazetteer* gazetteer_;
};

/// The index below `size` that a field query written by rewrite_query (`xalias:3`) names.
std::size_t index_of(const std::string& value, std::size_t size, const char* what) {
  std::size_t index = 0;
  try {
    index = std::stoul(value);
  } catch (const std::exception&) {
    throw Xapian::QueryParserError(std::string("bad ") + what + " " + value);
  }
  if (index >= size) throw Xapian::QueryParserError(std::string("bad ") + what + " " + value);
  return index;
}

/// `xnear:<index>` (written by rewrite_query) → each word of the chain as an exact phrase, and
/// all their terms within the chain's distance (a Chinese character counts as one word, as
/// the index gives each its own position).
class ProximityField : public Xapian::FieldProcessor {
 public:
  explicit ProximityField(const std::vector<ProximityChain>& chains) : chains_(chains) {}
  Xapian::Query operator()(const std::string& value) override {
    const ProximityChain& chain = chains_[index_of(value, chains_.size(), "proximity chain")];
    // Every combination of the words' forms (辉达 NEAR 晶片: 英伟达 … 芯片 too), unless there
    // are too many to search at once: then the words as written.
    constexpr std::size_t MOST_COMBINATIONS = 64;
    std::size_t combinations = 1;
    for (const auto& forms : chain.forms)
      combinations =
          std::min(combinations * std::max<std::size_t>(forms.size(), 1), MOST_COMBINATIONS + 1);
    if (combinations > MOST_COMBINATIONS || chain.forms.size() != chain.operands.size())
      return words_within(chain.operands, chain);
    std::vector<Xapian::Query> alternatives;
    for (std::size_t n = 0; n < combinations; ++n) {
      std::vector<std::string> words;
      for (std::size_t k = 0, rest = n; k < chain.forms.size(); ++k) {
        words.push_back(chain.forms[k][rest % chain.forms[k].size()]);
        rest /= chain.forms[k].size();
      }
      alternatives.push_back(words_within(words, chain));
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }

 private:
  /// Each of `words` as an exact phrase, and all their terms within the chain's distance.
  static Xapian::Query words_within(const std::vector<std::string>& words,
                                    const ProximityChain& chain) {
    // Each word goes through a parser set up like the main one, so its terms are exactly the
    // ones the index holds.
    Xapian::QueryParser word_parser;
    std::vector<Xapian::Query> phrases;
    std::vector<std::string> terms;
    for (const auto& word : words) {
      Xapian::Query phrase =
          word_parser.parse_query("\"" + word + "\"", Xapian::QueryParser::FLAG_PHRASE |
                                                          Xapian::QueryParser::FLAG_CJK_NGRAM);
      if (phrase.empty()) continue;
      phrases.push_back(std::move(phrase));
      // (The parser gives a Chinese word's characters one position: their order is the
      // index's, each its own position.)
      std::vector<std::pair<unsigned, std::string>> ordered;
      for (const auto& [term, positions] : term_positions(word))
        for (unsigned position : positions) ordered.emplace_back(position, term);
      std::sort(ordered.begin(), ordered.end());
      for (auto& [position, term] : ordered) terms.push_back(std::move(term));
    }
    Xapian::Query all(Xapian::Query::OP_AND, phrases.begin(), phrases.end());
    if (terms.size() < 2) return all;
    const auto window = static_cast<Xapian::termcount>(chain.distance + terms.size() - 1);
    return Xapian::Query(
        Xapian::Query::OP_AND, all,
        Xapian::Query(chain.ordered ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR,
                      terms.begin(), terms.end(), window));
  }

  const std::vector<ProximityChain>& chains_;
};

/// `repost:<origin doc_id>` → the articles of that re-post cluster (their SLOT_REPOST_CLUSTER).
class RepostField : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    const std::string origin = lower_ascii(value);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::SLOT_REPOST_CLUSTER, origin,
                         origin);
  }
};

/// `xalias:<group>` (written by rewrite_query) → any form of the group, each as an exact phrase.
class AliasField : public Xapian::FieldProcessor {
 public:
  explicit AliasField(const AliasGroups& aliases) : aliases_(aliases) {}
  Xapian::Query operator()(const std::string& value) override {
    const std::size_t group = index_of(value, aliases_.size(), "alias group");
    // Each form goes through a parser set up like the main one, so its terms are exactly
    // the ones the index holds.
    Xapian::QueryParser form_parser;
    std::vector<Xapian::Query> forms;
    for (const auto& form : aliases_.forms(group)) {
      forms.push_back(form_parser.parse_query(
          "\"" + form + "\"",
          Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_CJK_NGRAM));
    }
    return Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
  }

 private:
  const AliasGroups& aliases_;
};

/// Value of a date bound: "2025", "2025-07" or "2025-07-15"; the low end of a range takes
/// the first day the date covers, the high end the last.
double day_bound(const std::string& text, bool high) {
  auto span = date_span(text);
  if (!span) throw Xapian::QueryParserError("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text);
  return static_cast<double>(high ? span->second : span->first);
}

double number_bound(const std::string& text) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || !std::isfinite(value)) {
    throw Xapian::QueryParserError("not a number: " + text);
  }
  return value;
}

/// `date:A..B` — publication date within [A, B] (either end may be open).
class PublishedDateRange : public Xapian::RangeProcessor {
 public:
  PublishedDateRange() : Xapian::RangeProcessor(schema::SLOT_PUBLISHED_DAY, "date:") {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    const std::string low =
        begin.empty() ? "" : Xapian::sortable_serialise(day_bound(begin, false));
    const std::string high = end.empty() ? "" : Xapian::sortable_serialise(day_bound(end, true));
    if (end.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low);
    if (begin.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
  }
};

/// A range over a claim's [low, high] value slots that matches when the intervals overlap:
/// `claimdate:2025-07..2025-09` finds a claim about "2025年夏季", `value:100..200` one of
/// "约150".
class OverlapRange : public Xapian::RangeProcessor {
 public:
  OverlapRange(const char* prefix, unsigned low_slot, unsigned high_slot, bool dates)
      : Xapian::RangeProcessor(low_slot, prefix), high_slot_(high_slot), dates_(dates) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    std::vector<Xapian::Query> parts;
    if (!end.empty()) {
      const double high = dates_ ? day_bound(end, true) : number_bound(end);
      parts.emplace_back(Xapian::Query::OP_VALUE_LE, slot, Xapian::sortable_serialise(high));
    }
    if (!begin.empty()) {
      const double low = dates_ ? day_bound(begin, false) : number_bound(begin);
      parts.emplace_back(Xapian::Query::OP_VALUE_GE, high_slot_, Xapian::sortable_serialise(low));
    }
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
  }

 private:
  unsigned high_slot_;
  bool dates_;
};

}  // namespace

HighlightPattern highlight_pieces(std::string_view text) {
  HighlightPattern pieces;
  std::string current;
  int current_kind = 0;  // 0 none, 1 latin/digit word, 2 han run
  auto flush = [&] {
    if (!current.empty()) pieces.push_back(current);
    current.clear();
    current_kind = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    char32_t cp = utf8::decode(text, i);
    int kind = 0;
    if (cp < 0x80 && std::isalnum(static_cast<int>(cp))) kind = 1;
    if (utf8::is_han(cp)) kind = 2;
    if (kind != current_kind) flush();
    if (kind == 0) continue;
    current_kind = kind;
    if (kind == 1) {
      current.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
    } else {
      current.append(text.substr(start, i - start));
    }
  }
  flush();
  return pieces;
}

AliasGroups::AliasGroups(const Gazetteer& gazetteer) {
  for (const Entity& entity : gazetteer.entities()) {
    // Only whole-word Chinese or multi-letter names: a one-letter Latin alias would be noise.
    std::vector<std::string> forms;
    for (const auto& form : entity.folded_aliases) {
      if (form.size() >= 2 && std::find(forms.begin(), forms.end(), form) == forms.end())
        forms.push_back(form);
    }
    if (forms.size() >= 2) groups_.push_back(std::move(forms));
  }
  for (const auto& group : gazetteer.vocabulary_groups()) groups_.push_back(group);
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    for (const auto& form : groups_[g]) index_.emplace_back(form, g);
  }
  std::sort(index_.begin(), index_.end());
}

std::optional<std::size_t> AliasGroups::group_of(std::string_view folded_token) const {
  const std::string key = lower_ascii(folded_token);
  auto it = std::lower_bound(index_.begin(), index_.end(), std::make_pair(key, std::size_t{0}));
  if (it != index_.end() && it->first == key) return it->second;
  return std::nullopt;
}

RewrittenQuery rewrite_query(std::string_view user_query, const AliasGroups& aliases) {
  const std::string disarmed = disarm_internal_fields(user_query);
  const std::string_view q = disarmed;
  RewrittenQuery out;
  bool negate_next = false;      // set by a NOT operator
  bool after_proximity = false;  // the token before was NEAR or ADJ
  std::size_t i = 0;
  while (i < q.size()) {
    if (is_space(q[i])) {
      out.parser_input.push_back(' ');
      ++i;
      continue;
    }
    if (q[i] == '"') {
      std::size_t close = q.find('"', i + 1);
      std::size_t end = close == std::string_view::npos ? q.size() : close;
      std::string_view inside = q.substr(i + 1, end - i - 1);
      out.parser_input += '"';
      out.parser_input += inside;
      out.parser_input += '"';
      if (!negate_next) {
        auto pieces = highlight_pieces(inside);
        if (!pieces.empty()) out.highlights.push_back(std::move(pieces));
      }
      negate_next = false;
      i = close == std::string_view::npos ? q.size() : close + 1;
      continue;
    }
    std::size_t end = i;
    while (end < q.size() && !is_space(q[end]) && q[end] != '"') ++end;
    std::string_view token = q.substr(i, end - i);
    i = end;

    // Leading operators and parentheses, trailing parentheses.
    std::string lead, trail;
    bool negated = negate_next;
    negate_next = false;
    while (!token.empty() &&
           (token.front() == '(' || token.front() == '+' || token.front() == '-')) {
      if (token.front() == '-') negated = true;
      lead.push_back(token.front());
      token.remove_prefix(1);
    }
    while (!token.empty() && token.back() == ')') {
      trail.push_back(')');
      token.remove_suffix(1);
    }
    std::string body(token);
    // 芯片 NEAR 出口: Chinese words within some distance, which Xapian's parser would take as
    // the words "near" or "adj" (a NEAR between phrases is a syntax error it recovers from so).
    // (NOT a NEAR b negates the chain, as in Xapian; -a NEAR b is left to the parser.)
    if (std::string chain_trail; trail.empty() && lead.find('-') == std::string::npos &&
                                 !after_proximity && plain_operand(token)) {
      if (auto chain = proximity_chain(q, i, token, chain_trail);
          chain && chain->first.operands.size() >= 2 &&
          std::any_of(chain->first.operands.begin(), chain->first.operands.end(),
                      [&](const std::string& w) {
                        return contains_han(w) || aliases.group_of(w).has_value();
                      })) {
        for (const auto& operand : chain->first.operands) {
          std::vector<std::string> forms{operand};
          if (const auto group = aliases.group_of(operand))
            for (const auto& form : aliases.forms(*group))
              if (form != lower_ascii(operand)) forms.push_back(form);
          for (const auto& form : forms) {
            auto pieces = negated ? HighlightPattern{} : highlight_pieces(form);
            if (!pieces.empty()) out.highlights.push_back(std::move(pieces));
          }
          chain->first.forms.push_back(std::move(forms));
        }
        out.parser_input += lead + "xnear:" + std::to_string(out.proximity.size()) + chain_trail;
        out.proximity.push_back(std::move(chain->first));
        i = chain->second;
        continue;
      }
    }
    // Xapian 1.4's parser crashes on a field query (our aliases) beside NEAR or ADJ after a
    // +term (x +英伟达 NEAR 芯片): there an alias is searched as written, not as its group.
    const bool in_proximity = after_proximity || parser_proximity_follows(q, i);
    after_proximity = reads_as_proximity_operator(token);
    if (is_operator(token) || after_proximity) {
      negate_next = token == "NOT";
    } else if (auto colon = token.find(':'); colon != std::string_view::npos && colon > 0 &&
                                             is_known_field(token.substr(0, colon))) {
      // Filters are not highlighted; a Chinese title value becomes a phrase like free text.
      std::string_view field = token.substr(0, colon), value = token.substr(colon + 1);
      if (field == "title" && contains_han(value) && !value.empty() && value.front() != '"') {
        body = std::string(field) + ":\"" + std::string(value) + "\"";
      }
    } else if (auto group = in_proximity ? std::nullopt : aliases.group_of(token)) {
      body = "xalias:" + std::to_string(*group);
      if (!negated) {
        for (const auto& form : aliases.forms(*group)) {
          auto pieces = highlight_pieces(form);
          if (!pieces.empty()) out.highlights.push_back(std::move(pieces));
        }
      }
    } else if (contains_han(token)) {
      body = "\"" + body + "\"";
      if (!negated) {
        auto pieces = highlight_pieces(token);
        if (!pieces.empty()) out.highlights.push_back(std::move(pieces));
      }
    } else if (!negated) {
      auto pieces = highlight_pieces(token);
      if (!pieces.empty()) out.highlights.push_back(std::move(pieces));
    }
    out.parser_input += lead + body + trail;
  }
  return out;
}

namespace {

/// Whether every NEAR and PHRASE in `query` is of terms only, as Xapian 1.4 can run them (its
/// parser reads NEAR or ADJ beside a field query, x +英伟达 NEAR 芯片 or a chain followed by
/// ADJ:/2, as one of phrases).
bool proximity_of_terms(const Xapian::Query& query) {
  const auto type = query.get_type();
  const bool proximity = type == Xapian::Query::OP_NEAR || type == Xapian::Query::OP_PHRASE;
  for (std::size_t k = 0; k < query.get_num_subqueries(); ++k) {
    const Xapian::Query sub = query.get_subquery(k);
    if (proximity && sub.get_type() != Xapian::Query::LEAF_TERM) return false;
    if (!proximity_of_terms(sub)) return false;
  }
  return true;
}

}  // namespace

QueryCompiler::QueryCompiler(const Normalizer& normalizer, const Xapian::Database& database,
                             const Gazetteer* gazetteer, const AliasGroups* aliases)
    : normalizer_(normalizer), gazetteer_(gazetteer), aliases_(aliases), database_(database) {}

CompiledQuery QueryCompiler::compile(std::string_view user_query) const {
  if (user_query.size() > MAX_QUERY_BYTES) {
    throw Error(ErrorKind::INVALID_INPUT, "query too long: " + std::to_string(user_query.size()) +
                                              " bytes (limit " + std::to_string(MAX_QUERY_BYTES) +
                                              ")");
  }
  if (auto bad = utf8::find_invalid(user_query)) {
    throw Error(ErrorKind::INVALID_INPUT,
                "query is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
  const std::string folded = normalizer_.fold_query(user_query);
  bool blank = true;
  for (char c : folded) blank = blank && is_space(c);
  if (blank) throw Error(ErrorKind::INVALID_INPUT, "empty query");

  static const AliasGroups no_aliases;
  RewrittenQuery rewritten = rewrite_query(folded, aliases_ ? *aliases_ : no_aliases);
  Xapian::QueryParser parser;
  parser.set_database(database_);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_prefix("title", std::string(schema::PREFIX_TITLE));
  const std::pair<const char*, std::string_view> filters[] = {
      {"publisher", schema::PREFIX_PUBLISHER},
      {"chip", schema::PREFIX_CHIP},
      {"org", schema::PREFIX_ORG},
      {"person", schema::PREFIX_PERSON},
      {"source", schema::PREFIX_SOURCE},
      {"metric", schema::PREFIX_METRIC},
      {"subject", schema::PREFIX_SUBJECT},
      {"unit", schema::PREFIX_UNIT},
      {"doc", schema::PREFIX_DOC_ID}};
  for (const auto& [field, prefix] : filters) {
    parser.add_boolean_prefix(field, (new FilterField(prefix, gazetteer_))->release());
  }
  parser.add_boolean_prefix("repost", (new RepostField())->release());
  if (aliases_ != nullptr) parser.add_prefix("xalias", (new AliasField(*aliases_))->release());
  parser.add_prefix("xnear", (new ProximityField(rewritten.proximity))->release());
  parser.add_rangeprocessor((new PublishedDateRange())->release());
  parser.add_rangeprocessor((new OverlapRange("claimdate:", schema::SLOT_CLAIM_DATE_BEGIN,
                                              schema::SLOT_CLAIM_DATE_END, true))
                                ->release());
  parser.add_rangeprocessor(
      (new OverlapRange("value:", schema::SLOT_CLAIM_MIN, schema::SLOT_CLAIM_MAX, false))
          ->release());
  const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                         Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_CJK_NGRAM;
  CompiledQuery compiled;
  try {
    compiled.query = parser.parse_query(rewritten.parser_input, flags);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ErrorKind::INVALID_INPUT, "malformed query: " + e.get_msg());
  } catch (const Xapian::InvalidArgumentError& e) {
    throw Error(ErrorKind::INVALID_INPUT, "malformed query: " + e.get_msg());
  } catch (const Xapian::UnimplementedError& e) {
    throw Error(ErrorKind::INVALID_INPUT, "malformed query: " + e.get_msg());
  }
  if (!proximity_of_terms(compiled.query)) {
    throw Error(ErrorKind::INVALID_INPUT,
                "malformed query: NEAR and ADJ join words, not fields, phrases or groups: " +
                    std::string(user_query));
  }
  if (compiled.query.empty()) {
    throw Error(ErrorKind::INVALID_INPUT,
                "query has no searchable terms: " + std::string(user_query));
  }
  compiled.highlights = std::move(rewritten.highlights);
  return compiled;
}

}  // namespace suyuan
