/* check_writer.c: the output contract (src/writer.c) through the public API:
 * TSV escaping and column counts, JSONL validity for any input bytes, header
 * lines, determinism, and CoNLL output aligned with the input tokens. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arevent.h"
#include "fixture.h"
#include "suites.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))


/* Output of one document (header included for TSV), malloc'ed. */
static char *render(arv_doc *d, const char *id, const char *text, size_t len, arv_view view, arv_format fmt,
                    unsigned flags, size_t *outlen)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    ck_assert_ptr_nonnull(f);
    arv_doc_run(d, id, text, len, "2020-06-12", view);
    arv_write_header(f, view, fmt, flags);
    arv_doc_write(d, f, view, fmt, flags);
    ck_assert_int_eq(fclose(f), 0);
    if (outlen) *outlen = n;
    return buf;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    size_t k;
    while ((k = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (cap - n < 2) s = realloc(s, cap *= 2);
    }
    fclose(f);
    s[n] = '\0';
    *len = n;
    return s;
}

/* ---- header lines ------------------------------------------------------ */

static const struct { arv_view view; unsigned flags; const char *want; } hdr_cases[] = {
    {ARV_VIEW_TOKENS, 0, "doc\tsent\tstart\tend\tclass\tnorm\ttext\n"},
    {ARV_VIEW_LOOKUP, 0, "doc\tsent\tstart\tend\tkind\ttype\tcode\ttext\tentry\tsource\n"},
    {ARV_VIEW_ENTITIES, 0, "doc\tsent\tstart\tend\ttype\ttext\tcode\n"},
    {ARV_VIEW_EVENTS, 0, "doc\tsent\tdate\tsource\tsource_code\tevent_code\ttarget\ttarget_code\ttheme\tlocation\t"
                         "trigger\tmode\tstart\tend\trule\n"},
    {ARV_VIEW_EVENTS, ARV_WRITE_EXPLAIN, "doc\tsent\tdate\tsource\tsource_code\tevent_code\ttarget\ttarget_code\t"
                                         "theme\tlocation\ttrigger\tmode\tstart\tend\trule\texplain\n"},
};

START_TEST(test_header)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    arv_write_header(f, hdr_cases[_i].view, ARV_FMT_TSV, hdr_cases[_i].flags);
    fclose(f);
    ck_assert_str_eq(buf, hdr_cases[_i].want);
    free(buf);
    /* JSONL and CoNLL have no header */
    buf = NULL;
    f = open_memstream(&buf, &n);
    arv_write_header(f, hdr_cases[_i].view, ARV_FMT_JSONL, hdr_cases[_i].flags);
    arv_write_header(f, hdr_cases[_i].view, ARV_FMT_CONLL, hdr_cases[_i].flags);
    fclose(f);
    ck_assert_uint_eq(n, 0);
    free(buf);
}
END_TEST

/* ---- TSV --------------------------------------------------------------- */

/* Undoes the TSV escapes of s[0..n) into out; returns its length, or
 * SIZE_MAX when s holds a raw tab/newline/CR or an unknown escape. */
static size_t tsv_unescape(const char *s, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') return SIZE_MAX;
        if (s[i] != '\\') { out[k++] = s[i]; continue; }
        if (++i == n) return SIZE_MAX;
        switch (s[i]) {
        case '\\': out[k++] = '\\'; break;
        case 't': out[k++] = '\t'; break;
        case 'n': out[k++] = '\n'; break;
        case 'r': out[k++] = '\r'; break;
        case '0': out[k++] = '\0'; break;
        default: return SIZE_MAX;
        }
    }
    return k;
}

static const char *const hostile_ids[] = {
    "tab\there", "new\nline", "back\\slash", "cr\rhere", "all\t\n\\\r\\t", "\\n literal", "",
};

static size_t count_char(const char *s, size_t n, char c)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += s[i] == c;
    return k;
}

/* Every row has the header's number of columns, and the doc column gives
 * back the id exactly. */
