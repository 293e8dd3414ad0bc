/* check_reader.c: the three input formats through arv_reader_open/next/close
 * on temporary files: counts, ids, texts, dates, title offsets, CoNLL token
 * pairs, and that no record is silently dropped (every record is either a
 * document or a -1 with a diagnostic). */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "reader.h"
#include "suites.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- temporary files -------------------------------------------------- */

static char tmpdir[64];
static char tmppath[256];

static void mkdir_tmp(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/arv_reader_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

/* Writes data[0..len) to tmpdir/name; returns the path (static buffer). */
static const char *put_file(const char *name, const char *data, size_t len)
{
    snprintf(tmppath, sizeof tmppath, "%s/%s", tmpdir, name);
    FILE *f = fopen(tmppath, "wb");
    ck_assert_ptr_nonnull(f);
    if (len) ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
    return tmppath;
}

static void rm_tmp(void)
{
    if (tmppath[0]) unlink(tmppath);
    if (tmpdir[0]) rmdir(tmpdir);
    tmppath[0] = tmpdir[0] = '\0';
}

/* ---- reading a whole file into records --------------------------------- */

enum { MAXREC = 8 };

typedef struct rec {
    int rc;
    char *id, *text, *date;   /* malloc'ed copies; NULL for rc <= 0 or absent */
    size_t len, title_len, ntokens;
    uint32_t *tokens;         /* conll pairs */
    uint32_t *lines;
} rec;

typedef struct readout {
    rec r[MAXREC];
    size_t n;                 /* records returned (rc != 0) */
    unsigned long warnings, errors;
} readout;

static char *dup_n(const char *s, size_t n)
{
    if (!s) return NULL;
    char *p = malloc(n + 1);
    ck_assert_ptr_nonnull(p);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Reads every record of path, resetting the arena between records as the
 * CLI does (so that a record never depends on memory of the previous one). */
static void read_all(const char *path, const arv_reader_opts *o, readout *out)
{
    memset(out, 0, sizeof *out);
    arv_diag d = {NULL, 0, 0};
    arv_reader *r = arv_reader_open(path, o, &d);
    ck_assert_ptr_nonnull(r);
    arv_arena a;
    arv_arena_init(&a);
    for (int guard = 0; guard < 1000; guard++) {
        arv_arena_reset(&a);
        arv_input_doc doc;
        int rc = arv_reader_next(r, &doc, &a);
        if (rc == 0) break;
        ck_assert_msg(out->n < MAXREC, "too many records");
        rec *x = &out->r[out->n++];
        x->rc = rc;
        if (rc < 0) continue;
        ck_assert_int_eq(rc, 1);
        ck_assert_ptr_nonnull(doc.id);
        ck_assert_ptr_nonnull(doc.text);
        ck_assert_int_eq(doc.text[doc.len], '\0');
        x->id = dup_n(doc.id, strlen(doc.id));
        x->text = dup_n(doc.text, doc.len);
        x->len = doc.len;
        x->date = doc.date ? dup_n(doc.date, strlen(doc.date)) : NULL;
        x->title_len = doc.title_len;
        x->ntokens = doc.ntokens;
        if (doc.ntokens) {
            ck_assert_ptr_nonnull(doc.tokens);
            ck_assert_ptr_nonnull(doc.token_line);
            x->tokens = malloc(doc.ntokens * 2 * sizeof *x->tokens);
            x->lines = malloc(doc.ntokens * sizeof *x->lines);
            memcpy(x->tokens, doc.tokens, doc.ntokens * 2 * sizeof *x->tokens);
            memcpy(x->lines, doc.token_line, doc.ntokens * sizeof *x->lines);
        }
    }
    /* the end is sticky */
    arv_input_doc doc;
    ck_assert_int_eq(arv_reader_next(r, &doc, &a), 0);
    arv_reader_close(r);
    arv_arena_free(&a);
    out->warnings = d.warnings;
    out->errors = d.errors;
}

static void readout_free(readout *o)
{
    for (size_t i = 0; i < o->n; i++) {
        free(o->r[i].id);
        free(o->r[i].text);
        free(o->r[i].date);
        free(o->r[i].tokens);
        free(o->r[i].lines);
    }
}

/* ---- the table --------------------------------------------------------- */

typedef struct want {
    int rc;              /* 1 document, -1 unreadable record */
    const char *id, *text, *date;
    size_t title_len;
} want;

static const arv_json_fields deff = {"id", "text", "date", "title"};

static const struct rcase {
    const char *what;
    arv_input_format fmt;
    const char *file;        /* name of the temp file */
    const char *data;
    size_t len;              /* 0: strlen(data) */
    arv_json_fields fields;  /* all NULL: id text date title */
    int snn;
    const char *date;        /* --date */
    size_t warnings;         /* diagnostics expected */
    want w[MAXREC];          /* terminated by rc == 0 */
} cases[] = {
    /* ---- text: one file, one document, id from the file name */
    {"text", ARV_IN_TEXT, "2020-06-12_report.txt", "قال الرئيس.\nثم ذهب.\n", 0, {0}, 0, "2020-06-12", 0,
     {{1, "2020-06-12_report", "قال الرئيس.\nثم ذهب.\n", "2020-06-12", 0}}},
    {"text, two dots, no date", ARV_IN_TEXT, "a.b.txt", "x", 0, {0}, 0, NULL, 0, {{1, "a.b", "x", NULL, 0}}},
    {"text, dot file", ARV_IN_TEXT, ".hidden", "x", 0, {0}, 0, NULL, 0, {{1, ".hidden", "x", NULL, 0}}},
    {"text, bytes kept as they are", ARV_IN_TEXT, "crlf.txt", "\xEF\xBB\xBF" "a\r\nb\rc\0d\xFF", 12, {0}, 0, NULL, 0,
     {{1, "crlf", "\xEF\xBB\xBF" "a\r\nb\rc", NULL, 0}}},
    {"text, empty", ARV_IN_TEXT, "empty.txt", "", 0, {0}, 0, "2021-01-02", 0, {{1, "empty", "", "2021-01-02", 0}}},

    /* ---- JSONL */
    {"jsonl", ARV_IN_JSONL, "feed.jsonl",
     "{\"id\":\"a\",\"text\":\"نص أ\",\"date\":\"2015-07-21\"}\n{\"id\":\"b\",\"text\":\"نص ب\"}\n", 0, {0}, 1,
     "2020-01-01", 0,
     {{1, "a", "نص أ", "2015-07-21", 0}, {1, "b", "نص ب", "2020-01-01", 0}}},
    {"jsonl custom fields", ARV_IN_JSONL, "feed.jsonl",
     "{\"doc_id\":\"7\",\"body\":\"الجسم\",\"when\":\"2015-07-21T10:00\",\"headline\":\"عنوان\","
     "\"id\":\"no\",\"text\":\"no\",\"title\":\"no\"}\n",
     0, {"doc_id", "body", "when", "headline"}, 0, NULL, 0,
     {{1, "7", "عنوان\n\nالجسم", "2015-07-21", 10}}},
    {"jsonl title", ARV_IN_JSONL, "feed.jsonl", "{\"id\":\"t\",\"title\":\"T\\tx\",\"text\":\"body\"}\n"
     "{\"id\":\"u\",\"title\":\"\",\"text\":\"body\"}\n", 0, {0}, 1, NULL, 0,
     {{1, "t", "T\tx\n\nbody", NULL, 3}, {1, "u", "body", NULL, 0}}},
    {"jsonl ids missing: FILE:LINE", ARV_IN_JSONL, "feed.jsonl",
     "{\"text\":\"one\"}\n\n   \n{\"text\":\"four\"}\n", 0, {0}, 1, NULL, 0,
     {{1, "feed:1", "one", NULL, 0}, {1, "feed:4", "four", NULL, 0}}},
    {"jsonl leading blank lines count", ARV_IN_JSONL, "feed.jsonl",
     "\n\n{\"text\":\"three\"}\n", 0, {0}, 1, NULL, 0,
     {{1, "feed:3", "three", NULL, 0}}},
    {"jsonl number ids", ARV_IN_JSONL, "feed.jsonl",
     "{\"id\":12345,\"text\":\"x\"}\n{\"id\":-1.5e3,\"text\":\"y\"}\n{\"id\":true,\"text\":\"z\"}\n", 0, {0}, 1,
     NULL, 0, {{1, "12345", "x", NULL, 0}, {1, "-1.5e3", "y", NULL, 0}, {1, "feed:3", "z", NULL, 0}}},
    {"jsonl syntax error, next line read", ARV_IN_JSONL, "feed.jsonl",
     "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\" oops}\n{\"id\":\"c\",\"text\":\"z\"}\n", 0, {0}, 1,
     NULL, 1, {{1, "a", "x", NULL, 0}, {-1, NULL, NULL, NULL, 0}, {1, "c", "z", NULL, 0}}},
    {"jsonl unterminated string, next line read", ARV_IN_JSONL, "feed.jsonl",
     "{\"id\":\"a\",\"text\":\"x\n{\"id\":\"c\",\"text\":\"z\"}\n", 0, {0}, 1, NULL, 1,
     {{-1, NULL, NULL, NULL, 0}, {1, "c", "z", NULL, 0}}},
    {"jsonl missing text", ARV_IN_JSONL, "feed.jsonl",
     "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n{\"id\":\"c\",\"text\":null}\n", 0, {0}, 1, NULL, 2,
     {{-1, NULL, NULL, NULL, 0}, {1, "b", "y", NULL, 0}, {-1, NULL, NULL, NULL, 0}}},
    {"jsonl not an object", ARV_IN_JSONL, "feed.jsonl", "{\"text\":\"ok\"}\n[1,2]\n\"s\"\n", 0, {0}, 1, NULL, 2,
     {{1, "feed:1", "ok", NULL, 0}, {-1, NULL, NULL, NULL, 0}, {-1, NULL, NULL, NULL, 0}}},
    {"jsonl lone surrogate", ARV_IN_JSONL, "feed.jsonl", "{\"id\":\"s\",\"text\":\"a\\ud800b\\ud83d\\ude00\"}\n", 0,
     {0}, 1, NULL, 1, {{1, "s", "a\xEF\xBF\xBD" "b\xF0\x9F\x98\x80", NULL, 0}}},
    {"jsonl CRLF", ARV_IN_JSONL, "feed.jsonl", "{\"id\":\"a\",\"text\":\"x\\r\\n\"}\r\n\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n",
     0, {0}, 1, NULL, 0, {{1, "a", "x\r\n", NULL, 0}, {1, "b", "y", NULL, 0}}},
    {"jsonl BOM", ARV_IN_JSONL, "feed.jsonl", "\xEF\xBB\xBF{\"text\":\"x\"}\n{\"text\":\"y\"}", 0, {0}, 1, NULL, 0,
     {{1, "feed:1", "x", NULL, 0}, {1, "feed:2", "y", NULL, 0}}},
    {"jsonl broken BOM", ARV_IN_JSONL, "feed.jsonl", "\xEF\xBB{\"text\":\"x\"}\n{\"text\":\"y\"}\n", 0, {0}, 1,
     NULL, 1, {{-1, NULL, NULL, NULL, 0}, {1, "feed:2", "y", NULL, 0}}},
    {"jsonl no newline at the end", ARV_IN_JSONL, "feed.jsonl", "{\"id\":\"a\",\"text\":\"x\"}", 0, {0}, 1, NULL, 0,
     {{1, "a", "x", NULL, 0}}},
    {"jsonl date too short is ignored", ARV_IN_JSONL, "feed.jsonl", "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2015\"}\n", 0,
     {0}, 1, "2020-06-12", 0, {{1, "a", "x", "2020-06-12", 0}}},
    {"jsonl empty", ARV_IN_JSONL, "feed.jsonl", "", 0, {0}, 1, NULL, 0, {{0}}},
    {"jsonl only blank lines", ARV_IN_JSONL, "feed.jsonl", "\n \r\n\t\n", 0, {0}, 1, NULL, 0, {{0}}},

    /* ---- one top-level array */
    {"array SaudiNewsNet", ARV_IN_JSONL, "2015-07-21.json",
     "[\n {\"source\":\"aawsat\",\"url\":\"http://aawsat.com/1\",\"date_extracted\":\"2015-07-21 02:51:32\",\n"
     "  \"title\":\"عنوان\",\"author\":null,\"content\":\"المحتوى {الأول}\"},\n"
     " {\"url\":\"http://spa.gov.sa/2\",\"content\":\"الثاني\",\"date_extracted\":\"2015-07-22 00:00:00\"}\n]\n",
     0, {0}, 1, NULL, 0,
     {{1, "http://aawsat.com/1", "عنوان\n\nالمحتوى {الأول}", "2015-07-21", 10},
      {1, "http://spa.gov.sa/2", "الثاني", "2015-07-22", 0}}},
    {"array without snn fallback", ARV_IN_JSONL, "day.json",
     "[{\"url\":\"u\",\"content\":\"c\"},{\"id\":\"b\",\"text\":\"t\"}]", 0, {0}, 0, NULL, 1,
     {{-1, NULL, NULL, NULL, 0}, {1, "b", "t", NULL, 0}}},
    {"array broken element in the middle", ARV_IN_JSONL, "day.json",
     "[{\"id\":\"a\",\"text\":\"1\"},\n {\"id\":\"b\",\"text\":\"2\" \"x\"},\n {\"id\":\"c\",\"text\":\"3\"}]\n", 0, {0}, 1,
     NULL, 1, {{1, "a", "1", NULL, 0}, {-1, NULL, NULL, NULL, 0}, {1, "c", "3", NULL, 0}}},
    {"array stray byte between elements", ARV_IN_JSONL, "day.json",
     "[{\"id\":\"a\",\"text\":\"1\"} x {\"id\":\"c\",\"text\":\"3\"}]", 0, {0}, 1, NULL, 1,
     {{1, "a", "1", NULL, 0}, {-1, NULL, NULL, NULL, 0}, {1, "c", "3", NULL, 0}}},
    {"array run of stray bytes is one record", ARV_IN_JSONL, "day.json",
     "[{\"id\":\"a\",\"text\":\"1\"}, xyz, {\"id\":\"c\",\"text\":\"3\"}] tail", 0, {0}, 1, NULL, 2,
     {{1, "a", "1", NULL, 0}, {-1, NULL, NULL, NULL, 0}, {1, "c", "3", NULL, 0}, {-1, NULL, NULL, NULL, 0}}},
    {"array raw newline in a string", ARV_IN_JSONL, "day.json",
     "[{\"id\":\"a\",\"text\":\"1\"},\n{\"id\":\"b\",\"text\":\"2\n3\"},\n{\"text\":\"3\"}]", 0, {0}, 1, NULL, 1,
     {{1, "a", "1", NULL, 0}, {-1, NULL, NULL, NULL, 0}, {1, "day:4", "3", NULL, 0}}},
    {"array unterminated at EOF", ARV_IN_JSONL, "day.json",
     "[{\"id\":\"a\",\"text\":\"1\"},\n {\"id\":\"b\",\"text\":\"2", 0, {0}, 1, NULL, 1,
     {{1, "a", "1", NULL, 0}, {-1, NULL, NULL, NULL, 0}}},
    {"array without its ']'", ARV_IN_JSONL, "day.json", "[{\"id\":\"a\",\"text\":\"1\"}", 0, {0}, 1, NULL, 0,
     {{1, "a", "1", NULL, 0}}},
    {"array ids missing: line of each object", ARV_IN_JSONL, "day.json",
     "[\n{\"text\":\"1\"},\n{\"text\":\"2\"}\n]\n", 0, {0}, 1, NULL, 0,
     {{1, "day:2", "1", NULL, 0}, {1, "day:3", "2", NULL, 0}}},
    {"array CRLF and BOM", ARV_IN_JSONL, "day.json",
     "\xEF\xBB\xBF[\r\n{\"id\":\"a\",\"text\":\"1\"},\r\n{\"id\":\"b\",\"text\":\"2\"}\r\n]\r\n", 0, {0}, 1, NULL, 0,
     {{1, "a", "1", NULL, 0}, {1, "b", "2", NULL, 0}}},
    {"array empty", ARV_IN_JSONL, "day.json", "[]\n", 0, {0}, 1, NULL, 0, {{0}}},

    /* ---- CoNLL */
    {"conll", ARV_IN_CONLL, "sents.conll", "قال\tO\nالرئيس\tB-PER\n\nوصل\tO\n", 0, {0}, 0, "2020-06-12", 0,
     {{1, "sents", "قال الرئيس\nوصل", "2020-06-12", 0}}},
    {"conll CRLF, space columns, no final newline", ARV_IN_CONLL, "s.conll", "a O\r\nb\r\n\r\n\r\nc\tx\ty", 0, {0}, 0,
     NULL, 0, {{1, "s", "a b\nc", NULL, 0}}},
    {"conll BOM", ARV_IN_CONLL, "bom.conll", "\xEF\xBB\xBFقال\tO\n", 0, {0}, 0, NULL, 0,
     {{1, "bom", "قال", NULL, 0}}},
    {"conll empty", ARV_IN_CONLL, "e.conll", "", 0, {0}, 0, NULL, 0, {{0}}},
    {"conll blank lines only", ARV_IN_CONLL, "e.conll", "\n\n\r\n", 0, {0}, 0, NULL, 0, {{0}}},
};

static arv_reader_opts opts_of(const struct rcase *c)
{
    arv_reader_opts o;
    memset(&o, 0, sizeof o);
    o.format = c->fmt;
    o.fields = (c->fields.id || c->fields.text) ? c->fields : deff;
    o.date = c->date;
    o.snn_fallback = c->snn;
    return o;
}

START_TEST(test_formats)
{
    const struct rcase *c = &cases[_i];
    mkdir_tmp();
    const char *path = put_file(c->file, c->data, c->len ? c->len : strlen(c->data));
    arv_reader_opts o = opts_of(c);
    readout out;
    read_all(path, &o, &out);
    size_t nw = 0;
    while (nw < MAXREC && c->w[nw].rc) nw++;
    ck_assert_msg(out.n == nw, "%s: %zu records, want %zu", c->what, out.n, nw);
    for (size_t i = 0; i < nw; i++) {
        const want *w = &c->w[i];
        const rec *r = &out.r[i];
        ck_assert_msg(r->rc == w->rc, "%s: record %zu rc %d, want %d", c->what, i, r->rc, w->rc);
        if (w->rc < 0) continue;
        ck_assert_msg(strcmp(r->id, w->id) == 0, "%s: record %zu id '%s', want '%s'", c->what, i, r->id, w->id);
        size_t wl = (c->fmt == ARV_IN_TEXT && c->len) ? c->len : strlen(w->text);
        if (c->fmt == ARV_IN_TEXT && c->len) ck_assert_mem_eq(r->text, c->data, c->len);
        ck_assert_msg(r->len == wl && memcmp(r->text, w->text, strlen(w->text)) == 0,
                      "%s: record %zu text '%s' (%zu bytes), want '%s'", c->what, i, r->text, r->len, w->text);
        if (w->date) ck_assert_str_eq(r->date ? r->date : "(null)", w->date);
        else ck_assert_ptr_null(r->date);
        ck_assert_uint_eq(r->title_len, w->title_len);
    }
    ck_assert_msg(out.warnings + out.errors == c->warnings, "%s: %lu diagnostics, want %zu", c->what,
                  out.warnings + out.errors, c->warnings);
    /* every unreadable record was reported */
    size_t bad = 0;
    for (size_t i = 0; i < out.n; i++) bad += out.r[i].rc < 0;
    ck_assert_uint_le(bad, out.warnings + out.errors);
    readout_free(&out);
    rm_tmp();
}
END_TEST

/* ---- CoNLL token pairs ------------------------------------------------- */

/* Every input token is text[start,end) and equals the first column of its
 * line; sentences are separated by '\n', tokens by ' '. */
START_TEST(test_conll_pairs)
{
    static const char data[] = "قال\tO\nالرئيس\tB-PER\nعبد\tB-PER\n\n\n"
                               "وصل\tO\n.\tO\r\n\nx\n";
    static const char *const first[] = {"قال", "الرئيس", "عبد", "وصل", ".", "x"};
    static const uint32_t line[] = {1, 2, 3, 6, 7, 9};
    mkdir_tmp();
    const char *path = put_file("p.conll", data, strlen(data));
    arv_reader_opts o = {ARV_IN_CONLL, deff, NULL, 0};
    readout out;
    read_all(path, &o, &out);
    ck_assert_uint_eq(out.n, 1);
    const rec *r = &out.r[0];
    ck_assert_uint_eq(r->ntokens, N(first));
    for (size_t i = 0; i < r->ntokens; i++) {
        uint32_t s = r->tokens[2 * i], e = r->tokens[2 * i + 1];
        ck_assert_uint_le(e, r->len);
        ck_assert_uint_lt(s, e);
        ck_assert_uint_eq(e - s, strlen(first[i]));
        ck_assert_mem_eq(r->text + s, first[i], e - s);
        ck_assert_uint_eq(r->lines[i], line[i]);
        if (i) {
            uint32_t pe = r->tokens[2 * i - 1];
            ck_assert_uint_eq(s, pe + 1);  /* one separator byte */
            int new_sent = i == 3 || i == 5;
            ck_assert_int_eq(r->text[pe], new_sent ? '\n' : ' ');
        }
    }
    ck_assert_str_eq(r->text, "قال الرئيس عبد\nوصل .\nx");
    readout_free(&out);
    rm_tmp();
}
END_TEST

/* A CoNLL file larger than one document is cut at sentence boundaries into
 * FILE, FILE.2, ...: every token is kept, in order. */
START_TEST(test_conll_cut)
{
    size_t nsent = 300000, ntok = 0;   /* 1.5 MB of text: at least two documents */
    char *data = malloc(nsent * 16 + 1);
    ck_assert_ptr_nonnull(data);
    size_t k = 0;
    for (size_t s = 0; s < nsent; s++) {
        k += (size_t)sprintf(data + k, "w%zu\tO\n", s % 1000);
        ntok++;
        data[k++] = '\n';
    }
    mkdir_tmp();
    const char *path = put_file("big.conll", data, k);
    free(data);
    arv_reader_opts o = {ARV_IN_CONLL, deff, NULL, 0};
    arv_diag d = {NULL, 0, 0};
    arv_reader *r = arv_reader_open(path, &o, &d);
    ck_assert_ptr_nonnull(r);
    arv_arena a;
    arv_arena_init(&a);
    arv_input_doc doc;
    size_t ndoc = 0, seen = 0;
    int rc;
    while ((rc = arv_reader_next(r, &doc, &a)) != 0) {
        ck_assert_int_eq(rc, 1);
        ndoc++;
        char want[64];
        if (ndoc == 1) snprintf(want, sizeof want, "big");
        else snprintf(want, sizeof want, "big.%zu", ndoc);
        ck_assert_str_eq(doc.id, want);
        for (size_t i = 0; i < doc.ntokens; i++, seen++) {
            char w[16];
            int n = snprintf(w, sizeof w, "w%zu", seen % 1000);
            ck_assert_uint_eq(doc.tokens[2 * i + 1] - doc.tokens[2 * i], (size_t)n);
            ck_assert_mem_eq(doc.text + doc.tokens[2 * i], w, (size_t)n);
            ck_assert_uint_eq(doc.token_line[i], 2 * seen + 1);
        }
        arv_arena_reset(&a);
    }
    ck_assert_uint_ge(ndoc, 2);
    ck_assert_uint_eq(seen, ntok);
    ck_assert_uint_eq(d.warnings + d.errors, 0);
    arv_reader_close(r);
    arv_arena_free(&a);
    rm_tmp();
}
END_TEST

/* ---- a 50 MB line ------------------------------------------------------ */

static const size_t big_text = 50u << 20;

static char *big_line(size_t *len, const char *prefix, const char *suffix)
{
    size_t pn = strlen(prefix), sn = strlen(suffix);
    char *s = malloc(pn + big_text + sn + 2);
    ck_assert_ptr_nonnull(s);
    memcpy(s, prefix, pn);
    for (size_t i = 0; i < big_text; i += 10) memcpy(s + pn + i, "\xD9\x86\xD8\xB5 abcde", 10);
    memcpy(s + pn + big_text, suffix, sn);
    *len = pn + big_text + sn;
    s[*len] = '\n';
    *len += 1;
    return s;
}

static const struct { arv_input_format fmt; const char *prefix, *suffix; } big_cases[] = {
    {ARV_IN_JSONL, "{\"id\":\"big\",\"text\":\"", "\"}"},
    {ARV_IN_JSONL, "[{\"id\":\"big\",\"text\":\"", "\"}]"},
    {ARV_IN_TEXT, "", ""},
};

START_TEST(test_big_line)
{
    size_t len;
    char *s = big_line(&len, big_cases[_i].prefix, big_cases[_i].suffix);
    mkdir_tmp();
    const char *path = put_file("big.jsonl", s, len);
    free(s);
    arv_reader_opts o = {big_cases[_i].fmt, deff, NULL, 1};
    arv_diag d = {NULL, 0, 0};
    arv_reader *r = arv_reader_open(path, &o, &d);
    ck_assert_ptr_nonnull(r);
    arv_arena a;
    arv_arena_init(&a);
    arv_input_doc doc;
    ck_assert_int_eq(arv_reader_next(r, &doc, &a), 1);
    ck_assert_str_eq(doc.id, "big");
    size_t want = big_cases[_i].fmt == ARV_IN_TEXT ? big_text + 1 : big_text;
    ck_assert_uint_eq(doc.len, want);
    ck_assert_mem_eq(doc.text, "\xD9\x86\xD8\xB5 abcde", 10);
    ck_assert_mem_eq(doc.text + big_text - 10, "\xD9\x86\xD8\xB5 abcde", 10);
    ck_assert_int_eq(doc.text[doc.len], '\0');
    arv_arena_reset(&a);
    ck_assert_int_eq(arv_reader_next(r, &doc, &a), 0);
    ck_assert_uint_eq(d.warnings + d.errors, 0);
    arv_reader_close(r);
    arv_arena_free(&a);
    rm_tmp();
}
END_TEST

/* ---- objects across the reader's chunks -------------------------------- */

/* Most objects of an array are parsed straight from the read buffer; those
 * cut by the end of a chunk, and broken ones, go through the splitter. Seven
 * objects of 60 KB span the first chunk boundaries; one may be broken. */
enum { CHUNK_OBJS = 7, CHUNK_TEXT = 60000 };

static const struct { int broken; const char *how; } chunk_cases[] = {
    {-1, NULL},
    {4, "\n"},        /* raw newline in a string: the splitter gives up on the value */
    {4, "\", \"x"},    /* a key alone: the object is found, then rejected */
    {1, "\n"},
    {1, "\", \"x"},
    {6, "\", \"x"},
};

START_TEST(test_chunks)
{
    size_t cap = CHUNK_OBJS * (CHUNK_TEXT + 100) + 8, n = 0;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    s[n++] = '[';
    for (int k = 0; k < CHUNK_OBJS; k++) {
        n += (size_t)sprintf(s + n, "%s\n{\"id\":\"d%d\",\"text\":\"", k ? "," : "", k);
        for (size_t i = 0; i < CHUNK_TEXT; i += 10) memcpy(s + n + i, i % 100 ? "\xD9\x86\xD8\xB5 abcde" : "\\n\\u0627bc", 10);
        n += CHUNK_TEXT;
        if (k == chunk_cases[_i].broken) n += (size_t)sprintf(s + n, "%s", chunk_cases[_i].how);
        n += (size_t)sprintf(s + n, "\"}");
    }
    n += (size_t)sprintf(s + n, "]\n");
    mkdir_tmp();
    const char *path = put_file("chunks.json", s, n);
    free(s);
    arv_reader_opts o = {ARV_IN_JSONL, deff, NULL, 1};
    readout out;
    read_all(path, &o, &out);
    ck_assert_uint_eq(out.n, CHUNK_OBJS);
    ck_assert_uint_eq(out.warnings, chunk_cases[_i].broken >= 0);
    for (int k = 0; k < CHUNK_OBJS; k++) {
        const rec *x = &out.r[k];
        if (k == chunk_cases[_i].broken) {
            ck_assert_int_eq(x->rc, -1);
            continue;
        }
        char id[16];
        snprintf(id, sizeof id, "d%d", k);
        ck_assert_int_eq(x->rc, 1);
        ck_assert_str_eq(x->id, id);
        /* the escapes of every 100 bytes (\n\u0627: 8 bytes) decode to 3 */
        ck_assert_uint_eq(x->len, CHUNK_TEXT - (CHUNK_TEXT / 100) * 5);
        ck_assert_mem_eq(x->text, "\n\xD8\xA7" "bc\xD9\x86", 7);
    }
    readout_free(&out);
}
END_TEST

/* ---- opening ----------------------------------------------------------- */

START_TEST(test_open_missing)
{
    arv_reader_opts o = {ARV_IN_TEXT, deff, NULL, 0};
    char buf[512] = {0};
    FILE *msg = fmemopen(buf, sizeof buf - 1, "w");
    ck_assert_ptr_nonnull(msg);
    arv_diag d = {msg, 0, 0};
    ck_assert_ptr_null(arv_reader_open("/nonexistent/dir/x.txt", &o, &d));
    fclose(msg);
    ck_assert_uint_eq(d.errors, 1);
    ck_assert_msg(strncmp(buf, "arevent: /nonexistent/dir/x.txt:0: error: cannot open", 53) == 0, "got: %s", buf);
    arv_reader_close(NULL);
}
END_TEST

Suite *reader_suite(void)
{
    Suite *s = suite_create("reader");
    TCase *tc = tcase_create("formats");
    tcase_set_timeout(tc, 30);
    tcase_add_checked_fixture(tc, NULL, rm_tmp);
    tcase_add_loop_test(tc, test_formats, 0, (int)N(cases));
    tcase_add_test(tc, test_conll_pairs);
    tcase_add_test(tc, test_conll_cut);
    tcase_add_test(tc, test_open_missing);
    suite_add_tcase(s, tc);
    TCase *tb = tcase_create("big");
    tcase_set_timeout(tb, 60);
    tcase_add_checked_fixture(tb, NULL, rm_tmp);
    tcase_add_loop_test(tb, test_big_line, 0, (int)N(big_cases));
    tcase_add_loop_test(tb, test_chunks, 0, (int)N(chunk_cases));
    suite_add_tcase(s, tb);
    return s;
}
