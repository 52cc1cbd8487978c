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

namespace {

/// The attribution chain (publisher → relaying outlet → source) and the origin that counts as
/// one independent source in a cross-check.
void attribute(CitedClaim& cited) {
  cited.chain.push_back(cited.publisher.empty() ? cited.path : cited.publisher);
  cited.origin = cited.publisher.empty() ? "doc:" + cited.doc_id : cited.publisher;
  const auto& attribution = cited.claim.value("attribution", nlohmann::json());
  if (attribution.is_object()) {
    const std::string source = attribution.value("source", "");
    const std::string name = attribution.value("name", source);
    const std::string via = attribution.value("via", "");  // 路透社援引知情人士
    if (!via.empty()) cited.chain.push_back(via);
    if (!name.empty()) cited.chain.push_back(name);
    // Anonymous sources of different articles need not be the same people: they stay with
    // their article, unless one outlet relays them to all (two re-posts of one Reuters report).
    if (!source.empty() && source != "anonymous") cited.origin = source;
    if (source == "anonymous" && !via.empty()) cited.origin = via;
  }
}

}  // namespace

CitedClaim parse_cited_claim(const std::string& data) {
  return read_stored_json(data, "claim data", [](const nlohmann::json& stored) {
    CitedClaim cited;
    assign_origin(cited, read_stored_origin(stored));
    cited.claim = stored.at("claim");
    attribute(cited);
    return cited;
  });
}

CitedClaim cite_claim(const StoredArticle& article, const nlohmann::json& claim) {
  CitedClaim cited;
  cited.doc_id = article.doc_id;
  cited.path = article.path;
  cited.title = article.title;
  cited.publisher = article.publisher;
  cited.published = article.published;
  cited.claim = claim;
  attribute(cited);
  return cited;
}

}  // namespace suyuan
