/// @file stored_metadata.cpp
/// @brief Origin fields of stored articles and claims.
#include "suyuan/index/stored_metadata.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>

#include "byte_codec.h"
#include "suyuan/core/error.h"
#include "suyuan/index/schema.h"
#include "suyuan/index/stored_document.h"

namespace suyuan {

nlohmann::json to_json(const StoredOrigin& origin) {
  return {{"doc_id", origin.doc_id},
          {"path", origin.path},
          {"title", origin.title},
          {"publisher", origin.publisher},
          {"published", origin.published}};
}

StoredOrigin read_stored_origin(const nlohmann::json& stored) {
  return {stored.at("doc_id").get<std::string>(), stored.at("path").get<std::string>(),
          stored.value("title", ""), stored.value("publisher", ""), stored.value("published", "")};
}

namespace {

/// Claim data is "SYC1" and the JSON as MessagePack, each object key of this table written as
/// one byte (0x80 + its index; no key of ours is a lone byte, nor UTF-8 that starts so): a
/// claim's keys were a third of its bytes, and MessagePack parses faster than JSON text.
/// Append only: the index of a key is its stored code.
constexpr std::string_view CLAIM_MAGIC = "SYC1";
// clang-format off
constexpr std::string_view CLAIM_KEYS[] = {
    "doc_id",      "path",         "title",         "publisher",    "published",   "claim",
    "claim_index", "approx",       "as_of",         "attribution",  "calendar",    "category",
    "citations",   "cue",          "currency",      "date",         "date_end",    "display",
    "end",         "id",           "kind",          "known",        "max",         "max_exclusive",
    "mentions",    "metric",       "metric_span",   "metric_text",  "min",         "min_exclusive",
    "modality",    "name",         "period",        "relation",     "relative",    "relative_to",
    "scope",       "sentence",     "sentence_span", "source",       "span",        "start",
    "subject",     "subject_kind", "subject_span",  "subject_text", "target",      "text",
    "unit",        "value",        "value_span",    "via",          "affiliation", "vendor",
    "claims",      "claim_count",  "partial",       "partial_end",  "unresolved",  "measure",
    "named_as_written"};
// clang-format on
static_assert(std::size(CLAIM_KEYS) <= 0x80);

std::string short_key(const std::string& key) {
  for (std::size_t i = 0; i < std::size(CLAIM_KEYS); ++i) {
    if (CLAIM_KEYS[i] == key) return std::string(1, static_cast<char>(0x80 + i));
  }
  return key;
}

std::string long_key(const std::string& key) {
  if (key.size() == 1) {
    const auto code = static_cast<unsigned char>(key[0]);
    if (code >= 0x80 && code - 0x80u < std::size(CLAIM_KEYS))
      return std::string(CLAIM_KEYS[code - 0x80]);
  }
  return key;
}

/// `json` with every object key renamed by `rename` (recursively).
template <typename Rename>
nlohmann::json rename_keys(nlohmann::json&& json, const Rename& rename) {
  if (json.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (auto& [key, value] : json.items())
      out[rename(key)] = rename_keys(std::move(value), rename);
    return out;
  }
  if (json.is_array()) {
    for (auto& element : json) element = rename_keys(std::move(element), rename);
  }
  return std::move(json);
}

}  // namespace

namespace {

constexpr std::string_view CLAIM_MAGIC_V2 = "SYC2";

/// Text fields a stored claim leaves to its article's raw text, one bit each.
enum QuotedField : unsigned {
  QUOTED_SENTENCE = 1,
  QUOTED_SUBJECT = 2,
  QUOTED_METRIC = 4,
  QUOTED_PERIOD = 8,
  QUOTED_ATTRIBUTION = 16,
};

/// Whether `text` is exactly the bytes of `raw` at `span` (then the span alone says it).
bool quotes(std::string_view raw, ByteRange span, const std::string& text) {
  return !text.empty() && span.begin <= span.end && span.end <= raw.size() &&
         raw.substr(span.begin, span.end - span.begin) == text;
}

std::string quoted(std::string_view raw, ByteRange span) {
  if (span.begin > span.end || span.end > raw.size()) {
    throw Error(ErrorKind::CORRUPT_INDEX, "stored claim data quotes bytes its article lacks");
  }
  return std::string(raw.substr(span.begin, span.end - span.begin));
}

/// MessagePack written straight from the JSON with short_key's keys (what to_msgpack of the
/// renamed JSON writes, without building that copy: it was most of a claim's encoding).
void put_big_endian(std::string& out, std::uint64_t value, int bytes) {
  for (int b = bytes - 1; b >= 0; --b) out.push_back(static_cast<char>(value >> (8 * b)));
}

/// A string, array or map header: `fix` + size when small, else the 16- or 32-bit form that
/// follows `wide16` (str 8 for strings comes first: `wide16` is then 0xda).
void put_header(std::string& out, unsigned fix, unsigned wide16, std::uint64_t size) {
  const std::uint64_t fix_limit = fix == 0xa0 ? 32 : 16;
  if (size < fix_limit) {
    out.push_back(static_cast<char>(fix | size));
  } else if (fix == 0xa0 && size <= 0xff) {
    out.push_back(static_cast<char>(0xd9));
    put_big_endian(out, size, 1);
  } else if (size <= 0xffff) {
    out.push_back(static_cast<char>(wide16));
    put_big_endian(out, size, 2);
  } else {
    out.push_back(static_cast<char>(wide16 + 1));
    put_big_endian(out, size, 4);
  }
}

void put_string(std::string& out, std::string_view text) {
  put_header(out, 0xa0, 0xda, text.size());
  out.append(text);
}

void put_unsigned(std::string& out, std::uint64_t v) {
  if (v < 0x80) {
    out.push_back(static_cast<char>(v));
  } else {
    const int bytes = v <= 0xff ? 1 : v <= 0xffff ? 2 : v <= 0xffffffff ? 4 : 8;
    out.push_back(static_cast<char>(bytes == 1   ? 0xcc
                                    : bytes == 2 ? 0xcd
                                    : bytes == 4 ? 0xce
                                                 : 0xcf));
    put_big_endian(out, v, bytes);
  }
}

void put_msgpack(std::string& out, const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
      out.push_back(static_cast<char>(0xc0));
      return;
    case nlohmann::json::value_t::boolean:
      out.push_back(static_cast<char>(j.get<bool>() ? 0xc3 : 0xc2));
      return;
    case nlohmann::json::value_t::number_unsigned:
      put_unsigned(out, j.get<std::uint64_t>());
      return;
    case nlohmann::json::value_t::number_integer: {
      const auto v = j.get<std::int64_t>();
      if (v >= 0) {
        put_unsigned(out, static_cast<std::uint64_t>(v));
      } else if (v >= -32) {
        out.push_back(static_cast<char>(v));  // negative fixint
      } else {
        const int bytes = v >= INT8_MIN ? 1 : v >= INT16_MIN ? 2 : v >= INT32_MIN ? 4 : 8;
        out.push_back(static_cast<char>(bytes == 1   ? 0xd0
                                        : bytes == 2 ? 0xd1
                                        : bytes == 4 ? 0xd2
                                                     : 0xd3));
        put_big_endian(out, static_cast<std::uint64_t>(v), bytes);
      }
      return;
    }
    case nlohmann::json::value_t::number_float: {
      const double v = j.get<double>();
      std::uint64_t bits = 0;
      std::memcpy(&bits, &v, sizeof bits);
      out.push_back(static_cast<char>(0xcb));
      put_big_endian(out, bits, 8);
      return;
    }
    case nlohmann::json::value_t::string:
      put_string(out, j.get_ref<const std::string&>());
      return;
    case nlohmann::json::value_t::array:
      put_header(out, 0x90, 0xdc, j.size());
      for (const auto& element : j) put_msgpack(out, element);
      return;
    case nlohmann::json::value_t::object:
      put_header(out, 0x80, 0xde, j.size());
      for (const auto& [key, value] : j.items()) {
        put_string(out, short_key(key));
        put_msgpack(out, value);
      }
      return;
    default:  // binary and discarded values: to_json(Claim) writes none
      throw Error(ErrorKind::INTERNAL, "a claim's JSON holds a value MessagePack cannot store");
  }
}

/// The claim of SYC1 data, or of the JSON text of schema 10 and before, with its origin.
StoredClaim decode_claim_with_origin(std::string_view data) {
  auto read = [](const nlohmann::json& stored) {
    return StoredClaim{read_stored_origin(stored), stored.at("claim").get<Claim>(),
                       stored.value("claim_index", std::size_t{0})};
  };
  if (data.substr(0, CLAIM_MAGIC.size()) != CLAIM_MAGIC)
    return read_stored_json(data, "claim data", read);
  data.remove_prefix(CLAIM_MAGIC.size());
  try {
    return read(rename_keys(nlohmann::json::from_msgpack(data), long_key));
  } catch (const nlohmann::json::exception& e) {
    throw_malformed_stored("claim data", e);
  }
}

}  // namespace

