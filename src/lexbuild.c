/* lexbuild.c: reads dictionary files (grammar/lexicon/README.md) and compiles
 * them into the automaton of lexicon.h. Shared by tools/lexgen (build time) and
 * --lexicon (run time), so that both go through one mechanism. */
#include "lexicon.h"
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct phrase_ref {
    uint32_t key, keylen;  /* normalized phrase in the key pool */
    uint32_t entry;        /* index in entries */
} phrase_ref;

struct arv_lexbuild {
    arv_diag *d;
    ARV_VEC(arv_lex_entry) entries;
    ARV_VEC(arv_lex_code) codes;
    arv_charvec strings;    /* string pool of the lexicon */
    arv_charvec keys;       /* normalized phrases */
    ARV_VEC(phrase_ref) refs;
    arv_tokens tk;          /* scratch for normalizing phrases */
    arv_charvec scratch;
};

static uint32_t pool_add(arv_charvec *v, const char *s, size_t n)
{
    uint32_t off = (uint32_t)v->n;
    ARV_VEC_RESERVE(*v, v->n + n + 1);
    memcpy(v->v + v->n, s, n);
    v->n += n;
    v->v[v->n++] = '\0';
    return off;
}

arv_lexbuild *arv_lexbuild_new(arv_diag *d)
{
    arv_lexbuild *b = calloc(1, sizeof *b);
    if (!b) abort();
    b->d = d;
    pool_add(&b->strings, "", 0);  /* offset 0: the empty string */
    return b;
}

void arv_lexbuild_set_diag(arv_lexbuild *b, arv_diag *d) { b->d = d; }

const char *arv_kind_name(arv_kind k)
{
    static const char *const n[ARV_K_COUNT] = {"actor", "agent", "place", "nisba", "verb", "masdar", "theme", "given",
                                                "people", "common"};
    return (unsigned)k < ARV_K_COUNT ? n[k] : "?";
}

const char *arv_etype_name(arv_etype t)
{
    static const char *const n[ARV_T_COUNT] = {"", "PER", "ORG", "LOC", "DATE"};
    return (unsigned)t < ARV_T_COUNT ? n[t] : "?";
}

/* ---- small string helpers over [s, e) ---- */
static void trim(const char **s, const char **e)
{
    while (*s < *e && isspace((unsigned char)**s)) (*s)++;
    while (*e > *s && isspace((unsigned char)(*e)[-1])) (*e)--;
}

static int is_code_char(char c) { return c >= 'A' && c <= 'Z'; }

/* Parses YYYYMMDD (8 digits) or nothing; -1 on error. */
static long parse_date(const char *s, const char *e)
{
    if (s == e) return 0;
    if (e - s != 8) return -1;
    long v = 0;
    for (; s < e; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
    }
    long m = v / 100 % 100, dd = v % 100;
    if (m < 1 || m > 12 || dd < 1 || dd > 31) return -1;
    return v;
}

typedef struct ctx {
    arv_lexbuild *b;
    const char *path;
    uint32_t file;
    unsigned long line;
    arv_kind kind;
    arv_etype type;
    int have_kind;
} ctx;

static void bad(ctx *c, const char *msg, const char *s, const char *e)
{
    arv_diag_emit(c->b->d, c->path, c->line, ARV_ERROR, "%s: '%.*s'", msg, (int)(e - s), s);
}

/* Normalized key of a phrase: the norms of its tokens joined by one space,
 * exactly as the matcher walks the text. 0 when the phrase has no token. */
static size_t phrase_key(arv_lexbuild *b, const char *s, size_t n)
{
    arv_diag quiet = {NULL, 0, 0};
    char *tmp = malloc(n + 1);
    if (!tmp) abort();
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    arv_tokenize(tmp, n, &b->tk, "-", &quiet);
    free(tmp);
    b->scratch.n = 0;
    for (size_t i = 0; i < b->tk.tok.n; i++) {
        const arv_token *t = &b->tk.tok.v[i];
        if (i) ARV_VEC_PUSH(b->scratch, ' ');
        if (!t->norm_len) continue;  /* a token of no letters (control bytes): no pointer arithmetic on NULL */
        ARV_VEC_RESERVE(b->scratch, b->scratch.n + t->norm_len);
        memcpy(b->scratch.v + b->scratch.n, b->tk.norm.v + t->norm, t->norm_len);
        b->scratch.n += t->norm_len;
    }
    return b->tk.tok.n;
}

static void add_phrase_once(ctx *c, const char *s, size_t n, uint32_t entry);

/* عبد الله is also written عبدالله: a name with عبد + word gets the joined form too. */
static void add_phrase(ctx *c, const char *s, size_t n, uint32_t entry)
{
    add_phrase_once(c, s, n, entry);
    static const char abd[] = "عبد ";
    for (size_t i = 0; i + sizeof abd - 1 < n; i++)
        if (!memcmp(s + i, abd, sizeof abd - 1) && (i == 0 || s[i - 1] == ' ')) {
            char *j = malloc(n);
            if (!j) abort();
            memcpy(j, s, i + sizeof abd - 2);
            memcpy(j + i + sizeof abd - 2, s + i + sizeof abd - 1, n - i - (sizeof abd - 1));
            add_phrase(c, j, n - 1, entry);
            free(j);
            return;
        }
}

