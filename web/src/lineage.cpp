/// @file lineage.cpp
/// @brief The lineage panel of the article page and the comparison of two articles.
#include "lineage.h"

#include <cmath>

#include "html.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/search/reposts.h"

namespace suyuan {
namespace {

/// Chinese and English versions of one sentence; common.js shows the reader's (the Chinese one
/// without scripts).
std::string bilingual(std::string_view tag, std::string_view zh, std::string_view en,
                      std::string_view class_name = {}) {
  const std::string cls = class_name.empty() ? "" : " class=\"" + std::string(class_name) + "\"";
  return "<" + std::string(tag) + cls + " data-lang=\"zh\">" + std::string(zh) + "</" +
         std::string(tag) + "><" + std::string(tag) + cls +
         " data-lang=\"en\" lang=\"en\" hidden>" + std::string(en) + "</" + std::string(tag) + ">";
}

/// A label the page script translates (data-i18n key of common.js), Chinese in the HTML.
std::string label(std::string_view key, std::string_view zh, std::string_view tag = "span",
                  std::string_view class_name = {}) {
  std::string out = "<" + std::string(tag);
  if (!class_name.empty()) out += " class=\"" + std::string(class_name) + "\"";
  return out + " data-i18n=\"" + std::string(key) + "\">" + std::string(zh) + "</" +
         std::string(tag) + ">";
}

std::string relation_key(RepostRelation relation) {
  switch (relation) {
    case RepostRelation::ORIGIN:
      return "relation.origin";
    case RepostRelation::REPOST:
      return "relation.repost";
    case RepostRelation::EDITED_REPOST:
      return "relation.edited";
    case RepostRelation::EXCERPT:
      return "relation.excerpt";
  }
  return "relation.repost";
}

std::string_view relation_zh(RepostRelation relation) {
  switch (relation) {
    case RepostRelation::ORIGIN:
      return "原始来源";
    case RepostRelation::REPOST:
      return "全文转载";
    case RepostRelation::EDITED_REPOST:
      return "删改转载";
    case RepostRelation::EXCERPT:
      return "节选";
  }
  return "全文转载";
}

std::string relation_badge(RepostRelation relation) {
  return "<span class=\"relation relation-" +
         std::string(relation == RepostRelation::EDITED_REPOST ? "edited"
                     : relation == RepostRelation::EXCERPT     ? "excerpt"
                     : relation == RepostRelation::ORIGIN      ? "origin"
                                                               : "repost") +
         "\" data-i18n=\"" + relation_key(relation) + "\">" + std::string(relation_zh(relation)) +
         "</span>";
}

/// "a re-post", "an edited re-post".
std::string with_article(RepostRelation relation) {
  const std::string name(relation_name(relation));
  return (name[0] == 'e' || name[0] == 'o' ? "an " : "a ") + name;
}

std::string percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

/// "2025-09-26 16:51" from "2025-09-26T16:51".
std::string display_date(std::string date) {
  if (date.size() > 10 && date[10] == 'T') date[10] = ' ';
  return date;
}

std::string doc_link(std::string_view doc_id, std::string_view text) {
  return "<a href=\"/doc/" + html_escape(doc_id) + "\">" + html_escape(text) + "</a>";
}

std::string compare_url(std::string_view a, std::string_view b) {
  return "/compare?a=" + std::string(a) + "&amp;b=" + std::string(b);
}

/// "A5专栏 2025-09-26《title》" of a member, escaped.
std::string member_words(const RepostMember& m) {
  std::string out = html_escape(m.publisher.empty() ? m.path : m.publisher);
  if (m.published.size() >= 10) out += " " + html_escape(m.published.substr(0, 10));
  if (!m.title.empty()) out += "《" + html_escape(m.title) + "》";
  return out;
}

const RepostMember* find_member(const RepostCluster& cluster, std::string_view doc_id) {
  for (const RepostMember& m : cluster.members) {
    if (m.doc_id == doc_id) return &m;
  }
  return nullptr;
}

/// The raw bytes a normalized range comes from, when they can be cited (whole characters).
std::optional<ByteRange> raw_span(const StoredArticle& article, ByteRange normalized) {
  if (normalized.empty()) return std::nullopt;
  const ByteRange raw = article.offsets.to_raw(normalized);
  if (raw.empty() || raw.end > article.raw.size() ||
      utf8::floor_boundary(article.raw, raw.begin) != raw.begin ||
      utf8::floor_boundary(article.raw, raw.end) != raw.end) {
    return std::nullopt;
  }
  return raw;
}

nlohmann::json article_json(const StoredArticle& article, const std::optional<RepostCluster>& c) {
  nlohmann::json out = {{"doc_id", article.doc_id},
                        {"path", article.path},
                        {"title", article.title},
                        {"publisher", article.publisher},
                        {"published", article.published}};
  if (c) {
    if (const RepostMember* m = find_member(*c, article.doc_id)) {
      out["relation"] = relation_name(m->relation);
      out["similarity"] = m->similarity;
    }
  }
  return out;
}

/// A passage shown in the list of changes: at most `max_chars` characters.
std::string excerpt(std::string_view text, std::size_t max_chars) {
  std::size_t pos = 0, chars = 0;
  while (pos < text.size() && chars < max_chars) {
    utf8::decode(text, pos);
    ++chars;
  }
  if (pos >= text.size()) return html_escape(text);
  std::size_t rest = 0;
  for (std::size_t at = pos; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) ++rest;
  }
  return html_escape(text.substr(0, pos)) + "<span class=\"more\">…(+" + std::to_string(rest) +
         ")</span>";
}

std::string_view kind_zh(DiffSegment::Kind kind) {
  switch (kind) {
    case DiffSegment::Kind::SAME:
      return "相同";
    case DiffSegment::Kind::CHANGED:
      return "改动";
    case DiffSegment::Kind::DROPPED:
      return "删去";
    case DiffSegment::Kind::ADDED:
      return "新增";
  }
  return "相同";
}

/// Changes listed on the compare page; the texts below mark every one.
constexpr std::size_t MAX_LISTED_CHANGES = 300;
/// Characters of each passage shown in the list.
constexpr std::size_t LISTED_CHARS = 120;

}  // namespace

