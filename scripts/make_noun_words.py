"""Writes data/extract/noun_words.txt: the common nouns of jieba's lexicon, which the claim frames
read as the head that ends a counted noun phrase (1030个重点工业园区: 工业园区 is a noun, so the
count measures the whole phrase, not its first word 重点; 两座大楼如期: 如期 is no noun).

    python3 scripts/make_noun_words.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two or more Han characters tagged n (common noun) with frequency >= 20, as common_words.txt
keeps them; verbal nouns (vn: 投产, 活动) are left out, as they end predicates as often, and so
are the adverbs and verbs jieba tags as nouns (全部, 细化), listed in frames.json
`mistagged_head_nouns`, the verbs of `untagged_verbs` (选派, 会见) and the adverbs of
`untagged_adverbs` (特地, 专程)."""
import json
import os

from jieba_words import han_words, source_path

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "extract")
OUT = os.path.join(DATA, "noun_words.txt")
frames = json.load(open(os.path.join(DATA, "frames.json"), encoding="utf-8"))
excluded = (set(frames["mistagged_head_nouns"]["words"]) | set(frames["untagged_verbs"]["words"])
            | set(frames["untagged_adverbs"]["words"]))
words = {word for word, freq, tag in han_words(source_path())
         if len(word) >= 2 and freq >= 20 and tag == "n" and word not in excluded}
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Common nouns: derived from jieba's dict.txt (python3-jieba, MIT licence,\n"
              "# (c) Sun Junyi) by scripts/make_noun_words.py; see that script.\n")
    out.writelines(w + "\n" for w in sorted(words))
