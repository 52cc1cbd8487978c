"""Builds frames_own.jsonl from the sampled candidates (sample.py 30) and labels.txt; checks
that every value_text and anchor occurs in its sentence (exit 1 otherwise)."""
import json, sys

cands = [json.loads(l) for l in open(sys.argv[1])]
keys = ["value_text", "value", "unit", "approx", "subject_anchor", "subject_kind", "metric_anchor",
        "period", "scope", "modality", "source_anchor"]
blocks, cur = {}, None
for line in open("labels.txt"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    if line.startswith("@"):
        cur = int(line[1:]); blocks[cur] = []; continue
    fields = [f.strip() for f in line.split(" | ")]
    frame = {k: ("" if v == "-" else v) for k, v in zip(keys, fields)}
    v = frame["value"]
    try:
        frame["value"] = float(v) if "." in v else int(v)
    except ValueError:
        pass
    blocks[cur].append(frame)
bad = 0
with open("frames_own.jsonl", "w") as out:
    for i in sorted(blocks):
        c = dict(cands[i]); c["script"] = "traditional" if c["doc_id"].startswith("aitlas") else "simplified"
        for f in blocks[i]:
            for k in ("value_text", "subject_anchor", "metric_anchor"):
                if f[k] and f[k] not in c["sentence"]:
                    print("not in sentence:", i, k, f[k]); bad += 1
        c["frames"] = blocks[i]
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
sys.exit(1 if bad else 0)
