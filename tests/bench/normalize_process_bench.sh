#!/usr/bin/env bash
# Whole-process throughput and peak memory of `suyuan-index normalize` next to
# `uconv -x Traditional-Simplified` and `opencc -c t2s.json`, on the same 20 MB traditional
# file, startup included (measured with /usr/bin/time); then a 2 GB input streamed through a
# pipe (never stored) to show that memory does not grow with the input.
#
# Usage: tests/bench/normalize_process_bench.sh [BUILD_DIR] [GIB_STREAMED]
# The 20 MB file is the text of ../shared/data/news/appledaily_tw_2006_aitlas.jsonl and the
# sentences of the SIGHAN as/cityu test sets (all traditional), repeated to 20 MiB.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"
gib="${2:-2}"
index="$build/indexer/tools/suyuan-index"
shared="$here/../shared/data"
export SUYUAN_DATA="$here/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$shared" "$work/trad20.txt" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
parts = []
with open(f"{shared}/news/appledaily_tw_2006_aitlas.jsonl", encoding="utf8") as f:
    for line in f:
        parts.append((json.loads(line).get("text") or "").strip())
for name in ("as_test_gold.tsv", "cityu_test_gold.tsv"):
    with open(f"{shared}/segmentation/{name}", encoding="utf8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2:
                parts.append(fields[1])
unit = ("\n".join(parts) + "\n").encode()
data = bytearray()
while len(data) < 20 << 20:
    data += unit
data = bytes(data[:20 << 20])
open(out, "wb").write(data[:data.rindex(b"\n") + 1])
PY
size=$(stat -c %s "$work/trad20.txt")
echo "input: $size bytes of traditional text ($work/trad20.txt)"
echo "tools: $(uconv --version 2>&1 | head -1); opencc $(dpkg-query -W -f='${Version}' opencc 2>/dev/null)"

# best of 3 interleaved runs of each command: wall seconds, CPU seconds, peak RSS (KiB)
declare -A wall cpu rss
run() {  # name, command...
  local name=$1; shift
  local t
  t=$( { /usr/bin/time -f "%e %U %S %M" "$@" < "$work/trad20.txt" > "$work/out.$name"; } 2>&1 | tail -1)
  read -r e u s m <<< "$t"
  local c; c=$(echo "$u + $s" | bc)
  if [[ -z "${wall[$name]:-}" ]] || (( $(echo "$e < ${wall[$name]}" | bc) )); then wall[$name]=$e; fi
  if [[ -z "${cpu[$name]:-}" ]] || (( $(echo "$c < ${cpu[$name]}" | bc) )); then cpu[$name]=$c; fi
  if [[ -z "${rss[$name]:-}" ]] || (( m > ${rss[$name]} )); then rss[$name]=$m; fi
}
names=(suyuan_lines suyuan_normalize uconv opencc)
for round in 1 2 3; do
  run suyuan_lines "$index" normalize --lines -
  run suyuan_normalize "$index" normalize -
  run uconv uconv -x Traditional-Simplified
  run opencc opencc -c t2s.json
done
printf '%-18s %8s %8s %9s %9s %10s %9s %9s\n' command wall_s cpu_s wall_MB/s cpu_MB/s peak_MiB x_uconv_w x_uconv_c
for n in "${names[@]}"; do
  printf '%-18s %8.2f %8.2f %9.1f %9.1f %10.1f %9.1f %9.1f\n' "$n" "${wall[$n]}" "${cpu[$n]}" \
    "$(echo "$size / 1000000 / ${wall[$n]}" | bc -l)" "$(echo "$size / 1000000 / ${cpu[$n]}" | bc -l)" \
    "$(echo "${rss[$n]} / 1024" | bc -l)" \
    "$(echo "${wall[uconv]} / ${wall[$n]}" | bc -l)" "$(echo "${cpu[uconv]} / ${cpu[$n]}" | bc -l)"
done
echo "(x_uconv: uconv's time / this command's time, wall clock and CPU; best of 3 runs each)"

# Same bytes out as the whole-file fold of the previous release? The streamed output has one
# line per input line, like --lines always had.
lines_in=$(wc -l < "$work/trad20.txt"); lines_out=$(wc -l < "$work/out.suyuan_lines")
echo "--lines: $lines_in lines in, $lines_out lines out"

# Streaming: GIB_STREAMED GiB through a pipe, never stored.
repeats=$(( (gib << 30) / size ))
t=$( { for ((i = 0; i < repeats; ++i)); do cat "$work/trad20.txt"; done |
       /usr/bin/time -f "%e %M" "$index" normalize --lines - | wc -c > "$work/count"; } 2>&1 | tail -1)
read -r e m <<< "$t"
echo "streamed --lines: $((repeats * size)) bytes in through a pipe, $(cat "$work/count") bytes out," \
     "$e s, peak RSS $(echo "$m / 1024" | bc -l | xargs printf '%.1f') MiB"
t=$( { for ((i = 0; i < repeats / 4; ++i)); do cat "$work/trad20.txt"; done |
       /usr/bin/time -f "%e %M" "$index" normalize - | wc -c > "$work/count"; } 2>&1 | tail -1)
read -r e m <<< "$t"
echo "streamed normalize: $((repeats / 4 * size)) bytes in through a pipe, $(cat "$work/count") bytes out," \
     "$e s, peak RSS $(echo "$m / 1024" | bc -l | xargs printf '%.1f') MiB"
