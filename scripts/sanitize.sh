#!/usr/bin/env bash
# Builds everything with clang 16 (Debian's default clang 14 trips over libstdc++ 12's ranges),
# AddressSanitizer + UndefinedBehaviorSanitizer and libFuzzer coverage into ./build-fuzz, then
# runs the whole test suite there (so every test also checks memory errors, leaks and undefined
# behaviour). scripts/fuzz.sh runs the fuzz targets of the
# same build. Usage: scripts/sanitize.sh [--build-only]
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang-16 CXX=clang++-16 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-O1 -g" -DSUYUAN_FUZZ=ON
cmake --build build-fuzz --parallel "$(nproc)"
if [[ "${1:-}" == --build-only ]]; then exit 0; fi
# detect_leaks: a leak fails its test; halt_on_error: the first report ends the test.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
ctest --test-dir build-fuzz --output-on-failure --parallel "$(nproc)" --timeout 900
