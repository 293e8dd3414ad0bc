/* eval.c: `arevent eval`, precision/recall/F1 of predicted events or
 * entities against gold, both TSV files with a header line.
 *
 * Matching is a multiset intersection: both sides are turned into records
 * whose key is cut to the chosen granularity, sorted, and merged, so each
 * gold row is matched by at most one predicted row, in O(n log n).
 *
 * Negated events (mode column "negated"): a counted negated row only matches
 * a negated row on the other side. Gold negated rows are counted only when
 * the prediction file has negated rows at all (it was made with --all);
 * predicted negated rows only in documents where gold has negated rows. The
 * others are dropped and their number reported, so a default run (without
 * --all) is not charged for events it never prints. All other modes
 * (asserted, intended, nonfactual) are treated alike.
 *
 * Fields are compared and printed as written in the files (TSV escapes
 * kept), so each reported FP/FN stays on one line. */
#include "eval.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers ------------------------------------------------------ */

static const char *const root_names[21] = {
    "other", "statement", "appeal", "intent", "consult", "diplomatic cooperation", "material cooperation",
    "aid", "yield", "investigate", "demand", "disapprove", "reject", "threaten", "protest", "force posture",
    "reduce relations", "coerce", "assault", "fight", "mass violence"};

const char *arv_eval_root_name(int root) { return root >= 1 && root <= 20 ? root_names[root] : root_names[0]; }

int arv_eval_root(const char *code)
{
    if (code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

size_t arv_eval_actor_len(const char *code, int full)
{
    size_t n = strlen(code);
    if (full) return n;
    /* International actors have no country: their next 3 letters say which
     * organization (IGOUNO = UN), which is what tells them apart. */
    size_t cut = 3;
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3) || !strncmp(code, "MNC", 3))
        cut = 6;
    return n < cut ? n : cut;
}

double arv_eval_precision(arv_eval_counts c)
{
    if (!c.tp && !c.fp && !c.fn) return 1.0;
    return c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 0.0;
}

double arv_eval_recall(arv_eval_counts c)
{
    if (!c.tp && !c.fp && !c.fn) return 1.0;
    return c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 0.0;
}

double arv_eval_f1(arv_eval_counts c)
{
    if (!c.tp && !c.fp && !c.fn) return 1.0;
    /* 2PR/(P+R) written as one division so that e.g. 7 of 10 gives exactly
     * the double nearest 0.7, as --min-f1 0.7 parses. */
    return c.tp ? 2.0 * (double)c.tp / (double)(2 * c.tp + c.fp + c.fn) : 0.0;
}

/* The value as printed with %.3f, so that --min-f1 judges what the user sees. */
static double round3(double x)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.3f", x);
    return strtod(buf, NULL);
}

static void add_counts(arv_eval_counts *a, arv_eval_counts b)
{
    a->tp += b.tp;
    a->fp += b.fp;
    a->fn += b.fn;
}

/* ---- TSV tables --------------------------------------------------------- */

typedef struct col_spec { const char *name; int required; } col_spec;

/* A TSV file read whole and split in place; only the wanted columns are kept. */
typedef struct table {
    const char *name;
    char *buf;                    /* file text; owned, freed by table_free */
    size_t ncols;                 /* wanted columns per row */
    ARV_VEC(const char *) cell;   /* row-major; "" for absent optional columns */
    ARV_VEC(unsigned long) line;  /* line number of each row */
    size_t nrows;
} table;

static void table_free(table *t)
{
    free(t->buf);
    ARV_VEC_FREE(t->cell);
    ARV_VEC_FREE(t->line);
    t->buf = NULL;
    t->nrows = 0;
}

static const char *cell(const table *t, size_t row, size_t col) { return t->cell.v[row * t->ncols + col]; }

/* Reads f to the end into a malloc'ed NUL-terminated buffer the caller frees;
 * NULL on a read error. */
static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b) return NULL;
    for (;;) {
        if (cap - n < 2) {
            char *nb = realloc(b, cap * 2);
            if (!nb) { free(b); return NULL; }
            b = nb;
            cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) { free(b); return NULL; }
    b[n] = '\0';
    *len = n;
    return b;
}

/* Cuts the line starting at p (at most up to end) at its newline; returns the
 * start of the next line. Drops a trailing carriage return. */
static char *cut_line(char *p, char *end)
{
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *next = nl ? nl + 1 : end;
    char *stop = nl ? nl : end;
    if (stop > p && stop[-1] == '\r') stop--;
    *stop = '\0';
    return next;
}

/* Splits a NUL-terminated line at tabs in place; fields go to f (at most
 * max). Returns the number of fields in the line, which may exceed max. */
