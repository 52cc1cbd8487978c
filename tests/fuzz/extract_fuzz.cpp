/// @file extract_fuzz.cpp
/// @brief Fuzzes normalize + extract: every mention's and claim's raw bytes equal its quoted
/// text, spans lie inside the article on code point boundaries, and every number in the
/// extraction's JSON is finite. Bad bytes may only be rejected by the normalizer.
#include <cmath>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "suyuan/core/error.h"
#include "suyuan/extract/extractor.h"
#include "suyuan/normalize/normalizer.h"

namespace {

struct Pipeline {
  suyuan::Normalizer normalizer{{suyuan::fuzz::data_dir() / "normalize"}};
  suyuan::Extractor extractor{{suyuan::fuzz::data_dir() / "extract"}, normalizer};
};

const Pipeline& pipeline() {
  static const Pipeline instance;
  return instance;
}

void require_quotes(std::string_view raw, suyuan::ByteRange span, std::string_view text,
                    const char* what) {
  using suyuan::fuzz::require;
  require(span.begin <= span.end && span.end <= raw.size(), what);
  require(suyuan::fuzz::on_boundary(raw, span.begin) && suyuan::fuzz::on_boundary(raw, span.end),
          what);
  require(raw.substr(span.begin, span.end - span.begin) == text, what);
}

void require_finite(const nlohmann::json& j) {
  if (j.is_number_float()) {
    suyuan::fuzz::require(std::isfinite(j.get<double>()), "extracted values are finite");
  } else if (j.is_structured()) {
    for (const auto& element : j) require_finite(element);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const Pipeline& p = pipeline();
  suyuan::NormalizedDocument document;
  try {
    document = p.normalizer.normalize(raw, suyuan::SourceFormat::TEXT);
  } catch (const suyuan::Error& e) {
    suyuan::fuzz::require(e.kind() == suyuan::ErrorKind::INVALID_INPUT, "only bad input");
    return 0;
  }
  suyuan::ExtractOptions options;
  options.reference_date = "2025-08-01";
  const suyuan::ExtractionResult result = p.extractor.extract(document, raw, options);
  for (const auto& mention : result.mentions) {
    require_quotes(raw, mention.raw, mention.text, "a mention's raw bytes are its text");
  }
  for (const auto& claim : result.claims) {
    require_quotes(raw, claim.sentence_raw, claim.sentence, "a claim's raw bytes are its sentence");
    suyuan::fuzz::require(claim.value_raw.begin >= claim.sentence_raw.begin &&
                              claim.value_raw.end <= claim.sentence_raw.end,
                          "a claim's value lies inside its sentence");
  }
  for (const auto& citation : result.citations) {
    require_quotes(raw, citation.raw, citation.text, "a citation's raw bytes are its text");
  }
  require_finite(suyuan::to_json(result));
  return 0;
}
