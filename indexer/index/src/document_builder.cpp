/// @file document_builder.cpp
/// @brief Article → Xapian documents: full text terms, filter terms, values, stored data.
#include "document_builder.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "suyuan/core/civil_date.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/index/stored_metadata.h"
#include "text_terms.h"

namespace suyuan {
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// Xapian's limit on a term is 245 bytes.
constexpr std::size_t MAX_TERM_BYTES = 240;

std::string term(std::string_view prefix, std::string_view value) {
  std::string t(prefix);
  t += lower_ascii(std::string(value));
  // Ids are far shorter; cutting only guards against a pathological publisher name.
  if (t.size() > MAX_TERM_BYTES) t.resize(utf8::floor_boundary(t, MAX_TERM_BYTES));
  return t;
}

/// Metadata from the text wins; the sidecar fills what the text lacks.
/// (Text fields are folded like the article's own metadata, so that publisher:苹果日报 and
/// publisher:蘋果日報 find a paper its sidecar names 蘋果日報.)
void merge_sidecar(ArticleMetadata& metadata, const std::string& sidecar, const std::string& path,
                   const Normalizer& normalizer) {
  if (sidecar.empty()) return;
  nlohmann::json meta;
  try {
    meta = nlohmann::json::parse(sidecar);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::INVALID_INPUT, "malformed sidecar for " + path + ": " + e.what());
  }
  if (!meta.is_object()) {
    throw Error(ErrorKind::INVALID_INPUT, "sidecar for " + path + " is not a JSON object");
  }
  auto fill = [&](std::string& field, const char* key, bool text) {
    if (field.empty() && meta.contains(key) && meta[key].is_string()) {
      field = meta[key].get<std::string>();
      if (text) field = normalizer.fold_query(field);
    }
  };
  fill(metadata.url, "url", false);
  fill(metadata.publisher, "publisher", true);
  fill(metadata.published, "published", false);
  fill(metadata.title, "title", true);
  fill(metadata.author, "author", true);
}

void add_date_values(Xapian::Document& doc, const std::string& published) {
  if (published.empty()) return;
  doc.add_value(schema::SLOT_PUBLISHED, published);
  if (auto days = days_since_epoch(published)) {
    doc.add_value(schema::SLOT_PUBLISHED_DAY,
                  Xapian::sortable_serialise(static_cast<double>(*days)));
  }
  if (published.size() >= 7)
    doc.add_boolean_term(term(schema::PREFIX_MONTH, published.substr(0, 7)));
}

/// A claim value's numeric bounds, when it has any.
std::optional<std::pair<double, double>> numeric_bounds(const ClaimValue& value) {
  if (value.kind == ValueKind::DATE) return std::nullopt;
  const FigureValue& f = value.figure;
  if (f.value) return std::make_pair(*f.value, *f.value);
  if (f.min && f.max) return std::make_pair(*f.min, *f.max);
  return std::nullopt;
}

/// Days a claim's date covers ("2025-07" → all of July), when it has a date.
std::optional<std::pair<long, long>> claim_date_span(const ClaimValue& value) {
  if (value.kind != ValueKind::DATE) return std::nullopt;
  return date_span(value.date.date, value.date.date_end);
}

/// Filter terms for the chips, organisations and people mentioned inside `within` (raw bytes).
void add_entity_terms(Xapian::Document& doc, const std::vector<Mention>& mentions,
                      ByteRange within) {
  for (const Mention& mention : mentions) {
    if (mention.raw.begin < within.begin || mention.raw.end > within.end) continue;
    const auto* entity = std::get_if<EntityRef>(&mention.detail);
    if (entity == nullptr) continue;
    if (mention.kind == MentionKind::CHIP)
      doc.add_boolean_term(term(schema::PREFIX_CHIP, entity->id));
    if (mention.kind == MentionKind::ORG)
      doc.add_boolean_term(term(schema::PREFIX_ORG, entity->id));
    if (mention.kind == MentionKind::PERSON)
      doc.add_boolean_term(term(schema::PREFIX_PERSON, entity->id));
  }
}

}  // namespace

