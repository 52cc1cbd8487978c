/// @file html.cpp
/// @brief Document and error pages.
#include "html.h"

#include <nlohmann/json.hpp>

namespace suyuan {
namespace {

std::string page_head(std::string_view title) {
  return "<!doctype html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         html_escape(title) +
         " · 溯源 suyuan</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n</head>\n"
         "<body>\n<header class=\"bar\"><a class=\"brand\" href=\"/\">溯源 suyuan</a></header>\n"
         "<main>\n";
}

constexpr std::string_view PAGE_END = "</main>\n</body>\n</html>\n";

std::string json_string(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

/// A link "S–E" to the document page with the raw bytes [S, E) marked, or "" for no bytes.
std::string span_link(std::string_view doc_id, const nlohmann::json& start,
                      const nlohmann::json& end) {
  if (!start.is_number_unsigned() || !end.is_number_unsigned()) return {};
  const ByteRange span{start.get<std::uint32_t>(), end.get<std::uint32_t>()};
  if (span.empty()) return {};
  return "<a href=\"" + html_escape(cited_span_url(doc_id, span)) + "\">" +
         std::to_string(span.begin) + "–" + std::to_string(span.end) + "</a>";
}

/// One row per claim: subject, metric, value, attribution and a link to the cited bytes.
std::string render_claims(std::string_view doc_id, const nlohmann::json& extraction) {
  if (!extraction.is_object() || !extraction.contains("claims") || extraction["claims"].empty()) {
    return {};
  }
  std::string out =
      "<section class=\"claims\"><h2>Claims</h2>\n<table>\n<thead><tr><th>subject</th>"
      "<th>metric</th><th>value</th><th>source</th><th>bytes</th></tr></thead>\n<tbody>\n";
  for (const auto& claim : extraction["claims"]) {
    std::string source = "(publisher)";
    if (claim.contains("attribution") && claim["attribution"].is_object()) {
      source = json_string(claim["attribution"], "source");
    }
    std::string bytes;
    if (claim.contains("sentence_span") && claim["sentence_span"].is_object()) {
      const auto& span = claim["sentence_span"];
      bytes = span_link(doc_id, span.value("start", nlohmann::json()),
                        span.value("end", nlohmann::json()));
    }
    out += "<tr><td>" + html_escape(json_string(claim, "subject")) + "</td><td>" +
           html_escape(json_string(claim, "metric")) + "</td><td><code>" +
           html_escape(claim.contains("value") ? claim["value"].dump() : "") + "</code></td><td>" +
           html_escape(source) + "</td><td>" + bytes + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
  return out;
}

/// The sources the article itself cites (原文登载于…), as provenance links to their sentences.
std::string render_citations(std::string_view doc_id, const nlohmann::json& extraction) {
  if (!extraction.is_object() || !extraction.contains("citations") ||
      extraction["citations"].empty()) {
    return {};
  }
  std::string out = "<section class=\"citations\"><h2>Sources this article cites</h2>\n<ul>\n";
  for (const auto& c : extraction["citations"]) {
    out += "<li><strong>" + html_escape(json_string(c, "name")) + "</strong> " +
           html_escape(json_string(c, "date")) + " <span class=\"note\">(" +
           html_escape(json_string(c, "source")) + ", bytes " +
           span_link(doc_id, c.value("start", nlohmann::json()), c.value("end", nlohmann::json())) +
           ")</span><br>" + html_escape(json_string(c, "text")) + "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string cited_span_url(std::string_view doc_id, ByteRange span) {
  return "/doc/" + std::string(doc_id) + "?span=" + std::to_string(span.begin) + "-" +
         std::to_string(span.end) + "#" + std::string(CITED_MARK_ID);
}

std::string render_document_page(const StoredArticle& article, const std::string& query,
                                 const std::vector<ByteRange>& matches,
                                 std::optional<ByteRange> cited) {
  const std::string title = article.title.empty() ? article.path : article.title;
  std::string out = page_head(title);
  out += "<form class=\"search\" action=\"/\" method=\"get\"><input name=\"q\" value=\"" +
         html_escape(query) + "\" aria-label=\"search\"><button>搜索</button></form>\n";
  out += "<article>\n<h1>" + html_escape(title) + "</h1>\n<dl class=\"meta\">";
  auto field = [&](const char* name, const std::string& value) {
    if (!value.empty())
      out += "<dt>" + std::string(name) + "</dt><dd>" + html_escape(value) + "</dd>";
  };
  field("publisher", article.publisher);
  field("published", article.published);
  field("author", article.author);
  field("url", article.url);
  field("file", article.path);
  field("doc_id", article.doc_id);
  out += "</dl>\n<p class=\"note\">Original text, byte for byte as indexed";
  if (cited) {
    out += "; the cited bytes " + std::to_string(cited->begin) + "–" + std::to_string(cited->end) +
           " are marked";
  } else if (!matches.empty()) {
    out += "; " + std::to_string(matches.size()) + " match(es) highlighted";
  }
  out += ".</p>\n<pre class=\"raw\">";
  const std::vector<ByteRange> marks = cited ? std::vector<ByteRange>{*cited} : matches;
  const std::string mark_id = cited ? " id=\"" + std::string(CITED_MARK_ID) + "\"" : "";
  std::uint32_t at = 0;
  const std::string_view raw = article.raw;
  for (const ByteRange& span : marks) {
    if (span.begin < at || span.end > raw.size()) continue;
    out += html_escape(raw.substr(at, span.begin - at));
    out += "<mark" + mark_id + " data-start=\"" + std::to_string(span.begin) + "\" data-end=\"" +
           std::to_string(span.end) + "\">" + html_escape(raw.substr(span.begin, span.size())) +
           "</mark>";
    at = span.end;
  }
  out += html_escape(raw.substr(at));
  out += "</pre>\n</article>\n";
  out += render_claims(article.doc_id, article.extraction);
  out += render_citations(article.doc_id, article.extraction);
  out += PAGE_END;
  return out;
}

std::string render_error_page(int status, std::string_view message) {
  std::string out = page_head("error " + std::to_string(status));
  out += "<h1>Error " + std::to_string(status) + "</h1>\n<p>" + html_escape(message) + "</p>\n";
  out += PAGE_END;
  return out;
}

}  // namespace suyuan
