#!/usr/bin/env bash
# Index build benchmark: suyuan-index build (normalize + extract + index, all cores) next to
# Xapian's scriptindex (xapian-omega, XAPIAN_CJK_NGRAM=1) and SQLite FTS5 (trigram tokenizer)
# on the same texts, in one run; then scaling at 1×, 2× and 5× the corpus, an unchanged re-run,
# and a 2-shard build. Every index stores the article text (suyuan also its offset map and
# claims), so each can show and cite what it found.
#
# Usage: tests/bench/index_bench.sh [BUILD_DIR] [ARTICLES]   (defaults: build, 5000)
# Needs: python3, /usr/bin/time, scriptindex (xapian-omega), sqlite3, xapian-check.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build}" && pwd)
articles=${2:-5000}
index_exe="$build_dir/indexer/tools/suyuan-index"
news="$source_dir/../shared/data/news"
work=$(mktemp -d /tmp/suyuan-index-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

for tool in python3 scriptindex sqlite3 xapian-check /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "index_bench: $tool is missing" >&2; exit 1; }
done
[[ -x "$index_exe" ]] || { echo "index_bench: build $index_exe first" >&2; exit 1; }

# Writes the first N articles of the shared news (xwlb_cctv first, then the other files) as
# NAME.txt (title, blank line, text) + NAME.meta.json, and the same records for scriptindex.
make_corpus() {  # count dir
  python3 - "$1" "$2" "$news" << 'PY'
import json, os, sys
count, out, news = int(sys.argv[1]), sys.argv[2], sys.argv[3]
files = ["xwlb_cctv_2022-2026.jsonl"] + sorted(
    f for f in os.listdir(news) if f.endswith(".jsonl") and f != "xwlb_cctv_2022-2026.jsonl")
os.makedirs(out + "/corpus")
n = 0
with open(out + "/scriptindex.in", "w") as records:
    for name in files:
        for line in open(os.path.join(news, name)):
            if n >= count: break
            a = json.loads(line)
            stem = "%06d_%s" % (n, "".join(c for c in a.get("id", str(n)) if c.isalnum() or c in "-_"))
            text = (a.get("title") or "") + "\n\n" + (a.get("text") or "") + "\n"
            with open(out + "/corpus/" + stem + ".txt", "w") as f: f.write(text)
            meta = {k: a[k] for k in ("title", "url") if a.get(k)}
            if a.get("date"): meta["published"] = a["date"]
            with open(out + "/corpus/" + stem + ".meta.json", "w") as f: json.dump(meta, f, ensure_ascii=False)
            body = text.rstrip("\n").replace("\n", "\n=")
            records.write("id=%s.txt\ntitle=%s\ntext=%s\n\n" % (stem, (a.get("title") or "").replace("\n", " "), body))
            n += 1
print(n)
PY
}

