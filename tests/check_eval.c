/* check_eval.c: tests of `arevent eval` (src/eval.h). Gold and predicted
 * tables are mostly written inline in a compact form and expanded into full
 * TSV in a tmpfile; the command-line tests read tests/data/eval/ (run from
 * tests/, as make check does). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval.h"

Suite *eval_suite(void);

#ifndef EVAL_DATA
#define EVAL_DATA "data/eval/"
#endif

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- helpers ------------------------------------------------------------ */

static const char ev_header[] = "doc\tsent\tdate\tsource\tsource_code\tevent_code\ttarget\ttarget_code\ttheme\t"
                                "location\ttrigger\tmode\tstart\tend\trule\n";
static const char en_header[] = "doc\tsent\tstart\tend\ttype\ttext\tcode\n";

/* Writes rows given as "f1 f2 ...; f1 f2 ...;" ('-' = empty field) as TSV:
 * events "doc sent source_code event_code target_code [mode]", entities
 * "doc start end type". Returns a rewound tmpfile the caller closes. */
static FILE *tsv(const char *rows, int entities)
{
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    fputs(entities ? en_header : ev_header, f);
    char buf[4096];
    ck_assert_uint_lt(strlen(rows), sizeof buf);
    strcpy(buf, rows);
    size_t n = 0;
    for (char *row = strtok(buf, ";"); row; row = strtok(NULL, ";")) {
        const char *w[6] = {"", "", "", "", "", "asserted"};
        size_t k = 0;
        /* split the row at spaces by hand: strtok is busy with the rows */
        for (char *p = row; *p && k < 6;) {
            while (*p == ' ') p++;
            if (!*p) break;
            char *e = p;
            while (*e && *e != ' ') e++;
            int last = !*e;
            *e = '\0';
            w[k++] = strcmp(p, "-") ? p : "";
            p = last ? e : e + 1;
        }
        if (!k) continue;
        n++;
        if (entities)
            fprintf(f, "%s\t1\t%s\t%s\t%s\ttext%zu\t\n", w[0], w[1], w[2], w[3], n);
        else
            fprintf(f, "%s\t%s\t2020-01-01\tsrc\t%s\t%s\ttgt\t%s\t\t\ttrig%zu\t%s\t0\t9\trule\n", w[0], w[1], w[2],
                    w[3], w[4], n, w[5]);
    }
    rewind(f);
    return f;
}

/* Whole content of f (rewound), malloc'ed, the caller frees. */
static char *slurp(FILE *f)
{
    rewind(f);
    size_t cap = 4096, n = 0, got;
    char *b = malloc(cap);
    while ((got = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n < 2) b = realloc(b, cap *= 2);
    }
    b[n] = '\0';
    return b;
}

typedef struct run_result {
    int rc;
    arv_eval_summary s;
    char *out, *err, *conf;  /* malloc'ed; run_free */
} run_result;

static run_result run_text(const arv_eval_opts *o, FILE *g, FILE *p)
{
    run_result r;
    FILE *out = tmpfile(), *err = tmpfile(), *conf = tmpfile();
    ck_assert_ptr_nonnull(out);
    ck_assert_ptr_nonnull(err);
    ck_assert_ptr_nonnull(conf);
    r.rc = arv_eval_run(o, "gold.tsv", g, "pred.tsv", p, out, err, o->entities ? NULL : conf, &r.s);
    r.out = slurp(out);
    r.err = slurp(err);
    r.conf = slurp(conf);
    fclose(out);
    fclose(err);
    fclose(conf);
    fclose(g);
    fclose(p);
    return r;
}

static run_result run_rows(const arv_eval_opts *o, const char *gold, const char *pred)
{
    return run_text(o, tsv(gold, o->entities), tsv(pred, o->entities));
}

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
    free(r->conf);
}

/* FILE holding text as is, rewound; the caller closes it. */
static FILE *raw(const char *text)
{
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    rewind(f);
    return f;
}

/* ---- actor codes, roots, scores ------------------------------------------ */

static const struct { const char *code; int full; size_t want; } actor_cases[] = {
    {"USAGOV", 0, 3}, {"USAGOV", 1, 6}, {"USA", 0, 3},     {"IRQMILREB", 0, 3}, {"IGOUNO", 0, 6},
    {"IGOUNOKID", 0, 6}, {"NGOHRW", 0, 6}, {"IMGMUS", 0, 6}, {"MNCUSA", 0, 6}, {"IGO", 0, 3},
    {"US", 0, 2},     {"", 0, 0},       {"", 1, 0},        {"IGOUNOKID", 1, 9}, {"GOV", 0, 3},
};

START_TEST(test_actor_len)
{
    ck_assert_uint_eq(arv_eval_actor_len(actor_cases[_i].code, actor_cases[_i].full), actor_cases[_i].want);
}
END_TEST

