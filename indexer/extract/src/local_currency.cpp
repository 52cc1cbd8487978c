/// @file local_currency.cpp
/// @brief Where an article was written, as far as its bare 元 is concerned.
#include "local_currency.h"

#include <nlohmann/json.hpp>

#include "json_data.h"
#include "suyuan/core/error.h"

namespace suyuan::extract {
namespace {

/// Occurrences of `word` in `text`, not overlapping.
std::size_t count_of(std::string_view text, std::string_view word) {
  std::size_t n = 0;
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + word.size()))
    ++n;
  return n;
}

}  // namespace

LocalCurrency LocalCurrency::load(const std::filesystem::path& data_dir,
                                  const Normalizer& normalizer) {
  const auto file = data_dir / "locales.json";
  LocalCurrency local;
  read_json_data(file, [&](const nlohmann::json& json) {
    local.default_currency_ = json.at("default").get<std::string>();
    local.traditional_share_ = json.at("traditional_share").get<double>();
    local.traditional_default_ = json.at("traditional_default").get<std::string>();
    for (const auto& [currency, words] : json.at("named_currencies").items()) {
      std::vector<std::string> folded;
      for (const auto& w : words) folded.push_back(normalizer.fold_query(w.get<std::string>()));
      local.named_currencies_.emplace_back(currency, std::move(folded));
    }
  });
  if (local.traditional_share_ <= 0 || local.traditional_share_ > 1)
    throw Error(ErrorKind::CORRUPT_INDEX, file.string() + ": traditional_share is not in (0, 1]");
  return local;
}

std::string LocalCurrency::of(std::string_view text, const ScriptSample& script,
                              const std::vector<std::vector<std::string>>& vocabulary) const {
  if (!script.mostly_traditional(traditional_share_)) return default_currency_;
  // The currency the article names most (新台币, 港元): its bare 元 is that one.
  const std::string* named = nullptr;
  std::size_t most = 0;
  for (const auto& [currency, words] : named_currencies_) {
    std::size_t n = 0;
    for (const auto& w : words) n += count_of(text, w);
    if (n > most) most = n, named = &currency;
  }
  if (named) return *named;
  // A re-post of mainland news, converted to traditional script, keeps its mainland words.
  std::size_t mainland = 0, other = 0;
  for (const auto& group : vocabulary) {
    if (group.empty()) continue;
    mainland += count_of(text, group.front());
    for (std::size_t k = 1; k < group.size(); ++k)
      // (a form the same as the mainland one, or holding it, says nothing.)
      if (group[k].find(group.front()) == std::string::npos) other += count_of(text, group[k]);
  }
  return mainland > other ? default_currency_ : traditional_default_;
}

}  // namespace suyuan::extract
