/* doc.h: the engine and the per-document context (internal). */
#ifndef ARV_DOC_H
#define ARV_DOC_H
#include "arevent.h"
#include "arena.h"
#include "closed.h"
#include "diag.h"
#include "lexicon.h"
#include "token.h"

struct arv_engine {
    const arv_lexicon *lex[2];   /* user lexicon (may be NULL) first, then built-in */
    const arv_lexicon *common[2]; /* the same user lexicon, then the built-in common words */
    arv_lexicon *user;           /* owned: all --lexicon files */
    char **paths;                /* the --lexicon files (not owned) */
    size_t npaths;
    arv_diag diag;
};

typedef enum arv_mode { ARV_MODE_ASSERTED, ARV_MODE_INTENDED, ARV_MODE_NEGATED, ARV_MODE_NONFACT } arv_mode;

typedef struct arv_span { uint32_t start, end; } arv_span;

typedef enum arv_mention_kind {
    ARV_M_NAME,      /* a name: person, organization, place */
    ARV_M_AGENT,     /* a role noun phrase: الرئيس الأمريكي, الحكومة */
    ARV_M_PEOPLE,    /* a people: a nisba used as a noun (الليبيين), a sect or tribe (الشيعة) */
    ARV_M_DATE
} arv_mention_kind;

typedef struct arv_entity {
    arv_span span;               /* bytes, proclitics excluded */
    uint32_t first, last;        /* tokens */
    uint32_t sent;
    uint8_t type;                /* arv_etype */
    uint8_t named;               /* a named entity (written by `entities`); else a mention for events only */
    uint8_t kind;                /* arv_mention_kind */
    uint8_t place;               /* a town or region (not a country): where, rather than whom */
    uint8_t foreign;             /* foreign forces or mercenaries: UAF of no country (القوات الأجنبية) */
    uint8_t described;           /* a body found by its head and common nouns only (مركز التحكم) */
    const char *code;            /* CAMEO actor code or ISO date; arena or lexicon owned */
    const char *rule;            /* static: which rule found it */
    int32_t antecedent;          /* index of the full mention it links to, or -1 */
} arv_entity;

typedef struct arv_event {
    uint32_t sent;
    arv_span extent, source, target, theme, location, trigger;
    const char *source_code, *target_code, *event_code, *date;
    uint8_t mode;                /* arv_mode */
    const char *rule;
    const char *explain;         /* --explain: grammar tokens (arena) or NULL */
} arv_event;

struct arv_doc {
    const arv_engine *eng;
    arv_diag diag;
    arv_arena arena;
    const char *id, *text, *date;
    size_t len;
    uint32_t ymd;                /* document date as YYYYMMDD, 0 unknown */
    arv_view ran;
    arv_tokens tk;
    ARV_VEC(arv_match) matches;
    ARV_VEC(arv_closed) cw;      /* closed class of each token */
    ARV_VEC(int32_t) tmatch;     /* per token: index of the match starting there, or -1 */
    arv_lex_cache lcache;        /* first-token walks, kept across documents */
    ARV_VEC(arv_entity) ents;
    ARV_VEC(arv_event) evs;
    const unsigned *in_tok;      /* conll input tokens (start,end pairs) */
    size_t in_ntok;
    size_t frames, recoveries;
    unsigned explain;            /* events: keep the grammar tokens of each event */
    void *evstate;               /* events.c: state across the sentences of a run */
};

/* stages (each its own module) */
void arv_lookup_run(arv_doc *d);      /* lexicon matches over the sentences */
void arv_entities_run(arv_doc *d);    /* entity.c */
void arv_events_run(arv_doc *d);      /* events.c + gen/events_parser.c */

/* "YYYY-MM-DD..." → YYYYMMDD, 0 when not a date */
uint32_t arv_parse_iso_date(const char *s);
#endif
