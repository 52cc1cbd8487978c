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

/// Reads an article's metadata fields straight from the JSON text, without building a tree of
/// it (a tree per search hit was half the cost of decoding the hit's data). Anything it does
/// not expect — a field it reads that is no string, a missing doc_id or path, malformed JSON —
/// makes it give up (false), and the caller parses the tree for the usual answer or error.
class MetadataReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit MetadataReader(StoredArticle& article) : article_(article) {}

  /// Whether `json` was read into the article: an object with string doc_id and path.
  bool read(std::string_view json) {
    return nlohmann::json::sax_parse(json, this) && has_doc_id_ && has_path_;
  }

  bool key(string_t& name) override {
    field_ = nullptr;
    if (depth_ != 1) return true;
    if (name == "doc_id") {
      field_ = &article_.doc_id;
      has_doc_id_ = true;
    } else if (name == "path") {
      field_ = &article_.path;
      has_path_ = true;
    } else if (name == "title") {
      field_ = &article_.title;
    } else if (name == "publisher") {
      field_ = &article_.publisher;
    } else if (name == "published") {
      field_ = &article_.published;
    } else if (name == "author") {
      field_ = &article_.author;
    } else if (name == "url") {
      field_ = &article_.url;
    }
    return true;
  }
  bool string(string_t& value) override {
    if (depth_ == 0) return false;
    if (depth_ == 1 && field_ != nullptr) *field_ = std::move(value);
    return true;
  }
  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return scalar(); }
  bool start_object(std::size_t) override { return nest(); }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override { return depth_ > 0 && nest(); }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  /// A value that is no string: fine inside other values, not for a field read.
  bool scalar() const { return depth_ > 1 || (depth_ == 1 && field_ == nullptr); }
  bool nest() {
    if (depth_ == 1 && field_ != nullptr) return false;
    ++depth_;
    return true;
  }

  StoredArticle& article_;
  std::string* field_ = nullptr;  ///< the field the current top-level key names
  int depth_ = 0;
  bool has_doc_id_ = false, has_path_ = false;
};

}  // namespace

StoredArticle parse_stored_article(const std::string& data, bool with_extraction) {
  StoredDocumentData stored = decode_stored_document(data);
  StoredArticle article;
  if (!MetadataReader(article).read(stored.metadata_json)) {
    article = StoredArticle();
    read_stored_json(stored.metadata_json, "article metadata", [&](const nlohmann::json& meta) {
      assign_origin(article, read_stored_origin(meta));
      article.author = meta.value("author", "");
      article.url = meta.value("url", "");
    });
  }
  if (with_extraction) {
    article.extraction = decode_stored_extraction(stored.extraction_json, stored.raw);
  }
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

CitedClaim parse_cited_claim(StoredClaimReader& reader, const std::string& data) {
  StoredClaim stored = reader.read(data);
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