static void check_tsv(const char *out, size_t n, const char *id, size_t min_rows)
{
    const char *nl = memchr(out, '\n', n);
    ck_assert_ptr_nonnull(nl);
    size_t cols = count_char(out, (size_t)(nl - out), '\t') + 1;
    size_t rows = 0;
    char *field = malloc(n + 1);
    for (const char *p = nl + 1; p < out + n;) {
        const char *e = memchr(p, '\n', (size_t)(out + n - p));
        ck_assert_ptr_nonnull(e);  /* every row ends with a newline */
        ck_assert_uint_eq(count_char(p, (size_t)(e - p), '\t') + 1, cols);
        ck_assert_ptr_null(memchr(p, '\r', (size_t)(e - p)));
        const char *tab = memchr(p, '\t', (size_t)(e - p));
        size_t k = tsv_unescape(p, (size_t)(tab - p), field);
        ck_assert_uint_eq(k, strlen(id));
        ck_assert_mem_eq(field, id, k);
        /* every other field unescapes too */
        for (const char *q = tab + 1; q < e;) {
            const char *t = memchr(q, '\t', (size_t)(e - q));
            if (!t) t = e;
            ck_assert_uint_ne(tsv_unescape(q, (size_t)(t - q), field), SIZE_MAX);
            q = t + 1;
        }
        rows++;
        p = e + 1;
    }
    free(field);
    ck_assert_uint_ge(rows, min_rows);
}

static const arv_view all_views[] = {ARV_VIEW_TOKENS, ARV_VIEW_LOOKUP, ARV_VIEW_ENTITIES, ARV_VIEW_EVENTS};

START_TEST(test_tsv_escape_id)
{
    size_t len;
    char *text = slurp("../corpus/docs/000_bce8d6ddd41ba8a9.txt", &len);
    for (size_t v = 0; v < N(all_views); v++) {
        size_t n;
        char *out = render(doc, hostile_ids[_i], text, len, all_views[v], ARV_FMT_TSV, ARV_WRITE_ALL, &n);
        /* the seed article has tokens and matches (entities and events
         * may be empty while those stages are being written) */
        check_tsv(out, n, hostile_ids[_i], all_views[v] <= ARV_VIEW_LOOKUP ? 5 : 0);
        free(out);
    }
    free(text);
}
END_TEST

/* Token texts with CR and NUL: escaped, never raw. */
START_TEST(test_tsv_escape_text)
{
    static const char text[] = "قال\r\nالرئيس \0 x\\y\rz";
    size_t n;
    char *out = render(doc, "d", text, sizeof text - 1, ARV_VIEW_TOKENS, ARV_FMT_TSV, 0, &n);
    check_tsv(out, n, "d", 5);
    ck_assert_ptr_null(memchr(out, '\0', n));
    ck_assert_ptr_nonnull(strstr(out, "\tsymbol\t\\\\\t\\\\\n") ? out : strstr(out, "\tpunct\t\\\\\t\\\\\n"));
    free(out);
}
END_TEST

/* ---- JSONL ------------------------------------------------------------- */

typedef struct jv { const unsigned char *p, *e; } jv;

static int j_ws(jv *j)
{
    while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
    return 1;
}

/* Strict RFC 8259 string with valid UTF-8 (no surrogates, no overlongs). */
static int j_string(jv *j)
{
    if (j->p >= j->e || *j->p != '"') return 0;
    j->p++;
    while (j->p < j->e) {
        unsigned c = *j->p;
        if (c == '"') { j->p++; return 1; }
        if (c < 0x20) return 0;
        if (c == '\\') {
            if (++j->p >= j->e) return 0;
            c = *j->p++;
            if (c == 'u') {
                for (int k = 0; k < 4; k++, j->p++)
                    if (j->p >= j->e || !strchr("0123456789abcdefABCDEF", *j->p) || !*j->p) return 0;
            } else if (!strchr("\"\\/bfnrt", (int)c) || !c) {
                return 0;
            }
            continue;
        }
        if (c < 0x80) { j->p++; continue; }
        size_t k;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) k = 2, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF) k = 3, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4) k = 4, cp = c & 0x07;
        else return 0;
        if ((size_t)(j->e - j->p) < k) return 0;
        for (size_t i = 1; i < k; i++) {
            if ((j->p[i] & 0xC0) != 0x80) return 0;
            cp = cp << 6 | (j->p[i] & 0x3F);
        }
        if (k == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
        if (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
        j->p += k;
    }
    return 0;
}

static int j_value(jv *j, int depth);

static int j_number(jv *j)
{
    const unsigned char *s = j->p;
    if (j->p < j->e && *j->p == '-') j->p++;
    if (j->p >= j->e) return 0;
    if (*j->p == '0') j->p++;
    else if (*j->p >= '1' && *j->p <= '9') while (j->p < j->e && *j->p >= '0' && *j->p <= '9') j->p++;
    else return 0;
    if (j->p < j->e && *j->p == '.') {
        j->p++;
        if (j->p >= j->e || *j->p < '0' || *j->p > '9') return 0;
        while (j->p < j->e && *j->p >= '0' && *j->p <= '9') j->p++;
    }
    return j->p > s;
}

