/// @file term_positions.h
/// @brief The full-text terms the index writes for a text, with their positions, for code that
/// must match a query on a text the index holds only as a value (a claim's sentence).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace suyuan {

/// Term → its positions (ascending, from 1), exactly as the index stage writes body text:
/// Han characters as unigrams, the rest through Xapian's TermGenerator (see text_terms.h).
using TermPositions = std::map<std::string, std::vector<unsigned>, std::less<>>;

/// The terms of `text` (normalized or folded like a query).
TermPositions term_positions(std::string_view text);

}  // namespace suyuan
