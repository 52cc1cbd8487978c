"""Writes data/extract/event_verbs.txt: the verbs of jieba's lexicon that are too rare for
verb_words.txt (which splits subjects, where a rare verb would cut names) but still say what
happened on a day: 昨天向警方自首, 1951年與梵蒂岡斷交, 新华社今天播发. The claim frames read
them only after a day's date, in a clause with no figure, to date an event.

    python3 scripts/make_event_verbs.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two to four Han characters tagged as verbs (v, vi) with MIN_FREQUENCY <= frequency <
verb_words.txt's threshold, without frames.json's `not_event_verbs` (states and quantities) and
`mistagged_verbs` (nouns tagged as verbs). Below MIN_FREQUENCY jieba's verb tags are mostly
wrong (进价, 吸管 are tagged v)."""
import json
import os

from jieba_words import han_words, source_path

MIN_FREQUENCY = 50
FREQUENT = 300  # make_verb_words.MIN_FREQUENCY: those are in verb_words.txt already
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "data", "extract", "event_verbs.txt")
frames = json.load(open(os.path.join(ROOT, "data", "extract", "frames.json"), encoding="utf-8"))
excluded = set(frames["not_event_verbs"]) | set(frames["mistagged_verbs"]["words"])
words = {word for word, freq, tag in han_words(source_path())
         if 2 <= len(word) <= 4 and MIN_FREQUENCY <= freq < FREQUENT and tag in ("v", "vi")
         and word not in excluded}
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Rarer verbs that date an event after a day's date: derived from jieba's dict.txt\n"
              "# (python3-jieba, MIT licence, (c) Sun Junyi) by scripts/make_event_verbs.py.\n")
    out.writelines(w + "\n" for w in sorted(words))