static int j_value(jv *j, int depth)
{
    if (depth > 64) return 0;
    j_ws(j);
    if (j->p >= j->e) return 0;
    if (*j->p == '"') return j_string(j);
    if (*j->p == '{' || *j->p == '[') {
        unsigned char close = *j->p == '{' ? '}' : ']';
        int obj = close == '}';
        j->p++;
        j_ws(j);
        if (j->p < j->e && *j->p == close) { j->p++; return 1; }
        for (;;) {
            if (obj) {
                j_ws(j);
                if (!j_string(j)) return 0;
                j_ws(j);
                if (j->p >= j->e || *j->p++ != ':') return 0;
            }
            if (!j_value(j, depth + 1)) return 0;
            j_ws(j);
            if (j->p >= j->e) return 0;
            if (*j->p == ',') { j->p++; continue; }
            if (*j->p == close) { j->p++; return 1; }
            return 0;
        }
    }
    static const char *const lit[] = {"true", "false", "null"};
    for (size_t i = 0; i < N(lit); i++) {
        size_t l = strlen(lit[i]);
        if ((size_t)(j->e - j->p) >= l && memcmp(j->p, lit[i], l) == 0) { j->p += l; return 1; }
    }
    return j_number(j);
}

/* Each line is one valid JSON object; returns the number of lines. */
static size_t check_jsonl(const char *out, size_t n)
{
    size_t lines = 0;
    for (const char *p = out; p < out + n;) {
        const char *e = memchr(p, '\n', (size_t)(out + n - p));
        ck_assert_ptr_nonnull(e);
        jv j = {(const unsigned char *)p, (const unsigned char *)e};
        ck_assert_int_eq(*p, '{');
        ck_assert_msg(j_value(&j, 0) && (j_ws(&j), j.p == j.e), "invalid JSON line %zu at byte %td: %.*s", lines + 1,
                      (const char *)j.p - p, (int)(e - p), p);
        lines++;
        p = e + 1;
    }
    return lines;
}

/* The validator itself rejects what it must. */
START_TEST(test_validator)
{
    static const char *const bad[] = {
        "{\"a\":\"\x01\"}\n", "{\"a\":\"\xFF\"}\n", "{\"a\":\"\xED\xA0\x80\"}\n", "{\"a\":\"\xC0\xAF\"}\n",
        "{\"a\":\"\\x\"}\n", "{\"a\":1,}\n", "{\"a\":\"\t\"}\n", "{\"a\":01}\n",
    };
    for (size_t i = 0; i < N(bad); i++) {
        jv j = {(const unsigned char *)bad[i], (const unsigned char *)bad[i] + strlen(bad[i]) - 1};
        ck_assert_msg(!j_value(&j, 0) || (j_ws(&j), j.p != j.e), "accepted %s", bad[i]);
    }
    const char *good = "{\"a\":\"\\u0000\\ud83d\xD8\xA7\",\"b\":[1,-0.5,true,null,{}]}";
    jv j = {(const unsigned char *)good, (const unsigned char *)good + strlen(good)};
    ck_assert(j_value(&j, 0) && j.p == j.e);
}
END_TEST