static size_t split_tabs(char *line, char **f, size_t max)
{
    size_t n = 0;
    for (char *p = line;;) {
        char *tab = strchr(p, '\t');
        if (n < max) f[n] = p;
        n++;
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

/* Reads a table from f. Returns 0, or -1 after a diagnostic on d (the table
 * is then empty). On success the caller frees with table_free. */
static int table_read(table *t, const char *name, FILE *f, const col_spec *cols, size_t ncols, arv_diag *d)
{
    memset(t, 0, sizeof *t);
    t->name = name;
    t->ncols = ncols;
    size_t len = 0;
    t->buf = slurp(f, &len);
    if (!t->buf) {
        arv_diag_emit(d, name, 0, ARV_ERROR, "cannot read: %s", strerror(errno));
        return -1;
    }
    char *p = t->buf, *end = t->buf + len;
    if (p == end) {
        arv_diag_emit(d, name, 1, ARV_ERROR, "empty file, expected a header line");
        goto fail;
    }
    char *next = cut_line(p, end);
    /* header: map each wanted column to its position */
    size_t nhdr = 1;
    for (const char *q = p; (q = strchr(q, '\t')) != NULL; q++) nhdr++;
    char **hdr = malloc(nhdr * sizeof *hdr);
    size_t *pos = malloc((ncols ? ncols : 1) * sizeof *pos);
    if (!hdr || !pos) abort();
    split_tabs(p, hdr, nhdr);
    int bad = 0;
    for (size_t c = 0; c < ncols; c++) {
        pos[c] = SIZE_MAX;
        for (size_t h = 0; h < nhdr; h++)
            if (!strcmp(hdr[h], cols[c].name)) { pos[c] = h; break; }
        if (pos[c] == SIZE_MAX && cols[c].required && !bad) {
            arv_diag_emit(d, name, 1, ARV_ERROR, "missing column '%s' in the header", cols[c].name);
            bad = 1;
        }
    }
    unsigned long lineno = 1;
    for (p = next; !bad && p < end; p = next) {
        next = cut_line(p, end);
        lineno++;
        if (!*p) continue; /* blank lines, e.g. between concatenated files */
        size_t n = split_tabs(p, hdr, nhdr);
        if (n != nhdr) {
            arv_diag_emit(d, name, lineno, ARV_ERROR, "%zu fields, the header has %zu", n, nhdr);
            bad = 1;
            break;
        }
        for (size_t c = 0; c < ncols; c++) ARV_VEC_PUSH(t->cell, pos[c] == SIZE_MAX ? "" : hdr[pos[c]]);
        ARV_VEC_PUSH(t->line, lineno);
        t->nrows++;
    }
    free(hdr);
    free(pos);
    if (!bad) return 0;
fail:
    table_free(t);
    return -1;
}

/* ---- events ------------------------------------------------------------- */

enum { EV_DOC, EV_SENT, EV_SRC, EV_CODE, EV_TGT, EV_TRIGGER, EV_MODE, EV_NCOLS };
static const col_spec ev_cols[EV_NCOLS] = {
    {"doc", 1}, {"sent", 1}, {"source_code", 1}, {"event_code", 1}, {"target_code", 1}, {"trigger", 0}, {"mode", 0}};

typedef struct slice { const char *s; size_t n; } slice;

static int slice_cmp(slice a, slice b)
{
    int c = memcmp(a.s, b.s, a.n < b.n ? a.n : b.n);
    if (c) return c;
    return a.n < b.n ? -1 : a.n > b.n;
}

/* One event row reduced to its matching key. */
typedef struct ev_rec {
    slice doc, sent, src, code, tgt;  /* cut to the chosen granularity */
    int neg;                          /* mode negated */
    int root;                         /* CAMEO root, 0 if none */
    size_t row;                       /* row in its table: ties, reports */
} ev_rec;

static int ev_key_cmp(const ev_rec *a, const ev_rec *b)
{
    int c;
    if ((c = slice_cmp(a->doc, b->doc)) || (c = slice_cmp(a->sent, b->sent)) || (c = slice_cmp(a->src, b->src)) ||
        (c = slice_cmp(a->code, b->code)) || (c = slice_cmp(a->tgt, b->tgt)))
        return c;
    return a->neg - b->neg;
}

static int ev_qsort_cmp(const void *pa, const void *pb)
{
    const ev_rec *a = pa, *b = pb;
    int c = ev_key_cmp(a, b);
    if (c) return c;
    return a->row < b->row ? -1 : a->row > b->row;
}

/* Key of the confusion table: the match key without the event code (and
 * actors always at country level); equal roots sort together in a group. */
static int ev_group_cmp(const ev_rec *a, const ev_rec *b)
{
    int c;
    if ((c = slice_cmp(a->doc, b->doc)) || (c = slice_cmp(a->sent, b->sent)) || (c = slice_cmp(a->src, b->src)) ||
        (c = slice_cmp(a->tgt, b->tgt)))
        return c;
    return a->neg - b->neg;
}

static int ev_group_qsort_cmp(const void *pa, const void *pb)
{
    const ev_rec *a = pa, *b = pb;
    int c = ev_group_cmp(a, b);
    if (c) return c;
    if (a->root != b->root) return a->root - b->root;
    return a->row < b->row ? -1 : a->row > b->row;
}

static int str_qsort_cmp(const void *pa, const void *pb)
{
    return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

static int is_negated(const char *mode) { return !strcmp(mode, "negated"); }

/* Records of the kept rows of t into a malloc'ed array the caller frees;
 * keep[row] says which rows are kept. */
static ev_rec *ev_records(const table *t, const unsigned char *keep, int level_code, int actors_full, size_t *n)
{
    ev_rec *r = malloc((t->nrows ? t->nrows : 1) * sizeof *r);
    if (!r) abort();
    size_t k = 0;
    for (size_t i = 0; i < t->nrows; i++) {
        if (!keep[i]) continue;
        const char *src = cell(t, i, EV_SRC), *tgt = cell(t, i, EV_TGT), *code = cell(t, i, EV_CODE);
        size_t clen = strlen(code);
        ev_rec *e = &r[k++];
        e->doc = (slice){cell(t, i, EV_DOC), strlen(cell(t, i, EV_DOC))};
        e->sent = (slice){cell(t, i, EV_SENT), strlen(cell(t, i, EV_SENT))};
        e->src = (slice){src, arv_eval_actor_len(src, actors_full)};
        e->tgt = (slice){tgt, arv_eval_actor_len(tgt, actors_full)};
        e->code = (slice){code, level_code || clen < 2 ? clen : 2};
        e->neg = is_negated(cell(t, i, EV_MODE));
        e->root = arv_eval_root(code);
        e->row = i;
    }
    *n = k;
    return r;
}

/* Which rows take part (see the negation rule at the top). keep arrays are
 * malloc'ed, the caller frees them. */
static void ev_select(const table *g, const table *p, unsigned char **gkeep, unsigned char **pkeep,
                      size_t *gneg_ignored, size_t *pneg_ignored)
{
    *gkeep = malloc(g->nrows + 1);
    *pkeep = malloc(p->nrows + 1);
    const char **negdocs = malloc((g->nrows + 1) * sizeof *negdocs);
    if (!*gkeep || !*pkeep || !negdocs) abort();
    int pred_has_neg = 0;
    for (size_t i = 0; i < p->nrows; i++) pred_has_neg |= is_negated(cell(p, i, EV_MODE));
    size_t nneg = 0;
    *gneg_ignored = *pneg_ignored = 0;
    for (size_t i = 0; i < g->nrows; i++) {
        int neg = is_negated(cell(g, i, EV_MODE));
        if (neg) negdocs[nneg++] = cell(g, i, EV_DOC);
        (*gkeep)[i] = !neg || pred_has_neg;
        *gneg_ignored += !(*gkeep)[i];
    }
    qsort(negdocs, nneg, sizeof *negdocs, str_qsort_cmp);
    for (size_t i = 0; i < p->nrows; i++) {
        int keep = 1;
        if (is_negated(cell(p, i, EV_MODE))) {
            const char *doc = cell(p, i, EV_DOC);
            keep = bsearch(&doc, negdocs, nneg, sizeof *negdocs, str_qsort_cmp) != NULL;
        }
        (*pkeep)[i] = (unsigned char)keep;
        *pneg_ignored += !keep;
    }
    free(negdocs);
}

static void print_prf_row(FILE *out, const char *label, const char *name, arv_eval_counts c)
{
    if (!c.tp && !c.fp && !c.fn) {
        fprintf(out, "%-5s %-24s %5zu %5zu %5zu      -      -      -\n", label, name, c.tp, c.fp, c.fn);
        return;
    }
    fprintf(out, "%-5s %-24s %5zu %5zu %5zu  %5.3f  %5.3f  %5.3f\n", label, name, c.tp, c.fp, c.fn,
            arv_eval_precision(c), arv_eval_recall(c), arv_eval_f1(c));
}

static void print_overall(FILE *out, const char *label, arv_eval_counts c)
{
    fprintf(out, "%s  P=%.3f R=%.3f F1=%.3f  TP=%zu FP=%zu FN=%zu\n", label, arv_eval_precision(c),
            arv_eval_recall(c), arv_eval_f1(c), c.tp, c.fp, c.fn);
}

static void print_event(FILE *out, const char *tag, const table *t, size_t row)
{
    fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", tag, cell(t, row, EV_DOC), cell(t, row, EV_SENT),
            cell(t, row, EV_SRC), cell(t, row, EV_CODE), cell(t, row, EV_TGT), cell(t, row, EV_TRIGGER));
}

/* Gold root x predicted root counts, [21] being "none". The pairing goes
 * group by group (doc+sent+source+target at country level, negation):
 * equal roots first, then the leftovers in file order. */
static void ev_confusion(const table *g, const unsigned char *gkeep, const table *p, const unsigned char *pkeep,
                         size_t conf[22][22])
{
    size_t ng, np;
    ev_rec *gr = ev_records(g, gkeep, 0, 0, &ng), *pr = ev_records(p, pkeep, 0, 0, &np);
    qsort(gr, ng, sizeof *gr, ev_group_qsort_cmp);
    qsort(pr, np, sizeof *pr, ev_group_qsort_cmp);
    ARV_VEC(int) gl = {0}, pl = {0};  /* unpaired roots of the current group */
    size_t i = 0, j = 0;
    while (i < ng || j < np) {
        int c = i == ng ? 1 : j == np ? -1 : ev_group_cmp(&gr[i], &pr[j]);
        if (c < 0) { conf[gr[i++].root][21]++; continue; }
        if (c > 0) { conf[21][pr[j++].root]++; continue; }
        size_t ie = i, je = j;
        while (ie < ng && !ev_group_cmp(&gr[ie], &gr[i])) ie++;
        while (je < np && !ev_group_cmp(&pr[je], &pr[j])) je++;
        gl.n = pl.n = 0;
        while (i < ie || j < je) {
            if (j == je || (i < ie && gr[i].root < pr[j].root)) ARV_VEC_PUSH(gl, gr[i++].root);
            else if (i == ie || pr[j].root < gr[i].root) ARV_VEC_PUSH(pl, pr[j++].root);
            else { conf[gr[i].root][pr[j].root]++; i++; j++; }
        }
        size_t k = 0;
        for (; k < gl.n && k < pl.n; k++) conf[gl.v[k]][pl.v[k]]++;
        for (size_t m = k; m < gl.n; m++) conf[gl.v[m]][21]++;
        for (size_t m = k; m < pl.n; m++) conf[21][pl.v[m]]++;
    }
    ARV_VEC_FREE(gl);
    ARV_VEC_FREE(pl);
    free(gr);
    free(pr);
}

static void write_confusion(FILE *f, size_t conf[22][22])
{
    int used[22] = {0};
    for (int a = 0; a < 22; a++)
        for (int b = 0; b < 22; b++)
            if (conf[a][b]) used[a] = used[b] = 1;
    used[21] = 1;
    char label[22][16];
    for (int r = 1; r <= 20; r++) snprintf(label[r], sizeof label[r], "%02d", r);
    strcpy(label[0], "other");
    strcpy(label[21], "none");
    /* rows and columns: roots 01..20, then "other" (codes without a root), then "none" */
    static const int order[22] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 0, 21};
    fputs("gold/pred", f);
    for (int k = 0; k < 22; k++)
        if (used[order[k]]) fprintf(f, "\t%s", label[order[k]]);
    fputc('\n', f);
    for (int a = 0; a < 22; a++) {
        if (!used[order[a]]) continue;
        fputs(label[order[a]], f);
        for (int b = 0; b < 22; b++)
            if (used[order[b]]) fprintf(f, "\t%zu", conf[order[a]][order[b]]);
        fputc('\n', f);
    }
}

static int eval_events(const arv_eval_opts *o, const table *g, const table *p, FILE *out, FILE *confusion_out,
                       arv_diag *d, arv_eval_summary *s)
{
    unsigned char *gkeep, *pkeep;
    ev_select(g, p, &gkeep, &pkeep, &s->gold_neg_ignored, &s->pred_neg_ignored);
    size_t ng, np;
    ev_rec *gr = ev_records(g, gkeep, o->level_code, o->actors_full, &ng);
    ev_rec *pr = ev_records(p, pkeep, o->level_code, o->actors_full, &np);
    qsort(gr, ng, sizeof *gr, ev_qsort_cmp);
    qsort(pr, np, sizeof *pr, ev_qsort_cmp);
    /* matched[row]: 1 matched, 0 not, 2 not taking part */
    unsigned char *gm = malloc(g->nrows + 1), *pm = malloc(p->nrows + 1);
    if (!gm || !pm) abort();
    for (size_t i = 0; i < g->nrows; i++) gm[i] = gkeep[i] ? 0 : 2;
    for (size_t i = 0; i < p->nrows; i++) pm[i] = pkeep[i] ? 0 : 2;
    size_t i = 0, j = 0;
    while (i < ng || j < np) {
        int c = i == ng ? 1 : j == np ? -1 : ev_key_cmp(&gr[i], &pr[j]);
        if (c == 0) {
            gm[gr[i].row] = pm[pr[j].row] = 1;
            s->root[gr[i].root].tp++;
            i++, j++;
        } else if (c < 0) s->root[gr[i++].root].fn++;
        else s->root[pr[j++].root].fp++;
    }
    for (int r = 0; r <= 20; r++) add_counts(&s->all, s->root[r]);
    s->headline = s->all;
    s->f1 = s->headline_f1 = round3(arv_eval_f1(s->all));

    fprintf(out, "events: gold %zu rows (%s), pred %zu rows (%s); level %s, actors %s\n", g->nrows, g->name,
            p->nrows, p->name, o->level_code ? "code" : "root", o->actors_full ? "full" : "country");
    fprintf(out, "negated rows ignored: gold %zu, pred %zu\n", s->gold_neg_ignored, s->pred_neg_ignored);
    print_overall(out, "overall", s->all);
    fprintf(out, "\n%-5s %-24s %5s %5s %5s  %5s  %5s  %5s\n", "root", "name", "TP", "FP", "FN", "P", "R", "F1");
    for (int r = 1; r <= 21; r++) {
        int k = r % 21; /* "other" (0) last */
        arv_eval_counts c = s->root[k];
        if (!c.tp && !c.fp && !c.fn) continue;
        char label[16];
        snprintf(label, sizeof label, k ? "%02d" : "--", k);
        print_prf_row(out, label, arv_eval_root_name(k), c);
    }
    fprintf(out, "\nfalse positives: %zu\n", s->all.fp);
    for (size_t k = 0; k < p->nrows; k++)
        if (!pm[k]) print_event(out, "FP", p, k);
    fprintf(out, "\nmisses: %zu\n", s->all.fn);
    for (size_t k = 0; k < g->nrows; k++)
        if (!gm[k]) print_event(out, "FN", g, k);
    fprintf(out, "\nf1=%.3f\n", s->f1);

    int rc = 0;
    if (confusion_out || o->confusion) {
        size_t conf[22][22] = {{0}};
        ev_confusion(g, gkeep, p, pkeep, conf);
        FILE *f = confusion_out ? confusion_out : fopen(o->confusion, "w");
        if (!f) {
            arv_diag_emit(d, o->confusion, 0, ARV_ERROR, "cannot write: %s", strerror(errno));
            rc = 2;
        } else {
            write_confusion(f, conf);
            if (!confusion_out && fclose(f)) {
                arv_diag_emit(d, o->confusion, 0, ARV_ERROR, "cannot write: %s", strerror(errno));
                rc = 2;
            }
        }
    }
    free(gm);
    free(pm);
    free(gr);
    free(pr);
    free(gkeep);
    free(pkeep);
    return rc;
}

/* ---- entities ----------------------------------------------------------- */

enum { EN_DOC, EN_START, EN_END, EN_TYPE, EN_TEXT, EN_NCOLS };
static const col_spec en_cols[EN_NCOLS] = {{"doc", 1}, {"start", 1}, {"end", 1}, {"type", 1}, {"text", 0}};

typedef struct en_rec {
    slice doc, type;
    unsigned long start, end;
    size_t row;
    size_t ti;  /* index of the type in the per-type table */
} en_rec;

static int en_group_cmp(const en_rec *a, const en_rec *b)
{
    int c;
    if ((c = slice_cmp(a->doc, b->doc)) || (c = slice_cmp(a->type, b->type))) return c;
    return 0;
}

static int en_key_cmp(const en_rec *a, const en_rec *b)
{
    int c = en_group_cmp(a, b);
    if (c) return c;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    return 0;
}

static int en_qsort_cmp(const void *pa, const void *pb)
{
    const en_rec *a = pa, *b = pb;
    int c = en_key_cmp(a, b);
    if (c) return c;
    return a->row < b->row ? -1 : a->row > b->row;
}

/* By group, then end: the order in which predictions claim gold spans. */
static int en_end_qsort_cmp(const void *pa, const void *pb)
{
    const en_rec *a = pa, *b = pb;
    int c = en_group_cmp(a, b);
    if (c) return c;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    return a->row < b->row ? -1 : a->row > b->row;
}

static int parse_offset(const char *s, unsigned long *v)
{
    if (*s < '0' || *s > '9') return -1;
    char *e;
    errno = 0;
    *v = strtoul(s, &e, 10);
    return *e || errno ? -1 : 0;
}

/* Per-type counters; types are few, found by linear search. */
typedef struct en_type {
    slice name;
    arv_eval_counts exact, partial;
} en_type;
typedef ARV_VEC(en_type) en_types;

static size_t type_index(en_types *ts, slice name)
{
    for (size_t i = 0; i < ts->n; i++)
        if (!slice_cmp(ts->v[i].name, name)) return i;
    en_type t = {name, {0, 0, 0}, {0, 0, 0}};
    ARV_VEC_PUSH(*ts, t);
    return ts->n - 1;
}

/* Records of t in a malloc'ed array the caller frees; NULL after a
 * diagnostic when an offset is not a number. */
static en_rec *en_records(const table *t, en_types *ts, arv_diag *d)
{
    en_rec *r = malloc((t->nrows ? t->nrows : 1) * sizeof *r);
    if (!r) abort();
    for (size_t i = 0; i < t->nrows; i++) {
        en_rec *e = &r[i];
        e->doc = (slice){cell(t, i, EN_DOC), strlen(cell(t, i, EN_DOC))};
        e->type = (slice){cell(t, i, EN_TYPE), strlen(cell(t, i, EN_TYPE))};
        if (parse_offset(cell(t, i, EN_START), &e->start) || parse_offset(cell(t, i, EN_END), &e->end)) {
            arv_diag_emit(d, t->name, t->line.v[i], ARV_ERROR, "start and end must be byte offsets");
            free(r);
            return NULL;
        }
        e->row = i;
        e->ti = type_index(ts, e->type);
    }
    return r;
}

/* First set position >= from in a segment tree over n leaves (tree[1] is the
 * root, leaves at size..2*size), SIZE_MAX if none. */
static size_t seg_first(const unsigned char *tree, size_t node, size_t lo, size_t hi, size_t from)
{
    if (hi <= from || !tree[node]) return SIZE_MAX;
    if (hi - lo == 1) return lo;
    size_t mid = lo + (hi - lo) / 2;
    size_t r = seg_first(tree, 2 * node, lo, mid, from);
    return r != SIZE_MAX ? r : seg_first(tree, 2 * node + 1, mid, hi, from);
}

static void seg_set(unsigned char *tree, size_t size, size_t pos, unsigned char v)
{
    size_t k = size + pos;
    tree[k] = v;
    for (k /= 2; k >= 1; k /= 2) tree[k] = tree[2 * k] | tree[2 * k + 1];
}

static int en_end_only_cmp(const void *pa, const void *pb)
{
    const en_rec *a = *(const en_rec *const *)pa, *b = *(const en_rec *const *)pb;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    return a->row < b->row ? -1 : a->row > b->row;
}

/* Maximum one-to-one matching of overlapping spans within a doc+type group:
 * predictions taken by increasing end each claim, among the gold spans that
 * start before the prediction ends, the one ending first after it starts.
 * That gold span is the least useful to later predictions (they end later),
 * so the greedy choice is optimal. gs sorted by start, ps by end. */
static size_t overlap_match(const en_rec *gs, size_t ng, const en_rec *ps, size_t np, const en_rec **byend,
                            size_t *pos, unsigned char *tree)
{
    if (!ng || !np) return 0;
    for (size_t k = 0; k < ng; k++) byend[k] = &gs[k];
    qsort(byend, ng, sizeof *byend, en_end_only_cmp);
    for (size_t k = 0; k < ng; k++) pos[byend[k] - gs] = k;
    size_t size = 1;
    while (size < ng) size *= 2;
    memset(tree, 0, 2 * size);
    size_t tp = 0, next = 0;
    for (size_t j = 0; j < np; j++) {
        while (next < ng && gs[next].start < ps[j].end) seg_set(tree, size, pos[next++], 1);
        /* first gold, by end, whose end is after ps[j].start */
        size_t lo = 0, hi = ng;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (byend[mid]->end > ps[j].start) hi = mid;
            else lo = mid + 1;
        }
        size_t k = seg_first(tree, 1, 0, size, lo);
        if (k == SIZE_MAX) continue;
        seg_set(tree, size, k, 0);
        tp++;
    }
    return tp;
}

