/// @file stored_metadata.h
/// @brief The JSON the index stage stores with each article (its metadata) and each claim (its
/// document data). The index stage writes it and the search stage reads it through here, so the
/// field names and the error for a damaged entry live in one place.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

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

/// The document data of a stored claim: the origin fields plus "claim" (to_json(Claim)) and
/// "claim_index", as MessagePack with short keys (stored_metadata.cpp). decode_stored_claim
/// reads it back (and the JSON text of schema 10 and before); a damaged entry throws
/// Error(CORRUPT_INDEX).
std::string encode_stored_claim(const StoredOrigin& origin, const Claim& claim, std::size_t index);
StoredClaim decode_stored_claim(std::string_view data);

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
