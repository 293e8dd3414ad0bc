/* lexicon.h: dictionaries compiled into an automaton over normalized tokens, and
 * the clitic-aware longest-match matcher.
 *
 * The same builder (lexbuild.c) reads the dictionary files of grammar/lexicon
 * at build time (tools/lexgen writes its tables into gen/lexicon_tables.c) and
 * user files given with --lexicon at run time. */
#ifndef ARV_LEXICON_H
#define ARV_LEXICON_H
#include <stddef.h>
#include <stdint.h>
#include "arena.h"
#include "diag.h"
#include "token.h"

typedef enum arv_kind {
    ARV_K_ACTOR, ARV_K_AGENT, ARV_K_PLACE, ARV_K_NISBA, ARV_K_VERB, ARV_K_MASDAR, ARV_K_THEME,
    ARV_K_GIVEN,     /* a given name: starts a person's name */
    ARV_K_PEOPLE,    /* a sect, ethnic group, tribe or people of history: a group, no name */
    ARV_K_COMMON,    /* an ordinary noun or adjective: never a match, asked by arv_lexicon_common */
    ARV_K_COUNT
} arv_kind;

typedef enum arv_etype { ARV_T_NONE, ARV_T_PER, ARV_T_ORG, ARV_T_LOC, ARV_T_DATE, ARV_T_COUNT } arv_etype;

/* Verb frame flags: prepositions that introduce the target or theme. */
enum {
    ARV_P_ILA = 1 << 0,  /* إلى */
    ARV_P_LI = 1 << 1,   /* ل */
    ARV_P_BI = 1 << 2,   /* ب */
    ARV_P_ALA = 1 << 3,  /* على */
    ARV_P_MAA = 1 << 4,  /* مع */
    ARV_P_DIDD = 1 << 5, /* ضد */
    ARV_P_MIN = 1 << 6,  /* من */
    ARV_P_FI = 1 << 7,   /* في */
    ARV_P_AN = 1 << 8    /* عن */
};

typedef struct arv_lex_code {
    uint32_t str;          /* offset of the code in the string pool */
    uint32_t from, to;     /* validity YYYYMMDD; 0 = open */
} arv_lex_code;

typedef struct arv_lex_entry {
    uint8_t kind;          /* arv_kind */
    uint8_t type;          /* arv_etype */
    uint16_t preps;        /* verbs and verbal nouns: ARV_P_* */
    uint32_t code_first;   /* codes[code_first .. code_first+ncodes) */
    uint32_t ncodes;
    uint32_t phrase;       /* the entry as written (string pool), for messages and tests */
    uint32_t file, line;   /* source file name (string pool) and line */
} arv_lex_entry;

/* The surface forms are the words of a minimal acyclic automaton over
 * normalized bytes (a DAWG: common prefixes and suffixes stored once), kept
 * as little-endian bytes so that gen/ holds it as one string literal, which
 * compiles fast. A state is the byte offset of its record in `fsa`, the start
 * state 0:
 *   u16     edge count n | ARV_LEX_FINAL
 *   n       edge bytes, sorted
 *   n u32   target states
 *   n-1 u32 words that sort before those of edges 1..n-1 (edge 0: the
 *           state's own word when final, else none)
 * Words are numbered in byte order; the number of a word is the sum of the
 * skips along its path. `words` holds 6 bytes per word, u32 first entry and
 * u16 entry count: its entries are a run of `entries`, identical runs stored
 * once. */
enum { ARV_LEX_FINAL = 0x8000 };

typedef struct arv_lexicon {
    const unsigned char *fsa, *words;
    const arv_lex_entry *entries;
    const arv_lex_code *codes;
    const char *strings;
    size_t nfsa, nstates, nedges, nwords, nentries, ncodes, nstrings;
    void *owned;           /* run-time lexicons: the memory to free */
} arv_lexicon;

/* A place in the automaton: the state, and the number of words that sort
 * before the words through it. state == ARV_LEX_NONE: no such path. */
#define ARV_LEX_NONE UINT32_MAX
typedef struct arv_lex_pos {
    uint32_t state, word;
} arv_lex_pos;

/* Walks s[0..n) from p (the start is {0, 0}); ARV_LEX_NONE when it leaves
 * the automaton. */
arv_lex_pos arv_lexicon_step(const arv_lexicon *l, arv_lex_pos p, const char *s, size_t n);
/* Number of edges out of p's state, and edge k of them (its byte in *byte). */
size_t arv_lexicon_nedges(const arv_lexicon *l, arv_lex_pos p);
arv_lex_pos arv_lexicon_edge(const arv_lexicon *l, arv_lex_pos p, size_t k, uint8_t *byte);
/* Entries of the form that ends at p: their count (0 when none), the first
 * in *first (l->entries[*first ..]). */
size_t arv_lexicon_entries(const arv_lexicon *l, arv_lex_pos p, uint32_t *first);
/* Forms (a surface form of an entry) by kind, for lookup --stats. */
void arv_lexicon_count_forms(const arv_lexicon *l, size_t forms[ARV_K_COUNT]);

/* The lexicon compiled into gen/lexicon_tables.c, and the common words
 * (common.txt) compiled apart into gen/common_tables.c: they are asked
 * for only by arv_lexicon_common, and would slow every match down. */