Comparison compare_articles(const Searcher& searcher, const std::string& a_id,
                            const std::string& b_id, const RepostRules& rules) {
  Comparison out;
  for (auto [id, slot] : {std::pair{&a_id, &out.a}, std::pair{&b_id, &out.b}}) {
    auto article = searcher.article(*id);
    if (!article) throw Error(ErrorKind::NOT_FOUND, "no document " + *id);
    *slot = std::move(*article);
  }
  out.diff = diff_texts(out.a.normalized, out.b.normalized);
  out.b_vs_a =
      overlap(shingle_hashes(rules, out.b.normalized), shingle_hashes(rules, out.a.normalized));
  out.copy = is_copy(rules, out.b_vs_a);
  out.b_relation = classify(rules, out.b_vs_a);
  auto cluster = searcher.repost_cluster(a_id);
  if (cluster && find_member(*cluster, b_id)) out.cluster = std::move(cluster);
  return out;
}

nlohmann::json to_json(const Comparison& c) {
  nlohmann::json diff = to_json(c.diff);
  for (std::size_t i = 0; i < c.diff.segments.size(); ++i) {
    const DiffSegment& s = c.diff.segments[i];
    nlohmann::json& out = diff["segments"][i];
    if (!s.a.empty()) out["a_text"] = c.a.normalized.substr(s.a.begin, s.a.size());
    if (!s.b.empty()) out["b_text"] = c.b.normalized.substr(s.b.begin, s.b.size());
    if (auto raw = raw_span(c.a, s.a)) out["a_raw"] = {{"start", raw->begin}, {"end", raw->end}};
    if (auto raw = raw_span(c.b, s.b)) out["b_raw"] = {{"start", raw->begin}, {"end", raw->end}};
  }
  return {{"a", article_json(c.a, c.cluster)},
          {"b", article_json(c.b, c.cluster)},
          {"same_cluster", c.cluster.has_value()},
          {"copy", c.copy},
          {"relation", c.copy ? std::string(relation_name(c.b_relation)) : std::string()},
          {"similarity", c.b_vs_a.jaccard},
          {"b_in_a", c.b_vs_a.b_in_a},
          {"a_in_b", c.b_vs_a.a_in_b},
          {"diff", std::move(diff)}};
}

nlohmann::json lineage_json(const StoredArticle& article,
                            const std::optional<RepostCluster>& cluster, const RepostRules& rules) {
  if (cluster) {
    return {{"doc_id", article.doc_id},
            {"copies", cluster->members.size() - 1},
            {"cluster", to_json(*cluster)}};
  }
  // No copies: the article alone, with what its text says it comes from.
  const StoredOrigin origin{article.doc_id, article.path, article.title, article.publisher,
                            article.published};
  return {{"doc_id", article.doc_id},
          {"copies", 0},
          {"cluster", to_json(cluster_of_one(origin, article.normalized, &rules))}};
}

