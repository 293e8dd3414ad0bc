#include "reader.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Size of a CoNLL document: a file is cut at a sentence boundary past this
 * many bytes, so that memory stays bounded on huge token files. */
enum { CONLL_DOC_BYTES = 1 << 20, READ_CHUNK = 1 << 16 };
/* jsonl arrays: an object cut by the end of a chunk is read twice (see
 * read_jsonl); bigger chunks make that rare */
enum { JSON_CHUNK = 1 << 18 };

/* SaudiNewsNet day files name their fields differently: both sets are
 * extracted in one pass */
static const arv_json_fields snn_fields = {"url", "content", "date_extracted", "title"};

struct arv_reader {
    FILE *f;
    int owns;                 /* f was opened here */
    const char *path;         /* as given, for messages */
    char *base;               /* file name without folders and extension: the text document id */
    arv_reader_opts o;
    arv_diag *d;
    int done;
    unsigned long line;       /* lines consumed so far */
    int mode;                 /* jsonl: 0 undecided, 1 one object per line, 2 top-level array */
    unsigned long chunk;      /* conll: documents cut from this file so far */
    arv_charvec buf;          /* jsonl array: bytes read but not yet consumed */
    size_t bpos;              /* consumed prefix of buf */
    arv_json_split split;
    int open;                 /* an array element has started and not ended */
    size_t objstart;          /* its offset in buf */
    unsigned long nobj;       /* objects seen, for ids of objects without one */
    unsigned long objline;    /* jsonl array: line where the open element starts */
    int garbage;              /* jsonl array: inside a run of stray bytes (reported once) */
    char *pending;            /* conll: a line read past the end of the last document */
    char prefix[4];           /* jsonl: bytes read while looking for a BOM, first line's start */
    size_t nprefix;
};

static const char bom[3] = {'\xEF', '\xBB', '\xBF'};

static char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    const char *dot = strrchr(b, '.');
    if (dot && dot != b) n = (size_t)(dot - b);
    char *s = malloc(n + 1);
    if (!s) abort();
    memcpy(s, b, n);
    s[n] = '\0';
    return s;
}

arv_reader *arv_reader_open(const char *path, const arv_reader_opts *o, arv_diag *d)
{
    arv_reader *r = calloc(1, sizeof *r);
    if (!r) abort();
    if (!path || strcmp(path, "-") == 0) {
        r->f = stdin;
        r->path = "-";
        r->base = base_name("stdin");
    } else {
        r->f = fopen(path, "rb");
        r->owns = 1;
        r->path = path;
        r->base = base_name(path);
        if (!r->f) {
            arv_diag_emit(d, path, 0, ARV_ERROR, "cannot open: %s", strerror(errno));
            free(r->base);
            free(r);
            return NULL;
        }
    }
    r->o = *o;
    r->d = d;
    arv_json_split_init(&r->split);
    r->split.stop_at_start = 1;
    return r;
}

void arv_reader_close(arv_reader *r)
{
    if (!r) return;
    if (r->owns) fclose(r->f);
    free(r->base);
    free(r->pending);
    ARV_VEC_FREE(r->buf);
    free(r);
}

/* Reads one line (without its '\n') into the arena. NULL at end of input. */
static char *read_line(arv_reader *r, arv_arena *a, size_t *len)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, r->f);
    size_t np = r->nprefix;
    if (n < 0) {
        free(line);
        if (!np) return NULL;
        n = 0;
    }
    r->nprefix = 0;
    r->line++;
    if (n > 0 && line[n - 1] == '\n') n--;
    const char *t = line ? line : "";
    if (r->line == 1 && !np && n >= 3 && memcmp(t, bom, 3) == 0) {  /* a BOM is not part of the text */
        t += 3;
        n -= 3;
    }
    char *s = arv_arena_alloc(a, np + (size_t)n + 1);
    memcpy(s, r->prefix, np);
    memcpy(s + np, t, (size_t)n);
    s[np + (size_t)n] = '\0';
    free(line);
    *len = np + (size_t)n;
    return s;
}

