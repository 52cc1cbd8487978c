/// @file html.h
/// @brief Server-side HTML for the document page; every byte of article text is escaped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"
#include "suyuan/search/searcher.h"

namespace suyuan {

/// Escapes & < > " ' for use in HTML text and attribute values.
std::string html_escape(std::string_view text);

/// The article's raw text, escaped, with `spans` (raw byte ranges) wrapped in <mark>, plus its
/// metadata and extracted claims.
std::string render_document_page(const StoredArticle& article, const std::string& query,
                                 const std::vector<ByteRange>& spans);

/// A small page for errors met while rendering HTML.
std::string render_error_page(int status, std::string_view message);

}  // namespace suyuan