static const struct { const char *code; int root; } root_cases[] = {
    {"010", 1}, {"01", 1}, {"0211", 2}, {"194", 19}, {"20", 20}, {"203", 20}, {"21", 0}, {"00", 0},
    {"1", 0},   {"", 0},   {"x12", 0},  {"1a", 0},   {"120", 12}, {"99", 0},
};

START_TEST(test_root)
{
    ck_assert_int_eq(arv_eval_root(root_cases[_i].code), root_cases[_i].root);
}
END_TEST

START_TEST(test_root_names)
{
    ck_assert_str_eq(arv_eval_root_name(1), "statement");
    ck_assert_str_eq(arv_eval_root_name(5), "diplomatic cooperation");
    ck_assert_str_eq(arv_eval_root_name(15), "force posture");
    ck_assert_str_eq(arv_eval_root_name(20), "mass violence");
    ck_assert_str_eq(arv_eval_root_name(0), "other");
    ck_assert_str_eq(arv_eval_root_name(21), "other");
}
END_TEST

START_TEST(test_scores)
{
    arv_eval_counts c = {2, 1, 2};
    ck_assert_double_eq_tol(arv_eval_precision(c), 2.0 / 3, 1e-12);
    ck_assert_double_eq_tol(arv_eval_recall(c), 0.5, 1e-12);
    ck_assert_double_eq_tol(arv_eval_f1(c), 4.0 / 7, 1e-12);
    arv_eval_counts seven = {7, 3, 3};
    ck_assert(arv_eval_f1(seven) == 0.7); /* exactly, for --min-f1 0.7 */
    arv_eval_counts none = {0, 0, 0}, nopred = {0, 0, 3}, allwrong = {0, 2, 3};
    ck_assert_double_eq(arv_eval_f1(none), 1.0);
    ck_assert_double_eq(arv_eval_precision(nopred), 0.0);
    ck_assert_double_eq(arv_eval_recall(nopred), 0.0);
    ck_assert_double_eq(arv_eval_f1(allwrong), 0.0);
}
END_TEST

/* ---- event matching ------------------------------------------------------ */

