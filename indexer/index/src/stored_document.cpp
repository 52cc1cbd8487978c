/// @file stored_document.cpp
/// @brief Length-prefixed encoding of an article's stored data.
#include "suyuan/index/stored_document.h"

#include <cstring>

#include "suyuan/core/error.h"

namespace suyuan {
namespace {

constexpr std::string_view MAGIC = "SYD1";

void put_blob(std::string& out, std::string_view blob) {
  const auto size = static_cast<std::uint32_t>(blob.size());
  for (int shift = 0; shift < 32; shift += 8)
    out.push_back(static_cast<char>((size >> shift) & 0xFF));
  out.append(blob);
}

std::string_view as_bytes(const std::vector<std::uint32_t>& values) {
  return {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(std::uint32_t)};
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  std::string_view blob() {
    if (bytes_.size() < 4) fail();
    std::uint32_t size = 0;
    for (int i = 0; i < 4; ++i)
      size |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[i])) << (8 * i);
    bytes_.remove_prefix(4);
    if (bytes_.size() < size) fail();
    std::string_view out = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return out;
  }
  std::vector<std::uint32_t> words() {
    std::string_view b = blob();
    if (b.size() % sizeof(std::uint32_t) != 0) fail();
    std::vector<std::uint32_t> out(b.size() / sizeof(std::uint32_t));
    if (!b.empty()) std::memcpy(out.data(), b.data(), b.size());  // memcpy(nullptr, …, 0) is UB
    return out;
  }
  bool at_end() const { return bytes_.empty(); }
  [[noreturn]] static void fail() {
    throw Error(ErrorKind::CORRUPT_INDEX, "stored document data is truncated or not suyuan's");
  }

 private:
  std::string_view bytes_;
};

}  // namespace

// The u32 arrays are stored in host order: the index is a local cache rebuilt from the corpus,
// and the schema version guards format changes.
std::string encode_stored_document(const StoredDocumentData& data) {
  std::string out(MAGIC);
  out.reserve(64 + data.metadata_json.size() + data.raw.size() + data.normalized.size() +
              4 * (data.offsets.size() + data.sentences.size()) + data.extraction_json.size());
  put_blob(out, data.metadata_json);
  put_blob(out, data.raw);
  put_blob(out, data.normalized);
  put_blob(out, as_bytes(data.offsets));
  put_blob(out, as_bytes(data.sentences));
  put_blob(out, data.extraction_json);
  return out;
}

StoredDocumentData decode_stored_document(std::string_view bytes) {
  if (bytes.substr(0, MAGIC.size()) != MAGIC) Reader::fail();
  Reader reader(bytes.substr(MAGIC.size()));
  StoredDocumentData data;
  data.metadata_json = reader.blob();
  data.raw = reader.blob();
  data.normalized = reader.blob();
  data.offsets = reader.words();
  data.sentences = reader.words();
  data.extraction_json = reader.blob();
  // Bytes after the last field mean the data is not what this version wrote.
  if (!reader.at_end()) Reader::fail();
  return data;
}

}  // namespace suyuan
