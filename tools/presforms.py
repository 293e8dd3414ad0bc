#!/usr/bin/env python3
"""Writes src/presforms.inc: Arabic presentation forms -> normalized base letters.

Run from the top of the repository: python3 tools/presforms.py
The mapping is Unicode NFKC followed by arevent's letter folding (harakat and
tatweel dropped; alef variants to bare alef; alef maqsura to ya; ta marbuta to ha).
"""
import unicodedata


def fold(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0x64B <= c <= 0x652 or c in (0x670, 0x640):
            continue
        ch = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'}.get(ch, ch)
        out.append(ch)
    return ''.join(out)


def main():
    rows = []
    for rng in (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFD)):
        for c in rng:
            ch = chr(c)
            if unicodedata.category(ch) == 'Cn':
                continue
            d = unicodedata.normalize('NFKC', ch)
            if d != ch:
                rows.append((c, fold(d).replace(' ', '')))
    with open('src/presforms.inc', 'w') as f:
        f.write("/* presforms.inc: Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC)\n"
                " * mapped to their normalized base letters (Unicode NFKC, then arevent's\n"
                " * letter folding; spaces of the long ligatures removed).\n"
                " * Generated once by tools/presforms.py from Python's unicodedata; rerun it\n"
                " * when Unicode adds forms. Sorted by code point for binary search. */\n")
        for c, n in rows:
            f.write('{0x%04X, "%s"},\n' % (c, ''.join('\\x%02x' % x for x in n.encode())))


if __name__ == '__main__':
    main()
