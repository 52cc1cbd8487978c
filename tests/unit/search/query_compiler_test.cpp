/// @file query_compiler_test.cpp
/// @brief Query rewriting: Chinese runs become exact phrases, syntax keeps its meaning.
#include "query_compiler.h"

#include <xapian.h>

#include <catch2/catch.hpp>

#include "claim_query.h"

using suyuan::HighlightPattern;
using suyuan::rewrite_query;

TEST_CASE("Chinese runs become phrases, Latin words stay words", "[search]") {
  CHECK(rewrite_query("出口管制").parser_input == "\"出口管制\"");
  CHECK(rewrite_query("出口管制 H20").parser_input == "\"出口管制\" H20");
  CHECK(rewrite_query("H20芯片").parser_input == "\"H20芯片\"");
  CHECK(rewrite_query("英伟达 OR 华为").parser_input == "\"英伟达\" OR \"华为\"");
  CHECK(rewrite_query("-出口 (管制)").parser_input == "-\"出口\" (\"管制\")");
}

TEST_CASE("quotes, operators and fields pass through", "[search]") {
  CHECK(rewrite_query("\"人工 智能\" x").parser_input == "\"人工 智能\" x");
  CHECK(rewrite_query("chip:H20 英伟达").parser_input == "chip:H20 \"英伟达\"");
  CHECK(rewrite_query("title:英伟达").parser_input == "title:\"英伟达\"");
  CHECK(rewrite_query("\"unterminated 英伟达").parser_input == "\"unterminated 英伟达\"");
  CHECK(rewrite_query("a:b").parser_input == "a:b");  // unknown field: plain text
}

TEST_CASE("highlights come from positive terms only", "[search]") {
  auto rewritten = rewrite_query("英伟达 -华为 NOT 台积电 H20芯片 chip:h200");
  REQUIRE(rewritten.highlights.size() == 2);
  CHECK(rewritten.highlights[0] == HighlightPattern{"英伟达"});
  CHECK(rewritten.highlights[1] == HighlightPattern{"h20", "芯片"});
}

TEST_CASE("highlight pieces split Latin words and Han runs", "[search]") {
  CHECK(suyuan::highlight_pieces("H20 AI芯片,出口") ==
        HighlightPattern{"h20", "ai", "芯片", "出口"});
  CHECK(suyuan::highlight_pieces("...").empty());
}

TEST_CASE("a query needs text when claim documents, which hold none, cannot match it", "[search]") {
  using Q = Xapian::Query;
  const Q han("中"), title("S中"), chip("XCHIPh20"), all = Q::MatchAll;
  const std::vector<Q> characters{han, Q("国")};
  const Q phrase(Q::OP_PHRASE, characters.begin(), characters.end());
  const Q range(Q::OP_VALUE_RANGE, 0u, std::string("2025"), std::string("2026"));
  CHECK(suyuan::needs_text(phrase));
  CHECK(suyuan::needs_text(title));
  CHECK(suyuan::needs_text(Q(Q::OP_FILTER, phrase, chip)));  // text and a filter: text
  CHECK(suyuan::needs_text(Q(Q::OP_AND, chip, han)));
  CHECK(suyuan::needs_text(Q(Q::OP_OR, phrase, title)));
  CHECK(suyuan::needs_text(Q(Q::OP_AND_NOT, han, chip)));
  CHECK_FALSE(suyuan::needs_text(chip));  // claims carry entity terms
  CHECK_FALSE(suyuan::needs_text(range));
  CHECK_FALSE(suyuan::needs_text(all));
  CHECK_FALSE(suyuan::needs_text(Q(Q::OP_OR, phrase, chip)));  // either side may match
  CHECK_FALSE(suyuan::needs_text(Q(Q::OP_AND_NOT, chip, han)));
  CHECK_FALSE(suyuan::needs_text(Q(Q::OP_AND_NOT, all, han)));  // `-中` alone
}
