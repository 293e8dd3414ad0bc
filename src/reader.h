/* reader.h: input documents from files or stdin (--input text|jsonl|conll).
 * Streams: memory is bounded by the largest document, not by the input. */
#ifndef ARV_READER_H
#define ARV_READER_H
#include <stddef.h>
#include <stdint.h>
#include "arena.h"
#include "diag.h"
#include "json.h"

typedef enum { ARV_IN_TEXT, ARV_IN_JSONL, ARV_IN_CONLL } arv_input_format;

typedef struct arv_reader_opts {
    arv_input_format format;
    arv_json_fields fields;   /* jsonl field names */
    const char *date;         /* --date: publication date of text and conll documents */
    int snn_fallback;         /* jsonl: without a text field, try url/content/date_extracted/title */
} arv_reader_opts;

typedef struct arv_input_doc {
    const char *id;           /* document id (arena-owned) */
    const char *text;         /* document text, text[len] == '\0' (arena-owned) */
    size_t len;
    const char *date;         /* YYYY-MM-DD or NULL */
    size_t title_len;         /* jsonl: the title occupies text[0..title_len), then "\n\n" */
    const uint32_t *tokens;   /* conll: ntokens pairs (start,end) of the input tokens */
    size_t ntokens;
    const uint32_t *token_line; /* conll: input line of each token, for messages */
} arv_input_doc;

typedef struct arv_reader arv_reader;

/* Opens path ("-" is stdin). NULL with a diagnostic when it cannot be opened.
 * The caller frees with arv_reader_close. */
arv_reader *arv_reader_open(const char *path, const arv_reader_opts *o, arv_diag *d);
/* Next document into *doc, its strings in arena a (valid until the arena is
 * reset). Returns 1 for a document, 0 at the end of input, -1 for a record
 * that could not be read (reported, counted by the caller, reading goes on). */
int arv_reader_next(arv_reader *r, arv_input_doc *doc, arv_arena *a);
void arv_reader_close(arv_reader *r);
#endif
