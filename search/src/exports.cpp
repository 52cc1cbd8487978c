/// @file exports.cpp
/// @brief CSV, Web Annotation and ClaimReview serialisations.
#include "suyuan/search/exports.h"

#include <sstream>

#include "suyuan/core/utf8.h"

namespace suyuan {
namespace {

/// Byte range of the claim's sentence in the raw article (the extract stage's sentence span).
std::optional<ByteRange> sentence_bytes(const Claim& claim) {
  if (claim.sentence_raw.empty()) return std::nullopt;
  return claim.sentence_raw;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

/// Up to `count` code points of `raw` ending at byte `end` (prefix) or starting at `begin`.
std::string context_before(std::string_view raw, std::size_t end, std::size_t count) {
  std::size_t begin = end;
  for (std::size_t n = 0; n < count && begin > 0; ++n) begin = utf8::floor_boundary(raw, begin - 1);
  return std::string(raw.substr(begin, end - begin));
}
std::string context_after(std::string_view raw, std::size_t begin, std::size_t count) {
  std::size_t end = begin;
  for (std::size_t n = 0; n < count && end < raw.size(); ++n)
    end += utf8::sequence_length(raw[end]);
  end = std::min(end, raw.size());
  return std::string(raw.substr(begin, end - begin));
}

std::string value_summary(const ClaimValue& value) {
  std::ostringstream out;
  if (value.kind == ValueKind::DATE) {
    // A date of unknown year in its EDTF form (XXXX-03-25); relative words as written (昨天).
    const DateValue& d = value.date;
    if (!d.date.empty()) {
      out << d.date;
      if (!d.date_end.empty()) out << ".." << d.date_end;
    } else if (!d.partial.empty()) {
      out << d.partial;
      if (!d.partial_end.empty()) out << ".." << d.partial_end;
    } else {
      out << d.unresolved;
    }
    if (value.date.relation != DateRelation::NONE)
      out << " (" << name_of(value.date.relation) << ")";
    return out.str();
  }
  const FigureValue& figure = value.figure;
  if (figure.value) {
    out << nlohmann::json(*figure.value).dump();
  } else if (figure.min) {
    out << nlohmann::json(*figure.min).dump() << ".."
        << (figure.max ? nlohmann::json(*figure.max) : nlohmann::json()).dump();
  }
  const std::string& unit = figure.currency.empty() ? figure.unit : figure.currency;
  if (!unit.empty()) out << " " << unit;
  if (figure.approx != Approx::EXACT) out << " (" << name_of(figure.approx) << ")";
  return out.str();
}

std::string claim_urn(const CitedClaim& claim) {
  std::string id = "urn:suyuan:claim:" + claim.doc_id;
  if (auto bytes = sentence_bytes(claim.claim)) {
    id.append(":")
        .append(std::to_string(bytes->begin))
        .append("-")
        .append(std::to_string(bytes->end));
  }
  return id + ":" + claim.claim.metric;
}

}  // namespace

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out.append(separator);
    out.append(parts[i]);
  }
  return out;
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string claims_to_csv(const std::vector<CitedClaim>& claims,
                          const std::vector<std::string>& group_columns) {
  std::ostringstream out;
  if (!group_columns.empty() && group_columns.size() != claims.size()) return {};
  out << (group_columns.empty() ? "" : "group,")
      << "doc_id,path,publisher,published,subject,metric,value,origin,chain,sentence_start,"
         "sentence_end,sentence\r\n";
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const CitedClaim& c = claims[i];
    const std::string chain = join(c.chain, " > ");
    auto bytes = sentence_bytes(c.claim);
    if (!group_columns.empty()) out << csv_field(group_columns[i]) << ",";
    out << csv_field(c.doc_id) << "," << csv_field(c.path) << "," << csv_field(c.publisher) << ","
        << csv_field(c.published) << "," << csv_field(c.claim.subject) << ","
        << csv_field(c.claim.metric) << "," << csv_field(value_summary(c.claim.value)) << ","
        << csv_field(c.origin) << "," << csv_field(chain) << ","
        << (bytes ? std::to_string(bytes->begin) : "") << ","
        << (bytes ? std::to_string(bytes->end) : "") << "," << csv_field(c.claim.sentence)
        << "\r\n";
  }
  return out.str();
}

