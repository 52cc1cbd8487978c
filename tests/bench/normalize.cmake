# normalize_bench: folding throughput and accuracy next to uconv and OpenCC.
add_executable(normalize_bench normalize_bench.cpp)
target_link_libraries(normalize_bench PRIVATE suyuan_bench_support suyuan::normalize)
