/* json.h: reading news documents from JSON (--input jsonl).
 *
 * Two pieces:
 *  - arv_json_split: a byte-fed splitter that finds where each top-level JSON
 *    value ends, so that a file holding one JSON object per line, or one
 *    top-level array of objects (the SaudiNewsNet day files), is streamed one
 *    object at a time with memory bounded by the largest object;
 *  - arv_json_object: parses one object (RFC 8259, re2c scanner in
 *    grammar/json.re) and extracts the string fields arevent needs.
 */
#ifndef ARV_JSON_H
#define ARV_JSON_H
#include <stddef.h>
#include "arena.h"

/* Maximum nesting depth accepted; deeper input is an error, not a crash. */
#define ARV_JSON_MAX_DEPTH 512

typedef struct arv_json_split {
    int stop_at_start;  /* option, 0 after init: report ARV_JSPLIT_START */
    /* private state */
    unsigned depth;
    int in_string, escape, in_array, started, state;
} arv_json_split;

typedef enum {
    ARV_JSPLIT_MORE,    /* consumed, no value ended yet */
    ARV_JSPLIT_VALUE,   /* a top-level object ended at *end (exclusive, relative to buf) */
    ARV_JSPLIT_ERROR,   /* stray byte between values at *end; caller skips to next line */
    ARV_JSPLIT_START    /* with stop_at_start: a value's '{' is just before *end */
} arv_json_split_result;

void arv_json_split_init(arv_json_split *s);
/* Feeds buf[*pos..len); stops after the first value ends (returns VALUE with
 * the end offset in *pos) or when the buffer is used up (MORE, *pos == len).
 * Whitespace, commas between elements, and an enclosing top-level '[' ... ']'
 * are skipped. Object values are returned; the bytes from the value's first
 * '{' to *pos are the object text. *value_start receives the offset of that '{'
 * when it lies inside buf, else it is left alone. */
arv_json_split_result arv_json_split_feed(arv_json_split *s, const char *buf, size_t len,
                                          size_t *pos, size_t *value_start);
/* After ARV_JSPLIT_START: the caller read the value itself (with
 * arv_json_object_prefix); the splitter goes on after it. Else the splitter
 * reads the value on the next feed, as without stop_at_start. */
void arv_json_split_skip_value(arv_json_split *s);

/* Field names to extract; any may be NULL (not wanted). */
typedef struct arv_json_fields {
    const char *id, *text, *date, *title;
} arv_json_fields;

typedef struct arv_json_str {
    const char *s;   /* unescaped UTF-8, NUL-terminated, arena-owned; NULL when absent */
    size_t len;
} arv_json_str;

typedef struct arv_json_doc {
    arv_json_str id, text, date, title;
    size_t lone_surrogates;  /* \uD800-\uDFFF escapes not in a pair: replaced by U+FFFD */
} arv_json_doc;

typedef struct arv_json_error {
    size_t offset;        /* byte offset of the error in the object text */
    const char *message;  /* static string, e.g. "unterminated string" */
} arv_json_error;

/* Parses the JSON object buf[0..len) (leading/trailing white space allowed).
 * Returns 0 and fills *out (all strings in arena a; the caller frees nothing,
 * the arena owns them), or -1 with *err set on a syntax error, a value that is
 * not an object, or nesting deeper than ARV_JSON_MAX_DEPTH. A wanted field whose
 * value is a number is returned as its text (ids are often numbers); other
 * non-string values count as absent. Escapes: \" \\ \/ \b \f \n \r \t \uXXXX,
 * surrogate pairs joined; bytes that are not valid UTF-8 inside strings are copied
 * unchanged (the tokenizer reports them with their document offset). */
int arv_json_object(const char *buf, size_t len, const arv_json_fields *f, arv_arena *a,
                    arv_json_doc *out, arv_json_error *err);
/* The same, also extracting the fields named by alt (may be NULL) into
 * *alt_out in the same pass: for a second set of field names to fall back on. */
int arv_json_object_alt(const char *buf, size_t len, const arv_json_fields *f, const arv_json_fields *alt,
                        arv_arena *a, arv_json_doc *out, arv_json_doc *alt_out, arv_json_error *err);
/* The same for an object that starts at buf[0] and ends somewhere in
 * buf[0..len), buf[len] being '\0'; what follows the object is not read, buf
 * is not written. Returns 0 and the object's length in *end, or -1 on a
 * syntax error or when buf ends inside the object: one pass where the
 * splitter and arv_json_object would take two (see reader.c). */
int arv_json_object_prefix(const char *buf, size_t len, const arv_json_fields *f, const arv_json_fields *alt,
                           arv_arena *a, arv_json_doc *out, arv_json_doc *alt_out, size_t *end);
#endif