std::string hits_to_csv(const std::vector<Hit>& hits) {
  std::ostringstream out;
  out << "doc_id,path,title,publisher,published,score,spans,snippet\r\n";
  for (const Hit& hit : hits) {
    std::vector<std::string> spans;
    for (const ByteRange& s : hit.spans)
      spans.push_back(std::to_string(s.begin) + "-" + std::to_string(s.end));
    out << csv_field(hit.doc_id) << "," << csv_field(hit.path) << "," << csv_field(hit.title) << ","
        << csv_field(hit.publisher) << "," << csv_field(hit.published) << "," << hit.score << ","
        << csv_field(join(spans, " ")) << "," << csv_field(hit.snippet) << "\r\n";
  }
  return out.str();
}

nlohmann::json to_web_annotation(const CitedClaim& claim, const StoredArticle& article) {
  nlohmann::json selectors = nlohmann::json::array();
  nlohmann::json annotation = {
      {"@context", nlohmann::json::array(
                       {"http://www.w3.org/ns/anno.jsonld", {{"suyuan", "urn:suyuan:vocab#"}}})},
      {"id", claim_urn(claim)},
      {"type", "Annotation"},
      {"motivation", "describing"},
      {"created", claim.published},
      {"body",
       {{"type", "TextualBody"},
        {"format", "text/plain"},
        {"value", claim.claim.subject + " " + claim.claim.metric + " = " +
                      value_summary(claim.claim.value) + " (per " + claim.origin + ")"}}},
  };
  nlohmann::json target = {{"source", article.url.empty() ? "file:" + article.path : article.url}};
  if (auto bytes = sentence_bytes(claim.claim); bytes && bytes->end <= article.raw.size()) {
    const std::string_view raw = article.raw;
    selectors.push_back({{"type", "TextQuoteSelector"},
                         {"exact", std::string(raw.substr(bytes->begin, bytes->size()))},
                         {"prefix", context_before(raw, bytes->begin, 32)},
                         {"suffix", context_after(raw, bytes->end, 32)}});
    const std::size_t start = code_points(raw.substr(0, bytes->begin));
    selectors.push_back({{"type", "TextPositionSelector"},
                         {"start", start},
                         {"end", start + code_points(raw.substr(bytes->begin, bytes->size()))}});
    target["suyuan:byteRange"] = {{"start", bytes->begin}, {"end", bytes->end}};
  }
  target["selector"] = selectors;
  annotation["target"] = target;
  return annotation;
}

nlohmann::json to_claim_review(const CitedClaim& claim, const StoredArticle& article,
                               const std::optional<ClaimGroup>& group) {
  nlohmann::json review = {
      {"@context", "https://schema.org"},
      {"@type", "ClaimReview"},
      {"identifier", claim_urn(claim)},
      {"claimReviewed", claim.claim.sentence},
      {"itemReviewed",
       {{"@type", "Claim"},
        {"author", {{"@type", "Organization"}, {"name", claim.origin}}},
        {"datePublished", claim.published},
        {"appearance",
         {{"@type", "CreativeWork"},
          {"headline", article.title},
          {"url", article.url.empty() ? "file:" + article.path : article.url},
          {"publisher", {{"@type", "Organization"}, {"name", article.publisher}}}}}}},
  };
  if (group) {
    review["reviewRating"] = {{"@type", "Rating"},
                              {"alternateName", std::string(verdict_name(group->verdict))},
                              {"ratingExplanation", group->explanation}};
  }
  return review;
}

}  // namespace suyuan
