/// @file html_text.h
/// @brief HTML → character units with raw offsets: tags become line breaks or nothing,
/// entities are decoded, scripts/styles and page chrome elements are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "unit.h"

namespace suyuan::detail {

/// Facts the markup states about the page (raw, not yet folded).
struct HtmlFacts {
  std::string title;      ///< og:title, else <title>
  std::string url;        ///< canonical link, else og:url
  std::string published;  ///< article:published_time / pubdate meta
  std::string author;     ///< <meta name="author">
  std::string site;       ///< og:site_name
};

/// Decodes `raw` (valid UTF-8 HTML) into units. Block-level tags become a '\n' unit that maps
/// to the tag's bytes; <script>, <style>, <title> (kept in `facts`) and the chrome elements <nav>,
/// <footer>, <aside>, <form>, <iframe>, <noscript>, <svg> are dropped and recorded in `drops`.
/// A hand-written scanner: the input is untrusted and often broken, so it never fails.
void decode_html(std::string_view raw, Units& units, std::vector<Drop>& drops, HtmlFacts& facts);

}  // namespace suyuan::detail
