"""Candidates for frames.json `mistagged_verbs`: words of data/extract/verb_words.txt that news
writes as nouns. Prints each word with the share of its uses read as a verb, lowest first.

    python3 scripts/find_mistagged_verbs.py ../shared/data/news/xwlb_cctv_2022-2026.jsonl \
        ../shared/data/news/news_2018_p233.jsonl [--max-share 0.05] [--min-uses 10]

A use is a verb's when an aspect particle follows (了, 着, 过, not starting a word: 了解) or an
adverb or auxiliary stands right before (不, 已经, 正在, 将, 被 …, not the end of a word: 重要);
a noun's when 的, a measure word or a determiner stands right before (的, 个, 家, 该, 各, 每 …).
The output is for review by hand: verbs that news also writes as nouns (会谈, 逝世) score low too.
"""
import argparse
import collections
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ASPECT = set("了着过")
ADVERB_ONE = set("不没未将曾要会能已被并")
ADVERB_TWO = {"没有", "已经", "正在", "可以", "积极", "继续", "加快", "大力", "不断", "共同"}
DETERMINER = set("的个家条座位名该各每此其")


def words_of(name):
    with open(os.path.join(ROOT, "data", "extract", name), encoding="utf-8") as fh:
        return {line.strip() for line in fh if line.strip() and not line.startswith("#")}


def use_at(text, i, j, common):
    """How the word at text[i:j] is used: "verb", "noun", or None when nothing around it says."""
    # (重要举措: 要 ends a word there, no adverb; 过程: 过 starts one, no particle.)
    free_before = text[i - 2:i] not in common and text[i - 3:i] not in common
    if (text[j:j + 1] in ASPECT and text[j:j + 2] not in common) or \
            (free_before and text[i - 1:i] in ADVERB_ONE) or \
            (text[i - 2:i] in ADVERB_TWO and text[i - 3:i] not in common):
        return "verb"
    if free_before and text[i - 1:i] in DETERMINER:
        return "noun"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("news", nargs="+", help="JSONL files with a `text` field")
    parser.add_argument("--max-share", type=float, default=0.05)
    parser.add_argument("--min-uses", type=int, default=10)
    args = parser.parse_args()
    verbs, common = words_of("verb_words.txt"), words_of("common_words.txt")
    text = "\n".join(json.loads(line)["text"] for path in args.news
                     for line in open(path, encoding="utf-8"))
    as_verb, as_noun = collections.Counter(), collections.Counter()
    for word in verbs:
        for m in re.finditer(re.escape(word), text):
            use = use_at(text, m.start(), m.end(), common)
            if use == "verb":
                as_verb[word] += 1
            elif use == "noun":
                as_noun[word] += 1
    rows = sorted((as_verb[w] / (as_verb[w] + as_noun[w]), w) for w in verbs
                  if as_verb[w] + as_noun[w] >= args.min_uses)
    for share, word in rows:
        if share <= args.max_share:
            print(f"{share:.3f}\t{word}\tnoun {as_noun[word]}\tverb {as_verb[word]}")


if __name__ == "__main__":
    main()
