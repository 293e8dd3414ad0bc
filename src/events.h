/* events.h: what the Bison frame parser (grammar/events.y) and the frame
 * builder (events.c) share: grammar tokens of a sentence, noun phrases and
 * clause arguments collected while parsing, and the frame callbacks. */
#ifndef ARV_EVENTS_H
#define ARV_EVENTS_H
#include <stdint.h>
#include "doc.h"

/* Location of a grammar symbol: byte offsets in the document text. */
typedef struct arv_loc { uint32_t start, end; } arv_loc;

/* Semantic value: a grammar-token index (terminals), or a range [a, a+b)
 * of noun-phrase actors (np) or clause arguments (post). */
typedef struct arv_sv { int32_t a, b; } arv_sv;

/* One grammar token: a word or phrase of the sentence seen by the grammar. */
typedef struct arv_gtok {
    int sym;                 /* the parser's token kind */
    uint32_t first, last;    /* tokens [first, last) */
    uint32_t start, end;     /* bytes */
    int32_t ent;             /* ACTOR, DATE: entity index */
    int32_t match;           /* VERB, MASDAR, THEME: match index */
    uint16_t prep;           /* PREP: ARV_P_*; MOD: its class; VERB: ARV_CW_PARTICIPLE for a participle */
    uint8_t suffix;          /* VERB, MASDAR: an enclitic pronoun was stripped */
    uint8_t feminine;        /* VERB: ت agreement */
    const char *nisba;       /* OTHER: the country of a nisba adjective (شابا فلسطينيا), else NULL */
} arv_gtok;

typedef ARV_VEC(arv_gtok) arv_gtok_vec;

/* A clause argument: an optional preposition and what follows it. */
typedef enum { ARV_ARG_NP, ARV_ARG_THEME, ARV_ARG_MASDAR, ARV_ARG_DATE, ARV_ARG_OTHER, ARV_ARG_NECESSITY,
               ARV_ARG_AGENT } arv_arg_kind;
typedef struct arv_arg {
    uint8_t kind;            /* arv_arg_kind */
    uint16_t prep;           /* ARV_P_* of a preposition right before it, 0 none */
    int32_t tok;             /* grammar token (THEME, MASDAR, DATE, OTHER) */
    int32_t np, nnp;         /* ARV_ARG_NP: actors np_actor[np .. np+nnp) */
} arv_arg;

typedef struct arv_parse {
    arv_doc *d;
    const arv_gtok *g;       /* the sentence's grammar tokens */
    size_t ng, pos;          /* count, next to read */
    uint32_t sent;
    ARV_VEC(int32_t) np_actor; /* entity indices of noun phrases, contiguous per np */
    ARV_VEC(arv_arg) args;
    int32_t last_np, last_nnp; /* the latest free-standing noun phrase (SVO subject) */
    uint32_t last_np_end;    /* its end (bytes) */
    int last_np_comp;        /* it follows a complementizer: إن X، رئيس ...، التقى */
    int32_t clause_subject;  /* subject of the latest clause of this sentence, for ودعا after a clause */
    int32_t speaker;         /* entity speaking in this sentence (قال X إن ...), -1 */
    int32_t given_subject;   /* subject a caller fixed for the next frame (هجوم شنته: the clause's), -1 */
    int32_t light_masdar;    /* the verbal noun a light verb made the event (نفذت هجوما), -1 */
    int32_t first_nonfact;   /* the first question or condition word of the sentence, -1 */
    ARV_VEC(int32_t) dates;  /* grammar tokens that are dates with a code, in order */
    size_t recoveries;
} arv_parse;

/* Frame callbacks (events.c), called by the grammar's actions. */
void arv_frame_clause(arv_parse *P, int32_t head, arv_sv post);
void arv_frame_np(arv_parse *P, arv_sv np, uint32_t start, uint32_t end);
#endif
