#!/usr/bin/env python3
"""Writes ../shared/data/news/*.jsonl (not extra/) as a suyuan corpus: one NAME.txt (title and
text) and one NAME.meta.json sidecar (publisher, published, title, url) per article.

Publishers: xwlb → 央视新闻联播, aitlas → 蘋果日報; the p233 web news has no known publisher
(each article then counts as its own source).
Usage: make_news_corpus.py NEWS_DIR OUT_DIR"""
import json
import os
import sys

PUBLISHERS = {"xwlb_cctv_2022-2026.jsonl": "央视新闻联播",
              "appledaily_tw_2006_aitlas.jsonl": "蘋果日報"}

news, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
count = 0
for name in sorted(os.listdir(news)):
    if not name.endswith(".jsonl"):
        continue
    with open(os.path.join(news, name), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            safe = a["id"].replace("/", "_").replace(" ", "_")
            title = a.get("title") or ""
            with open(os.path.join(out, safe + ".txt"), "w", encoding="utf-8") as t:
                t.write((title + "\n" if title else "") + a["text"] + "\n")
            meta = {}
            if title:
                meta["title"] = title
            if a.get("date"):
                meta["published"] = a["date"]
            if a.get("url"):
                meta["url"] = a["url"]
            if name in PUBLISHERS:
                meta["publisher"] = PUBLISHERS[name]
            with open(os.path.join(out, safe + ".meta.json"), "w", encoding="utf-8") as m:
                json.dump(meta, m, ensure_ascii=False)
            count += 1
print(count, "articles written to", out)
