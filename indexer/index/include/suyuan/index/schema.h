/// @file schema.h
/// @brief The Xapian document schema shared by the index stage (writer) and the search stage
/// (reader): term prefixes, value slots and the version that forces a rebuild when it changes.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace suyuan::schema {

/// Bump when the terms, values or document data change meaning: `suyuan-index build`
/// re-indexes every document of an older schema.
inline constexpr std::string_view VERSION = "15";
/// Database metadata key holding VERSION.
inline constexpr std::string_view VERSION_KEY = "suyuan.schema";

/// Articles take docids from 1 up, claims from claim_docid_base() up (schema 14). Xapian looks
/// up the length of every document a ranked query weighs in one list ordered by docid: with
/// ~7 claims between consecutive articles, an article query read through ~8× the entries and
/// its phrase match took 1.4× as long as with the articles in a range of their own.
/// The base for a layout of `shards` databases (1: unsharded): 2^24 (16.7 million articles a
/// database; xapian-check's memory and time grow with the highest docid), lower for more than 64
/// shards, whose combined docids, (local − 1) × shards + shard + 1, must fit in 32 bits.
constexpr std::uint32_t claim_docid_base(std::size_t shards) {
  const std::uint64_t share = (std::uint64_t{1} << 30) / (shards == 0 ? 1 : shards);
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(std::uint64_t{1} << 24, share));
}
/// The last docid a claim of a layout of `shards` databases can take.
constexpr std::uint32_t last_claim_docid(std::size_t shards) {
  return static_cast<std::uint32_t>(0xffffffffull / (shards == 0 ? 1 : shards));
}
/// Database metadata key holding the docid the next new article takes (a removed article's
/// docid is not given again).
inline constexpr std::string_view NEXT_ARTICLE_DOCID_KEY = "suyuan.next_article_docid";

// Boolean (filter) term prefixes. Values after the prefix are lower-case ids.
inline constexpr std::string_view PREFIX_PATH = "Q";        ///< unique id: relative path
inline constexpr std::string_view PREFIX_DOC_ID = "XID";    ///< public doc_id
inline constexpr std::string_view PREFIX_TYPE = "XT";       ///< "article", "claim" or "sentence"
inline constexpr std::string_view PREFIX_SHA = "XH";        ///< SHA-256 of the raw bytes
inline constexpr std::string_view PREFIX_PUBLISHER = "XP";  ///< normalized publisher
inline constexpr std::string_view PREFIX_MONTH = "XM";      ///< published month YYYY-MM
inline constexpr std::string_view PREFIX_CHIP = "XCHIP";    ///< chip canonical id
inline constexpr std::string_view PREFIX_ORG = "XORG";      ///< organisation canonical id
inline constexpr std::string_view PREFIX_PERSON = "XPER";   ///< person canonical id
inline constexpr std::string_view PREFIX_SOURCE = "XSRC";   ///< attributed source id
inline constexpr std::string_view PREFIX_METRIC = "XMET";   ///< claim metric
inline constexpr std::string_view PREFIX_SUBJECT = "XSUB";  ///< claim subject id
inline constexpr std::string_view PREFIX_UNIT = "XU";       ///< claim value unit / currency
inline constexpr std::string_view PREFIX_PARENT = "XPAR";  ///< claim or sentence → article doc_id
/// A claim sentence: its article's doc_id, '@', the sentence's first raw byte. A claim document
/// and the sentence document that holds its text share this term (see TYPE_SENTENCE).
inline constexpr std::string_view PREFIX_CLAIM_SENTENCE = "XCS";
/// Re-post anchor: 8 hex digits (anchor_key) of a winnowed shingle hash, the anchors of
/// anchor_term_window (see reposts.h; since schema 15; 12 to 14: 12 hex digits of 1 shingle in
/// 16 by hash value, 11: 1 in 8). Outside the "X" range of filter terms: nothing but the re-post
/// lookup reads them.
inline constexpr std::string_view PREFIX_REPOST_ANCHOR = "YA";

// Probabilistic (free text) prefix for titles; body text has no prefix.
inline constexpr std::string_view PREFIX_TITLE = "S";

inline constexpr std::string_view TYPE_ARTICLE = "article";
/// One document per claim: its filter terms, values and stored claim, but no text terms (a claim
/// sentence's text is the article's text: indexing it again took most of a build's time). The
/// text of a claim query is matched on the articles and then on their claims' sentences, read
/// from the articles' SLOT_CLAIM_SENTENCES (search/src/claim_query.h).
inline constexpr std::string_view TYPE_CLAIM = "claim";

/// Value slots.
enum Slot : unsigned {
  SLOT_PUBLISHED = 0,         ///< "YYYY-MM-DDTHH:MM" string, sorts chronologically
  SLOT_PUBLISHED_DAY = 1,     ///< sortable_serialise(days since 1970-01-01)
  SLOT_CLAIM_MIN = 2,         ///< sortable_serialise(lower bound of a claim's value)
  SLOT_CLAIM_MAX = 3,         ///< sortable_serialise(upper bound of a claim's value)
  SLOT_CLAIM_DATE_BEGIN = 4,  ///< sortable_serialise(first day a claim's date covers)
  SLOT_CLAIM_DATE_END = 5,    ///< sortable_serialise(last day a claim's date covers)
  /// The document's facet terms (FACET_PREFIXES), sorted, '\n'-separated: Xapian's built-in
  /// ValueCountMatchSpy counts them on xapian-tcpsrv shards, where a custom spy cannot run.
  SLOT_FACET_TERMS = 6,
  /// The doc_id of the origin of the article's re-post cluster (absent when alone): the
  /// collapse key, and what `repost:<origin>` filters on (a value range of one value).
  SLOT_REPOST_CLUSTER = 7,
  /// On an article: each distinct sentence of its claims as its key (the value of the claims'
  /// PREFIX_CLAIM_SENTENCE term), CLAIM_SENTENCE_KEY_END, the sentence folded as queries are,
  /// CLAIM_SENTENCE_END. On a claim: its sentence key alone (claims are ranked by it).
  SLOT_CLAIM_SENTENCES = 8,
  /// An article's path and content version (its PREFIX_PATH and PREFIX_SHA terms): a build
  /// reads what is indexed from these two value streams, not from every article's term list.
  SLOT_PATH = 10,
  SLOT_VERSION = 11,
};

/// Separators of SLOT_CLAIM_SENTENCES (control characters: a folded sentence keeps none).
inline constexpr char CLAIM_SENTENCE_KEY_END = '\x1f';
inline constexpr char CLAIM_SENTENCE_END = '\x1e';

/// Prefixes of the filter terms counted as facets. A value never starts with an upper-case
/// letter, so XP (publisher) does not take XPAR terms, nor XM (month) XMET ones.
inline constexpr std::string_view FACET_PREFIXES[] = {
    PREFIX_CHIP,   PREFIX_ORG,    PREFIX_PERSON, PREFIX_PUBLISHER,
    PREFIX_SOURCE, PREFIX_METRIC, PREFIX_MONTH};

/// Whether `term` is a facet term with `prefix` (see FACET_PREFIXES).
inline bool is_facet_term(std::string_view term, std::string_view prefix) {
  return term.size() > prefix.size() && term.substr(0, prefix.size()) == prefix &&
         !(term[prefix.size()] >= 'A' && term[prefix.size()] <= 'Z');
}

}  // namespace suyuan::schema
