#!/usr/bin/env python3
"""annotate.py - turn inline-markup copies of corpus articles into gold TSV lines.

The gold corpus of arevent (see corpus/README.md and corpus/GUIDELINES.md) keeps,
for every article corpus/docs/NAME.txt, a hand-annotated copy

    corpus/markup/NAME.ann      the article text with inline markup
    corpus/markup/NAME.events   the events (one per line), referring to triggers

This script strips the markup, checks that the result equals corpus/docs/NAME.txt
byte for byte, computes UTF-8 byte offsets and sentence numbers, and writes the
lines of corpus/gold/entities.tsv and corpus/gold/events.tsv.

MARKUP IN NAME.ann
------------------
  Entity:   [TYPE|CODE text]    e.g. [PER|USAGOV مايك بومبيو]   [DATE|2020-06-11 11 يونيو 2020]
            [TYPE text]         entity without code, e.g. [ORG الجيش الوطني الليبي]
            TYPE is PER, ORG, LOC or DATE. Exactly one space separates the header
            from the text; the text is everything up to the matching ']'.
  Trigger:  {ID text}           e.g. و{t3 دعت} ; ID is [A-Za-z0-9_]+ and unique in the file.
  Nesting is allowed ({t1 زار [LOC|SYR سوريا]} or [ORG ... {t2 x} ...]); spans
  may not cross.  Proclitics stay outside the brackets: و[LOC|EGY مصر], ل[ORG|IGOUNO لأمم المتحدة]
  (for لل+noun the second ل is inside, per the spec).
  Escapes for literal characters of the article: \\[  \\]  \\{  \\}  \\\\
  Everything else is copied verbatim (line breaks included).

EVENTS IN NAME.events
---------------------
  One event per line, fields separated by '|' (surrounding spaces are trimmed);
  blank lines and lines starting with '#' are ignored.  Positional fields:

    trigger | source | source_code | event_code | target | target_code | theme | location | date | mode

  trigger      ID of a {ID ...} span in NAME.ann; its text, byte span and sentence
               give the trigger, start, end and sent columns.  Several events
               may share a trigger (compound actors: one event per pair).
  source, target   the actor text as written in the sentence (the anaphor itself,
               e.g. الوزارة, or the pro-drop verb's referent written as the verb
               context says); target/target_code may be empty.
  event_code   CAMEO event code (3-4 digits), checked against
               /work/shared/data/cameo/eventcodes.tsv when that file exists.
  theme, location  free text as written, may be empty.
  date         YYYY-MM-DD (or YYYY-MM); empty = document date from corpus/docs.tsv
               (or corpus/docs-b.tsv, or --date).
  mode         asserted (default when empty), negated or intended.
  Trailing empty fields may be omitted.  Example:

    t3 | الوزارة | USAGOV | 051 | مصر | EGY | | | | asserted
    t4 | الوزارة | USAGOV | 0256 | جميع الأطراف المعنية في ليبيا | LBY | المشاركة بجدية في محادثات 5 + 5

SENTENCES (spec rule, same as arevent's splitter)
-------------------------------------------------
  every line break ends a sentence; a run of . ! ? ؟ … ends a sentence, except a
  single '.' between two digits (ASCII or Arabic-Indic) or right after a single
  Latin letter (initials); closing quotes/brackets ” » " ' ) right after the run
  belong to the ending sentence; sentences with no non-space character are not
  counted; the title (line 1) is sentence 1.

USAGE
-----
  python3 tools/annotate.py init NAME...        create markup/NAME.ann (escaped copy of
                                                docs/NAME.txt) and an empty NAME.events
                                                (never overwrites existing files)
  python3 tools/annotate.py sents NAME...       print sentence number, byte span and text
                                                of docs/NAME.txt (annotation aid)
  python3 tools/annotate.py check NAME...       verify markup + events, print a summary
  python3 tools/annotate.py tsv NAME...         print entity lines, then event lines (no header)
  python3 tools/annotate.py build [--entities F] [--events F] [--no-header] NAME...
                                                (re)write the gold files for these docs
                                                (defaults corpus/gold/entities.tsv and
                                                corpus/gold/events.tsv, with header)

  NAME may be a bare doc name (000_bce8d6ddd41ba8a9), a path to the .ann/.txt file,
  or a glob such as 'corpus/markup/0[0-1]*.ann'.  Options: --corpus DIR (default:
  the corpus/ directory next to tools/), --date YYYY-MM-DD (document date when the
  doc is in no docs*.tsv).

  Annotator 2 example:
    python3 tools/annotate.py build --no-header \\
        --entities corpus/gold/entities-b.tsv --events corpus/gold/events-b.tsv \\
        corpus/markup/0{21..41}_*.ann

Exit status is 1 if any check fails (the gold files are then not written).
"""