static int read_text(arv_reader *r, arv_input_doc *doc, arv_arena *a)
{
    if (r->done) return 0;
    r->done = 1;
    arv_charvec v = {0};
    char chunk[READ_CHUNK];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, r->f)) > 0) {
        ARV_VEC_RESERVE(v, v.n + n + 1);
        memcpy(v.v + v.n, chunk, n);
        v.n += n;
    }
    if (ferror(r->f)) {
        arv_diag_emit(r->d, r->path, 0, ARV_ERROR, "read error: %s", strerror(errno));
        ARV_VEC_FREE(v);
        return -1;
    }
    doc->id = arv_arena_strndup(a, r->base, strlen(r->base));
    doc->text = arv_arena_strndup(a, v.v ? v.v : "", v.n);
    doc->len = v.n;
    doc->date = r->o.date;
    ARV_VEC_FREE(v);
    return 1;
}

/* Builds a document from a parsed JSON object that starts on line `line`:
 * jo holds its fields by the configured names, js by SaudiNewsNet's. */
static int doc_of_json(arv_reader *r, const arv_json_doc *jo, const arv_json_doc *js, unsigned long line,
                       arv_input_doc *doc, arv_arena *a)
{
    const arv_json_doc *j = !jo->text.s && r->o.snn_fallback ? js : jo;
    char idbuf[64];
    if (j->id.s) {
        doc->id = j->id.s;
    } else {
        snprintf(idbuf, sizeof idbuf, "%s:%lu", r->base, line);
        doc->id = arv_arena_strndup(a, idbuf, strlen(idbuf));
    }
    if (j->lone_surrogates)
        arv_diag_emit(r->d, doc->id, 0, ARV_WARNING, "%zu lone surrogate escape%s replaced by U+FFFD",
                      j->lone_surrogates, j->lone_surrogates == 1 ? "" : "s");
    if (!j->text.s) {
        arv_diag_emit(r->d, r->path, line, ARV_WARNING, "document %s has no \"%s\" field; skipped", doc->id,
                      r->o.fields.text);
        return -1;
    }
    doc->date = r->o.date;
    if (j->date.s && j->date.len >= 10) doc->date = arv_arena_strndup(a, j->date.s, 10);
    if (j->title.s && j->title.len) {
        /* the title is its own sentence: a paragraph break separates it */
        size_t n = j->title.len + 2 + j->text.len;
        char *t = arv_arena_alloc(a, n + 1);
        memcpy(t, j->title.s, j->title.len);
        memcpy(t + j->title.len, "\n\n", 2);
        memcpy(t + j->title.len + 2, j->text.s, j->text.len);
        t[n] = '\0';
        doc->text = t;
        doc->len = n;
        doc->title_len = j->title.len;
    } else {
        doc->text = j->text.s;
        doc->len = j->text.len;
    }
    return 1;
}

/* Builds a document from the JSON object obj[0..len). */
static int json_doc(arv_reader *r, const char *obj, size_t len, unsigned long line,
                    arv_input_doc *doc, arv_arena *a)
{
    arv_json_doc j, js;
    arv_json_error e;
    r->nobj++;
    if (arv_json_object_alt(obj, len, &r->o.fields, r->o.snn_fallback ? &snn_fields : NULL, a, &j, &js, &e) != 0) {
        arv_diag_emit(r->d, r->path, line, ARV_WARNING, "JSON object %lu: %s at byte %zu of the object; skipped",
                      r->nobj, e.message, e.offset);
        return -1;
    }
    return doc_of_json(r, &j, &js, line, doc, a);
}

static unsigned long count_nl(const char *s, size_t n)
{
    unsigned long k = 0;
    const char *e = s + n;
    while (s < e && (s = memchr(s, '\n', (size_t)(e - s))) != NULL) k++, s++;
    return k;
}

