/* lexbuild.c: reads dictionary files (grammar/lexicon/README.md) and compiles
 * them into the trie of lexicon.h. Shared by tools/lexgen (build time) and
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
    static const char *const n[ARV_K_COUNT] = {"actor", "agent", "place", "nisba", "verb", "masdar", "theme", "given"};
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
    e.type = (uint8_t)(kind == ARV_K_PLACE ? ARV_T_LOC : c->type);
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
    size_t want_min = k == ARV_K_VERB ? 4 : k == ARV_K_GIVEN ? 1 : 2, want_max = k == ARV_K_VERB ? 5 : want_min;
    if (nf < want_min || nf > want_max) {
        char msg[96];
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
    case ARV_K_PLACE: {
        if (k != ARV_K_PLACE && c->type == ARV_T_NONE) { bad(c, "entry before any @type line", s, e); return -1; }
        n = parse_codes(c, f[1][0], f[1][1], k == ARV_K_PLACE, &first);
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
        bad(c, "unknown @kind (actor agent place nisba verb theme given)", s, e);
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

/* ---- trie construction ---- */

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

typedef struct bnode {
    uint32_t first_child, next_sibling, entry_first;
    uint16_t nentries;
    uint8_t byte;
} bnode;

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

    ARV_VEC(bnode) nodes = {0};
    ARV_VEC(arv_lex_entry) entries = {0};
    bnode root = {0, 0, 0, 0, 0};
    ARV_VEC_PUSH(nodes, root);
    for (size_t i = 0; i < nr; i++) {
        if (i && sref_cmp(&r[i], &r[i - 1]) == 0) continue;  /* same form of the same entry */
        uint32_t cur = 0;
        for (uint32_t j = 0; j < r[i].len; j++) {
            uint8_t by = (uint8_t)r[i].k[j];
            /* children are appended in sorted order: the match is the last child */
            uint32_t ch = nodes.v[cur].first_child, last = 0;
            while (ch) { last = ch; ch = nodes.v[ch].next_sibling; }
            if (last && nodes.v[last].byte == by) { cur = last; continue; }
            bnode nn = {0, 0, 0, 0, by};
            ARV_VEC_PUSH(nodes, nn);
            uint32_t id = (uint32_t)nodes.n - 1;
            if (last) nodes.v[last].next_sibling = id;
            else nodes.v[cur].first_child = id;
            cur = id;
        }
        if (nodes.v[cur].nentries == 0) nodes.v[cur].entry_first = (uint32_t)entries.n;
        nodes.v[cur].nentries++;
        ARV_VEC_PUSH(entries, b->entries.v[r[i].entry]);
    }
    free(r);

    /* flatten breadth first so that each node's edges are contiguous */
    size_t nn = nodes.n;
    arv_lex_node *on = calloc(nn, sizeof *on);
    arv_lex_edge *oe = calloc(nn ? nn : 1, sizeof *oe);
    uint32_t *order = malloc(nn * sizeof *order), *newid = malloc(nn * sizeof *newid);
    if (!on || !oe || !order || !newid) abort();
    size_t head = 0, tail = 0, ne = 0;
    order[tail++] = 0;
    newid[0] = 0;
    while (head < tail) {
        uint32_t old = order[head];
        arv_lex_node *o = &on[head];
        head++;
        o->entry_first = nodes.v[old].entry_first;
        o->nentries = nodes.v[old].nentries;
        o->edge_first = (uint32_t)ne;
        for (uint32_t ch = nodes.v[old].first_child; ch; ch = nodes.v[ch].next_sibling) {
            newid[ch] = (uint32_t)tail;
            order[tail++] = ch;
            oe[ne].byte = nodes.v[ch].byte;
            oe[ne].to = newid[ch];
            ne++;
            o->nedges++;
        }
    }
    free(order);
    free(newid);
    ARV_VEC_FREE(nodes);

    arv_lexicon *l = calloc(1, sizeof *l);
    if (!l) abort();
    l->nodes = on;
    l->nnodes = nn;
    l->edges = oe;
    l->nedges = ne;
    l->entries = entries.v;
    l->nentries = entries.n;
    l->codes = b->codes.v;
    l->ncodes = b->codes.n;
    l->strings = b->strings.v;
    l->nstrings = b->strings.n;
    l->owned = l;
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
    free((void *)l->nodes);
    free((void *)l->edges);
    free((void *)l->entries);
    free((void *)l->codes);
    free((void *)l->strings);
    free(l);
}

int arv_lexicon_write_c(const arv_lexicon *l, FILE *out)
{
    fprintf(out, "/* Generated by tools/lexgen from the dictionaries in grammar/lexicon: do not edit. */\n"
                 "#include \"lexicon.h\"\n\n");
    fprintf(out, "static const arv_lex_node nodes[%zu] = {\n", l->nnodes ? l->nnodes : 1);
    for (size_t i = 0; i < l->nnodes; i++)
        fprintf(out, "{%u,%u,%u,%u},%s", l->nodes[i].edge_first, l->nodes[i].entry_first, l->nodes[i].nedges,
                l->nodes[i].nentries, i % 6 == 5 ? "\n" : "");
    fprintf(out, "};\nstatic const arv_lex_edge edges[%zu] = {\n", l->nedges ? l->nedges : 1);
    for (size_t i = 0; i < l->nedges; i++)
        fprintf(out, "{%u,%u},%s", l->edges[i].to, l->edges[i].byte, i % 10 == 9 ? "\n" : "");
    fprintf(out, "};\nstatic const arv_lex_entry entries[%zu] = {\n", l->nentries ? l->nentries : 1);
    for (size_t i = 0; i < l->nentries; i++) {
        const arv_lex_entry *e = &l->entries[i];
        fprintf(out, "{%u,%u,%u,%u,%u,%u,%u,%u},%s", e->kind, e->type, e->preps, e->code_first, e->ncodes,
                e->phrase, e->file, e->line, i % 4 == 3 ? "\n" : "");
    }
    fprintf(out, "};\nstatic const arv_lex_code codes[%zu] = {\n", l->ncodes ? l->ncodes : 1);
    for (size_t i = 0; i < l->ncodes; i++)
        fprintf(out, "{%u,%u,%u},%s", l->codes[i].str, l->codes[i].from, l->codes[i].to, i % 6 == 5 ? "\n" : "");
    fprintf(out, "};\nstatic const char strings[%zu] =\n\"", l->nstrings ? l->nstrings : 1);
    for (size_t i = 0; i < l->nstrings; i++) {
        unsigned char ch = (unsigned char)l->strings[i];
        if (ch == '"' || ch == '\\') fprintf(out, "\\%c", ch);
        else if (ch >= 0x20 && ch < 0x7f) fputc(ch, out);
        else fprintf(out, "\\%03o", ch);
        if (ch == 0 && i + 1 < l->nstrings && i % 64 > 48) fputs("\"\n\"", out);
    }
    fprintf(out, "\";\n\nconst arv_lexicon *arv_lexicon_builtin(void)\n{\n"
                 "    static const arv_lexicon lex = {nodes, edges, entries, codes, strings,\n"
                 "        %zu, %zu, %zu, %zu, %zu, NULL};\n    return &lex;\n}\n",
            l->nnodes, l->nedges, l->nentries, l->ncodes, l->nstrings);
    return ferror(out) ? -1 : 0;
}