static void add_phrase_once(ctx *c, const char *s, size_t n, uint32_t entry)
{
    arv_lexbuild *b = c->b;
    if (!phrase_key(b, s, n)) return;
    phrase_ref r;
    r.key = pool_add(&b->keys, b->scratch.v, b->scratch.n);
    r.keylen = (uint32_t)b->scratch.n;
    r.entry = entry;
    ARV_VEC_PUSH(b->refs, r);
}

static uint32_t new_entry(ctx *c, arv_kind kind, const char *phrase, size_t n, uint32_t code_first,
                          uint32_t ncodes, uint16_t preps)
{
    arv_lex_entry e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind;
    e.type = (uint8_t)(kind == ARV_K_PLACE ? ARV_T_LOC : kind == ARV_K_PEOPLE ? ARV_T_ORG : c->type);
    e.preps = preps;
    e.code_first = code_first;
    e.ncodes = ncodes;
    e.phrase = pool_add(&c->b->strings, phrase, n);
    e.file = c->file;
    e.line = (uint32_t)c->line;
    ARV_VEC_PUSH(c->b->entries, e);
    return (uint32_t)(c->b->entries.n - 1);
}

/* Parses "CODE CODE[FROM-TO] ..." into the code table; -1 on error. */
static long parse_codes(ctx *c, const char *s, const char *e, int want_country, uint32_t *first)
{
    arv_lexbuild *b = c->b;
    *first = (uint32_t)b->codes.n;
    long n = 0;
    while (s < e) {
        while (s < e && isspace((unsigned char)*s)) s++;
        if (s == e) break;
        const char *w = s;
        while (s < e && !isspace((unsigned char)*s)) s++;
        const char *we = s, *br = memchr(w, '[', (size_t)(we - w));
        const char *ce = br ? br : we;
        for (const char *p = w; p < ce; p++)
            if (!is_code_char(*p)) { bad(c, "code must be capital letters A-Z", w, we); return -1; }
        /* a nisba names a country, or an organization (أممي: IGOUNO) */
        int org = ce - w > 3 && (!strncmp(w, "IGO", 3) || !strncmp(w, "NGO", 3));
        if (ce - w < 3 || ce - w > 15 || (want_country && ce - w != 3 && !org)) {
            bad(c, want_country ? "expected a 3-letter country code or an IGO/NGO code" : "a code has 3 to 15 letters", w, we);
            return -1;
        }
        arv_lex_code code = {pool_add(&b->strings, w, (size_t)(ce - w)), 0, 0};
        if (br) {
            const char *dash = memchr(br, '-', (size_t)(we - br));
            if (we[-1] != ']' || !dash) { bad(c, "dated code must look like CODE[YYYYMMDD-YYYYMMDD]", w, we); return -1; }
            long from = parse_date(br + 1, dash), to = parse_date(dash + 1, we - 1);
            if (from < 0 || to < 0 || (from && to && from > to)) { bad(c, "bad date range", w, we); return -1; }
            code.from = (uint32_t)from;
            code.to = (uint32_t)to;
        }
        ARV_VEC_PUSH(b->codes, code);
        n++;
    }
    if (!n) { bad(c, "missing code", s, e); return -1; }
    return n;
}

static const struct { const char *word; uint16_t flag; } preps[] = {
    {"إلى", ARV_P_ILA}, {"الى", ARV_P_ILA}, {"ل", ARV_P_LI}, {"ب", ARV_P_BI}, {"على", ARV_P_ALA},
    {"مع", ARV_P_MAA}, {"ضد", ARV_P_DIDD}, {"من", ARV_P_MIN}, {"في", ARV_P_FI}, {"عن", ARV_P_AN},
};

static long parse_preps(ctx *c, const char *s, const char *e)
{
    long f = 0;
    while (s < e) {
        while (s < e && isspace((unsigned char)*s)) s++;
        if (s == e) break;
        const char *w = s;
        while (s < e && !isspace((unsigned char)*s)) s++;
        if (s - w == 1 && *w == '-') continue;
        size_t i;
        for (i = 0; i < sizeof preps / sizeof preps[0]; i++)
            if (strlen(preps[i].word) == (size_t)(s - w) && memcmp(preps[i].word, w, (size_t)(s - w)) == 0) break;
        if (i == sizeof preps / sizeof preps[0]) {
            bad(c, "unknown preposition (use إلى ل ب على مع ضد من في عن or -)", w, s);
            return -1;
        }
        f |= preps[i].flag;
    }
    return f;
}

static int valid_event_code(const char *s, const char *e)
{
    if (e - s < 2 || e - s > 4) return 0;
    for (; s < e; s++)
        if (*s < '0' || *s > '9') return 0;
    return 1;
}

static const char *const theme_tags[] = {"ceasefire", "talks", "aid", "release", "withdraw", "sanctions",
                                         "peace", "reform", "leadership_change"};

/* ---- verb and nisba expansion ---- */

static void form(arv_charvec *out, const char *a, size_t an, const char *b2, size_t bn, const char *rest)
{
    ARV_VEC_RESERVE(*out, out->n + an + bn + strlen(rest) + 1);
    memcpy(out->v + out->n, a, an);
    out->n += an;
    memcpy(out->v + out->n, b2, bn);
    out->n += bn;
    size_t rn = strlen(rest);
    memcpy(out->v + out->n, rest, rn);
    out->n += rn;
    out->v[out->n++] = '\0';
}

