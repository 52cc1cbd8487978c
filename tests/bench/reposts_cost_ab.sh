#!/usr/bin/env bash
# What re-post detection costs a whole build: interleaved builds of one corpus (by default the
# whole shared news, written by runs/2026-12-01-cpp/make_news_corpus.py) by several variants,
# each a label, a suyuan-index binary, a data directory and build flags, e.g.
#   norp=/tmp/a/suyuan-index:data:--no-reposts  full=/tmp/a/suyuan-index:data:
# Every round runs each variant once, in an order rotated by the round, niced, into a fresh
# database. Per run: CPU seconds (user + sys, /usr/bin/time), wall, peak RSS, index size and the
# load average at its start. At the end, per round each variant's CPU over the first variant's
# (the baseline, e.g. --no-reposts) of the same round, and the means. CPU seconds are what to
# compare on a shared machine, and only within a round: they inflate with the others' load.
#
# Usage: tests/bench/reposts_cost_ab.sh CORPUS_DIR ROUNDS LABEL=EXE:DATA_DIR:FLAGS...
set -euo pipefail
corpus=$1 rounds=$2
shift 2
labels=() exes=() datas=() flags=()
for spec in "$@"; do
  labels+=("${spec%%=*}")
  rest=${spec#*=}
  exes+=("${rest%%:*}")
  rest=${rest#*:}
  datas+=("${rest%%:*}")
  flags+=("${rest#*:}")
done
n=${#labels[@]}
work=$(mktemp -d /tmp/suyuan-reposts-ab.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "# reposts_cost_ab $(date -u +%FT%TZ), corpus $corpus ($(find "$corpus" -name '*.txt' | wc -l) articles), $rounds rounds, $(nproc) cores shared with other agents"
for ((v = 0; v < n; ++v)); do
  echo "# ${labels[v]}: ${exes[v]} --data ${datas[v]} ${flags[v]} ($(sha256sum "${exes[v]}" | cut -c1-12))"
done
declare -A cpu rss size
for ((r = 0; r < rounds; ++r)); do
  for ((k = 0; k < n; ++k)); do
    v=$(((k + r) % n))
    rm -rf "$work/db"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    # shellcheck disable=SC2086
    nice /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${exes[v]}" --data "${datas[v]}" build --quiet --force \
      --corpus "$corpus" --db "$work/db" ${flags[v]}
    read -r wall user sys peak < "$work/time"
    c=$(python3 -c "print('%.2f' % ($user + $sys))")
    s=$(du -sm "$work/db" | cut -f1)
    cpu[$r,$v]=$c rss[$r,$v]=$((peak / 1024)) size[$r,$v]=$s
    printf "round %d %-10s %7.2f CPU s %7.2f s wall  peak %4d MB  index %4d MB  load %s\n" \
      $((r + 1)) "${labels[v]}" "$c" "$wall" $((peak / 1024)) "$s" "$load"
  done
done
echo
for ((r = 0; r < rounds; ++r)); do
  line="round $((r + 1)):"
  for ((v = 1; v < n; ++v)); do
    line+=" ${labels[v]} $(python3 -c "print('%+.1f %%' % (100 * (${cpu[$r,$v]} / ${cpu[$r,0]} - 1)))")"
  done
  echo "$line"
done
for ((v = 0; v < n; ++v)); do
  c="" m="" s=""
  for ((r = 0; r < rounds; ++r)); do c+=" ${cpu[$r,$v]}" m+=" ${rss[$r,$v]}" s+=" ${size[$r,$v]}"; done
  python3 - "${labels[v]}" "$c" "$m" "$s" "$(for ((r = 0; r < rounds; ++r)); do echo -n " ${cpu[$r,0]}"; done)" << 'PY'
import statistics, sys
label, c, m, s, base = sys.argv[1:]
c, m, s, base = ([float(x) for x in v.split()] for v in (c, m, s, base))
ratios = [100 * (x / b - 1) for x, b in zip(c, base)]
print("%-10s mean %6.2f CPU s (%+.1f %% over the baseline's mean; per round %s), peak %d MB, index %d MB"
      % (label, statistics.mean(c), 100 * (statistics.mean(c) / statistics.mean(base) - 1),
         " ".join("%+.1f" % x for x in ratios), max(m), statistics.median(s)))
PY
done
