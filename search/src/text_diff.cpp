/// @file text_diff.cpp
/// @brief Two-level Myers diff: paragraphs, then the tokens of each changed run of paragraphs.
#include "suyuan/search/text_diff.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan {
namespace {

/// A piece of a text that is compared as a whole: a paragraph or a token.
struct Token {
  ByteRange range;
  std::string_view key;  ///< what equality looks at (a paragraph without its line break)
  std::size_t hash = 0;
};

bool same_token(const Token& x, const Token& y) { return x.hash == y.hash && x.key == y.key; }

Token make_token(ByteRange range, std::string_view key) {
  return {range, key, std::hash<std::string_view>{}(key)};
}

/// Paragraphs of text[range]: each line with its line break, compared without it.
std::vector<Token> split_lines(std::string_view text) {
  std::vector<Token> out;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    const std::size_t key_end = end == std::string_view::npos ? text.size() : end;
    end = end == std::string_view::npos ? text.size() : end + 1;
    out.push_back(make_token({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)},
                             text.substr(begin, key_end - begin)));
    begin = end;
  }
  return out;
}

bool is_word_char(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/// Tokens of text[range]: a run of Latin letters and digits (with a decimal point between
/// digits, so a figure such as 3.5 is one token), else one character.
std::vector<Token> split_tokens(std::string_view text, ByteRange range) {
  std::vector<Token> out;
  std::size_t pos = range.begin;
  while (pos < range.end) {
    const std::size_t begin = pos;
    char32_t previous = utf8::decode(text, pos);
    while (is_word_char(previous) && pos < range.end) {
      std::size_t next = pos;
      const char32_t cp = utf8::decode(text, next);
      const bool decimal_point = cp == '.' && previous >= '0' && previous <= '9' &&
                                 next < range.end && text[next] >= '0' && text[next] <= '9';
      if (!is_word_char(cp) && !decimal_point) break;
      previous = cp == '.' ? U'0' : cp;
      pos = next;
    }
    const ByteRange token{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(pos)};
    out.push_back(make_token(token, text.substr(begin, pos - begin)));
  }
  return out;
}

/// An aligned stretch: equal in both, or changed (either side may be empty).
struct Region {
  bool same = false;
  ByteRange a;
  ByteRange b;
};

/**
 * Myers' greedy O((N+M)·D) alignment of x and y, as regions with byte ranges taken from the
 * tokens (spanning a_span and b_span). nullopt when more than `max_edits` edits are needed;
 * otherwise `edits` (when given) receives D.
 */
std::optional<std::vector<Region>> align(const std::vector<Token>& x, const std::vector<Token>& y,
                                         ByteRange a_span, ByteRange b_span, std::size_t max_edits,
                                         std::size_t* edits = nullptr) {
  // Common prefix and suffix cost nothing to align.
  std::size_t prefix = 0;
  while (prefix < x.size() && prefix < y.size() && same_token(x[prefix], y[prefix])) ++prefix;
  std::size_t suffix = 0;
  while (suffix < x.size() - prefix && suffix < y.size() - prefix &&
         same_token(x[x.size() - 1 - suffix], y[y.size() - 1 - suffix]))
    ++suffix;
  const long n = static_cast<long>(x.size() - prefix - suffix);
  const long m = static_cast<long>(y.size() - prefix - suffix);
  const auto X = [&](long i) -> const Token& { return x[prefix + i]; };
  const auto Y = [&](long j) -> const Token& { return y[prefix + j]; };

  // ops[i] for the middle part: 0 equal, 1 drop (x), 2 add (y), in text order.
  std::vector<char> ops;
  if (n > 0 || m > 0) {
    const long max_d = std::min<long>(n + m, static_cast<long>(max_edits));
    // trace[d] holds, for k = -d, -d+2, …, d, the furthest x on diagonal k after d edits.
    std::vector<std::vector<int>> trace;
    std::vector<long> v(2 * static_cast<std::size_t>(max_d) + 3, 0);
    const long offset = max_d + 1;
    long found = -1;
    for (long d = 0; d <= max_d && found < 0; ++d) {
      std::vector<int> row(static_cast<std::size_t>(d) + 1);
      for (long k = -d; k <= d; k += 2) {
        long i = (k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]))
                     ? v[k + 1 + offset]
                     : v[k - 1 + offset] + 1;
        long j = i - k;
        while (i < n && j < m && same_token(X(i), Y(j))) ++i, ++j;
        v[k + offset] = i;
        row[static_cast<std::size_t>((k + d) / 2)] = static_cast<int>(i);
        if (i >= n && j >= m) found = d;
      }
      trace.push_back(std::move(row));
    }
    if (found < 0) return std::nullopt;
    if (edits != nullptr) *edits = static_cast<std::size_t>(found);
    long i = n, j = m;
    for (long d = found; d > 0; --d) {
      const std::vector<int>& prev = trace[static_cast<std::size_t>(d - 1)];
      const auto at = [&](long k) -> long {
        return prev[static_cast<std::size_t>((k + d - 1) / 2)];
      };
      const long k = i - j;
      const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
      const long prev_k = down ? k + 1 : k - 1;
      const long prev_i = at(prev_k), prev_j = prev_i - prev_k;
      while (i > prev_i && j > prev_j) {
        ops.push_back(0);
        --i, --j;
      }
      ops.push_back(down ? 2 : 1);
      i = prev_i, j = prev_j;
    }
    while (i > 0 && j > 0) {
      ops.push_back(0);
      --i, --j;
    }
    std::reverse(ops.begin(), ops.end());
  }

  // Tokens → regions of byte ranges.
  std::vector<Region> out;
  std::uint32_t a_at = a_span.begin, b_at = b_span.begin;
  const auto push = [&](bool same, std::uint32_t a_to, std::uint32_t b_to) {
    if (a_to == a_at && b_to == b_at) return;
    if (!out.empty() && out.back().same == same) {
      out.back().a.end = a_to, out.back().b.end = b_to;
    } else {
      out.push_back({same, {a_at, a_to}, {b_at, b_to}});
    }
    a_at = a_to, b_at = b_to;
  };
  std::size_t xi = 0, yj = 0;
  const auto step_same = [&] {
    // Equal paragraphs may still differ in their line break (the last one has none).
    push(true, x[xi].range.begin + static_cast<std::uint32_t>(x[xi].key.size()),
         y[yj].range.begin + static_cast<std::uint32_t>(y[yj].key.size()));
    push(false, x[xi].range.end, y[yj].range.end);
    ++xi, ++yj;
  };
  for (std::size_t p = 0; p < prefix; ++p) step_same();
  for (char op : ops) {
    if (op == 0) {
      step_same();
    } else if (op == 1) {
      push(false, x[xi++].range.end, b_at);
    } else {
      push(false, a_at, y[yj++].range.end);
    }
  }
  for (std::size_t s = 0; s < suffix; ++s) step_same();
  push(false, a_span.end, b_span.end);  // nothing left when the tokens cover the spans
  return out;
}

