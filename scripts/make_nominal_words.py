"""Writes data/extract/nominal_words.txt: the nouns (and other non-predicate words) of jieba's
lexicon that contain a subject stop word after their first character (common nouns also at
their first: 创始人), begin with a verb (联合国, 集成电路: from data/extract/verb_words.txt and
predicate_verbs.txt, so run scripts/make_verb_words.py first) or, for names, hold one (国家统计局) or, for
organisations and abbreviations, end with the first characters of one (妇联 | 联在), or begin with an opener (or, for the names of places and organisations
and their abbreviations, with a one-character function word: 朝鲜, 以军)
of data/extract/frames.json: such a stop or opener is part of a name or a term, not a boundary
(共 of 一般公共预算, 均 of 人均收入, 以 of 以色列, 对 of 对外贸易).

    python3 scripts/make_nominal_words.py [/usr/lib/python3/dist-packages/jieba/dict.txt]

Source: jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi). Kept: words
of two or more Han characters with frequency >= 3 whose part of speech is not a verb, adverb,
preposition, conjunction, particle, pronoun, numeral or measure word (v vd vg vi vq p c d ad u
r m mq q y e o x zg), and the nouns it mistags as such (frames.json `mistagged_nouns` and `mistagged_names`: 大将 d, 以军 v);
left out: rare words (frequency < 20) that end with one of the subject grammar's
trailing_characters (刚在, 吴毅将)."""
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
mistagged = set(frames["mistagged_nouns"]["words"]) | set(frames["mistagged_names"]["words"])
# 载有, 装有: verbs jieba tags as distinguishing words (frames.json `untagged_verbs`).
untagged_verbs = set(frames["untagged_verbs"]["words"])
function_characters = {w for w in frames["subject_grammar"]["function_words"] if len(w) == 1}
NAMES = {"ns", "nt", "j"}
# Nouns, names and distinguishing words (idioms and set phrases, i and l, are mostly predicates).
VERB_LED_TAGS = {"n", "nt", "ns", "nz", "j", "b"}
NAMES_WITH_VERBS = {"nt", "ns", "nz"}
# The verb lists written by scripts/make_verb_words.py (run that first).
verbs = set()
for name in ("verb_words.txt", "predicate_verbs.txt"):
    with open(os.path.join(ROOT, "data", "extract", name), encoding="utf-8") as fh:
        verbs |= {line.strip() for line in fh if line.strip() and not line.startswith("#")}
trailing = frames["subject_grammar"]["trailing_characters"]["characters"]
verb_prefixes = {verb[:k] for verb in verbs for k in range(1, len(verb))}
words = set()
for word, freq, tag in han_words(source_path()):
    if (len(word) < 2 or freq < 3 or (tag in PREDICATE and word not in mistagged) or
            word in untagged_verbs):
        continue
    # 刚在 (t, 3), 吴毅将 (nr, 3): rare entries that end with a preposition or a conjunction are
    # mostly a word and the particle after it, which would keep that particle in a subject.
    if freq < 20 and word[-1] in trailing:
        continue
    inner_stop = any(word.find(s, 1) > 0 for s in stops)
    # 创始人, 有线电视: a common noun that opens with a stop word is a noun there, not the stop.
    inner_stop = inner_stop or (tag == "n" and freq >= 20 and
                                any(word.startswith(s) and len(word) > len(s) for s in stops))
    opens = any(word.startswith(o) and len(word) > len(o) for o in openers)
    # 朝鲜, 比利时, 以军: a place's or an organisation's name (or its abbreviation) that opens
    # with a one-character function word is a name there, not the function word.
    opens_function = (tag in NAMES and freq >= 20 and len(word) <= 5 and word[0] in function_characters)
    # 联合国, 解放军, 集成电路, 处理器: a noun or a name that opens with a verb of verb_words.txt or
    # predicate_verbs.txt is a noun there; the verb is no predicate (联合|国人工智能…).
    verb_led = (tag in VERB_LED_TAGS and freq >= 20 and len(word) >= 3 and
                any(word[:k] in verbs for k in range(2, len(word))))
    # 国家统计局, 世界卫生组织, 西藏自治区: a name with a verb inside it; the verb is no event.
    verb_inside = (tag in NAMES_WITH_VERBS and freq >= 20 and len(word) >= 3 and
                   any(word[i:i + k] in verbs for i in range(1, len(word) - 1)
                       for k in range(2, len(word) - i + 1)))
    verb_led = verb_led or verb_inside
    # 全国妇联在京举行: a name whose end opens a verb (妇联 | 联在) ends there; the verb's reading
    # would cut the name (全国妇|联在).
    verb_after = (tag in ("j", "nt") and freq >= 20 and
                  any(word[-k:] in verb_prefixes for k in range(1, len(word))))
    verb_led = verb_led or verb_after
    if inner_stop or opens or opens_function or verb_led:
        words.add(word)
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Nouns and terms that contain a subject stop word or begin with an opener or a verb (or, for\n"
              "# organisations and abbreviations, end with a verb's first characters): derived\n"
              "# from jieba's dict.txt (python3-jieba, MIT licence, (c) Sun Junyi) and\n"
              "# data/extract/frames.json by scripts/make_nominal_words.py; see that script.\n")
    out.writelines(w + "\n" for w in sorted(words))