std::string render_lineage_summary(std::string_view doc_id, const RepostCluster& cluster) {
  const RepostMember* self = find_member(cluster, doc_id);
  if (self == nullptr) return {};
  const RepostMember& origin = cluster.origin();
  const std::string copies = std::to_string(cluster.members.size() - 1);
  std::string out = "<p class=\"lineage-summary\">";
  if (self == &origin) {
    out += bilingual(
        "span", "本文是 " + copies + " 篇转载的原始来源（" + "<a href=\"#lineage\">转载溯源</a>）",
        "This article is the origin of " + copies +
            " indexed cop(ies) (<a href=\"#lineage\">lineage</a>)");
  } else {
    const std::string link =
        "<a href=\"/doc/" + html_escape(origin.doc_id) + "\">" + member_words(origin) + "</a>";
    const std::string compare =
        "<a class=\"compare-link\" href=\"" + compare_url(origin.doc_id, self->doc_id) + "\">";
    out += relation_badge(self->relation) + " " +
           bilingual(
               "span",
               "本文是 " + link + " 的" + std::string(relation_zh(self->relation)) + "，相似度 " +
                   percent(self->similarity) + "。" + compare + "与原文对照</a>",
               "This article is " + with_article(self->relation) + " of " + link + ", similarity " +
                   percent(self->similarity) + ". " + compare + "Compare with the origin</a>");
  }
  return out + "</p>\n";
}

