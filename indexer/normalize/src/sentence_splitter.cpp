/// @file sentence_splitter.cpp
/// @brief ICU sentence segmentation with byte offsets (UText over UTF-8 gives native indexes).
#include "sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "suyuan/core/error.h"

namespace suyuan::detail {

namespace {

bool is_trim_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

SentenceSplitter::SentenceSplitter() {
  UErrorCode status = U_ZERO_ERROR;
  // Root rules: Chinese needs no tailoring, and root breaks after 。！？ followed by closing
  // quotes (。” stays in the sentence it closes) as UAX #29 specifies.
  prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::INTERNAL, std::string("ICU sentence iterator: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;

std::unique_ptr<icu::BreakIterator> SentenceSplitter::acquire() const {
  {
    std::lock_guard lock(mutex_);
    if (!pool_.empty()) {
      auto iterator = std::move(pool_.back());
      pool_.pop_back();
      return iterator;
    }
  }
  return std::unique_ptr<icu::BreakIterator>(prototype_->clone());
}

void SentenceSplitter::release(std::unique_ptr<icu::BreakIterator> iterator) const {
  std::lock_guard lock(mutex_);
  pool_.push_back(std::move(iterator));
}

void SentenceSplitter::split(std::string_view text, ByteRange paragraph,
                             std::vector<ByteRange>& out) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + paragraph.begin,
                             static_cast<int64_t>(paragraph.size()), &status);
  auto iterator = acquire();
  iterator->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    release(std::move(iterator));
    throw Error(ErrorKind::INTERNAL, std::string("ICU sentence iterator: ") + u_errorName(status));
  }
  std::int32_t start = iterator->first();
  for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    std::uint32_t b = paragraph.begin + static_cast<std::uint32_t>(start);
    std::uint32_t e = paragraph.begin + static_cast<std::uint32_t>(end);
    while (b < e && is_trim_byte(text[b])) ++b;
    while (e > b && is_trim_byte(text[e - 1])) --e;
    if (b < e) out.push_back({b, e});
  }
  // Drop the iterator's reference to the UText before closing it.
  iterator->setText(icu::UnicodeString());
  utext_close(ut);
  release(std::move(iterator));
}

}  // namespace suyuan::detail
