"""Writes data/extract/nominal_words.txt: the nouns (and other non-predicate words) of jieba's
lexicon that contain a subject stop word after their first character, or begin with an opener
of data/extract/frames.json: such a stop or opener is part of a name or a term, not a boundary
(共 of 一般公共预算, 均 of 人均收入, 以 of 以色列, 对 of 对外贸易).

    python3 scripts/make_nominal_words.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two or more Han characters with frequency >= 3 whose part of speech is not a verb, adverb,
preposition, conjunction, particle, pronoun, numeral or measure word (v vd vg vi vq p c d ad u
r m mq q y e o x zg)."""
import json
import os

from jieba_words import han_words, source_path

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "data", "extract", "nominal_words.txt")
PREDICATE = {"v", "vd", "vg", "vi", "vq", "p", "c", "d", "ad", "u", "r", "m", "mq", "q", "y",
             "e", "o", "x", "zg"}
frames = json.load(open(os.path.join(ROOT, "data", "extract", "frames.json"), encoding="utf-8"))
stops = frames["subject_stops"]
openers = frames["openers"]
words = set()
for word, freq, tag in han_words(source_path()):
    if len(word) < 2 or freq < 3 or tag in PREDICATE:
        continue
    inner_stop = any(word.find(s, 1) > 0 for s in stops)
    opens = any(word.startswith(o) and len(word) > len(o) for o in openers)
    if inner_stop or opens:
        words.add(word)
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Nouns and terms that contain a subject stop word or begin with an opener: derived\n"
              "# from jieba's dict.txt (python3-jieba, MIT licence, (c) Sun Junyi) and\n"
              "# data/extract/frames.json by scripts/make_nominal_words.py; see that script.\n")
    out.writelines(w + "\n" for w in sorted(words))
