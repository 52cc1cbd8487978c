/// @file html.h
/// @brief Server-side HTML for the document page; every byte of article text is escaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"
#include "suyuan/search/searcher.h"

namespace suyuan {

/// The page up to <main>: the stylesheet, the shared script and `script` (deferred, from
/// /static: the CSP allows no inline script), the header with the language toggle.
std::string page_head(std::string_view title, std::string_view script = {});
/// What closes a page page_head opened.
inline constexpr std::string_view PAGE_END = "</main>\n</body>\n</html>\n";

/// Escapes & < > " ' for use in HTML text and attribute values.
std::string html_escape(std::string_view text);

/// The id of the mark a cited byte range gets on the document page.
inline constexpr std::string_view CITED_MARK_ID = "cited";

/// The document page with the raw bytes `span` marked: `/doc/<doc_id>?span=S-E#cited` (the
/// fragment scrolls to the mark).
std::string cited_span_url(std::string_view doc_id, ByteRange span);

/// The article's raw text, escaped, with raw byte ranges wrapped in <mark>, plus its metadata,
/// its claims and the sources it cites, each linked to its bytes (cited_span_url). The marks
/// are `matches` (the query's), or when `cited` is set, that one range, with id="cited". With
/// `lineage` (the article's re-post cluster), what it is a copy of and its re-posts, linked.
std::string render_document_page(const StoredArticle& article, const std::string& query,
                                 const std::vector<ByteRange>& matches,
                                 std::optional<ByteRange> cited = std::nullopt,
                                 const RepostCluster* lineage = nullptr);

/// A small page for errors met while rendering HTML.
std::string render_error_page(int status, std::string_view message);

}  // namespace suyuan
