#!/usr/bin/env bash
# The test command: installs dependencies, builds, and runs the whole test suite with ctest.
# .ci/run calls exactly this. Set SUYUAN_SKIP_DEPS=1 to skip apt-get on a prepared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SUYUAN_SKIP_DEPS:-0}" != 1 ]]; then bash scripts/install-deps.sh; fi
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
