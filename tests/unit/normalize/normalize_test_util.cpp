/// @file normalize_test_util.cpp
/// @brief Shared normalizer instance for the normalize tests.
#include "normalize_test_util.h"

#include "test_support.h"

namespace suyuan::test {

const Normalizer& normalizer() {
  static const Normalizer instance({data_dir() / "normalize"});
  return instance;
}

std::string fold(std::string_view text) { return normalizer().fold(text).text; }

bool on_boundaries(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  const auto boundary = [&](std::uint32_t at) {
    return at == text.size() ||
           (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
  };
  return begin <= end && end <= text.size() && boundary(begin) && boundary(end);
}

}  // namespace suyuan::test
