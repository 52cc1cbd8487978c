/// @file normalizer.h
/// @brief Stage 1: raw article bytes → normalized (simplified, width-folded, de-junked) text
/// with an offset map back to the raw bytes, paragraphs, sentences and publication metadata.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"
#include "suyuan/normalize/offset_map.h"

namespace suyuan {

/// How the raw bytes are to be read.
enum class SourceFormat { TEXT, HTML };

/// Publication facts read from the article text itself (empty when absent).
struct ArticleMetadata {
  std::string title;      ///< normalized (simplified) headline
  std::string publisher;  ///< site or column, normalized (e.g. "A5专栏", "世界论坛网")
  std::string published;  ///< ISO 8601 local time as written: "2025-09-26T16:51" or "2025-12-14"
  std::string author;     ///< normalized byline ("道哥")
  std::string url;        ///< only from a sidecar or the page itself
};

/// A stretch of raw bytes left out of the normalized text, and why.
struct RemovedSpan {
  ByteRange raw;       ///< raw byte range that was dropped
  std::string reason;  ///< human-readable reason ("inline pinyin annotation", "navigation")
  std::string rule;    ///< id of the rule in data/normalize/ that fired, or a built-in id
};

/// Output of the line-by-line folding mode: text plus offsets, no structure.
struct FoldedText {
  std::string text;  ///< normalized UTF-8
  OffsetMap offsets;
};

/// How much of a raw text is written in traditional script: of its first Han characters (up to
/// LIMIT), how many script folding changes (Normalizer::sample_script). Later stages read where
/// a text comes from with it (a bare 元 of a Taiwan paper is the new Taiwan dollar); a
/// machine-converted re-post counts as traditional too, which is why it is never the only
/// evidence.
struct ScriptSample {
  /// Enough to tell the scripts apart: a third of traditional text folds, next to none of
  /// simplified.
  static constexpr std::uint32_t LIMIT = 512;
  std::uint32_t han = 0;          ///< Han characters sampled
  std::uint32_t traditional = 0;  ///< of them, those that folding changes

  /// Whether at least `share` of at least 20 sampled Han characters are traditional.
  bool mostly_traditional(double share) const {
    return han >= 20 && static_cast<double>(traditional) >= share * han;
  }
};

/// A whole normalized article.
struct NormalizedDocument {
  std::string text;                   ///< normalized UTF-8; paragraphs separated by '\n'
  OffsetMap offsets;                  ///< normalized byte → raw byte
  std::vector<ByteRange> paragraphs;  ///< normalized ranges, in order, without the '\n'
  std::vector<ByteRange> sentences;   ///< normalized ranges, in order, within paragraphs
  std::vector<RemovedSpan> removed;   ///< boilerplate and annotations, in raw order
  ArticleMetadata metadata;

  /// Raw byte range of a normalized range (see OffsetMap::to_raw).
  ByteRange raw_range(ByteRange normalized) const { return offsets.to_raw(normalized); }
};

/// What a streamed piece carries: everything, or only the text (offsets, paragraphs,
/// sentences and removed spans left empty and never computed: plain output prints the text).
enum class StreamContent { FULL, TEXT };

/// Where the normalizer's data files live (data/normalize/ in the source tree).
struct NormalizerConfig {
  std::filesystem::path data_dir;
};

/**
 * Folds script (traditional → simplified), width (full-width ASCII, ideographic space, NBSP),
 * removes inline pinyin/zhuyin annotations, drops page boilerplate and splits sentences.
 *
 * Documents and queries must go through the same instance settings (fold_query), so that
 * the index and the query parser agree on terms. Thread-safe after construction: all methods
 * are const.
 *
 * Throws Error(INVALID_INPUT) for invalid UTF-8 (message names the byte offset) or binary
 * input (NUL bytes), Error(NOT_FOUND/CORRUPT_INDEX) when data files are missing or malformed.
 */
class Normalizer {
 public:
  explicit Normalizer(const NormalizerConfig& config);
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  /// Line mode: script/width folding and annotation removal only; keeps every '\n', so the
  /// output has exactly one line per input line.
  FoldedText fold(std::string_view raw) const;

  /// Full document normalization. `format` decides whether markup is parsed.
  NormalizedDocument normalize(std::string_view raw, SourceFormat format) const;

  /// Receives one piece of a streamed input; the piece's offsets are relative to `raw_base`,
  /// the offset of its first raw byte in the whole input.
  using FoldSink = std::function<void(const FoldedText& piece, std::uint64_t raw_base)>;
  using DocumentSink = std::function<void(const NormalizedDocument& piece, std::uint64_t raw_base)>;

  /// Pieces of about this many raw bytes keep memory bounded (a few times this) whatever the
  /// size of the input.
  static constexpr std::size_t DEFAULT_CHUNK_BYTES = std::size_t{1} << 20;

  /// fold() of an input of any size, read in pieces cut after a line break (a line longer than
  /// `chunk_bytes` after a space or 。！？；，, else on a code point boundary). The texts of the
  /// pieces concatenate to fold() of the whole input whenever no line is longer than
  /// `chunk_bytes`. Errors name absolute byte offsets.
  void fold_stream(std::istream& in, const FoldSink& sink,
                   std::size_t chunk_bytes = DEFAULT_CHUNK_BYTES,
                   StreamContent content = StreamContent::FULL) const;

  /// normalize() of a plain-text input of any size, in pieces cut like fold_stream's. The
  /// first piece carries the metadata; later pieces still drop repeats of the first piece's
  /// headline, and a `drop_to_end` rule drops every later piece. Each piece's text is whole
  /// paragraphs: joined with '\n' they give normalize()'s text, except where a rule needs the
  /// line after a cut (`next`, blocks) or a line is longer than `chunk_bytes`.
  void normalize_stream(std::istream& in, const DocumentSink& sink,
                        std::size_t chunk_bytes = DEFAULT_CHUNK_BYTES,
                        StreamContent content = StreamContent::FULL) const;

  /// Query-side folding: the same character folding as documents, no removal of anything.
  std::string fold_query(std::string_view query) const;

  /// The script of `raw` (UTF-8; an invalid byte ends the sample): asked for only where it
  /// matters, as a pass over every article would cost normalization a tenth of its speed.
  ScriptSample sample_script(std::string_view raw) const;

 private:
  struct Impl;
  struct StreamState;
  NormalizedDocument normalize_piece(std::string_view raw, SourceFormat format, StreamState* state,
                                     StreamContent content = StreamContent::FULL) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace suyuan
