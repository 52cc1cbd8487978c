"""Writes data/extract/common_words.txt: the common (not proper) words of jieba's lexicon, which
the claim frames use to tell a generic noun phrase (线路, 运输货物, 海拔) from a name (西延高铁,
龙海灌区): a clause opening with a generic phrase continues the subject named before it.

    python3 scripts/make_common_words.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two or more Han characters, frequency >= 20, with a part of speech that is not a name (nr, ns,
nt, nz, nrt, nrfg, j are names or abbreviations of names; x, eng are not words).

Tried and dropped (claims_eval, 2026-12-01): ending subject phrases at jieba's frequent verbs, or
skipping and stopping at its conjunctions, adverbs, time words and pronouns: subject accuracy
+0.07 on Apple Daily, -0.04 to -0.11 elsewhere, metric accuracy -0.03 to -0.04."""
import json
import os

from jieba_words import han_words, source_path

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "extract", "common_words.txt")
COMMON = {"n", "vn", "v", "an", "a", "ad", "f", "t", "d", "m", "q", "r", "b", "l", "i", "s", "c", "p", "u", "z"}
# 以军 (v): names jieba mistags as common words are no generic phrase (frames.json).
FRAMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "extract", "frames.json")
names = set(json.load(open(FRAMES, encoding="utf-8"))["mistagged_names"]["words"])
words = {word for word, freq, tag in han_words(source_path())
         if len(word) >= 2 and freq >= 20 and tag in COMMON and word not in names}
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Common (not proper) Chinese words: derived from jieba's dict.txt (python3-jieba, MIT\n"
              "# licence, (c) Sun Junyi) by scripts/make_common_words.py; see that script.\n")
    out.writelines(w + "\n" for w in sorted(words))
