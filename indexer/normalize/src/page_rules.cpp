/// @file page_rules.cpp
/// @brief Loading and applying boilerplate and metadata rules (ICU regex, nlohmann JSON).
#include "page_rules.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "data_file.h"
#include "suyuan/core/error.h"

namespace suyuan::detail {

namespace {

using PatternPtr = std::unique_ptr<icu::RegexPattern>;

PatternPtr compile(const std::filesystem::path& path, const std::string& id,
                   const std::string& pattern) {
  if (pattern.empty()) return nullptr;
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  PatternPtr compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, parse_error, status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::CORRUPT_INDEX, path.string() + ": rule " + id + ": bad pattern (" +
                                              u_errorName(status) + " at offset " +
                                              std::to_string(parse_error.offset) + ")");
  }
  return compiled;
}

nlohmann::json load_json(const std::filesystem::path& path) {
  try {
    return nlohmann::json::parse(read_data_file(path));
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, path.string() + ": " + e.what());
  }
}

std::string two_digits(const std::string& digits) {
  return digits.size() == 1 ? "0" + digits : digits;
}

std::vector<std::string> prefilter_of(const nlohmann::json& entry) {
  std::vector<std::string> literals;
  if (entry.contains("prefilter")) {
    for (const auto& literal : entry.at("prefilter"))
      literals.push_back(literal.get<std::string>());
  }
  return literals;
}

