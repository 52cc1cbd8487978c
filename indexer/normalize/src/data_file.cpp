/// @file data_file.cpp
/// @brief Data-file reading helpers shared by the normalizer's rule loaders.
#include "data_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"

namespace suyuan::detail {

std::string read_data_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "normalizer data file not found: " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void malformed(const std::filesystem::path& path, std::size_t line, std::string_view what) {
  throw Error(ErrorKind::CORRUPT_INDEX,
              path.string() + ":" + std::to_string(line) + ": " + std::string(what));
}

std::vector<TsvRow> read_tsv(const std::filesystem::path& path) {
  const std::string text = read_data_file(path);
  if (auto bad = utf8::find_invalid(text)) {
    malformed(path,
              1 + static_cast<std::size_t>(std::count(
                      text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n')),
              "invalid UTF-8");
  }
  std::vector<TsvRow> rows;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    TsvRow row{line_number, {}};
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      row.fields.emplace_back(
          line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < utf8.size()) out.push_back(utf8::decode(utf8, pos));
  return out;
}

}  // namespace suyuan::detail
