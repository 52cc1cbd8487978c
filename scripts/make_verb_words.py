"""Writes data/extract/verb_words.txt: the frequent verbs of jieba's lexicon, which the claim
frames read as event verbs (a date opening a clause with one of them dates an event: 16日，…演习
正在…进行) next to the hand list `event_verbs` of data/extract/frames.json.

    python3 scripts/make_verb_words.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two to four Han characters tagged as verbs (v, vi) with frequency >= MIN_FREQUENCY. Words that
state a quantity or a state rather than an event (是, 有, 达到, 增长) are not verbs of one day;
they are listed in frames.json `not_event_verbs` and left out here, as are the nouns jieba tags as
verbs (选手), listed in `mistagged_verbs`. The verbs it tags otherwise (`untagged_verbs`: 载有 b) are
added.

It also writes data/extract/verbal_nouns.txt: the frequent words jieba tags as verbal nouns (vn:
影响, 发展, 投资). After an adverb they are verbs (不影响广告地位: a predicate, no subject), which
the claim frames read so; elsewhere they are mostly nouns."""
import json
import os

from jieba_words import han_words, source_path

MIN_FREQUENCY = 300
# The rarer verbs (配发 109, 订出 3) and the verbs of a quantity or a state (认为, 成为) only open a
# predicate: data/extract/predicate_verbs.txt. The threshold is set by tests/bench/claims_eval.
MIN_PREDICATE_FREQUENCY = int(os.environ.get("MIN_PREDICATE_FREQUENCY", "3"))
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "data", "extract", "verb_words.txt")
VERBAL_NOUNS = os.path.join(ROOT, "data", "extract", "verbal_nouns.txt")
PREDICATE_VERBS = os.path.join(ROOT, "data", "extract", "predicate_verbs.txt")
frames = json.load(open(os.path.join(ROOT, "data", "extract", "frames.json"), encoding="utf-8"))
excluded = set(frames["not_event_verbs"]) | set(frames["mistagged_verbs"]["words"])
words = {word for word, freq, tag in han_words(source_path())
         if 2 <= len(word) <= 4 and freq >= MIN_FREQUENCY and tag in ("v", "vi")
         and word not in excluded} | set(frames["untagged_verbs"]["words"])
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Frequent verbs: derived from jieba's dict.txt (python3-jieba, MIT licence,\n"
              "# (c) Sun Junyi) and data/extract/frames.json by scripts/make_verb_words.py.\n")
    out.writelines(w + "\n" for w in sorted(words))
predicate = {word for word, freq, tag in han_words(source_path())
             if 2 <= len(word) <= 4 and freq >= MIN_PREDICATE_FREQUENCY and tag in ("v", "vi")
             and word not in words and word not in frames["mistagged_verbs"]["words"]}
with open(PREDICATE_VERBS, "w", encoding="utf-8") as out:
    out.write("# Verbs that open a predicate: derived from jieba's dict.txt (python3-jieba, MIT\n"
              "# licence, (c) Sun Junyi) by scripts/make_verb_words.py (the v, vi words not in\n"
              "# verb_words.txt, frequency >= %d).\n" % MIN_PREDICATE_FREQUENCY)
    out.writelines(w + "\n" for w in sorted(predicate))
verbal = {word for word, freq, tag in han_words(source_path())
          if 2 <= len(word) <= 4 and freq >= MIN_FREQUENCY and tag == "vn"}
with open(VERBAL_NOUNS, "w", encoding="utf-8") as out:
    out.write("# Frequent verbal nouns: derived from jieba's dict.txt (python3-jieba, MIT licence,\n"
              "# (c) Sun Junyi) by scripts/make_verb_words.py.\n")
    out.writelines(w + "\n" for w in sorted(verbal))