std::string encode_stored_claim(std::string_view doc_id, const Claim& claim, std::size_t index,
                                std::string_view raw) {
  nlohmann::json json = to_json(claim);
  unsigned left_out = 0;
  auto leave_out = [&](QuotedField field, nlohmann::json& text) {
    left_out |= field;
    text = "";
  };
  if (quotes(raw, claim.sentence_raw, claim.sentence)) leave_out(QUOTED_SENTENCE, json["sentence"]);
  if (claim.subject_raw && quotes(raw, *claim.subject_raw, claim.subject_text))
    leave_out(QUOTED_SUBJECT, json["subject_text"]);
  if (claim.metric_raw && quotes(raw, *claim.metric_raw, claim.metric_text))
    leave_out(QUOTED_METRIC, json["metric_text"]);
  if (claim.period && quotes(raw, claim.period->raw, claim.period->text))
    leave_out(QUOTED_PERIOD, json["period"]["text"]);
  if (claim.attribution && quotes(raw, claim.attribution->raw, claim.attribution->name))
    leave_out(QUOTED_ATTRIBUTION, json["attribution"]["name"]);
  std::string out(CLAIM_MAGIC_V2);
  codec::put_blob(out, doc_id);
  codec::put_varint(out, left_out);
  put_header(out, 0x80, 0xde, 2);
  put_string(out, short_key("claim"));
  put_msgpack(out, json);
  put_string(out, short_key("claim_index"));
  put_msgpack(out, nlohmann::json(index));
  return out;
}