static const struct {
    const char *what, *gold, *pred;
    int level_code, actors_full;
    size_t tp, fp, fn, gneg, pneg;
} ev_cases[] = {
    {"identical", "d1 1 USA 010 IRQ; d1 2 IRN 190 USA", "d1 1 USA 010 IRQ; d1 2 IRN 190 USA", 0, 0, 2, 0, 0, 0, 0},
    {"empty both", "", "", 0, 0, 0, 0, 0, 0, 0},
    {"no pred", "d1 1 USA 010 IRQ", "", 0, 0, 0, 0, 1, 0, 0},
    {"no gold", "", "d1 1 USA 010 IRQ", 0, 0, 0, 1, 0, 0, 0},
    /* granularity of the event code */
    {"root same", "d1 1 USA 190 IRQ", "d1 1 USA 193 IRQ", 0, 0, 1, 0, 0, 0, 0},
    {"code differs", "d1 1 USA 190 IRQ", "d1 1 USA 193 IRQ", 1, 0, 0, 1, 1, 0, 0},
    {"code same", "d1 1 USA 0211 IRQ", "d1 1 USA 0211 IRQ", 1, 0, 1, 0, 0, 0, 0},
    {"root differs", "d1 1 USA 190 IRQ", "d1 1 USA 180 IRQ", 0, 0, 0, 1, 1, 0, 0},
    /* granularity of the actors */
    {"country same", "d1 1 USAGOV 010 IRQMIL", "d1 1 USAMIL 010 IRQ", 0, 0, 1, 0, 0, 0, 0},
    {"full differs", "d1 1 USAGOV 010 IRQMIL", "d1 1 USAMIL 010 IRQ", 0, 1, 0, 1, 1, 0, 0},
    {"full same", "d1 1 USAGOV 010 IRQMIL", "d1 1 USAGOV 010 IRQMIL", 0, 1, 1, 0, 0, 0, 0},
    {"igo 6 letters", "d1 1 IGOUNO 010 IRQ", "d1 1 IGOARL 010 IRQ", 0, 0, 0, 1, 1, 0, 0},
    {"igo same org", "d1 1 IGOUNOKID 010 IRQ", "d1 1 IGOUNO 010 IRQ", 0, 0, 1, 0, 0, 0, 0},
    {"target differs", "d1 1 USA 010 IRQ", "d1 1 USA 010 IRN", 0, 0, 0, 1, 1, 0, 0},
    {"source differs", "d1 1 USA 010 IRQ", "d1 1 SAU 010 IRQ", 0, 0, 0, 1, 1, 0, 0},
    {"empty codes match", "d1 1 USA 010 -", "d1 1 USA 010 -", 0, 0, 1, 0, 0, 0, 0},
    {"empty vs code", "d1 1 USA 010 -", "d1 1 USA 010 IRQ", 0, 0, 0, 1, 1, 0, 0},
    {"empty source", "d1 1 - 010 IRQ", "d1 1 - 012 IRQ", 0, 0, 1, 0, 0, 0, 0},
    {"other sentence", "d1 1 USA 010 IRQ", "d1 2 USA 010 IRQ", 0, 0, 0, 1, 1, 0, 0},
    {"other doc", "d1 1 USA 010 IRQ", "d2 1 USA 010 IRQ", 0, 0, 0, 1, 1, 0, 0},
    /* one-to-one */
    {"pred dup", "d1 1 USA 010 IRQ", "d1 1 USA 010 IRQ; d1 1 USA 012 IRQ", 0, 0, 1, 1, 0, 0, 0},
    {"gold dup", "d1 1 USA 010 IRQ; d1 1 USA 010 IRQ", "d1 1 USA 010 IRQ", 0, 0, 1, 0, 1, 0, 0},
    {"dups 2 vs 3", "d1 1 USA 010 IRQ; d1 1 USA 013 IRQ",
     "d1 1 USA 010 IRQ; d1 1 USA 010 IRQ; d1 1 USA 010 IRQ", 0, 0, 2, 1, 0, 0, 0},
    {"dups at code level", "d1 1 USA 010 IRQ; d1 1 USA 013 IRQ",
     "d1 1 USA 010 IRQ; d1 1 USA 010 IRQ; d1 1 USA 010 IRQ", 1, 0, 1, 2, 1, 0, 0},
    /* mode: only negated is special; intended and asserted are alike */
    {"intended vs asserted", "d1 1 USA 030 IRQ intended", "d1 1 USA 030 IRQ asserted", 0, 0, 1, 0, 0, 0, 0},
    {"gold negated, pred has none", "d1 1 USA 010 IRQ; d1 2 USA 120 IRQ negated", "d1 1 USA 010 IRQ", 0, 0, 1, 0,
     0, 1, 0},
    {"pred negated, gold doc has none", "d1 1 USA 010 IRQ", "d1 1 USA 010 IRQ; d1 2 USA 120 IRQ negated", 0, 0, 1,
     0, 0, 0, 1},
    {"negated both", "d1 2 USA 120 IRQ negated", "d1 2 USA 120 IRQ negated", 0, 0, 1, 0, 0, 0, 0},
    {"negated vs asserted", "d1 2 USA 120 IRQ negated",
     "d1 2 USA 120 IRQ asserted; d2 1 USA 010 IRQ negated", 0, 0, 0, 1, 1, 0, 1},
    {"asserted vs negated", "d1 2 USA 120 IRQ asserted; d1 3 IRN 010 - negated", "d1 2 USA 120 IRQ negated", 0, 0,
     0, 1, 2, 0, 0},
};

START_TEST(test_events)
{
    arv_eval_opts o = {0, ev_cases[_i].level_code, ev_cases[_i].actors_full, 0, 0.0, NULL};
    run_result r = run_rows(&o, ev_cases[_i].gold, ev_cases[_i].pred);
    ck_assert_msg(r.rc == 0, "%s: rc %d", ev_cases[_i].what, r.rc);
    ck_assert_msg(r.s.all.tp == ev_cases[_i].tp && r.s.all.fp == ev_cases[_i].fp && r.s.all.fn == ev_cases[_i].fn,
                  "%s: tp/fp/fn %zu/%zu/%zu, want %zu/%zu/%zu", ev_cases[_i].what, r.s.all.tp, r.s.all.fp,
                  r.s.all.fn, ev_cases[_i].tp, ev_cases[_i].fp, ev_cases[_i].fn);
    ck_assert_msg(r.s.gold_neg_ignored == ev_cases[_i].gneg && r.s.pred_neg_ignored == ev_cases[_i].pneg,
                  "%s: negated ignored %zu/%zu", ev_cases[_i].what, r.s.gold_neg_ignored, r.s.pred_neg_ignored);
    ck_assert_str_eq(r.err, "");
    run_free(&r);
}
END_TEST

