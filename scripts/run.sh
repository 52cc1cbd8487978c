#!/usr/bin/env bash
# The main job: installs dependencies, builds, indexes corpus/ and serves the web UI on
# http://127.0.0.1:8080 (override with SUYUAN_HOST / SUYUAN_PORT). Set SUYUAN_SKIP_DEPS=1
# to skip apt-get on a prepared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SUYUAN_SKIP_DEPS:-0}" != 1 ]]; then bash scripts/install-deps.sh; fi
bash scripts/build.sh -DSUYUAN_BUILD_TESTS=OFF
export SUYUAN_DB="${SUYUAN_DB:-$PWD/suyuan.db}"
build/indexer/tools/suyuan-index build --corpus corpus
exec build/web/suyuan-web --host "${SUYUAN_HOST:-127.0.0.1}" --port "${SUYUAN_PORT:-8080}"
