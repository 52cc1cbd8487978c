/// @file query_compiler_test.cpp
/// @brief Query rewriting: Chinese runs become exact phrases, syntax keeps its meaning.
#include "query_compiler.h"

#include <xapian.h>

#include <catch2/catch.hpp>

#include "claim_query.h"
#include "index_fixture.h"

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
  // The fields rewrite_query writes itself cannot be typed.
  CHECK(rewrite_query("xalias:0 (xnear:1").parser_input == "xalias 0 (xnear 1");
  CHECK(rewrite_query("~xalias:0 axnear:1").parser_input == "~xalias 0 axnear:1");
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

TEST_CASE("words within a distance, one of them Chinese, become a proximity chain", "[search]") {
  auto near = rewrite_query("英伟达 NEAR 芯片");
  CHECK(near.parser_input == "xnear:0");
  REQUIRE(near.proximity.size() == 1);
  CHECK(near.proximity[0].operands == std::vector<std::string>{"英伟达", "芯片"});
  CHECK(near.proximity[0].distance == 10);
  CHECK_FALSE(near.proximity[0].ordered);
  CHECK(near.highlights == std::vector<HighlightPattern>{{"英伟达"}, {"芯片"}});
  auto adj = rewrite_query("x OR (h20 ADJ/3 芯片 ADJ/2 出口)");
  CHECK(adj.parser_input == "x OR (xnear:0)");
  REQUIRE(adj.proximity.size() == 1);
  CHECK(adj.proximity[0].operands == std::vector<std::string>{"h20", "芯片", "出口"});
  CHECK(adj.proximity[0].distance == 3);
  CHECK(adj.proximity[0].ordered);
  // Latin words only: Xapian's own NEAR.
  CHECK(rewrite_query("nvidia NEAR h20").parser_input == "nvidia NEAR h20");
  CHECK(rewrite_query("nvidia NEAR h20").proximity.empty());
  // What the chain cannot say is left to the parser as it was: NEAR and ADJ mixed, a
  // distance of 0, a quoted or negated word.
  CHECK(rewrite_query("芯片 NEAR 出口 ADJ 管制").proximity.empty());
  CHECK(rewrite_query("芯片 NEAR/0 出口").proximity.empty());
  CHECK(rewrite_query("\"芯片\" NEAR 出口").proximity.empty());
  CHECK(rewrite_query("-芯片 NEAR 出口").proximity.empty());
  // NOT negates the whole chain, + requires it; neither is highlighted when negated.
  auto negated = rewrite_query("x NOT 芯片 NEAR 出口");
  CHECK(negated.parser_input == "x NOT xnear:0");
  CHECK(negated.highlights == std::vector<HighlightPattern>{{"x"}});
  CHECK(rewrite_query("x +芯片 NEAR 出口").parser_input == "x +xnear:0");
}

TEST_CASE("a known alias in a proximity chain stands for all its forms", "[search]") {
  const suyuan::AliasGroups aliases(suyuan::test::shared_gazetteer());
  auto chain = rewrite_query("nvidia NEAR h20", aliases);
  CHECK(chain.parser_input == "xnear:0");
  REQUIRE(chain.proximity.size() == 1);
  REQUIRE(chain.proximity[0].forms.size() == 2);
  const auto& nvidia = chain.proximity[0].forms[0];
  CHECK(nvidia.front() == "nvidia");
  CHECK(std::find(nvidia.begin(), nvidia.end(), "英伟达") != nvidia.end());
  CHECK(std::find(nvidia.begin(), nvidia.end(), "辉达") != nvidia.end());
}
