#!/usr/bin/env bash
# Browser test of the web UI (registered with ctest as browser_ui): indexes corpus/ plus a
# hostile fixture and a re-post, starts suyuan-web on a free loopback port and drives Debian's chromium
# headless through playwright-core (installed with `npm ci` from the committed lock file; no
# browser is downloaded). Screenshots go to BUILD_DIR/browser-screenshots (CI artifacts).
# Usage: run.sh SOURCE_DIR BUILD_DIR SUYUAN_INDEX SUYUAN_WEB
# Exit 77 (ctest: skipped) when chromium, node or npm is not installed.
set -euo pipefail
source_dir=$1 build_dir=$2 index_bin=$3 web_bin=$4
chromium_bin=${SUYUAN_CHROMIUM:-/usr/bin/chromium}
for tool in node npm; do
  if ! command -v "$tool" > /dev/null; then echo "browser_ui: $tool not installed (scripts/install-deps.sh installs it): skipped"; exit 77; fi
done
if [[ ! -x $chromium_bin ]]; then echo "browser_ui: $chromium_bin not installed: skipped"; exit 77; fi

# npm ci into the build tree, once per lock file.
modules_dir="$build_dir/browser-tests"
mkdir -p "$modules_dir"
if ! cmp -s "$source_dir/tests/browser/package-lock.json" "$modules_dir/package-lock.json" ||
   [[ ! -d $modules_dir/node_modules/playwright-core ]]; then
  cp "$source_dir/tests/browser/package.json" "$source_dir/tests/browser/package-lock.json" "$modules_dir/"
  (cd "$modules_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$source_dir/tests/browser/ui.test.mjs" "$modules_dir/"

work=$(mktemp -d "${TMPDIR:-/tmp}/suyuan-browser.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/corpus"
cp "$source_dir"/corpus/*.txt "$work/corpus/"
cp "$source_dir"/corpus/*.meta.json "$work/corpus/" 2> /dev/null || true
cp "$source_dir"/tests/browser/fixtures/* "$work/corpus/"
# A re-post of 001's original (issue 14): the lineage panel and the compare view.
cp "$source_dir"/tests/data/reposts/001_repost_xinwenkuaibao.txt "$work/corpus/"
# A real CCTV article and a restatement with its grain total changed (a genuine conflict).
node "$source_dir/tests/browser/restatement.mjs" "$source_dir/../shared/data/news/xwlb_cctv_2022-2026.jsonl" \
  xwlb-20221212-03 全国粮食总产量达13731亿斤 全国粮食总产量达13500亿斤 "$work/corpus"
# Two CCTV reports, unchanged, of 2022's education spending: 61344亿元 (the first count) and
# 61329.14亿元 (the final one), a conflict the check finds in the shared news as it is.
node "$source_dir/tests/browser/news_articles.mjs" "$source_dir/../shared/data/news/xwlb_cctv_2022-2026.jsonl" \
  央视新闻联播 "$work/corpus" xwlb-20230630-14 xwlb-20231203-07
"$index_bin" --data "$source_dir/data" build --corpus "$work/corpus" --db "$work/db" > "$work/index.log"

"$web_bin" --db "$work/db" --data "$source_dir/data" --host 127.0.0.1 --port 0 --threads 8 > "$work/web.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/web.log" || true)
  [[ -n $url ]] && break
  if ! kill -0 "$server_pid" 2> /dev/null; then cat "$work/web.log"; exit 1; fi
  sleep 0.1
done
if [[ -z $url ]]; then echo "browser_ui: suyuan-web did not start"; cat "$work/web.log"; exit 1; fi

mkdir -p "$build_dir/browser-screenshots"
SUYUAN_CHROMIUM=$chromium_bin node "$modules_dir/ui.test.mjs" "$url" "$build_dir/browser-screenshots" "$work/profile"
