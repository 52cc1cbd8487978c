#!/usr/bin/env bash
# Issue 9's index-build budget, measured: "index build speed must not drop by more than 20 %"
# against the build before claim frames. Builds the same corpus (the first N shared news
# articles, xwlb_cctv first, with their sidecars) with the binary of that commit and with this
# one, alternately so that both see the same machine load, each into a fresh database:
#   before            the earlier binary's default build (its extraction: gazetteer claims only)
#   now --no-reposts  this build with claim frames but without re-post detection, which the
#                     earlier binary did not have (re-posts have a budget of their own)
#   now               this build's default (claim frames and re-post detection)
#   now --no-extract  this build without extraction (full text only): what the frames cost
# Prints every run, then the medians of wall and CPU seconds and their ratios to `before`.
#
# Usage: tests/bench/extraction_budget.sh BEFORE_EXE [ARTICLES] [ROUNDS] [BEFORE_DATA_DIR]
#   BEFORE_EXE       suyuan-index of the earlier commit, e.g. fed5abf (git worktree add, build)
#   BEFORE_DATA_DIR  that commit's data/ (default: the data/ beside BEFORE_EXE's source tree,
#                    found from its build directory's CMakeCache.txt)
set -euo pipefail
before=$1 count=${2:-5000} rounds=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
now=$here/../../build/indexer/tools/suyuan-index
news=$here/../../../shared/data/news
data_now=$here/../../data
data_before=${4:-}
if [[ -z $data_before ]]; then
  cache=$(dirname "$before")/../../CMakeCache.txt
  src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")
  data_before=$src/data
fi
for exe in "$before" "$now"; do
  [[ -x $exe ]] || { echo "extraction_budget: no executable $exe" >&2; exit 2; }
done
work=$(mktemp -d /tmp/suyuan-budget.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$count" "$work/corpus" "$news" << 'PY'
import json, os, sys
count, out, news = int(sys.argv[1]), sys.argv[2], sys.argv[3]
files = ["xwlb_cctv_2022-2026.jsonl"] + sorted(
    f for f in os.listdir(news) if f.endswith(".jsonl") and f != "xwlb_cctv_2022-2026.jsonl")
os.makedirs(out)
n = 0
for name in files:
    for line in open(os.path.join(news, name)):
        if n >= count: break
        a = json.loads(line)
        stem = "%06d_%s" % (n, "".join(c for c in a.get("id", str(n)) if c.isalnum() or c in "-_"))
        with open(os.path.join(out, stem + ".txt"), "w") as f:
            f.write((a.get("title") or "") + "\n\n" + (a.get("text") or "") + "\n")
        meta = {k: a[k] for k in ("title", "url") if a.get(k)}
        if a.get("date"): meta["published"] = a["date"]
        with open(os.path.join(out, stem + ".meta.json"), "w") as f: json.dump(meta, f, ensure_ascii=False)
        n += 1
PY
echo "# extraction_budget $(date -u +%FT%TZ) on $(nproc) cores, $(ls "$work/corpus" | grep -c '\.txt$') articles, $rounds rounds"
echo "# before: $before (data $data_before)"
echo "# now:    $now"
declare -A walls cpus
runs=("before|$before|$data_before|" "now --no-reposts|$now|$data_now|--no-reposts"
      "now|$now|$data_now|" "now --no-extract|$now|$data_now|--no-extract")
for round in $(seq "$rounds"); do
  for run in "${runs[@]}"; do
    IFS='|' read -r name exe data flag <<< "$run"
    rm -rf "$work/db"
    args=(build --quiet --corpus "$work/corpus" --db "$work/db")
    [[ -n $flag ]] && args+=("$flag")
    load=$(cut -d' ' -f1 /proc/loadavg)
    SUYUAN_DATA=$data /usr/bin/time -f "%e %U %S" -o "$work/time" "$exe" "${args[@]}" > /dev/null
    read -r wall user sys < "$work/time"
    cpu=$(python3 -c "print('%.2f' % ($user + $sys))")
    walls[$name]="${walls[$name]:-} $wall"
    cpus[$name]="${cpus[$name]:-} $cpu"
    printf "round %d  %-17s %6.2f s wall %6.2f CPU s  load %s\n" "$round" "$name" "$wall" "$cpu" "$load"
  done
done
median() { python3 -c "import sys, statistics; print('%.2f' % statistics.median(map(float, sys.argv[1:])))" $1; }
echo
printf "%-17s %10s %8s %10s %8s\n" build "wall s" "÷ before" "CPU s" "÷ before"
bw=$(median "${walls[before]}") bc=$(median "${cpus[before]}")
for run in "${runs[@]}"; do
  name=${run%%|*}
  w=$(median "${walls[$name]}") c=$(median "${cpus[$name]}")
  printf "%-17s %10s %8s %10s %8s\n" "$name" "$w" "$(python3 -c "print('%.2f' % ($w / $bw))")" \
    "$c" "$(python3 -c "print('%.2f' % ($c / $bc))")"
done
