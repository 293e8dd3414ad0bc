/* check_lexicon.c: the dictionary compiler and the matcher: every built-in
 * entry is found in a sentence built around it, clitics and their false
 * friends, verb forms, dated codes, run-time precedence, malformed lines,
 * and the minimal automaton (sizes, shared states keeping their own codes). */
#include <check.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "arevent.h"
#include "doc.h"
#include "closed.h"
#include "lexicon.h"
#include "suites.h"

static arv_diag quiet = {NULL, 0, 0};

static arv_lexicon *build(const char *text, long *bad)
{
    quiet.warnings = quiet.errors = 0;
    arv_lexbuild *b = arv_lexbuild_new(&quiet);
    long r = arv_lexbuild_add_text(b, "test.txt", text, strlen(text));
    if (bad) *bad = r;
    return arv_lexbuild_finish(b);
}

/* The first match in `sentence` with lexicons lex (NULL-terminated pair). */
static int first_match(const arv_lexicon *const *lex, size_t nlex, const char *sentence, size_t at, arv_match *m,
                       arv_tokens *tk)
{
    arv_tokenize(sentence, strlen(sentence), tk, "t", &quiet);
    if (at >= tk->tok.n) return 0;
    return arv_lexicon_match(lex, nlex, tk, sentence, at, tk->tok.n, 0, NULL, m);
}

/* ---- every form of the built-in lexicon, in a sentence ---- */

typedef struct walk {
    const arv_lexicon *l;
    char key[1024];
    size_t checked, failed;
    arv_tokens tk;
} walk;

static void check_key(walk *w, arv_lex_pos node, size_t len)
{
    uint32_t first;
    if (arv_lexicon_entries(w->l, node, &first)) {
        /* a walk in byte order meets the words in the order they are numbered */
        if (node.word != w->checked && w->failed++ < 10)
            fprintf(stderr, "form '%.*s' is word %u, expected %zu\n", (int)len, w->key, node.word, w->checked);
        char sentence[1200];
        snprintf(sentence, sizeof sentence, "قال %.*s .", (int)len, w->key);
        const arv_lexicon *lex[1] = {w->l};
        arv_match m;
        const arv_lex_entry *want = &w->l->entries[first];
        int ok;
        if (want->kind == ARV_K_COMMON)  /* no reading of a token (but a verbal noun of the same form is) */
            ok = arv_lexicon_common(lex, 1, w->key, len) &&
                 !(first_match(lex, 1, sentence, 1, &m, &w->tk) && m.nentries == 1 && arv_match_entry(&m, ARV_K_COMMON));
        else
            ok = first_match(lex, 1, sentence, 1, &m, &w->tk) && m.prefix == 0 && arv_match_entry(&m, (arv_kind)want->kind);
        if (ok && want->kind != ARV_K_COMMON) {
            /* the match holds the whole form, and the same code on an unknown date */
            const arv_lex_entry *got = arv_match_entry(&m, (arv_kind)want->kind);
            ok = m.end >= 4 + len && !strcmp(arv_lex_code_for(m.lex, got, 0), arv_lex_code_for(w->l, want, 0));
        }
        w->checked++;
        if (!ok && w->failed++ < 10)
            fprintf(stderr, "lexicon form not found as %s: '%.*s' (%s:%u)\n", arv_kind_name((arv_kind)want->kind),
                    (int)len, w->key, w->l->strings + want->file, want->line);
    }
    for (size_t e = 0, n = arv_lexicon_nedges(w->l, node); e < n && len + 1 < sizeof w->key; e++) {
        uint8_t byte;
        arv_lex_pos to = arv_lexicon_edge(w->l, node, e, &byte);
        w->key[len] = (char)byte;
        check_key(w, to, len + 1);
    }
}