static int ends_with(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* Forms of "PAST / PRESENT" (first words inflect, the rest is copied). */
size_t arv_verb_forms(const char *past, const char *present, arv_charvec *out)
{
    size_t before = out->n, count = 0;
    const char *sp = strchr(past, ' ');
    size_t pn = sp ? (size_t)(sp - past) : strlen(past);
    const char *prest = sp ? sp : "";
    /* past: the stem without a final alif or alif maqsura takes the suffixes */
    size_t ps = pn;
    int weak = ends_with(past, pn, "ا") || ends_with(past, pn, "ى");
    if (weak) ps -= 2;
    static const char *const past_sfx_sound[] = {"", "ت", "وا", "ا", "تا", "تم", "نا"};
    static const char *const past_sfx_weak[] = {"ت", "وا", "تا", "يا", "تم", "نا"};
    if (weak) {
        form(out, past, pn, "", 0, prest), count++;
        for (size_t i = 0; i < sizeof past_sfx_weak / sizeof *past_sfx_weak; i++)
            form(out, past, ps, past_sfx_weak[i], strlen(past_sfx_weak[i]), prest), count++;
    } else {
        for (size_t i = 0; i < sizeof past_sfx_sound / sizeof *past_sfx_sound; i++)
            form(out, past, ps, past_sfx_sound[i], strlen(past_sfx_sound[i]), prest), count++;
    }
    if (present && *present) {
        sp = strchr(present, ' ');
        size_t qn = sp ? (size_t)(sp - present) : strlen(present);
        const char *qrest = sp ? sp : "";
        /* present: swap the prefix ي for ت ن أ; plural and dual suffixes on the stem
         * without its final و/ي/ى (يدعو → يدعون, يرمي → يرمون) */
        const char *stem = present;
        size_t sn = qn;
        if (ends_with(present, qn, "ي") || ends_with(present, qn, "ى")) {
            if (strncmp(present, "ي", 2) == 0 && qn > 2) {
                /* keep */
            }
        }
        int pweak = ends_with(present, qn, "و") || ends_with(present, qn, "ي") || ends_with(present, qn, "ى");
        size_t base = pweak ? sn - 2 : sn;
        int has_ya = strncmp(stem, "ي", 2) == 0;
        const char *body = has_ya ? stem + 2 : stem;
        size_t bn = has_ya ? sn - 2 : sn, bbase = has_ya ? base - 2 : base;
        static const char *const pfx[] = {"ي", "ت", "ن", "أ"};
        for (size_t i = 0; i < 4; i++) {
            char p[8];
            snprintf(p, sizeof p, "%s", has_ya ? pfx[i] : "");
            form(out, p, strlen(p), body, bn, qrest), count++;
            if (!has_ya) break;
        }
        static const char *const psfx[] = {"ون", "وا", "ان", "ا", "ين"};
        for (size_t i = 0; i < sizeof psfx / sizeof *psfx; i++) {
            char tmp[256];
            size_t k = (size_t)snprintf(tmp, sizeof tmp, "%s%.*s%s", has_ya ? "ي" : "", (int)bbase, body, psfx[i]);
            if (k < sizeof tmp) form(out, tmp, k, "", 0, qrest), count++;
            if (has_ya) {
                k = (size_t)snprintf(tmp, sizeof tmp, "ت%.*s%s", (int)bbase, body, psfx[i]);
                if (k < sizeof tmp) form(out, tmp, k, "", 0, qrest), count++;
            }
        }
    }
    (void)before;
    return count;
}

/* masculine, feminine, plurals, duals, and the indefinite accusative (عراقيا) */
static const char *const nisba_sfx[] = {"", "ة", "ون", "ين", "ان", "تان", "تين", "ات", "ا"};

/* ---- the line parser ---- */

static int parse_entry(ctx *c, const char *s, const char *e)
{
    arv_lexbuild *b = c->b;
    const char *f[6][2];
    size_t nf = 0;
    const char *p = s;
    for (;;) {
        const char *bar = memchr(p, '|', (size_t)(e - p));
        const char *fe = bar ? bar : e;
        if (nf == 6) { bad(c, "too many fields", s, e); return -1; }
        f[nf][0] = p;
        f[nf][1] = fe;
        trim(&f[nf][0], &f[nf][1]);
        nf++;
        if (!bar) break;
        p = bar + 1;
    }
    if (!c->have_kind) { bad(c, "entry before any @kind line", s, e); return -1; }
    for (size_t i = 0; i < nf; i++)
        if (f[i][0] == f[i][1]) { bad(c, "empty field", s, e); return -1; }
    arv_kind k = c->kind;
    size_t want_min = k == ARV_K_VERB ? 4 : k == ARV_K_GIVEN || k == ARV_K_COMMON ? 1 : 2,
           want_max = k == ARV_K_VERB ? 5 : k == ARV_K_GIVEN ? 2 : want_min;
    if (nf < want_min || nf > want_max) {
        char msg[96];
        if (want_max > want_min)
            snprintf(msg, sizeof msg, "a %s entry has %zu or %zu fields separated by '|', this line has %zu",
                     arv_kind_name(k), want_min, want_max, nf);
        else
            snprintf(msg, sizeof msg, "a %s entry has %zu fields separated by '|', this line has %zu",
                     arv_kind_name(k), want_min, nf);
        bad(c, msg, s, e);
        return -1;
    }
    const char *ph = f[0][0];
    size_t phn = (size_t)(f[0][1] - f[0][0]);
    uint32_t first;
    long n;
    switch (k) {
    case ARV_K_ACTOR:
    case ARV_K_AGENT:
    case ARV_K_PLACE:
    case ARV_K_PEOPLE: {
        if ((k == ARV_K_ACTOR || k == ARV_K_AGENT) && c->type == ARV_T_NONE) {
            bad(c, "entry before any @type line", s, e);
            return -1;
        }
        /* `-`, no code: a place of no one country (seas, rivers, historical regions),
           a name of no CAMEO actor (a writer, a footballer, a caliph) */
        if (k != ARV_K_AGENT && f[1][1] - f[1][0] == 1 && *f[1][0] == '-') {
            first = (uint32_t)c->b->codes.n;
            n = 0;
        } else {
            n = parse_codes(c, f[1][0], f[1][1], k == ARV_K_PLACE, &first);
        }
        if (n < 0) return -1;
        add_phrase(c, ph, phn, new_entry(c, k, ph, phn, first, (uint32_t)n, 0));
        return 0;
    }
    case ARV_K_NISBA: {
        n = parse_codes(c, f[1][0], f[1][1], 1, &first);
        if (n < 0) return -1;
        uint32_t en = new_entry(c, k, ph, phn, first, (uint32_t)n, 0);
        char buf[512];
        for (size_t i = 0; i < sizeof nisba_sfx / sizeof *nisba_sfx; i++)
            for (int al = 0; al < 2; al++) {
                int m = snprintf(buf, sizeof buf, "%s%.*s%s", al ? "ال" : "", (int)phn, ph, nisba_sfx[i]);
                if (m > 0 && (size_t)m < sizeof buf) add_phrase(c, buf, (size_t)m, en);
            }
        return 0;
    }
    case ARV_K_GIVEN:
        /* `| noun`: a name that news also writes as a noun in construct (جمال
         * الطبيعة); `| adj`: one that is also an adjective (حل عادل) */
        if (nf == 2) {
            size_t tl = (size_t)(f[1][1] - f[1][0]);
            if (!((tl == 4 && !memcmp(f[1][0], "noun", 4)) || (tl == 3 && !memcmp(f[1][0], "adj", 3)))) {
                bad(c, "a given name's tag is 'noun', 'adj' or none", f[1][0], f[1][1]);
                return -1;
            }
            arv_lex_code code = {pool_add(&b->strings, f[1][0], tl), 0, 0};
            ARV_VEC_PUSH(b->codes, code);
            add_phrase(c, ph, phn, new_entry(c, k, ph, phn, (uint32_t)b->codes.n - 1, 1, 0));
            return 0;
        }
        add_phrase(c, ph, phn, new_entry(c, k, ph, phn, 0, 0, 0));
        return 0;
    case ARV_K_COMMON:
        add_phrase(c, ph, phn, new_entry(c, k, ph, phn, 0, 0, 0));
        return 0;
    case ARV_K_THEME: {
        size_t i, tn = (size_t)(f[1][1] - f[1][0]);
        for (i = 0; i < sizeof theme_tags / sizeof *theme_tags; i++)
            if (strlen(theme_tags[i]) == tn && memcmp(theme_tags[i], f[1][0], tn) == 0) break;
        if (i == sizeof theme_tags / sizeof *theme_tags) {
            bad(c, "unknown theme tag (ceasefire talks aid release withdraw sanctions peace reform leadership_change)",
                f[1][0], f[1][1]);
            return -1;
        }
        arv_lex_code code = {pool_add(&b->strings, f[1][0], tn), 0, 0};
        ARV_VEC_PUSH(b->codes, code);
        add_phrase(c, ph, phn, new_entry(c, k, ph, phn, (uint32_t)b->codes.n - 1, 1, 0));
        return 0;
    }
    case ARV_K_VERB: {
        const char *slash = NULL;
        for (const char *q = ph; q + 2 < f[0][1]; q++)
            if (q[0] == ' ' && q[1] == '/' && q[2] == ' ') { slash = q; break; }
        if (!slash) { bad(c, "a verb is written 'PAST / PRESENT'", s, e); return -1; }
        if (!valid_event_code(f[1][0], f[1][1])) { bad(c, "CAMEO event code must be 2 to 4 digits", f[1][0], f[1][1]); return -1; }
        long pf = parse_preps(c, f[2][0], f[2][1]);
        if (pf < 0) return -1;
        arv_lex_code code = {pool_add(&b->strings, f[1][0], (size_t)(f[1][1] - f[1][0])), 0, 0};
        ARV_VEC_PUSH(b->codes, code);
        uint32_t ci = (uint32_t)b->codes.n - 1;
        uint32_t en = new_entry(c, ARV_K_VERB, ph, phn, ci, 1, (uint16_t)pf);
        char past[256], pres[256];
        const char *a0 = ph, *a1 = slash, *p0 = slash + 3, *p1 = f[0][1];
        trim(&a0, &a1);
        trim(&p0, &p1);
        if (a1 - a0 >= (long)sizeof past || p1 - p0 >= (long)sizeof pres || a0 == a1 || p0 == p1) {
            bad(c, "bad verb forms", s, e);
            return -1;
        }
        snprintf(past, sizeof past, "%.*s", (int)(a1 - a0), a0);
        snprintf(pres, sizeof pres, "%.*s", (int)(p1 - p0), p0);
        arv_charvec forms = {0};
        size_t nforms = arv_verb_forms(past, pres, &forms);
        const char *fp = forms.v;
        for (size_t i = 0; i < nforms; i++) {
            size_t fl = strlen(fp);
            add_phrase(c, fp, fl, en);
            fp += fl + 1;
        }
        ARV_VEC_FREE(forms);
        /* verbal nouns */
        if (!(f[3][1] - f[3][0] == 1 && *f[3][0] == '-')) {
            uint32_t mn = new_entry(c, ARV_K_MASDAR, f[3][0], (size_t)(f[3][1] - f[3][0]), ci, 1, (uint16_t)pf);
            const char *q = f[3][0];
            while (q < f[3][1]) {
                const char *comma = memchr(q, ',', (size_t)(f[3][1] - q));
                const char *qe = comma ? comma : f[3][1], *q0 = q;
                trim(&q0, &qe);
                if (q0 < qe) add_phrase(c, q0, (size_t)(qe - q0), mn);
                q = comma ? comma + 1 : f[3][1];
            }
        }
        if (nf == 5) {
            const char *q = f[4][0];
            if (*q != '+') { bad(c, "the fifth field of a verb starts with '+'", f[4][0], f[4][1]); return -1; }
            q++;
            while (q < f[4][1]) {
                while (q < f[4][1] && isspace((unsigned char)*q)) q++;
                const char *w = q;
                while (q < f[4][1] && !isspace((unsigned char)*q)) q++;
                if (w < q) add_phrase(c, w, (size_t)(q - w), en);
            }
        }
        return 0;
    }
    default:
        return -1;
    }
}

static const struct { const char *name; arv_kind kind; } kinds[] = {
    {"actor", ARV_K_ACTOR}, {"agent", ARV_K_AGENT}, {"place", ARV_K_PLACE},
    {"nisba", ARV_K_NISBA}, {"verb", ARV_K_VERB}, {"theme", ARV_K_THEME}, {"given", ARV_K_GIVEN},
    {"people", ARV_K_PEOPLE}, {"common", ARV_K_COMMON},
};

static int parse_directive(ctx *c, const char *s, const char *e)
{
    const char *w = s + 1, *we = w;
    while (we < e && !isspace((unsigned char)*we)) we++;
    const char *a = we, *ae = e;
    trim(&a, &ae);
    size_t an = (size_t)(ae - a);
    if (we - w == 4 && memcmp(w, "kind", 4) == 0) {
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
            if (strlen(kinds[i].name) == an && memcmp(kinds[i].name, a, an) == 0) {
                c->kind = kinds[i].kind;
                c->have_kind = 1;
                c->type = c->kind == ARV_K_PLACE ? ARV_T_LOC : ARV_T_NONE;
                return 0;
            }
        bad(c, "unknown @kind (actor agent place nisba verb theme given common)", s, e);
        return -1;
    }
    if (we - w == 4 && memcmp(w, "type", 4) == 0) {
        for (int t = ARV_T_PER; t <= ARV_T_LOC; t++)
            if (an == 3 && memcmp(arv_etype_name((arv_etype)t), a, 3) == 0) {
                c->type = (arv_etype)t;
                return 0;
            }
        bad(c, "unknown @type (PER ORG LOC)", s, e);
        return -1;
    }
    bad(c, "unknown directive (@kind, @type)", s, e);
    return -1;
}

long arv_lexbuild_add_text(arv_lexbuild *b, const char *path, const char *text, size_t len)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.b = b;
    c.path = path;
    c.file = pool_add(&b->strings, path, strlen(path));
    long errors = 0;
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;  /* BOM */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        c.line++;
        /* comment: '#' at the start or after white space */
        const char *q = p, *ce = le;
        for (; q < le; q++)
            if (*q == '#' && (q == p || isspace((unsigned char)q[-1]))) { ce = q; break; }
        const char *s = p;
        trim(&s, &ce);
        if (s < ce) {
            if (memchr(s, '\0', (size_t)(ce - s))) {
                bad(&c, "NUL byte in line", s, s);
                errors++;
            } else if (*s == '@') {
                if (parse_directive(&c, s, ce)) errors++;
            } else if (parse_entry(&c, s, ce)) {
                errors++;
            }
        }
        p = nl ? nl + 1 : end;
    }
    return errors;
}

