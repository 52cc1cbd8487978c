"""The entries of jieba's dict.txt (Debian package python3-jieba, MIT licence, (c) Sun Junyi)
that are words of Han characters only, for the scripts that derive data/extract word lists."""
import sys

DEFAULT_SOURCE = "/usr/lib/python3/dist-packages/jieba/dict.txt"


def source_path():
    """The dictionary named on the command line, else the Debian package's."""
    return sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE


def han_words(source):
    """Yields (word, frequency, part-of-speech tag) of every entry made of Han characters."""
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            if all("\u4e00" <= ch <= "\u9fff" for ch in word):
                yield word, freq, tag
