/// @file html_text.cpp
/// @brief Tolerant HTML scanner producing units with exact raw offsets.
#include "html_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "suyuan/core/utf8.h"

namespace suyuan::detail {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_block(const std::string& name) {
  static constexpr std::array<std::string_view, 33> BLOCKS = {
      "p",       "div",     "br",      "li",     "ul",         "ol",     "tr",
      "table",   "h1",      "h2",      "h3",     "h4",         "h5",     "h6",
      "section", "article", "header",  "main",   "blockquote", "dd",     "dt",
      "dl",      "pre",     "hr",      "td",     "th",         "figure", "figcaption",
      "body",    "caption", "address", "center", "details"};
  return std::find(BLOCKS.begin(), BLOCKS.end(), name) != BLOCKS.end();
}

// Elements whose whole content is dropped, with the reason shown by --explain.
const char* dropped_element(const std::string& name) {
  if (name == "script" || name == "style" || name == "template") return "script or style";
  if (name == "title") return "document title (kept as metadata)";
  if (name == "nav") return "navigation element";
  if (name == "footer") return "page footer element";
  if (name == "aside") return "sidebar element";
  if (name == "form" || name == "button" || name == "select") return "form widget";
  if (name == "iframe" || name == "noscript" || name == "svg") return "embedded content";
  return nullptr;
}

struct Entity {
  std::string_view name;
  char32_t cp;
};
constexpr Entity ENTITIES[] = {
    {"amp", U'&'},      {"lt", U'<'},      {"gt", U'>'},      {"quot", U'"'},     {"apos", U'\''},
    {"nbsp", 0xA0},     {"ensp", 0x2002},  {"emsp", 0x2003},  {"thinsp", 0x2009}, {"mdash", 0x2014},
    {"ndash", 0x2013},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"hellip", 0x2026}, {"middot", 0xB7},  {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},
    {"times", 0xD7},    {"divide", 0xF7},  {"laquo", 0xAB},   {"raquo", 0xBB},    {"bull", 0x2022},
    {"deg", 0xB0},      {"yen", 0xA5},     {"euro", 0x20AC},  {"zwsp", 0x200B},   {"shy", 0xAD}};

// Decodes the entity at raw[pos] ('&'); returns its length or 0.
std::size_t decode_entity(std::string_view raw, std::size_t pos, char32_t& cp) {
  const std::size_t semi = raw.find(';', pos + 1);
  if (semi == std::string_view::npos || semi - pos > 12) return 0;
  std::string_view body = raw.substr(pos + 1, semi - pos - 1);
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    std::string digits(body.substr(hex ? 2 : 1));
    if (digits.empty()) return 0;
    for (char c : digits) {
      if (!(hex ? std::isxdigit(static_cast<unsigned char>(c))
                : std::isdigit(static_cast<unsigned char>(c))))
        return 0;
    }
    const unsigned long value = std::stoul(digits, nullptr, hex ? 16 : 10);
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    cp = static_cast<char32_t>(value);
    return semi - pos + 1;
  }
  for (const Entity& e : ENTITIES) {
    if (e.name == body) {
      cp = e.cp;
      return semi - pos + 1;
    }
  }
  return 0;
}

// Value of attribute `name` inside a tag's text, entity-decoded loosely.
std::string attribute(std::string_view tag, std::string_view name) {
  const std::string lowered = lower(tag);
  std::size_t pos = 0;
  while ((pos = lowered.find(name, pos)) != std::string::npos) {
    const bool starts = pos > 0 && (std::isspace(static_cast<unsigned char>(lowered[pos - 1])));
    std::size_t p = pos + name.size();
    while (p < lowered.size() && lowered[p] == ' ') ++p;
    if (starts && p < lowered.size() && lowered[p] == '=') {
      ++p;
      while (p < lowered.size() && lowered[p] == ' ') ++p;
      if (p >= tag.size()) return {};
      const char quote = tag[p];
      if (quote == '"' || quote == '\'') {
        const std::size_t end = tag.find(quote, p + 1);
        return std::string(tag.substr(
            p + 1, end == std::string_view::npos ? std::string_view::npos : end - p - 1));
      }
      std::size_t end = p;
      while (end < tag.size() && !std::isspace(static_cast<unsigned char>(tag[end])) &&
             tag[end] != '>')
        ++end;
      return std::string(tag.substr(p, end - p));
    }
    pos += name.size();
  }
  return {};
}