const arv_lexicon *arv_lexicon_builtin(void);
const arv_lexicon *arv_lexicon_builtin_common(void);

/* Builder: add files, then compile. */
typedef struct arv_lexbuild arv_lexbuild;
arv_lexbuild *arv_lexbuild_new(arv_diag *d);
void arv_lexbuild_set_diag(arv_lexbuild *b, arv_diag *d);
/* Reads one dictionary file; returns the number of malformed lines (each
 * reported as FILE:LINE), -1 when it cannot be read. */
long arv_lexbuild_add_file(arv_lexbuild *b, const char *path);
/* Reads dictionary text from memory, path naming it in messages. */
long arv_lexbuild_add_text(arv_lexbuild *b, const char *path, const char *text, size_t len);
/* Compiles into a lexicon the caller frees with arv_lexicon_free; frees b. */
arv_lexicon *arv_lexbuild_finish(arv_lexbuild *b);
void arv_lexicon_free(arv_lexicon *l);
/* Writes the lexicon as C tables (gen/lexicon_tables.c), returned by the
 * function of that name. */
int arv_lexicon_write_c(const arv_lexicon *l, FILE *out, const char *function);

/* Inflected forms of a verb lemma line "PAST / PRESENT" (lexbuild.c):
 * appends NUL-separated forms to out (unnormalized); returns their count. */
size_t arv_verb_forms(const char *past, const char *present, arv_charvec *out);

/* A clitic reading of a normalized Arabic word: `prefix` bytes of proclitics
 * (و ف ب ك ل لل س and their combinations) and `suffix` bytes of an enclitic
 * pronoun (ه ها هم هما هن ك كم ني نا) around a stem of two letters or more. */
typedef struct arv_clitic {
    uint8_t prefix, suffix;
    uint8_t article;     /* the prefix is لل: the stem reads with ال (للأمم → الأمم) */
} arv_clitic;

/* All clitic readings of norm[0..len), the whole word first; returns how
 * many were written to out (at most max). Which one is right is for the
 * lexicon to say: لبنان has the reading ل + بنان, which no entry accepts. */
size_t arv_clitic_candidates(const char *norm, size_t len, arv_clitic *out, size_t max);

/* A dictionary match over tokens [first, last) of one sentence. */
typedef struct arv_match {
    uint32_t first, last;      /* token span */
    uint32_t start, end;       /* byte span, proclitics excluded */
    const arv_lexicon *lex;
    uint32_t entry_first;      /* lex->entries[entry_first .. +nentries) */
    uint16_t nentries;
    uint8_t prefix, suffix;    /* bytes of clitics stripped from the first / last token */
    uint8_t pronoun;           /* the suffix is an enclitic pronoun (دعوتها), not the accusative ا */
} arv_match;

/* Is the normalized word (n bytes) an ordinary noun or adjective of the
 * dictionaries (@kind common) in any of the nlex lexicons? Asked by the
 * entity rules of words that no other entry matches. */
int arv_lexicon_common(const arv_lexicon *const *lex, size_t nlex, const char *norm, size_t n);

/* The walks of a first token from the root under each clitic reading depend
 * on the word alone, and news repeats its words: a document context keeps
 * them across documents in this cache, by word, so that a repeated word
 * costs a hash lookup. It is emptied when full and whenever it is used with
 * other lexicons. Zero-initialize it; free with arv_lex_cache_free. */
typedef struct arv_lex_reading arv_lex_reading;
typedef struct arv_lex_cache {
    const arv_lexicon *lex[2];  /* the lexicons its readings were walked in */
    struct arv_lex_slot *slot;  /* open addressing, ARV_LEX_CACHE_SLOTS */
    size_t used;
    arv_charvec keys;
    ARV_VEC(arv_lex_reading) reads;
} arv_lex_cache;
void arv_lex_cache_free(arv_lex_cache *c);

/* Longest match starting at token i and ending before token end (user
 * lexicon first, then built-in); returns 1 and fills *m, or 0. With
 * ARV_LM_WHOLE the first token is only read whole (it is a known word, so
 * وزارة is never و + زار + ه). cache may be NULL; it serves at most two
 * lexicons (with more, the walks are not kept). */
enum { ARV_LM_WHOLE = 1 };
int arv_lexicon_match(const arv_lexicon *const *lex, size_t nlex, const arv_tokens *tk,
                      const char *text, size_t i, size_t end, unsigned flags, arv_lex_cache *cache,
                      arv_match *m);

/* The first entry of kind k of match m (NULL when m is NULL or has none). */
const arv_lex_entry *arv_match_entry(const arv_match *m, arv_kind k);

/* Code of entry e valid on date (YYYYMMDD, 0 = unknown): the dated code whose
 * range holds it, else the first undated code; "" when none. */
const char *arv_lex_code_for(const arv_lexicon *l, const arv_lex_entry *e, uint32_t date);
/* A role code that needs a country before it (GOV MIL COP ... as agents.txt
 * gives them). */
int arv_code_is_role(const char *code);
/* Does the code start with a country (LBY, USAGOV), rather than with an
 * international prefix (IGO NGO IMG MNC) or being a bare role? */
int arv_code_has_country(const char *code);
const char *arv_kind_name(arv_kind k);
const char *arv_etype_name(arv_etype t);
#endif
