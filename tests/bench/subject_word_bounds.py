#!/usr/bin/python3
"""Claim subjects measured against jieba's segmentation of their sentence, for one or two builds
of suyuan-index on the same articles (the first build is the peer; no labels are needed).

    /usr/bin/python3 tests/bench/subject_word_bounds.py FILE_LIST NEW_SUYUAN_INDEX [BASE_SUYUAN_INDEX]
        [--examples N]

A subject is a noun phrase, so its span should start and end where jieba (python3-jieba, HMM off)
puts a word boundary, and hold at least one noun-like word by jieba's part-of-speech tags (a
noun, a name, a pronoun, a numeral or a time word: not a verb, an adverb or a conjunction alone,
such as 确保, 最终). jieba is a second opinion, not a gold standard: it splits some names and
tags some nouns as verbs, so the figures are compared between builds, not read as error rates.
A BASE_SUYUAN_INDEX may be a wrapper script that passes `--data` of the base's data files.
"""
import argparse
import json
import random
import subprocess

import jieba
import jieba.posseg as pseg

jieba.setLogLevel(60)
NOUN_LIKE = ("n", "r", "eng", "j", "vn", "s", "an", "x", "l", "i", "f", "m", "t", "q")


def measure(binary, files, examples):
    total = start_inside = end_inside = no_noun = 0
    shown = []
    for path in files:
        out = subprocess.run([binary, "extract", path], capture_output=True)
        if out.returncode:
            continue
        raw = open(path, "rb").read()
        for claim in json.loads(out.stdout)["claims"]:
            span, sentence_span = claim.get("subject_span"), claim["sentence_span"]
            if not span or not (sentence_span["start"] <= span["start"] < span["end"]
                                <= sentence_span["end"]):
                continue
            sentence = raw[sentence_span["start"]:sentence_span["end"]].decode()
            a = len(raw[sentence_span["start"]:span["start"]].decode())
            b = len(raw[sentence_span["start"]:span["end"]].decode())
            bounds, tags, position = {0}, [], 0
            for word in pseg.cut(sentence, HMM=False):
                end = position + len(word.word)
                if position < b and end > a:
                    tags.append(word.flag)
                position = end
                bounds.add(position)
            total += 1
            bad_start, bad_end = a not in bounds, b not in bounds
            nounless = not any(tag.startswith(NOUN_LIKE) for tag in tags)
            start_inside += bad_start
            end_inside += bad_end
            no_noun += nounless
            if bad_start or bad_end or nounless:
                shown.append(("S" if bad_start else "-") + ("E" if bad_end else "-") +
                             ("V" if nounless else "-") + " " + sentence[max(0, a - 6):a] + "[" +
                             sentence[a:b] + "]" + sentence[b:b + 6])
    random.Random(1).shuffle(shown)
    return total, start_inside, end_inside, no_noun, shown[:examples]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file_list")
    parser.add_argument("new")
    parser.add_argument("base", nargs="?")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    files = [line.strip() for line in open(args.file_list, encoding="utf-8") if line.strip()]
    runs = [("base", args.base)] if args.base else []
    runs.append(("new", args.new))
    for name, binary in runs:
        total, start, end, nounless, shown = measure(binary, files, args.examples)
        print(f"{name}: articles {len(files)}, subjects {total}; start inside a word {start} "
              f"({100 * start / total:.2f} %), end inside a word {end} ({100 * end / total:.2f} %), "
              f"no noun-like word {nounless} ({100 * nounless / total:.2f} %)")
        for line in shown:
            print("   ", line)


if __name__ == "__main__":
    main()
