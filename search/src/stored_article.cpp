/// @file stored_article.cpp
/// @brief Article data decoding.
#include "stored_article.h"

#include "suyuan/core/error.h"
#include "suyuan/index/stored_document.h"

namespace suyuan {

StoredArticle parse_stored_article(const std::string& data, bool with_extraction) {
  StoredDocumentData stored = decode_stored_document(data);
  try {
    const nlohmann::json meta = nlohmann::json::parse(stored.metadata_json);
    StoredArticle article;
    read_origin(meta, article);
    article.author = meta.value("author", "");
    article.url = meta.value("url", "");
    article.raw = std::move(stored.raw);
    article.normalized = std::move(stored.normalized);
    article.offsets = OffsetMap::deserialize(stored.offsets);
    if (stored.sentences.size() % 2 != 0) {
      throw Error(ErrorKind::CORRUPT_INDEX, "stored sentence list is malformed");
    }
    for (std::size_t i = 0; i < stored.sentences.size(); i += 2) {
      article.sentences.push_back({stored.sentences[i], stored.sentences[i + 1]});
    }
    if (with_extraction) article.extraction = nlohmann::json::parse(stored.extraction_json);
    return article;
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX,
                std::string("stored article metadata is malformed: ") + e.what());
  }
}

}  // namespace suyuan