std::string decode_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t len = text[i] == '&' ? decode_entity(text, i, cp) : 0;
    if (len > 0) {
      utf8::append(out, cp);
      i += len;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

void read_meta(std::string_view tag, HtmlFacts& facts) {
  const std::string key = lower(attribute(tag, "property").empty() ? attribute(tag, "name")
                                                                   : attribute(tag, "property"));
  const std::string content = decode_text(attribute(tag, "content"));
  if (content.empty()) return;
  if (key == "og:title" && facts.title.empty()) facts.title = content;
  if (key == "og:url" && facts.url.empty()) facts.url = content;
  if (key == "og:site_name" && facts.site.empty()) facts.site = content;
  if ((key == "article:published_time" || key == "pubdate" || key == "publishdate") &&
      facts.published.empty()) {
    facts.published = content;
  }
  if (key == "author" && facts.author.empty()) facts.author = content;
}

}  // namespace

void decode_html(std::string_view raw, Units& units, std::vector<Drop>& drops, HtmlFacts& facts) {
  units.reserve(units.size() + raw.size() / 2);
  const auto offset = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
  bool in_pre = false;
  std::string title_text;
  std::size_t i = 0;
  while (i < raw.size()) {
    const char c = raw[i];
    if (c == '<') {
      if (raw.compare(i, 4, "<!--") == 0) {
        std::size_t end = raw.find("-->", i + 4);
        end = end == std::string_view::npos ? raw.size() : end + 3;
        i = end;
        continue;
      }
      std::size_t end = raw.find('>', i + 1);
      if (end == std::string_view::npos) end = raw.size() - 1;
      const std::string_view tag = raw.substr(i, end - i + 1);
      std::size_t name_begin = 1;
      const bool closing = tag.size() > 1 && tag[1] == '/';
      if (closing) name_begin = 2;
      std::size_t name_end = name_begin;
      while (name_end < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[name_end])) ||
                                       tag[name_end] == '-' || tag[name_end] == ':')) {
        ++name_end;
      }
      if (name_end == name_begin) {
        // '<' that starts no tag ("a < b", "<!DOCTYPE" handled below): text or declaration.
        if (tag.size() > 1 && (tag[1] == '!' || tag[1] == '?')) {
          i = end + 1;
          continue;
        }
        units.push_back({U'<', offset(i), 1});
        ++i;
        continue;
      }
      const std::string name = lower(tag.substr(name_begin, name_end - name_begin));
      if (!closing && name == "meta") read_meta(tag, facts);
      if (!closing && name == "link" && lower(attribute(tag, "rel")) == "canonical") {
        facts.url = decode_text(attribute(tag, "href"));
      }
      if (!closing && name == "title") {
        const std::size_t close =
            lower(raw.substr(end + 1, std::min<std::size_t>(raw.size() - end - 1, 4096)))
                .find("</title");
        if (close != std::string::npos) title_text = decode_text(raw.substr(end + 1, close));
      }
      if (!closing && tag[tag.size() - 2] != '/') {
        if (const char* reason = dropped_element(name)) {
          // Skip to the matching close tag (not nested: chrome elements rarely nest in
          // themselves, and scripts cannot).
          const std::string close_tag = "</" + name;
          std::size_t close = end + 1;
          while (true) {
            close = raw.find("</", close);
            if (close == std::string_view::npos) break;
            if (lower(raw.substr(close, close_tag.size())) == close_tag) break;
            close += 2;
          }
          // An element left open runs to the end of the input, never past it.
          std::size_t stop = raw.size();
          if (close != std::string_view::npos) {
            const std::size_t gt = raw.find('>', close);
            stop = gt == std::string_view::npos ? raw.size() : gt + 1;
          }
          drops.push_back({offset(i), offset(stop), "html." + name, reason});
          units.push_back({U'\n', offset(i), offset(stop - i)});
          i = stop;
          continue;
        }
      }
      if (name == "pre") in_pre = !closing;
      if (is_block(name)) units.push_back({U'\n', offset(i), offset(end + 1 - i)});
      i = end + 1;
      continue;
    }
    if (c == '&') {
      char32_t cp = 0;
      if (const std::size_t len = decode_entity(raw, i, cp)) {
        units.push_back({cp, offset(i), offset(len)});
        i += len;
        continue;
      }
    }
    std::size_t next = i;
    char32_t cp = utf8::decode(raw, next);
    // Source line breaks are spaces in HTML, except inside <pre>.
    if (!in_pre && (cp == U'\n' || cp == U'\r' || cp == U'\t')) cp = U' ';
    units.push_back({cp, offset(i), offset(next - i)});
    i = next;
  }
  if (facts.title.empty()) facts.title = title_text;
}

}  // namespace suyuan::detail
