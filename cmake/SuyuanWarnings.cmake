# Warning and sanitizer flags applied to every suyuan target through suyuan_project_options.
add_library(suyuan_project_options INTERFACE)
target_compile_options(suyuan_project_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                        -Wnon-virtual-dtor)
if(SUYUAN_SANITIZE)
  target_compile_options(suyuan_project_options INTERFACE -fsanitize=address,undefined
                                                          -fno-omit-frame-pointer)
  target_link_options(suyuan_project_options INTERFACE -fsanitize=address,undefined)
  # UBSan findings fail the test that caused them instead of scrolling past.
  target_compile_options(suyuan_project_options INTERFACE -fno-sanitize-recover=all)
endif()
if(SUYUAN_FUZZ)
  # Coverage for libFuzzer in every library; the targets add -fsanitize=fuzzer at link time.
  target_compile_options(suyuan_project_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
