/* lexicon.c: the clitic-aware longest-match walk over the automaton. */
#include "lexicon.h"
#include <stdlib.h>
#include <string.h>

/* Little-endian fields of the byte tables (lexicon.h); compilers turn these
 * into single loads. */
static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static unsigned rd16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }

/* Edge k of the state at st, n edges: its target and skip. */
static arv_lex_pos take(const unsigned char *st, size_t n, size_t k, arv_lex_pos p)
{
    const unsigned char *to = st + 2 + n;
    p.word += k ? rd32(to + 4 * n + 4 * (k - 1)) : (rd16(st) & ARV_LEX_FINAL) != 0;
    p.state = rd32(to + 4 * k);
    return p;
}

arv_lex_pos arv_lexicon_step(const arv_lexicon *l, arv_lex_pos p, const char *s, size_t n)
{
    for (size_t i = 0; i < n && p.state != ARV_LEX_NONE; i++) {
        const unsigned char *st = l->fsa + p.state, *e = st + 2;
        size_t lo = 0, ne = rd16(st) & ~(unsigned)ARV_LEX_FINAL, hi = ne;
        uint8_t by = (uint8_t)s[i];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (e[mid] < by) lo = mid + 1;
            else hi = mid;
        }
        if (lo < ne && e[lo] == by) p = take(st, ne, lo, p);
        else p.state = ARV_LEX_NONE;
    }
    return p;
}

size_t arv_lexicon_nedges(const arv_lexicon *l, arv_lex_pos p)
{
    return p.state == ARV_LEX_NONE ? 0 : rd16(l->fsa + p.state) & ~(unsigned)ARV_LEX_FINAL;
}

arv_lex_pos arv_lexicon_edge(const arv_lexicon *l, arv_lex_pos p, size_t k, uint8_t *byte)
{
    const unsigned char *st = l->fsa + p.state;
    *byte = st[2 + k];
    return take(st, rd16(st) & ~(unsigned)ARV_LEX_FINAL, k, p);
}

size_t arv_lexicon_entries(const arv_lexicon *l, arv_lex_pos p, uint32_t *first)
{
    *first = 0;
    if (p.state == ARV_LEX_NONE || !(rd16(l->fsa + p.state) & ARV_LEX_FINAL)) return 0;
    const unsigned char *w = l->words + 6 * (size_t)p.word;
    *first = rd32(w);
    return rd16(w + 4);
}

void arv_lexicon_count_forms(const arv_lexicon *l, size_t forms[ARV_K_COUNT])
{
    for (size_t i = 0; i < ARV_K_COUNT; i++) forms[i] = 0;
    for (size_t w = 0; w < l->nwords; w++) {
        const unsigned char *p = l->words + 6 * w;
        for (uint32_t i = rd32(p), n = rd16(p + 4); n; i++, n--) forms[l->entries[i].kind]++;
    }
}

/* Proclitic readings of a normalized word: strip `strip` bytes and walk
 * `prepend` first (لل is ل + ال). `cls` limits the kinds it may precede. */
enum { PC_ANY = 0, PC_NOMINAL = 1, PC_VERB = 2 };
typedef struct procl {
    const char *form;
    unsigned char strip;    /* bytes of form */
    const char *prepend;
    unsigned char plen, cls;
} procl;
static const procl procls[] = {
    {"", 0, "", 0, PC_ANY},
    {"و", 2, "", 0, PC_ANY}, {"ف", 2, "", 0, PC_ANY},
    {"ب", 2, "", 0, PC_NOMINAL}, {"ك", 2, "", 0, PC_NOMINAL}, {"ل", 2, "", 0, PC_NOMINAL},
    {"وب", 4, "", 0, PC_NOMINAL}, {"وك", 4, "", 0, PC_NOMINAL}, {"ول", 4, "", 0, PC_NOMINAL},
    {"فب", 4, "", 0, PC_NOMINAL}, {"فل", 4, "", 0, PC_NOMINAL},
    {"لل", 4, "ال", 4, PC_NOMINAL}, {"ولل", 6, "ال", 4, PC_NOMINAL}, {"فلل", 6, "ال", 4, PC_NOMINAL},
    {"س", 2, "", 0, PC_VERB}, {"وس", 4, "", 0, PC_VERB}, {"فس", 4, "", 0, PC_VERB},
    {"ل", 2, "", 0, PC_VERB}, {"ول", 4, "", 0, PC_VERB},   /* لِيدعو: purpose */
};