std::size_t char_count(std::string_view text, ByteRange range) {
  std::size_t count = 0;
  for (std::uint32_t i = range.begin; i < range.end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

/// Appends `region`, merging it into the previous one of its kind.
void append_region(std::vector<Region>& out, const Region& region) {
  if (region.a.empty() && region.b.empty()) return;
  if (!out.empty() && out.back().same == region.same) {
    out.back().a.end = region.a.end, out.back().b.end = region.b.end;
  } else {
    out.push_back(region);
  }
}

/// Folds short shared stretches between two changes into one change (see DiffLimits).
std::vector<Region> fold_small_equalities(std::string_view a, std::string_view b,
                                          std::vector<Region> regions, std::size_t max_chars) {
  const auto change_size = [&](const Region& r) {
    return std::max(char_count(a, r.a), char_count(b, r.b));
  };
  std::vector<Region> out;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const Region& r = regions[i];
    if (r.same && !out.empty() && i + 1 < regions.size() && !out.back().same) {
      const std::size_t chars = char_count(a, r.a);
      const bool has_break = a.substr(r.a.begin, r.a.size()).find('\n') != std::string_view::npos;
      if (!has_break && chars <= max_chars && chars <= change_size(out.back()) &&
          chars <= change_size(regions[i + 1])) {
        out.back().a.end = r.a.end, out.back().b.end = r.b.end;
        continue;
      }
    }
    append_region(out, r);
  }
  return out;
}

}  // namespace

std::string_view diff_kind_name(DiffSegment::Kind kind) {
  switch (kind) {
    case DiffSegment::Kind::SAME:
      return "same";
    case DiffSegment::Kind::CHANGED:
      return "changed";
    case DiffSegment::Kind::DROPPED:
      return "dropped";
    case DiffSegment::Kind::ADDED:
      return "added";
  }
  return "same";
}

