"""Builds frames_more_GROUP.jsonl (claims_dev's record format) from the candidates of
sample_more.py and the hand labels in labels_GROUP.txt, and checks the labels:

    python3 build_more.py GROUP            (GROUP: xwlb, p233, aitlas)

labels_GROUP.txt uses claims_dev's annotation format: a block `@ <index>` per candidate (the
`index` of candidates_GROUP.jsonl), then one line per frame with the 11 fields separated by
` | ` and an optional 12th, the note (`-` is empty); a sentence with no checkable claim is one
line `!neg <reason>`. Every candidate up to the last labelled one must have a block (the walk
skips nothing, so the negatives measure precision on realistic sentences). Exit 1 on any error:
value_text and metric_anchor must occur in the sentence, subject_anchor and source_anchor in it
or in the previous sentence, frames in text order, enums from claims_dev's README."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["value_text", "value", "unit", "approx", "subject_anchor", "subject_kind", "metric_anchor",
        "period", "scope", "modality", "source_anchor"]
APPROX = {"exact", "about", "over", "under", "at_least", "at_most", "range"}
KINDS = {"org", "person", "place", "product", "market", "economic_indicator", "other"}
MODALITY = {"actual", "forecast", "target", "estimate"}


def main():
    group = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else HERE
    sampled = subprocess.run([sys.executable, os.path.join(HERE, "sample_more.py"), group, "150"],
                             check=True, capture_output=True, text=True).stdout
    cands = [json.loads(l) for l in sampled.splitlines()]
    blocks, cur, errors = {}, None, []
    for n, line in enumerate(open(os.path.join(HERE, f"labels_{group}.txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            cur = int(line[1:].strip())
            if cur in blocks:
                errors.append(f"line {n}: block @ {cur} twice")
            blocks[cur] = []
            continue
        if cur is None:
            errors.append(f"line {n}: frame before the first @ block")
            continue
        if line.startswith("!neg"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) not in (11, 12):
            errors.append(f"line {n}: {len(fields)} fields, expected 11 or 12")
            continue
        frame = {k: ("" if v == "-" else v) for k, v in zip(KEYS, fields)}
        if len(fields) == 12:
            frame["note"] = fields[11]
        v = frame["value"]
        try:
            if frame["unit"] == "date":
                raise ValueError  # dates stay strings, as in claims_dev ("2023", not 2023)
            frame["value"] = float(v) if any(c in v for c in ".e") else int(v)
        except ValueError:
            pass
        for key, allowed in (("approx", APPROX), ("subject_kind", KINDS), ("modality", MODALITY)):
            if frame[key] not in allowed:
                errors.append(f"line {n}: {key} {frame[key]!r} is not one of {sorted(allowed)}")
        blocks[cur].append(frame)
    if blocks:
        missing = [i for i in range(max(blocks) + 1) if i not in blocks]
        if missing:
            errors.append(f"candidates without a block (the walk skips nothing): {missing}")
    path = os.path.join(out_dir, f"frames_more_{group}.jsonl")
    frames = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in sorted(blocks):
            c = cands[i]
            s, prev = c["sentence"], c["previous"]
            pos = 0
            for f in blocks[i]:
                at = s.find(f["value_text"], pos)
                if at < 0:
                    errors.append(f"@ {i}: value_text {f['value_text']!r} not in the sentence after the previous frame")
                else:
                    pos = at + len(f["value_text"])
                if f["metric_anchor"] and f["metric_anchor"] not in s:
                    errors.append(f"@ {i}: metric_anchor {f['metric_anchor']!r} not in the sentence")
                for k in ("subject_anchor", "source_anchor"):
                    if f[k] and f[k] not in s and f[k] not in prev:
                        errors.append(f"@ {i}: {k} {f[k]!r} not in the sentence or the previous one")
            record = {k: c[k] for k in ("doc_id", "source_file", "script", "sentence", "sentence_start_char")}
            record["frames"] = blocks[i]
            frames += len(blocks[i])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"{path}: {len(blocks)} sentences, {frames} frames, "
          f"{sum(1 for b in blocks.values() if not b)} negatives; {len(errors)} errors", file=sys.stderr)
    sys.exit(1 if errors else 0)


main()
