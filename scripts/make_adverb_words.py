"""Writes data/extract/adverb_words.txt: the frequent adverbs of jieba's lexicon, which open a
predicate. A noun phrase never runs on past one (荣耀手机似乎…, 新技术新产业快速发展, 动保意识逐年
提升): the claim frames end a subject or a clause's topic before it.

    python3 scripts/make_adverb_words.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two to four Han characters tagged as adverbs (d) or adverbial adjectives (ad: 正式官宣, 积极推进)
with frequency >= MIN_FREQUENCY, without the nouns and adjectives jieba tags as adverbs (frames.json `mistagged_nouns` and `mistagged_adverbs`: 首都, 高速, 真相), and with
the adverbs it tags otherwise (`untagged_adverbs`: 连续 a)."""
import json
import os

from jieba_words import han_words, source_path

MIN_FREQUENCY = 300
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "data", "extract", "adverb_words.txt")
frames = json.load(open(os.path.join(ROOT, "data", "extract", "frames.json"), encoding="utf-8"))
excluded = set(frames["mistagged_nouns"]["words"]) | set(frames["mistagged_adverbs"]["words"])
words = {word for word, freq, tag in han_words(source_path())
         if 2 <= len(word) <= 4 and freq >= MIN_FREQUENCY and tag in ("d", "ad")
         and word not in excluded} | set(frames["untagged_adverbs"]["words"])
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Frequent adverbs: derived from jieba's dict.txt (python3-jieba, MIT licence,\n"
              "# (c) Sun Junyi) and data/extract/frames.json by scripts/make_adverb_words.py.\n")
    out.writelines(w + "\n" for w in sorted(words))
