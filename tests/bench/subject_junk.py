#!/usr/bin/env python3
"""Share of claim subjects that are no noun phrase, by grammatical symptom, for two builds of
suyuan-index on the same articles (the base build is the peer; ratios are printed).

    python3 tests/bench/subject_junk.py BASE_SUYUAN_INDEX NEW_SUYUAN_INDEX FILE_LIST [--jobs 2]
        [--base-data DIR] [--new-data DIR]

Each binary reads its own data/ with --base-data and --new-data (a base build's data as it was);
without them, the data/ it was built to find.

FILE_LIST names one article (.txt) per line, e.g. a seeded sample of the shared news corpus made
by tests/bench/runs/2026-12-01-cpp/make_news_corpus.py. The symptoms are defined by grammar, not
by any labelled sentence: a subject should be a noun phrase, so it never ends with a conjunction
or a preposition, never holds an agency's dateline, a verb of saying or a bracket left open, and
never opens with a preposition. Beside the sum it counts subjects ending with a verb of
data/extract/verb_words.txt (a predicate's head taken into the subject). claims_eval scores
subjects against hand labels; this counts what no label is needed to see, on many more articles.
"""
import argparse
import json
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor

SYMPTOMS = {
    "ends with a conjunction or preposition": lambda s: len(s) > 2 and s[-1] in "和与與及对對将將在向同跟把被从從",
    "opens with a preposition": lambda s: s[0] in "对對与與和就从從把被向给給让讓",
    "holds an agency dateline": lambda s: re.search(r"(社|网|網|报|報).{0,6}(\d+月)?\d+日(专电|專電|电|電)", s) is not None,
    "holds a verb of saying": lambda s: re.search("表示|指出|介绍|介紹|宣布|透露|强调|強調|认为|認為", s[1:]) is not None,
    "bracket left open or closed alone": lambda s: s.count("（") + s.count("(") != s.count("）") + s.count(")"),
    "holds digits (no Latin letters)": lambda s: re.search(r"\d", s) is not None and re.search(r"[A-Za-z]", s) is None,
}


# A subject that ends with a verb of the lexicon (俄罗斯使用, 韩硕砍下) has taken its predicate's
# head. Reported beside the sum, not in it, so that the sum stays comparable with earlier runs.
VERB_WORDS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data",
                               "extract", "verb_words.txt")
VERB_WORDS = {line.strip() for line in open(VERB_WORDS_FILE, encoding="utf-8")
              if line.strip() and not line.startswith("#")}
# Nor does one end with an adverb of adverb_words.txt (荣耀手机似乎, 动保意识逐年).
ADVERB_WORDS_FILE = os.path.join(os.path.dirname(VERB_WORDS_FILE), "adverb_words.txt")
ADVERB_WORDS = {line.strip() for line in open(ADVERB_WORDS_FILE, encoding="utf-8")
                if line.strip() and not line.startswith("#")}
EXTRA_SYMPTOMS = {
    "ends with a verb of verb_words.txt": lambda s: any(
        len(s) > k and s[-k:] in VERB_WORDS for k in (2, 3, 4)),
    "ends with an adverb of adverb_words.txt": lambda s: any(
        len(s) > k and s[-k:] in ADVERB_WORDS for k in (2, 3, 4)),
}


def subjects(binary, data, path):
    command = [binary] + (["--data", data] if data else []) + ["extract", path]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        return []
    return [c.get("subject_text") or "" for c in json.loads(out.stdout)["claims"]]


def tally(binary, data, files, jobs):
    with ThreadPoolExecutor(jobs) as pool:
        all_subjects = [s for found in pool.map(lambda f: subjects(binary, data, f), files)
                        for s in found]
    named = [s for s in all_subjects if len(s) >= 2]
    counts = {name: sum(1 for s in named if test(s))
              for name, test in {**SYMPTOMS, **EXTRA_SYMPTOMS}.items()}
    return len(all_subjects), len(named), counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("file_list")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--base-data")
    parser.add_argument("--new-data")
    args = parser.parse_args()
    files = [line.strip() for line in open(args.file_list, encoding="utf-8") if line.strip()]
    base = tally(args.base, args.base_data, files, args.jobs)
    new = tally(args.new, args.new_data, files, args.jobs)
    print(f"articles: {len(files)}; claims base {base[0]}, new {new[0]}; "
          f"with a subject of 2+ characters base {base[1]}, new {new[1]}")
    print(f"{'symptom':42} {'base':>7} {'new':>7} {'base %':>7} {'new %':>7} {'new/base':>9}")
    total_base = total_new = 0
    for name in SYMPTOMS:
        b, n = base[2][name], new[2][name]
        total_base += b
        total_new += n
        ratio = f"{n / b:.2f}" if b else "-"
        print(f"{name:42} {b:7d} {n:7d} {100 * b / base[1]:7.2f} {100 * n / new[1]:7.2f} {ratio:>9}")
    print(f"{'any symptom (sum)':42} {total_base:7d} {total_new:7d} {100 * total_base / base[1]:7.2f} "
          f"{100 * total_new / new[1]:7.2f} {total_new / total_base:9.2f}")
    for name in EXTRA_SYMPTOMS:
        b, n = base[2][name], new[2][name]
        ratio = f"{n / b:.2f}" if b else "-"
        print(f"{'also: ' + name:42} {b:7d} {n:7d} {100 * b / base[1]:7.2f} "
              f"{100 * n / new[1]:7.2f} {ratio:>9}")


if __name__ == "__main__":
    main()