long arv_lexbuild_add_file(arv_lexbuild *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        arv_diag_emit(b->d, path, 0, ARV_ERROR, "cannot open dictionary: %s", strerror(errno));
        return -1;
    }
    arv_charvec v = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        ARV_VEC_RESERVE(v, v.n + n);
        memcpy(v.v + v.n, buf, n);
        v.n += n;
    }
    fclose(f);
    long r = arv_lexbuild_add_text(b, path, v.v ? v.v : "", v.n);
    ARV_VEC_FREE(v);
    return r;
}

/* ---- automaton construction ----
 * The sorted forms go into a minimal acyclic automaton one by one (Daciuk,
 * Mihov, Watson and Watson 2000): the path of the previous form stays open;
 * when the next form leaves it, each state below the fork is complete and is
 * replaced by an equal registered state, or registered. Equal means the same
 * finality and the same edges to registered states; entries never take part
 * (they hang off word numbers, lexicon.h), so two forms with different codes
 * share every state they can and still keep their own entries. */

typedef struct sref {
    const char *k;
    uint32_t len, entry;
} sref;

static int sref_cmp(const void *x, const void *y)
{
    const sref *a = x, *b = y;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->k, b->k, n);
    if (c) return c;
    if (a->len != b->len) return a->len < b->len ? -1 : 1;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15u;
    return h ^ (h >> 31);
}

