/* doc.c: engine, document context and the pipeline. */
#include "doc.h"
#include <stdlib.h>
#include <string.h>

arv_engine *arv_engine_new(FILE *diag)
{
    arv_engine *e = calloc(1, sizeof *e);
    if (!e) abort();
    e->diag.out = diag;
    e->lex[1] = arv_lexicon_builtin();
    e->common[1] = arv_lexicon_builtin_common();
    return e;
}

long arv_engine_add_lexicon(arv_engine *e, const char *path)
{
    /* All user files form one lexicon, rebuilt with each file added, so that
     * every user entry goes through the same builder as the built-in ones. */
    char **paths = realloc(e->paths, (e->npaths + 1) * sizeof *paths);
    if (!paths) abort();
    e->paths = paths;
    e->paths[e->npaths++] = (char *)path;
    arv_lexbuild *b = arv_lexbuild_new(&e->diag);
    long bad = 0;
    arv_diag quiet = {NULL, 0, 0};
    for (size_t i = 0; i + 1 < e->npaths; i++) {
        /* earlier files were reported when they were added */
        arv_lexbuild_set_diag(b, &quiet);
        arv_lexbuild_add_file(b, e->paths[i]);
        arv_lexbuild_set_diag(b, &e->diag);
    }
    bad = arv_lexbuild_add_file(b, path);
    if (bad < 0) e->npaths--;
    arv_lexicon_free(e->user);
    e->user = arv_lexbuild_finish(b);
    e->lex[0] = e->common[0] = e->user;
    return bad;
}

void arv_engine_free(arv_engine *e)
{
    if (!e) return;
    arv_lexicon_free(e->user);
    free(e->paths);
    free(e);
}

arv_doc *arv_doc_new(const arv_engine *e, FILE *diag)
{
    arv_doc *d = calloc(1, sizeof *d);
    if (!d) abort();
    d->eng = e;
    d->diag.out = diag;
    arv_arena_init(&d->arena);
    return d;
}

void arv_doc_free(arv_doc *d)
{
    if (!d) return;
    arv_arena_free(&d->arena);
    arv_tokens_free(&d->tk);
    ARV_VEC_FREE(d->matches);
    ARV_VEC_FREE(d->cw);
    ARV_VEC_FREE(d->tmatch);
    arv_lex_cache_free(&d->lcache);
    ARV_VEC_FREE(d->ents);
    ARV_VEC_FREE(d->evs);
    free(d);
}

uint32_t arv_parse_iso_date(const char *s)
{
    if (!s) return 0;
    unsigned y, m, dd;
    for (int i = 0; i < 10; i++) {
        if (!s[i]) return 0;
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return 0;
    }
    y = (unsigned)((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'));
    m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    dd = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (m < 1 || m > 12 || dd < 1 || dd > 31) return 0;
    return y * 10000 + m * 100 + dd;
}

/* Closed classes whose words are read whole, never as clitic + stem. */
static int whole_word(const arv_closed *c)
{
    return c->cls != ARV_CW_NONE && !c->conj;
}

void arv_lookup_run(arv_doc *d)
{
    size_t n = d->tk.tok.n;
    d->matches.n = 0;
    ARV_VEC_RESERVE(d->cw, n);
    ARV_VEC_RESERVE(d->tmatch, n);
    d->cw.n = d->tmatch.n = n;
    for (size_t i = 0; i < n; i++) {
        const arv_token *t = &d->tk.tok.v[i];
        d->tmatch.v[i] = -1;
        if (t->cls == ARV_TC_ARABIC) arv_closed_word(d->tk.norm.v + t->norm, t->norm_len, &d->cw.v[i]);
        else d->cw.v[i] = (arv_closed){ARV_CW_NONE, 0, 0};
    }
    const arv_lexicon *const *lex = d->eng->lex;
    for (size_t s = 0; s < d->tk.sent.n; s++) {
        const arv_sentence *se = &d->tk.sent.v[s];
        size_t end = se->first + se->count;
        for (size_t i = se->first; i < end;) {
            arv_match m;
            unsigned fl = whole_word(&d->cw.v[i]) ? ARV_LM_WHOLE : 0;
            if (arv_lexicon_match(lex, 2, &d->tk, d->text, i, end, fl, &d->lcache, &m)) {
                d->tmatch.v[i] = (int32_t)d->matches.n;
                ARV_VEC_PUSH(d->matches, m);
                i = m.last;
            } else {
                i++;
            }
        }
    }
}

size_t arv_doc_run(arv_doc *d, const char *id, const char *text, size_t len, const char *date, arv_view upto)
{
    unsigned long before = d->diag.warnings + d->diag.errors;
    arv_arena_reset(&d->arena);
    d->matches.n = d->ents.n = d->evs.n = 0;
    d->frames = d->recoveries = 0;
    d->in_tok = NULL;
    d->in_ntok = 0;
    d->id = arv_arena_strndup(&d->arena, id ? id : "", id ? strlen(id) : 0);
    d->text = text;
    d->len = len;
    d->ymd = arv_parse_iso_date(date);
    d->date = d->ymd ? arv_arena_strndup(&d->arena, date, 10) : NULL;
    if (date && *date && !d->ymd)
        arv_diag_emit(&d->diag, d->id, 0, ARV_WARNING, "date '%.20s' is not YYYY-MM-DD; ignored", date);
    d->ran = upto;
    arv_tokenize(text, len, &d->tk, d->id, &d->diag);
    if (upto >= ARV_VIEW_LOOKUP) arv_lookup_run(d);
    if (upto >= ARV_VIEW_ENTITIES) arv_entities_run(d);
    if (upto >= ARV_VIEW_EVENTS) arv_events_run(d);
    return (size_t)(d->diag.warnings + d->diag.errors - before);
}

void arv_doc_set_input_tokens(arv_doc *d, const unsigned *pairs, size_t n)
{
    d->in_tok = pairs;
    d->in_ntok = n;
}

void arv_doc_counts_get(const arv_doc *d, arv_doc_counts *c)
{
    c->sentences = d->tk.sent.n;
    c->tokens = d->tk.tok.n;
    c->matches = d->matches.n;
    c->entities = d->ents.n;
    c->events = d->evs.n;
    c->frames = d->frames;
    c->recoveries = d->recoveries;
}

void arv_doc_set_explain(arv_doc *d, int on) { d->explain = on != 0; }
