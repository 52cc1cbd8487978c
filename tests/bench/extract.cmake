# extract_eval: recogniser precision/recall on recognizers_zh and extraction MB/s.
add_executable(extract_eval extract_eval.cpp)
target_link_libraries(extract_eval PRIVATE suyuan_bench_support suyuan::normalize suyuan::extract)