/* A set of ids by content (registered states, entry runs): open addressing
 * over 2^bits slots, at most 3/4 full (a smaller table misses the cache less
 * often, which outweighs longer probes); a slot holds 32 bits of the hash and
 * id + 1, so that most probes need no look at the content. */
typedef struct idset {
    uint64_t *slot;
    size_t n;
    unsigned bits;
} idset;

/* Fibonacci hashing: the top bits of the product depend on every bit of the tag. */
static size_t idset_home(unsigned bits, uint64_t slot)
{
    return (size_t)(((slot >> 32) * 0x9E3779B97F4A7C15u) >> (64 - bits));
}

/* Returns the id in s equal to the candidate (eq), else adds `id` and
 * returns it. Grows s->slot, which the caller frees. */
static uint32_t idset_intern(idset *s, uint64_t h, uint32_t id, int (*eq)(const void *ctx, uint32_t other),
                             const void *ctx)
{
    size_t cap = s->bits ? (size_t)1 << s->bits : 0;
    if (4 * (s->n + 1) > 3 * cap) {
        idset g = {calloc(cap ? 2 * cap : 1024, sizeof *g.slot), s->n, s->bits ? s->bits + 1 : 10};
        if (!g.slot) abort();
        size_t mask = ((size_t)1 << g.bits) - 1;
        for (size_t i = 0; i < cap; i++)
            if (s->slot[i]) {
                size_t j = idset_home(g.bits, s->slot[i]);
                while (g.slot[j]) j = (j + 1) & mask;
                g.slot[j] = s->slot[i];
            }
        free(s->slot);
        *s = g;
        cap = mask + 1;
    }
    uint64_t tag = h & 0xFFFFFFFF00000000u;
    size_t j = idset_home(s->bits, tag);
    for (; s->slot[j]; j = (j + 1) & (cap - 1))
        if ((s->slot[j] & 0xFFFFFFFF00000000u) == tag && eq(ctx, (uint32_t)s->slot[j] - 1))
            return (uint32_t)s->slot[j] - 1;
    s->slot[j] = tag | (id + 1);
    s->n++;
    return id;
}

