/// @file stored_article.cpp
/// @brief Article and claim data decoding.
#include "stored_article.h"

#include "suyuan/core/error.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/index/stored_metadata.h"

namespace suyuan {
namespace {

/// StoredArticle and CitedClaim both carry the origin fields.
template <typename WithOrigin>
void assign_origin(WithOrigin& out, StoredOrigin origin) {
  out.doc_id = std::move(origin.doc_id);
  out.path = std::move(origin.path);
  out.title = std::move(origin.title);
  out.publisher = std::move(origin.publisher);
  out.published = std::move(origin.published);
}

}  // namespace

StoredArticle parse_stored_article(const std::string& data, bool with_extraction) {
  StoredDocumentData stored = decode_stored_document(data);
  StoredArticle article;
  read_stored_json(stored.metadata_json, "article metadata", [&](const nlohmann::json& meta) {
    assign_origin(article, read_stored_origin(meta));
    article.author = meta.value("author", "");
    article.url = meta.value("url", "");
    if (with_extraction) article.extraction = nlohmann::json::parse(stored.extraction_json);
  });
  article.raw = std::move(stored.raw);
  article.normalized = std::move(stored.normalized);
  article.offsets = OffsetMap::deserialize(stored.offsets);
  if (stored.sentences.size() % 2 != 0) {
    throw Error(ErrorKind::CORRUPT_INDEX, "stored sentence list is malformed");
  }
  for (std::size_t i = 0; i < stored.sentences.size(); i += 2) {
    article.sentences.push_back({stored.sentences[i], stored.sentences[i + 1]});
  }
  return article;
}

CitedClaim parse_cited_claim(const std::string& data) {
  StoredClaim stored = decode_stored_claim(data);
  return cite_claim(stored.origin, std::move(stored.claim));
}

CitedClaim cite_claim(const StoredArticle& article, const nlohmann::json& claim) {
  try {
    return cite_claim(StoredOrigin{article.doc_id, article.path, article.title, article.publisher,
                                   article.published},
                      claim.get<Claim>());
  } catch (const nlohmann::json::exception& e) {
    throw_malformed_stored("claim of " + article.doc_id, e);
  } catch (const Error& e) {
    throw_malformed_stored("claim of " + article.doc_id, e);  // an unknown enumerator name
  }
}

}  // namespace suyuan
