/// @file normalizer.cpp
/// @brief The normalize stage: decode → drop annotations → fold → lines → boilerplate and
/// metadata → paragraphs and sentences, carrying an offset map through every step.
#include "suyuan/normalize/normalizer.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "annotations.h"
#include "chunk_reader.h"
#include "html_text.h"
#include "page_rules.h"
#include "script_folder.h"
#include "sentence_splitter.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

void check_size(std::string_view raw) {
  if (raw.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw Error(ErrorKind::INVALID_INPUT, "input too large: offsets are 32-bit");
  }
}

void validate(std::string_view raw) {
  check_size(raw);
  if (const std::size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    throw Error(ErrorKind::INVALID_INPUT,
                "binary input: NUL byte at byte offset " + std::to_string(nul));
  }
  if (const auto bad = utf8::find_invalid(raw)) {
    throw Error(ErrorKind::INVALID_INPUT, "invalid UTF-8 at byte offset " + std::to_string(*bad));
  }
}

// Offset of the first byte at or after `i` and before `end` that is at most 0x20 (the only
// bytes that can be whitespace here), or `end`. Chinese text has few of them, so eight bytes
// are tested at a time.
std::uint32_t next_low_byte(std::string_view text, std::uint32_t i, std::uint32_t end) {
  constexpr std::uint64_t ONES = 0x0101010101010101ULL;
  constexpr std::uint64_t HIGHS = 0x8080808080808080ULL;
  while (i + 8 <= end) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // A byte b has its high bit set in (b - 0x21) & ~b exactly when b < 0x21.
    if (((word - ONES * 0x21) & ~word & HIGHS) != 0) break;
    i += 8;
  }
  while (i<end&& static_cast<unsigned char>(text[i])> 0x20) ++i;
  return i;
}

// Copies folded[range] with leading/trailing whitespace removed and inner whitespace runs
// collapsed to one space; when `map` is given, also composes the offsets (output → raw).
void emit_collapsed(std::string_view folded, ByteRange range, const OffsetMap& folded_map,
                    std::string& out, OffsetMap* map) {
  std::uint32_t b = range.begin;
  std::uint32_t e = range.end;
  while (b < e && is_space_byte(folded[b])) ++b;
  while (e > b && is_space_byte(folded[e - 1])) --e;
  std::uint32_t segment = b;
  std::uint32_t i = b;
  while (i < e) {
    i = next_low_byte(folded, i, e);
    if (i >= e) break;
    if (!is_space_byte(folded[i])) {
      ++i;
      continue;
    }
    std::uint32_t run_end = i;
    while (run_end < e && is_space_byte(folded[run_end])) ++run_end;
    if (run_end - i == 1 && folded[i] == ' ') {
      i = run_end;
      continue;
    }
    out.append(folded.substr(segment, i - segment));
    if (map != nullptr) {
      map->append_slice(folded_map, {segment, i});
      const ByteRange raw = folded_map.to_raw({i, run_end});
      map->append_atomic(raw.begin, raw.size(), 1);
    }
    out.push_back(' ');
    segment = i = run_end;
  }
  out.append(folded.substr(segment, e - segment));
  if (map != nullptr) map->append_slice(folded_map, {segment, e});
}

std::size_t count_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

struct Normalizer::Impl {
  explicit Impl(const std::filesystem::path& data_dir)
      : folder(data_dir), annotations(data_dir), rules(data_dir) {}

  detail::ScriptFolder folder;
  detail::AnnotationFinder annotations;
  detail::PageRules rules;
  detail::SentenceSplitter splitter;

  std::string fold_plain(std::string_view text) const {
    detail::Units units;
    detail::decode_units(text, units);
    std::string out;
    OffsetMap ignored;
    folder.fold(units, out, ignored);
    return out;
  }
};

Normalizer::Normalizer(const NormalizerConfig& config) {
  if (!std::filesystem::is_directory(config.data_dir)) {
    throw Error(ErrorKind::NOT_FOUND,
                "normalizer data directory not found: " + config.data_dir.string());
  }
  impl_ = std::make_unique<Impl>(config.data_dir);
}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

FoldedText Normalizer::fold(std::string_view raw) const {
  check_size(raw);
  detail::Units units;
  detail::decode_units_checked(raw, units);
  std::vector<detail::Drop> drops;
  impl_->annotations.remove(units, drops);
  FoldedText result;
  impl_->folder.fold(units, result.text, result.offsets);
  return result;
}

