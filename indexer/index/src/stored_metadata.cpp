/// @file stored_metadata.cpp
/// @brief Origin fields of stored articles and claims.
#include "suyuan/index/stored_metadata.h"

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

std::string encode_stored_claim(const StoredOrigin& origin, const Claim& claim, std::size_t index) {
  nlohmann::json data = to_json(origin);
  data.update({{"claim", to_json(claim)}, {"claim_index", index}});
  return data.dump();
}

StoredClaim decode_stored_claim(std::string_view data) {
  try {
    return read_stored_json(data, "claim data", [](const nlohmann::json& stored) {
      return StoredClaim{read_stored_origin(stored), stored.at("claim").get<Claim>(),
                         stored.value("claim_index", std::size_t{0})};
    });
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
