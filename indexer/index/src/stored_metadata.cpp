/// @file stored_metadata.cpp
/// @brief Origin fields of stored articles and claims.
#include "suyuan/index/stored_metadata.h"

#include <iterator>

#include "suyuan/core/error.h"

namespace suyuan {

nlohmann::json to_json(const StoredOrigin& origin) {
  return {{"doc_id", origin.doc_id},
          {"path", origin.path},
          {"title", origin.title},
          {"publisher", origin.publisher},
          {"published", origin.published}};
}

StoredOrigin read_stored_origin(const nlohmann::json& stored) {
  return {stored.at("doc_id").get<std::string>(), stored.at("path").get<std::string>(),
          stored.value("title", ""), stored.value("publisher", ""), stored.value("published", "")};
}

namespace {

/// Claim data is "SYC1" and the JSON as MessagePack, each object key of this table written as
/// one byte (0x80 + its index; no key of ours is a lone byte, nor UTF-8 that starts so): a
/// claim's keys were a third of its bytes, and MessagePack parses faster than JSON text.
/// Append only: the index of a key is its stored code.
constexpr std::string_view CLAIM_MAGIC = "SYC1";
constexpr std::string_view CLAIM_KEYS[] = {
    "doc_id",      "path",         "title",         "publisher",    "published",  "claim",
    "claim_index", "approx",       "as_of",         "attribution",  "calendar",   "category",
    "citations",   "cue",          "currency",      "date",         "date_end",   "display",
    "end",         "id",           "kind",          "known",        "max",        "max_exclusive",
    "mentions",    "metric",       "metric_span",   "metric_text",  "min",        "min_exclusive",
    "modality",    "name",         "period",        "relation",     "relative",   "relative_to",
    "scope",       "sentence",     "sentence_span", "source",       "span",       "start",
    "subject",     "subject_kind", "subject_span",  "subject_text", "target",     "text",
    "unit",        "value",        "value_span",    "via",          "affiliation"};
static_assert(std::size(CLAIM_KEYS) <= 0x80);

std::string short_key(const std::string& key) {
  for (std::size_t i = 0; i < std::size(CLAIM_KEYS); ++i) {
    if (CLAIM_KEYS[i] == key) return std::string(1, static_cast<char>(0x80 + i));
  }
  return key;
}

std::string long_key(const std::string& key) {
  if (key.size() == 1) {
    const auto code = static_cast<unsigned char>(key[0]);
    if (code >= 0x80 && code - 0x80u < std::size(CLAIM_KEYS))
      return std::string(CLAIM_KEYS[code - 0x80]);
  }
  return key;
}

/// `json` with every object key renamed by `rename` (recursively).
template <typename Rename>
nlohmann::json rename_keys(nlohmann::json&& json, const Rename& rename) {
  if (json.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (auto& [key, value] : json.items())
      out[rename(key)] = rename_keys(std::move(value), rename);
    return out;
  }
  if (json.is_array()) {
    for (auto& element : json) element = rename_keys(std::move(element), rename);
  }
  return std::move(json);
}

}  // namespace

std::string encode_stored_claim(const StoredOrigin& origin, const Claim& claim, std::size_t index) {
  nlohmann::json data = to_json(origin);
  data.update({{"claim", to_json(claim)}, {"claim_index", index}});
  std::string out(CLAIM_MAGIC);
  nlohmann::json::to_msgpack(rename_keys(std::move(data), short_key), out);
  return out;
}

StoredClaim decode_stored_claim(std::string_view data) {
  auto read = [](const nlohmann::json& stored) {
    return StoredClaim{read_stored_origin(stored), stored.at("claim").get<Claim>(),
                       stored.value("claim_index", std::size_t{0})};
  };
  try {
    if (data.substr(0, CLAIM_MAGIC.size()) != CLAIM_MAGIC)
      return read_stored_json(data, "claim data", read);
    data.remove_prefix(CLAIM_MAGIC.size());
    try {
      return read(rename_keys(nlohmann::json::from_msgpack(data), long_key));
    } catch (const nlohmann::json::exception& e) {
      throw_malformed_stored("claim data", e);
    }
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::CORRUPT_INDEX) throw;
    throw_malformed_stored("claim data", e);  // an unknown enumerator name
  }
}

void throw_malformed_stored(std::string_view what, const std::exception& cause) {
  throw Error(ErrorKind::CORRUPT_INDEX,
              "stored " + std::string(what) + " is malformed: " + cause.what());
}

}  // namespace suyuan
