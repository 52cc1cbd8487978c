/// @file sentence_splitter.h
/// @brief Sentence boundaries inside a paragraph (ICU sentence BreakIterator over UTF-8).
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "suyuan/core/byte_range.h"

namespace suyuan::detail {

/// Thread-safe: iterators are cloned from one prototype and pooled, because creating a
/// sentence instance costs far more than splitting an article.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();

  /// Appends the sentences of text[paragraph] to `out`, as trimmed byte ranges of `text`.
  void split(std::string_view text, ByteRange paragraph, std::vector<ByteRange>& out) const;

 private:
  std::unique_ptr<icu::BreakIterator> acquire() const;
  void release(std::unique_ptr<icu::BreakIterator> iterator) const;

  std::unique_ptr<icu::BreakIterator> prototype_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<icu::BreakIterator>> pool_;
};

}  // namespace suyuan::detail
