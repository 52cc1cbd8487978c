/// @file stored_document.cpp
/// @brief Compact encoding of an article's stored data: varints, and the normalized text as
/// the edits that make it from the raw text.
#include "suyuan/index/stored_document.h"

#include "byte_codec.h"
#include "suyuan/core/error.h"

namespace suyuan {
namespace {

constexpr std::string_view MAGIC = "SYD2";
constexpr std::string_view WHAT = "document data";

// Offset map pieces (OffsetMap::serialize: normalized begin, raw begin, normalized length, raw
// length), each as: the raw begin's distance from where the previous piece ended, then
// `normalized length << 1 | linear`, then the raw length unless linear (equal lengths). The
// normalized begin is the sum of the lengths before.
void put_offsets(std::string& out, const std::vector<std::uint32_t>& words) {
  codec::put_varint(out, words.size() / 4);
  std::int64_t raw_end = 0;
  for (std::size_t i = 0; i + 3 < words.size(); i += 4) {
    const bool linear = words[i + 2] == words[i + 3];
    codec::put_signed(out, static_cast<std::int64_t>(words[i + 1]) - raw_end);
    codec::put_varint(out, std::uint64_t{words[i + 2]} << 1 | (linear ? 1 : 0));
    if (!linear) codec::put_varint(out, words[i + 3]);
    raw_end = static_cast<std::int64_t>(words[i + 1]) + words[i + 3];
  }
}

std::vector<std::uint32_t> read_offsets(codec::ByteReader& in) {
  const std::uint64_t pieces = in.varint();
  if (pieces > in.left() / 2) in.fail();  // two bytes at least a piece
  std::vector<std::uint32_t> words;
  words.reserve(pieces * 4);
  std::int64_t raw_end = 0;
  std::uint64_t normalized_begin = 0;
  for (std::uint64_t p = 0; p < pieces; ++p) {
    const std::int64_t raw_begin = raw_end + in.signed_varint();
    const std::uint64_t length = in.varint(std::uint64_t{UINT32_MAX} << 1 | 1);
    const std::uint64_t normalized_length = length >> 1;
    const std::uint64_t raw_length = (length & 1) ? normalized_length : in.varint();
    if ((length & 1) == 0 && raw_length == normalized_length) in.fail();  // linear, spelt long
    if (raw_begin < 0 || raw_begin > UINT32_MAX || normalized_begin > UINT32_MAX) in.fail();
    words.insert(
        words.end(),
        {static_cast<std::uint32_t>(normalized_begin), static_cast<std::uint32_t>(raw_begin),
         static_cast<std::uint32_t>(normalized_length), static_cast<std::uint32_t>(raw_length)});
    normalized_begin += normalized_length;
    raw_end = raw_begin + static_cast<std::int64_t>(raw_length);
  }
  return words;
}

/// Whether the offset map describes `normalized` piece by piece over `raw`, so that the text can
/// be stored as edits of its pieces.
bool pieces_fit(const std::vector<std::uint32_t>& offsets, std::string_view normalized,
                std::string_view raw) {
  std::uint64_t covered = 0;
  for (std::size_t i = 0; i + 3 < offsets.size(); i += 4) {
    if (offsets[i] != covered) return false;
    if (offsets[i + 2] == offsets[i + 3] &&
        std::uint64_t{offsets[i + 1]} + offsets[i + 3] > raw.size())
      return false;
    covered += offsets[i + 2];
  }
  return covered <= normalized.size();
}

// The normalized text, mostly its raw text: a mode byte, then in mode PIECES each piece of the
// offset map in turn — a linear piece as the number of runs of bytes that differ from its raw
// bytes (a same-length replacement, 國→国: usually none), and for each run the equal bytes
// before it, its length and its bytes; any other piece as its normalized bytes — and last the
// text after the pieces (varint length + bytes). Mode LITERAL (an offset map that does not
// describe the text) is the text as varint length + bytes.
constexpr char MODE_PIECES = 'P', MODE_LITERAL = 'L';

void put_normalized(std::string& out, std::string_view normalized, std::string_view raw,
                    const std::vector<std::uint32_t>& offsets) {
  if (!pieces_fit(offsets, normalized, raw)) {
    out.push_back(MODE_LITERAL);
    codec::put_blob(out, normalized);
    return;
  }
  out.push_back(MODE_PIECES);
  std::size_t covered = 0;
  std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end) within the piece
  for (std::size_t i = 0; i + 3 < offsets.size(); i += 4) {
    const std::size_t begin = offsets[i], raw_begin = offsets[i + 1], length = offsets[i + 2];
    covered = begin + length;
    if (length != offsets[i + 3]) {
      out.append(normalized.substr(begin, length));
      continue;
    }
    runs.clear();
    for (std::size_t k = 0; k < length;) {
      if (normalized[begin + k] == raw[raw_begin + k]) {
        ++k;
        continue;
      }
      const std::size_t run_begin = k;
      while (k < length && normalized[begin + k] != raw[raw_begin + k]) ++k;
      runs.emplace_back(run_begin, k);
    }
    codec::put_varint(out, runs.size());
    std::size_t at = 0;
    for (const auto& [run_begin, run_end] : runs) {
      codec::put_varint(out, run_begin - at);
      codec::put_blob(out, normalized.substr(begin + run_begin, run_end - run_begin));
      at = run_end;
    }
  }
  codec::put_blob(out, normalized.substr(covered));
}

std::string read_normalized(codec::ByteReader& in, std::string_view raw,
                            const std::vector<std::uint32_t>& offsets) {
  const std::string_view mode = in.bytes(1);
  if (mode[0] == MODE_LITERAL) return std::string(in.blob());
  if (mode[0] != MODE_PIECES) in.fail();
  std::string out;
  for (std::size_t i = 0; i + 3 < offsets.size(); i += 4) {
    const std::size_t raw_begin = offsets[i + 1], length = offsets[i + 2];
    if (length != offsets[i + 3]) {
      out.append(in.bytes(length));
      continue;
    }
    if (raw_begin + length > raw.size()) in.fail();
    const std::uint64_t runs = in.varint();
    std::size_t at = 0;
    for (std::uint64_t r = 0; r < runs; ++r) {
      const std::uint64_t equal = in.varint();
      const std::string_view changed = in.blob();
      if (changed.empty() || equal > length - at || changed.size() > length - at - equal) in.fail();
      out.append(raw.substr(raw_begin + at, equal));
      out.append(changed);
      at += equal + changed.size();
    }
    out.append(raw.substr(raw_begin + at, length - at));
  }
  out.append(in.blob());
  return out;
}

// Sentences: [begin, end) pairs in order, as the gap from the previous end and the length.
void put_sentences(std::string& out, const std::vector<std::uint32_t>& words) {
  codec::put_varint(out, words.size());
  std::int64_t end = 0;
  for (std::size_t i = 0; i + 1 < words.size(); i += 2) {
    codec::put_signed(out, static_cast<std::int64_t>(words[i]) - end);
    codec::put_signed(out, static_cast<std::int64_t>(words[i + 1]) - words[i]);
    end = words[i + 1];
  }
  if (words.size() % 2 != 0) codec::put_varint(out, words.back());
}

std::vector<std::uint32_t> read_sentences(codec::ByteReader& in) {
  const std::uint64_t count = in.varint();
  if (count > in.left()) in.fail();  // a byte at least a number
  std::vector<std::uint32_t> words;
  words.reserve(count);
  std::int64_t end = 0;
  auto word = [&](std::int64_t v) {
    if (v < 0 || v > UINT32_MAX) in.fail();
    words.push_back(static_cast<std::uint32_t>(v));
  };
  for (std::uint64_t i = 0; i + 1 < count; i += 2) {
    const std::int64_t begin = end + in.signed_varint();
    word(begin);
    end = begin + in.signed_varint();
    word(end);
  }
  if (count % 2 != 0) word(static_cast<std::int64_t>(in.varint()));
  return words;
}

}  // namespace

