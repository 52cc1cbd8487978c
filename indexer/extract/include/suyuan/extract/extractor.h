/// @file extractor.h
/// @brief Stage 2: normalized article → mentions (numbers, dates, chips, orgs, people,
/// attributions) and claims, every one cited by raw byte offsets.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "suyuan/core/byte_range.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan {

/// One recognised expression. `raw` are byte offsets into the raw file, end exclusive, and
/// `text` is exactly raw[raw.begin, raw.end) — the property tests hold every stage to that.
struct Mention {
  std::string kind;      ///< "number", "percent", "money", "quantity", "ratio", "date", "chip",
                         ///< "org", "person", "attribution"
  std::string text;      ///< the raw substring (original script)
  ByteRange raw;         ///< raw byte offsets
  ByteRange normalized;  ///< normalized byte offsets
  nlohmann::json attributes = nlohmann::json::object();  ///< kind-specific resolved fields
};

/// Who a statement is credited to.
struct Attribution {
  std::string source;  ///< canonical entity id ("reuters", "anonymous") or the surface name
  std::string name;    ///< surface form as written (raw script)
  std::string cue;     ///< the cue word ("据", "表示", "援引", ...)
  std::string via;  ///< the source relaying it (路透社援引知情人士: "reuters"), or empty
  ByteRange raw;    ///< raw span of the attribution phrase
};

/// A structured statement: subject + metric + value or date, cited to a sentence.
struct Claim {
  std::string subject;  ///< canonical chip/org id ("nvidia-h20", "nvidia")
  std::string metric;   ///< "compute", "compute_relative_to:nvidia-h100", "price", ...
  nlohmann::json value = nlohmann::json::object();  ///< resolved value: value|min/max, unit,
                                                    ///< currency, approx, date, date_end
  std::optional<Attribution> attribution;           ///< absent: the publisher is the source
  ByteRange sentence_raw;                           ///< raw span of the sentence
  std::string sentence;                             ///< raw text of the sentence
  ByteRange value_raw;                              ///< raw span of the figure/date mention
};

/// A source article the text itself cites ("原文登载于澎湃新闻2025年07月15日关于…的报道"):
/// a provenance link, not a claim.
struct Citation {
  std::string source;  ///< canonical media id or the name as written
  std::string name;    ///< raw text of the source name
  std::string date;    ///< the cited article's date, when given
  ByteRange raw;       ///< raw span of the whole citing sentence
  std::string text;    ///< raw text of that sentence
};

/// Everything extracted from one article.
struct ExtractionResult {
  std::vector<Mention> mentions;    ///< sorted by raw.begin
  std::vector<Claim> claims;        ///< sorted by sentence, then value position
  std::vector<Citation> citations;  ///< in text order
};

/// Options for one extraction run.
struct ExtractOptions {
  /// Reference date for relative dates ("今年", "8日"), "YYYY-MM-DD". Empty: the article's
  /// published date; if that is absent too, relative dates are left unresolved.
  std::string reference_date;
};

/// Where the extractor's data files live (data/extract/ in the source tree). The aliases in
/// them are folded like documents, with the normalizer data of the `normalize` folder beside
/// `data_dir` (the layout of data/).
struct ExtractorConfig {
  std::filesystem::path data_dir;
};

/// Recognises mentions and assembles claims. Thread-safe after construction.
/// Throws Error(NOT_FOUND/CORRUPT_INDEX) for missing or malformed data files.
class Extractor {
 public:
  explicit Extractor(const ExtractorConfig& config);
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  /// `raw` is the exact raw text the document was normalized from.
  ExtractionResult extract(const NormalizedDocument& document, std::string_view raw,
                           const ExtractOptions& options = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Canonical JSON forms, shared by the CLI, the web API, the index and the golden tests.
nlohmann::json to_json(const Mention& mention);
nlohmann::json to_json(const Attribution& attribution);
nlohmann::json to_json(const Claim& claim);
nlohmann::json to_json(const Citation& citation);
nlohmann::json to_json(const ExtractionResult& result);

}  // namespace suyuan