ScriptSample Normalizer::sample_script(std::string_view raw) const {
  // (着 of a simplified text stays, as the folder's table maps it only in traditional context,
  // but is counted here: a sample, not a decision per character.)
  ScriptSample sample;
  for (std::size_t i = 0; i < raw.size() && sample.han < ScriptSample::LIMIT;) {
    if (static_cast<unsigned char>(raw[i]) < 0x80) {
      ++i;
      continue;
    }
    const auto decoded = utf8::decode_valid(raw, i);
    if (!decoded) break;
    const char32_t cp = decoded->first;
    i += decoded->second;
    if (!utf8::is_han(cp)) continue;
    ++sample.han;
    if (impl_->folder.fold_char(cp) != cp) ++sample.traditional;
  }
  return sample;
}

std::string Normalizer::fold_query(std::string_view query) const {
  validate(query);
  return impl_->fold_plain(query);
}

/// What a streamed document carries from one piece to the next.
struct Normalizer::StreamState {
  bool continuation = false;  ///< past the first piece: metadata is read no more
  std::string title;          ///< headline of the first piece (repeats of it are dropped)
  int dropping_rule = -1;     ///< a drop_to_end rule fired: every later line is dropped
};

namespace {

// Re-throws a decoding error of a piece with the offset of the whole input.
[[noreturn]] void throw_at(std::string_view piece, std::uint64_t base) {
  if (const std::size_t nul = piece.find('\0'); nul != std::string_view::npos) {
    throw Error(ErrorKind::INVALID_INPUT,
                "binary input: NUL byte at byte offset " + std::to_string(base + nul));
  }
  const auto bad = utf8::find_invalid(piece);
  throw Error(ErrorKind::INVALID_INPUT,
              "invalid UTF-8 at byte offset " + std::to_string(base + bad.value_or(0)));
}

}  // namespace

void Normalizer::fold_stream(std::istream& in, const FoldSink& sink, std::size_t chunk_bytes,
                             StreamContent content) const {
  detail::ChunkReader reader(in, chunk_bytes);
  std::string_view piece;
  std::uint64_t base = 0;
  FoldedText folded;
  detail::Units units;
  std::vector<detail::Drop> drops;
  while (reader.next(piece, base)) {
    units.clear();
    drops.clear();
    try {
      detail::decode_units_checked(piece, units);
    } catch (const Error&) {
      throw_at(piece, base);
    }
    impl_->annotations.remove(units, drops);
    folded.text.clear();
    folded.offsets = OffsetMap();
    if (content == StreamContent::TEXT) {
      impl_->folder.fold_text(units, folded.text);
    } else {
      impl_->folder.fold(units, folded.text, folded.offsets);
    }
    sink(folded, base);
  }
}

void Normalizer::normalize_stream(std::istream& in, const DocumentSink& sink,
                                  std::size_t chunk_bytes, StreamContent content) const {
  detail::ChunkReader reader(in, chunk_bytes);
  std::string_view piece;
  std::uint64_t base = 0;
  StreamState state;
  while (reader.next(piece, base)) {
    NormalizedDocument doc;
    try {
      doc = normalize_piece(piece, SourceFormat::TEXT, &state, content);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::INVALID_INPUT) throw;
      throw_at(piece, base);
    }
    sink(doc, base);
  }
}

NormalizedDocument Normalizer::normalize(std::string_view raw, SourceFormat format) const {
  return normalize_piece(raw, format, nullptr);
}

