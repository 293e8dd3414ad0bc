/* arevent.h: the public interface of libarevent.
 *
 * An engine holds what is shared and read-only while documents are processed
 * (the lexicon); a document context holds everything of one document (its
 * arena, tokens, matches, entities and events). Nothing is global: several
 * threads may each run their own arv_doc over one arv_engine. */
#ifndef AREVENT_H
#define AREVENT_H
#include <stddef.h>
#include <stdio.h>

typedef struct arv_engine arv_engine;
typedef struct arv_doc arv_doc;

/* What a run computes and writes, in pipeline order. */
typedef enum arv_view {
    ARV_VIEW_TOKENS, ARV_VIEW_LOOKUP, ARV_VIEW_ENTITIES, ARV_VIEW_EVENTS
} arv_view;

typedef enum arv_format { ARV_FMT_TSV, ARV_FMT_JSONL, ARV_FMT_CONLL } arv_format;

enum {
    ARV_WRITE_ALL = 1,      /* events: write negated and non-factual events too */
    ARV_WRITE_EXPLAIN = 2,  /* events: add the grammar tokens behind each event */
    ARV_WRITE_ANERCORP = 4  /* conll: ANERcorp's conventions (no descriptions, heads left out) */
};

/* Engine with the built-in lexicon. Messages go to diag (may be NULL).
 * Free with arv_engine_free. */
arv_engine *arv_engine_new(FILE *diag);
/* Adds a dictionary file whose entries win over the built-in ones.
 * Returns the number of malformed lines (each reported as FILE:LINE), or -1
 * when the file cannot be read. */
long arv_engine_add_lexicon(arv_engine *e, const char *path);
void arv_engine_free(arv_engine *e);

/* Document context over an engine that outlives it. Free with arv_doc_free. */
arv_doc *arv_doc_new(const arv_engine *e, FILE *diag);
void arv_doc_free(arv_doc *d);
/* Processes one document up to the given view. text[len] must be '\0'.
 * id and date (YYYY-MM-DD or NULL) are copied. Returns the number of problems
 * reported for this document (0: clean). */
size_t arv_doc_run(arv_doc *d, const char *id, const char *text, size_t len,
                   const char *date, arv_view upto);
/* Events keep their grammar tokens for ARV_WRITE_EXPLAIN. */
void arv_doc_set_explain(arv_doc *d, int on);
/* CoNLL input: the input tokens as n (start,end) byte pairs into the text of
 * the last run, so that --format conll writes one line per input token. The
 * pairs must outlive the writing. */
void arv_doc_set_input_tokens(arv_doc *d, const unsigned *pairs, size_t n);
/* Writes the results of the last run; the header line (TSV) is written by
 * arv_write_header once per output. */
void arv_write_header(FILE *out, arv_view view, arv_format fmt, unsigned flags);
void arv_doc_write(const arv_doc *d, FILE *out, arv_view view, arv_format fmt, unsigned flags);

/* Counts of the last run, for --stats. */
typedef struct arv_doc_counts {
    size_t sentences, tokens, matches, entities, events, frames, recoveries;
} arv_doc_counts;
void arv_doc_counts_get(const arv_doc *d, arv_doc_counts *c);
#endif