/* exact P/R/F1 lines, per-root rows and FP/FN lines of the report */
START_TEST(test_events_report)
{
    arv_eval_opts o = {0, 0, 0, 0, 0.0, NULL};
    run_result r = run_rows(&o, "d1 1 USA 010 IRQ; d1 2 IRN 190 USA; d2 1 SAU 042 YEM; d2 3 IRN 120 USA",
                            "d1 1 USA 012 IRQ; d1 2 IRN 194 USA; d2 3 IRN 130 USA");
    ck_assert_int_eq(r.rc, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "\noverall  P=0.667 R=0.500 F1=0.571  TP=2 FP=1 FN=2\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\n01    statement                    1     0     0  1.000  1.000  1.000\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\n04    consult                      0     0     1  0.000  0.000  0.000\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\n13    threaten                     0     1     0  0.000  0.000  0.000\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\n19    fight                        1     0     0  1.000  1.000  1.000\n"));
    ck_assert_ptr_null(strstr(r.out, "\n02    appeal")); /* roots in neither file have no row */
    ck_assert_ptr_nonnull(strstr(r.out, "\nFP\td2\t3\tIRN\t130\tUSA\ttrig3\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nFN\td2\t1\tSAU\t042\tYEM\ttrig3\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nFN\td2\t3\tIRN\t120\tUSA\ttrig4\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nfalse positives: 1\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nmisses: 2\n"));
    size_t n = strlen(r.out);
    ck_assert_str_eq(r.out + n - strlen("\nf1=0.571\n"), "\nf1=0.571\n");
    ck_assert_uint_eq(r.s.root[19].tp, 1);
    ck_assert_uint_eq(r.s.root[13].fp, 1);
    ck_assert_uint_eq(r.s.root[12].fn, 1);
    run_free(&r);
}
END_TEST

/* the columns are found by name: other order, extra columns, optional ones missing */
START_TEST(test_events_columns)
{
    arv_eval_opts o = {0, 0, 0, 0, 0.0, NULL};
    FILE *g = tsv("d1 1 USA 010 IRQ; d1 2 IRN 190 USA", 0);
    FILE *p = raw("extra\ttarget_code\tevent_code\tsource_code\tsent\tdoc\n"
                  "x\tIRQ\t011\tUSA\t1\td1\n"
                  "\r\n"
                  "y\tUSA\t180\tIRN\t2\td1\r\n");
    run_result r = run_text(&o, g, p);
    ck_assert_int_eq(r.rc, 0);
    ck_assert_uint_eq(r.s.all.tp, 1);
    ck_assert_uint_eq(r.s.all.fp, 1);
    ck_assert_uint_eq(r.s.all.fn, 1);
    ck_assert_ptr_nonnull(strstr(r.out, "\nFP\td1\t2\tIRN\t180\tUSA\t\n"));
    run_free(&r);
}
END_TEST

/* ---- --min-f1 ------------------------------------------------------------ */

static const struct { double min; int has, entities, rc; } minf1_cases[] = {
    {0.5, 1, 0, 0}, {0.571, 1, 0, 0}, {0.572, 1, 0, 1}, {0.6, 1, 0, 1}, {1.0, 1, 0, 1}, {0.0, 1, 0, 0},
    {0.99, 0, 0, 0},
    /* entities: headline is PER+LOC+ORG (0.571 here), not all types (0.667) */
    {0.571, 1, 1, 0}, {0.6, 1, 1, 1}, {0.5, 1, 1, 0},
};

START_TEST(test_min_f1)
{
    arv_eval_opts o = {minf1_cases[_i].entities, 0, 0, minf1_cases[_i].has, minf1_cases[_i].min, NULL};
    run_result r = minf1_cases[_i].entities
                       ? run_rows(&o, "d1 0 12 PER; d1 20 28 LOC; d1 30 40 DATE; d2 5 20 ORG",
                                  "d1 0 12 PER; d1 20 34 LOC; d1 30 40 DATE; d2 5 20 ORG; d2 50 60 PER")
                       : run_rows(&o, "d1 1 USA 010 IRQ; d1 2 IRN 190 USA; d2 1 SAU 042 YEM; d2 3 IRN 120 USA",
                                  "d1 1 USA 012 IRQ; d1 2 IRN 194 USA; d2 3 IRN 130 USA");
    ck_assert_int_eq(r.rc, minf1_cases[_i].rc);
    run_free(&r);
}
END_TEST

/* ---- confusion table ----------------------------------------------------- */

START_TEST(test_confusion)
{
    arv_eval_opts o = {0, 1, 1, 0, 0.0, NULL};
    run_result r = run_rows(&o,
                            "d1 1 USA 190 IRQ;"                   /* 19 x 19 */
                            "d1 2 USAGOV 042 IRQ;"                /* 04 x 05, actors at country level */
                            "d1 3 USA 120 IRQ;"                   /* 12 x none */
                            "d3 1 IRN 040 USA; d3 1 IRN 193 USA", /* 19 x 19 first, then 04 x 10 */
                            "d1 1 USA 193 IRQ;"
                            "d1 2 USAMIL 051 IRQ;"
                            "d2 1 SAU 010 YEM;" /* none x 01 */
                            "d3 1 IRN 100 USA; d3 1 IRN 190 USA");
    ck_assert_str_eq(r.conf, "gold/pred\t01\t04\t05\t10\t12\t19\tnone\n"
                             "01\t0\t0\t0\t0\t0\t0\t0\n"
                             "04\t0\t0\t1\t1\t0\t0\t0\n"
                             "05\t0\t0\t0\t0\t0\t0\t0\n"
                             "10\t0\t0\t0\t0\t0\t0\t0\n"
                             "12\t0\t0\t0\t0\t0\t0\t1\n"
                             "19\t0\t0\t0\t0\t0\t2\t0\n"
                             "none\t1\t0\t0\t0\t0\t0\t0\n");
    run_free(&r);
}
END_TEST