std::string encode_stored_document(const StoredDocumentData& data) {
  std::string out(MAGIC);
  out.reserve(64 + data.metadata_json.size() + data.raw.size() + data.normalized.size() / 16 +
              data.offsets.size() + data.sentences.size() + data.extraction_json.size());
  codec::put_blob(out, data.metadata_json);
  codec::put_blob(out, data.raw);
  put_offsets(out, data.offsets);
  put_normalized(out, data.normalized, data.raw, data.offsets);
  put_sentences(out, data.sentences);
  codec::put_blob(out, data.extraction_json);
  return out;
}

namespace {

/// A reader past the magic that opens every stored document; fails on any other bytes.
codec::ByteReader reader_after_magic(std::string_view bytes) {
  codec::ByteReader reader(bytes, WHAT);
  if (bytes.substr(0, MAGIC.size()) != MAGIC) reader.fail();
  reader.bytes(MAGIC.size());
  return reader;
}

}  // namespace

StoredDocumentData decode_stored_document(std::string_view bytes) {
  codec::ByteReader reader = reader_after_magic(bytes);
  StoredDocumentData data;
  data.metadata_json = reader.blob();
  data.raw = reader.blob();
  data.offsets = read_offsets(reader);
  data.normalized = read_normalized(reader, data.raw, data.offsets);
  data.sentences = read_sentences(reader);
  data.extraction_json = reader.blob();
  // Bytes after the last field mean the data is not what this version wrote.
  if (!reader.at_end()) reader.fail();
  return data;
}

StoredDocumentHead decode_stored_document_head(std::string_view bytes) {
  codec::ByteReader reader = reader_after_magic(bytes);
  StoredDocumentHead head;
  head.metadata_json = reader.blob();
  head.raw = reader.blob();
  return head;
}

}  // namespace suyuan
