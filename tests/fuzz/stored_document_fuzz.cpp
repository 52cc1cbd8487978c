/// @file stored_document_fuzz.cpp
/// @brief Fuzzes the stored-document codec: decoding arbitrary bytes either succeeds and
/// re-encodes to data that decodes the same (the normalized text may be spelled with other
/// copies and literals), or fails with Error(CORRUPT_INDEX) — never a crash, an unbounded
/// allocation or another exception. The offset map decoder is held to the same.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "fuzz_support.h"
#include "suyuan/core/error.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/normalize/offset_map.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using suyuan::fuzz::require;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const suyuan::StoredDocumentData decoded = suyuan::decode_stored_document(bytes);
    const std::string encoded = suyuan::encode_stored_document(decoded);
    const suyuan::StoredDocumentData again = suyuan::decode_stored_document(encoded);
    require(again.metadata_json == decoded.metadata_json && again.raw == decoded.raw &&
                again.normalized == decoded.normalized && again.offsets == decoded.offsets &&
                again.sentences == decoded.sentences &&
                again.extraction_json == decoded.extraction_json,
            "decode, encode, decode gives the same data");
    require(suyuan::encode_stored_document(again) == encoded, "encoding is deterministic");
    const suyuan::OffsetMap map = suyuan::OffsetMap::deserialize(decoded.offsets);
    require(map.serialize() == decoded.offsets || map.piece_count() <= decoded.offsets.size(),
            "offset map decodes to at most its pieces");
  } catch (const suyuan::Error& e) {
    require(e.kind() == suyuan::ErrorKind::CORRUPT_INDEX, "only Error(CORRUPT_INDEX)");
  }
  // The offset map alone, from the raw input read as integers.
  std::vector<std::uint32_t> words(size / 4);
  if (!words.empty()) std::memcpy(words.data(), data, words.size() * 4);
  try {
    const suyuan::OffsetMap map = suyuan::OffsetMap::deserialize(words);
    for (std::uint32_t i = 0; i <= map.normalized_size() && i < 4096; ++i) {
      (void)map.raw_position(i);
    }
  } catch (const suyuan::Error& e) {
    require(e.kind() == suyuan::ErrorKind::CORRUPT_INDEX, "offset map: only Error(CORRUPT_INDEX)");
  }
  return 0;
}
