/// @file explain.cpp
/// @brief The --explain report and the canonical JSON of a normalized document.
#include "suyuan/normalize/explain.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "suyuan/core/utf8.h"

namespace suyuan {

namespace {

// Raw bytes for display: line breaks shown as ⏎, cut at about `max_chars` characters on a
// code point boundary.
std::string excerpt(std::string_view raw, ByteRange range, std::size_t max_chars = 60) {
  std::string out;
  std::size_t chars = 0;
  std::size_t pos = std::min<std::size_t>(range.begin, raw.size());
  const std::size_t end = std::min<std::size_t>(range.end, raw.size());
  while (pos < end) {
    if (chars == max_chars) {
      out += "…";
      break;
    }
    const std::size_t begin = pos;
    const char32_t cp = utf8::decode(raw, pos);
    if (cp == U'\n') {
      out += "⏎";
    } else if (cp == U'\r' || cp == U'\t') {
      out += ' ';
    } else {
      out.append(raw.substr(begin, pos - begin));
    }
    ++chars;
  }
  return out;
}

std::size_t line_of(std::string_view raw, std::uint32_t offset) {
  const std::size_t end = std::min<std::size_t>(offset, raw.size());
  return 1 + static_cast<std::size_t>(
                 std::count(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

bool is_annotation(const RemovedSpan& span) { return span.rule.rfind("annotation.", 0) == 0; }

}  // namespace

std::string explain(const NormalizedDocument& document, std::string_view raw) {
  std::ostringstream out;
  const ArticleMetadata& m = document.metadata;
  out << "metadata: title=\"" << m.title << "\" publisher=\"" << m.publisher << "\" published=\""
      << m.published << "\" author=\"" << m.author << "\" url=\"" << m.url << "\"\n";
  out << "kept: " << document.paragraphs.size() << " paragraphs, " << document.sentences.size()
      << " sentences, " << document.text.size() << " of " << raw.size() << " bytes\n";

  std::size_t boilerplate = 0;
  for (const RemovedSpan& span : document.removed) boilerplate += !is_annotation(span);
  out << "dropped " << boilerplate << " line(s):\n";
  for (const RemovedSpan& span : document.removed) {
    if (is_annotation(span)) continue;
    out << "  line " << line_of(raw, span.raw.begin) << " [" << span.raw.begin << ","
        << span.raw.end << ") " << span.rule << " — " << span.reason << ": "
        << excerpt(raw, span.raw) << "\n";
  }

  std::map<std::size_t, std::vector<const RemovedSpan*>> by_line;
  for (const RemovedSpan& span : document.removed) {
    if (is_annotation(span)) by_line[line_of(raw, span.raw.begin)].push_back(&span);
  }
  std::size_t annotations = 0;
  for (const auto& [line, spans] : by_line) annotations += spans.size();
  out << "removed " << annotations << " inline annotation(s):\n";
  for (const auto& [line, spans] : by_line) {
    out << "  line " << line << ": " << spans.size() << " ";
    for (const RemovedSpan* span : spans) out << excerpt(raw, span->raw, 12);
    out << "\n";
  }
  return out.str();
}

nlohmann::json to_json(const ArticleMetadata& metadata) {
  return {{"title", metadata.title},
          {"publisher", metadata.publisher},
          {"published", metadata.published},
          {"author", metadata.author},
          {"url", metadata.url}};
}

nlohmann::json to_json(const NormalizedDocument& document) {
  nlohmann::json paragraphs = nlohmann::json::array();
  for (const ByteRange& p : document.paragraphs) {
    paragraphs.push_back({{"begin", p.begin}, {"end", p.end}});
  }
  nlohmann::json sentences = nlohmann::json::array();
  for (const ByteRange& s : document.sentences) {
    const ByteRange raw = document.offsets.to_raw(s);
    sentences.push_back({{"begin", s.begin},
                         {"end", s.end},
                         {"raw_begin", raw.begin},
                         {"raw_end", raw.end},
                         {"text", document.text.substr(s.begin, s.size())}});
  }
  nlohmann::json removed = nlohmann::json::array();
  for (const RemovedSpan& r : document.removed) {
    removed.push_back({{"raw_begin", r.raw.begin},
                       {"raw_end", r.raw.end},
                       {"rule", r.rule},
                       {"reason", r.reason}});
  }
  return {{"text", document.text},
          {"metadata", to_json(document.metadata)},
          {"paragraphs", std::move(paragraphs)},
          {"sentences", std::move(sentences)},
          {"removed", std::move(removed)}};
}

}  // namespace suyuan
