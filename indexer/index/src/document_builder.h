/// @file document_builder.h
/// @brief Turns one raw article into the Xapian documents that represent it (private to the
/// index stage: Xapian types stay out of public headers).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/index/stored_metadata.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan {

class Extractor;

/// One corpus file, read and identified.
struct SourceArticle {
  std::string path;     ///< corpus-relative, '/'-separated
  std::string doc_id;   ///< doc_id_for_path(path)
  std::string raw;      ///< untouched bytes
  std::string sidecar;  ///< NAME.meta.json content, or empty
  std::string version;  ///< content_version(raw, sidecar)
  SourceFormat format = SourceFormat::TEXT;
};

/// The article document and one document per extracted claim.
struct BuiltDocuments {
  Xapian::Document article;
  std::vector<Xapian::Document> claims;
  StoredOrigin origin;     ///< the article's identity and metadata (for re-post detection)
  std::string normalized;  ///< its normalized text (for re-post detection)
};

/**
 * Builds documents. Throws Error(INVALID_INPUT) for input the normalizer rejects or a
 * malformed sidecar.
 */
class DocumentBuilder {
 public:
  DocumentBuilder(const Normalizer& normalizer, const Extractor* extractor);
  BuiltDocuments build(const SourceArticle& article) const;

 private:
  const Normalizer& normalizer_;
  const Extractor* extractor_;
};

}  // namespace suyuan
