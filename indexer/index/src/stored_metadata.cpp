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

void throw_malformed_stored(std::string_view what, const std::exception& cause) {
  throw Error(ErrorKind::CORRUPT_INDEX,
              "stored " + std::string(what) + " is malformed: " + cause.what());
}

}  // namespace suyuan