static void print_entity(FILE *out, const char *tag, const table *t, size_t row)
{
    fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\n", tag, cell(t, row, EN_DOC), cell(t, row, EN_START),
            cell(t, row, EN_END), cell(t, row, EN_TYPE), cell(t, row, EN_TEXT));
}

static int slice_eq(slice a, const char *s) { return a.n == strlen(s) && !memcmp(a.s, s, a.n); }

static int en_type_qsort_cmp(const void *pa, const void *pb)
{
    const en_type *a = pa, *b = pb;
    return slice_cmp(a->name, b->name);
}

static int eval_entities(const table *g, const table *p, FILE *out, arv_diag *d, arv_eval_summary *s)
{
    en_types ts = {0};
    /* the four types of arevent always have a row, in this order */
    static const char *const fixed[] = {"PER", "ORG", "LOC", "DATE"};
    for (size_t k = 0; k < 4; k++) type_index(&ts, (slice){fixed[k], strlen(fixed[k])});
    en_rec *gr = en_records(g, &ts, d);
    en_rec *pr = gr ? en_records(p, &ts, d) : NULL;
    if (!gr || !pr) {
        free(gr);
        ARV_VEC_FREE(ts);
        return 2;
    }
    size_t ng = g->nrows, np = p->nrows;
    unsigned char *gm = calloc(ng + 1, 1), *pm = calloc(np + 1, 1);
    if (!gm || !pm) abort();

    /* exact: merge of the two sorted lists */
    qsort(gr, ng, sizeof *gr, en_qsort_cmp);
    qsort(pr, np, sizeof *pr, en_qsort_cmp);
    size_t i = 0, j = 0;
    while (i < ng || j < np) {
        int c = i == ng ? 1 : j == np ? -1 : en_key_cmp(&gr[i], &pr[j]);
        if (c == 0) {
            gm[gr[i].row] = pm[pr[j].row] = 1;
            ts.v[gr[i].ti].exact.tp++;
            i++, j++;
        } else if (c < 0) ts.v[gr[i++].ti].exact.fn++;
        else ts.v[pr[j++].ti].exact.fp++;
    }

    /* partial: group by group, gold by start (as sorted), predictions by end */
    qsort(pr, np, sizeof *pr, en_end_qsort_cmp);
    const en_rec **byend = malloc((ng + 1) * sizeof *byend);
    size_t *pos = malloc((ng + 1) * sizeof *pos);
    unsigned char *tree = malloc(4 * ng + 2);
    if (!byend || !pos || !tree) abort();
    i = j = 0;
    while (i < ng || j < np) {
        int c = i == ng ? 1 : j == np ? -1 : en_group_cmp(&gr[i], &pr[j]);
        size_t ie = i, je = j;
        if (c <= 0)
            while (ie < ng && !en_group_cmp(&gr[ie], &gr[i])) ie++;
        if (c >= 0)
            while (je < np && !en_group_cmp(&pr[je], &pr[j])) je++;
        size_t tp = overlap_match(gr + i, ie - i, pr + j, je - j, byend, pos, tree);
        en_type *t = &ts.v[c <= 0 ? gr[i].ti : pr[j].ti];
        t->partial.tp += tp;
        t->partial.fn += ie - i - tp;
        t->partial.fp += je - j - tp;
        i = ie;
        j = je;
    }
    free(byend);
    free(pos);
    free(tree);

    /* other types after the fixed four, by name */
    qsort(ts.v + 4, ts.n - 4, sizeof *ts.v, en_type_qsort_cmp);
    arv_eval_counts plo = {0, 0, 0}, plo_partial = {0, 0, 0};
    for (size_t k = 0; k < ts.n; k++) {
        add_counts(&s->all, ts.v[k].exact);
        add_counts(&s->partial, ts.v[k].partial);
        if (slice_eq(ts.v[k].name, "PER") || slice_eq(ts.v[k].name, "LOC") || slice_eq(ts.v[k].name, "ORG")) {
            add_counts(&plo, ts.v[k].exact);
            add_counts(&plo_partial, ts.v[k].partial);
        }
    }
    s->headline = plo;
    s->f1 = round3(arv_eval_f1(s->all));
    s->headline_f1 = round3(arv_eval_f1(plo));

    fprintf(out, "entities: gold %zu rows (%s), pred %zu rows (%s)\n", g->nrows, g->name, p->nrows, p->name);
    print_overall(out, "exact  ", s->all);
    print_overall(out, "partial", s->partial);
    fprintf(out, "\n%-12s %5s %5s %5s  %5s  %5s  %5s   %-9s %5s  %5s  %5s  %5s\n", "type", "TP", "FP", "FN", "P", "R",
            "F1", "partial:", "TP", "P", "R", "F1");
    for (size_t k = 0; k <= ts.n; k++) {
        const en_type *t = k < ts.n ? &ts.v[k] : NULL;
        arv_eval_counts e = t ? t->exact : plo, q = t ? t->partial : plo_partial;
        int nlen = t ? (int)t->name.n : 11;
        const char *name = t ? t->name.s : "PER+LOC+ORG";
        fprintf(out, "%-12.*s %5zu %5zu %5zu", nlen, name, e.tp, e.fp, e.fn);
        if (!e.tp && !e.fp && !e.fn) {
            fprintf(out, "      -      -      -   %-9s %5zu      -      -      -\n", "", q.tp);
            continue;
        }
        fprintf(out, "  %5.3f  %5.3f  %5.3f   %-9s %5zu  %5.3f  %5.3f  %5.3f\n", arv_eval_precision(e),
                arv_eval_recall(e), arv_eval_f1(e), "", q.tp, arv_eval_precision(q), arv_eval_recall(q),
                arv_eval_f1(q));
    }
    fprintf(out, "\nfalse positives: %zu\n", s->all.fp);
    for (size_t k = 0; k < np; k++)
        if (!pm[k]) print_entity(out, "FP", p, k);
    fprintf(out, "\nmisses: %zu\n", s->all.fn);
    for (size_t k = 0; k < ng; k++)
        if (!gm[k]) print_entity(out, "FN", g, k);
    fprintf(out, "\nf1=%.3f per_loc_org_f1=%.3f\n", s->f1, s->headline_f1);

    free(gm);
    free(pm);
    free(gr);
    free(pr);
    ARV_VEC_FREE(ts);
    return 0;
}

