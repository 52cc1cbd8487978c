/// @file text_diff.h
/// @brief What one text changed against another (a re-post against its origin): the same,
/// dropped, added and changed passages, on whole characters and whole Latin/digit words.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"

namespace suyuan {

/// Size bounds of a comparison: time and memory stay bounded whatever the texts.
struct DiffLimits {
  std::size_t max_bytes = 1 << 20;  ///< per text; longer texts are refused
  /// Paragraphs are aligned first (Myers); more paragraph edits than this: one coarse change.
  std::size_t max_line_edits = 4000;
  /// A changed run of paragraphs is then aligned token by token (a Han character, a run of
  /// Latin letters or digits, any other character) when each side has at most this many
  /// tokens and they differ in at most `max_token_edits`; otherwise it stays one coarse change.
  std::size_t max_hunk_tokens = 20000;
  std::size_t max_token_edits = 1500;
  /// When a changed run is too large for that but has as many paragraphs on both sides, they
  /// are aligned paragraph by paragraph (every paragraph edited a little is still shown word by
  /// word). All token alignments together take at most this many steps (tokens × edits); the
  /// rest stays coarse.
  std::size_t max_work = 30'000'000;
  /// A stretch shared between two changes is folded into them when it is at most this many
  /// characters and no longer than the changes around it (a lone 的 or ， that happens to
  /// match inside a rewritten sentence says nothing).
  std::size_t max_folded_chars = 3;
};

/// One passage of the comparison, with its bytes in each text (the empty range on the side
/// where it does not exist, at the position where it would stand).
struct DiffSegment {
  enum class Kind { SAME, CHANGED, DROPPED, ADDED };
  Kind kind = Kind::SAME;
  ByteRange a;  ///< bytes of the first text
  ByteRange b;  ///< bytes of the second text
};

/// "same", "changed", "dropped" (only in the first text), "added" (only in the second).
std::string_view diff_kind_name(DiffSegment::Kind kind);

struct TextDiff {
  std::vector<DiffSegment> segments;  ///< in text order; together they cover both texts
  /// A part was too large to align token by token and is reported as one change.
  bool coarse = false;
  std::size_t same_chars = 0;     ///< characters (code points) both texts share
  std::size_t dropped_chars = 0;  ///< characters of the first text not in the second
  std::size_t added_chars = 0;    ///< characters of the second text not in the first
};

/**
 * Compares `a` with `b` (valid UTF-8; for articles, their normalized texts): paragraphs are
 * aligned first, then each changed run of paragraphs character by character (Latin and digit
 * runs as whole words, so 30万 → 35万 shows the figure 30 → 35), with O((N+M)·D) time and
 * O(D²) memory per alignment under `limits`. Throws Error(INVALID_INPUT) when a text is over
 * limits.max_bytes.
 */
TextDiff diff_texts(std::string_view a, std::string_view b, const DiffLimits& limits = {});

/// `{"coarse", "same_chars", "dropped_chars", "added_chars", "segments": [{"kind", "a":
/// {"start","end"}, "b": {"start","end"}}]}` (byte offsets into the compared texts).
nlohmann::json to_json(const TextDiff& diff);

}  // namespace suyuan