TextDiff diff_texts(std::string_view a, std::string_view b, const DiffLimits& limits) {
  for (std::string_view text : {a, b}) {
    if (text.size() > limits.max_bytes) {
      throw Error(ErrorKind::INVALID_INPUT,
                  "text too long to compare: " + std::to_string(text.size()) + " bytes (at most " +
                      std::to_string(limits.max_bytes) + ")");
    }
  }
  TextDiff diff;
  const ByteRange a_all{0, static_cast<std::uint32_t>(a.size())};
  const ByteRange b_all{0, static_cast<std::uint32_t>(b.size())};
  std::vector<Region> regions;
  const std::vector<Token> a_paragraphs = split_lines(a), b_paragraphs = split_lines(b);
  auto lines = align(a_paragraphs, b_paragraphs, a_all, b_all, limits.max_line_edits);
  if (!lines) {
    diff.coarse = true;
    lines = std::vector<Region>{{false, a_all, b_all}};
  }
  // Token alignments share one budget of steps (tokens × edits).
  std::size_t budget = limits.max_work;
  const auto align_tokens = [&](ByteRange ra, ByteRange rb) -> std::optional<std::vector<Region>> {
    const std::vector<Token> x = split_tokens(a, ra), y = split_tokens(b, rb);
    if (x.size() > limits.max_hunk_tokens || y.size() > limits.max_hunk_tokens) return std::nullopt;
    const std::size_t size = std::max<std::size_t>(1, x.size() + y.size());
    const std::size_t allowed = std::min(limits.max_token_edits, budget / size);
    if (allowed == 0) return std::nullopt;
    std::size_t used = allowed;
    auto out = align(x, y, ra, rb, allowed, &used);
    budget -= size * std::max<std::size_t>(used, 1);
    return out;
  };
  const auto coarse = [&](const Region& region) {
    diff.coarse = true;
    append_region(regions, region);
  };
  for (const Region& region : *lines) {
    if (region.same || region.a.empty() || region.b.empty()) {
      append_region(regions, region);
      continue;
    }
    // Paragraphs changed on both sides: align their tokens, the whole run at once…
    if (auto tokens = align_tokens(region.a, region.b)) {
      for (const Region& r : *tokens) append_region(regions, r);
      continue;
    }
    // …or, when that is too much, paragraph by paragraph if both sides have as many.
    const auto within = [](const std::vector<Token>& paragraphs, ByteRange range) {
      auto it =
          std::lower_bound(paragraphs.begin(), paragraphs.end(), range.begin,
                           [](const Token& t, std::uint32_t at) { return t.range.begin < at; });
      std::vector<ByteRange> out;
      for (; it != paragraphs.end() && it->range.end <= range.end; ++it) out.push_back(it->range);
      return out;
    };
    const std::vector<ByteRange> a_lines = within(a_paragraphs, region.a),
                                 b_lines = within(b_paragraphs, region.b);
    // (Whole paragraphs only: a run may begin or end with a lone line break.)
    const auto covers = [](const std::vector<ByteRange>& paragraphs, ByteRange range) {
      return !paragraphs.empty() && paragraphs.front().begin == range.begin &&
             paragraphs.back().end == range.end;
    };
    if (a_lines.size() < 2 || a_lines.size() != b_lines.size() || !covers(a_lines, region.a) ||
        !covers(b_lines, region.b)) {
      coarse(region);
      continue;
    }
    for (std::size_t i = 0; i < a_lines.size(); ++i) {
      if (auto tokens = align_tokens(a_lines[i], b_lines[i])) {
        for (const Region& r : *tokens) append_region(regions, r);
      } else {
        coarse({false, a_lines[i], b_lines[i]});
      }
    }
  }
  regions = fold_small_equalities(a, b, std::move(regions), limits.max_folded_chars);

  for (const Region& r : regions) {
    DiffSegment segment{DiffSegment::Kind::SAME, r.a, r.b};
    if (r.same) {
      diff.same_chars += char_count(a, r.a);
    } else {
      diff.dropped_chars += char_count(a, r.a);
      diff.added_chars += char_count(b, r.b);
      segment.kind = r.b.empty()   ? DiffSegment::Kind::DROPPED
                     : r.a.empty() ? DiffSegment::Kind::ADDED
                                   : DiffSegment::Kind::CHANGED;
    }
    diff.segments.push_back(segment);
  }
  return diff;
}

nlohmann::json to_json(const TextDiff& diff) {
  nlohmann::json segments = nlohmann::json::array();
  for (const DiffSegment& s : diff.segments) {
    segments.push_back({{"kind", std::string(diff_kind_name(s.kind))},
                        {"a", {{"start", s.a.begin}, {"end", s.a.end}}},
                        {"b", {{"start", s.b.begin}, {"end", s.b.end}}}});
  }
  return {{"coarse", diff.coarse},
          {"same_chars", diff.same_chars},
          {"dropped_chars", diff.dropped_chars},
          {"added_chars", diff.added_chars},
          {"segments", segments}};
}

}  // namespace suyuan
