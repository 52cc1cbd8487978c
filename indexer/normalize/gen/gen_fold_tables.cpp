/// @file gen_fold_tables.cpp
/// @brief Build-time generator: asks ICU for the character folding table (safe NFKC + the
/// Traditional-Simplified transform per code point) and for ICU's own phrase rules, and writes
/// them as a C++ source file so that no start-up ever pays for ICU transliteration.
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool is_han(UChar32 cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2FA1F) || (cp >= 0xF900 && cp <= 0xFAFF);
}

bool is_compatibility_ideograph(UChar32 cp) {
  return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// C string literal with every non-ASCII or special byte escaped, so that the generated file
// does not depend on the compiler's source character set.
std::string literal(const std::string& bytes) {
  std::string out = "\"";
  char buffer[8];
  for (unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
      out.push_back(static_cast<char>(c));
    } else {
      std::snprintf(buffer, sizeof buffer, "\\%03o", c);
      out += buffer;
    }
  }
  return out + "\"";
}

// Compatibility decompositions that keep meaning: width variants, no-break spaces, squared
// abbreviations (㎏ → kg), Kangxi radicals and letter-like compatibility characters. Left out on
// purpose: superscripts/subscripts (m² ≠ m2), fractions, circled list markers, the CJK
// compatibility ideographs (they differ in meaning from their NFKC image in some texts) and
// punctuation that would be spelled out (… → ...).
bool safe_nfkc(UChar32 cp, const icu::UnicodeString& image) {
  if (is_compatibility_ideograph(cp) || cp < 0x80) return false;
  const auto type =
      static_cast<UDecompositionType>(u_getIntPropertyValue(cp, UCHAR_DECOMPOSITION_TYPE));
  switch (type) {
    case U_DT_WIDE:
    case U_DT_NARROW:
    case U_DT_NOBREAK:
    case U_DT_SQUARE:
    case U_DT_SMALL:
    case U_DT_VERTICAL:
      return true;
    case U_DT_COMPAT: {
      if (image.countChar32() == 1) return !u_ispunct(cp);
      const auto category = u_charType(cp);
      return category == U_UPPERCASE_LETTER || category == U_LOWERCASE_LETTER ||
             category == U_LETTER_NUMBER || category == U_OTHER_LETTER;
    }
    default:
      return false;
  }
}

struct Rule {
  std::string from;
  std::string to;
};