/* ---- driver ------------------------------------------------------------- */

int arv_eval_run(const arv_eval_opts *o, const char *gold_name, FILE *gold, const char *pred_name, FILE *pred,
                 FILE *out, FILE *err, FILE *confusion_out, arv_eval_summary *sum)
{
    arv_eval_summary local;
    arv_eval_summary *s = sum ? sum : &local;
    memset(s, 0, sizeof *s);
    arv_diag d = {err, 0, 0};
    const col_spec *cols = o->entities ? en_cols : ev_cols;
    size_t ncols = o->entities ? (size_t)EN_NCOLS : (size_t)EV_NCOLS;
    table g, p;
    if (table_read(&g, gold_name, gold, cols, ncols, &d)) return 2;
    if (table_read(&p, pred_name, pred, cols, ncols, &d)) {
        table_free(&g);
        return 2;
    }
    int rc = o->entities ? eval_entities(&g, &p, out, &d, s) : eval_events(o, &g, &p, out, confusion_out, &d, s);
    table_free(&g);
    table_free(&p);
    if (rc) return rc;
    return o->has_min_f1 && s->headline_f1 < o->min_f1 ? 1 : 0;
}

static const char eval_usage[] =
    "usage: arevent eval [--entities] [--level root|code] [--actors country|full] [--min-f1 X]\n"
    "                    [--confusion FILE] GOLD PRED\n"
    "GOLD and PRED are TSV files with a header line, as `arevent events` (or, with\n"
    "--entities, `arevent entities`) writes them; '-' is standard input.\n"
    "  --level root|code        compare CAMEO roots (default) or full event codes\n"
    "  --actors country|full    compare actor countries (default; IGO/NGO/IMG/MNC: 6\n"
    "                           letters) or whole actor codes\n"
    "  --min-f1 X               exit 1 when the headline F1 (events: overall; entities:\n"
    "                           PER+LOC+ORG exact), as printed, is below X\n"
    "  --confusion FILE         events: write a gold root x predicted root table\n"
    "Negated gold events count only if PRED has negated rows (made with --all);\n"
    "negated predictions only in documents where GOLD has some.\n"
    "Exit status: 0 fine, 1 below --min-f1, 2 usage error or bad input.\n";