/* xorshift: the same bytes on every run */
static uint32_t rnd(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

#define S(x) x, sizeof x - 1
static const struct { const char *what; const char *id; size_t idlen; const char *text; size_t len; } json_cases[] = {
    {"invalid UTF-8", S("bad\xFF\xFE id\xC3"), S("قال \xFF\xFE الرئيس \xC0\xAF \xED\xA0\x80 \xF5\x80\x80\x80 \xE2\x82")},
    {"control chars", S("c\x01\x1F\x7F\t\n\r\"\\"), S("a\x01" "b \x1B[31m قال\x7F \"x\" \\ \f\v\b")},
    {"NUL bytes", S("nul"), S("قال\0الرئيس\0")},
    {"bidi and BOM", S("\xE2\x80\xAE" "rtl"), S("\xEF\xBB\xBF\xE2\x80\xAE" "قال \xE2\x80\x8F" "الرئيس\xE2\x81\xA6 x")},
};

START_TEST(test_jsonl_valid)
{
    char id[32];
    memcpy(id, json_cases[_i].id, json_cases[_i].idlen);
    id[json_cases[_i].idlen] = '\0';
    char *text = malloc(json_cases[_i].len + 1);
    memcpy(text, json_cases[_i].text, json_cases[_i].len);
    text[json_cases[_i].len] = '\0';
    for (size_t v = 0; v < N(all_views); v++) {
        size_t n;
        char *out = render(doc, id, text, json_cases[_i].len, all_views[v], ARV_FMT_JSONL,
                           ARV_WRITE_ALL | ARV_WRITE_EXPLAIN, &n);
        size_t lines = check_jsonl(out, n);
        arv_doc_counts c;
        arv_doc_counts_get(doc, &c);
        if (all_views[v] == ARV_VIEW_TOKENS) {
            ck_assert_uint_gt(c.tokens, 0);
            ck_assert_uint_eq(lines, c.tokens);
        }
        free(out);
    }
    free(text);
}
END_TEST

/* Random bytes, biased towards Arabic and the bytes that need escaping. */
START_TEST(test_jsonl_random)
{
    static const char *const pieces[] = {"قال ", "الرئيس ", "مصر ", "ليبيا ", "\xFF", "\xC3", "\x80", "\t", "\n",
                                         "\r", "\"", "\\", "\x01", ". ", "\xE2\x80\xAE", "\xF0\x9F\x98\x80", "\0"};
    uint32_t seed = 0x9E3779B9u + (uint32_t)_i;
    char text[2048];
    for (int round = 0; round < 40; round++) {
        size_t n = 0, want = rnd(&seed) % 1500;
        while (n < want) {
            if (rnd(&seed) % 4 == 0) {
                text[n++] = (char)(rnd(&seed) & 0xFF);
            } else {
                const char *p = pieces[rnd(&seed) % N(pieces)];
                size_t l = *p ? strlen(p) : 1;
                memcpy(text + n, p, l);
                n += l;
            }
        }
        text[n] = '\0';
        char id[16];
        for (int k = 0; k < 15; k++) id[k] = (char)(rnd(&seed) % 255 + 1);
        id[15] = '\0';
        size_t on;
        char *out = render(doc, id, text, n, (arv_view)(round % 4), ARV_FMT_JSONL, ARV_WRITE_ALL | ARV_WRITE_EXPLAIN,
                           &on);
        check_jsonl(out, on);
        free(out);
        out = render(doc, id, text, n, (arv_view)(round % 4), ARV_FMT_TSV, ARV_WRITE_ALL, &on);
        check_tsv(out, on, id, 0);
        free(out);
    }
}
END_TEST

/* ---- determinism ------------------------------------------------------- */

static const char *const corpus_docs[] = {
    "../corpus/docs/000_bce8d6ddd41ba8a9.txt", "../corpus/docs/001_snn_20150721.txt",
    "../corpus/docs/002_snn_20150721.txt", "../corpus/docs/003_snn_20150721.txt",
};

START_TEST(test_deterministic)
{
    arv_format fmt = _i ? ARV_FMT_JSONL : ARV_FMT_TSV;
    char *first[N(corpus_docs)];
    size_t firstn[N(corpus_docs)];
    /* run 1: one context reused over all documents */
    for (size_t k = 0; k < N(corpus_docs); k++) {
        size_t len;
        char *text = slurp(corpus_docs[k], &len);
        first[k] = render(doc, corpus_docs[k], text, len, ARV_VIEW_EVENTS, fmt, ARV_WRITE_ALL | ARV_WRITE_EXPLAIN,
                          &firstn[k]);
        free(text);
    }
    /* run 2: in reverse order, each with a fresh engine and context */
    for (size_t k = N(corpus_docs); k-- > 0;) {
        size_t len, n;
        char *text = slurp(corpus_docs[k], &len);
        arv_engine *e2 = arv_engine_new(NULL);
        arv_doc *d2 = arv_doc_new(e2, NULL);
        char *out = render(d2, corpus_docs[k], text, len, ARV_VIEW_EVENTS, fmt, ARV_WRITE_ALL | ARV_WRITE_EXPLAIN, &n);
        ck_assert_uint_eq(n, firstn[k]);
        ck_assert_mem_eq(out, first[k], n);
        free(out);
        arv_doc_free(d2);
        arv_engine_free(e2);
        free(text);
        free(first[k]);
    }
}
END_TEST

/* ---- CoNLL ------------------------------------------------------------- */

/* Input tokens as the CoNLL reader builds them: ' ' between tokens, '\n'
 * between sentences. Some cut Arabic words apart or glue punctuation. */
static const char *const conll_sents[][12] = {
    {"قال", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "إن", "مصر", "ستدعم", "ليبيا", ".", NULL},
    {"وصل", "وزير", "الخارجية", "الأمريكي", "إلى", "الرياض", "،", "أمس", NULL},
    {"x\\y", "ب", "القاهرة", "2020", "في", "مصر.", NULL},
};

START_TEST(test_conll_lines)
{
    char text[1024];
    unsigned pairs[128];
    const char *tok[64];
    size_t n = 0, nt = 0;
    for (size_t s = 0; s < N(conll_sents); s++) {
        for (size_t i = 0; conll_sents[s][i]; i++) {
            if (i) text[n++] = ' ';
            size_t l = strlen(conll_sents[s][i]);
            pairs[2 * nt] = (unsigned)n;
            memcpy(text + n, conll_sents[s][i], l);
            n += l;
            pairs[2 * nt + 1] = (unsigned)n;
            tok[nt++] = conll_sents[s][i];
        }
        text[n++] = '\n';
    }
    text[n] = '\0';
    arv_doc_run(doc, "c", text, n, NULL, ARV_VIEW_ENTITIES);
    arv_doc_set_input_tokens(doc, pairs, nt);
    char *buf = NULL;
    size_t bn = 0;
    FILE *f = open_memstream(&buf, &bn);
    arv_write_header(f, ARV_VIEW_ENTITIES, ARV_FMT_CONLL, 0);
    arv_doc_write(doc, f, ARV_VIEW_ENTITIES, ARV_FMT_CONLL, 0);
    fclose(f);
    size_t line = 0, blank = 0, tagged = 0;
    char prev[16] = "O";
    char field[128];
    for (char *p = buf; p < buf + bn;) {
        char *e = memchr(p, '\n', (size_t)(buf + bn - p));
        ck_assert_ptr_nonnull(e);
        if (e == p) {
            blank++;
            strcpy(prev, "O");
            p = e + 1;
            continue;
        }
        ck_assert_uint_lt(line, nt);
        char *tab = memchr(p, '\t', (size_t)(e - p));
        ck_assert_ptr_nonnull(tab);
        size_t k = tsv_unescape(p, (size_t)(tab - p), field);
        ck_assert_uint_eq(k, strlen(tok[line]));
        ck_assert_mem_eq(field, tok[line], k);
        char tag[16];
        size_t tl = (size_t)(e - tab - 1);
        ck_assert_uint_lt(tl, sizeof tag);
        memcpy(tag, tab + 1, tl);
        tag[tl] = '\0';
        int ok = !strcmp(tag, "O");
        if (!ok && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
            ok = !strcmp(tag + 2, "PER") || !strcmp(tag + 2, "ORG") || !strcmp(tag + 2, "LOC") ||
                 !strcmp(tag + 2, "DATE");
            tagged++;
            /* BIO: I-X continues a B-X or I-X */
            if (tag[0] == 'I') ck_assert_msg(prev[0] != 'O' && !strcmp(prev + 2, tag + 2), "%s after %s", tag, prev);
        }
        ck_assert_msg(ok, "bad tag '%s'", tag);
        strcpy(prev, tag);
        line++;
        p = e + 1;
    }
    ck_assert_uint_eq(line, nt);   /* exactly one line per input token */
    ck_assert_uint_eq(blank, N(conll_sents));
    arv_doc_counts c;
    arv_doc_counts_get(doc, &c);
    ck_assert_uint_le(tagged, nt);
    if (c.entities) ck_assert_uint_gt(tagged, 0);
    free(buf);
}
END_TEST

/* The tags of one sentence of space-separated input tokens, space-separated. */
static void conll_tags(const char *sentence, unsigned flags, char *out, size_t outn)
{
    unsigned pairs[64];
    size_t nt = 0, n = strlen(sentence);
    out[0] = '\0';
    for (size_t i = 0; i < n && nt < 32;) {
        size_t j = i;
        while (j < n && sentence[j] != ' ') j++;
        pairs[2 * nt] = (unsigned)i;
        pairs[2 * nt + 1] = (unsigned)j;
        nt++;
        i = j + 1;
    }
    arv_doc_run(doc, "c", sentence, n, NULL, ARV_VIEW_ENTITIES);
    arv_doc_set_input_tokens(doc, pairs, nt);
    char *buf = NULL;
    size_t bn = 0;
    FILE *f = open_memstream(&buf, &bn);
    arv_doc_write(doc, f, ARV_VIEW_ENTITIES, ARV_FMT_CONLL, flags);
    fclose(f);
    size_t o = 0;
    for (char *p = buf; p < buf + bn;) {
        char *e = memchr(p, '\n', (size_t)(buf + bn - p));
        char *tab = e ? memchr(p, '\t', (size_t)(e - p)) : NULL;
        if (!e) break;
        if (tab) o += (size_t)snprintf(out + o, outn - o, "%s%.*s", o ? " " : "", (int)(e - tab - 1), tab + 1);
        p = e + 1;
    }
    free(buf);
}

/* --scheme anercorp: names only, as ANERcorp tags them. A government body
 * named by description is no name; the head before a name, the country
 * nisba after it stay out. The default scheme follows corpus/GUIDELINES.md. */
static const struct { const char *sentence, *arevent, *anercorp; } scheme_cases[] = {
    {"أعلنت وزارة الخارجية الأمريكية أن", "O B-ORG I-ORG I-ORG O", "O O O O O"},
    {"وقالت الحكومة اللبنانية إن", "O B-ORG I-ORG O", "O O O O"},
    {"قالت حركة حماس إن", "O B-ORG I-ORG O", "O O B-ORG O"},
    {"نقلت صحيفة الحياة عن مصادر", "O B-ORG I-ORG O O", "O O B-ORG O O"},
    {"زار الوفد دولة قطر ثم", "O O B-LOC I-LOC O", "O O O B-LOC O"},
    /* ... also a compass word: جنوب | أفريقيا */
    {"لعب منتخب جنوب أفريقيا جيدا", "O O B-LOC I-LOC O", "O O O B-LOC O"},
    /* a head with the article is part of the name */
    {"وصل الحجاج إلى المدينة المنورة ثم", "O O O B-LOC I-LOC O", "O O O B-LOC I-LOC O"},
    {"فاز نادي برشلونة الإسباني على", "O B-ORG I-ORG I-ORG O", "O O B-ORG O O"},
    /* ... also before a club's name of an adjective's shape */
    {"وقال رئيس النادي الأهلي إن", "O O B-ORG I-ORG O", "O O O B-ORG O"},
    /* a club named by an adjective is described: ANERcorp leaves it */
    {"وقال النادي الكاتالوني إن", "O B-ORG I-ORG O", "O O O O"},
    /* ... and a listed team's (فريق العربي) */
    {"حقق فريق العربي بداية جيدة", "O B-ORG I-ORG O O", "O O B-ORG O O"},
    /* a participle after a listed place is no part of its name; a nisba is */
    {"وصل الحجاج إلى مكة المكرمة ثم", "O O O B-LOC I-LOC O", "O O O B-LOC O O"},
    {"زار الوفد الولايات المتحدة الأمريكية ثم", "O O B-LOC I-LOC I-LOC O", "O O B-LOC I-LOC I-LOC O"},
    /* an adjective after the head: the name of a body, kept whole */
    {"أعلنت الوكالة الدولية للطاقة الذرية أن", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
    /* the country nisba after a listed name stays out of it too */
    {"قال حزب الله اللبناني إن", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG O O"},
    /* a head and a chain of common nouns is a description in both (GUIDELINES.md:
     * named only with its country); a name in the chain makes a name */
    {"وقال مجلس العلماء إن", "O O O O", "O O O O"},
    {"فاز اتحاد الخميسات على", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
    /* a mosque's name is a place to us, a body to ANERcorp */
    {"ويعتبر مسجد هوبان من أفخم المساجد", "O O B-LOC O O O", "O O B-ORG O O O"},
    /* a facility named after a person is a place to us; to ANERcorp a
     * mosque's person is the person, an airport or a stadium MISC, a market
     * or an airport named by its town the town */
    {"صلى في مسجد الملك الحسن الثاني أمس", "O O B-LOC I-LOC I-LOC I-LOC B-DATE", "O O O O B-PER I-PER B-DATE"},
    {"وصل إلى مطار محمد الخامس الدولي أمس", "O O B-LOC I-LOC I-LOC I-LOC B-DATE", "O O O O O O B-DATE"},
    {"أقيمت المباراة في ملعب سانتياغو برنابيو أمس", "O O O B-LOC I-LOC I-LOC B-DATE", "O O O O O O B-DATE"},
    {"ارتفع مؤشر سوق دبي المالي أمس", "O O B-ORG I-ORG I-ORG B-DATE", "O O O B-LOC O B-DATE"},
    {"وصل إلى مطار دمشق الدولي أمس", "O O B-LOC I-LOC I-LOC B-DATE", "O O O B-LOC O B-DATE"},
    /* a place naming a championship is in its MISC name to ANERcorp, but
     * for the cup alone */
    {"في بطولة كأس إنجلترا أمس", "O O O B-LOC B-DATE", "O O O O B-DATE"},
    {"في كأس آسيا أمس", "O O B-LOC B-DATE", "O O B-LOC B-DATE"},
    /* ... and so is a bloc named by a date */
    {"وقالت قوى 14 آذار في بيان", "O B-ORG I-ORG I-ORG O O", "O O O O O O"},
    /* a place alone in quotes names a work to ANERcorp, but after a place's
     * head; after a body's head it is the body */
    {"وصدرت رواية \" الكرنك \" عام 1974", "O O O B-LOC O B-DATE I-DATE", "O O O O O B-DATE I-DATE"},
    {"توفي في مدينة \" برلين \" الألمانية", "O O O O B-LOC O O", "O O O O B-LOC O O"},
    {"حصل على الماجستير من جامعة « نورث كارولاينا » ، في", "O O O O O O B-LOC I-LOC O O O",
     "O O O O O O B-ORG I-ORG O O O"},
    /* a body and the one it belongs to: the first is tagged to ANERcorp */
    {"قرار في مجلس الامن التابع للامم المتحدة يمهد", "O O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O O B-ORG I-ORG O O O O"},
    /* ... and so is the person a cup is named after */
    {"في نهائي بطولة كأس الشيخ جاسم لكرة القدم", "O O O O O B-PER O O", "O O O O O O O O"},
    /* ... and so is a name that starts a work's quoted title */
    {"بالإضافة إلى مسلسل \" نصر الله \" إخراج أحمد فهمي", "O O O O B-PER I-PER O O B-PER I-PER",
     "O O O O O O O O B-PER I-PER"},
    /* a republic and its nisba are a description to ANERcorp, a full
     * official name is the place */
    {"والتقى رئيس الجمهورية اللبنانية أمس", "O O B-LOC I-LOC B-DATE", "O O O O B-DATE"},
    {"وصل إلى الجمهورية العربية السورية أمس", "O O B-LOC I-LOC I-LOC B-DATE", "O O B-LOC I-LOC I-LOC B-DATE"},
    /* a channel's name that is a common adjective, quoted after a noun,
     * qualifies the noun to ANERcorp; after the paper's head it is the paper */
    {"على مستوى قمة وترسى ركائز \" الجديد \" في روما", "O O O O O O B-ORG O O B-LOC", "O O O O O O O O O B-LOC"},
    {"وقالت صحيفة \" الحياة \" إن", "O O O B-ORG O O", "O O O B-ORG O O"},
    /* a peacekeeping force is MISC to ANERcorp */
    {"انتشرت قوات اليونيفيل في الجنوب", "O B-ORG I-ORG O O", "O O O O O"},
    {"وقالت يونيفيل في بيان إن", "O B-ORG O O O", "O O O O O"},
    /* a listed place that a generic word starts is the place inside to ANERcorp */
    {"تقع مزارع شبعا على الحدود", "O B-LOC I-LOC O O", "O O B-LOC O O"},
    {"وصل إلى العاصمة الأردنية عمان أمس", "O O B-LOC I-LOC I-LOC B-DATE", "O O O O B-LOC B-DATE"},
    /* مولاي before a Moroccan prince's name is his title to ANERcorp */
    {"واستقبل الأمير مولاي رشيد في الرباط", "O O B-PER I-PER O B-LOC", "O O O B-PER O B-LOC"},
    /* a sect after the people it qualifies: the sect's word alone to ANERcorp */
    {"وسط المسلمين الشيعة من حيث", "O O O O O", "O O B-ORG O O"},
    /* a hyphenated name is one to us, two to ANERcorp */
    {"قال الزعيم الكوري كيم جونغ - ايل إن", "O O O B-PER I-PER I-PER I-PER O", "O O O B-PER I-PER O B-PER O"},
    /* a listed club named by its head and an adjective is a name to ANERcorp */
    {"وسيتقبل فريق النادي المكناسي العائد من القاهرة", "O O B-ORG I-ORG O O B-LOC", "O O B-ORG I-ORG O O B-LOC"},
    /* a listed body named inside a part or an office of it is tagged alone */
    {"وصلت بعثة الأمم المتحدة إلى بيروت", "O B-ORG I-ORG I-ORG O B-LOC", "O O B-ORG I-ORG O B-LOC"},
    {"وقال رئيس مفوضية الاتحاد الأوروبي إن", "O O B-ORG I-ORG I-ORG O", "O O O B-ORG I-ORG O"},
    /* a country named inside a description is tagged alone */
    {"دفعت حكومة كوبا المبلغ", "O B-ORG I-ORG O", "O O B-LOC O"},
    {"اعتقلت شرطة بنغلاديش نحو", "O B-ORG I-ORG O", "O O B-LOC O"},
    /* ... also inside a listed name */
    {"منذ تصاعد المقاومة الإسلامية في لبنان في", "O O B-ORG I-ORG I-ORG I-ORG O", "O O O O O B-LOC O"},
    /* an occupation is a description too */
    {"الاحتلال الإسرائيلي يواصل اعتداءاته", "B-ORG I-ORG O O", "O O O O"},
    /* a body of no state under a government head is named, not described */
    {"برعاية اللجنة الدولية للصليب الأحمر ثم", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
    /* a sect, an ethnic group: a group ANERcorp tags ORG, no name by ours;
     * nationals are no name in either */
    {"اشتباكات بين الشيعة والأكراد في", "O O O O O", "O O B-ORG B-ORG O"},
    {"وقال الليبيون إن", "O O O", "O O O"},
    /* ... but not a plural in ين or ون, nor two sects together */
    {"ويعود تاريخ الكنعانيين في المنطقة", "O O O O O", "O O O O O"},
    {"اشتباكات بين سنة وشيعة في بغداد", "O O O O O B-LOC", "O O O O O B-LOC"},
    /* a news agency is named by what follows "news", whole, by its short
     * name after its country, or not at all */
    {"وذكرت وكالة أنباء الشرق الأوسط أن", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
    {"وعلمت وكالة الأنباء القطرية قنا أن", "O B-ORG I-ORG I-ORG I-ORG O", "O O O O B-ORG O"},
    {"ونقلت وكالة الانباء العراقية عن", "O B-ORG I-ORG I-ORG O", "O O O O O"},
    /* a news agency written as letters is untagged there */
    {"القاهرة ( د ب أ ) أعلن", "B-LOC O B-ORG I-ORG I-ORG O O", "B-LOC O O O O O O"},
    /* buildings and holy sites are MISC to ANERcorp: untagged there */
    {"صلى في المسجد الأقصى أمس", "O O B-LOC I-LOC B-DATE", "O O O O B-DATE"},
    {"وقال البيت الأبيض إن", "O B-ORG I-ORG O", "O O O O"},
    /* persons and countries alike in both */
    {"وقال الموسيقار غرانكو ماتيستا في مصر", "O O B-PER I-PER O B-LOC", "O O B-PER I-PER O B-LOC"},
};

START_TEST(test_conll_scheme)
{
    char got[256];
    conll_tags(scheme_cases[_i].sentence, 0, got, sizeof got);
    ck_assert_str_eq(got, scheme_cases[_i].arevent);
    conll_tags(scheme_cases[_i].sentence, ARV_WRITE_ANERCORP, got, sizeof got);
    ck_assert_str_eq(got, scheme_cases[_i].anercorp);
}
END_TEST

/* No input tokens: nothing at all is written. */
START_TEST(test_conll_empty)
{
    arv_doc_run(doc, "c", "قال", strlen("قال"), NULL, ARV_VIEW_ENTITIES);
    char *buf = NULL;
    size_t bn = 0;
    FILE *f = open_memstream(&buf, &bn);
    arv_doc_write(doc, f, ARV_VIEW_ENTITIES, ARV_FMT_CONLL, 0);
    fclose(f);
    ck_assert_uint_eq(bn, 0);
    free(buf);
}
END_TEST

Suite *writer_suite(void)
{
    Suite *s = suite_create("writer");
    TCase *tc = tcase_create("writer");
    tcase_set_timeout(tc, 30);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_header, 0, (int)N(hdr_cases));
    tcase_add_loop_test(tc, test_tsv_escape_id, 0, (int)N(hostile_ids));
    tcase_add_test(tc, test_tsv_escape_text);
    tcase_add_test(tc, test_validator);
    tcase_add_loop_test(tc, test_jsonl_valid, 0, (int)N(json_cases));
    tcase_add_loop_test(tc, test_jsonl_random, 0, 4);
    tcase_add_loop_test(tc, test_deterministic, 0, 2);
    tcase_add_test(tc, test_conll_lines);
    tcase_add_test(tc, test_conll_empty);
    tcase_add_loop_test(tc, test_conll_scheme, 0, (int)N(scheme_cases));
    suite_add_tcase(s, tc);
    return s;
}
