#!/usr/bin/env python3
"""Derives three data files of data/normalize/ from real lexicons (run by hand, output committed).

  opencc_variants.tsv  variant characters from OpenCC's TWVariantsRev, HKVariantsRev,
                       JPVariantsRev and TSCharacters that the ICU table leaves unchanged
  opencc_phrases.tsv   OpenCC's TSPhrases (its t2s phrase list) and the zhu words of
                       TWVariantsRevPhrases, where they disagree with character folding
  word_guards.tsv      words of the jieba lexicon that a phrase rule starting inside them would
                       split into a wrong conversion (動畫開始: 动画 guards against 畫開 → 划开)

Usage: derive_tables.py BUILD/indexer/normalize/fold_tables.cpp SHARED_DATA_DIR DATA_NORMALIZE_DIR

Needs the Debian packages opencc (binary dictionaries in /usr/share/opencc and opencc_dict)
and python3-jieba (its dict.txt). Both lexicons are redistributable: OpenCC is Apache-2.0,
jieba is MIT; the headers of the written files say so.

Principles (no rule is fitted to a sentence):
- A variant character is folded like the standard character it stands for, unless it is a
  standard simplified character itself: a value of TSCharacters or a key of STCharacters, or
  a character used at least PROTECT_FREQUENCY times in the simplified news of SHARED_DATA_DIR
  (么, 予, 欠, 疏 stay). Only characters the ICU table leaves unchanged are filled in; where
  ICU already maps a character, ICU stays the source of truth. Targets outside the BMP count
  like any other (鋐 → 𬭎, 魟 → 𫚉 are the standard forms; queries fold the same way).
- A TSPhrases entry is kept when its conversion differs from the character table's.
- A jieba word W guards against a phrase P when a proper suffix of W is a prefix of P's folded
  source and P converts the shared characters differently (动画 versus 划开) and W is not much
  rarer than P in the lexicon (at least half as frequent: 接着 against 著名, not 本着 or 为着
  against 著名, which lose to it), or P is no word
  of the lexicon (a context rule such as 姓於) and converts its span differently from W
  followed by the rest of P folded character by character (百姓 + 于). The guard is W followed
  by the rest of P (动画开, 百姓于), written as W and the rest folded character by character:
  forward longest matching meets it first, and only where P would have applied.
"""
import collections
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

PROTECT_FREQUENCY = 20
JIEBA_MIN_FREQUENCY = 5
AMBIGUOUS_WORD_FREQUENCY = 50
WORD_FREQUENCY_FACTOR = 2
OPENCC_DIR = Path("/usr/share/opencc")
JIEBA_DICT = Path("/usr/lib/python3/dist-packages/jieba/dict.txt")


def unescape(literal):
    return literal.encode("latin1").decode("unicode_escape").encode("latin1").decode("utf8")


def icu_tables(path):
    source = Path(path).read_text(encoding="latin1")
    chars_part = source[source.index("CHAR_MAPPINGS[]"):source.index("CHAR_MAPPING_COUNT")]
    chars = {chr(int(cp, 16)): unescape(image)
             for cp, image in re.findall(r'\{0x([0-9a-f]+), "((?:[^"\\]|\\.)*)"\}', chars_part)}
    phrase_part = source[source.index("ICU_PHRASES[]"):source.index("ICU_PHRASE_COUNT")]
    phrases = [(unescape(a), unescape(b)) for a, b in
               re.findall(r'\{"((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\}', phrase_part)]
    return chars, phrases


def opencc(name, workdir):
    text = Path(workdir) / (name + ".txt")
    subprocess.run(["opencc_dict", "-i", str(OPENCC_DIR / (name + ".ocd2")), "-o", str(text),
                    "-f", "ocd2", "-t", "text"], check=True)
    table = {}
    for line in text.read_text(encoding="utf8").splitlines():
        key, values = line.split("\t")
        table[key] = values.split(" ")
    return table


