/// @file explain.h
/// @brief Human- and machine-readable views of a NormalizedDocument: the `--explain` report
/// and the canonical JSON form shared by the CLI, the web layer and the golden tests.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "suyuan/normalize/normalizer.h"

namespace suyuan {

/**
 * Renders what normalization did to `raw` (the exact bytes `document` was made from): the
 * metadata found, then every dropped boilerplate line with its raw line number, byte range,
 * rule id and reason, then the inline annotations removed, grouped by raw line. Text excerpts
 * are raw bytes, shortened to about 60 characters. Output is UTF-8, one item per line.
 */
std::string explain(const NormalizedDocument& document, std::string_view raw);

/**
 * Canonical JSON of a normalized document:
 * `{"text", "metadata":{title,publisher,published,author,url},
 *   "paragraphs":[{"begin","end"}], "sentences":[{"begin","end","raw_begin","raw_end","text"}],
 *   "removed":[{"raw_begin","raw_end","rule","reason"}]}`.
 * All offsets are bytes; begin/end are into `text`, raw_* into the raw file.
 */
nlohmann::json to_json(const NormalizedDocument& document);

/// JSON of the metadata alone (the "metadata" member of to_json).
nlohmann::json to_json(const ArticleMetadata& metadata);

}  // namespace suyuan