// ICU's Traditional-Simplified rules are plain "source > target;" lines with \u escapes; the
// multi-character sources are ICU's own phrase exceptions (乾坤, 瞭然, 甚麼 ...).
std::vector<Rule> phrase_rules(icu::Transliterator& transliterator) {
  icu::UnicodeString rules_source;
  transliterator.toRules(rules_source, true);
  std::istringstream lines(to_utf8(rules_source));
  const std::regex rule_line(
      R"(^((?:\\u[0-9A-F]{4}|\\U[0-9A-F]{8})+) > ((?:\\u[0-9A-F]{4}|\\U[0-9A-F]{8})*) ?;$)");
  std::vector<Rule> rules;
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, rule_line)) continue;
    icu::UnicodeString from = icu::UnicodeString::fromUTF8(m[1].str()).unescape();
    icu::UnicodeString to = icu::UnicodeString::fromUTF8(m[2].str()).unescape();
    if (from.countChar32() < 2) continue;  // identity phrases (土著 > 土著) are exceptions too
    rules.push_back({to_utf8(from), to_utf8(to)});
  }
  return rules;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gen_fold_tables OUTPUT.cpp\n";
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t2s(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) {
    std::cerr << "gen_fold_tables: ICU: " << u_errorName(status) << "\n";
    return 1;
  }

  std::map<UChar32, std::string> chars;
  for (UChar32 cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!u_isdefined(cp)) continue;
    icu::UnicodeString source(cp);
    icu::UnicodeString image = source;
    if (!is_han(cp)) {
      UErrorCode err = U_ZERO_ERROR;
      icu::UnicodeString normalized = nfkc->normalize(source, err);
      if (U_SUCCESS(err) && normalized != source && safe_nfkc(cp, normalized)) image = normalized;
    }
    // Only Han → Han mappings are taken from the script transform: its punctuation rules
    // (「」 → “”) change the quoting convention, which is not ours to change.
    if (image.countChar32() == 1 && is_han(image.char32At(0))) {
      icu::UnicodeString simplified = image;
      t2s->transliterate(simplified);
      if (simplified.countChar32() == 1 && is_han(simplified.char32At(0))) image = simplified;
    }
    if (image != source) chars.emplace(cp, to_utf8(image));
  }
  // Invisible format characters that only get in the way of matching (BOM, zero-width space,
  // word joiner) fold to nothing.
  for (UChar32 cp : {0xFEFF, 0x200B, 0x2060}) chars[cp] = "";

  const std::vector<Rule> rules = phrase_rules(*t2s);

  // Toneless pinyin of every BMP Han character (ICU Han-Latin, one reading each, ü written v),
  // used to check that a toneless parenthesised group really reads the characters before it.
  std::unique_ptr<icu::Transliterator> han_latin(
      icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    std::cerr << "gen_fold_tables: ICU: " << u_errorName(status) << "\n";
    return 1;
  }
  std::map<UChar32, std::string> readings;
  for (UChar32 cp = 0x3400; cp <= 0x9FFF; ++cp) {
    if (!is_han(cp) || !u_isdefined(cp)) continue;
    // Han-Latin knows simplified characters best: read the simplified form (國 → 国 → guó).
    icu::UnicodeString latin(cp);
    t2s->transliterate(latin);
    han_latin->transliterate(latin);
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = nfd->normalize(latin, err);
    std::string reading;
    bool ok = U_SUCCESS(err);
    for (int32_t i = 0; ok && i < decomposed.length(); ++i) {
      const char16_t c = decomposed.charAt(i);
      if (c >= u'a' && c <= u'z') {
        reading.push_back(static_cast<char>(c));
      } else if (c == 0x0308 && !reading.empty() && reading.back() == 'u') {
        reading.back() = 'v';  // ü
      } else if (c != 0x0300 && c != 0x0301 && c != 0x0304 && c != 0x030C) {
        ok = false;  // not a pinyin reading (the character has none)
      }
    }
    if (ok && !reading.empty()) readings.emplace(cp, reading);
  }

  std::ofstream out(argv[1], std::ios::binary);
  out << "// Generated by gen_fold_tables from ICU " << U_ICU_VERSION << ". Do not edit.\n"
      << "#include \"fold_tables.h\"\n\nnamespace suyuan::fold_tables {\n\n"
      << "const CharMapping CHAR_MAPPINGS[] = {\n";
  for (const auto& [cp, image] : chars) {
    out << "    {0x" << std::hex << cp << std::dec << ", " << literal(image) << "},\n";
  }
  out << "};\nconst std::size_t CHAR_MAPPING_COUNT = sizeof CHAR_MAPPINGS / sizeof "
         "CHAR_MAPPINGS[0];\n\n"
      << "const PhraseMapping ICU_PHRASES[] = {\n";
  for (const Rule& rule : rules)
    out << "    {" << literal(rule.from) << ", " << literal(rule.to) << "},\n";
  out << "};\nconst std::size_t ICU_PHRASE_COUNT = sizeof ICU_PHRASES / sizeof ICU_PHRASES[0];\n\n"
      << "const ReadingMapping READINGS[] = {\n";
  for (const auto& [cp, reading] : readings) {
    out << "    {0x" << std::hex << cp << std::dec << ", " << literal(reading) << "},\n";
  }
  out << "};\nconst std::size_t READING_COUNT = sizeof READINGS / sizeof READINGS[0];\n\n"
      << "const char* const ICU_VERSION = " << literal(U_ICU_VERSION) << ";\n\n"
      << "}  // namespace suyuan::fold_tables\n";
  if (!out) {
    std::cerr << "gen_fold_tables: cannot write " << argv[1] << "\n";
    return 1;
  }
  std::cerr << "gen_fold_tables: " << chars.size() << " characters, " << rules.size()
            << " phrases, " << readings.size() << " readings\n";
  return 0;
}