std::string render_lineage(std::string_view doc_id, const RepostCluster& cluster) {
  const RepostMember& origin = cluster.origin();
  const RepostMember* self = find_member(cluster, doc_id);
  std::string out =
      "<section class=\"lineage\" id=\"lineage\" aria-labelledby=\"lineage-title\">"
      "<h2 id=\"lineage-title\" data-i18n=\"lineage.title\">转载溯源</h2>\n";
  // Why this member is the origin, in words ("cited by PATH (CUE NAME)" from the index).
  const std::string_view reason = cluster.origin_reason;
  const auto open = reason.find(" (");
  if (reason.rfind("cited by ", 0) == 0 && open != std::string_view::npos && reason.back() == ')') {
    const std::string path(reason.substr(9, open - 9));
    const std::string quote(reason.substr(open + 2, reason.size() - open - 3));
    std::string citer = html_escape(path);
    for (const RepostMember& m : cluster.members) {
      if (m.path == path) citer = member_words(m);
    }
    out += bilingual("p", "判定为原始来源：" + citer + " 的正文注明“" + html_escape(quote) + "”。",
                     "Origin because the text of " + citer + " says “" + html_escape(quote) + "”.",
                     "note");
  } else {
    out += bilingual("p", "判定为原始来源：本组中最早发布的文章。",
                     "Origin: the earliest published article of the group.", "note");
  }
  out += "\n<div class=\"table-scroll\"><table class=\"lineage-table\">\n<thead><tr>" +
         label("lineage.relation", "关系", "th") + label("field.published", "发布日期", "th") +
         label("field.publisher", "发布者", "th") + label("lineage.article", "文章", "th") +
         label("lineage.similarity", "相似度", "th") + "<th></th></tr></thead>\n<tbody>\n";
  for (const RepostMember& m : cluster.members) {
    const bool current = self == &m;
    out += "<tr data-doc=\"" + html_escape(m.doc_id) + "\"" +
           (current ? " class=\"current\" aria-current=\"page\"" : "") + "><td>" +
           relation_badge(m.relation) +
           (current ? " " + label("lineage.this", "本文", "span", "this") : "") + "</td><td>" +
           html_escape(display_date(m.published)) + "</td><td>" + html_escape(m.publisher) +
           "</td><td>" +
           (current ? html_escape(m.title.empty() ? m.path : m.title)
                    : doc_link(m.doc_id, m.title.empty() ? m.path : m.title)) +
           "</td><td class=\"num\">" + (&m == &origin ? "—" : percent(m.similarity)) + "</td><td>";
    if (&m != &origin) {
      out += "<a class=\"compare-link\" href=\"" + compare_url(origin.doc_id, m.doc_id) + "\">" +
             label("lineage.compareOrigin", "与原文对照") + "</a>";
    }
    if (self != nullptr && self != &origin && !current && &m != &origin) {
      out += " <a class=\"compare-link\" href=\"" + compare_url(self->doc_id, m.doc_id) + "\">" +
             label("lineage.compareThis", "与本文对照") + "</a>";
    }
    out += "</td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n";
  if (!cluster.cited_sources.empty()) {
    out += label("lineage.cited", "成员正文提到、但未收录的更早出处：", "p", "note") + "<ul>\n";
    for (const CitedSource& source : cluster.cited_sources) {
      out += "<li><strong>" + html_escape(source.name) + "</strong> " + html_escape(source.date) +
             " <span class=\"note\">(" + html_escape(source.cue) + ")</span></li>\n";
    }
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

std::string render_compare_page(const Comparison& c) {
  const std::string title_a = c.a.title.empty() ? c.a.path : c.a.title;
  const std::string title_b = c.b.title.empty() ? c.b.path : c.b.title;
  std::string out = page_head("对照 " + title_a + " / " + title_b, "/static/compare.js");
  out += label("compare.title", "两篇文章对照", "h1");

  // Provenance of both.
  out += "<div class=\"compare-heads\">";
  for (const StoredArticle* article : {&c.a, &c.b}) {
    const bool is_a = article == &c.a;
    out += "<div class=\"compare-head side-" + std::string(is_a ? "a" : "b") +
           "\"><span class=\"side-name\">" + (is_a ? "A" : "B") + "</span> " +
           doc_link(article->doc_id, article->title.empty() ? article->path : article->title) +
           "<div class=\"meta\">" + html_escape(article->publisher) + " · " +
           html_escape(display_date(article->published)) + "</div>";
    if (c.cluster) {
      if (const RepostMember* m = find_member(*c.cluster, article->doc_id)) {
        out += "<div>" + relation_badge(m->relation) + "</div>";
      }
    }
    out += "</div>";
  }
  out += "</div>\n";

  // The overlap and the counts, in words.
  std::size_t counts[4] = {0, 0, 0, 0};
  for (const DiffSegment& s : c.diff.segments) ++counts[static_cast<int>(s.kind)];
  const std::string relation_sentence_zh =
      c.copy ? "B 是 A 的" + std::string(relation_zh(c.b_relation))
             : std::string("两篇共享的内容不足以认定为转载");
  const std::string relation_sentence_en =
      c.copy ? "B is " + with_article(c.b_relation) + " of A"
             : std::string("They share too little to be copies of one another");
  out +=
      bilingual("p",
                relation_sentence_zh + "：相似度 " + percent(c.b_vs_a.jaccard) + "，B 含 A 的 " +
                    percent(c.b_vs_a.b_in_a) + "，B 的 " + percent(c.b_vs_a.a_in_b) + " 来自 A。",
                relation_sentence_en + ": similarity " + percent(c.b_vs_a.jaccard) +
                    "; B carries " + percent(c.b_vs_a.b_in_a) + " of A, and " +
                    percent(c.b_vs_a.a_in_b) + " of B comes from A.",
                "compare-overlap");
  const auto n = [](std::size_t x) { return std::to_string(x); };
  out += "<p class=\"compare-stats\">" +
         bilingual(
             "span",
             "相同 " + n(c.diff.same_chars) + " 字 · <del>删去</del> " +
                 n(counts[static_cast<int>(DiffSegment::Kind::DROPPED)]) +
                 " 处 · <ins>新增</ins> " + n(counts[static_cast<int>(DiffSegment::Kind::ADDED)]) +
                 " 处 · <span class=\"changed-key\">改动</span> " +
                 n(counts[static_cast<int>(DiffSegment::Kind::CHANGED)]) + " 处（A 中 " +
                 n(c.diff.dropped_chars) + " 字不见于 B，B 中 " + n(c.diff.added_chars) +
                 " 字不见于 A）",
             n(c.diff.same_chars) + " characters the same · " +
                 n(counts[static_cast<int>(DiffSegment::Kind::DROPPED)]) +
                 " <del>dropped</del> · " + n(counts[static_cast<int>(DiffSegment::Kind::ADDED)]) +
                 " <ins>added</ins> · " + n(counts[static_cast<int>(DiffSegment::Kind::CHANGED)]) +
                 " <span class=\"changed-key\">changed</span> (" + n(c.diff.dropped_chars) +
                 " characters of A not in B, " + n(c.diff.added_chars) + " of B not in A)") +
         "</p>\n";
  out += label("compare.note",
               "比较的是规范化文本（繁体转简体，去掉注音、广告和导航）；每处改动都链接到两篇原文的"
               "字节。",
               "p", "note") +
         "\n";
  if (c.diff.coarse) {
    out += label("compare.coarse", "部分段落差别太大，整段标为改动。", "p", "note") + "\n";
  }

  // The changes, each linked to its bytes in both originals and to its place below.
  const std::size_t changes = c.diff.segments.size() - counts[0];
  out += "<section class=\"changes\">" + label("compare.changes", "改动一览", "h2") + "\n";
  if (changes == 0) {
    out += label("compare.identical", "两篇的规范化文本完全相同。", "p", "note");
  } else {
    out += "<ol class=\"change-list\">\n";
    std::size_t listed = 0;
    for (std::size_t i = 0; i < c.diff.segments.size() && listed < MAX_LISTED_CHANGES; ++i) {
      const DiffSegment& s = c.diff.segments[i];
      if (s.kind == DiffSegment::Kind::SAME) continue;
      ++listed;
      const std::string kind(diff_kind_name(s.kind));
      const std::string id = std::to_string(i);
      out += "<li class=\"change change-" + kind + "\" data-change=\"" + id + "\">" +
             label("diff." + kind, kind_zh(s.kind), "span", "kind") + " ";
      if (!s.a.empty()) {
        out +=
            "<del>" +
            excerpt(std::string_view(c.a.normalized).substr(s.a.begin, s.a.size()), LISTED_CHARS) +
            "</del>";
      }
      if (s.kind == DiffSegment::Kind::CHANGED) out += " → ";
      if (!s.b.empty()) {
        out +=
            "<ins>" +
            excerpt(std::string_view(c.b.normalized).substr(s.b.begin, s.b.size()), LISTED_CHARS) +
            "</ins>";
      }
      out += " <span class=\"note\"><a href=\"#a-" + id + "\">" +
             label("compare.inText", "在文中") + "</a>";
      if (auto raw = raw_span(c.a, s.a)) {
        out += " · <a href=\"" + html_escape(cited_span_url(c.a.doc_id, *raw)) + "\">" +
               label("compare.rawA", "A 原文字节") + "</a>";
      }
      if (auto raw = raw_span(c.b, s.b)) {
        out += " · <a href=\"" + html_escape(cited_span_url(c.b.doc_id, *raw)) + "\">" +
               label("compare.rawB", "B 原文字节") + "</a>";
      }
      out += "</span></li>\n";
    }
    out += "</ol>\n";
    if (changes > listed) {
      out += bilingual("p", "另有 " + n(changes - listed) + " 处改动只在下文标出。",
                       n(changes - listed) + " more change(s) are marked in the texts below only.",
                       "note");
    }
  }
  out += "</section>\n";

  // Both texts side by side, every change marked where it stands.
  out += "<div class=\"compare-columns\">";
  for (const StoredArticle* article : {&c.a, &c.b}) {
    const bool is_a = article == &c.a;
    const std::string side = is_a ? "a" : "b";
    out += "<section class=\"side side-" + side + "\" aria-label=\"" + (is_a ? "A" : "B") +
           "\"><h2 class=\"side-title\">" + (is_a ? "A " : "B ") +
           html_escape(article->publisher.empty() ? article->path : article->publisher) +
           "</h2><pre class=\"side-text\" id=\"text-" + side + "\">";
    const std::string_view text = article->normalized;
    for (std::size_t i = 0; i < c.diff.segments.size(); ++i) {
      const DiffSegment& s = c.diff.segments[i];
      const ByteRange r = is_a ? s.a : s.b;
      const std::string passage = html_escape(text.substr(r.begin, r.size()));
      if (s.kind == DiffSegment::Kind::SAME) {
        out += passage;
        continue;
      }
      const std::string kind(diff_kind_name(s.kind));
      const std::string attributes = " class=\"diff diff-" + kind + "\" id=\"" + side + "-" +
                                     std::to_string(i) + "\" data-change=\"" + std::to_string(i) +
                                     "\"";
      if (r.empty()) {
        out += "<span" + attributes + " aria-hidden=\"true\"></span>";  // where it would stand
      } else if (is_a) {
        out += "<del" + attributes + ">" + passage + "</del>";
      } else {
        out += "<ins" + attributes + ">" + passage + "</ins>";
      }
    }
    out += "</pre></section>";
  }
  out += "</div>\n";
  out += PAGE_END;
  return out;
}

}  // namespace suyuan