/* PRED has negated rows, so the negated gold row counts (a miss); the
 * negated prediction in d2 is ignored (no gold negation there) and stays out */
START_TEST(test_confusion_negated)
{
    arv_eval_opts o = {0, 0, 0, 0, 0.0, NULL};
    run_result r = run_rows(&o, "d1 1 USA 120 IRQ negated; d1 2 USA 010 IRQ", "d1 2 USA 010 IRQ; d2 1 - 190 - negated");
    ck_assert_str_eq(r.conf, "gold/pred\t01\t12\tnone\n01\t1\t0\t0\n12\t0\t0\t1\nnone\t0\t0\t0\n");
    run_free(&r);
}
END_TEST

/* ---- entities ------------------------------------------------------------ */

static const struct {
    const char *what, *gold, *pred;
    size_t tp, fp, fn, ptp;  /* exact counts, partial matches */
} en_cases[] = {
    {"identical", "d1 0 5 PER; d1 10 20 LOC", "d1 0 5 PER; d1 10 20 LOC", 2, 0, 0, 2},
    {"shorter", "d1 0 10 PER", "d1 0 8 PER", 0, 1, 1, 1},
    {"longer", "d1 2 10 PER", "d1 0 12 PER", 0, 1, 1, 1},
    {"other type", "d1 0 10 PER", "d1 0 10 ORG", 0, 1, 1, 0},
    {"other type overlap", "d1 0 10 PER", "d1 0 8 ORG", 0, 1, 1, 0},
    {"other doc", "d1 0 10 PER", "d2 0 10 PER", 0, 1, 1, 0},
    {"touching is not overlap", "d1 0 10 PER", "d1 10 15 PER", 0, 1, 1, 0},
    {"two preds in one gold", "d1 0 10 PER", "d1 0 4 PER; d1 5 9 PER", 0, 2, 1, 1},
    {"one pred over two golds", "d1 0 4 PER; d1 5 9 PER", "d1 0 10 PER", 0, 1, 2, 1},
    {"exact dup pred", "d1 0 10 PER", "d1 0 10 PER; d1 0 10 PER", 1, 1, 0, 1},
    /* greedy by end: x [11,50) takes B [10,12), leaving A to y [60,70) */
    {"greedy choice", "d1 0 100 PER; d1 10 12 PER", "d1 11 50 PER; d1 60 70 PER", 0, 2, 2, 2},
    {"greedy choice 2", "d1 0 10 LOC; d1 8 20 LOC", "d1 9 12 LOC; d1 0 5 LOC", 0, 2, 2, 2},
    /* by start, x [0,50) would take A [0,3), the only span y [1,2) overlaps */
    {"greedy by end, not start", "d1 0 3 PER; d1 4 100 PER", "d1 0 50 PER; d1 1 2 PER", 0, 2, 2, 2},
    {"partial chain", "d1 0 10 ORG; d1 10 20 ORG; d1 20 30 ORG", "d1 5 15 ORG; d1 15 25 ORG; d1 25 35 ORG", 0, 3, 3,
     3},
    {"date counted in all", "d1 0 10 DATE", "d1 0 10 DATE", 1, 0, 0, 1},
};

START_TEST(test_entities)
{
    arv_eval_opts o = {1, 0, 0, 0, 0.0, NULL};
    run_result r = run_rows(&o, en_cases[_i].gold, en_cases[_i].pred);
    ck_assert_msg(r.rc == 0, "%s: rc %d: %s", en_cases[_i].what, r.rc, r.err);
    ck_assert_msg(r.s.all.tp == en_cases[_i].tp && r.s.all.fp == en_cases[_i].fp && r.s.all.fn == en_cases[_i].fn,
                  "%s: exact %zu/%zu/%zu", en_cases[_i].what, r.s.all.tp, r.s.all.fp, r.s.all.fn);
    size_t ng = en_cases[_i].tp + en_cases[_i].fn, np = en_cases[_i].tp + en_cases[_i].fp;
    ck_assert_msg(r.s.partial.tp == en_cases[_i].ptp && r.s.partial.fp == np - en_cases[_i].ptp &&
                      r.s.partial.fn == ng - en_cases[_i].ptp,
                  "%s: partial %zu/%zu/%zu", en_cases[_i].what, r.s.partial.tp, r.s.partial.fp, r.s.partial.fn);
    run_free(&r);
}
END_TEST