def tsv_rows(path):
    for line in Path(path).read_text(encoding="utf8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def is_han(c):
    cp = ord(c)
    return 0x3400 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x2FA1F or 0xF900 <= cp <= 0xFAFF


def main(fold_tables_cpp, shared_data, data_dir):
    data_dir = Path(data_dir)
    chars, icu_phrases = icu_tables(fold_tables_cpp)
    # The hand-made variant table decides first (it is loaded last and wins).
    hand = {}
    for row in tsv_rows(data_dir / "variants.tsv"):
        hand[row[0]] = row[1]

    def fold(c):
        if c in hand:
            c = hand[c]
        return chars.get(c, c)

    simplified_use = collections.Counter()
    for name in ("news_2018_p233.jsonl", "xwlb_cctv_2022-2026.jsonl"):
        with open(Path(shared_data) / "news" / name, encoding="utf8") as f:
            for line in f:
                simplified_use.update(json.loads(line).get("text") or "")

    with tempfile.TemporaryDirectory() as work:
        ts_chars = opencc("TSCharacters", work)
        st_chars = opencc("STCharacters", work)
        ts_phrases = opencc("TSPhrases", work)
        variant_tables = {name: opencc(name, work)
                          for name in ("TWVariantsRev", "HKVariantsRev", "JPVariantsRev")}
        tw_variant_phrases = opencc("TWVariantsRevPhrases", work)

    simplified = set(v for values in ts_chars.values() for v in values) | set(st_chars)

    def protected(c):
        return c in simplified or simplified_use[c] >= PROTECT_FREQUENCY

    variants = {}
    for name, table in variant_tables.items():
        for variant, standards in table.items():
            if len(variant) != 1 or len(standards) != 1 or variant in hand:
                continue
            standard = standards[0]
            target = fold(ts_chars.get(standard, [standard])[0])
            if fold(variant) != variant or target == variant or protected(variant):
                continue
            if len(target) != 1:
                continue
            variants.setdefault(variant, (target, name))
    for trad, values in ts_chars.items():
        if len(trad) != 1 or trad in variants or trad in hand or fold(trad) != trad:
            continue
        if trad in values or len(values) != 1:
            continue  # OpenCC keeps it in some words: not a plain variant
        target = fold(values[0])
        if len(target) != 1 or protected(trad):
            continue
        variants[trad] = (target, "TSCharacters")

    def fold_word(word):
        return "".join(variants[c][0] if c in variants else fold(c) for c in word)

    header = ("# Derived by indexer/normalize/gen/derive_tables.py from OpenCC's dictionaries\n"
              "# (Debian package opencc, /usr/share/opencc/*.ocd2; OpenCC is Apache-2.0,\n"
              "# https://github.com/BYVoid/OpenCC). Do not edit: change the script or override\n"
              "# in the hand-made files, which are loaded after this one.\n")
    with open(data_dir / "opencc_variants.tsv", "w", encoding="utf8") as out:
        out.write(header)
        out.write("# variant<TAB>standard<TAB>source dictionary\n")
        for variant in sorted(variants):
            target, source = variants[variant]
            out.write(f"{variant}\t{target}\t{source}\n")

    jieba = {}
    with open(JIEBA_DICT, encoding="utf8") as f:
        for line in f:
            word, frequency = line.split()[:2]
            jieba[word] = int(frequency)

    phrases = []  # (source, target)
    for source, targets in ts_phrases.items():
        target = targets[0]
        if len(source) != len(target) or len(source) < 2:
            continue
        folded = fold_word(source)
        # Only phrases the simplified lexicon attests: the installed TSPhrases has entries
        # that upstream dropped since (乾紅 → 乾红, 乾斷 → 乾断: 干红 is the wine, 干断食 a fast).
        if target not in jieba:
            continue
        if folded != target:
            phrases.append((source, target))
    for source, targets in tw_variant_phrases.items():
        # Identity entries keep 著 (zhù) where the variant step would write 着.
        if targets[0] == source and "著" in source and len(source) >= 2:
            target = "".join(c if c == "著" else fold_word(c) for c in source)
            if fold_word(source) != target:
                phrases.append((source, target))
    by_target = collections.defaultdict(list)
    for source, target in phrases:
        if source != target:
            by_target[target].append(source)
        else:
            by_target.setdefault(target, [])
    with open(data_dir / "opencc_phrases.tsv", "w", encoding="utf8") as out:
        out.write(header)
        out.write("# phrase (simplified)<TAB>exact traditional spellings or -\n")
        for target in sorted(by_target):
            sources = " ".join(sorted(set(by_target[target]))) or "-"
            out.write(f"{target}\t{sources}\n")

    # Every phrase rule the folder will know, as (folded source, target).
    rules = [(fold_word(s), t) for s, t in icu_phrases if len(s) == len(t)]
    rules += [(fold_word(s), t) for s, t in phrases]
    for name in ("phrases.tsv", "protected_names.tsv"):
        for row in tsv_rows(data_dir / name):
            rules.append((fold_word(row[0]), row[0]))
    ambiguous_images = {fold(row[0]) for row in tsv_rows(data_dir / "ambiguous_chars.tsv")}
    by_prefix = collections.defaultdict(list)  # folded prefix → rules starting with it
    for folded, target in rules:
        for k in range(1, len(folded) + 1):
            by_prefix[folded[:k]].append((folded, target))

    guards = []
    for word, frequency in jieba.items():
        if frequency < JIEBA_MIN_FREQUENCY or len(word) < 2:
            continue
        if not all(is_han(c) for c in word) or fold_word(word) != word:
            continue  # not a plain simplified word
        # The word's own characters convert differently from the phrase's (动画 against 畫開 →
        # 划开) and the word is not much rarer than the phrase (接着 against 著名; 本着 and 为着
        # are, and lose to it), or the phrase is a context rule rather than a word of the
        # lexicon and converts its span differently from the word followed by the rest folded
        # character by character (百姓 + 于 against 姓於). A phrase that is a word itself and
        # agrees on the shared characters (计划 against 设计) keeps the forward longest match.
        # The guard is the word followed by the rest of the phrase it beats, so that it only
        # applies where that phrase would.
        # An ambiguous character (於 著 乾 …) folds in traditional context only; inside a
        # common word written with its image (於是 → 于是, 乾淨 → 干净) the word decides.
        plain = frequency >= AMBIGUOUS_WORD_FREQUENCY and any(c in ambiguous_images for c in word)
        if plain:
            guards.append(word)
        for k in range(1, len(word)):
            suffix = word[len(word) - k:]
            for folded, target in by_prefix.get(suffix, ()):
                word_first = word + folded[k:]
                phrase_first = word[:len(word) - k] + target
                if word_first == phrase_first:
                    continue
                own = (suffix != target[:k] and
                       frequency * WORD_FREQUENCY_FACTOR >= jieba.get(target, 0))
                context = target not in jieba and suffix + folded[k:] != target
                if own or context:
                    guards.append(word_first)
                elif plain:
                    guards.append(phrase_first)  # the phrase beats the plain guard: 为著名
    # The other side: a word that starts inside a phrase and runs past its end (畫開 → 划开
    # against 开心 in 畫開心, 一个 against 畫一 → 划一 in 畫一個). Forward matching meets the
    # phrase first, so the guard starts where the phrase does: the phrase's characters before
    # the word, folded one by one, then the whole word (画开心, 画一个). Being longer than the
    # phrase it wins exactly where the phrase would split the word, and it costs nothing
    # elsewhere: it starts with the phrase's own first two characters, which the folder's pair
    # filter already lets through. Which reading wins is jieba's own unigram model: the guard
    # is written when [head][word] is the likelier segmentation than [phrase][rest] (画|开心
    # against 划开|心; 划分|为 beats 画|分为, so 畫分為 stays 划分为; a phrase or rest that is
    # no word counts as its characters). A phrase with an ambiguous character (著 乾 於 …) is
    # left out: the guard would fold it whatever the context (所著力作 is simplified text).
    total = sum(jieba.values())

    def log_probability(text):
        if text in jieba:
            return math.log(jieba[text] / total)
        # Not a word: its characters one by one (an unknown one counts as once seen).
        return sum(math.log(max(jieba.get(c, 1), 1) / total) for c in text)

    by_first = collections.defaultdict(list)  # first character → plain words starting with it
    for word, frequency in jieba.items():
        if (frequency >= JIEBA_MIN_FREQUENCY and len(word) >= 2 and
                all(is_han(c) for c in word) and fold_word(word) == word):
            by_first[word[0]].append(word)
    right_guards = set()
    # Where rules share a folded source, the folder applies the one of highest priority (they
    # are listed lowest first); a rule that ends up writing the plain folding splits nothing.
    effective = {folded: target for folded, target in rules}
    for folded, target in effective.items():
        if folded == target:
            continue
        for k in range(1, len(folded)):
            head, shared = folded[:k], folded[k:]
            if any(c in ambiguous_images for c in folded):
                continue
            for word in by_first.get(shared[0], ()):
                if len(word) <= len(shared) or not word.startswith(shared):
                    continue
                rest = word[len(shared):]
                if head + word == target + rest:
                    continue
                word_reading = log_probability(head) + log_probability(word)
                phrase_reading = log_probability(target) + log_probability(rest)
                if word_reading > phrase_reading:
                    right_guards.add(head + word)
    guards += right_guards
    with open(data_dir / "word_guards.tsv", "w", encoding="utf8") as out:
        out.write("# Derived by indexer/normalize/gen/derive_tables.py from the jieba lexicon\n"
                  "# (Debian package python3-jieba, jieba/dict.txt; jieba is MIT-licensed,\n"
                  "# https://github.com/fxsjy/jieba), words of frequency >= "
                  f"{JIEBA_MIN_FREQUENCY}.\n"
                  "# A word here is matched like a phrase (lowest priority) so that a phrase\n"
                  "# rule starting inside it cannot split it. Do not edit: rerun the script.\n")
        for word in sorted(set(guards)):
            out.write(f"{word}\t-\n")
    print(f"{len(variants)} variants, {len(by_target)} phrases, {len(set(guards))} guards "
          f"({len(right_guards)} against words that run past a phrase)",
          file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