typedef struct fedge {
    uint32_t to;
    uint8_t byte;
} fedge;
typedef ARV_VEC(fedge) fedgevec;

/* A state of the open path: its edges so far go to registered states. */
typedef struct open_state {
    int final;
    uint8_t byte;      /* of the edge from its parent */
    fedgevec edges;
} open_state;

/* A registered state: its edges are edges[first ..], the first one copied
 * here so that comparing a state of one edge reads one place. */
typedef struct rstate {
    uint32_t first, count;            /* count: the words accepted from it */
    uint32_t to0;
    uint16_t nedges;                  /* | ARV_LEX_FINAL */
    uint8_t byte0;
} rstate;

typedef struct fsa_build {
    ARV_VEC(rstate) st;               /* registered states */
    fedgevec edges;
    idset reg;
    ARV_VEC(open_state) path;         /* path.v[0] is the start state */
    size_t depth;                     /* the open path is path.v[0 .. depth] */
} fsa_build;

typedef struct state_cmp {
    const fsa_build *f;
    const open_state *o;
} state_cmp;

static int same_state(const void *ctx, uint32_t id)
{
    const state_cmp *c = ctx;
    const rstate *r = &c->f->st.v[id];
    const fedge *b = c->o->edges.v;
    size_t n = c->o->edges.n;
    if (!(r->nedges & ARV_LEX_FINAL) != !c->o->final || (r->nedges & ~(unsigned)ARV_LEX_FINAL) != n) return 0;
    if (n && (r->to0 != b[0].to || r->byte0 != b[0].byte)) return 0;
    if (n < 2) return 1;
    const fedge *a = c->f->edges.v + r->first;  /* f->edges may still be empty (NULL) for n < 2 */
    for (size_t i = 1; i < n; i++)
        if (a[i].to != b[i].to || a[i].byte != b[i].byte) return 0;
    return 1;
}

static uint32_t fsa_register(fsa_build *f, const open_state *o)
{
    uint64_t h = mix(0, (uint64_t)o->final);
    for (size_t i = 0; i < o->edges.n; i++) h = mix(h, (uint64_t)o->edges.v[i].to << 8 | o->edges.v[i].byte);
    uint32_t id = (uint32_t)f->st.n;
    state_cmp c = {f, o};
    uint32_t got = idset_intern(&f->reg, h, id, same_state, &c);
    if (got != id) return got;
    rstate r = {(uint32_t)f->edges.n, o->final ? 1 : 0, o->edges.n ? o->edges.v[0].to : 0,
                (uint16_t)(o->edges.n | (o->final ? ARV_LEX_FINAL : 0)), o->edges.n ? o->edges.v[0].byte : 0};
    for (size_t i = 0; i < o->edges.n; i++) {
        ARV_VEC_PUSH(f->edges, o->edges.v[i]);
        r.count += f->st.v[o->edges.v[i].to].count;
    }
    ARV_VEC_PUSH(f->st, r);
    return id;
}

/* Completes the open states deeper than `depth`. */
static void fsa_close(fsa_build *f, size_t depth)
{
    for (; f->depth > depth; f->depth--) {
        open_state *o = &f->path.v[f->depth];
        fedge e = {fsa_register(f, o), o->byte};
        ARV_VEC_PUSH(f->path.v[f->depth - 1].edges, e);
    }
}

