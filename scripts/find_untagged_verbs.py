"""Candidates for frames.json `untagged_verbs`: two-character words of data/extract/noun_words.txt
(jieba tags them nouns) that news writes as verbs. Prints each word with the share of its uses
read as a verb, highest first.

    python3 scripts/find_untagged_verbs.py ../shared/data/news/xwlb_cctv_2022-2026.jsonl \
        ../shared/data/news/news_2018_p233.jsonl [--min-share 0.8] [--min-uses 20] [--tags nr]

With --tags, the candidates are instead the two-character words jieba's dict.txt gives one of
those tags (nr: 荣获 is tagged a person's name) that verb_words.txt lacks.

The uses are told apart as scripts/find_mistagged_verbs.py tells them (the same cues, the
reverse question): a verb's when an aspect particle follows that starts no word (了, 着, 过, not
了解) or an adverb or auxiliary stands right before that ends no word (不, 已经, 将, 被 …); a
noun's when 的, a measure word or a determiner stands right before (的, 个, 该, 各, 每 …).
One pass over the text looks every two characters up, so that the whole noun list is counted
at once. The output is for review by hand: a noun that also names an act (考试, 会议) may score
high; only words that are verbs in every sense (选派, 步行) belong in the list.
"""
import argparse
import collections
import json

from find_mistagged_verbs import use_at, words_of
from jieba_words import DEFAULT_SOURCE, han_words


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("news", nargs="+", help="JSONL files with a `text` field")
    parser.add_argument("--min-share", type=float, default=0.8)
    parser.add_argument("--min-uses", type=int, default=20)
    parser.add_argument("--tags", nargs="+", help="take candidates of these jieba tags instead")
    args = parser.parse_args()
    if args.tags:
        nouns = {w for w, _, tag in han_words(DEFAULT_SOURCE) if len(w) == 2 and tag in args.tags}
    else:
        nouns = {w for w in words_of("noun_words.txt") if len(w) == 2}
    verbs, common = words_of("verb_words.txt"), words_of("common_words.txt")
    as_verb, as_noun = collections.Counter(), collections.Counter()
    for path in args.news:
        for line in open(path, encoding="utf-8"):
            text = json.loads(line)["text"]
            for i in range(1, len(text) - 2):
                word = text[i:i + 2]
                if word not in nouns or word in verbs:
                    continue
                use = use_at(text, i, i + 2, common)
                if use == "verb":
                    as_verb[word] += 1
                elif use == "noun":
                    as_noun[word] += 1
    rows = sorted(((as_verb[w] / (as_verb[w] + as_noun[w]), w) for w in nouns
                   if as_verb[w] + as_noun[w] >= args.min_uses), reverse=True)
    for share, word in rows:
        if share >= args.min_share:
            print(f"{share:.3f}\t{word}\tverb {as_verb[word]}\tnoun {as_noun[word]}")


if __name__ == "__main__":
    main()
