/* lexicon.c: the clitic-aware longest-match walk over the trie. */
#include "lexicon.h"
#include <string.h>

#define NONE UINT32_MAX

static uint32_t step(const arv_lexicon *l, uint32_t node, const char *s, size_t n)
{
    for (size_t i = 0; i < n && node != NONE; i++) {
        const arv_lex_node *nd = &l->nodes[node];
        const arv_lex_edge *e = l->edges + nd->edge_first;
        size_t lo = 0, hi = nd->nedges;
        uint8_t by = (uint8_t)s[i];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (e[mid].byte < by) lo = mid + 1;
            else hi = mid;
        }
        node = lo < nd->nedges && e[lo].byte == by ? e[lo].to : NONE;
    }
    return node;
}

/* Proclitic readings of a normalized word: strip `strip` bytes and walk
 * `prepend` first (لل is ل + ال). `cls` limits the kinds it may precede. */
enum { PC_ANY = 0, PC_NOMINAL = 1, PC_VERB = 2 };
static const struct procl { const char *form; unsigned char strip; const char *prepend; unsigned char cls; } procl[] = {
    {"", 0, "", PC_ANY},
    {"و", 2, "", PC_ANY}, {"ف", 2, "", PC_ANY},
    {"ب", 2, "", PC_NOMINAL}, {"ك", 2, "", PC_NOMINAL}, {"ل", 2, "", PC_NOMINAL},
    {"وب", 4, "", PC_NOMINAL}, {"وك", 4, "", PC_NOMINAL}, {"ول", 4, "", PC_NOMINAL},
    {"فب", 4, "", PC_NOMINAL}, {"فل", 4, "", PC_NOMINAL},
    {"لل", 4, "ال", PC_NOMINAL}, {"ولل", 6, "ال", PC_NOMINAL}, {"فلل", 6, "ال", PC_NOMINAL},
    {"س", 2, "", PC_VERB}, {"وس", 4, "", PC_VERB}, {"فس", 4, "", PC_VERB},
    {"ل", 2, "", PC_VERB}, {"ول", 4, "", PC_VERB},   /* لِيدعو: purpose */
};

/* Enclitic pronouns that verbs and verbal nouns take (دعاهم, دعوتها). */
static const char *const encl[] = {"هما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ك"};

static int kind_ok(const arv_lexicon *l, uint32_t node, unsigned cls, int suffixed)
{
    const arv_lex_node *nd = &l->nodes[node];
    for (uint32_t i = 0; i < nd->nentries; i++) {
        unsigned k = l->entries[nd->entry_first + i].kind;
        int verbal = k == ARV_K_VERB || k == ARV_K_MASDAR;
        if (suffixed && !verbal) continue;
        if (cls == PC_NOMINAL && k == ARV_K_VERB) continue;
        if (cls == PC_VERB && k != ARV_K_VERB) continue;
        return 1;
    }
    return 0;
}

static int joinable(const arv_token *t)
{
    return t->cls == ARV_TC_ARABIC || t->cls == ARV_TC_LATIN || t->cls == ARV_TC_NUMBER;
}

