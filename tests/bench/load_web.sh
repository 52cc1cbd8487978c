#!/usr/bin/env bash
# Load test of suyuan-web with wrk (Debian package) — not a ctest. Writes a corpus of the first
# N articles of the shared CCTV news (one .txt + .meta.json sidecar each), indexes it with
# `suyuan-index build`, serves it with suyuan-web and measures, with keep-alive connections:
#   - /api/search over a mixed query set (Chinese words and phrases, two-phrase, Latin tokens,
#     filters, dates), /api/search with facets on a common word, /api/claims, /api/check (200
#     queries asked again and again: answers the server keeps per index revision; and the same
#     200 made distinct by trailing spaces, each answer computed afresh from text parts matched
#     before), /api/claims and /api/check over ~74,000 queries each never asked before (fresh:
#     nothing of them kept), /doc/<id>, and /healthz (the HTTP stack's own ceiling, the reference
#     row);
#   - the server's memory over a long /api/search run;
#   - /api/search while `suyuan-index build --force` re-indexes the same database in a loop.
# Prints one table row per run (requests/s, p50/p90/p99/max latency, errors, timeouts, and the
# server's CPU milliseconds per request, which does not depend on what else the machine runs).
#
# Usage: tests/bench/load_web.sh [--build DIR] [--articles N] [--duration S] [--connections C]
#                                [--work DIR] [--long S] [--parallel N] [--only REGEX]
# --parallel is passed to suyuan-web (requests that search at once; default 0, every worker).
# --only runs just the rows whose name matches REGEX (grep -E), e.g. 'claims|check'.
# The corpus and database are kept in --work (default /tmp/suyuan-load) and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build articles=5000 duration=20 connections=16 work=/tmp/suyuan-load long=60 parallel=0
only=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) build=$2 ;; --articles) articles=$2 ;; --duration) duration=$2 ;;
    --connections) connections=$2 ;; --work) work=$2 ;; --long) long=$2 ;;
    --parallel) parallel=$2 ;; --only) only=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
index_bin=$build/indexer/tools/suyuan-index web_bin=$build/web/suyuan-web
news=../shared/data/news/xwlb_cctv_2022-2026.jsonl
for tool in wrk python3 "$index_bin" "$web_bin"; do
  command -v "$tool" > /dev/null || { echo "load_web: $tool not found" >&2; exit 1; }
done

mkdir -p "$work"
if [[ ! -d $work/db ]]; then
  rm -rf "$work/corpus"
  python3 - "$news" "$work/corpus" "$articles" <<'PY'