/* Partial matching against brute force: maximum bipartite matching of
 * overlapping spans (Kuhn's augmenting paths) on small random tables. */
typedef struct span { unsigned s, e, type; } span;

static int kuhn(size_t p, const span *gs, size_t ng, const span *ps, int *gown, unsigned char *seen)
{
    for (size_t g = 0; g < ng; g++) {
        if (seen[g] || gs[g].type != ps[p].type || !(gs[g].s < ps[p].e && ps[p].s < gs[g].e)) continue;
        seen[g] = 1;
        if (gown[g] < 0 || kuhn((size_t)gown[g], gs, ng, ps, gown, seen)) {
            gown[g] = (int)p;
            return 1;
        }
    }
    return 0;
}

START_TEST(test_entities_random)
{
    unsigned long seed = 12345UL + (unsigned long)_i;
    for (int round = 0; round < 100; round++) {
        span gs[12], ps[12];
        size_t ng, np;
        char gold[1024] = "", pred[1024] = "";
        static const char *const types[2] = {"PER", "LOC"};
#define RND(m) ((seed = seed * 6364136223846793005UL + 1442695040888963407UL), (unsigned)((seed >> 33) % (m)))
        ng = RND(12);
        np = RND(12);
        for (size_t k = 0; k < ng + np; k++) {
            span *x = k < ng ? &gs[k] : &ps[k - ng];
            x->s = RND(40);
            x->e = x->s + 1 + RND(12);
            x->type = RND(2);
            char row[64];
            snprintf(row, sizeof row, "d %u %u %s;", x->s, x->e, types[x->type]);
            strcat(k < ng ? gold : pred, row);
        }
#undef RND
        int gown[12];
        size_t want = 0;
        for (size_t g = 0; g < ng; g++) gown[g] = -1;
        for (size_t p = 0; p < np; p++) {
            unsigned char seen[12] = {0};
            want += (size_t)kuhn(p, gs, ng, ps, gown, seen);
        }
        arv_eval_opts o = {1, 0, 0, 0, 0.0, NULL};
        run_result r = run_rows(&o, gold, pred);
        if (getenv("EVAL_DEBUG")) fprintf(stderr, "%zu %zu %zu %zu\n", ng, np, want, r.s.partial.tp);
        ck_assert_msg(r.s.partial.tp == want, "gold %s pred %s: partial %zu, want %zu", gold, pred, r.s.partial.tp,
                      want);
        run_free(&r);
    }
}
END_TEST

START_TEST(test_entities_report)
{
    arv_eval_opts o = {1, 0, 0, 0, 0.0, NULL};
    run_result r = run_rows(&o, "d1 0 12 PER; d1 20 28 LOC; d1 30 40 DATE; d2 5 20 ORG",
                            "d1 0 12 PER; d1 20 34 LOC; d1 30 41 DATE; d2 5 20 ORG; d2 50 60 PER; d2 0 3 MISC");
    ck_assert_int_eq(r.rc, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "\nexact    P=0.333 R=0.500 F1=0.400  TP=2 FP=4 FN=2\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\npartial  P=0.667 R=1.000 F1=0.800  TP=4 FP=2 FN=0\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nPER              1     1     0  0.500  1.000  0.667                 1  0.500  1.000  0.667\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nLOC              0     1     1  0.000  0.000  0.000                 1  1.000  1.000  1.000\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nDATE             0     1     1  0.000  0.000  0.000                 1  1.000  1.000  1.000\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nMISC             0     1     0  0.000  0.000  0.000                 0  0.000  0.000  0.000\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nPER+LOC+ORG      2     2     1  0.500  0.667  0.571                 3  0.750  1.000  0.857\n"));
    /* fixed types first, others after, the micro-average last */
    const char *per = strstr(r.out, "\nPER "), *org = strstr(r.out, "\nORG "), *loc = strstr(r.out, "\nLOC "),
               *date = strstr(r.out, "\nDATE "), *misc = strstr(r.out, "\nMISC "), *plo = strstr(r.out, "\nPER+LOC+ORG ");
    ck_assert(per && org && loc && date && misc && plo);
    ck_assert(per < org && org < loc && loc < date && date < misc && misc < plo);
    ck_assert_ptr_nonnull(strstr(r.out, "\nFP\td1\t20\t34\tLOC\ttext2\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nFP\td2\t0\t3\tMISC\ttext6\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nFN\td1\t30\t40\tDATE\ttext3\n"));
    size_t n = strlen(r.out);
    const char *last = "\nf1=0.400 per_loc_org_f1=0.571\n";
    ck_assert_str_eq(r.out + n - strlen(last), last);
    ck_assert_double_eq(r.s.headline_f1, 0.571);
    run_free(&r);
}
END_TEST

