/// @file stored_metadata.h
/// @brief The JSON the index stage stores with each article (its metadata) and each claim (its
/// document data). The index stage writes it and the search stage reads it through here, so the
/// field names and the error for a damaged entry live in one place.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "suyuan/extract/claim.h"

namespace suyuan {

/// Where a stored article or claim comes from: the fields both kinds of entry carry.
struct StoredOrigin {
  std::string doc_id;
  std::string path;  ///< corpus-relative path of the raw file
  std::string title;
  std::string publisher;
  std::string published;
};

/// `origin` as a JSON object, to which each kind of entry adds its own fields.
nlohmann::json to_json(const StoredOrigin& origin);

/// Reads the origin fields of a stored entry: doc_id and path are required, the others default
/// to "". Throws nlohmann::json::exception; call it inside read_stored_json.
StoredOrigin read_stored_origin(const nlohmann::json& stored);

/// A claim as the index stores it, one Xapian document per claim: where it comes from, the
/// claim and its position among the article's claims.
struct StoredClaim {
  StoredOrigin origin;
  Claim claim;
  std::size_t index = 0;
};

/// What a stored claim leaves to its article: the origin fields, and the raw text that its
/// sentence and the other quoted text fields are bytes of.
struct ClaimContext {
  StoredOrigin origin;
  std::string raw;
};

/// The document data of a stored claim (schema 13): "SYC2", the article's doc_id, which text
/// fields are left out as bytes of the article's raw text (`raw`), and the claim with
/// "claim_index" as MessagePack with short keys (stored_metadata.cpp). The origin and the
/// quoted text are the article's: seven claims an article each repeating them were a fifth of
/// the index.
std::string encode_stored_claim(std::string_view doc_id, const Claim& claim, std::size_t index,
                                std::string_view raw);

/// The doc_id of the article a stored claim comes from; "" for the data of schema 12 and before,
/// which carries its origin and text.
std::string stored_claim_article(std::string_view data);

/// Reads a stored claim back, with the context of its article (stored_claim_article), which
/// data of schema 12 and before does not need. A damaged entry, or a context whose raw text
/// lacks the claim's bytes, throws Error(CORRUPT_INDEX).
StoredClaim decode_stored_claim(std::string_view data, const ClaimContext& context);
StoredClaim decode_stored_claim(std::string_view data);  ///< schema 12 and before only

/**
 * Decodes the claim documents of one database, reading each article's origin and raw text
 * once (its metadata and raw text only, found by its doc_id term). Not thread-safe: one per
 * batch of claims.
 */
class StoredClaimReader {
 public:
  explicit StoredClaimReader(const Xapian::Database& database) : database_(database) {}
  StoredClaim read(std::string_view data);

 private:
  const ClaimContext& context(const std::string& doc_id);
  const Xapian::Database& database_;
  std::unordered_map<std::string, ClaimContext> contexts_;
};

/// An article's stored extraction (to_json(ExtractionResult), its claims left to the claim
/// documents): "SYE1" and the JSON as MessagePack with the short keys of claims, each mention's
/// "text" left out when it is the bytes of `raw` at its span. As JSON text (what schema 14
/// stored at first) the mentions' keys and texts were 40 % of an article's data, all of it for
/// the single writer thread to compress.
std::string encode_stored_extraction(nlohmann::json extraction, std::string_view raw);

/// Reads a stored extraction back (the JSON text of before, too), with the raw text of its
/// article. Throws Error(CORRUPT_INDEX) on damaged data.
nlohmann::json decode_stored_extraction(std::string_view data, std::string_view raw);

/// Throws Error(CORRUPT_INDEX) "stored <what> is malformed: <cause>".
[[noreturn]] void throw_malformed_stored(std::string_view what, const std::exception& cause);

/// Parses a stored JSON entry and returns what `read` makes of it. Any JSON error — in the text,
/// or a missing or mistyped field that `read` looks up — throws Error(CORRUPT_INDEX): the index
/// is damaged, not the caller's input. `what` ("article metadata", "claim data") names the entry
/// in the message.
template <typename Read>
auto read_stored_json(std::string_view json, std::string_view what, Read&& read) {
  try {
    return read(nlohmann::json::parse(json));
  } catch (const nlohmann::json::exception& e) {
    throw_malformed_stored(what, e);
  }
}

}  // namespace suyuan