static int read_jsonl(arv_reader *r, arv_input_doc *doc, arv_arena *a)
{
    if (r->mode == 0) {
        /* a BOM (exactly), then white space (its lines counted), decide on
         * the first byte: '[' is a top-level array, else one object per line */
        int c = getc(r->f);
        if (c == 0xEF) {
            r->prefix[r->nprefix++] = (char)c;
            for (int k = 1; k < 3 && (c = getc(r->f)) == (unsigned char)bom[k];) r->prefix[r->nprefix++] = (char)c, k++;
            if (r->nprefix == 3) {
                r->nprefix = 0;
                c = getc(r->f);
            } else {
                /* not a BOM: those bytes start the first line */
                if (c != EOF) ungetc(c, r->f);
                r->mode = 1;
            }
        }
        if (r->mode == 0) {
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (c == '\n') r->line++;
                c = getc(r->f);
            }
            if (c == EOF) return 0;
            ungetc(c, r->f);
            r->mode = c == '[' ? 2 : 1;
        }
    }
    if (r->mode == 1) {
        for (;;) {
            size_t len;
            char *line = read_line(r, a, &len);
            if (!line) return 0;
            size_t i = 0;
            while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) i++;
            if (i == len) continue;  /* blank line */
            return json_doc(r, line, len, r->line, doc, a);
        }
    }
    /* top-level array: feed the splitter until one element ends. r->line
     * counts the newlines before buf[bpos], so that messages and ids of
     * objects without one name the line where the object starts. */
    for (;;) {
        if (r->bpos < r->buf.n) {
            size_t old = r->bpos, pos = r->bpos, vs = SIZE_MAX;
            arv_json_split_result res = arv_json_split_feed(&r->split, r->buf.v, r->buf.n, &pos, &vs);
            if (vs != SIZE_MAX) {
                r->open = 1;
                r->objstart = vs;
                r->objline = r->line + 1 + count_nl(r->buf.v + old, vs - old);
            }
            unsigned long errline = r->line + 1 + count_nl(r->buf.v + old, pos - old);
            r->line += count_nl(r->buf.v + old, (res == ARV_JSPLIT_MORE ? r->buf.n : pos) - old);
            if (res == ARV_JSPLIT_START) {
                /* Most objects are read in one pass straight from the buffer
                 * (buf.v[buf.n] is writable). Any problem, or an object not
                 * all in the buffer yet, is left to the splitter and
                 * json_doc, as if this had not been tried. */
                arv_json_doc j, js;
                size_t end;
                r->bpos = pos;
                r->buf.v[r->buf.n] = '\0';
                if (arv_json_object_prefix(r->buf.v + r->objstart, r->buf.n - r->objstart, &r->o.fields,
                                           r->o.snn_fallback ? &snn_fields : NULL, a, &j, &js, &end) == 0) {
                    end += r->objstart;
                    r->line += count_nl(r->buf.v + pos, end - pos);
                    arv_json_split_skip_value(&r->split);
                    r->open = 0;
                    r->garbage = 0;
                    r->bpos = end;
                    r->nobj++;
                    return doc_of_json(r, &j, &js, r->objline, doc, a);
                }
                continue;
            }
            if (res == ARV_JSPLIT_VALUE) {
                int rc = json_doc(r, r->buf.v + r->objstart, pos - r->objstart, r->objline, doc, a);
                r->open = 0;
                r->garbage = 0;
                r->bpos = pos;
                return rc;
            }
            if (res == ARV_JSPLIT_ERROR) {
                /* A run of stray bytes (or the rest of a broken element) is
                 * one unreadable record: reported once, counted by the caller. */
                int first = !r->garbage || pos != old || r->open;
                r->line += r->buf.v[pos] == '\n';
                r->bpos = pos + 1;
                r->garbage = 1;
                if (r->open) {
                    arv_diag_emit(r->d, r->path, r->objline, ARV_WARNING,
                                  "JSON object %lu: broken at line %lu (byte 0x%02x); skipped", ++r->nobj, errline,
                                  (unsigned char)r->buf.v[pos]);
                    r->open = 0;  /* the partial value is lost with the error */
                    return -1;
                }
                if (!first) continue;
                arv_diag_emit(r->d, r->path, errline, ARV_WARNING,
                              "unexpected byte 0x%02x between JSON values; skipped", (unsigned char)r->buf.v[pos]);
                return -1;
            }
            r->garbage = 0;
            /* MORE: keep only the unfinished element */
            size_t keep = r->open ? r->objstart : r->buf.n;
            if (keep) memmove(r->buf.v, r->buf.v + keep, r->buf.n - keep);
            r->buf.n -= keep;
            r->objstart = 0;
            r->bpos = r->buf.n;
        }
        if (r->done) return 0;
        ARV_VEC_RESERVE(r->buf, r->buf.n + JSON_CHUNK + 1);
        size_t n = fread(r->buf.v + r->buf.n, 1, JSON_CHUNK, r->f);
        if (n == 0) {
            r->done = 1;
            if (ferror(r->f)) {
                arv_diag_emit(r->d, r->path, r->line, ARV_ERROR, "read error: %s", strerror(errno));
                return -1;
            }
            if (r->open) {
                r->open = 0;
                arv_diag_emit(r->d, r->path, r->objline,
                              ARV_WARNING, "input ends inside a JSON value; %zu bytes skipped", r->buf.n);
                return -1;
            }
            return 0;
        }
        r->bpos = r->buf.n;
        r->buf.n += n;
    }
}