# Runs a command, prints "seconds peak_kib cpu_seconds" of it (cpu = user + system: on a machine
# shared with other work, wall time also measures the others' load).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.out" "$@" > "$work/cmd.out" 2> "$work/cmd.err" || {
    echo "index_bench: failed: $*" >&2; cat "$work/cmd.err" >&2; exit 1; }
  read -r wall kib user sys < "$work/time.out"
  echo "$wall $kib $(python3 -c "print('%.2f' % ($user + $sys))")"
}
size_of() { du -sb "$1" | cut -f1; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print('%.2f' % (a/b if b else 0))" "$1" "$2"; }
rate() { python3 -c "import sys; print('%.0f' % (float(sys.argv[1])/max(float(sys.argv[2]),1e-9)))" "$1" "$2"; }

cat > "$work/index.script" << 'EOF2'
id : boolean=Q unique=Q field=id
title : index=S field=title
text : index field=text
EOF2

jobs=$(nproc)
echo "# index_bench $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(scriptindex --version | head -1); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "# suyuan-index build with the default --jobs (one per core the writer threads leave, at least one); every index stores the text"

n=$(make_corpus "$articles" "$work/base")
corpus_mb=$(python3 -c "import sys; print('%.1f' % (int(sys.argv[1])/1e6))" \
  "$(cat "$work"/base/corpus/*.txt | wc -c)")
echo "corpus: $n articles, $corpus_mb MB of text"
echo
printf "%-34s %9s %9s %9s %11s %11s %10s %9s\n" tool seconds docs/s "CPU s" "docs/CPU-s" "index MB" "index/text" "peak MB"

read -r s_sec s_kib s_cpu < <(measure "$index_exe" build --json --corpus "$work/base/corpus" --db "$work/base/suyuan.db")
writer_line=$(python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))
print('suyuan writer: waited %.2f s for the workers, %.2f s committing, of %.2f s; writer threads %.2f CPU s' % (r['writer_wait_seconds'], r['commit_seconds'], r['seconds'], r.get('writer_cpu_seconds', 0)))
if r.get('fresh'): print('suyuan first build: articles and claims written as parts in parallel, merged into place in %.2f s' % r['merge_seconds'])" "$work/cmd.out")
cp "$work/cmd.out" "$work/base/report.json"
s_size=$(size_of "$work/base/suyuan.db")
read -r x_sec x_kib x_cpu < <(XAPIAN_CJK_NGRAM=1 measure scriptindex --overwrite "$work/base/scriptindex.db" "$work/index.script" "$work/base/scriptindex.in")
x_size=$(size_of "$work/base/scriptindex.db")
read -r f_sec f_kib f_cpu < <(cd "$work/base" && measure sqlite3 fts5.sqlite \
  "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, tokenize='trigram');
   INSERT INTO docs SELECT name, readfile(name) FROM fsdir('corpus') WHERE name LIKE '%.txt';")
f_size=$(size_of "$work/base/fts5.sqlite")
text_bytes=$(cat "$work"/base/corpus/*.txt | wc -c)
row() {  # name sec kib size cpu
  printf "%-34s %9.2f %9s %9.2f %11s %11.1f %10.2f %9.0f\n" "$1" "$2" "$(rate "$n" "$2")" "$5" \
    "$(rate "$n" "$5")" "$(python3 -c "print($4/1e6)")" "$(ratio "$4" "$text_bytes")" \
    "$(python3 -c "print($3/1024)")"
}
row "suyuan-index build" "$s_sec" "$s_kib" "$s_size" "$s_cpu"
row "scriptindex (XAPIAN_CJK_NGRAM=1)" "$x_sec" "$x_kib" "$x_size" "$x_cpu"
row "sqlite3 FTS5 trigram" "$f_sec" "$f_kib" "$f_size" "$f_cpu"
echo "suyuan ÷ scriptindex: docs/s $(ratio "$x_sec" "$s_sec")×, docs per CPU-second $(ratio "$x_cpu" "$s_cpu")×, index size $(ratio "$s_size" "$x_size")×, peak memory $(ratio "$s_kib" "$x_kib")×"
echo "suyuan ÷ FTS5 trigram: docs/s $(ratio "$f_sec" "$s_sec")×, docs per CPU-second $(ratio "$f_cpu" "$s_cpu")×, index size $(ratio "$s_size" "$f_size")×, peak memory $(ratio "$s_kib" "$f_kib")×"
echo "$writer_line"
xapian-check "$work/base/suyuan.db" > /dev/null && echo "xapian-check: suyuan.db is sound"

# The median of five unchanged re-runs: one lasts a tenth of a second, and /usr/bin/time
# counts in hundredths.
for _ in 1 2 3 4 5; do
  measure "$index_exe" build --quiet --corpus "$work/base/corpus" --db "$work/base/suyuan.db"
done > "$work/reruns.txt"
read -r u_sec u_kib u_cpu < <(sort -n "$work/reruns.txt" | sed -n 3p)
echo "unchanged re-run (median of 5): $u_sec s = $(python3 -c "print('%.1f' % (100*$u_sec/max($s_sec,1e-9)))") % of the full build's time, $u_cpu CPU s = $(python3 -c "print('%.1f' % (100*$u_cpu/max($s_cpu,1e-9)))") % of its CPU (peak $(python3 -c "print('%.0f' % ($u_kib/1024))") MB)"

# What extraction and re-post detection add to a build, in CPU seconds (wall time on a shared
# machine also measures the others' load).
read -r ne_sec ne_kib ne_cpu < <(measure "$index_exe" build --quiet --no-extract --corpus "$work/base/corpus" --db "$work/base/no-extract.db")
read -r nr_sec nr_kib nr_cpu < <(measure "$index_exe" build --quiet --no-reposts --corpus "$work/base/corpus" --db "$work/base/no-reposts.db")
echo "--no-extract: $ne_sec s, $ne_cpu CPU s; --no-reposts: $nr_sec s, $nr_cpu CPU s; extraction (claims and their documents) adds $(python3 -c "print('%.0f' % (100*($nr_cpu/$ne_cpu-1)))") % CPU to a build without it, re-post detection $(python3 -c "print('%.0f' % (100*($s_cpu/$nr_cpu-1)))") % to a build without it"
rm -rf "$work/base/no-extract.db" "$work/base/no-reposts.db"

default_jobs=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['jobs'])" "$work/base/report.json")
read -r j_sec j_kib j_cpu < <(measure "$index_exe" build --quiet --jobs "$jobs" --corpus "$work/base/corpus" --db "$work/base/all-jobs.db")
echo "one job per core (--jobs $jobs): $j_sec s, $(rate "$n" "$j_sec") docs/s, $j_cpu CPU s; the default (--jobs $default_jobs) is $(ratio "$j_sec" "$s_sec")× faster"
read -r p_sec p_kib p_cpu < <(measure "$index_exe" build --quiet --in-place --corpus "$work/base/corpus" --db "$work/base/in-place.db")
echo "in place (--in-place: one writer, committing into --db as an incremental build does): $p_sec s, $(rate "$n" "$p_sec") docs/s ($(ratio "$x_sec" "$p_sec")× scriptindex's), $p_cpu CPU s, $(python3 -c "print('%.1f' % ($(size_of "$work/base/in-place.db")/1e6))") MB; the merged first build is $(ratio "$p_sec" "$s_sec")× faster"
rm -rf "$work/base/in-place.db"
read -r h_sec h_kib h_cpu < <(measure "$index_exe" build --quiet --shards 2 --corpus "$work/base/corpus" --db "$work/base/sharded.db")
echo "2 shards (--shards 2, a writer thread per shard): $h_sec s, $(rate "$n" "$h_sec") docs/s ($(ratio "$x_sec" "$h_sec")× scriptindex's), $h_cpu CPU s, $(python3 -c "print('%.1f' % ($(size_of "$work/base/sharded.db")/1e6))") MB, peak $(python3 -c "print('%.0f' % ($h_kib/1024))") MB"

# A remote query: the 2-shard index served by two xapian-tcpsrv on 127.0.0.1, queried through
# --remote, against the same shards opened locally (process start-up is in both; the
# difference is the cost of the network round trips).
search_exe="$build_dir/search/tools/suyuan-search"
if command -v xapian-tcpsrv > /dev/null && [[ -x "$search_exe" ]]; then
  ports=()
  for shard in 0 1; do
    port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
    setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$work/base/sharded.db/shard-$shard" > /dev/null 2>&1 &
    echo $! >> "$work/tcpsrv.pids"
    ports+=("$port")
  done
  trap 'while read -r p; do kill -- -"$p" 2> /dev/null || kill "$p" 2> /dev/null; done < "$work/tcpsrv.pids"; rm -rf "$work"' EXIT
  sleep 1
  queries=(中国 经济 "人工智能" 出口管制 "习近平 主持" 长江 高质量发展 新华社 "date:2023.." 科技创新)
  time_queries() {  # database options...
    local start end
    start=$(date +%s.%N)
    for round in 1 2; do
      for q in "${queries[@]}"; do "$search_exe" query --json --facets "$@" "$q" > /dev/null; done
    done
    end=$(date +%s.%N)
    python3 -c "print('%.1f' % (($end-$start)*1000/(2*${#queries[@]})))"
  }
  local_ms=$(time_queries --db "$work/base/sharded.db")
  remote_ms=$(time_queries --remote "127.0.0.1:${ports[0]}" --remote "127.0.0.1:${ports[1]}")
  # Compared per query: the ranked results (ids, scores, snippets, spans, re-post counts) and
  # the facets. A match set larger than the facet sample (2,000 documents) is counted on a
  # sample on each side, and each side's matcher examines different documents (the remote
  # shards each their own): those facets and total_estimate are estimates, not compared.
  same_results=0 same_facets=0 exact_facets=0
  for q in "${queries[@]}"; do
    "$search_exe" query --json --facets --db "$work/base/sharded.db" "$q" > "$work/local.json"
    "$search_exe" query --json --facets --remote "127.0.0.1:${ports[0]}" --remote "127.0.0.1:${ports[1]}" "$q" > "$work/remote.json"
    read -r r f e < <(python3 -c "
import json, sys
l, r = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
exact = not l.get('facets_estimated') and not r.get('facets_estimated')
print(int(l['results'] == r['results']), int(exact and l['facets'] == r['facets']), int(exact))" "$work/local.json" "$work/remote.json")
    same_results=$((same_results + r)) same_facets=$((same_facets + f)) exact_facets=$((exact_facets + e))
  done
  echo "query (top 10 with facets, whole suyuan-search process, ${#queries[@]} queries × 2): local shards $local_ms ms, two xapian-tcpsrv on 127.0.0.1 $remote_ms ms (+$(python3 -c "print('%.1f' % ($remote_ms-$local_ms))") ms per query)"
  echo "remote vs local: same ranked results for $same_results of ${#queries[@]} queries; same facets for $same_facets of the $exact_facets whose facets are exact on both sides (the others match over 2,000 documents: estimated)"
fi

echo
echo "scaling (suyuan-index build, xwlb_cctv first, then the other shared news files):"
printf "%-8s %9s %9s %9s %9s %11s %12s %9s\n" scale articles seconds docs/s "CPU s" "index MB" "bytes/doc" "peak MB"
for factor in 1 2 5; do
  want=$((articles * factor))
  if [[ $factor == 1 ]]; then dir="$work/base"; count=$n; sec=$s_sec; kib=$s_kib; size=$s_size; cpu=$s_cpu
  else
    dir="$work/x$factor"; count=$(make_corpus "$want" "$dir")
    read -r sec kib cpu < <(measure "$index_exe" build --quiet --corpus "$dir/corpus" --db "$dir/suyuan.db")
    size=$(size_of "$dir/suyuan.db")
  fi
  printf "%-8s %9s %9.2f %9s %9.2f %11.1f %12.0f %9.0f\n" "$(python3 -c "print('%.2f×' % ($count/$n))")" \
    "$count" "$sec" "$(rate "$count" "$sec")" "$cpu" "$(python3 -c "print($size/1e6)")" \
    "$(python3 -c "print($size/$count)")" "$(python3 -c "print($kib/1024)")"
  rm -rf "$work/x$factor"
done
echo "# load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
