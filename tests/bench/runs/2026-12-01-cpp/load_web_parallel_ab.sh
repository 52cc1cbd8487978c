#!/usr/bin/env bash
# A/B of suyuan-web --parallel on the load_web index: PATHS SECONDS VALUES...
W=${SUYUAN_LOAD_WORK:-/tmp/suyuan-load-web}; paths=$1 secs=$2; shift 2
for round in 1 2; do
  for p in "$@"; do
    port=$((18960 + p))
    /work/wt-web/build/web/suyuan-web --db $W/db --host 127.0.0.1 --port $port --parallel $p > /dev/null 2>&1 &
    pid=$!
    for _ in $(seq 50); do curl -sf 127.0.0.1:$port/healthz > /dev/null && break; sleep 0.1; done
    cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' /proc/$pid/stat; }
    wrk -t2 -c16 -d3s -s $W/paths.lua http://127.0.0.1:$port -- $W/$paths > /dev/null  # warm
    a=$(cpu)
    r=$(wrk -t2 -c16 -d${secs}s --timeout 2s -s $W/paths.lua http://127.0.0.1:$port -- $W/$paths | grep RESULT)
    b=$(cpu)
    echo "round $round --parallel $p $paths: $r cpu/req $(echo "$r" | awk -v a=$a -v b=$b '{printf "%.3f", (b-a)/$7}') load $(cut -d' ' -f1 /proc/loadavg)"
    kill $pid; wait $pid 2>/dev/null
  done
done
