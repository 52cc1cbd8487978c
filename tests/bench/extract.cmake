# extract_eval: recogniser precision/recall on recognizers_zh and extraction MB/s. The spec
# scoring is shared with the extract_tests floor test; recognizers.h is private to the library.
add_executable(extract_eval extract_eval.cpp
                            ${PROJECT_SOURCE_DIR}/tests/unit/extract/recognizer_specs.cpp)
target_include_directories(extract_eval PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit/extract
                                                ${PROJECT_SOURCE_DIR}/indexer/extract/src)
target_link_libraries(extract_eval PRIVATE suyuan_bench_support suyuan::normalize suyuan::extract)
# claims_eval: claim frames against the hand-labelled gold (claims_dev and tests/data/claims).
add_executable(claims_eval claims_eval.cpp ${PROJECT_SOURCE_DIR}/tests/unit/extract/frame_scores.cpp)
target_include_directories(claims_eval PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit/extract)
target_link_libraries(claims_eval PRIVATE suyuan_bench_support suyuan::normalize suyuan::extract)
