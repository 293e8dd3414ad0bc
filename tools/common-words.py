#!/usr/bin/env python3
"""Write grammar/lexicon/common.txt: Arabic words that news uses as ordinary
nouns and adjectives, so that the entity rules do not take them for names
(رئيس | جديد, زعيم | مجموعة, منطقة | حظر, وقال | تقرير صادر).

Usage:
    python3 tools/common-words.py [SNN_DIR] > grammar/lexicon/common.txt

SNN_DIR holds the SaudiNewsNet day files (*.zip with one JSON array each, or
*.json); default ../shared/data/saudinewsnet.  Standard library only.

A word is common when news writes it both with and without the article ال:
a bare word w whose form ال+w occurs at least MIN_ART times and at least
RATIO times as often as w itself (جديد / الجديد), and a definite word ال+w
whose bare w occurs at least MIN_BARE times and at least RATIO times as often
(الدين / دين).  Names rarely take the article (foreign names never do) and
family names with the article are rarely written bare (السيسي).  Words of
names the dictionaries list are left out so that a name is never called
common: every given name (given.txt), the one-word names of names.txt, the
first and last words of the coded persons (persons.txt) unless news writes
them with the article more often than without (جديد of الشاذلي بن جديد),
every one-word form of another dictionary file, and the names of
tools/not-common.txt.  Each normalized form is written once, in
its most frequent spelling.
"""
import glob
import io
import json
import os
import re
import sys
import zipfile

MIN_ART, MIN_BARE, RATIO = 5, 20, 0.1
LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "grammar", "lexicon")
NOT_COMMON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "not-common.txt")
HARAKAT = re.compile("[\u064B-\u0652\u0640\u0670]")
WORD = re.compile("[\u0621-\u064A\u0670\u0671]+")


def norm(w):
    """arevent's normalization (src/tokenizer: harakat, tatweel, alef forms, ة, ى)."""
    w = HARAKAT.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w)
    return w.replace("ة", "ه").replace("ى", "ي")


def articles(snn_dir):
    for path in sorted(glob.glob(os.path.join(snn_dir, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                yield from json.load(io.TextIOWrapper(z.open(name), encoding="utf-8"))
    for path in sorted(glob.glob(os.path.join(snn_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            yield from json.load(f)


def lexicon_words():
    """Normalized words that must never be common: see the module comment."""
    names, persons, forms = set(), set(), set()
    for path in glob.glob(os.path.join(LEXICON, "*.txt")):
        base = os.path.basename(path)
        if base == "common.txt":
            continue
        for line in open(path, encoding="utf-8"):
            line = re.sub(r"(^|\s)#.*", "", line).strip()
            if not line or line.startswith("@"):
                continue
            words = [norm(w) for w in line.split("|")[0].split()]
            if not words:
                continue
            if len(words) == 1:
                forms.add(words[0])
            if base == "given.txt" or (base == "names.txt" and len(words) == 1):
                names.update(words)
            elif base == "persons.txt":
                persons.update((words[0], words[-1]))
    names |= {w[2:] for w in names if w.startswith("ال")}
    persons |= {w[2:] for w in persons if w.startswith("ال")}
    return names, persons, forms


def not_common():
    """Normalized words found to be names though news writes them both ways."""
    out = set()
    with open(NOT_COMMON, encoding="utf-8") as f:
        for line in f:
            line = re.sub(r"(^|\s)#.*", "", line).strip()
            if line:
                out.add(norm(line))
    return out


def main():
    snn_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data", "saudinewsnet")
    count, spelling = {}, {}
    for a in articles(snn_dir):
        text = (a.get("title") or "") + " " + (a.get("content") or "")
        for w in WORD.findall(text):
            n = norm(w)
            count[n] = count.get(n, 0) + 1
            s = spelling.setdefault(n, {})
            s[w] = s.get(w, 0) + 1
    if not count:
        sys.exit("common-words: no SaudiNewsNet articles in " + snn_dir)
    names, persons, forms = lexicon_words()
    common = set()
    for w, bare in count.items():
        if w.startswith("ال") or len(w) < 2 or w in names:
            continue
        art = count.get("ال" + w, 0)
        # a word of a coded person's name (صالح, هادي) is left out unless news
        # writes it with the article more often than without (جديد of بن جديد)
        if w in persons and art <= bare:
            continue
        if art >= MIN_ART and art >= RATIO * bare:
            common.add(w)
        if bare >= MIN_BARE and art and bare >= RATIO * art:
            common.add("ال" + w)
    common -= forms | not_common()
    out = sys.stdout
    out.write("# common.txt -- Arabic words that news uses as ordinary nouns and adjectives,\n"
              "# so that the entity rules do not take them for names (رئيس | جديد, زعيم |\n"
              "# مجموعة, منطقة | حظر, وقال | تقرير صادر).\n"
              "#\n# Generated by tools/common-words.py from the word counts of SaudiNewsNet\n"
              "# (M. Alhagri 2015, https://github.com/inparallel/SaudiNewsNet, CC BY-NC-SA 4.0):\n"
              "# a word is listed when news writes it both with and without the article;\n"
              "# words of listed names are left out (see the tool).  Delete a line that is a\n"
              "# name; add a word that the rules take for one.  The rules consult this list\n"
              "# only for words no other dictionary lists.\n\n@kind common\n")
    for w in sorted(common):
        sp = spelling.get(w)
        if sp is None:  # a definite form: spell it as its bare word is spelt
            sp = {"ال" + k: v for k, v in spelling[w[2:]].items()}
        out.write(max(sorted(sp), key=lambda k: sp[k]) + "\n")


if __name__ == "__main__":
    main()