/* types with nothing on either side print dashes, not a made-up score */
START_TEST(test_entities_empty_type)
{
    arv_eval_opts o = {1, 0, 0, 0, 0.0, NULL};
    run_result r = run_rows(&o, "d1 0 12 PER", "d1 0 12 PER");
    ck_assert_ptr_nonnull(strstr(r.out, "\nDATE             0     0     0      -      -      -                 0      -      -      -\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "\nf1=1.000 per_loc_org_f1=1.000\n"));
    run_free(&r);
}
END_TEST

/* ---- input errors -------------------------------------------------------- */

static const struct {
    const char *gold, *pred;
    int entities;
    const char *want;  /* start of stderr */
} err_cases[] = {
    {"doc\tsent\tsource_code\tevent_cod\ttarget_code\nd1\t1\tUSA\t010\tIRQ\n", NULL, 0,
     "arevent: gold.tsv:1: error: missing column 'event_code'"},
    {NULL, "doc\tsent\tsource_code\tevent_code\n", 0, "arevent: pred.tsv:1: error: missing column 'target_code'"},
    {"doc\tsent\tsource_code\tevent_code\ttarget_code\nd1\t1\tUSA\t010\tIRQ\n\nd1\t2\tUSA\t010\n", NULL, 0,
     "arevent: gold.tsv:4: error: 4 fields, the header has 5"},
    {"doc\tsent\tsource_code\tevent_code\ttarget_code\nd1\t1\tUSA\t010\tIRQ\tx\n", NULL, 0,
     "arevent: gold.tsv:2: error: 6 fields, the header has 5"},
    {"", NULL, 0, "arevent: gold.tsv:1: error: empty file"},
    {"doc\tstart\tend\ttype\nd1\t0\t5\tPER\nd1\tx\t5\tPER\n", NULL, 1,
     "arevent: gold.tsv:3: error: start and end must be byte offsets"},
    {NULL, "doc\tstart\tend\ttext\n", 1, "arevent: pred.tsv:1: error: missing column 'type'"},
};

START_TEST(test_errors)
{
    arv_eval_opts o = {err_cases[_i].entities, 0, 0, 0, 0.0, NULL};
    FILE *g = err_cases[_i].gold ? raw(err_cases[_i].gold) : tsv("", o.entities);
    FILE *p = err_cases[_i].pred ? raw(err_cases[_i].pred) : tsv("", o.entities);
    run_result r = run_text(&o, g, p);
    ck_assert_int_eq(r.rc, 2);
    ck_assert_msg(!strncmp(r.err, err_cases[_i].want, strlen(err_cases[_i].want)), "stderr: %s", r.err);
    ck_assert_str_eq(r.out, "");
    run_free(&r);
}
END_TEST

/* ---- command line -------------------------------------------------------- */

static const struct { const char *args[10]; int rc; } main_cases[] = {
    {{"eval", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 0},
    {{"eval", "--min-f1", "0.5", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 0},
    {{"eval", "--min-f1", "0.6", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 1},
    {{"eval", "--level", "code", "--min-f1", "0.1", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 1},
    {{"eval", "--actors", "full", "--min-f1", "0.3", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 1},
    {{"eval", "--entities", "--min-f1", "0.57", EVAL_DATA "entities_gold.tsv", EVAL_DATA "entities_pred.tsv"}, 0},
    {{"eval", "--entities", "--min-f1", "0.6", EVAL_DATA "entities_gold.tsv", EVAL_DATA "entities_pred.tsv"}, 1},
    {{"eval", EVAL_DATA "missing_column.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", EVAL_DATA "field_count.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", EVAL_DATA "no_such_file.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", "--entities", EVAL_DATA "events_gold.tsv", EVAL_DATA "entities_pred.tsv"}, 2},
    {{"eval", EVAL_DATA "events_gold.tsv"}, 2},
    {{"eval"}, 2},
    {{"eval", "--level", "sub", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", "--actors", "x", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", "--min-f1", "high", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", "--min-f1", "1.5", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", "--bogus", EVAL_DATA "events_gold.tsv", EVAL_DATA "events_pred.tsv"}, 2},
    {{"eval", "--entities", "--confusion", "x.tsv", EVAL_DATA "entities_gold.tsv", EVAL_DATA "entities_pred.tsv"}, 2},
    {{"eval", "a", "b", "c"}, 2},
    {{"eval", "--min-f1"}, 2},
};

START_TEST(test_main)
{
    /* the report goes to stdout: silence it in the forked test process */
    const char *fork_mode = getenv("CK_FORK");
    if (!fork_mode || strcmp(fork_mode, "no")) {
        ck_assert_ptr_nonnull(freopen("/dev/null", "w", stdout));
        ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
    }
    int argc = 0;
    char *argv[11];
    while (argc < 10 && main_cases[_i].args[argc]) {
        argv[argc] = (char *)main_cases[_i].args[argc];
        argc++;
    }
    argv[argc] = NULL;
    ck_assert_int_eq(arv_eval_main(argc, argv), main_cases[_i].rc);
}
END_TEST

/* ---- big input: must stay fast (sorting, not pairwise comparison) -------- */

START_TEST(test_big)
{
    enum { ROWS = 200000 };
    FILE *g = tmpfile(), *p = tmpfile();
    ck_assert_ptr_nonnull(g);
    ck_assert_ptr_nonnull(p);
    fputs("doc\tsent\tsource_code\tevent_code\ttarget_code\n", g);
    fputs("doc\tsent\tsource_code\tevent_code\ttarget_code\n", p);
    for (unsigned i = 0; i < ROWS; i++) {
        /* all in one document: a quadratic matcher would not finish */
        fprintf(g, "d\t%u\tUSA\t%02u0\tIRQ\n", i, i % 20 + 1);
        fprintf(p, "d\t%u\tUSA\t%02u0\tIRQ\n", ROWS - 1 - i, (ROWS - 1 - i) % 20 + 1 + (i % 4 == 0));
    }
    rewind(g);
    rewind(p);
    arv_eval_opts o = {0, 0, 0, 0, 0.0, NULL};
    FILE *out = tmpfile();
    arv_eval_summary s;
    ck_assert_int_eq(arv_eval_run(&o, "g", g, "p", p, out, stderr, NULL, &s), 0);
    ck_assert_uint_eq(s.all.tp, ROWS - ROWS / 4);
    ck_assert_uint_eq(s.all.fp, ROWS / 4);
    fclose(g);
    fclose(p);
    fclose(out);
}
END_TEST

START_TEST(test_big_entities)
{
    enum { ROWS = 200000 };
    FILE *g = tmpfile(), *p = tmpfile();
    ck_assert_ptr_nonnull(g);
    ck_assert_ptr_nonnull(p);
    fputs(en_header, g);
    fputs(en_header, p);
    for (unsigned long i = 0; i < ROWS; i++) {
        fprintf(g, "d\t1\t%lu\t%lu\tPER\tx\t\n", 10 * i, 10 * i + 5);
        fprintf(p, "d\t1\t%lu\t%lu\tPER\tx\t\n", 10 * (ROWS - 1 - i) + 1, 10 * (ROWS - 1 - i) + 6);
    }
    rewind(g);
    rewind(p);
    arv_eval_opts o = {1, 0, 0, 0, 0.0, NULL};
    FILE *out = tmpfile();
    arv_eval_summary s;
    ck_assert_int_eq(arv_eval_run(&o, "g", g, "p", p, out, stderr, NULL, &s), 0);
    ck_assert_uint_eq(s.all.tp, 0);
    ck_assert_uint_eq(s.partial.tp, ROWS);
    fclose(g);
    fclose(p);
    fclose(out);
}
END_TEST

Suite *eval_suite(void)
{
    Suite *s = suite_create("eval");
    TCase *tc = tcase_create("helpers");
    tcase_add_loop_test(tc, test_actor_len, 0, N(actor_cases));
    tcase_add_loop_test(tc, test_root, 0, N(root_cases));
    tcase_add_test(tc, test_root_names);
    tcase_add_test(tc, test_scores);
    suite_add_tcase(s, tc);

    TCase *te = tcase_create("events");
    tcase_add_loop_test(te, test_events, 0, N(ev_cases));
    tcase_add_test(te, test_events_report);
    tcase_add_test(te, test_events_columns);
    tcase_add_loop_test(te, test_min_f1, 0, N(minf1_cases));
    tcase_add_test(te, test_confusion);
    tcase_add_test(te, test_confusion_negated);
    suite_add_tcase(s, te);

    TCase *tn = tcase_create("entities");
    tcase_add_loop_test(tn, test_entities, 0, N(en_cases));
    tcase_add_loop_test(tn, test_entities_random, 0, 10);
    tcase_add_test(tn, test_entities_report);
    tcase_add_test(tn, test_entities_empty_type);
    suite_add_tcase(s, tn);

    TCase *tx = tcase_create("errors+cli");
    tcase_add_loop_test(tx, test_errors, 0, N(err_cases));
    tcase_add_loop_test(tx, test_main, 0, N(main_cases));
    suite_add_tcase(s, tx);

    TCase *tb = tcase_create("big");
    tcase_set_timeout(tb, 60);
    tcase_add_test(tb, test_big);
    tcase_add_test(tb, test_big_entities);
    suite_add_tcase(s, tb);
    return s;
}