// True when the prefilter is empty or one of its literals occurs in `text`.
bool passes(const std::vector<std::string>& prefilter, std::string_view text) {
  if (prefilter.empty()) return true;
  for (const std::string& literal : prefilter) {
    if (text.find(literal) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

struct PageRules::Impl {
  struct Rule {
    BoilerplateRule info;
    int pattern = -1;  ///< index into `patterns`, -1 when absent
    int block = -1;
    int next = -1;
    std::vector<std::string> prefilter;  ///< for `pattern`
    std::uint64_t prefilter_bit = 0;     ///< this rule's bit in a line's literal mask, or 0
    std::size_t max_chars = 100;
    bool equals_title = false;
    bool drop_to_end = false;
    bool drop_block = false;
  };
  struct Field {
    std::string field;
    int pattern = -1;
    std::vector<std::string> prefilter;
    std::uint64_t prefilter_bit = 0;
    std::string title;  ///< "above", "below" or empty: where this line's headline sits
    std::size_t max_chars = 100;
  };
  std::vector<PatternPtr> patterns;
  std::vector<Rule> rules;
  std::vector<Field> fields;
  std::size_t header_lines = 12;
  std::size_t title_max_chars = 64;

  // Every prefilter literal, found in one pass over a line: a bitmap of the literals' first
  // code points (BMP) lets the scan skip almost every character with one bit test; the
  // literals starting with a marked code point are then compared in full. Each literal carries
  // the bits of the rules and fields whose prefilter names it.
  struct Literal {
    std::string text;
    std::uint64_t groups = 0;
  };
  std::vector<Literal> literals;
  std::vector<std::uint64_t> start_bits;  ///< BMP first code points of literals
  std::vector<std::uint8_t> start_list;   ///< BMP first code point → 1-based index into lists
  std::vector<std::vector<std::uint32_t>> lists;
  std::unordered_map<char32_t, std::uint32_t> supplementary_lists;
  bool supplementary_start = false;
  int prefilter_groups = 0;

  std::uint64_t add_prefilter(const std::vector<std::string>& prefilter) {
    if (prefilter.empty() || prefilter_groups == 64) return 0;  // 0: checked by passes()
    const std::uint64_t bit = std::uint64_t{1} << prefilter_groups++;
    for (const std::string& text : prefilter) {
      auto it = std::find_if(literals.begin(), literals.end(),
                             [&](const Literal& l) { return l.text == text; });
      if (it == literals.end()) it = literals.insert(literals.end(), {text, 0});
      it->groups |= bit;
    }
    return bit;
  }

  void index_literals() {
    start_bits.assign(0x10000 / 64, 0);
    start_list.assign(0x10000, 0);
    for (std::uint32_t i = 0; i < literals.size(); ++i) {
      if (literals[i].text.empty()) continue;
      const char32_t first = to_u32(literals[i].text)[0];
      std::uint32_t index = first < 0x10000 ? start_list[first] : supplementary_lists[first];
      if (index == 0) {
        lists.emplace_back();
        index = static_cast<std::uint32_t>(lists.size());
        if (index > 255) {
          throw Error(ErrorKind::CORRUPT_INDEX,
                      "page rules: more than 255 distinct first characters of prefilters");
        }
        if (first < 0x10000) {
          start_list[first] = static_cast<std::uint8_t>(index);
        } else {
          supplementary_lists[first] = index;
        }
      }
      lists[index - 1].push_back(i);
      if (first < 0x10000) {
        start_bits[first >> 6] |= std::uint64_t{1} << (first & 63);
      } else {
        supplementary_start = true;
      }
    }
  }

  /// Bits of the prefilter groups one of whose literals occurs in `text` (valid UTF-8).
  std::uint64_t literal_mask(std::string_view text) const {
    std::uint64_t mask = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t p = 0;
    while (p < n) {
      const unsigned char c = s[p];
      const std::size_t begin = p;
      char32_t cp;
      if (c < 0x80) {
        cp = c;
        p += 1;
      } else if (c < 0xE0) {
        cp = ((c & 0x1Fu) << 6) | (s[p + 1] & 0x3Fu);
        p += 2;
      } else if (c < 0xF0) {
        cp = ((c & 0x0Fu) << 12) | ((s[p + 1] & 0x3Fu) << 6) | (s[p + 2] & 0x3Fu);
        p += 3;
      } else {
        p += 4;
        if (!supplementary_start) continue;
        cp = ((c & 0x07u) << 18) | ((s[begin + 1] & 0x3Fu) << 12) | ((s[begin + 2] & 0x3Fu) << 6) |
             (s[begin + 3] & 0x3Fu);
      }
      std::uint32_t list = 0;
      if (cp < 0x10000) {
        if (((start_bits[cp >> 6] >> (cp & 63)) & 1) == 0) continue;
        list = start_list[cp];
      } else {
        const auto it = supplementary_lists.find(cp);
        if (it == supplementary_lists.end()) continue;
        list = it->second;
      }
      for (const std::uint32_t index : lists[list - 1]) {
        const Literal& literal = literals[index];
        if ((mask & literal.groups) != literal.groups &&
            text.compare(begin, literal.text.size(), literal.text) == 0) {
          mask |= literal.groups;
        }
      }
    }
    return mask;
  }

  int add_pattern(const std::filesystem::path& path, const std::string& id,
                  const std::string& pattern) {
    PatternPtr compiled = compile(path, id, pattern);
    if (compiled == nullptr) return -1;
    patterns.push_back(std::move(compiled));
    return static_cast<int>(patterns.size()) - 1;
  }
};

namespace {

// Per-document matching state: each line converted to UTF-16 at most once, one matcher per
// pattern, reset for every line (creating a RegexMatcher costs more than a short match).
class LineMatcher {
 public:
  LineMatcher(const PageRules::Impl& rules, const std::vector<PageLine>& lines)
      : rules_(rules),
        patterns_(rules.patterns),
        lines_(lines),
        texts_(lines.size()),
        converted_(lines.size()),
        matchers_(rules.patterns.size()) {}

  /// Whether `line` passes a prefilter (its bit, or its literals when it has no bit).
  bool passes(const std::vector<std::string>& prefilter, std::uint64_t bit, std::size_t line) {
    if (prefilter.empty()) return true;
    if (bit == 0) return suyuan::detail::passes(prefilter, lines_[line].text);
    const PageLine& page_line = lines_[line];
    if (!page_line.literals_known) {
      page_line.literals = rules_.literal_mask(page_line.text);
      page_line.literals_known = true;
    }
    return (page_line.literals & bit) != 0;
  }

  const icu::UnicodeString& text(std::size_t line) {
    if (!converted_[line]) {
      texts_[line] = icu::UnicodeString::fromUTF8(lines_[line].text);
      converted_[line] = true;
    }
    return texts_[line];
  }

  /// Matcher of `pattern` positioned on a successful find in `line`, or nullptr.
  icu::RegexMatcher* find(int pattern, std::size_t line) {
    UErrorCode status = U_ZERO_ERROR;
    auto& matcher = matchers_[static_cast<std::size_t>(pattern)];
    if (matcher == nullptr) {
      matcher.reset(patterns_[static_cast<std::size_t>(pattern)]->matcher(status));
      if (U_FAILURE(status)) {
        matcher.reset();
        return nullptr;
      }
    }
    matcher->reset(text(line));
    return matcher->find(status) && U_SUCCESS(status) ? matcher.get() : nullptr;
  }

  /// True for an absent pattern (-1) or a match.
  bool finds(int pattern, std::size_t line) { return pattern < 0 || find(pattern, line); }

 private:
  const PageRules::Impl& rules_;
  const std::vector<PatternPtr>& patterns_;
  const std::vector<PageLine>& lines_;
  std::vector<icu::UnicodeString> texts_;
  std::vector<bool> converted_;
  std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;
};

}  // namespace

PageRules::PageRules(const std::filesystem::path& data_dir) : impl_(std::make_unique<Impl>()) {
  const auto boilerplate_path = data_dir / "boilerplate.json";
  const nlohmann::json boilerplate = load_json(boilerplate_path);
  try {
    for (const auto& entry : boilerplate.at("rules")) {
      Impl::Rule rule;
      rule.info.id = entry.at("id").get<std::string>();
      rule.info.kind = entry.at("kind").get<std::string>();
      rule.info.action = entry.value("action", "drop_line");
      rule.info.reason = entry.at("reason").get<std::string>();
      if (rule.info.action != "drop_line" && rule.info.action != "drop_to_end" &&
          rule.info.action != "drop_block") {
        throw Error(ErrorKind::CORRUPT_INDEX, boilerplate_path.string() + ": rule " + rule.info.id +
                                                  ": unknown action " + rule.info.action);
      }
      rule.drop_to_end = rule.info.action == "drop_to_end";
      rule.drop_block = rule.info.action == "drop_block";
      rule.equals_title = entry.value("equals_title", false);
      rule.pattern = impl_->add_pattern(boilerplate_path, rule.info.id, entry.value("pattern", ""));
      rule.block = impl_->add_pattern(boilerplate_path, rule.info.id, entry.value("block", ""));
      rule.next = impl_->add_pattern(boilerplate_path, rule.info.id, entry.value("next", ""));
      rule.prefilter = prefilter_of(entry);
      rule.prefilter_bit = impl_->add_prefilter(rule.prefilter);
      rule.max_chars = entry.value("max_chars", std::size_t{100});
      if (rule.pattern < 0 && !rule.equals_title) {
        throw Error(ErrorKind::CORRUPT_INDEX,
                    boilerplate_path.string() + ": rule " + rule.info.id + ": no pattern");
      }
      impl_->rules.push_back(std::move(rule));
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, boilerplate_path.string() + ": " + e.what());
  }

  const auto metadata_path = data_dir / "metadata.json";
  const nlohmann::json metadata = load_json(metadata_path);
  try {
    impl_->header_lines = metadata.value("header_lines", std::size_t{12});
    impl_->title_max_chars = metadata.value("title_max_chars", std::size_t{64});
    for (const auto& entry : metadata.at("fields")) {
      Impl::Field field;
      field.field = entry.at("field").get<std::string>();
      if (field.field != "published" && field.field != "publisher" && field.field != "author" &&
          field.field != "url") {
        throw Error(ErrorKind::CORRUPT_INDEX,
                    metadata_path.string() + ": unknown field " + field.field);
      }
      field.pattern =
          impl_->add_pattern(metadata_path, field.field, entry.at("pattern").get<std::string>());
      if (field.pattern < 0) {
        throw Error(ErrorKind::CORRUPT_INDEX,
                    metadata_path.string() + ": field " + field.field + ": empty pattern");
      }
      field.prefilter = prefilter_of(entry);
      field.prefilter_bit = impl_->add_prefilter(field.prefilter);
      field.title = entry.value("title", "");
      field.max_chars = entry.value("max_chars", std::size_t{100});
      impl_->fields.push_back(std::move(field));
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, metadata_path.string() + ": " + e.what());
  }
  impl_->index_literals();
}

PageRules::~PageRules() = default;

const BoilerplateRule& PageRules::rule(int index) const {
  return impl_->rules.at(static_cast<std::size_t>(index)).info;
}

void PageRules::drop_boilerplate(std::vector<PageLine>& lines, int title_line) const {
  const std::size_t n = lines.size();
  LineMatcher matcher(*impl_, lines);
  for (std::size_t i = 0; i < n; ++i) {
    if (lines[i].rule >= 0 || static_cast<int>(i) == title_line) continue;
    for (std::size_t r = 0; r < impl_->rules.size(); ++r) {
      const Impl::Rule& rule = impl_->rules[r];
      if (lines[i].chars > rule.max_chars) continue;
      if (rule.equals_title) {
        if (title_line < 0 || static_cast<int>(i) < title_line ||
            lines[i].text != lines[static_cast<std::size_t>(title_line)].text) {
          continue;
        }
      } else if (!matcher.passes(rule.prefilter, rule.prefilter_bit, i) ||
                 !matcher.finds(rule.pattern, i)) {
        continue;
      }
      if (rule.next >= 0 && (i + 1 >= n || !matcher.finds(rule.next, i + 1))) continue;
      const int index = static_cast<int>(r);
      lines[i].rule = index;
      if (rule.drop_to_end) {
        for (std::size_t k = i + 1; k < n; ++k) lines[k].rule = index;
        return;
      }
      if (rule.drop_block) {
        for (std::size_t k = i;
             k > 0 && lines[k - 1].rule < 0 && lines[k - 1].chars <= rule.max_chars &&
             matcher.finds(rule.block, k - 1);
             --k) {
          lines[k - 1].rule = index;
        }
        for (std::size_t k = i + 1;
             k < n && lines[k].chars <= rule.max_chars && matcher.finds(rule.block, k); ++k) {
          lines[k].rule = index;
        }
      }
      break;
    }
  }
}

int PageRules::read_metadata(const std::vector<PageLine>& lines, ArticleMetadata& metadata) const {
  const std::size_t header = std::min(lines.size(), impl_->header_lines);
  LineMatcher matcher(*impl_, lines);
  int title_line = -1;
  const auto headline_near = [&](std::size_t at, bool above) -> int {
    if (above ? at == 0 : at + 1 >= header) return -1;
    const std::size_t k = above ? at - 1 : at + 1;
    const PageLine& line = lines[k];
    if (line.chars == 0 || line.chars > impl_->title_max_chars) return -1;
    return static_cast<int>(k);
  };
  for (const Impl::Field& field : impl_->fields) {
    std::string* target = field.field == "published"   ? &metadata.published
                          : field.field == "publisher" ? &metadata.publisher
                          : field.field == "author"    ? &metadata.author
                                                       : &metadata.url;
    const icu::RegexPattern& pattern = *impl_->patterns[static_cast<std::size_t>(field.pattern)];
    for (std::size_t i = 0; i < header; ++i) {
      if (lines[i].chars > field.max_chars ||
          !matcher.passes(field.prefilter, field.prefilter_bit, i)) {
        continue;
      }
      icu::RegexMatcher* found = matcher.find(field.pattern, i);
      if (found == nullptr) continue;
      const auto group = [&](const char* name) {
        UErrorCode err = U_ZERO_ERROR;
        const int32_t number = pattern.groupNumberFromName(name, -1, err);
        if (U_FAILURE(err)) return std::string();
        std::string value;
        found->group(number, err).toUTF8String(value);
        return U_SUCCESS(err) ? value : std::string();
      };
      if (target->empty()) {
        if (field.field == "published") {
          std::string value =
              group("y") + "-" + two_digits(group("m")) + "-" + two_digits(group("d"));
          if (const std::string hour = group("H"); !hour.empty()) {
            value.append("T").append(two_digits(hour)).append(":").append(group("M"));
            if (const std::string second = group("S"); !second.empty())
              value.append(":").append(second);
          }
          *target = value;
        } else {
          *target = group("value");
        }
      }
      if (title_line < 0 && !field.title.empty()) {
        title_line = headline_near(i, field.title == "above");
      }
      break;
    }
  }
  if (title_line >= 0) metadata.title = lines[static_cast<std::size_t>(title_line)].text;
  return title_line;
}

std::vector<std::string> PageRules::prefilter_misses(const std::vector<PageLine>& lines) const {
  std::vector<std::string> misses;
  LineMatcher matcher(*impl_, lines);
  const auto check = [&](const std::string& id, int pattern,
                         const std::vector<std::string>& prefilter, std::uint64_t bit) {
    if (pattern < 0 || prefilter.empty()) return;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      // Both forms of the check: the literal mask and the plain substring search.
      const bool passed = matcher.passes(prefilter, bit, i);
      if (passed != passes(prefilter, lines[i].text))
        misses.push_back(id + " (mask): " + lines[i].text);
      if (!passed && matcher.finds(pattern, i)) {
        misses.push_back(id + ": " + lines[i].text);
      }
    }
  };
  for (const Impl::Rule& rule : impl_->rules) {
    check(rule.info.id, rule.pattern, rule.prefilter, rule.prefilter_bit);
  }
  for (const Impl::Field& field : impl_->fields) {
    check("metadata." + field.field, field.pattern, field.prefilter, field.prefilter_bit);
  }
  return misses;
}

}  // namespace suyuan::detail
