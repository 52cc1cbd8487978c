/// @file offset_map_test.cpp
/// @brief OffsetMap: linear and atomic pieces, dropped spans, slicing, serialisation.
#include "suyuan/normalize/offset_map.h"

#include <catch2/catch.hpp>

#include "suyuan/core/error.h"

using suyuan::ByteRange;
using suyuan::OffsetMap;

TEST_CASE("identity map returns the same range", "[normalize][offset_map]") {
  const OffsetMap map = OffsetMap::identity(10);
  CHECK(map.to_raw({2, 5}) == ByteRange{2, 5});
  CHECK(map.to_raw({0, 10}) == ByteRange{0, 10});
  CHECK(map.raw_position(10) == 10);
  CHECK(map.piece_count() == 1);
}

TEST_CASE("adjacent linear pieces merge", "[normalize][offset_map]") {
  OffsetMap map;
  map.append_linear(0, 3);
  map.append_atomic(3, 3, 3);  // same-length replacement (國 → 国) is linear
  map.append_linear(6, 4);
  CHECK(map.piece_count() == 1);
  CHECK(map.to_raw({4, 7}) == ByteRange{4, 7});
}

TEST_CASE("atomic pieces map to their whole raw range", "[normalize][offset_map]") {
  OffsetMap map;
  map.append_linear(0, 2);     // "ab"
  map.append_atomic(2, 3, 1);  // Ａ → A
  map.append_linear(5, 2);     // "cd"
  CHECK(map.normalized_size() == 5);
  CHECK(map.to_raw({2, 3}) == ByteRange{2, 5});
  CHECK(map.to_raw({1, 4}) == ByteRange{1, 6});
  CHECK(map.to_raw({3, 5}) == ByteRange{5, 7});
}

TEST_CASE("dropped raw bytes are skipped at span edges", "[normalize][offset_map]") {
  OffsetMap map;
  map.append_linear(0, 3);     // 國
  map.append_atomic(3, 7, 0);  // (guó) dropped
  map.append_linear(10, 3);    // 家
  CHECK(map.normalized_size() == 6);
  CHECK(map.to_raw({0, 3}) == ByteRange{0, 3});
  CHECK(map.to_raw({3, 6}) == ByteRange{10, 13});
  CHECK(map.to_raw({0, 6}) == ByteRange{0, 13});
  CHECK(map.raw_position(3) == 10);
  CHECK(map.to_raw({3, 3}) == ByteRange{10, 10});
}

TEST_CASE("leading dropped piece and empty map", "[normalize][offset_map]") {
  OffsetMap map;
  map.append_atomic(0, 5, 0);
  map.append_linear(5, 2);
  CHECK(map.to_raw({0, 2}) == ByteRange{5, 7});
  const OffsetMap empty;
  CHECK(empty.to_raw({0, 4}) == ByteRange{0, 0});
  CHECK(empty.raw_position(3) == 0);
}

TEST_CASE("ranges past the end are clamped", "[normalize][offset_map]") {
  const OffsetMap map = OffsetMap::identity(4);
  CHECK(map.to_raw({2, 100}) == ByteRange{2, 4});
  CHECK(map.to_raw({50, 100}) == ByteRange{4, 4});
}

TEST_CASE("append_slice composes a selection with a map", "[normalize][offset_map]") {
  OffsetMap source;
  source.append_linear(0, 4);
  source.append_atomic(4, 6, 0);
  source.append_linear(10, 4);
  source.append_atomic(14, 3, 1);
  OffsetMap slice;
  slice.append_slice(source, {2, 9});
  CHECK(slice.normalized_size() == 7);
  CHECK(slice.to_raw({0, 2}) == ByteRange{2, 4});
  CHECK(slice.to_raw({2, 6}) == ByteRange{10, 14});
  CHECK(slice.to_raw({6, 7}) == ByteRange{14, 17});
  CHECK(slice.to_raw({0, 7}) == ByteRange{2, 17});
}

TEST_CASE("serialisation round-trips and rejects garbage", "[normalize][offset_map]") {
  OffsetMap map;
  map.append_linear(0, 3);
  map.append_atomic(3, 7, 0);
  map.append_atomic(10, 3, 1);
  const OffsetMap copy = OffsetMap::deserialize(map.serialize());
  CHECK(copy.serialize() == map.serialize());
  CHECK(copy.to_raw({0, 4}) == map.to_raw({0, 4}));
  CHECK_THROWS_AS(OffsetMap::deserialize({1, 2, 3}), suyuan::Error);
  CHECK_THROWS_AS(OffsetMap::deserialize({5, 0, 1, 1}), suyuan::Error);
}
