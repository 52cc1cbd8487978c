#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan) into ./build-fuzz and runs
# each for a bounded time on seeds from corpus/, tests/fuzz/regressions and ../shared/data.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [TARGET...]
# With SUYUAN_FUZZ_RUNS=N each target makes N runs from seed 1 instead (a fixed budget; CI). Runs
# from one seed still differ between machines: libFuzzer follows coverage and timing.
# A finding (crash, leak, broken invariant) stops that target, leaves the input as
# build-fuzz/findings/<target>/crash-*, and makes the script exit 1: copy the file into
# tests/fuzz/regressions/<target>/ so ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(normalize_fuzz extract_fuzz query_fuzz stored_document_fuzz)
fi

bash scripts/sanitize.sh --build-only

# Seeds: the regression inputs, the seed articles, and slices of real news (one article text
# per file, cut to the length the fuzzer explores).
seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds/text"
cp corpus/*.txt tests/data/traps/*.txt "$seeds/text/" 2>/dev/null || true
shared=../shared/data
if [[ -d "$shared/news" ]]; then
  n=0
  for file in "$shared"/news/*.jsonl; do
    # Every 97th article of each file: CCTV, 2018 web news and Taiwan traditional text.
    # (head closes the pipe early, so the pipeline's status is not the script's business.)
    { awk 'NR % 97 == 1' "$file" | head -n 40 | sed -e 's/^.*"text": "//' -e 's/\\n/\n/g' |
      split -l 8 - "$seeds/text/news_${n}_"; } || true
    n=$((n + 1))
  done
fi
if [[ -f "$shared/tradsimp/ud_gsd_dev.tsv" ]]; then
  { head -n 60 "$shared/tradsimp/ud_gsd_dev.tsv" | cut -f1 | split -l 6 - "$seeds/text/tradsimp_"; } || true
fi

export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
status=0
for target in "${targets[@]}"; do
  corpus_dir="build-fuzz/fuzz-corpus/$target"
  findings="build-fuzz/findings/$target"
  mkdir -p "$corpus_dir" "$findings"
  inputs=("tests/fuzz/regressions/$target")
  case "$target" in
    normalize_fuzz | extract_fuzz) inputs+=("$seeds/text") ;;
  esac
  # SUYUAN_FUZZ_RUNS: a fixed number of runs from a fixed seed instead of a time limit, so a
  # run (CI's) does the same work on any machine and a pass can be reproduced.
  if [[ -n "${SUYUAN_FUZZ_RUNS:-}" ]]; then
    budget=(-runs="$SUYUAN_FUZZ_RUNS" -seed=1)
    echo "== $target: $SUYUAN_FUZZ_RUNS runs from seed 1"
  else
    budget=(-max_total_time="$seconds")
    echo "== $target: ${seconds}s"
  fi
  rm -rf "$corpus_dir" && mkdir -p "$corpus_dir"
  if ! "build-fuzz/tests/fuzz/$target" "$corpus_dir" "${inputs[@]}" \
      "${budget[@]}" -max_len=4096 -timeout=20 -rss_limit_mb=2048 \
      -artifact_prefix="$findings/" -print_final_stats=1 2>"build-fuzz/$target.log"; then
    status=1
    echo "!! $target found a problem; see build-fuzz/$target.log and $findings/"
    tail -n 40 "build-fuzz/$target.log"
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)' \
    "build-fuzz/$target.log" || true
done
exit "$status"
