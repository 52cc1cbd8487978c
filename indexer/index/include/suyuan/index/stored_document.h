/// @file stored_document.h
/// @brief The data an article's Xapian document carries, and its compact binary encoding.
/// Written by the index stage, read by the search stage for snippets, spans and pages: a
/// length-prefixed layout, because parsing JSON dominated query latency.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace suyuan {

/// Everything needed to cite and display an article without its file.
struct StoredDocumentData {
  std::string metadata_json;             ///< {"doc_id","path","format","version","title",…}
  std::string raw;                       ///< raw bytes as indexed
  std::string normalized;                ///< normalized text
  std::vector<std::uint32_t> offsets;    ///< OffsetMap::serialize()
  std::vector<std::uint32_t> sentences;  ///< normalized [begin, end) pairs, flattened
  /// to_json(ExtractionResult) with an empty "claims" list and STORED_CLAIM_COUNT_KEY (the
  /// claims are the article's claim documents, schema::PREFIX_PARENT), as
  /// encode_stored_extraction (stored_metadata.h) writes it; or "null".
  std::string extraction_json;
};

/// The number of claims an article's stored extraction leaves to its claim documents.
inline constexpr std::string_view STORED_CLAIM_COUNT_KEY = "claim_count";

/// Binary encoding: "SYD2", then the metadata and the raw text (varint length + bytes), the
/// offset map (three varints a piece), the normalized text as the copies from the raw text and
/// the literal bytes that make it (a normalized text is mostly its raw text: stored once), the
/// sentences (varint deltas) and the extraction (varint length + bytes). Smaller data is less
/// for Xapian to compress on its single writer thread, and a smaller index.
std::string encode_stored_document(const StoredDocumentData& data);

/// Inverse of encode_stored_document; throws Error(CORRUPT_INDEX) on anything else (also on
/// the "SYD1" data of schema 10 and before: the schema version makes a build re-index those).
StoredDocumentData decode_stored_document(std::string_view bytes);

/// The metadata and the raw text of an article's stored data, without decoding the rest: what a
/// claim document leaves to its article (stored_metadata.h).
struct StoredDocumentHead {
  std::string metadata_json;
  std::string raw;
};
StoredDocumentHead decode_stored_document_head(std::string_view bytes);

}  // namespace suyuan