int arv_lexicon_match(const arv_lexicon *const *lex, size_t nlex, const arv_tokens *tk,
                      const char *text, size_t i, size_t end, arv_match *m)
{
    (void)text;
    const arv_token *t0 = &tk->tok.v[i];
    if (!joinable(t0)) return 0;
    const char *w0 = tk->norm.v + t0->norm;
    int best = 0;
    size_t best_len = 0, best_cost = 0;
    for (size_t li = 0; li < nlex; li++) {
        const arv_lexicon *l = lex[li];
        if (!l || !l->nnodes) continue;
        for (size_t p = 0; p < sizeof procl / sizeof *procl; p++) {
            const struct procl *pc = &procl[p];
            size_t fl = strlen(pc->form);
            if (fl && (t0->cls != ARV_TC_ARABIC || t0->norm_len < fl + 4 || memcmp(w0, pc->form, fl) != 0)) continue;
            uint32_t node = step(l, 0, pc->prepend, strlen(pc->prepend));
            node = step(l, node, w0 + pc->strip, t0->norm_len - pc->strip);
            for (size_t j = i; j < end; j++) {
                const arv_token *tj = &tk->tok.v[j];
                if (j > i) {
                    if (!joinable(tj)) break;
                    node = step(l, node, " ", 1);
                    if (node == NONE) break;
                    node = step(l, node, tk->norm.v + tj->norm, tj->norm_len);
                }
                size_t span = j + 1 - i;
                if (node != NONE && l->nodes[node].nentries && kind_ok(l, node, pc->cls, 0)) {
                    size_t cost = pc->strip;
                    if (!best || span > best_len || (span == best_len && cost < best_cost)) {
                        best = 1;
                        best_len = span;
                        best_cost = cost;
                        m->first = (uint32_t)i;
                        m->last = (uint32_t)(j + 1);
                        m->lex = l;
                        m->entry_first = l->nodes[node].entry_first;
                        m->nentries = l->nodes[node].nentries;
                        m->prefix = (uint8_t)(pc->strip - (*pc->prepend ? 2 : 0));
                        m->suffix = 0;
                    }
                }
                if (j == i && tj->cls == ARV_TC_ARABIC) {
                    /* single-token verbal readings with an enclitic pronoun */
                    for (size_t s = 0; s < sizeof encl / sizeof *encl; s++) {
                        size_t sl = strlen(encl[s]);
                        size_t stem = t0->norm_len - pc->strip;
                        if (stem < sl + 4 || memcmp(w0 + t0->norm_len - sl, encl[s], sl) != 0) continue;
                        uint32_t n2 = step(l, 0, pc->prepend, strlen(pc->prepend));
                        n2 = step(l, n2, w0 + pc->strip, stem - sl);
                        if (n2 == NONE && stem - sl >= 2 && memcmp(w0 + t0->norm_len - sl - 2, "ت", 2) == 0) {
                            /* دعوتها: the ta marbuta of دعوة shows as ت before a pronoun */
                            n2 = step(l, 0, pc->prepend, strlen(pc->prepend));
                            n2 = step(l, n2, w0 + pc->strip, stem - sl - 2);
                            n2 = step(l, n2, "ه", 2);
                        }
                        if (n2 == NONE || !l->nodes[n2].nentries || !kind_ok(l, n2, pc->cls, 1)) continue;
                        size_t cost = pc->strip + sl + 1;
                        if (!best || 1 > best_len || (1 == best_len && cost < best_cost)) {
                            best = 1;
                            best_len = 1;
                            best_cost = cost;
                            m->first = (uint32_t)i;
                            m->last = (uint32_t)i + 1;
                            m->lex = l;
                            m->entry_first = l->nodes[n2].entry_first;
                            m->nentries = l->nodes[n2].nentries;
                            m->prefix = (uint8_t)(pc->strip - (*pc->prepend ? 2 : 0));
                            m->suffix = (uint8_t)sl;
                        }
                        break;
                    }
                }
                if (node == NONE) break;
            }
        }
        if (best) break;  /* the user lexicon, first, wins */
    }
    if (best) {
        /* byte span: proclitics are not part of the name; the surface keeps
         * any harakat, so skip whole letters of the surface */
        const unsigned char *s = (const unsigned char *)text + t0->start;
        size_t letters = m->prefix / 2, off = 0;
        while (letters && off < t0->end - t0->start) {
            off += (s[off] & 0x80) ? ((s[off] & 0xE0) == 0xC0 ? 2 : (s[off] & 0xF0) == 0xE0 ? 3 : 4) : 1;
            /* harakat and tatweel after a clitic letter go with it */
            while (off + 1 < t0->end - t0->start &&
                   ((s[off] == 0xD9 && ((s[off + 1] >= 0x8B && s[off + 1] <= 0x92) || s[off + 1] == 0x80))))
                off += 2;
            letters--;
        }
        m->start = t0->start + (uint32_t)off;
        m->end = tk->tok.v[m->last - 1].end;
    }
    return best;
}

const char *arv_lex_code_for(const arv_lexicon *l, const arv_lex_entry *e, uint32_t date)
{
    const char *fallback = NULL;
    for (uint32_t i = 0; i < e->ncodes; i++) {
        const arv_lex_code *c = &l->codes[e->code_first + i];
        if (c->from || c->to) {
            if (date && (!c->from || date >= c->from) && (!c->to || date <= c->to)) return l->strings + c->str;
        } else if (!fallback) {
            fallback = l->strings + c->str;
        }
    }
    return fallback ? fallback : "";
}