START_TEST(test_every_builtin_form)
{
    walk *w = calloc(1, sizeof *w);
    w->l = arv_lexicon_builtin();
    check_key(w, (arv_lex_pos){0, 0}, 0);
    ck_assert_uint_gt(w->checked, 10000);
    ck_assert_uint_eq(w->checked, w->l->nwords);
    ck_assert_msg(w->failed == 0, "%zu of %zu forms not found", w->failed, w->checked);
    arv_tokens_free(&w->tk);
    free(w);
}
END_TEST

/* ---- clitics and false friends, over the built-in lexicon ---- */
static const struct { const char *sentence; size_t at; const char *kind; const char *surface; } clitic_cases[] = {
    {"وصل بواشنطن", 1, "actor", "واشنطن"},
    {"رحب الأمين العام للأمم المتحدة", 3, "actor", "لأمم المتحدة"},
    {"قال والجيش", 1, NULL, NULL},          /* a role noun alone is no actor here */
    {"سافر إلى لبنان", 2, "actor", "لبنان"}, /* never ل + بنان */
    {"زار بيروت", 1, "place", "بيروت"},
    {"من بريطانيا", 1, "actor", "بريطانيا"},
    {"إلى فرنسا", 1, "actor", "فرنسا"},
    {"ودعت الوزارة", 0, "verb", "دعت"},
    {"وسيدعو", 0, "verb", "يدعو"},
    {"كررت دعوتها", 1, "masdar", "دعوتها"},
    {"أشادت بجهود مصر", 0, "verb", "أشادت"},
    {"في وزارة الخارجية", 1, NULL, NULL},    /* وزارة is never و + زار + ه */
    {"كان في قبضة الحوثيين", 2, NULL, NULL},     /* قبضة (ة) is never قبض + ه */
    {"ثم قبضه الشرطي", 1, "verb", "قبضه"},            /* ... but قبضه (ه) is */
};

START_TEST(test_clitics)
{
    const arv_lexicon *lex[1] = {arv_lexicon_builtin()};
    arv_tokens tk = {0};
    arv_match m;
    const char *s = clitic_cases[_i].sentence;
    int found = first_match(lex, 1, s, clitic_cases[_i].at, &m, &tk);
    if (clitic_cases[_i].kind == NULL) {
        /* either nothing, or no verb reading (the false friend) */
        if (found) ck_assert_ptr_null(arv_match_entry(&m, ARV_K_VERB));
    } else {
        ck_assert_msg(found, "no match in '%s'", s);
        int kind_found = 0;
        for (uint16_t k = 0; k < m.nentries; k++)
            kind_found |= !strcmp(arv_kind_name((arv_kind)m.lex->entries[m.entry_first + k].kind), clitic_cases[_i].kind);
        ck_assert_msg(kind_found, "'%s': not a %s", s, clitic_cases[_i].kind);
        size_t n = strlen(clitic_cases[_i].surface);
        ck_assert_uint_eq(m.end - m.start, n);
        ck_assert(memcmp(s + m.start, clitic_cases[_i].surface, n) == 0);
    }
    arv_tokens_free(&tk);
}
END_TEST

/* The cache of first-token walks changes no match: each clitic case, read
 * without it, into it and out of it, gives the same; and a cache filled in
 * one lexicon is emptied for another (سرت is a town in one, nothing in the
 * other). */
static int same_match(const arv_match *a, const arv_match *b)
{
    return a->first == b->first && a->last == b->last && a->start == b->start && a->end == b->end &&
           a->lex == b->lex && a->entry_first == b->entry_first && a->nentries == b->nentries &&
           a->prefix == b->prefix && a->suffix == b->suffix && a->pronoun == b->pronoun;
}

