/// @file fold_tables.h
/// @brief Tables generated at build time from ICU by gen/gen_fold_tables.cpp.
#pragma once

#include <cstddef>

namespace suyuan::fold_tables {

/// One code point and its folded image (UTF-8; empty when the character is dropped).
struct CharMapping {
  char32_t from;
  const char* to;
};

/// One of ICU Traditional-Simplified's multi-character rules (exact source → target).
struct PhraseMapping {
  const char* from;
  const char* to;
};

/// Toneless pinyin of a Han character (ICU Han-Latin's one reading; ü written v).
struct ReadingMapping {
  char32_t cp;
  const char* reading;
};

extern const CharMapping CHAR_MAPPINGS[];
extern const std::size_t CHAR_MAPPING_COUNT;
extern const PhraseMapping ICU_PHRASES[];
extern const std::size_t ICU_PHRASE_COUNT;
extern const ReadingMapping READINGS[];
extern const std::size_t READING_COUNT;
extern const char* const ICU_VERSION;

}  // namespace suyuan::fold_tables