import json, os, sys
news, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
with open(news, encoding="utf-8") as lines:
    for n, line in enumerate(lines):
        if n >= limit: break
        a = json.loads(line)
        name = a["id"].replace("/", "_").replace(" ", "_")
        with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
            f.write(a.get("title", "") + "\n" + a.get("text", "") + "\n")
        meta = {"title": a.get("title", ""), "publisher": "央视新闻联播"}
        if a.get("date"): meta["published"] = a["date"]
        with open(f"{out}/{name}.meta.json", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
PY
  SECONDS=0
  "$index_bin" build --corpus "$work/corpus" --db "$work/db" > /dev/null
  echo "indexed $articles articles in $SECONDS s"
fi

# The mixed query set: words and phrases cut from the articles, two-phrase queries, Latin
# tokens, entity filters and date ranges; and the ids of articles for /doc.
python3 - "$work/corpus" "$work" <<'PY'
import glob, json, os, random, re, sys, urllib.parse
corpus, work = sys.argv[1], sys.argv[2]
random.seed(42)
files = sorted(glob.glob(f"{corpus}/*.txt"))
texts = [open(f, encoding="utf-8").read() for f in random.sample(files, min(400, len(files)))]
han = re.compile(r"[\u4e00-\u9fff]{2,}")
latin = re.compile(r"\b[A-Za-z][A-Za-z0-9]{1,}\b")
queries = []
while len(queries) < 600:
    text = random.choice(texts)
    runs = han.findall(text)
    kind = len(queries) % 6
    if kind in (0, 1) and runs:
        run = random.choice(runs); n = random.randint(2, 4); i = random.randint(0, max(0, len(run) - n))
        queries.append(run[i:i + n])
    elif kind == 2 and len(runs) > 1:
        a, b = random.sample(runs, 2); queries.append(f"{a[:3]} {b[:3]}")
    elif kind == 3:
        tokens = latin.findall(text); queries.append(random.choice(tokens) if tokens else "经济")
    elif kind == 4:
        queries.append(random.choice(["经济", "发展", "合作", "习近平", "创新", "芯片", "人工智能"]))
    elif kind == 5:
        year = random.randint(2022, 2026)
        queries.append(f"{random.choice(['经济', '发展', '会议', '建设'])} date:{year}-01..{year}-12")
with open(f"{work}/search.paths", "w") as f:
    for q in queries:
        f.write(f"/api/search?q={urllib.parse.quote(q)}\n")
with open(f"{work}/claims.paths", "w") as f:
    for q in queries:
        f.write(f"/api/claims?q={urllib.parse.quote(q)}\n")
with open(f"{work}/check.paths", "w") as f:
    for q in queries[:200]:
        f.write(f"/api/check?single=0&q={urllib.parse.quote(q)}\n")
# The same 200 cross-checks, each made new by trailing spaces (the query parser ignores them, so
# the work is the same): 12,000 distinct requests, more than a 20 s run asks, none a kept answer.
with open(f"{work}/check_cold.paths", "w") as f:
    for k in range(1, 61):
        for q in queries[:200]:
            f.write(f"/api/check?single=0&q={urllib.parse.quote(q + ' ' * k)}\n")
# Queries never asked before (fresh): distinct words and word pairs from every article, none of
# the mixed set, half for /api/claims and half for /api/check, so no answer nor any text part
# of them is kept by the server — what a claim or check costs the first time it is asked.
fresh, seen = [], set(queries)
for path in sorted(files):
    runs = han.findall(open(path, encoding="utf-8").read())
    random.shuffle(runs)
    for run in runs:
        n = random.randint(2, 4)
        i = random.randint(0, max(0, len(run) - n))
        q = run[i:i + n] if len(fresh) % 3 else f"{run[:2]} {random.choice(runs)[:2]}"
        if len(q) >= 2 and q not in seen:
            seen.add(q)
            fresh.append(q)
random.shuffle(fresh)
half = len(fresh) // 2
with open(f"{work}/claims_fresh.paths", "w") as f:
    for q in fresh[:half]:
        f.write(f"/api/claims?q={urllib.parse.quote(q)}\n")
with open(f"{work}/check_fresh.paths", "w") as f:
    for q in fresh[half:]:
        f.write(f"/api/check?single=0&q={urllib.parse.quote(q)}\n")
print(f"fresh queries: {half} for /api/claims, {len(fresh) - half} for /api/check")
PY

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$web_bin" --db "$work/db" --host 127.0.0.1 --port "$port" --parallel "$parallel" > "$work/web.log" 2>&1 &
server=$!
indexer=""
stop_indexer() {  # ends the loop, and the build it is running
  touch "$work/stop-indexing"
  pkill -P "$indexer" 2> /dev/null || true
  wait "$indexer" 2> /dev/null || true
  indexer=""
}
cleanup() {
  if [[ -n $indexer ]]; then stop_indexer; fi
  kill "$server" 2> /dev/null || true
  wait 2> /dev/null || true
}
trap cleanup EXIT
base=http://127.0.0.1:$port
for _ in $(seq 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.1; done
# /doc paths: the articles a few searches return.
for q in 经济 发展 合作 创新; do
  curl -sf "$base/api/search?limit=50&q=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$q")"
done | python3 -c '
import json, sys
decoder = json.JSONDecoder(); text = sys.stdin.read(); at = 0; ids = []
while at < len(text):
    body, at = decoder.raw_decode(text, at)
    ids += [hit["doc_id"] for hit in body["results"]]
print("\n".join(f"/doc/{i}" for i in dict.fromkeys(ids)))' > "$work/doc.paths"
echo "/api/search?q=%E7%BB%8F%E6%B5%8E&facets=1" > "$work/facets.paths"
echo "/healthz" > "$work/healthz.paths"

# wrk script: cycles through a file of paths, the two threads half the list apart (an unseeded
# math.random gave both the same start: the second then asked what the first had just asked);
# prints one machine-readable line at the end.
cat > "$work/paths.lua" <<'LUA'
local paths, n, threads = {}, 0, 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  n = ((id - 1) * math.floor(#paths / 2)) % #paths
end
function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, e.status + e.connect + e.read + e.write, e.timeout))
end
LUA

# The server's CPU time (user + system, ms) from /proc: with other work on the machine,
# requests per second depend on the cores left over; CPU ms per request does not.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$server/stat"; }
echo "suyuan-web --parallel $parallel; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-36s %6s %9s %8s %8s %8s %8s %9s %7s %8s %8s\n' run conns "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" requests errors timeouts "cpu/req"
run() {  # NAME PATHS CONNECTIONS SECONDS
  local line threads=$(($3 < 2 ? $3 : 2)) cpu_before cpu_per_request
  if [[ -n $only ]] && ! grep -qE -- "$only" <<< "$1"; then return; fi
  cpu_before=$(cpu_ms)
  line=$(wrk -t"$threads" -c"$3" -d"$4"s --timeout 2s -s "$work/paths.lua" "$base" -- "$work/$2" | grep '^RESULT')
  read -r _ rps p50 p90 p99 max requests errors timeouts <<< "$line"
  cpu_per_request=$(awk -v a="$cpu_before" -v b="$(cpu_ms)" -v n="$requests" 'BEGIN {printf "%.3f", (b - a) / n}')
  printf '%-36s %6s %9s %8s %8s %8s %8s %9s %7s %8s %8s\n' "$1" "$3" "$rps" "$p50" "$p90" "$p99" "$max" "$requests" "$errors" "$timeouts" "$cpu_per_request"
}
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

run "/healthz (reference: HTTP only)" healthz.paths "$connections" "$duration"
run "/healthz, 1 connection" healthz.paths 1 "$duration"
run "/api/search mixed" search.paths "$connections" "$duration"
run "/api/search mixed, 1 connection" search.paths 1 "$duration"
run "/api/search?q=经济&facets=1, 1 conn" facets.paths 1 "$duration"
run "/api/claims mixed" claims.paths "$connections" "$duration"
run "/api/claims, each query new (fresh)" claims_fresh.paths "$connections" "$duration"
run "/api/check mixed" check.paths "$connections" "$duration"
run "/api/check, each query once (cold)" check_cold.paths "$connections" "$duration"
run "/api/check, each query new (fresh)" check_fresh.paths "$connections" "$duration"
run "/doc/<id>" doc.paths "$connections" "$duration"

wanted() { [[ -z $only ]] || grep -qE -- "$only" <<< "$1"; }

# Memory over a long run.
if wanted "/api/search mixed, ${long} s (memory)"; then
  before=$(rss)
  ( for _ in $(seq "$((long / 5))"); do sleep 5; rss; done > "$work/rss.log" ) &
  sampler=$!
  run "/api/search mixed, ${long} s (memory)" search.paths "$connections" "$long"
  wait "$sampler"
  echo "server RSS: ${before} kB before, $(tr '\n' ' ' < "$work/rss.log")kB every 5 s during the ${long} s run"
fi

# Searches while the indexer re-indexes the same database in a loop: each round changes 100
# articles (a line appended) and runs `suyuan-index build`, which replaces them and commits.
# Every commit is a new revision: claim routes then answer from a new claim table and cache.
if ! wanted "during re-indexing"; then
  echo "server threads: $(ls /proc/$server/task | wc -l); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
rm -f "$work/stop-indexing"
( round=0
  mapfile -t texts < <(ls "$work/corpus"/*.txt)
  while [[ ! -e $work/stop-indexing ]]; do
    for ((i = 0; i < 100; ++i)); do
      echo "第${round}轮更新。" >> "${texts[$(((round * 100 + i) % ${#texts[@]}))]}"
    done
    "$index_bin" build --corpus "$work/corpus" --db "$work/db" > /dev/null 2>&1 && echo rebuilt
    round=$((round + 1))
  done > "$work/rebuilds.log" ) &
indexer=$!
run "/api/search mixed during re-indexing" search.paths "$connections" "$long"
run "/api/claims mixed during re-indexing" claims.paths "$connections" "$duration"
run "/api/check cold during re-indexing" check_cold.paths "$connections" "$duration"
stop_indexer
echo "re-index rounds (100 changed articles each, committed) during that run: $(grep -c rebuilt "$work/rebuilds.log" || true)"
echo "server threads: $(ls /proc/$server/task | wc -l); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
