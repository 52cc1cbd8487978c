/// @file html.cpp
/// @brief Document and error pages.
#include "html.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "lineage.h"
#include "suyuan/core/utf8.h"

namespace suyuan {

/// The page up to <main>: the stylesheet, the shared script and `script` (deferred, from
/// /static: the CSP allows no inline script), the header with the language toggle.
std::string page_head(std::string_view title, std::string_view script) {
  std::string out =
      "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      html_escape(title) +
      " · 溯源 suyuan</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" "
      "href=\"/static/style.css\">\n"
      "<script src=\"/static/common.js\" defer></script>\n";
  if (!script.empty()) out += "<script src=\"" + std::string(script) + "\" defer></script>\n";
  out +=
      "</head>\n<body>\n<header class=\"bar\"><a class=\"brand\" href=\"/\">溯源 suyuan</a>"
      "<button type=\"button\" id=\"lang-toggle\" class=\"lang\" data-i18n=\"lang.toggle\">"
      "English</button></header>\n<main>\n";
  return out;
}

namespace {

std::string json_string(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

/// The [start, end) of a JSON span object ({"start","end"}), or nullopt when it is not one.
std::optional<ByteRange> json_span(const nlohmann::json& span) {
  if (!span.is_object()) return std::nullopt;
  const auto start = span.value("start", nlohmann::json()),
             end = span.value("end", nlohmann::json());
  if (!start.is_number_unsigned() || !end.is_number_unsigned()) return std::nullopt;
  const ByteRange range{start.get<std::uint32_t>(), end.get<std::uint32_t>()};
  if (range.empty()) return std::nullopt;
  return range;
}

/// A link "S–E" to the document page with the raw bytes [S, E) marked, or "" for no bytes.
std::string span_link(std::string_view doc_id, std::optional<ByteRange> span) {
  if (!span) return {};
  return "<a href=\"" + html_escape(cited_span_url(doc_id, *span)) + "\">" +
         std::to_string(span->begin) + "–" + std::to_string(span->end) + "</a>";
}

const nlohmann::json& json_list(const nlohmann::json& extraction, const char* key) {
  static const nlohmann::json empty = nlohmann::json::array();
  if (!extraction.is_object() || !extraction.contains(key) || !extraction[key].is_array()) {
    return empty;
  }
  return extraction[key];
}

/// Letters, digits and '_' of an id, for use in a class name.
std::string class_safe(std::string_view id) {
  std::string out;
  for (char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') out.push_back(c);
  }
  return out;
}

/// One row per claim: subject, metric, value, attribution and a link to the cited bytes. The
/// page script replaces ids by display names in the reader's language.
std::string render_claims(std::string_view doc_id, const nlohmann::json& extraction) {
  const nlohmann::json& claims = json_list(extraction, "claims");
  std::string out =
      "<section class=\"claims\" aria-labelledby=\"claims-title\"><h2 id=\"claims-title\" "
      "data-i18n=\"doc.claims\">断言</h2>\n";
  if (claims.empty()) {
    return out +
           "<p class=\"note\" data-i18n=\"doc.noClaims\">本文没有提取到断言。</p>\n</section>\n";
  }
  out +=
      "<div class=\"table-scroll\"><table>\n<thead><tr><th data-i18n=\"field.subject\">对象</th>"
      "<th data-i18n=\"field.metric\">指标</th><th data-i18n=\"field.value\">数值</th>"
      "<th data-i18n=\"field.source\">消息来源</th><th data-i18n=\"field.bytes\">字节</th>"
      "<th></th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto& claim = claims[i];
    std::string source;
    if (claim.contains("attribution") && claim["attribution"].is_object()) {
      source = json_string(claim["attribution"], "source");
    }
    out += "<tr data-claim=\"" + std::to_string(i) + "\"><td class=\"subject\">" +
           html_escape(json_string(claim, "subject")) + "</td><td class=\"metric\">" +
           html_escape(json_string(claim, "metric")) + "</td><td class=\"value\"><code>" +
           html_escape(claim.contains("value") ? claim["value"].dump() : "") +
           "</code></td><td class=\"source\">" + html_escape(source) + "</td><td>" +
           span_link(doc_id, json_span(claim.value("sentence_span", nlohmann::json()))) +
           "</td><td class=\"actions\"></td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n</section>\n";
  return out;
}

/// The sources the article itself cites (原文登载于…), as provenance links to their sentences.
std::string render_citations(std::string_view doc_id, const nlohmann::json& extraction) {
  const nlohmann::json& citations = json_list(extraction, "citations");
  if (citations.empty()) return {};
  std::string out =
      "<section class=\"citations\" aria-labelledby=\"cites-title\"><h2 id=\"cites-title\" "
      "data-i18n=\"doc.cites\">本文引用的来源</h2>\n<ul>\n";
  for (const auto& c : citations) {
    out += "<li><strong>" + html_escape(json_string(c, "name")) + "</strong> " +
           html_escape(json_string(c, "date")) + " <span class=\"note\">(" +
           html_escape(json_string(c, "source")) + ", " + span_link(doc_id, json_span(c)) +
           ")</span><br>" + html_escape(json_string(c, "text")) + "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

bool all_space(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

/// Raw ranges the normalizer dropped (inline pinyin, spam lines, navigation…): the raw bytes no
/// normalized byte comes from, whitespace-only ones left out.
std::vector<ByteRange> removed_ranges(const StoredArticle& article) {
  const std::vector<std::uint32_t> pieces = article.offsets.serialize();
  std::vector<ByteRange> kept;  // raw ranges that produced normalized text
  for (std::size_t i = 0; i + 3 < pieces.size(); i += 4) {
    if (pieces[i + 2] > 0) kept.push_back({pieces[i + 1], pieces[i + 1] + pieces[i + 3]});
  }
  std::sort(kept.begin(), kept.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  std::vector<ByteRange> removed;
  const std::string_view raw = article.raw;
  std::uint32_t at = 0;
  const auto add_gap = [&](std::uint32_t end) {
    end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(raw.size()));
    if (end > at && !all_space(raw.substr(at, end - at))) removed.push_back({at, end});
  };
  for (const ByteRange& range : kept) {
    add_gap(range.begin);
    at = std::max(at, range.end);
  }
  add_gap(static_cast<std::uint32_t>(raw.size()));
  return removed;
}

/// A range of raw text wrapped in an element; overlapping layers nest by priority.
struct Layer {
  ByteRange range;
  int priority;              ///< higher: outer, never split by a lower one
  std::string open;          ///< the first opening tag
  std::string continuation;  ///< the tag that reopens it after an outer layer cut it
  std::string close;
};

/**
 * The escaped raw text with every layer's range wrapped in its element. Elements must nest, so
 * where ranges cross, the lower-priority element is closed and reopened (with its continuation
 * tag): the highest-priority element — the cited or matched bytes — always stays whole, and the
 * text between the tags is exactly the raw bytes, escaped.
 */
std::string render_layers(std::string_view raw, std::vector<Layer> layers) {
  layers.erase(std::remove_if(layers.begin(), layers.end(),
                              [&](const Layer& l) {
                                return l.range.empty() || l.range.end > raw.size() ||
                                       utf8::floor_boundary(raw, l.range.begin) != l.range.begin ||
                                       utf8::floor_boundary(raw, l.range.end) != l.range.end;
                              }),
               layers.end());
  std::vector<std::uint32_t> bounds = {0, static_cast<std::uint32_t>(raw.size())};
  for (const Layer& l : layers) {
    bounds.push_back(l.range.begin);
    bounds.push_back(l.range.end);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  // Outer first: priority, then the earlier and longer range.
  const auto outer = [&](std::size_t a, std::size_t b) {
    const Layer &x = layers[a], &y = layers[b];
    if (x.priority != y.priority) return x.priority > y.priority;
    if (x.range.begin != y.range.begin) return x.range.begin < y.range.begin;
    if (x.range.end != y.range.end) return x.range.end > y.range.end;
    return a < b;
  };
  std::vector<bool> opened(layers.size(), false);
  std::vector<std::size_t> stack, wanted;
  std::string out;
  out.reserve(raw.size() + raw.size() / 4 + layers.size() * 48);
  for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
    const std::uint32_t from = bounds[b], to = bounds[b + 1];
    wanted.clear();
    for (std::size_t i = 0; i < layers.size(); ++i) {
      if (layers[i].range.begin <= from && from < layers[i].range.end) wanted.push_back(i);
    }
    std::sort(wanted.begin(), wanted.end(), outer);
    std::size_t common = 0;
    while (common < stack.size() && common < wanted.size() && stack[common] == wanted[common])
      ++common;
    while (stack.size() > common) {
      out += layers[stack.back()].close;
      stack.pop_back();
    }
    for (std::size_t k = common; k < wanted.size(); ++k) {
      const std::size_t i = wanted[k];
      out += opened[i] ? layers[i].continuation : layers[i].open;
      opened[i] = true;
      stack.push_back(i);
    }
    out += html_escape(raw.substr(from, to - from));
  }
  while (!stack.empty()) {
    out += layers[stack.back()].close;
    stack.pop_back();
  }
  return out;
}

/// JSON for a <script type="application/json"> block: no "<", ">" or "&" that could end it.
std::string script_safe_json(const nlohmann::json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out.push_back(c);
  }
  return out;
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
                                 std::optional<ByteRange> cited, const RepostCluster* lineage) {
  const std::string title = article.title.empty() ? article.path : article.title;
  std::string out = page_head(title, "/static/doc.js");
  out +=
      "<form class=\"search\" action=\"/\" method=\"get\" role=\"search\"><input name=\"q\" "
      "type=\"search\" value=\"" +
      html_escape(query) +
      "\" aria-label=\"检索\" data-i18n-aria=\"search.label\"><button data-i18n=\"search\">搜索"
      "</button></form>\n";
  out += "<article>\n<h1>" + html_escape(title) + "</h1>\n<dl class=\"meta\">";
  auto field = [&](const char* key, const char* zh, const std::string& value) {
    if (value.empty()) return;
    out += "<dt data-i18n=\"meta." + std::string(key) + "\">" + zh + "</dt><dd>" +
           html_escape(value) + "</dd>";
  };
  field("publisher", "发布者", article.publisher);
  field("published", "发布时间", article.published);
  field("author", "作者", article.author);
  field("url", "网址", article.url);
  field("file", "文件", article.path);
  field("doc_id", "文档编号", article.doc_id);
  out += "</dl>\n";
  if (lineage) out += render_lineage_summary(article.doc_id, *lineage);
  out +=
      "<div class=\"view-toggle\" role=\"group\">"
      "<button type=\"button\" data-show=\"raw\" aria-pressed=\"true\" "
      "data-i18n=\"doc.original\">原文</button><button type=\"button\" data-show=\"normalized\" "
      "aria-pressed=\"false\" data-i18n=\"doc.normalized\">规范化文本</button></div>\n";
  out +=
      "<p class=\"note legend\"><span data-i18n=\"doc.note\">原文逐字节呈现。</span> "
      "<span class=\"claim\" data-i18n=\"doc.legend.claim\">断言</span> "
      "<span class=\"m\" data-i18n=\"doc.legend.mention\">识别出的实体、数字、日期</span> "
      "<span class=\"removed\" data-i18n=\"doc.legend.removed\">规范化时删除的内容</span> "
      "<mark data-i18n=\"doc.legend.mark\">检索命中 / 被引用的字节</mark>";
  if (cited) {
    out += " <a href=\"#" + std::string(CITED_MARK_ID) + "\">" + std::to_string(cited->begin) +
           "–" + std::to_string(cited->end) + "</a>";
  } else if (!matches.empty()) {
    out += " (" + std::to_string(matches.size()) + ")";
  }
  out += "</p>\n";

  std::vector<Layer> layers;
  if (cited) {
    const std::string attributes = " data-start=\"" + std::to_string(cited->begin) +
                                   "\" data-end=\"" + std::to_string(cited->end) + "\"";
    layers.push_back({*cited, 4,
                      "<mark id=\"" + std::string(CITED_MARK_ID) + "\"" + attributes + ">",
                      "<mark>", "</mark>"});
  } else {
    for (const ByteRange& span : matches) {
      layers.push_back({span, 4,
                        "<mark data-start=\"" + std::to_string(span.begin) + "\" data-end=\"" +
                            std::to_string(span.end) + "\">",
                        "<mark>", "</mark>"});
    }
  }
  for (const ByteRange& span : removed_ranges(article)) {
    layers.push_back({span, 3, "<span class=\"removed\">", "<span class=\"removed\">", "</span>"});
  }
  const nlohmann::json& claims = json_list(article.extraction, "claims");
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (auto span = json_span(claims[i].value("sentence_span", nlohmann::json()))) {
      const std::string id = std::to_string(i);
      layers.push_back({*span, 2,
                        "<span class=\"claim\" data-claim=\"" + id + "\" id=\"claim-" + id +
                            "\" tabindex=\"0\">",
                        "<span class=\"claim\" data-claim=\"" + id + "\">", "</span>"});
    }
  }
  const nlohmann::json& mentions = json_list(article.extraction, "mentions");
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (auto span = json_span(mentions[i])) {
      const std::string tag = "<span class=\"m m-" + class_safe(json_string(mentions[i], "kind")) +
                              "\" data-mention=\"" + std::to_string(i) + "\">";
      layers.push_back({*span, 1, tag, tag, "</span>"});
    }
  }
  out += "<pre class=\"raw\" id=\"raw-text\">" + render_layers(article.raw, std::move(layers)) +
         "</pre>\n";
  out += "<pre class=\"normalized\" id=\"normalized-text\" hidden>" +
         html_escape(article.normalized) + "</pre>\n</article>\n";
  if (lineage) out += render_lineage(article.doc_id, *lineage);
  out += render_claims(article.doc_id, article.extraction);
  out += render_citations(article.doc_id, article.extraction);
  out += "<script type=\"application/json\" id=\"doc-data\">" +
         script_safe_json({{"doc_id", article.doc_id},
                           {"claims", claims},
                           {"mentions", mentions},
                           {"query", query}}) +
         "</script>\n";
  out += PAGE_END;
  return out;
}

std::string render_error_page(int status, std::string_view message) {
  std::string out = page_head("error " + std::to_string(status));
  out += "<h1>" + std::to_string(status) + "</h1>\n<p>" + html_escape(message) + "</p>\n";
  out += PAGE_END;
  return out;
}

}  // namespace suyuan