import glob
import os
import re
import sys

ENTITY_TYPES = ("PER", "ORG", "LOC", "DATE")
MODES = ("asserted", "negated", "intended")
ENT_HEADER = "doc\tsent\tstart\tend\ttype\ttext\tcode"
EV_HEADER = ("doc\tsent\tdate\tsource\tsource_code\tevent_code\ttarget\ttarget_code"
             "\ttheme\tlocation\ttrigger\tmode\tstart\tend\trule")
CAMEO_FILE = "/work/shared/data/cameo/eventcodes.tsv"

TERMINATORS = set(".!?\u061f\u2026")          # . ! ? ؟ …
CLOSERS = set("\u201d\u00bb\"')")              # ” » " ' )
DIGITS = set("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


class AnnError(Exception):
    pass


# ---------------------------------------------------------------- sentences
def _is_latin_letter(c):
    return ("A" <= c <= "Z") or ("a" <= c <= "z")


def sentence_spans(text):
    """Return [(start_char, end_char)] of the counted sentences of text (str)."""
    spans = []
    n = len(text)
    line_start = 0
    while line_start <= n:
        nl = text.find("\n", line_start)
        line_end = n if nl < 0 else nl
        s = line_start
        i = line_start
        while i < line_end:
            c = text[i]
            if c in TERMINATORS:
                j = i
                while j < line_end and text[j] in TERMINATORS:
                    j += 1
                brk = True
                if j - i == 1 and c == ".":
                    prev = text[i - 1] if i > line_start else ""
                    nxt = text[i + 1] if i + 1 < line_end else ""
                    if prev in DIGITS and nxt in DIGITS and prev and nxt:
                        brk = False
                    elif prev and _is_latin_letter(prev):
                        pp = text[i - 2] if i - 2 >= line_start else ""
                        if not (pp and _is_latin_letter(pp)):
                            brk = False
                if brk:
                    while j < line_end and text[j] in CLOSERS:
                        j += 1
                    spans.append((s, j))
                    s = j
                i = j
            else:
                i += 1
        spans.append((s, line_end))
        if nl < 0:
            break
        line_start = nl + 1
    return [(a, b) for a, b in spans if text[a:b].strip() != ""]


class Doc:
    """Plain text of a document with char->byte offsets and sentence lookup."""

    def __init__(self, text):
        self.text = text
        self.byte_of = [0] * (len(text) + 1)
        b = 0
        for i, ch in enumerate(text):
            self.byte_of[i] = b
            b += len(ch.encode("utf-8"))
        self.byte_of[len(text)] = b
        self.sents = sentence_spans(text)

    def sent_of(self, char_pos):
        for k, (a, b) in enumerate(self.sents, 1):
            if a <= char_pos < b:
                return k
        raise AnnError("offset %d is in no sentence" % char_pos)


# ---------------------------------------------------------------- markup
_ENT_HEAD = re.compile(r"([A-Z]+)(?:\|([^ \]\[{}|]*))? ")
_TRIG_HEAD = re.compile(r"([A-Za-z0-9_]+) ")


def parse_markup(src, fname="?"):
    """Parse .ann text -> (plain, entities, triggers).

    entities: list of dict(type, code, s, e) in char offsets of plain.
    triggers: dict id -> (s, e)."""
    out = []
    plen = 0
    stack = []          # (kind, info, start_plain, line)
    entities = []
    triggers = {}
    i = 0
    n = len(src)
    line = 1

    def err(msg):
        raise AnnError("%s:%d: %s" % (fname, line, msg))

    while i < n:
        c = src[i]
        if c == "\\":
            if i + 1 < n and src[i + 1] in "[]{}\\":
                out.append(src[i + 1])
                plen += 1
                i += 2
                continue
            err("lone backslash: escape it as \\\\")
        if c == "[":
            m = _ENT_HEAD.match(src, i + 1)
            if not m:
                err("bad entity header after '[' (want [TYPE|CODE text] or [TYPE text])")
            typ, code = m.group(1), m.group(2) or ""
            if typ not in ENTITY_TYPES:
                err("unknown entity type %r" % typ)
            stack.append(("[", (typ, code), plen, line))
            i = m.end()
            continue
        if c == "{":
            m = _TRIG_HEAD.match(src, i + 1)
            if not m:
                err("bad trigger header after '{' (want {ID text})")
            tid = m.group(1)
            if tid in triggers or any(k == "{" and inf == tid for k, inf, _, _ in stack):
                err("duplicate trigger id %r" % tid)
            stack.append(("{", tid, plen, line))
            i = m.end()
            continue
        if c in "]}":
            want = "[" if c == "]" else "{"
            if not stack or stack[-1][0] != want:
                err("unmatched %r" % c)
            kind, info, s, _ = stack.pop()
            if s == plen:
                err("empty span")
            if kind == "[":
                entities.append({"type": info[0], "code": info[1], "s": s, "e": plen})
            else:
                triggers[info] = (s, plen)
            i += 1
            continue
        if c == "\n":
            line += 1
        out.append(c)
        plen += 1
        i += 1
    if stack:
        kind, info, s, l0 = stack[-1]
        raise AnnError("%s:%d: unclosed %r" % (fname, l0, kind))
    plain = "".join(out)
    for e in entities:
        t = plain[e["s"]:e["e"]]
        if t != t.strip():
            raise AnnError("%s: entity %r has leading/trailing space" % (fname, t))
    for tid, (s, e) in triggers.items():
        t = plain[s:e]
        if t != t.strip():
            raise AnnError("%s: trigger %s %r has leading/trailing space" % (fname, tid, t))
    return plain, entities, triggers


def escape_text(text):
    return re.sub(r"([\[\]{}\\])", r"\\\1", text)


# ---------------------------------------------------------------- helpers
def load_cameo():
    codes = set()
    if os.path.exists(CAMEO_FILE):
        with open(CAMEO_FILE, encoding="utf-8") as f:
            for ln in f:
                m = re.match(r"\s*(\d{2,4})\b", ln)
                if m:
                    codes.add(m.group(1))
    return codes


def load_doc_dates(corpus):
    dates = {}
    for fn in ("docs.tsv", "docs-b.tsv"):
        p = os.path.join(corpus, fn)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            for ln in f:
                cols = ln.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[0] != "doc":
                    dates[cols[0]] = cols[1]
    return dates


def resolve_names(args, corpus):
    names = []
    for a in args:
        paths = glob.glob(a) if any(ch in a for ch in "*?[") else [a]
        if not paths:
            paths = glob.glob(os.path.join(corpus, "markup", a))
        for p in sorted(paths):
            base = os.path.basename(p)
            for ext in (".ann", ".events", ".txt"):
                if base.endswith(ext):
                    base = base[: -len(ext)]
            if base not in names:
                names.append(base)
    return names


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def process(name, corpus, dates, cameo, default_date=None):
    """Return (entity_rows, event_rows, warnings); raise AnnError on error."""
    txt_path = os.path.join(corpus, "docs", name + ".txt")
    ann_path = os.path.join(corpus, "markup", name + ".ann")
    ev_path = os.path.join(corpus, "markup", name + ".events")
    with open(txt_path, "rb") as f:
        raw = f.read()
    with open(ann_path, encoding="utf-8") as f:
        src = f.read()
    plain, ents, trigs = parse_markup(src, ann_path)
    if plain.encode("utf-8") != raw:
        pb = plain.encode("utf-8")
        k = next((i for i in range(min(len(pb), len(raw))) if pb[i] != raw[i]),
                 min(len(pb), len(raw)))
        ctx = raw[max(0, k - 40):k + 40].decode("utf-8", "replace")
        ctx2 = pb[max(0, k - 40):k + 40].decode("utf-8", "replace")
        raise AnnError("%s: stripped markup differs from %s at byte %d\n  txt: %r\n  ann: %r"
                       % (ann_path, txt_path, k, ctx, ctx2))
    doc = Doc(plain)
    warnings = []
    ent_rows = []
    for e in sorted(ents, key=lambda e: (e["s"], e["e"])):
        text = plain[e["s"]:e["e"]]
        if "\n" in text:
            raise AnnError("%s: entity %r crosses a line" % (ann_path, text))
        if e["type"] == "DATE" and not DATE_RE.match(e["code"]):
            raise AnnError("%s: DATE %r needs an ISO code, got %r" % (ann_path, text, e["code"]))
        if e["type"] != "DATE" and e["code"] and not re.match(r"^[A-Z]{3,}$", e["code"]):
            raise AnnError("%s: bad actor code %r for %r" % (ann_path, e["code"], text))
        s_sent, e_sent = doc.sent_of(e["s"]), doc.sent_of(e["e"] - 1)
        if s_sent != e_sent:
            warnings.append("entity %r crosses a sentence boundary" % text)
        ent_rows.append((e["s"], [name, str(s_sent), str(doc.byte_of[e["s"]]),
                                  str(doc.byte_of[e["e"]]), e["type"], text, e["code"]]))
    ddate = dates.get(name) or default_date
    ev_rows = []
    used = set()
    if os.path.exists(ev_path):
        with open(ev_path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for ln_no, ln in enumerate(lines, 1):
            if not ln.strip() or ln.lstrip().startswith("#"):
                continue
            where = "%s:%d" % (ev_path, ln_no)
            fl = [x.strip() for x in ln.split("|")]
            if len(fl) > 10:
                raise AnnError("%s: more than 10 fields" % where)
            fl += [""] * (10 - len(fl))
            tid, src_t, src_c, code, tgt_t, tgt_c, theme, loc, date, mode = fl
            if tid not in trigs:
                raise AnnError("%s: unknown trigger id %r" % (where, tid))
            used.add(tid)
            if not src_t or not src_c:
                raise AnnError("%s: source text and code are required" % where)
            if not re.match(r"^\d{3,4}$", code):
                raise AnnError("%s: bad event code %r" % (where, code))
            if cameo and code not in cameo:
                raise AnnError("%s: event code %s not in %s" % (where, code, CAMEO_FILE))
            for c in (src_c, tgt_c):
                if c and not re.match(r"^[A-Z]{3,}$", c):
                    raise AnnError("%s: bad actor code %r" % (where, c))
            if bool(tgt_t) != bool(tgt_c):
                warnings.append("%s: target text/code only half filled" % where)
            if not date:
                if not ddate:
                    raise AnnError("%s: no event date and no document date for %s "
                                   "(add it to corpus/docs.tsv or use --date)" % (where, name))
                date = ddate
            if not DATE_RE.match(date):
                raise AnnError("%s: bad date %r" % (where, date))
            mode = mode or "asserted"
            if mode not in MODES:
                raise AnnError("%s: bad mode %r" % (where, mode))
            s, e = trigs[tid]
            sent = doc.sent_of(s)
            for t in (src_t, tgt_t, theme, loc):
                if "\t" in t:
                    raise AnnError("%s: tab inside a field" % where)
            ev_rows.append(((s, ln_no), [name, str(sent), date, src_t, src_c, code, tgt_t, tgt_c,
                                         theme, loc, plain[s:e], mode, str(doc.byte_of[s]),
                                         str(doc.byte_of[e]), "gold"]))
    for tid in trigs:
        if tid not in used:
            warnings.append("trigger %s (%r) is used by no event" % (tid, plain[slice(*trigs[tid])]))
    ent_rows.sort(key=lambda r: r[0])
    ev_rows.sort(key=lambda r: r[0])
    return [r for _, r in ent_rows], [r for _, r in ev_rows], warnings


# ---------------------------------------------------------------- commands
def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = os.path.join(os.path.dirname(here), "corpus")
    ent_out = ev_out = None
    header = True
    default_date = None
    args = []
    it = iter(argv[1:])
    for a in it:
        if a == "--corpus":
            corpus = next(it)
        elif a == "--entities":
            ent_out = next(it)
        elif a == "--events":
            ev_out = next(it)
        elif a == "--no-header":
            header = False
        elif a == "--date":
            default_date = next(it)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    if not args:
        print(__doc__)
        return 2
    cmd, names = args[0], resolve_names(args[1:], corpus)
    if not names:
        print("no documents given", file=sys.stderr)
        return 2

    if cmd == "init":
        os.makedirs(os.path.join(corpus, "markup"), exist_ok=True)
        for nm in names:
            ann = os.path.join(corpus, "markup", nm + ".ann")
            ev = os.path.join(corpus, "markup", nm + ".events")
            with open(os.path.join(corpus, "docs", nm + ".txt"), encoding="utf-8") as f:
                text = f.read()
            if not os.path.exists(ann):
                with open(ann, "w", encoding="utf-8") as f:
                    f.write(escape_text(text))
                print("created", ann)
            if not os.path.exists(ev):
                with open(ev, "w", encoding="utf-8") as f:
                    f.write("# trigger | source | source_code | event_code | target | target_code"
                            " | theme | location | date | mode\n")
                print("created", ev)
        return 0

    if cmd == "sents":
        for nm in names:
            with open(os.path.join(corpus, "docs", nm + ".txt"), encoding="utf-8") as f:
                doc = Doc(f.read())
            for k, (a, b) in enumerate(doc.sents, 1):
                print("%s\t%d\t%d\t%d\t%s" % (nm, k, doc.byte_of[a], doc.byte_of[b], doc.text[a:b]))
        return 0

    if cmd not in ("check", "tsv", "build"):
        print("unknown command %r" % cmd, file=sys.stderr)
        return 2
    dates = load_doc_dates(corpus)
    cameo = load_cameo()
    all_e, all_v, failed = [], [], False
    for nm in names:
        try:
            er, vr, warns = process(nm, corpus, dates, cameo, default_date)
        except (AnnError, OSError) as ex:
            print("ERROR %s: %s" % (nm, ex), file=sys.stderr)
            failed = True
            continue
        for w in warns:
            print("warning %s: %s" % (nm, w), file=sys.stderr)
        all_e += er
        all_v += vr
        if cmd == "check":
            types = {}
            for r in er:
                types[r[4]] = types.get(r[4], 0) + 1
            print("%s: OK, %d entities %s, %d events" % (
                nm, len(er), " ".join("%s=%d" % kv for kv in sorted(types.items())), len(vr)))
    if failed:
        return 1
    all_e.sort(key=lambda r: r[0])   # stable: keeps start order within a doc
    all_v.sort(key=lambda r: r[0])
    if cmd == "tsv":
        for r in all_e + all_v:
            print("\t".join(r))
    elif cmd == "build":
        ent_out = ent_out or os.path.join(corpus, "gold", "entities.tsv")
        ev_out = ev_out or os.path.join(corpus, "gold", "events.tsv")
        for path, hdr, rows in ((ent_out, ENT_HEADER, all_e), (ev_out, EV_HEADER, all_v)):
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                if header:
                    f.write(hdr + "\n")
                for r in rows:
                    f.write("\t".join(r) + "\n")
            print("wrote %s (%d rows)" % (path, len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