START_TEST(test_cache_same)
{
    const arv_lexicon *lex[2] = {NULL, arv_lexicon_builtin()};
    arv_lex_cache cache = {0};
    arv_tokens tk = {0};
    const char *s = clitic_cases[_i].sentence;
    arv_tokenize(s, strlen(s), &tk, "t", &quiet);
    for (size_t at = 0; at < tk.tok.n; at++) {
        arv_match plain, cold, warm;
        int f0 = arv_lexicon_match(lex, 2, &tk, s, at, tk.tok.n, 0, NULL, &plain);
        int f1 = arv_lexicon_match(lex, 2, &tk, s, at, tk.tok.n, 0, &cache, &cold);
        int f2 = arv_lexicon_match(lex, 2, &tk, s, at, tk.tok.n, 0, &cache, &warm);
        ck_assert_int_eq(f0, f1);
        ck_assert_int_eq(f0, f2);
        if (!f0) continue;
        ck_assert(same_match(&plain, &cold) && same_match(&plain, &warm));
    }
    arv_tokens_free(&tk);
    /* a word of no reading, first into an empty cache, then out of it (the
     * cache then holds no reading at all: the fuzzer's case) */
    arv_lex_cache empty = {0};
    const char *none = "ثثثظ ثثثظ";
    arv_tokenize(none, strlen(none), &tk, "t", &quiet);
    arv_match m;
    for (size_t at = 0; at < tk.tok.n; at++)
        ck_assert(!arv_lexicon_match(lex, 2, &tk, none, at, tk.tok.n, 0, &empty, &m));
    arv_tokens_free(&tk);
    arv_lex_cache_free(&empty);
    arv_lexicon *other = build("@kind given\nزيد\n", NULL);
    const arv_lexicon *lex2[2] = {NULL, other};
    const char *town = "زار سرت";
    arv_tokenize(town, strlen(town), &tk, "t", &quiet);
    ck_assert(arv_lexicon_match(lex, 2, &tk, town, 1, tk.tok.n, 0, &cache, &m));
    ck_assert(!arv_lexicon_match(lex2, 2, &tk, town, 1, tk.tok.n, 0, &cache, &m));
    arv_tokens_free(&tk);
    arv_lexicon_free(other);
    arv_lex_cache_free(&cache);
}
END_TEST

/* ---- clitic candidates: word → readings that must be among them ---- */
static const struct { const char *word; size_t n; struct { int p, s; } must[4]; } cand_cases[] = {
    {"بواشنطن", 2, {{0, 0}, {2, 0}, {-1, -1}}},        /* whole, ب + واشنطن */
    {"لبنان", 2, {{0, 0}, {2, 0}, {-1, -1}}},          /* ل + بنان is a candidate the lexicon rejects */
    {"دعوتها", 2, {{0, 0}, {0, 4}, {-1, -1}}},
    {"وبالجيش", 3, {{0, 0}, {2, 0}, {4, 0}, {-1, -1}}},
    {"للامم", 3, {{0, 0}, {2, 0}, {4, 0}, {-1, -1}}},
    {"قال", 1, {{0, 0}, {-1, -1}}},                   /* too short for any split */
};

START_TEST(test_clitic_candidates)
{
    arv_clitic c[64];
    const char *w = cand_cases[_i].word;
    size_t n = arv_clitic_candidates(w, strlen(w), c, 64);
    ck_assert_uint_ge(n, cand_cases[_i].n);
    ck_assert_uint_eq(c[0].prefix, 0);  /* the whole word first */
    ck_assert_uint_eq(c[0].suffix, 0);
    for (size_t k = 0; cand_cases[_i].must[k].p >= 0; k++) {
        int found = 0;
        for (size_t j = 0; j < n; j++)
            found |= c[j].prefix == cand_cases[_i].must[k].p && c[j].suffix == cand_cases[_i].must[k].s;
        ck_assert_msg(found, "%s: no reading %d+%d", w, cand_cases[_i].must[k].p, cand_cases[_i].must[k].s);
    }
    for (size_t j = 0; j < n; j++) ck_assert_uint_ge(strlen(w) - c[j].prefix - c[j].suffix, 4);
}
END_TEST

