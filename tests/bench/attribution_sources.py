#!/usr/bin/env python3
"""Who claims are attributed to, for two builds on the same articles: no labels needed.

Usage: attribution_sources.py BASE_SUYUAN_INDEX NEW_SUYUAN_INDEX FILE_LIST
           [--base-data DIR] [--new-data DIR] [--jobs N] [--sample N] [--seed S]

Runs `suyuan-index extract` of each build on every file of FILE_LIST and compares the
attribution of each claim (keyed by file and value byte offset): how many claims are
attributed, how many gain, lose or change their source, how many are named only as written
(`named_as_written`, a speaker opening the clause of a verb of speech), and a seeded sample of
the attribution phrases the new build adds, one per line (file, phrase, source), to judge by
hand: the share of sources right is the precision the counts cannot give.
"""
import argparse
import collections
import json
import random
import subprocess
from concurrent.futures import ThreadPoolExecutor


def attributions(binary, data_dir, path):
    """{value offset: (source, phrase, cue, named_as_written)} of one file's claims."""
    command = [binary] + (["--data", data_dir] if data_dir else []) + ["extract", path]
    run = subprocess.run(command, capture_output=True, text=True)
    try:
        result = json.loads(run.stdout)
    except json.JSONDecodeError:
        return {}
    out = {}
    for claim in result.get("claims", []):
        a = claim.get("attribution")
        if a:
            out[claim["value_span"]["start"]] = (a.get("source", ""), a.get("name", ""),
                                                 a.get("cue", ""),
                                                 bool(a.get("named_as_written")))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("file_list")
    parser.add_argument("--base-data")
    parser.add_argument("--new-data")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261205)
    args = parser.parse_args()
    files = [line.strip() for line in open(args.file_list, encoding="utf-8") if line.strip()]
    if not files:
        raise SystemExit("attribution_sources: the file list is empty")

    with ThreadPoolExecutor(args.jobs) as pool:
        base = list(pool.map(lambda p: attributions(args.base, args.base_data, p), files))
        new = list(pool.map(lambda p: attributions(args.new, args.new_data, p), files))

    counts = collections.Counter()
    added_phrases = set()
    for path, before, after in zip(files, base, new):
        name = path.rsplit("/", 1)[-1]
        counts["base attributed"] += len(before)
        counts["new attributed"] += len(after)
        counts["new named_as_written"] += sum(1 for a in after.values() if a[3])
        for offset, a in after.items():
            if offset not in before:
                counts["gained a source"] += 1
                added_phrases.add((name, a[1], a[0]))
            elif before[offset][0] != a[0]:
                counts["changed source"] += 1
                added_phrases.add((name, a[1], a[0]))
        counts["lost their source"] += sum(1 for offset in before if offset not in after)
    if counts["base attributed"] + counts["new attributed"] == 0:
        raise SystemExit("attribution_sources: no claim of either build is attributed")

    print(f"# {len(files)} files; base {args.base}; new {args.new}")
    for key in ("base attributed", "new attributed", "new named_as_written", "gained a source",
                "changed source", "lost their source"):
        print(f"{key:24} {counts[key]:7}")
    ratio = counts["new attributed"] / max(1, counts["base attributed"])
    print(f"{'attributed new/base':24} {ratio:7.2f}")
    phrases = sorted(added_phrases)
    print(f"{'distinct phrases added':24} {len(phrases):7}")
    random.Random(args.seed).shuffle(phrases)
    print(f"\n# seeded sample ({args.seed}) of {min(args.sample, len(phrases))} phrases added or"
          " changed: file, phrase as written, source")
    for name, phrase, source in phrases[: args.sample]:
        print(f"{name}\t{phrase}\t{source}")


if __name__ == "__main__":
    main()