namespace {

constexpr std::string_view EXTRACTION_MAGIC = "SYE1";

/// A mention's raw span, when its JSON has one.
std::optional<ByteRange> mention_span(const nlohmann::json& mention) {
  const auto start = mention.find("start"), end = mention.find("end");
  if (start == mention.end() || end == mention.end() || !start->is_number_unsigned() ||
      !end->is_number_unsigned())
    return std::nullopt;
  return ByteRange{start->get<std::uint32_t>(), end->get<std::uint32_t>()};
}

}  // namespace

std::string encode_stored_extraction(nlohmann::json extraction, std::string_view raw) {
  if (extraction.is_object()) {
    const auto mentions = extraction.find("mentions");
    if (mentions != extraction.end() && mentions->is_array()) {
      for (nlohmann::json& mention : *mentions) {
        const auto text = mention.find("text");
        if (text == mention.end() || !text->is_string()) continue;
        const auto span = mention_span(mention);
        if (span && quotes(raw, *span, text->get_ref<const std::string&>())) mention.erase(text);
      }
    }
  }
  std::string out(EXTRACTION_MAGIC);
  put_msgpack(out, extraction);
  return out;
}

nlohmann::json decode_stored_extraction(std::string_view data, std::string_view raw) {
  if (data.substr(0, EXTRACTION_MAGIC.size()) != EXTRACTION_MAGIC)
    return read_stored_json(data, "article extraction", [](nlohmann::json j) { return j; });
  data.remove_prefix(EXTRACTION_MAGIC.size());
  nlohmann::json extraction;
  try {
    extraction = rename_keys(nlohmann::json::from_msgpack(data), long_key);
  } catch (const nlohmann::json::exception& e) {
    throw_malformed_stored("article extraction", e);
  }
  if (!extraction.is_object() || !extraction.contains("mentions")) return extraction;
  for (nlohmann::json& mention : extraction["mentions"]) {
    if (!mention.is_object() || mention.contains("text")) continue;
    const auto span = mention_span(mention);
    if (!span) throw Error(ErrorKind::CORRUPT_INDEX, "stored mention lacks its text and span");
    mention["text"] = quoted(raw, *span);
  }
  return extraction;
}

std::string stored_claim_article(std::string_view data) {
  if (data.substr(0, CLAIM_MAGIC_V2.size()) != CLAIM_MAGIC_V2) return {};
  codec::ByteReader reader(data.substr(CLAIM_MAGIC_V2.size()), "claim data");
  return std::string(reader.blob());
}

