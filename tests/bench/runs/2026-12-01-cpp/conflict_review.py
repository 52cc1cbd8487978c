#!/usr/bin/env python3
"""Lists every conflict group of `suyuan-search check --json` and draws a seeded random sample
for reading by hand.

Usage: conflict_review.py CHECK_JSON OUT_DIR [--seed 20261201] [--sample 50] [--verdict conflict]
Writes OUT_DIR/conflicts_all.tsv (every conflict: subject, metric, period, scope, modality,
unit, documents, reason, explanation), OUT_DIR/possible_conflicts_all.tsv and OUT_DIR/updates_all.tsv
(the disagreements that are not conflicts: weak evidence of one question, or updates; with their
reason and weak_evidence codes) and OUT_DIR/conflict_sample.md (the sample of --verdict groups with
both claims' sentences, to judge: genuine disagreement about the same subject, metric, period and
scope?)."""
import argparse
import collections
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("check_json")
parser.add_argument("out_dir")
parser.add_argument("--seed", type=int, default=20261201)
parser.add_argument("--sample", type=int, default=50)
parser.add_argument("--verdict", default="conflict", help="the verdict to sample (conflict, possible-conflict, update)")
args = parser.parse_args()

groups = json.load(open(args.check_json, encoding="utf-8"))["groups"]
verdicts = collections.Counter(g["verdict"] for g in groups)
os.makedirs(args.out_dir, exist_ok=True)
fields = ["subject", "metric", "period", "scope", "modality", "unit", "documents", "reason",
          "weak_evidence", "explanation"]
for verdict, name in (("conflict", "conflicts_all.tsv"), ("possible-conflict", "possible_conflicts_all.tsv"),
                      ("update", "updates_all.tsv")):
    listed = [g for g in groups if g["verdict"] == verdict]
    if not listed and verdict != "conflict":
        continue
    with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as out:
        out.write("\t".join(["n"] + fields) + "\n")
        for n, g in enumerate(listed, 1):
            cells = [",".join(v) if isinstance(v, list) else str(v) for v in (g.get(f, "") for f in fields)]
            out.write("\t".join([str(n)] + [c.replace("\t", " ") for c in cells]) + "\n")
conflicts = [g for g in groups if g["verdict"] == args.verdict]

rng = random.Random(args.seed)
picked = sorted(rng.sample(range(len(conflicts)), min(args.sample, len(conflicts))))
sample_name = "conflict_sample.md" if args.verdict == "conflict" else f"{args.verdict}_sample.md"
with open(os.path.join(args.out_dir, sample_name), "w", encoding="utf-8") as out:
    out.write(f"# {len(picked)} of {len(conflicts)} {args.verdict} groups (seed {args.seed})\n\n")
    out.write(f"verdicts: {dict(verdicts)}\n\n")
    for i in picked:
        g = conflicts[i]
        out.write(f"## {i + 1}. {g['subject']} · {g['metric']} · {g['period']} · {g['scope']} · "
                  f"{g['modality']} · {g['unit']} · {g.get('reason', '')}\n\n{g['explanation']}\n\n")
        seen = set()
        for c in g["claims"]:
            claim = c["claim"]
            key = (c["doc_id"], claim["sentence"])
            if key in seen:
                continue
            seen.add(key)
            vs = claim["value_span"]
            ss = claim["sentence_span"]
            value = claim["sentence"].encode()[vs["start"] - ss["start"]:vs["end"] - ss["start"]].decode(errors="replace")
            period = (claim.get("period") or {}).get("text", "")
            out.write(f"- {c['path']} ({c['publisher']}, {c['published']}) subject_text={claim.get('subject_text','')} "
                      f"({claim.get('subject_kind', '')}) scope={claim.get('scope', '')} "
                      f"metric_text={claim.get('metric_text','')} period={period} value={value}\n"
                      f"  “{claim['sentence'][:300]}”\n")
        out.write("\njudgement: \n\n")
print(dict(verdicts), len(conflicts), args.verdict, "groups;", len(picked), "sampled")