/* Enclitic pronouns that verbs and verbal nouns take (دعاهم, دعوتها). */
typedef struct encl { const char *form; unsigned char len, pronoun; } encl;
static const encl encls[] = {{"هما", 6, 1}, {"ها", 4, 1}, {"هم", 4, 1}, {"هن", 4, 1}, {"كم", 4, 1}, {"نا", 4, 1},
                             {"ني", 4, 1}, {"ه", 2, 1}, {"ك", 2, 1},
                             {"ا", 2, 0}};  /* not a pronoun: the accusative of هجوما, اتفاقا */

static int same(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

size_t arv_clitic_candidates(const char *w, size_t n, arv_clitic *out, size_t max)
{
    size_t k = 0;
    for (size_t p = 0; p < sizeof procls / sizeof *procls; p++) {
        const procl *pc = &procls[p];
        if (p && procls[p - 1].strip == pc->strip && !strcmp(procls[p - 1].form, pc->form)) continue;
        if (pc->strip && (n < pc->strip + 4u || !same(w, pc->form, pc->strip))) continue;
        for (size_t e = 0; e <= sizeof encls / sizeof *encls; e++) {
            size_t sl = 0;
            if (e > 0) {  /* e == 0: no enclitic, so the whole word comes first */
                const encl *en = &encls[e - 1];
                if (!en->pronoun || n < pc->strip + en->len + 4u || !same(w + n - en->len, en->form, en->len)) continue;
                sl = en->len;
            }
            if (k < max) out[k] = (arv_clitic){pc->strip, (uint8_t)sl, pc->plen != 0};
            k++;
        }
    }
    return k < max ? k : max;
}

/* Does the surface of token t end in ة (before any short vowels)? Normalized
 * to ه, it would read as a pronoun. */
static int ta_marbuta(const char *text, const arv_token *t)
{
    const unsigned char *s = (const unsigned char *)text + t->start, *e = (const unsigned char *)text + t->end;
    while (e - s >= 2 && e[-2] == 0xD9 && e[-1] >= 0x8B && e[-1] <= 0x92) e -= 2;  /* harakat */
    return e - s >= 2 && e[-2] == 0xD8 && e[-1] == 0xA9;
}

static int kind_ok(const arv_lexicon *l, arv_lex_pos p, unsigned cls, int suffixed)
{
    uint32_t first;
    size_t n = arv_lexicon_entries(l, p, &first);
    for (size_t i = 0; i < n; i++) {
        unsigned k = l->entries[first + i].kind;
        if (k == ARV_K_COMMON) continue;  /* never a reading of a token */
        int verbal = k == ARV_K_VERB || k == ARV_K_MASDAR;
        if (suffixed && !verbal) continue;
        if (cls == PC_NOMINAL && k == ARV_K_VERB) continue;
        if (cls == PC_VERB && k != ARV_K_VERB) continue;
        if (cls == PC_NOMINAL && k == ARV_K_GIVEN) continue;  /* بسام is not ب + سام */
        return 1;
    }
    return 0;
}

static int joinable(const arv_token *t)
{
    return t->cls == ARV_TC_ARABIC || t->cls == ARV_TC_LATIN || t->cls == ARV_TC_NUMBER;
}

/* The best reading so far: longest token span, then fewest clitic bytes. */
typedef struct best {
    int found;
    size_t len, cost;
} best;

static void consider(best *b, arv_match *m, const arv_lexicon *l, arv_lex_pos p, size_t i, size_t j,
                     const procl *pc, size_t suffix, int pronoun)
{
    size_t span = j + 1 - i, cost = pc->strip + suffix + (suffix ? 1 : 0);
    if (b->found && (span < b->len || (span == b->len && cost >= b->cost))) return;
    b->found = 1;
    b->len = span;
    b->cost = cost;
    m->first = (uint32_t)i;
    m->last = (uint32_t)(j + 1);
    m->lex = l;
    m->nentries = (uint16_t)arv_lexicon_entries(l, p, &m->entry_first);
    m->prefix = (uint8_t)(pc->strip - (pc->plen ? 2 : 0));  /* لل: the span keeps the second ل */
    m->suffix = (uint8_t)suffix;
    m->pronoun = (uint8_t)pronoun;
}


/* Is the word s0..se0 written with a hamza on an alef after its first
 * letter where every entry of match m, all names, has a bare alef? Then it
 * is a clitic and another word (و + أم, ب + أول), though it normalizes as
 * the entry does (وام an agency, باول a person). */
static int hamza_inside(const char *s0, const char *se0, const arv_match *m)
{
    const char *h = s0 + 1;  /* cheap test first: most words have no أ إ after their first letter */
    while (h + 1 < se0 && !(h[0] == '\xd8' && (h[1] == '\xa3' || h[1] == '\xa5'))) h++;
    if (h + 1 >= se0) return 0;
    for (uint16_t x = 0; x < m->nentries; x++) {
        const arv_lex_entry *e = &m->lex->entries[m->entry_first + x];
        /* names are listed as written; verbs and nisbas by a lemma of other letters */
        if (e->kind != ARV_K_ACTOR && e->kind != ARV_K_PLACE && e->kind != ARV_K_AGENT && e->kind != ARV_K_GIVEN) return 0;
        const unsigned char *s = (const unsigned char *)s0, *se = (const unsigned char *)se0,
                            *p = (const unsigned char *)m->lex->strings + e->phrase;
        int differs = 0;
        for (size_t k = 0; s + 1 < se && p[0] && p[1] && !differs; k++) {
            /* harakat and tatweel (U+064B-0652, U+0640) do not count, on either side */
            while (s + 1 < se && s[0] == 0xD9 && ((s[1] >= 0x8B && s[1] <= 0x92) || s[1] == 0x80)) s += 2;
            while (p[0] == 0xD9 && p[1] && ((p[1] >= 0x8B && p[1] <= 0x92) || p[1] == 0x80)) p += 2;
            if (s + 1 >= se || !p[0] || !p[1]) break;
            differs = k > 0 && s[0] == 0xD8 && (s[1] == 0xA3 || s[1] == 0xA5) && p[0] == 0xD8 && p[1] == 0xA7;
            s += (s[0] & 0x80) ? 2 : 1;
            p += (p[0] & 0x80) ? 2 : 1;
        }
        if (!differs) return 0;
    }
    return m->nentries > 0;
}

int arv_lexicon_common(const arv_lexicon *const *lex, size_t nlex, const char *norm, size_t n)
{
    for (size_t li = 0; li < nlex; li++) {
        const arv_lexicon *l = lex[li];
        if (!l || !l->nstates) continue;
        uint32_t first;
        size_t ne = arv_lexicon_entries(l, arv_lexicon_step(l, (arv_lex_pos){0, 0}, norm, n), &first);
        for (size_t i = 0; i < ne; i++)
            if (l->entries[first + i].kind == ARV_K_COMMON) return 1;
    }
    return 0;
}

/* One clitic reading of a first token that can lead to a match: the node
 * its stem reaches, whether that node is a one-token match, and the
 * reading with an enclitic pronoun (دعاهم) that matches, if any. */
struct arv_lex_reading {
    arv_lex_pos node, enode;
    uint8_t li, p;         /* lexicon, procls[p] */
    uint8_t single;        /* node is a match */
    uint8_t encl;          /* encls[encl - 1] gives enode; 0 none */
};

/* What the readings of a word depend on besides its letters. */
enum { RK_WHOLE = 1, RK_ARABIC = 2, RK_TA = 4 };

/* The readings of word w0 (n0 bytes) in the nlex lexicons, in the order the
 * match tries them; writes at most max (enough for every reading). */
static size_t walk_readings(const arv_lexicon *const *lex, size_t nlex, const char *w0, size_t n0, unsigned key,
                            arv_lex_reading *out, size_t max)
{
    /* which proclitic readings apply: only words starting with و ف ب ك ل س have any */
    int clitic_start = !(key & RK_WHOLE) && (key & RK_ARABIC) && n0 >= 6 &&
        ((w0[0] == '\xd9' && (w0[1] == '\x88' || w0[1] == '\x81' || w0[1] == '\x83' || w0[1] == '\x84')) ||
         (w0[0] == '\xd8' && (w0[1] == '\xa8' || w0[1] == '\xb3')));
    size_t np = clitic_start ? sizeof procls / sizeof *procls : 1, k = 0;
    for (size_t li = 0; li < nlex; li++) {
        const arv_lexicon *l = lex[li];
        if (!l || !l->nstates) continue;
        for (size_t p = 0; p < np && k < max; p++) {
            const procl *pc = &procls[p];
            if (pc->strip && (n0 < pc->strip + 4u || !same(w0, pc->form, pc->strip))) continue;
            arv_lex_pos start = arv_lexicon_step(l, (arv_lex_pos){0, 0}, pc->prepend, pc->plen);
            arv_lex_reading r = {arv_lexicon_step(l, start, w0 + pc->strip, n0 - pc->strip),
                                 {ARV_LEX_NONE, 0}, (uint8_t)li, (uint8_t)p, 0, 0};
            r.single = (uint8_t)kind_ok(l, r.node, pc->cls, 0);
            /* single-token verbal readings with an enclitic pronoun */
            size_t stem = n0 - pc->strip;
            if (!(key & RK_WHOLE) && (key & RK_ARABIC))
                for (size_t s = 0; s < sizeof encls / sizeof *encls; s++) {
                    const encl *en = &encls[s];
                    if (stem < en->len + 4u || !same(w0 + n0 - en->len, en->form, en->len)) continue;
                    if (en->len == 2 && en->form[1] == '\x87' && (key & RK_TA)) break;  /* قبضة is no قبض + ه */
                    arv_lex_pos n2 = arv_lexicon_step(l, start, w0 + pc->strip, stem - en->len);
                    if (n2.state == ARV_LEX_NONE && same(w0 + n0 - en->len - 2, "ئ", 2)) {
                        /* لقائه: the final hamza of لقاء sits on a ya before a pronoun */
                        n2 = arv_lexicon_step(l, start, w0 + pc->strip, stem - en->len - 2);
                        n2 = arv_lexicon_step(l, n2, "ء", 2);
                    }
                    if (n2.state == ARV_LEX_NONE && same(w0 + n0 - en->len - 2, "ت", 2)) {
                        /* دعوتها: the ta marbuta of دعوة shows as ت before a pronoun */
                        n2 = arv_lexicon_step(l, start, w0 + pc->strip, stem - en->len - 2);
                        n2 = arv_lexicon_step(l, n2, "ه", 2);
                    }
                    if (kind_ok(l, n2, pc->cls, 1)) {
                        r.enode = n2;
                        r.encl = (uint8_t)(s + 1);
                    }
                    break;
                }
            if (r.single || r.encl || arv_lexicon_nedges(l, r.node)) out[k++] = r;
        }
    }
    return k;
}

enum { ARV_LEX_CACHE_SLOTS = 1 << 17, MAX_READINGS = 2 * sizeof procls / sizeof *procls };

struct arv_lex_slot {
    uint32_t key, read;    /* offsets into keys (key byte, then the word) and reads */
    uint16_t len;          /* word bytes; 0: empty slot */
    uint8_t nread;
};

void arv_lex_cache_free(arv_lex_cache *c)
{
    free(c->slot);
    ARV_VEC_FREE(c->keys);
    ARV_VEC_FREE(c->reads);
    *c = (arv_lex_cache){{NULL, NULL}, NULL, 0, {NULL, 0, 0}, {NULL, 0, 0}};
}

/* The readings of w0 under key, from the cache or walked and kept there. */
static const arv_lex_reading *readings(const arv_lexicon *const *lex, size_t nlex, const char *w0, size_t n0,
                                       unsigned key, arv_lex_cache *c, arv_lex_reading *buf, size_t *nr)
{
    if (!c || nlex > 2 || n0 > UINT16_MAX) {
        *nr = walk_readings(lex, nlex, w0, n0, key, buf, MAX_READINGS);
        return buf;
    }
    const arv_lexicon *l0 = lex[0], *l1 = nlex > 1 ? lex[1] : NULL;
    /* emptied when full (three quarters of the slots) or for other lexicons */
    if (!c->slot || c->lex[0] != l0 || c->lex[1] != l1 || c->used >= ARV_LEX_CACHE_SLOTS / 4 * 3) {
        if (!c->slot && !(c->slot = malloc(ARV_LEX_CACHE_SLOTS * sizeof *c->slot))) abort();
        memset(c->slot, 0, ARV_LEX_CACHE_SLOTS * sizeof *c->slot);
        c->used = c->keys.n = c->reads.n = 0;
        c->lex[0] = l0;
        c->lex[1] = l1;
    }
    uint32_t h = 2166136261u ^ key;  /* FNV-1a */
    for (size_t k = 0; k < n0; k++) h = (h ^ (unsigned char)w0[k]) * 16777619u;
    struct arv_lex_slot *sl;
    for (size_t at = h & (ARV_LEX_CACHE_SLOTS - 1);; at = (at + 1) & (ARV_LEX_CACHE_SLOTS - 1)) {
        sl = &c->slot[at];
        if (!sl->len) break;
        const char *kw = c->keys.v + sl->key;
        if (sl->len == n0 && (unsigned char)kw[0] == key && !memcmp(kw + 1, w0, n0)) {
            *nr = sl->nread;
            /* no readings: reads.v may still be NULL, and NULL + 0 is undefined */
            return sl->nread ? c->reads.v + sl->read : buf;
        }
    }
    size_t n = walk_readings(lex, nlex, w0, n0, key, buf, MAX_READINGS);
    ARV_VEC_RESERVE(c->keys, c->keys.n + n0 + 1);
    ARV_VEC_RESERVE(c->reads, c->reads.n + n);
    *sl = (struct arv_lex_slot){(uint32_t)c->keys.n, (uint32_t)c->reads.n, (uint16_t)n0, (uint8_t)n};
    c->keys.v[c->keys.n++] = (char)key;
    memcpy(c->keys.v + c->keys.n, w0, n0);
    c->keys.n += n0;
    if (n) memcpy(c->reads.v + c->reads.n, buf, n * sizeof *buf);
    c->reads.n += n;
    c->used++;
    *nr = n;
    return buf;
}

int arv_lexicon_match(const arv_lexicon *const *lex, size_t nlex, const arv_tokens *tk,
                      const char *text, size_t i, size_t end, unsigned flags, arv_lex_cache *cache,
                      arv_match *m)
{
    const arv_token *t0 = &tk->tok.v[i];
    if (!joinable(t0)) return 0;
    const char *w0 = tk->norm.v + t0->norm;
    size_t n0 = t0->norm_len;
    unsigned key = ((flags & ARV_LM_WHOLE) ? RK_WHOLE : 0) | (t0->cls == ARV_TC_ARABIC ? RK_ARABIC : 0);
    if ((key & RK_ARABIC) && n0 >= 2 && same(w0 + n0 - 2, "ه", 2) && ta_marbuta(text, t0)) key |= RK_TA;
    arv_lex_reading buf[MAX_READINGS];
    size_t nr;
    const arv_lex_reading *r = readings(lex, nlex, w0, n0, key, cache, buf, &nr);
    best b = {0, 0, 0};
    for (size_t k = 0; k < nr; k++) {
        if (b.found && k && r[k].li != r[k - 1].li) break;  /* the user lexicon, first, wins */
        const arv_lexicon *l = lex[r[k].li];
        const procl *pc = &procls[r[k].p];
        if (r[k].single) consider(&b, m, l, r[k].node, i, i, pc, 0, 0);
        if (r[k].encl && !b.found)
            consider(&b, m, l, r[k].enode, i, i, pc, encls[r[k].encl - 1].len, encls[r[k].encl - 1].pronoun);
        /* multiword entries */
        arv_lex_pos node = r[k].node;
        for (size_t j = i + 1; j < end && arv_lexicon_nedges(l, node); j++) {
            const arv_token *tj = &tk->tok.v[j];
            if (!joinable(tj)) break;
            node = arv_lexicon_step(l, node, " ", 1);
            node = arv_lexicon_step(l, node, tk->norm.v + tj->norm, tj->norm_len);
            if (kind_ok(l, node, pc->cls, 0))
                consider(&b, m, l, node, i, j, pc, 0, 0);
        }
    }
    if (b.found) {
        /* byte span: proclitics are not part of the name; the surface may hold
         * harakat or tatweel after a clitic letter, which go with it */
        const unsigned char *s = (const unsigned char *)text + t0->start;
        size_t letters = m->prefix / 2, off = 0, n = t0->end - t0->start;
        while (letters && off < n) {
            off += (s[off] & 0x80) ? ((s[off] & 0xE0) == 0xC0 ? 2 : (s[off] & 0xF0) == 0xE0 ? 3 : 4) : 1;
            while (off + 1 < n && s[off] == 0xD9 && ((s[off + 1] >= 0x8B && s[off + 1] <= 0x92) || s[off + 1] == 0x80))
                off += 2;
            letters--;
        }
        m->start = t0->start + (uint32_t)off;
        m->end = tk->tok.v[m->last - 1].end;
    }
    /* also after a proclitic: لجأوا "they took refuge" is no ل + جاوا */
    if (b.found && m->last == i + 1 && hamza_inside(text + m->start, text + t0->end, m)) return 0;
    return b.found;
}

const arv_lex_entry *arv_match_entry(const arv_match *m, arv_kind k)
{
    if (!m) return NULL;
    for (uint16_t i = 0; i < m->nentries; i++)
        if (m->lex->entries[m->entry_first + i].kind == k) return &m->lex->entries[m->entry_first + i];
    return NULL;
}

int arv_code_is_role(const char *c)
{
    static const char *const roles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "INS", "SEP", "UAF",
                                        "SPY", "MED", "EDU", "BUS", "CVL", "REF", "LAB", "HLH", "HRI", "ELI", "CRM"};
    if (!c[0] || !c[1] || !c[2] || c[3]) return 0;  /* three letters: most codes are not (hot in anaphora) */
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (c[0] == roles[i][0] && c[1] == roles[i][1] && c[2] == roles[i][2]) return 1;
    return 0;
}

int arv_code_has_country(const char *c)
{
    return strlen(c) >= 3 && strncmp(c, "IGO", 3) && strncmp(c, "NGO", 3) && strncmp(c, "IMG", 3) &&
           strncmp(c, "MNC", 3) && !arv_code_is_role(c);
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