/* ---- verb forms from a lemma line ---- */
static const struct { const char *past, *present; const char *must[8]; } verb_cases[] = {
    {"دعا", "يدعو", {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", NULL}},
    {"قصف", "يقصف", {"قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "يقصفون", "نقصف", NULL}},
    {"رمى", "يرمي", {"رمى", "رمت", "رموا", "يرمي", "ترمي", "يرمون", NULL}},
    {"اتفق", "يتفق", {"اتفق", "اتفقت", "اتفقوا", "يتفق", "تتفق", "يتفقون", NULL}},
    {"أجرى محادثات", "يجري محادثات", {"أجرى محادثات", "أجرت محادثات", "يجري محادثات", "تجري محادثات", NULL}},
};

START_TEST(test_verb_forms)
{
    arv_charvec v = {0};
    size_t n = arv_verb_forms(verb_cases[_i].past, verb_cases[_i].present, &v);
    ck_assert_uint_gt(n, 8);
    for (const char *const *f = verb_cases[_i].must; *f; f++) {
        int found = 0;
        const char *p = v.v;
        for (size_t k = 0; k < n; k++, p += strlen(p) + 1) found |= !strcmp(p, *f);
        ck_assert_msg(found, "%s / %s: no form %s", verb_cases[_i].past, verb_cases[_i].present, *f);
    }
    free(v.v);
}
END_TEST

/* ---- dated codes: the code valid on the document's date ---- */
static const struct { uint32_t date; const char *code; } dated_cases[] = {
    {20120101, "IRQGOV"}, {20101221, "IRQGOV"}, {20140908, "IRQGOV"}, {20140909, "IRQELI"},
    {20050101, "IRQELI"}, {0, "IRQELI"}, {20200101, "IRQELI"},
};

START_TEST(test_dated_codes)
{
    arv_lexicon *l = build("@kind actor\n@type PER\nنوري المالكي | IRQGOV[20101221-20140908] IRQELI\n", NULL);
    ck_assert_uint_eq(quiet.errors, 0);
    const arv_lexicon *lex[1] = {l};
    arv_tokens tk = {0};
    arv_match m;
    ck_assert(first_match(lex, 1, "نوري المالكي", 0, &m, &tk));
    ck_assert_str_eq(arv_lex_code_for(l, arv_match_entry(&m, ARV_K_ACTOR), dated_cases[_i].date), dated_cases[_i].code);
    arv_tokens_free(&tk);
    arv_lexicon_free(l);
}
END_TEST

/* ---- the minimal automaton: sizes of small lexicons (an Arabic letter is 2
 * bytes: سرت is 6 bytes, 7 states in a chain) ---- */
static const struct { const char *text; size_t states, edges, words, entries; } min_cases[] = {
    {"@kind place\nسرت | LBY\n", 7, 6, 1, 1},
    /* برت shares every state after its first letter with سرت: one more edge, no state */
    {"@kind place\nسرت | LBY\nبرت | EGY\n", 7, 7, 2, 2},
    /* one form, two entries: one word with a run of two */
    {"@kind place\nسرت | LBY\nسرت | EGY\n", 7, 6, 1, 2},
    /* a form that is a prefix of another: a final state inside the chain */
    {"@kind place\nسرت | LBY\nسر | EGY\n", 7, 6, 2, 2},
    {"@kind nisba\nليبي | LBY\n", 0, 0, 0, 1},                      /* 18 forms, one entry stored once */
    {"@kind verb\nدعا / يدعو | 010 | إلى | -\n", 0, 0, 0, 1},       /* all forms share one entry */
    {"", 1, 0, 0, 0},                                               /* empty: the start state only */
};

START_TEST(test_minimal_sizes)
{
    arv_lexicon *l = build(min_cases[_i].text, NULL);
    ck_assert_uint_eq(quiet.errors, 0);
    if (min_cases[_i].states) {
        ck_assert_uint_eq(l->nstates, min_cases[_i].states);
        ck_assert_uint_eq(l->nedges, min_cases[_i].edges);
        ck_assert_uint_eq(l->nwords, min_cases[_i].words);
    }
    ck_assert_uint_eq(l->nentries, min_cases[_i].entries);
    arv_lexicon_free(l);
}
END_TEST

/* ---- shared suffixes with different codes: each form keeps its own ---- */
static const char suffix_lexicon[] = "@kind actor\n@type PER\n"
                                     "محمد العلي | AAAGOV\nأحمد العلي | BBBGOV\nعلي العلي | CCCMIL\n"
                                     "محمد العلي الكبير | DDDELI\nالعلي | EEEBUS\n"
                                     "@kind place\nالعلي | FFF\n";
static const struct { const char *sentence; const char *code; const char *place; uint32_t last; } suffix_cases[] = {
    {"محمد العلي", "AAAGOV", NULL, 2},
    {"أحمد العلي", "BBBGOV", NULL, 2},
    {"علي العلي", "CCCMIL", NULL, 2},
    {"محمد العلي الكبير", "DDDELI", NULL, 3},   /* the longest match */
    {"العلي", "EEEBUS", "FFF", 1},               /* two entries of one form */
    {"محمد الكبير", NULL, NULL, 0},             /* محمد alone is no form */
};

START_TEST(test_shared_suffixes)
{
    arv_lexicon *l = build(suffix_lexicon, NULL);
    ck_assert_uint_eq(quiet.errors, 0);
    const arv_lexicon *lex[1] = {l};
    arv_tokens tk = {0};
    arv_match m;
    int found = first_match(lex, 1, suffix_cases[_i].sentence, 0, &m, &tk);
    if (!suffix_cases[_i].code) {
        ck_assert_int_eq(found, 0);
    } else {
        ck_assert(found);
        ck_assert_uint_eq(m.last, suffix_cases[_i].last);
        ck_assert_str_eq(arv_lex_code_for(l, arv_match_entry(&m, ARV_K_ACTOR), 0), suffix_cases[_i].code);
        const arv_lex_entry *pl = arv_match_entry(&m, ARV_K_PLACE);
        if (suffix_cases[_i].place) ck_assert_str_eq(arv_lex_code_for(l, pl, 0), suffix_cases[_i].place);
        else ck_assert_ptr_null(pl);
    }
    arv_tokens_free(&tk);
    arv_lexicon_free(l);
}
END_TEST

/* One state, reached by two forms with different codes: the word number,
 * not the state, chooses the entries. */
START_TEST(test_state_of_two_words)
{
    arv_lexicon *l = build("@kind place\nسرت | LBY\nبرت | EGY\n", NULL);
    const arv_lex_pos start = {0, 0};
    arv_lex_pos a = arv_lexicon_step(l, start, "سرت", strlen("سرت"));
    arv_lex_pos b = arv_lexicon_step(l, start, "برت", strlen("برت"));
    ck_assert_uint_ne(a.state, ARV_LEX_NONE);
    ck_assert_uint_eq(a.state, b.state);
    ck_assert_uint_ne(a.word, b.word);
    uint32_t fa, fb;
    ck_assert_uint_eq(arv_lexicon_entries(l, a, &fa), 1);
    ck_assert_uint_eq(arv_lexicon_entries(l, b, &fb), 1);
    ck_assert_str_eq(arv_lex_code_for(l, &l->entries[fa], 0), "LBY");
    ck_assert_str_eq(arv_lex_code_for(l, &l->entries[fb], 0), "EGY");
    ck_assert_uint_eq(arv_lexicon_step(l, start, "ترت", strlen("ترت")).state, ARV_LEX_NONE);
    ck_assert_uint_eq(arv_lexicon_entries(l, arv_lexicon_step(l, start, "سر", strlen("سر")), &fa), 0);
    arv_lexicon_free(l);
}
END_TEST

/* The built-in tables and a run-time build of the same dictionaries are the
 * same automaton: one builder for both. */
START_TEST(test_builtin_is_built)
{
    glob_t g0;
    ck_assert_int_eq(glob("../grammar/lexicon/*.txt", 0, NULL, &g0), 0);
    arv_lexbuild *b = arv_lexbuild_new(&quiet);
    for (size_t i = 0; i < g0.gl_pathc; i++)
        if (!strstr(g0.gl_pathv[i], "/common.txt") && !strstr(g0.gl_pathv[i], "/stopwords.txt"))
            ck_assert_int_eq(arv_lexbuild_add_file(b, g0.gl_pathv[i]), 0);
    globfree(&g0);
    arv_lexicon *l = arv_lexbuild_finish(b);
    const arv_lexicon *g = arv_lexicon_builtin();
    ck_assert_uint_eq(l->nstates, g->nstates);
    ck_assert_uint_eq(l->nedges, g->nedges);
    ck_assert_uint_eq(l->nwords, g->nwords);
    ck_assert_uint_eq(l->nentries, g->nentries);
    ck_assert_uint_eq(l->nfsa, g->nfsa);
    ck_assert(!memcmp(l->fsa, g->fsa, g->nfsa + 6 * g->nwords));
    arv_lexicon_free(l);
    /* the common words and stopwords apart: all of them, and none in the lexicon of matches */
    b = arv_lexbuild_new(&quiet);
    ck_assert_int_eq(arv_lexbuild_add_file(b, "../grammar/lexicon/common.txt"), 0);
    ck_assert_int_eq(arv_lexbuild_add_file(b, "../grammar/lexicon/stopwords.txt"), 0);
    l = arv_lexbuild_finish(b);
    const arv_lexicon *gc = arv_lexicon_builtin_common();
    ck_assert_uint_gt(gc->nwords, 10000);
    ck_assert_uint_eq(l->nwords, gc->nwords);
    ck_assert(!memcmp(l->fsa, gc->fsa, gc->nfsa + 6 * gc->nwords));
    size_t forms[ARV_K_COUNT];
    arv_lexicon_count_forms(g, forms);
    ck_assert_uint_eq(forms[ARV_K_COMMON], 0);
    arv_lexicon_free(l);
}
END_TEST

/* ---- malformed lines: an error with the line number, never a silent skip ---- */
static const struct { const char *text; long bad; } bad_cases[] = {
    {"@kind actor\n@type PER\nمايك بومبيو | USAGOV\n", 0},
    /* a phrase that starts with a bare haraka: a token of no letters (fuzz_lexicon, UB before) */
    {"@kind agent\n@type ORG\n\xd9\x8c\xd8\xb2\xd9\x8a\xd8\xb1 الخارجية | GOV\n", 0},
    {"@kind actor\n@type PER\nمايك بومبيو\n", 1},                      /* missing code */
    {"@kind actor\nمايك بومبيو | USAGOV\n", 1},                       /* no @type */
    {"مايك بومبيو | USAGOV\n", 1},                                    /* no @kind */
    {"@kind actor\n@type PER\nبومبيو | usagov\n", 1},                 /* lower case */
    {"@kind actor\n@type PER\nبومبيو | USAGOV[2018-2021]\n", 1},      /* bad dates */
    {"@kind actor\n@type PER\nبومبيو | USAGOV[20210101-20180101]\n", 1},
    {"@kind place\nسرت | LY\n", 1},                                   /* not 3 letters */
    {"@kind place\nالبحر الأحمر | -\n", 0},                           /* no one country */
    {"@kind actor\n@type PER\nنجيب محفوظ | -\n", 0},                 /* a name of no CAMEO actor */
    {"@kind agent\n@type ORG\nالجيش | -\n", 1},                     /* a role noun needs its role */
    {"@kind verb\nدعا يدعو | 020 | إلى | دعوة\n", 1},                 /* no ' / ' */
    {"@kind verb\nدعا / يدعو | 02x | إلى | دعوة\n", 1},
    {"@kind verb\nدعا / يدعو | 020 | نحو | دعوة\n", 1},              /* unknown preposition */
    {"@kind theme\nالحوار | chat\n", 1},
    {"@kind weapon\n", 1},
    {"@kind actor\n@type XYZ\n", 1},
    {"@kind actor\n@type ORG\nحماس | PSEREB | extra\n", 1},
    {"# only a comment\n\n   \n", 0},
    {"@kind given\nمحمد\nعبد الله\n", 0},
    {"@kind given\nمحمد | X\n", 1},
    {"@kind given\nجمال | noun\n", 0},                              /* also a noun in construct */
    {"@kind given\nعادل | adj\n", 0},                               /* also an adjective */
    {"@kind given\nعادل | adjective\n", 1},
    {"@kind given\nجمال | noun | noun\n", 1},
    {"@kind common\nجديد\nمجموعة\n", 0},
    {"@kind people\nالدروز | DRZ\nالماوري | -\n", 0},              /* no @type: a group is ORG */
    {"@kind people\nالدروز\n", 1},                                  /* code or - */
    {"@kind people\nالدروز | drz\n", 1},
    {"@kind common\nجديد | ADJ\n", 1},
};

START_TEST(test_bad_lines)
{
    long bad;
    arv_lexicon *l = build(bad_cases[_i].text, &bad);
    ck_assert_int_eq(bad, bad_cases[_i].bad);
    ck_assert_uint_eq(quiet.errors, (unsigned long)bad_cases[_i].bad);
    arv_lexicon_free(l);
}
END_TEST

START_TEST(test_error_names_file_and_line)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    arv_diag d = {f, 0, 0};
    arv_lexbuild *b = arv_lexbuild_new(&d);
    const char *text = "@kind actor\n@type PER\n\n# c\nبومبيو | usagov\n";
    ck_assert_int_eq(arv_lexbuild_add_text(b, "persons.txt", text, strlen(text)), 1);
    arv_lexicon_free(arv_lexbuild_finish(b));
    fclose(f);
    ck_assert_msg(strstr(buf, "arevent: persons.txt:5: error:") != NULL, "got: %s", buf);
    free(buf);
}
END_TEST

/* ---- --lexicon: user entries win over built-in ones ---- */
START_TEST(test_user_precedence)
{
    char path[] = "/tmp/arevent-lexXXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    const char *text = "@kind actor\n@type ORG\nليبيا | XYZGOV\nجماعة المختبر | ABCREB\n";
    ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    arv_engine *e = arv_engine_new(NULL);
    ck_assert_int_eq(arv_engine_add_lexicon(e, path), 0);
    arv_doc *d = arv_doc_new(e, NULL);
    const char *s = "زار ليبيا وفد جماعة المختبر";
    arv_doc_run(d, "t", s, strlen(s), NULL, ARV_VIEW_LOOKUP);
    /* ليبيا is token 1, جماعة المختبر tokens 3-4 */
    int32_t a = d->tmatch.v[1], b = d->tmatch.v[3];
    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    const arv_match *ma = &d->matches.v[a], *mb = &d->matches.v[b];
    ck_assert_str_eq(arv_lex_code_for(ma->lex, &ma->lex->entries[ma->entry_first], 0), "XYZGOV");
    ck_assert_str_eq(arv_lex_code_for(mb->lex, &mb->lex->entries[mb->entry_first], 0), "ABCREB");
    ck_assert_uint_eq(mb->last, 5);
    arv_doc_free(d);
    arv_engine_free(e);
    unlink(path);
}
END_TEST

/* A common word is never a reading of a token, but arv_lexicon_common knows
 * it, normalized; a word listed both as given name and common stays a
 * given name. */
START_TEST(test_common_words)
{
    long bad;
    arv_lexicon *l = build("@kind common\nمجموعة\nجديد\n@kind given\nجديد\n", &bad);
    ck_assert_int_eq(bad, 0);
    const arv_lexicon *lex[1] = {l};
    ck_assert_int_eq(arv_lexicon_common(lex, 1, "مجموعه", strlen("مجموعه")), 1);
    ck_assert_int_eq(arv_lexicon_common(lex, 1, "مجموع", strlen("مجموع")), 0);
    arv_tokens tk = {0};
    arv_match m;
    ck_assert_int_eq(first_match(lex, 1, "قاد مجموعة كبيرة", 1, &m, &tk), 0);
    ck_assert_int_eq(first_match(lex, 1, "قاد جديد الفريق", 1, &m, &tk), 1);
    ck_assert_ptr_nonnull(arv_match_entry(&m, ARV_K_GIVEN));
    arv_tokens_free(&tk);
    arv_lexicon_free(l);
}
END_TEST

/* words of sports news, normalized, with and without a proclitic */
static const struct { const char *norm; int sport; } sport_cases[] = {
    {"المباراه", 1}, {"والمدرب", 1}, {"بالدوري", 1}, {"للاعبين", 1}, {"لاعبين", 1}, {"المنتخب", 1},
    {"الحكومه", 0}, {"الجيش", 0}, {"الهدف", 0}, {"و", 0}, {"", 0},
};

START_TEST(test_sport_words)
{
    const char *w = sport_cases[_i].norm;
    ck_assert_msg(arv_closed_sport(w, strlen(w)) == sport_cases[_i].sport, "'%s'", w);
}
END_TEST

/* frame words of the event builder, one class each */
static const struct { const char *norm; arv_frame_word cls; } frame_cases[] = {
    {"برئاسه", ARV_FW_SCENE}, {"وامام", ARV_FW_SCENE}, {"بمقتل", ARV_FW_DEATH}, {"العشرات", ARV_FW_QUANTITY},
    {"عقب", ARV_FW_TIME_BEFORE}, {"لهذا", ARV_FW_GOVERNING}, {"ووفد", ARV_FW_DELEGATION}, {"وفدا", ARV_FW_DELEGATION},
    {"لانها", ARV_FW_SUBORD}, {"والعمليات", ARV_FW_ACTS}, {"المواليه", ARV_FW_BELONGING}, {"التابعه", ARV_FW_BELONGING},
    {"المتفجرات", ARV_FW_THINGS}, {"الحكومه", ARV_FW_NONE}, {"تابعي", ARV_FW_NONE}, {"", ARV_FW_NONE},
};

START_TEST(test_frame_words)
{
    const char *w = frame_cases[_i].norm;
    ck_assert_msg(arv_closed_frame_word(w, strlen(w)) == frame_cases[_i].cls, "'%s'", w);
}
END_TEST

Suite *lexicon_suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("lexicon");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_every_builtin_form);
    tcase_add_loop_test(tc, test_sport_words, 0, sizeof sport_cases / sizeof *sport_cases);
    tcase_add_loop_test(tc, test_frame_words, 0, sizeof frame_cases / sizeof *frame_cases);
    tcase_add_loop_test(tc, test_clitics, 0, sizeof clitic_cases / sizeof *clitic_cases);
    tcase_add_loop_test(tc, test_cache_same, 0, sizeof clitic_cases / sizeof *clitic_cases);
    tcase_add_loop_test(tc, test_verb_forms, 0, sizeof verb_cases / sizeof *verb_cases);
    tcase_add_loop_test(tc, test_clitic_candidates, 0, sizeof cand_cases / sizeof *cand_cases);
    tcase_add_loop_test(tc, test_dated_codes, 0, sizeof dated_cases / sizeof *dated_cases);
    tcase_add_loop_test(tc, test_bad_lines, 0, sizeof bad_cases / sizeof *bad_cases);
    tcase_add_test(tc, test_error_names_file_and_line);
    tcase_add_test(tc, test_user_precedence);
    tcase_add_test(tc, test_common_words);
    tcase_add_loop_test(tc, test_minimal_sizes, 0, sizeof min_cases / sizeof *min_cases);
    tcase_add_loop_test(tc, test_shared_suffixes, 0, sizeof suffix_cases / sizeof *suffix_cases);
    tcase_add_test(tc, test_state_of_two_words);
    tcase_add_test(tc, test_builtin_is_built);
    suite_add_tcase(s, tc);
    return s;
}
