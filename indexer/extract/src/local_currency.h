/// @file local_currency.h
/// @brief The currency a bare 元 stands for in one article: where the article was written.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "suyuan/normalize/normalizer.h"

namespace suyuan::extract {

/// Decides the ISO code of an article's 元 and 块 (units.tsv's `local` currency) from
/// data/extract/locales.json: mainland text means the renminbi, a Taiwan paper the new Taiwan
/// dollar, a Hong Kong one the Hong Kong dollar. Thread-safe after construction.
class LocalCurrency {
 public:
  /// Throws Error(NOT_FOUND / CORRUPT_INDEX) for a missing or malformed locales.json. Its
  /// words are folded with `normalizer`, as the text they are matched in is.
  static LocalCurrency load(const std::filesystem::path& data_dir, const Normalizer& normalizer);

  /// The currency of the article whose normalized text is `text` and whose raw text `script`
  /// samples. `vocabulary`: regional word groups, the mainland form first (Gazetteer).
  std::string of(std::string_view text, const ScriptSample& script,
                 const std::vector<std::vector<std::string>>& vocabulary) const;

 private:
  std::string default_currency_;
  double traditional_share_ = 1;
  std::string traditional_default_;
  /// ISO code and the words that name it, in the file's order (the first wins a tie).
  std::vector<std::pair<std::string, std::vector<std::string>>> named_currencies_;
};

}  // namespace suyuan::extract