DocumentBuilder::DocumentBuilder(const Normalizer& normalizer, const Extractor* extractor)
    : normalizer_(normalizer), extractor_(extractor) {}

BuiltDocuments DocumentBuilder::build(const SourceArticle& article) const {
  if (article.raw.empty()) throw Error(ErrorKind::INVALID_INPUT, "empty file");
  if (schema::PREFIX_PATH.size() + article.path.size() > MAX_TERM_BYTES) {
    throw Error(ErrorKind::INVALID_INPUT, "path longer than the index can hold as an id (" +
                                              std::to_string(MAX_TERM_BYTES) + " bytes)");
  }
  NormalizedDocument normalized = normalizer_.normalize(article.raw, article.format);
  if (normalized.text.find_first_not_of(" \n") == std::string::npos) {
    throw Error(ErrorKind::INVALID_INPUT, "no article text left after normalization");
  }
  ArticleMetadata& meta = normalized.metadata;
  merge_sidecar(meta, article.sidecar, article.path, normalizer_);

  ExtractionResult extraction;
  if (extractor_ != nullptr) {
    ExtractOptions options;
    if (meta.published.size() >= 10) options.reference_date = meta.published.substr(0, 10);
    extraction = extractor_->extract(normalized, article.raw, options);
  }

  BuiltDocuments out;
  Xapian::Document& doc = out.article;
  TextTermWriter terms(doc);
  terms.index_text(normalized.text);
  if (!meta.title.empty()) {
    terms.increase_termpos();
    terms.index_text(meta.title, schema::PREFIX_TITLE);
  }

  // The path term keeps its case: it is the document's identity, compared with file names.
  doc.add_boolean_term(std::string(schema::PREFIX_PATH) + article.path);
  doc.add_boolean_term(term(schema::PREFIX_DOC_ID, article.doc_id));
  doc.add_boolean_term(term(schema::PREFIX_TYPE, schema::TYPE_ARTICLE));
  doc.add_boolean_term(std::string(schema::PREFIX_SHA) + article.version);
  if (!meta.publisher.empty()) doc.add_boolean_term(term(schema::PREFIX_PUBLISHER, meta.publisher));
  doc.add_value(schema::SLOT_PATH, article.path);
  doc.add_value(schema::SLOT_VERSION, article.version);
  add_date_values(doc, meta.published);

  add_entity_terms(doc, extraction.mentions,
                   ByteRange{0, static_cast<std::uint32_t>(article.raw.size())});
  for (const Claim& claim : extraction.claims) {
    if (claim.attribution)
      doc.add_boolean_term(term(schema::PREFIX_SOURCE, claim.attribution->source));
    doc.add_boolean_term(term(schema::PREFIX_METRIC, claim.metric));
  }

  const StoredOrigin origin{article.doc_id, article.path, meta.title, meta.publisher,
                            meta.published};
  nlohmann::json metadata = to_json(origin);
  metadata.update({{"format", article.format == SourceFormat::HTML ? "html" : "text"},
                   {"version", article.version},
                   {"author", meta.author},
                   {"url", meta.url}});
  StoredDocumentData stored;
  stored.metadata_json = metadata.dump();
  stored.raw = article.raw;
  stored.normalized = normalized.text;
  stored.offsets = normalized.offsets.serialize();
  for (const ByteRange& s : normalized.sentences)
    stored.sentences.insert(stored.sentences.end(), {s.begin, s.end});
  if (extractor_ != nullptr) {
    // Each claim is stored once, in its own document (the search stage puts the article's
    // claims back from there): a second copy here was a third of what a build compressed.
    std::vector<Claim> claims = std::move(extraction.claims);
    extraction.claims.clear();
    nlohmann::json stored_extraction = to_json(extraction);
    stored_extraction[std::string(STORED_CLAIM_COUNT_KEY)] = claims.size();
    stored.extraction_json = encode_stored_extraction(std::move(stored_extraction), article.raw);
    extraction.claims = std::move(claims);
  } else {
    stored.extraction_json = "null";
  }
  doc.set_data(encode_stored_document(stored));
  out.origin = origin;
  out.normalized = std::move(stored.normalized);

  // One document per claim, so that claims can be filtered and ranged on their own. Its text is
  // the article's: the claim holds its sentence as a value, not as terms (see schema.h).
  std::vector<std::uint32_t> sentence_starts;
  std::string claim_sentences;  // the article's SLOT_CLAIM_SENTENCES
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
    const Claim& claim = extraction.claims[i];
    const std::string sentence_key =
        article.doc_id + "@" + std::to_string(claim.sentence_raw.begin);
    Xapian::Document claim_doc;
    claim_doc.add_boolean_term(term(schema::PREFIX_TYPE, schema::TYPE_CLAIM));
    claim_doc.add_boolean_term(term(schema::PREFIX_PARENT, article.doc_id));
    claim_doc.add_boolean_term(term(schema::PREFIX_CLAIM_SENTENCE, sentence_key));
    claim_doc.add_value(schema::SLOT_CLAIM_SENTENCES, sentence_key);
    if (std::find(sentence_starts.begin(), sentence_starts.end(), claim.sentence_raw.begin) ==
        sentence_starts.end()) {
      sentence_starts.push_back(claim.sentence_raw.begin);
      std::string folded = normalizer_.fold_query(claim.sentence);
      for (char& c : folded) {
        // Control characters make no term: a space in their place matches the same.
        if (c == schema::CLAIM_SENTENCE_KEY_END || c == schema::CLAIM_SENTENCE_END) c = ' ';
      }
      claim_sentences += sentence_key;
      claim_sentences += schema::CLAIM_SENTENCE_KEY_END;
      claim_sentences += folded;
      claim_sentences += schema::CLAIM_SENTENCE_END;
    }
    claim_doc.add_boolean_term(term(schema::PREFIX_SUBJECT, claim.subject));
    claim_doc.add_boolean_term(term(schema::PREFIX_METRIC, claim.metric));
    add_entity_terms(claim_doc, extraction.mentions, claim.sentence_raw);
    if (claim.attribution) {
      claim_doc.add_boolean_term(term(schema::PREFIX_SOURCE, claim.attribution->source));
    }
    if (!meta.publisher.empty()) {
      claim_doc.add_boolean_term(term(schema::PREFIX_PUBLISHER, meta.publisher));
    }
    for (const std::string* unit : {&claim.value.figure.unit, &claim.value.figure.currency}) {
      if (claim.value.kind != ValueKind::DATE && !unit->empty())
        claim_doc.add_boolean_term(term(schema::PREFIX_UNIT, *unit));
    }
    add_date_values(claim_doc, meta.published);
    if (auto bounds = numeric_bounds(claim.value)) {
      claim_doc.add_value(schema::SLOT_CLAIM_MIN, Xapian::sortable_serialise(bounds->first));
      claim_doc.add_value(schema::SLOT_CLAIM_MAX, Xapian::sortable_serialise(bounds->second));
    }
    if (auto dates = claim_date_span(claim.value)) {
      claim_doc.add_value(schema::SLOT_CLAIM_DATE_BEGIN,
                          Xapian::sortable_serialise(static_cast<double>(dates->first)));
      claim_doc.add_value(schema::SLOT_CLAIM_DATE_END,
                          Xapian::sortable_serialise(static_cast<double>(dates->second)));
    }
    claim_doc.set_data(encode_stored_claim(article.doc_id, claim, i, article.raw));
    out.claims.push_back(std::move(claim_doc));
  }
  if (!claim_sentences.empty()) doc.add_value(schema::SLOT_CLAIM_SENTENCES, claim_sentences);
  return out;
}

}  // namespace suyuan
