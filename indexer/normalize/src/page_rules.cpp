/// @file page_rules.cpp
/// @brief Loading and applying boilerplate and metadata rules (ICU regex, nlohmann JSON).
#include "page_rules.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <nlohmann/json.hpp>

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

bool finds(const icu::RegexPattern* pattern, const icu::UnicodeString& text) {
  if (pattern == nullptr) return true;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(text, status));
  return U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status);
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

}  // namespace

struct PageRules::Impl {
  struct Rule {
    BoilerplateRule info;
    PatternPtr pattern;
    PatternPtr block;
    PatternPtr next;
    std::size_t max_chars = 100;
    bool equals_title = false;
  };
  struct Field {
    std::string field;
    PatternPtr pattern;
    std::string title;  ///< "above", "below" or empty: where this line's headline sits
    std::size_t max_chars = 100;
  };
  std::vector<Rule> rules;
  std::vector<Field> fields;
  std::size_t header_lines = 12;
  std::size_t title_max_chars = 64;
};

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
      rule.equals_title = entry.value("equals_title", false);
      rule.pattern = compile(boilerplate_path, rule.info.id, entry.value("pattern", ""));
      rule.block = compile(boilerplate_path, rule.info.id, entry.value("block", ""));
      rule.next = compile(boilerplate_path, rule.info.id, entry.value("next", ""));
      rule.max_chars = entry.value("max_chars", std::size_t{100});
      if (rule.pattern == nullptr && !rule.equals_title) {
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
      field.pattern = compile(metadata_path, field.field, entry.at("pattern").get<std::string>());
      field.title = entry.value("title", "");
      field.max_chars = entry.value("max_chars", std::size_t{100});
      impl_->fields.push_back(std::move(field));
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::CORRUPT_INDEX, metadata_path.string() + ": " + e.what());
  }
}

PageRules::~PageRules() = default;

const BoilerplateRule& PageRules::rule(int index) const {
  return impl_->rules.at(static_cast<std::size_t>(index)).info;
}

void PageRules::drop_boilerplate(std::vector<PageLine>& lines, int title_line) const {
  const std::size_t n = lines.size();
  std::vector<icu::UnicodeString> texts(n);
  std::vector<bool> converted(n, false);
  const auto text_of = [&](std::size_t i) -> const icu::UnicodeString& {
    if (!converted[i]) {
      texts[i] = icu::UnicodeString::fromUTF8(lines[i].text);
      converted[i] = true;
    }
    return texts[i];
  };
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
      } else if (!finds(rule.pattern.get(), text_of(i))) {
        continue;
      }
      if (rule.next != nullptr && (i + 1 >= n || !finds(rule.next.get(), text_of(i + 1)))) {
        continue;
      }
      const int index = static_cast<int>(r);
      lines[i].rule = index;
      if (rule.info.action == "drop_to_end") {
        for (std::size_t k = i + 1; k < n; ++k) lines[k].rule = index;
        return;
      }
      if (rule.info.action == "drop_block") {
        for (std::size_t k = i;
             k > 0 && lines[k - 1].rule < 0 && lines[k - 1].chars <= rule.max_chars &&
             finds(rule.block.get(), text_of(k - 1));
             --k) {
          lines[k - 1].rule = index;
        }
        for (std::size_t k = i + 1;
             k < n && lines[k].chars <= rule.max_chars && finds(rule.block.get(), text_of(k));
             ++k) {
          lines[k].rule = index;
        }
      }
      break;
    }
  }
}

int PageRules::read_metadata(const std::vector<PageLine>& lines, ArticleMetadata& metadata) const {
  const std::size_t header = std::min(lines.size(), impl_->header_lines);
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
    for (std::size_t i = 0; i < header; ++i) {
      if (lines[i].chars > field.max_chars) continue;
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString text = icu::UnicodeString::fromUTF8(lines[i].text);
      std::unique_ptr<icu::RegexMatcher> matcher(field.pattern->matcher(text, status));
      if (U_FAILURE(status) || !matcher->find(status)) continue;
      const auto group = [&](const char* name) {
        UErrorCode err = U_ZERO_ERROR;
        const int32_t number = field.pattern->groupNumberFromName(name, -1, err);
        if (U_FAILURE(err)) return std::string();
        std::string value;
        matcher->group(number, err).toUTF8String(value);
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

}  // namespace suyuan::detail
