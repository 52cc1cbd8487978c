/// @file stored_article.cpp
/// @brief Article data decoding.
#include "stored_article.h"

#include "suyuan/core/error.h"

namespace suyuan {

StoredArticle parse_stored_article(const std::string& data) {
  try {
    const nlohmann::json j = nlohmann::json::parse(data);
    StoredArticle article;
    article.doc_id = j.at("doc_id").get<std::string>();
    article.path = j.at("path").get<std::string>();
    article.title = j.value("title", "");
    article.publisher = j.value("publisher", "");
    article.published = j.value("published", "");
    article.author = j.value("author", "");
    article.url = j.value("url", "");
    article.raw = j.at("raw").get<std::string>();
    article.normalized = j.at("normalized").get<std::string>();
    article.offsets = OffsetMap::deserialize(j.at("offsets").get<std::vector<std::uint32_t>>());
    for (const auto& s : j.at("sentences")) {
      article.sentences.push_back({s.at(0).get<std::uint32_t>(), s.at(1).get<std::uint32_t>()});
    }
    article.extraction = j.value("extraction", nlohmann::json());
    return article;
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, std::string("stored article data is malformed: ") + e.what());
  }
}

}  // namespace suyuan