/* Adds key k, which sorts after every key added before (prev). */
static void fsa_add(fsa_build *f, const char *prev, size_t prevlen, const char *k, size_t len)
{
    size_t p = 0;
    while (p < prevlen && p < len && prev[p] == k[p]) p++;
    fsa_close(f, p);
    for (size_t d = p + 1; d <= len; d++) {
        if (d >= f->path.n) {
            open_state o = {0, 0, {0}};
            ARV_VEC_PUSH(f->path, o);
        }
        f->path.v[d].final = 0;
        f->path.v[d].byte = (uint8_t)k[d - 1];
        f->path.v[d].edges.n = 0;
    }
    f->depth = len;
    f->path.v[len].final = 1;
}

/* Runs of entries, each stored once: run r is entries[first[r] .. +n[r]),
 * whose source entries (the builder's indices) are src[first[r] ..). */
typedef struct runs {
    ARV_VEC(uint32_t) first, src;
    ARV_VEC(uint16_t) n;
    idset set;
} runs;

typedef struct run_cmp {
    const runs *r;
    const uint32_t *cand;
    size_t n;
} run_cmp;

static int same_run(const void *ctx, uint32_t id)
{
    const run_cmp *c = ctx;
    return c->r->n.v[id] == c->n && (!c->n || !memcmp(c->r->src.v + c->r->first.v[id], c->cand, c->n * sizeof *c->cand));
}

static uint32_t run_intern(runs *r, const uint32_t *cand, size_t n)
{
    uint64_t h = mix(0, n);
    for (size_t i = 0; i < n; i++) h = mix(h, cand[i]);
    uint32_t id = (uint32_t)r->first.n;
    run_cmp c = {r, cand, n};
    uint32_t got = idset_intern(&r->set, h, id, same_run, &c);
    if (got != id) return got;
    ARV_VEC_PUSH(r->first, (uint32_t)r->src.n);
    ARV_VEC_PUSH(r->n, (uint16_t)n);
    for (size_t i = 0; i < n; i++) ARV_VEC_PUSH(r->src, cand[i]);
    return id;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8), p[2] = (unsigned char)(v >> 16), p[3] = (unsigned char)(v >> 24);
}

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8);
}

/* Lays out the automaton of lexicon.h, the start state first (the
 * registered ids reversed: the start was registered last), then the words,
 * in one block that l owns (arv_lexicon_free frees it). */
static void fsa_layout(const fsa_build *f, const runs *r, const uint32_t *word_run, size_t nw, arv_lexicon *l)
{
    size_t ns = f->st.n, size = 0;
    uint32_t *at = malloc(ns * sizeof *at);   /* byte offset of each registered state */
    if (!at) abort();
    for (size_t s = 0; s < ns; s++) {
        size_t old = ns - 1 - s, n = f->st.v[old].nedges & ~(unsigned)ARV_LEX_FINAL;
        if (size > UINT32_MAX) abort();
        at[old] = (uint32_t)size;
        size += 2 + 5 * n + (n ? 4 * (n - 1) : 0);
    }
    unsigned char *blob = malloc(size + 6 * nw + 1);
    if (!blob) abort();
    for (size_t s = 0; s < ns; s++) {
        uint32_t old = (uint32_t)(ns - 1 - s);
        unsigned ned = f->st.v[old].nedges;
        size_t n = ned & ~(unsigned)ARV_LEX_FINAL;
        unsigned char *st = blob + at[old], *to = st + 2 + n;
        put16(st, ned);
        uint32_t skip = ned & ARV_LEX_FINAL ? 1 : 0;
        const fedge *e = n ? f->edges.v + f->st.v[old].first : NULL;  /* an empty lexicon has no edges at all */
        for (size_t i = 0; i < n; i++) {
            st[2 + i] = e[i].byte;
            put32(to + 4 * i, at[e[i].to]);
            if (i) put32(to + 4 * n + 4 * (i - 1), skip);
            skip += f->st.v[e[i].to].count;
        }
    }
    for (size_t w = 0; w < nw; w++) {
        put32(blob + size + 6 * w, r->first.v[word_run[w]]);
        put16(blob + size + 6 * w + 4, r->n.v[word_run[w]]);
    }
    free(at);
    l->fsa = blob;
    l->nfsa = size;
    l->words = blob + size;
    l->nstates = ns;
    l->nedges = f->edges.n;
    l->nwords = nw;
}