static int eval_usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "arevent: error: eval: %s%s%s\n%s", msg, arg ? ": " : "", arg ? arg : "", eval_usage);
    return 2;
}

int arv_eval_main(int argc, char **argv)
{
    arv_eval_opts o = {0, 0, 0, 0, 0.0, NULL};
    const char *files[2];
    size_t nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = !strcmp(a, "--level") || !strcmp(a, "--actors") || !strcmp(a, "--min-f1") ||
                    !strcmp(a, "--confusion");
        if (takes && !v) return eval_usage_error("option needs a value", a);
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(eval_usage, stdout);
            return 0;
        } else if (!strcmp(a, "--entities")) o.entities = 1;
        else if (!strcmp(a, "--level")) {
            if (!strcmp(v, "root")) o.level_code = 0;
            else if (!strcmp(v, "code")) o.level_code = 1;
            else return eval_usage_error("unknown --level", v);
        } else if (!strcmp(a, "--actors")) {
            if (!strcmp(v, "country")) o.actors_full = 0;
            else if (!strcmp(v, "full")) o.actors_full = 1;
            else return eval_usage_error("unknown --actors", v);
        } else if (!strcmp(a, "--min-f1")) {
            char *e;
            o.min_f1 = strtod(v, &e);
            if (e == v || *e || !(o.min_f1 >= 0.0 && o.min_f1 <= 1.0))
                return eval_usage_error("--min-f1 wants a number from 0 to 1", v);
            o.has_min_f1 = 1;
        } else if (!strcmp(a, "--confusion")) o.confusion = v;
        else if (a[0] == '-' && a[1]) return eval_usage_error("unknown option", a);
        else if (nfiles == 2) return eval_usage_error("too many files", a);
        else { files[nfiles++] = a; continue; }
        i += takes;
    }
    if (nfiles != 2) return eval_usage_error("want GOLD and PRED files", NULL);
    if (o.entities && o.confusion) return eval_usage_error("--confusion is for events only", NULL);
    if (!strcmp(files[0], "-") && !strcmp(files[1], "-"))
        return eval_usage_error("only one of GOLD and PRED can be standard input", NULL);
    arv_diag d = {stderr, 0, 0};
    FILE *f[2];
    for (int k = 0; k < 2; k++) {
        f[k] = !strcmp(files[k], "-") ? stdin : fopen(files[k], "rb");
        if (!f[k]) {
            arv_diag_emit(&d, files[k], 0, ARV_ERROR, "cannot open: %s", strerror(errno));
            if (k && f[0] != stdin) fclose(f[0]);
            return 2;
        }
    }
    int rc = arv_eval_run(&o, files[0], f[0], files[1], f[1], stdout, stderr, NULL, NULL);
    for (int k = 0; k < 2; k++)
        if (f[k] != stdin) fclose(f[k]);
    if (fflush(stdout) && rc == 0) rc = 2;
    return rc;
}
