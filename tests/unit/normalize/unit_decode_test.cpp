/// @file unit_decode_test.cpp
/// @brief The normalizer's decoding into units, through core's UTF-8 decoders: exactly the
/// UTF-8 encodings of Unicode scalar values are accepted, and the checked and unchecked
/// decoders agree on valid text.
#include <catch2/catch.hpp>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "unit.h"

namespace {

std::string encoded(char32_t cp) {
  std::string out;
  suyuan::utf8::append(out, cp);
  return out;
}

bool is_scalar_value(char32_t cp) { return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF); }

/// The message of the error decode_units_checked throws for `raw`, or "" when it accepts it.
std::string decode_error(std::string_view raw) {
  suyuan::detail::Units units;
  try {
    suyuan::detail::decode_units_checked(raw, units);
  } catch (const suyuan::Error& e) {
    CHECK(e.kind() == suyuan::ErrorKind::INVALID_INPUT);
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("decode_valid accepts every scalar value's encoding", "[normalize][utf8]") {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (!is_scalar_value(cp)) continue;
    const std::string bytes = encoded(cp);
    const auto decoded = suyuan::utf8::decode_valid(bytes, 0);
    REQUIRE(decoded);
    REQUIRE(decoded->first == cp);
    REQUIRE(decoded->second == bytes.size());
  }
}

TEST_CASE("decode_valid accepts nothing but encodings of scalar values", "[normalize][utf8]") {
  // Every sequence of up to three bytes, and four-byte ones around the edges of the range:
  // whatever is accepted must be the encoding of the scalar value it decodes to.
  const auto check_prefix = [](const std::string& bytes) {
    const auto decoded = suyuan::utf8::decode_valid(bytes, 0);
    if (!decoded) return;
    REQUIRE(is_scalar_value(decoded->first));
    REQUIRE(bytes.compare(0, decoded->second, encoded(decoded->first)) == 0);
  };
  std::string bytes(3, '\0');
  for (int lead = 0x80; lead <= 0xFF; ++lead) {
    bytes[0] = static_cast<char>(lead);
    check_prefix(bytes.substr(0, 1));  // truncated at the end of the text
    for (int second = 0; second <= 0xFF; ++second) {
      bytes[1] = static_cast<char>(second);
      check_prefix(bytes.substr(0, 2));
      for (int third = 0; third <= 0xFF; ++third) {
        bytes[2] = static_cast<char>(third);
        check_prefix(bytes);
      }
    }
  }
  for (int lead : {0xF0, 0xF4, 0xF5, 0xF7}) {
    for (int second : {0x80, 0x8F, 0x90, 0xBF, 0xC0}) {
      for (int last : {0x00, 0x80, 0xBF, 0xC0}) {
        check_prefix(
            {static_cast<char>(lead), static_cast<char>(second), '\x80', static_cast<char>(last)});
      }
    }
  }
}

TEST_CASE("decode_units_checked reports the first invalid byte, NUL bytes first",
          "[normalize][utf8]") {
  for (const std::string bad : {
           "ab\xC0\x80",          // overlong two-byte NUL
           "ab\xE0\x80\x80",      // overlong three-byte
           "ab\xF0\x80\x80\x80",  // overlong four-byte
           "ab\xED\xA0\x80",      // surrogate
           "ab\xF4\x90\x80\x80",  // above U+10FFFF
           "ab\xF5\x80\x80\x80",  // lead byte of nothing
           "ab\x80",              // stray continuation byte
           "ab\xE4\xB8",          // truncated at the end
           "ab\xE4\xB8x",         // truncated inside the text
       }) {
    INFO(bad);
    const auto offset = suyuan::utf8::find_invalid(bad);
    REQUIRE(offset == std::size_t{2});
    CHECK(decode_error(bad) == "invalid UTF-8 at byte offset 2");
    CHECK(decode_error("\xE4\xB8\xAD" + bad) == "invalid UTF-8 at byte offset 5");
    CHECK(decode_error(bad + std::string(1, '\0')) ==
          "binary input: NUL byte at byte offset " + std::to_string(bad.size()));
  }
}

TEST_CASE("checked and unchecked decoding give the same units on valid text", "[normalize][utf8]") {
  const std::string text = "H20芯片，售價¥1.4万 — 𠮷野家\r\n國(guó)";
  suyuan::detail::Units checked, unchecked;
  suyuan::detail::decode_units_checked(text, checked);
  suyuan::detail::decode_units(text, unchecked);
  REQUIRE(checked.size() == unchecked.size());
  std::uint32_t at = 0;
  for (std::size_t i = 0; i < checked.size(); ++i) {
    CHECK(checked[i].cp == unchecked[i].cp);
    CHECK(checked[i].raw_begin == at);
    CHECK(unchecked[i].raw_begin == at);
    CHECK(checked[i].raw_length == unchecked[i].raw_length);
    CHECK(encoded(checked[i].cp) == text.substr(at, checked[i].raw_length));
    at += checked[i].raw_length;
  }
  CHECK(at == text.size());
}