StoredClaim decode_stored_claim(std::string_view data, const ClaimContext& context) {
  try {
    if (data.substr(0, CLAIM_MAGIC_V2.size()) != CLAIM_MAGIC_V2)
      return decode_claim_with_origin(data);
    codec::ByteReader reader(data.substr(CLAIM_MAGIC_V2.size()), "claim data");
    if (reader.blob() != context.origin.doc_id) {
      throw Error(ErrorKind::CORRUPT_INDEX,
                  "stored claim data is not of article " + context.origin.doc_id);
    }
    const std::uint64_t left_out = reader.varint();
    StoredClaim out;
    try {
      const nlohmann::json stored =
          rename_keys(nlohmann::json::from_msgpack(reader.bytes(reader.left())), long_key);
      out.claim = stored.at("claim").get<Claim>();
      out.index = stored.value("claim_index", std::size_t{0});
    } catch (const nlohmann::json::exception& e) {
      throw_malformed_stored("claim data", e);
    }
    Claim& claim = out.claim;
    if (left_out & QUOTED_SENTENCE) claim.sentence = quoted(context.raw, claim.sentence_raw);
    if (left_out & QUOTED_SUBJECT) {
      if (!claim.subject_raw) throw Error(ErrorKind::CORRUPT_INDEX, "stored claim lacks a span");
      claim.subject_text = quoted(context.raw, *claim.subject_raw);
    }
    if (left_out & QUOTED_METRIC) {
      if (!claim.metric_raw) throw Error(ErrorKind::CORRUPT_INDEX, "stored claim lacks a span");
      claim.metric_text = quoted(context.raw, *claim.metric_raw);
    }
    if (left_out & QUOTED_PERIOD) {
      if (!claim.period) throw Error(ErrorKind::CORRUPT_INDEX, "stored claim lacks a period");
      claim.period->text = quoted(context.raw, claim.period->raw);
    }
    if (left_out & QUOTED_ATTRIBUTION) {
      if (!claim.attribution)
        throw Error(ErrorKind::CORRUPT_INDEX, "stored claim lacks an attribution");
      claim.attribution->name = quoted(context.raw, claim.attribution->raw);
    }
    out.origin = context.origin;
    return out;
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::CORRUPT_INDEX) throw;
    throw_malformed_stored("claim data", e);  // an unknown enumerator name
  }
}

StoredClaim decode_stored_claim(std::string_view data) {
  if (data.substr(0, CLAIM_MAGIC_V2.size()) == CLAIM_MAGIC_V2) {
    throw Error(ErrorKind::CORRUPT_INDEX, "stored claim data needs its article to be read");
  }
  return decode_stored_claim(data, ClaimContext{});
}

StoredClaim StoredClaimReader::read(std::string_view data) {
  const std::string doc_id = stored_claim_article(data);
  if (doc_id.empty()) return decode_stored_claim(data);
  return decode_stored_claim(data, context(doc_id));
}

const ClaimContext& StoredClaimReader::context(const std::string& doc_id) {
  auto known = contexts_.find(doc_id);
  if (known != contexts_.end()) return known->second;
  std::string id_term(schema::PREFIX_DOC_ID);
  for (const char c : doc_id)
    id_term += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const Xapian::PostingIterator article = database_.postlist_begin(id_term);
  if (article == database_.postlist_end(id_term)) {
    throw Error(ErrorKind::CORRUPT_INDEX, "a stored claim's article " + doc_id + " is missing");
  }
  StoredDocumentHead head =
      decode_stored_document_head(database_.get_document(*article).get_data());
  ClaimContext context;
  context.origin = read_stored_json(head.metadata_json, "article metadata", read_stored_origin);
  if (context.origin.doc_id != doc_id) {
    throw Error(ErrorKind::CORRUPT_INDEX, "article " + doc_id + " is stored as another");
  }
  context.raw = std::move(head.raw);
  return contexts_.emplace(doc_id, std::move(context)).first->second;
}

void throw_malformed_stored(std::string_view what, const std::exception& cause) {
  throw Error(ErrorKind::CORRUPT_INDEX,
              "stored " + std::string(what) + " is malformed: " + cause.what());
}

}  // namespace suyuan
