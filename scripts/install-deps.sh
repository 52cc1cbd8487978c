#!/usr/bin/env bash
# Installs suyuan's build and test dependencies from Debian 12 packages (see README,
# "Dependencies", for why each one is here). Run as root, or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config  # toolchain
  libicu-dev                                    # normalize: script folding, sentence breaking
  libxapian-dev                                 # index + search
  libcpp-httplib-dev                            # web server (pulls in libssl-dev: SHA-256)
  nlohmann-json3-dev                            # JSON for CLI, API, stored data, golden tests
  libcli11-dev                                  # command-line parsing
  catch2                                        # tests
  xapian-tools                                  # tests: xapian-check, xapian-tcpsrv (shards)
  chromium fonts-noto-cjk                       # browser test of the web UI (tests/browser)
  clang-16 libclang-rt-16-dev                   # sanitizer build and libFuzzer targets
)
# The browser test installs playwright-core with npm; keep a Node.js that is already there
# (Debian's npm conflicts with NodeSource's nodejs, which bundles npm).
if ! command -v npm > /dev/null; then packages+=(nodejs npm); fi
if [[ "${SUYUAN_WITH_BENCH_TOOLS:-0}" == 1 ]]; then
  # peer tools the benchmarks measure against, and what index_bench.sh measures with
  packages+=(icu-devtools opencc xapian-omega sqlite3 time python3)
  packages+=(wrk)                               # tests/bench/load_web.sh
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
