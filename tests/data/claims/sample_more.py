"""Samples the second, larger part of our own claim-frame gold (issue 9): candidate sentences
for hand labelling, one per article, from articles that are neither in claims_dev nor in
frames_own.jsonl's first part.

    python3 sample_more.py GROUP N > candidates_GROUP.jsonl     (GROUP: xwlb, p233, aitlas)

Articles are ordered by sha1("own2:" + id); from each, one candidate sentence is drawn with
random.Random("own2:" + id) among claims_dev's candidates (its own splitter, figure test,
length limit and boilerplate filter, imported from ../shared/data/claims_dev/src/sample.py), so
the sentence can come from anywhere in the article, not only its opening. Each record carries the
previous sentence too: subjects and sources may be named there (claims_dev's convention)."""
import hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared/data"))
sys.path.insert(0, os.path.join(SHARED, "claims_dev/src"))
import sample as dev_sample  # noqa: E402  (claims_dev's splitter and candidate filter)

FILES = {"xwlb": "xwlb_cctv_2022-2026.jsonl", "p233": "news_2018_p233.jsonl",
         "aitlas": "appledaily_tw_2006_aitlas.jsonl"}


def main():
    group, n = sys.argv[1], int(sys.argv[2])
    taken = set()
    for path in (os.path.join(SHARED, "claims_dev/frames_dev.jsonl"), os.path.join(HERE, "frames_own.jsonl")):
        taken |= {json.loads(l)["doc_id"] for l in open(path, encoding="utf-8")}
    docs = []
    with open(os.path.join(SHARED, "news", FILES[group]), encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] not in taken:
                docs.append(r)
    docs.sort(key=lambda r: hashlib.sha1(("own2:" + r["id"]).encode()).hexdigest())
    out = 0
    for r in docs:
        sentences = dev_sample.split_sentences(dev_sample.full_text(r))
        cands = dev_sample.candidates(r)
        if not cands:
            continue
        k, start, s = random.Random("own2:" + r["id"]).choice(cands)
        previous = sentences[k - 1][1] if k > 0 else ""
        print(json.dumps({"index": out, "doc_id": r["id"], "source_file": FILES[group],
                          "script": dev_sample.script_of(r), "sentence_index": k,
                          "previous": previous, "sentence": s, "sentence_start_char": start},
                         ensure_ascii=False))
        out += 1
        if out == n:
            break


main()
