#!/usr/bin/env bash
# The test command: installs dependencies, builds, and runs the whole test suite with ctest;
# then the same suite under ASan + UBSan (clang, ./build-fuzz) and every fuzz target for a
# bounded time. .ci/run calls exactly this. Set SUYUAN_SKIP_DEPS=1 to skip apt-get on a
# prepared machine, SUYUAN_SKIP_SANITIZERS=1 to run only the plain suite, SUYUAN_FUZZ_RUNS to
# change the runs per fuzz target (default 20000, from seed 1; scripts/fuzz.sh SECONDS fuzzes
# for longer with random seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SUYUAN_SKIP_DEPS:-0}" != 1 ]]; then bash scripts/install-deps.sh; fi
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
if [[ "${SUYUAN_SKIP_SANITIZERS:-0}" != 1 ]]; then
  bash scripts/sanitize.sh
  # A fixed budget from a fixed seed: the same amount of work on any machine. (libFuzzer's choices
  # still follow coverage and timing, so two machines can explore differently; what must never
  # crash anywhere is also pinned by deterministic tests, e.g. searcher_test's query mixes.)
  SUYUAN_FUZZ_RUNS="${SUYUAN_FUZZ_RUNS:-20000}" bash scripts/fuzz.sh
fi