static int read_conll(arv_reader *r, arv_input_doc *doc, arv_arena *a)
{
    arv_charvec text = {0};
    ARV_VEC(uint32_t) toks = {0};
    ARV_VEC(uint32_t) lines = {0};
    int in_sent = 0, any = 0;
    for (;;) {
        size_t len;
        char *line;
        if (r->pending) {
            len = strlen(r->pending);
            line = arv_arena_strndup(a, r->pending, len);
            free(r->pending);
            r->pending = NULL;
        } else {
            line = read_line(r, a, &len);
        }
        if (!line) break;
        any = 1;
        if (len && line[len - 1] == '\r') line[--len] = '\0';
        size_t w = 0;
        while (w < len && line[w] != '\t' && line[w] != ' ') w++;
        if (w == 0) {  /* blank line (or no first column): sentence end */
            if (in_sent) {
                ARV_VEC_PUSH(text, '\n');
                in_sent = 0;
                if (text.n >= CONLL_DOC_BYTES) break;
            }
            continue;
        }
        if (in_sent) ARV_VEC_PUSH(text, ' ');
        ARV_VEC_RESERVE(text, text.n + w + 1);
        ARV_VEC_PUSH(toks, (uint32_t)text.n);
        memcpy(text.v + text.n, line, w);
        text.n += w;
        ARV_VEC_PUSH(toks, (uint32_t)text.n);
        ARV_VEC_PUSH(lines, (uint32_t)r->line);
        in_sent = 1;
    }
    int rc = 0;
    if (toks.n) {
        char id[512];
        r->chunk++;
        if (r->chunk == 1) snprintf(id, sizeof id, "%s", r->base);
        else snprintf(id, sizeof id, "%s.%lu", r->base, r->chunk);
        doc->id = arv_arena_strndup(a, id, strlen(id));
        doc->text = arv_arena_strndup(a, text.v, text.n);
        doc->len = text.n;
        doc->date = r->o.date;
        uint32_t *t = arv_arena_alloc(a, toks.n * sizeof *t);
        memcpy(t, toks.v, toks.n * sizeof *t);
        uint32_t *l = arv_arena_alloc(a, lines.n * sizeof *l);
        memcpy(l, lines.v, lines.n * sizeof *l);
        doc->tokens = t;
        doc->ntokens = toks.n / 2;
        doc->token_line = l;
        rc = 1;
    }
    (void)any;
    ARV_VEC_FREE(text);
    ARV_VEC_FREE(toks);
    ARV_VEC_FREE(lines);
    return rc;
}

int arv_reader_next(arv_reader *r, arv_input_doc *doc, arv_arena *a)
{
    memset(doc, 0, sizeof *doc);
    switch (r->o.format) {
    case ARV_IN_TEXT: return read_text(r, doc, a);
    case ARV_IN_JSONL: return read_jsonl(r, doc, a);
    case ARV_IN_CONLL: return read_conll(r, doc, a);
    }
    return 0;
}
