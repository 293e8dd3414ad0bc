/* eval.h: `arevent eval`, scoring predicted events or entities (TSV) against
 * gold ones (TSV of the same shape). Matching is one-to-one by sorting, so it
 * is O(n log n) on big files. See arv_eval_main for the command line. */
#ifndef ARV_EVAL_H
#define ARV_EVAL_H
#include <stddef.h>
#include <stdio.h>
#include "arena.h"
#include "diag.h"

/* The `arevent eval` command; argv[0] is "eval". Returns the exit status:
 * 0 fine, 1 headline F1 below --min-f1, 2 usage error or bad input. */
int arv_eval_main(int argc, char **argv);

typedef struct arv_eval_opts {
    int entities;          /* --entities: score entities instead of events */
    int level_code;        /* --level code: full CAMEO code, else the root */
    int actors_full;       /* --actors full: whole actor codes, else country */
    int has_min_f1;        /* --min-f1 given */
    double min_f1;
    const char *confusion; /* --confusion FILE, NULL if not asked */
} arv_eval_opts;

typedef struct arv_eval_counts { size_t tp, fp, fn; } arv_eval_counts;

/* What a run found, for tests and callers that do not parse the report. */
typedef struct arv_eval_summary {
    arv_eval_counts all;       /* events: all kept rows; entities: exact, all types */
    arv_eval_counts partial;   /* entities: overlap match, all types */
    arv_eval_counts headline;  /* events: = all; entities: exact PER+LOC+ORG */
    arv_eval_counts root[21];  /* events: per CAMEO root 1..20, [0] = not a root */
    size_t gold_neg_ignored, pred_neg_ignored;  /* events: dropped negated rows */
    double f1, headline_f1;    /* as printed (rounded to 3 decimals) */
} arv_eval_summary;

/* Scores PRED against GOLD, both already open (names are for messages).
 * Writes the report to out, diagnostics to err. When confusion_out is not
 * NULL the confusion table goes there (events only), else to the file
 * o->confusion if set. sum may be NULL. Returns the exit status as
 * arv_eval_main. Reads the streams to the end; does not close them. */
int arv_eval_run(const arv_eval_opts *o, const char *gold_name, FILE *gold, const char *pred_name, FILE *pred,
                 FILE *out, FILE *err, FILE *confusion_out, arv_eval_summary *sum);

/* Length of the part of an actor code that is compared: whole code with
 * full != 0, else the country (3 letters; 6 for IGO/NGO/IMG/MNC codes). */
size_t arv_eval_actor_len(const char *code, int full);
/* CAMEO root 1..20 of an event code ("194" -> 19), 0 when it has none. */
int arv_eval_root(const char *code);
/* Short name of root 1..20 ("statement"...), "other" for 0. */
const char *arv_eval_root_name(int root);
/* Precision, recall and F1 of c; 0 when a denominator is 0, except that
 * nothing to find and nothing found (tp = fp = fn = 0) scores 1. */
double arv_eval_precision(arv_eval_counts c);
double arv_eval_recall(arv_eval_counts c);
double arv_eval_f1(arv_eval_counts c);
#endif
