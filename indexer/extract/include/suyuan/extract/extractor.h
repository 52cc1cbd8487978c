/// @file extractor.h
/// @brief Stage 2: normalized article → mentions (numbers, dates, chips, orgs, people,
/// attributions) and claims, every one cited by raw byte offsets.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "suyuan/extract/claim.h"
#include "suyuan/normalize/normalizer.h"

namespace suyuan {

/// Options for one extraction run.
struct ExtractOptions {
  /// Reference date for relative dates ("今年", "8日"), "YYYY-MM-DD". Empty: the article's
  /// published date; if that is absent too, relative dates are left unresolved.
  std::string reference_date;
};

/// Where the extractor's data files live (data/extract/ in the source tree).
struct ExtractorConfig {
  std::filesystem::path data_dir;
};

/// Recognises mentions and assembles claims. Thread-safe after construction.
/// Throws Error(NOT_FOUND/CORRUPT_INDEX) for missing or malformed data files.
class Extractor {
 public:
  /// `normalizer` is the one that normalizes the documents: the data files' aliases and
  /// vocabulary are folded with it so that they match normalized text. It must outlive the
  /// extractor.
  Extractor(const ExtractorConfig& config, const Normalizer& normalizer);
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

}  // namespace suyuan