arv_lexicon *arv_lexbuild_finish(arv_lexbuild *b)
{
    size_t nr = b->refs.n;
    sref *r = malloc((nr ? nr : 1) * sizeof *r);
    if (!r) abort();
    for (size_t i = 0; i < nr; i++) {
        r[i].k = b->keys.v + b->refs.v[i].key;
        r[i].len = b->refs.v[i].keylen;
        r[i].entry = b->refs.v[i].entry;
    }
    qsort(r, nr, sizeof *r, sref_cmp);

    /* one word per distinct key, numbered in sorted order as the automaton
     * numbers them; its entries in dictionary order, each once */
    fsa_build f;
    memset(&f, 0, sizeof f);
    open_state start = {0, 0, {0}};
    ARV_VEC_PUSH(f.path, start);
    runs rs;
    memset(&rs, 0, sizeof rs);
    ARV_VEC(uint32_t) word_run = {0}, cand = {0};
    const char *prev = "";
    size_t prevlen = 0;
    for (size_t i = 0, j; i < nr; i = j) {
        cand.n = 0;
        for (j = i; j < nr && r[j].len == r[i].len && !memcmp(r[j].k, r[i].k, r[i].len); j++)
            if (j == i || r[j].entry != r[j - 1].entry) ARV_VEC_PUSH(cand, r[j].entry);
        ARV_VEC_PUSH(word_run, run_intern(&rs, cand.v, cand.n));
        fsa_add(&f, prev, prevlen, r[i].k, r[i].len);
        prev = r[i].k;
        prevlen = r[i].len;
    }
    fsa_close(&f, 0);
    uint32_t root = fsa_register(&f, &f.path.v[0]);
    if (root + 1 != f.st.n || f.st.v[root].count != word_run.n) abort();  /* the start is new and counts every word */
    free(r);

    arv_lexicon *l = calloc(1, sizeof *l);
    if (!l) abort();
    fsa_layout(&f, &rs, word_run.v, word_run.n, l);
    arv_lex_entry *entries = malloc((rs.src.n ? rs.src.n : 1) * sizeof *entries);
    if (!entries) abort();
    for (size_t i = 0; i < rs.src.n; i++) entries[i] = b->entries.v[rs.src.v[i]];
    l->entries = entries;
    l->nentries = rs.src.n;
    l->codes = b->codes.v;
    l->ncodes = b->codes.n;
    l->strings = b->strings.v;
    l->nstrings = b->strings.n;
    l->owned = l;

    for (size_t i = 0; i < f.path.n; i++) ARV_VEC_FREE(f.path.v[i].edges);
    ARV_VEC_FREE(f.path);
    ARV_VEC_FREE(f.st);
    ARV_VEC_FREE(f.edges);
    free(f.reg.slot);
    ARV_VEC_FREE(rs.first);
    ARV_VEC_FREE(rs.src);
    ARV_VEC_FREE(rs.n);
    free(rs.set.slot);
    ARV_VEC_FREE(word_run);
    ARV_VEC_FREE(cand);
    ARV_VEC_FREE(b->entries);
    ARV_VEC_FREE(b->keys);
    ARV_VEC_FREE(b->refs);
    ARV_VEC_FREE(b->scratch);
    arv_tokens_free(&b->tk);
    free(b);
    return l;
}

void arv_lexicon_free(arv_lexicon *l)
{
    if (!l || !l->owned) return;
    free((void *)l->fsa);  /* the automaton and the words, one block */
    free((void *)l->entries);
    free((void *)l->codes);
    free((void *)l->strings);
    free(l);
}

static int plain(unsigned ch) { return ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\' && ch != '?'; }

/* Bytes as one C string literal. Arabic letters (U+0600-U+06FF, two bytes)
 * stay as they are, so that phrases are readable and the file small; other
 * bytes are octal escapes as short as the next character allows (a digit
 * after one would extend it); `?` is escaped too (no trigraphs). */
static void write_literal(FILE *out, const unsigned char *p, size_t n)
{
    size_t col = 0;
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned ch = p[i];
        int digit_next = i + 1 < n && col < 95 && p[i + 1] >= '0' && p[i + 1] <= '7';
        if (ch >= 0xD8 && ch <= 0xDB && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            fputc((int)ch, out);
            fputc(p[++i], out);
            col++;
        } else if (plain(ch)) {
            col += (size_t)fprintf(out, "%c", (int)ch);
        } else {
            col += (size_t)fprintf(out, digit_next ? "\\%03o" : "\\%o", ch);
        }
        if (col >= 96 && i + 1 < n) {
            fputs("\"\n\"", out);
            col = 0;
        }
    }
    fputs("\";\n", out);
}

int arv_lexicon_write_c(const arv_lexicon *l, FILE *out, const char *function)
{
    fprintf(out, "/* Generated by tools/lexgen from the dictionaries in grammar/lexicon: do not edit.\n"
                 " * The automaton of lexicon.h (%zu states, %zu edges), then its %zu words. */\n"
                 "#include \"lexicon.h\"\n\n",
            l->nstates, l->nedges, l->nwords);
    fputs("static const unsigned char fsa[] =\n", out);
    write_literal(out, l->fsa, l->nfsa + 6 * l->nwords);
    fprintf(out, "static const arv_lex_entry entries[%zu] = {\n", l->nentries ? l->nentries : 1);
    for (size_t i = 0; i < l->nentries; i++) {
        const arv_lex_entry *e = &l->entries[i];
        fprintf(out, "{%u,%u,%u,%u,%u,%u,%u,%u},%s", e->kind, e->type, e->preps, e->code_first, e->ncodes,
                e->phrase, e->file, e->line, i % 4 == 3 ? "\n" : "");
    }
    fprintf(out, "};\nstatic const arv_lex_code codes[%zu] = {\n", l->ncodes ? l->ncodes : 1);
    for (size_t i = 0; i < l->ncodes; i++)
        fprintf(out, "{%u,%u,%u},%s", l->codes[i].str, l->codes[i].from, l->codes[i].to, i % 6 == 5 ? "\n" : "");
    fputs("};\nstatic const char strings[] =\n", out);
    write_literal(out, (const unsigned char *)l->strings, l->nstrings);
    fprintf(out, "\nconst arv_lexicon *%s(void)\n{\n"
                 "    static const arv_lexicon lex = {fsa, fsa + %zu, entries, codes, strings,\n"
                 "        %zu, %zu, %zu, %zu, %zu, %zu, %zu, NULL};\n    return &lex;\n}\n",
            function, l->nfsa, l->nfsa, l->nstates, l->nedges, l->nwords, l->nentries, l->ncodes, l->nstrings);
    return ferror(out) ? -1 : 0;
}
