#!/usr/bin/env bash
# Index build CPU of two suyuan-index binaries (e.g. main and a branch), run alternately on the
# same corpus so that both see the same machine load: the first 500 articles of each
# ../shared/data/news/*.jsonl (title, blank line, text; 1,500 articles, 6.7 MB), a fresh
# database each run, once per mode: --no-extract, default (extraction and re-post detection),
# --no-reposts. Prints each run's wall and CPU seconds with the load average, then the median
# CPU seconds per binary and mode and their ratio. CPU seconds (user + system) are what to
# compare on a shared machine: wall time also measures the others' load.
#
# Usage: tests/bench/index_build_ab.sh BEFORE_EXE AFTER_EXE [ROUNDS] [DATA_DIR_BEFORE DATA_DIR_AFTER]
set -euo pipefail
before=$1 after=$2 rounds=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
data_before=${4:-$here/../../data} data_after=${5:-$here/../../data}
work=$(mktemp -d /tmp/suyuan-ab.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$here/../../../shared/data/news" "$work/corpus" << 'PY'
import json, os, sys
news, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
for name in sorted(f for f in os.listdir(news) if f.endswith(".jsonl")):
    for k, line in enumerate(open(os.path.join(news, name), encoding="utf-8")):
        if k >= 500: break
        a = json.loads(line)
        safe = a["id"].replace("/", "_").replace(" ", "_")
        with open(os.path.join(out, safe + ".txt"), "w", encoding="utf-8") as f:
            f.write((a.get("title") or "") + "\n\n" + a["text"] + "\n")
PY
echo "# index_build_ab $(date -u +%FT%TZ), $(ls "$work/corpus" | wc -l) articles, $rounds rounds"
echo "# before: $before"
echo "# after:  $after"
declare -A cpu
for round in $(seq "$rounds"); do
  for mode in --no-extract default --no-reposts; do
    for side in before after; do
      exe=${!side}; data=data_$side
      args=(build --quiet --corpus "$work/corpus" --db "$work/db")
      [[ $mode != default ]] && args+=("$mode")
      rm -rf "$work/db"
      load=$(cut -d' ' -f1 /proc/loadavg)
      SUYUAN_DATA=${!data} /usr/bin/time -f "%e %U %S" -o "$work/time" "$exe" "${args[@]}"
      read -r wall user sys < "$work/time"
      c=$(python3 -c "print('%.2f' % ($user + $sys))")
      cpu[$side$mode]="${cpu[$side$mode]:-} $c"
      printf "%-7s %-13s %6.2f s wall %6.2f CPU s  load %s  index %s\n" "$side" "$mode" "$wall" "$c" "$load" "$(du -sh "$work/db" | cut -f1)"
    done
  done
done
median() { python3 -c "import sys, statistics; print('%.2f' % statistics.median(map(float, sys.argv[1:])))" $1; }
echo
printf "%-13s %12s %12s %8s\n" mode "before CPU s" "after CPU s" ratio
for mode in --no-extract default --no-reposts; do
  b=$(median "${cpu[before$mode]}") a=$(median "${cpu[after$mode]}")
  printf "%-13s %12s %12s %8s\n" "$mode" "$b" "$a" "$(python3 -c "print('%.2f' % ($a / $b))")"
done
