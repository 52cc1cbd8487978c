"""Samples candidate sentences for frames_own.jsonl: articles of xwlb and appledaily_tw not in
claims_dev, ordered by sha1("own:" + id); from each, the first sentence (splitter of
claims_dev/src/sample.py: 。！？ and newlines) of 8..200 characters with an Arabic digit that is
not boilerplate; one sentence per article, alternating sources, until N are taken."""
import hashlib, json, re, sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40
NEWS = "../../../../shared/data/news/"
dev = {json.loads(l)["doc_id"] for l in open("../../../../shared/data/claims_dev/frames_dev.jsonl")}
BOILER = re.compile(r"来源|來源|责任编辑|責任編輯|编辑：|電話|电话|地址|版权|版權|http|www\.|\.com|扫码|客服|热线|原标题|ISBN")

def sentences(doc):
    full = (doc["title"] or "") + "\n\n" + doc["text"]
    pos = 0
    for piece in re.split(r"(?<=[。！？])|\n", full):
        s = piece.strip()
        start = full.find(s, pos) if s else pos
        if s:
            pos = start + len(s)
            yield s, start

picked = {}
for name, file in (("xwlb", "xwlb_cctv_2022-2026.jsonl"), ("aitlas", "appledaily_tw_2006_aitlas.jsonl")):
    docs = [json.loads(l) for l in open(NEWS + file)]
    docs = [d for d in docs if d["id"] not in dev]
    docs.sort(key=lambda d: hashlib.sha1(("own:" + d["id"]).encode()).hexdigest())
    out = []
    for d in docs:
        for s, start in sentences(d):
            if 8 <= len(s) <= 200 and re.search(r"[0-9０-９]", s) and not BOILER.search(s):
                out.append({"doc_id": d["id"], "source_file": file, "sentence": s, "sentence_start_char": start})
                break
        if len(out) >= N // 2:
            break
    picked[name] = out
for a, b in zip(picked["xwlb"], picked["aitlas"]):
    print(json.dumps(a, ensure_ascii=False))
    print(json.dumps(b, ensure_ascii=False))