NormalizedDocument Normalizer::normalize_piece(std::string_view raw, SourceFormat format,
                                               StreamState* state, StreamContent content) const {
  const bool full = content == StreamContent::FULL;
  check_size(raw);
  detail::Units units;
  std::vector<detail::Drop> drops;
  detail::HtmlFacts facts;
  if (format == SourceFormat::HTML) {
    validate(raw);
    detail::decode_html(raw, units, drops, facts);
  } else {
    detail::decode_units_checked(raw, units);
  }
  impl_->annotations.remove(units, drops);

  std::string folded;
  OffsetMap folded_map;
  if (full) {
    impl_->folder.fold(units, folded, folded_map);
  } else {
    impl_->folder.fold_text(units, folded);
  }
  units = detail::Units();  // release before the structural passes

  // Lines of the folded text: trimmed, blank ones left out.
  struct LineSpan {
    ByteRange folded;       ///< without the terminator
    std::uint32_t newline;  ///< folded offset of the '\n' after it (or the text size)
  };
  std::vector<LineSpan> spans;
  std::vector<detail::PageLine> lines;
  for (std::uint32_t pos = 0; pos <= folded.size();) {
    std::size_t nl = folded.find('\n', pos);
    if (nl == std::string::npos) nl = folded.size();
    const auto end = static_cast<std::uint32_t>(nl);
    detail::PageLine line;
    emit_collapsed(folded, {pos, end}, folded_map, line.text, nullptr);
    if (!line.text.empty()) {
      line.chars = count_chars(line.text);
      lines.push_back(std::move(line));
      spans.push_back({{pos, end}, end});
    }
    pos = end + 1;
  }

  NormalizedDocument doc;
  int title_line = -1;
  bool headline_stand_in = false;  // lines[0] is the first piece's headline, not this text
  if (state == nullptr || !state->continuation) {
    title_line = impl_->rules.read_metadata(lines, doc.metadata);
    if (state != nullptr && title_line >= 0) {
      state->title = lines[static_cast<std::size_t>(title_line)].text;
    }
  } else if (!state->title.empty()) {
    detail::PageLine headline;
    headline.text = state->title;
    headline.chars = count_chars(headline.text);
    lines.insert(lines.begin(), std::move(headline));
    spans.insert(spans.begin(), LineSpan{{0, 0}, 0});
    title_line = 0;
    headline_stand_in = true;
  }
  if (format == SourceFormat::HTML) {
    // What the markup states beats what the text suggests.
    const auto fold_fact = [&](const std::string& value, std::string& field) {
      if (value.empty()) return;
      std::string text;
      const std::string f = impl_->fold_plain(value);
      emit_collapsed(f, {0, static_cast<std::uint32_t>(f.size())}, OffsetMap(), text, nullptr);
      field = text;
    };
    fold_fact(facts.title, doc.metadata.title);
    fold_fact(facts.author, doc.metadata.author);
    fold_fact(facts.site, doc.metadata.publisher);
    if (!facts.url.empty()) doc.metadata.url = facts.url;
    if (!facts.published.empty()) doc.metadata.published = facts.published;
  }
  if (state != nullptr && state->dropping_rule >= 0) {
    for (detail::PageLine& line : lines) line.rule = state->dropping_rule;
  } else {
    impl_->rules.drop_boilerplate(lines, title_line);
  }
  if (state != nullptr) {
    state->continuation = true;
    if (!lines.empty() && lines.back().rule >= 0 &&
        impl_->rules.rule(lines.back().rule).action == "drop_to_end") {
      state->dropping_rule = lines.back().rule;
    }
  }

  std::uint32_t previous_newline = 0;
  bool first = true;
  for (std::size_t i = headline_stand_in ? 1 : 0; i < lines.size(); ++i) {
    const LineSpan& span = spans[i];
    if (lines[i].rule >= 0) {
      if (!full) continue;
      const detail::BoilerplateRule& rule = impl_->rules.rule(lines[i].rule);
      const ByteRange dropped = folded_map.to_raw(span.folded);
      drops.push_back({dropped.begin, dropped.end, rule.id, rule.reason});
      continue;
    }
    if (!first) {
      doc.text.push_back('\n');
      if (full) {
        // The separator stands for the raw line break that ended the previous paragraph.
        const ByteRange line_break = folded_map.to_raw({previous_newline, previous_newline + 1});
        doc.offsets.append_atomic(line_break.begin, line_break.size(), 1);
      }
    }
    first = false;
    if (!full) {
      // The line's collapsed text is what the rules saw already.
      doc.text.append(lines[i].text);
      continue;
    }
    const auto begin = static_cast<std::uint32_t>(doc.text.size());
    emit_collapsed(folded, span.folded, folded_map, doc.text, &doc.offsets);
    const ByteRange paragraph{begin, static_cast<std::uint32_t>(doc.text.size())};
    doc.paragraphs.push_back(paragraph);
    impl_->splitter.split(doc.text, paragraph, doc.sentences);
    previous_newline = span.newline;
  }

  if (!full) return doc;
  std::sort(drops.begin(), drops.end(),
            [](const detail::Drop& a, const detail::Drop& b) { return a.raw_begin < b.raw_begin; });
  doc.removed.reserve(drops.size());
  for (detail::Drop& drop : drops) {
    doc.removed.push_back(
        {{drop.raw_begin, drop.raw_end}, std::move(drop.reason), std::move(drop.rule)});
  }
  return doc;
}

}  // namespace suyuan
