#!/usr/bin/env python3
"""Lists every place where suyuan, ICU and OpenCC convert traditional text differently.

The traditional corpora have no simplified reference: the SIGHAN Academia Sinica and City
University test sentences (../shared/data/segmentation/as_test_gold.tsv, cityu_test_gold.tsv)
and the Taiwan news of ../shared/data/news/appledaily_tw_2006_aitlas.jsonl. Each line goes
through `suyuan-index normalize --lines`, `uconv -x Traditional-Simplified` and
`opencc -c t2s.json`; width and quotation-mark conventions are not counted (suyuan folds width
on purpose). A disagreement is a maximal run of character positions where the three outputs are
not all equal (lines whose outputs differ in length are counted apart). Writes

  OUT/disagreements.tsv  every disagreement: source, line, context, suyuan, icu, opencc
  OUT/sample.tsv         a seeded random sample of them, with an empty verdict column

Usage: normalize_disagreements.py SUYUAN_INDEX OUT_DIR [--sample N] [--seed S]
"""
import argparse
import json
import os
import random
import subprocess
import unicodedata
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def canonical(c):
    # Punctuation and width forms (small ﹐, half-width ｢, full-width ，) are compared by
    # their compatibility form: suyuan folds them on purpose, the others leave them.
    if not ("\u3400" <= c <= "\u9fff"):
        folded = unicodedata.normalize("NFKC", c)
        c = folded if len(folded) == 1 else c
    c = QUOTES.get(c, c)
    if c in ("\u3000", "\xa0", "\u2009"):
        return " "
    return c


def traditional_lines():
    for name in ("as_test_gold.tsv", "cityu_test_gold.tsv"):
        with open(SHARED / "segmentation" / name, encoding="utf8") as f:
            for number, line in enumerate(f, 1):
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 2 and fields[1].strip():
                    yield name, number, fields[1]
    with open(SHARED / "news" / "appledaily_tw_2006_aitlas.jsonl", encoding="utf8") as f:
        for number, line in enumerate(f, 1):
            for paragraph in (json.loads(line).get("text") or "").split("\n"):
                if paragraph.strip():
                    yield "appledaily_tw_2006_aitlas.jsonl", number, paragraph.replace("\r", "")


def run(command, text):
    result = subprocess.run(command, input=text.encode("utf8"), capture_output=True, check=True)
    return result.stdout.decode("utf8").split("\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("suyuan_index")
    parser.add_argument("out_dir")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    lines = list(traditional_lines())
    text = "\n".join(line for _, _, line in lines) + "\n"
    suyuan = run([args.suyuan_index, "normalize", "--lines", "-"], text)
    icu = run(["uconv", "-x", "Traditional-Simplified"], text)
    opencc = run(["opencc", "-c", "t2s.json"], text)
    records, length_mismatch, chars = [], 0, 0
    for (source, number, raw), s, i, o in zip(lines, suyuan, icu, opencc):
        s, i, o = ("".join(canonical(c) for c in x) for x in (s, i, o))
        chars += len(raw)
        if not (len(s) == len(i) == len(o) == len(raw)):
            length_mismatch += 1
            continue
        k = 0
        while k < len(s):
            if s[k] == i[k] == o[k]:
                k += 1
                continue
            end = k
            while end < len(s) and not (s[end] == i[end] == o[end]):
                end += 1
            context = raw[max(0, k - 6):k] + "[" + raw[k:end] + "]" + raw[end:end + 6]
            records.append((source, number, context, s[k:end], i[k:end], o[k:end]))
            k = end
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    header = "source\tline\tcontext (raw, disagreement in [])\tsuyuan\ticu\topencc"
    with open(out / "disagreements.tsv", "w", encoding="utf8") as f:
        f.write(header + "\n")
        for record in records:
            f.write("\t".join(map(str, record)) + "\n")
    sample = random.Random(args.seed).sample(records, min(args.sample, len(records)))
    with open(out / "sample.tsv", "w", encoding="utf8") as f:
        f.write(header + "\tverdict\n")
        for record in sample:
            f.write("\t".join(map(str, record)) + "\t\n")
    agree_su_icu = sum(r[3] == r[4] for r in records)
    agree_su_occ = sum(r[3] == r[5] for r in records)
    alone = sum(r[3] != r[4] and r[3] != r[5] for r in records)
    print(f"{len(lines)} lines, {chars} characters; {length_mismatch} lines with outputs of "
          f"different lengths left out")
    print(f"{len(records)} disagreements: suyuan = ICU in {agree_su_icu}, suyuan = OpenCC in "
          f"{agree_su_occ}, suyuan alone in {alone}; sample of {len(sample)} "
          f"(seed {args.seed}) in {out / 'sample.tsv'}")


if __name__ == "__main__":
    main()
