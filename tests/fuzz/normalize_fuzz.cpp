/// @file normalize_fuzz.cpp
/// @brief Fuzzes the normalizer and its offset map: no crash, only Error(INVALID_INPUT) for bad
/// bytes, and every normalized range (sentence, paragraph) and removed span maps back onto raw
/// bytes that start and end on code point boundaries, in order and in range.
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "suyuan/core/error.h"
#include "suyuan/normalize/normalizer.h"

namespace {

const suyuan::Normalizer& normalizer() {
  static const suyuan::Normalizer instance({suyuan::fuzz::data_dir() / "normalize"});
  return instance;
}

void check_folded(std::string_view raw) {
  using suyuan::fuzz::require;
  const suyuan::FoldedText folded = normalizer().fold(raw);
  require(folded.offsets.normalized_size() == folded.text.size(), "fold: map covers the text");
  std::uint32_t previous = 0;
  for (std::uint32_t i = 0; i <= folded.text.size(); ++i) {
    const std::uint32_t at = folded.offsets.raw_position(i);
    require(at >= previous && at <= raw.size(), "fold: raw positions monotonic and in range");
    previous = at;
  }
}

void check_document(std::string_view raw, suyuan::SourceFormat format) {
  using suyuan::fuzz::on_boundary;
  using suyuan::fuzz::require;
  const suyuan::NormalizedDocument doc = normalizer().normalize(raw, format);
  require(suyuan::utf8::find_invalid(doc.text) == std::nullopt, "normalized text is UTF-8");
  require(doc.offsets.normalized_size() == doc.text.size(), "map covers the normalized text");
  const auto check_ranges = [&](const std::vector<suyuan::ByteRange>& ranges, const char* what) {
    std::uint32_t previous_end = 0;
    for (const suyuan::ByteRange& range : ranges) {
      require(range.begin <= range.end && range.end <= doc.text.size(), what);
      require(range.begin >= previous_end, what);
      require(on_boundary(doc.text, range.begin) && on_boundary(doc.text, range.end), what);
      previous_end = range.end;
      const suyuan::ByteRange back = doc.raw_range(range);
      require(back.begin <= back.end && back.end <= raw.size(), what);
      require(on_boundary(raw, back.begin) && on_boundary(raw, back.end), what);
    }
  };
  check_ranges(doc.paragraphs, "paragraphs in order, on boundaries, mapping onto raw bytes");
  check_ranges(doc.sentences, "sentences in order, on boundaries, mapping onto raw bytes");
  for (const suyuan::RemovedSpan& removed : doc.removed) {
    require(removed.raw.begin <= removed.raw.end && removed.raw.end <= raw.size(),
            "removed span in range");
    require(on_boundary(raw, removed.raw.begin) && on_boundary(raw, removed.raw.end),
            "removed span on code point boundaries");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  try {
    check_folded(raw);
  } catch (const suyuan::Error& e) {
    suyuan::fuzz::require(e.kind() == suyuan::ErrorKind::INVALID_INPUT, "fold: only bad input");
    return 0;  // invalid UTF-8 or binary: normalize() must reject it the same way
  }
  for (const auto format : {suyuan::SourceFormat::TEXT, suyuan::SourceFormat::HTML}) {
    try {
      check_document(raw, format);
    } catch (const suyuan::Error& e) {
      suyuan::fuzz::require(e.kind() == suyuan::ErrorKind::INVALID_INPUT,
                            "normalize: only Error(INVALID_INPUT) for any bytes");
    }
  }
  return 0;
}
