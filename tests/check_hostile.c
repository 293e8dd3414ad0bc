/* check_hostile.c: hostile input through every entry point: the pipeline
 * (arv_doc_run up to events, then every writer), the JSON reader, the file
 * reader and the dictionary builder. Each must not crash, hang or lose data,
 * and must report problems as documented. Regression cases found by the
 * fuzzers (tools/fuzz.sh) live here too. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "arevent.h"
#include "json.h"
#include "lexicon.h"
#include "reader.h"
#include "suites.h"
#include "token.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define S(x) x, sizeof x - 1

static arv_engine *eng;
static arv_doc *doc;
static FILE *devnull;

static void setup(void)
{
    eng = arv_engine_new(NULL);
    doc = arv_doc_new(eng, NULL);
    devnull = fopen("/dev/null", "w");
    ck_assert_ptr_nonnull(devnull);
}

static void teardown(void)
{
    arv_doc_free(doc);
    arv_engine_free(eng);
    fclose(devnull);
}

/* Runs text through the whole pipeline and every writer; checks what holds
 * for any input: tokens in order, inside the text, never empty; sentences
 * tile the tokens. Returns the problems reported. */
static size_t pipeline(const char *text, size_t len)
{
    char *copy = malloc(len + 1);   /* exact size: ASan sees any overread */
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, text, len);
    copy[len] = '\0';
    size_t problems = arv_doc_run(doc, "hostile", copy, len, "2020-06-12", ARV_VIEW_EVENTS);
    for (int f = ARV_FMT_TSV; f <= ARV_FMT_JSONL; f++) {
        arv_doc_write(doc, devnull, ARV_VIEW_TOKENS, (arv_format)f, 0);
        arv_doc_write(doc, devnull, ARV_VIEW_LOOKUP, (arv_format)f, 0);
        arv_doc_write(doc, devnull, ARV_VIEW_ENTITIES, (arv_format)f, 0);
        arv_doc_write(doc, devnull, ARV_VIEW_EVENTS, (arv_format)f, ARV_WRITE_ALL | ARV_WRITE_EXPLAIN);
    }
    free(copy);
    return problems;
}

/* Tokens of the last run, re-tokenized on their own for the checks. */
static arv_tokens tk;
static arv_diag quiet = {NULL, 0, 0};

static size_t tokenize(const char *text, size_t len)
{
    char *copy = malloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    quiet.warnings = quiet.errors = 0;
    size_t p = arv_tokenize(copy, len, &tk, "t", &quiet);
    uint32_t prev = 0;
    size_t in_sent = 0;
    /* asserted once at the first bad token: each ck_assert marks its point
     * for the forked runner, which on a million tokens took seconds */
    for (size_t i = 0; i < tk.tok.n; i++) {
        const arv_token *t = &tk.tok.v[i];
        if (t->start < prev || t->end <= t->start || t->end > len)
            ck_abort_msg("token %zu [%u,%u) after %u in %zu bytes", i, t->start, t->end, prev, len);
        prev = t->end;
    }
    for (size_t s = 0; s < tk.sent.n; s++) in_sent += tk.sent.v[s].count;
    ck_assert_uint_eq(in_sent, tk.tok.n);
    free(copy);
    return p;
}

/* ---- text through the pipeline ----------------------------------------- */

static const struct {
    const char *what;
    const char *text;
    size_t len;
    size_t problems;   /* one warning per run of invalid UTF-8 */
    size_t ntok;       /* tokens; SIZE_MAX: not checked */
    size_t nsent;
} text_cases[] = {
    {"overlong slash", S("قال \xC0\xAF الرئيس"), 1, 3, 1},
    {"overlong NUL", S("\xC0\x80"), 1, 1, 1},
    {"overlong 3-byte", S("a \xE0\x80\xAF b"), 1, 3, 1},
    {"overlong 4-byte", S("a \xF0\x80\x80\xAF b"), 1, 3, 1},
    {"surrogate", S("\xED\xA0\x80\xED\xB0\x80"), 1, 1, 1},
    {"beyond U+10FFFF", S("\xF4\x90\x80\x80 x"), 1, 2, 1},
    {"lone continuation bytes", S("\x80\xBF x \x80"), 2, 3, 1},
    {"truncated sequences", S("\xD8 \xE2\x82 \xF0\x9F\x98"), 3, 3, 1},
    {"bytes FE FF", S("\xFE\xFF\xFF\xFE"), 1, 1, 1},
    {"invalid inside a word", S("ليب\xFFيا"), 1, SIZE_MAX, 1},
    {"NUL bytes", S("قال\0\0الرئيس\0"), 0, SIZE_MAX, 1},
    {"only NUL", S("\0"), 0, 1, 1},
    {"bidi overrides", S("\xE2\x80\xAEقال\xE2\x80\xAC \xE2\x81\xA7الرئيس\xE2\x81\xA9 \xE2\x80\x8F"), 0, SIZE_MAX, SIZE_MAX},
    {"only bidi marks", S("\xE2\x80\xAE\xE2\x80\xAD\xE2\x80\x8F\xE2\x81\xA6"), 0, SIZE_MAX, SIZE_MAX},
    {"CRLF", S("العنوان\r\n\r\nقال الرئيس.\r\nثم ذهب.\r\n"), 0, 7, 3},
    {"CR only", S("العنوان\r\rقال الرئيس.\rثم ذهب.\r"), 0, 7, 3},
    {"BOM", S("\xEF\xBB\xBFقال الرئيس."), 0, 3, 1},
    {"BOM only", S("\xEF\xBB\xBF"), 0, 0, 0},
    {"empty", S(""), 0, 0, 0},
    {"white space only", S(" \n\r\t\v\f"), 0, 0, 0},
    {"long punctuation run", S("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"), 0,
     SIZE_MAX, SIZE_MAX},
    {"clitics only", S("و ف ب ك ل لل ولل وب س"), 0, SIZE_MAX, 1},
};

START_TEST(test_text)
{
    const char *t = text_cases[_i].text;
    size_t len = text_cases[_i].len;
    size_t p = pipeline(t, len);
    ck_assert_msg(p == text_cases[_i].problems, "%s: %zu problems, want %zu", text_cases[_i].what, p,
                  text_cases[_i].problems);
    ck_assert_uint_eq(tokenize(t, len), text_cases[_i].problems);
    if (text_cases[_i].ntok != SIZE_MAX)
        ck_assert_msg(tk.tok.n == text_cases[_i].ntok, "%s: %zu tokens, want %zu", text_cases[_i].what, tk.tok.n,
                      text_cases[_i].ntok);
    if (text_cases[_i].nsent != SIZE_MAX)
        ck_assert_msg(tk.sent.n == text_cases[_i].nsent, "%s: %zu sentences, want %zu", text_cases[_i].what,
                      tk.sent.n, text_cases[_i].nsent);
    /* nothing is lost: every byte that is not white space or an invisible
     * format character lies inside a token */
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        while (k < tk.tok.n && tk.tok.v[k].end <= i) k++;
        if (k < tk.tok.n && tk.tok.v[k].start <= i) { i = tk.tok.v[k].end; continue; }
        unsigned char c = (unsigned char)t[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) { i++; continue; }
        if (c == 0xE2 || c == 0xEF || c == 0xC2 || c == 0xD8) { i += c == 0xC2 || c == 0xD8 ? 2 : 3; continue; }
        ck_assert_msg(0, "%s: byte %zu (0x%02x) is in no token", text_cases[_i].what, i, c);
    }
}
END_TEST

/* CRLF and CR give the same tokens (by text) and sentences as LF. */
START_TEST(test_line_ends_agree)
{
    static const char lf[] = "العنوان\n\nقال الرئيس\nثم ذهب\n";
    static const char crlf[] = "العنوان\r\n\r\nقال الرئيس\r\nثم ذهب\r\n";
    static const char cr[] = "العنوان\r\rقال الرئيس\rثم ذهب\r";
    const char *v[] = {lf, crlf, cr};
    size_t ntok[3], nsent[3];
    for (int i = 0; i < 3; i++) {
        tokenize(v[i], strlen(v[i]));
        ntok[i] = tk.tok.n;
        nsent[i] = tk.sent.n;
    }
    ck_assert_uint_eq(ntok[0], 5);
    ck_assert_uint_eq(nsent[0], 3);
    ck_assert_uint_eq(ntok[1], ntok[0]);
    ck_assert_uint_eq(ntok[2], ntok[0]);
    ck_assert_uint_eq(nsent[1], nsent[0]);
    ck_assert_uint_eq(nsent[2], nsent[0]);
}
END_TEST

/* A 1 MB token of each kind through the whole pipeline. */
static const char *const long_units[] = {"\xD8\xA8", "a", "7", "\xFF", "\xD9\x8E", "\xD8\xA8\xD9\x80", "!", "1.",
                                         "a-", "http://x/", "\xE2\x80\xAE", " ", "\n", "\r\n",
                                         /* the bytes an e-mail address may start with: each run must be
                                          * scanned once, not once per token (quadratic: minutes per MB) */
                                         ".", "-", "%", "+", "_", "a.", ".a", "x@a.",
                                         /* one endless sentence of clause heads, entities, dates and
                                          * surnames: the frame and anaphora rules must stay linear */
                                         "قال،", "\u202e\u200fقال\u200c،", "مصر،", "جون سميثسون وقال سميثسون،",
                                         "أمس،", "الوزارة،",
                                         /* names to keep or drop by their country near, facilities,
                                          * ages and clubs: searched, not compared pairwise */
                                         "الأسد،", "الأسد ودمشق،", "مطار الملك فهد (25 عاما)، أمام كولجاك التركي،",
                                         "خسر أمام كولجاك التركي،", "اقترب برشلونة،"};

START_TEST(test_long_token)
{
    size_t n = 1u << 20, ul = strlen(long_units[_i]);
    char *s = malloc(n + 8);
    ck_assert_ptr_nonnull(s);
    size_t k = 0;
    while (k + ul <= n) memcpy(s + k, long_units[_i], ul), k += ul;
    size_t p = pipeline(s, k);
    ck_assert_uint_le(p, 1);    /* one warning at most: one invalid run */
    tokenize(s, k);
    int blank = strspn(long_units[_i], " \r\n") == ul || strcmp(long_units[_i], "\xE2\x80\xAE") == 0;
    if (blank) {
        ck_assert_uint_eq(tk.tok.n, 0);
    } else {
        ck_assert_uint_ge(tk.tok.n, 1);
        ck_assert_uint_eq(tk.tok.v[tk.tok.n - 1].end, k);
    }
    free(s);
}
END_TEST

/* Many short sentences and many tokens: linear, no hang. */
START_TEST(test_many_tokens)
{
    size_t n = 2u << 20;
    char *s = malloc(n + 1);
    size_t k = 0;
    static const char unit[] = "قال مصر. ";
    while (k + sizeof unit - 1 <= n) memcpy(s + k, unit, sizeof unit - 1), k += sizeof unit - 1;
    ck_assert_uint_eq(pipeline(s, k), 0);
    arv_doc_counts c;
    arv_doc_counts_get(doc, &c);
    ck_assert_uint_eq(c.sentences, k / (sizeof unit - 1));
    ck_assert_uint_eq(c.tokens, 3 * c.sentences);
    free(s);
}
END_TEST

/* ---- JSON --------------------------------------------------------------- */

static char *nested(size_t depth, int arrays, const char *head, const char *tail, size_t *len)
{
    size_t hn = strlen(head), tn = strlen(tail);
    char *s = malloc(hn + tn + depth * 6 + 8);
    size_t k = 0;
    memcpy(s, head, hn), k += hn;
    for (size_t i = 0; i < depth; i++) {
        if (arrays) s[k++] = '[';
        else memcpy(s + k, "{\"a\":", 5), k += 5;
    }
    s[k++] = '1';
    for (size_t i = 0; i < depth; i++) s[k++] = arrays ? ']' : '}';
    memcpy(s + k, tail, tn), k += tn;
    s[k] = '\0';
    *len = k;
    return s;
}

START_TEST(test_json_deep)
{
    size_t len;
    char *s = nested(100000, _i, "{\"text\":\"x\",\"deep\":", "}", &len);
    arv_json_fields f = {"id", "text", NULL, NULL};
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e = {0, NULL};
    ck_assert_int_eq(arv_json_object(s, len, &f, &a, &d, &e), -1);
    ck_assert_str_eq(e.message, "nesting too deep");
    ck_assert_ptr_null(d.text.s);
    arv_arena_free(&a);
    free(s);
}
END_TEST

/* A huge string with escapes everywhere, unescaped in place. */
START_TEST(test_json_huge_string)
{
    size_t reps = 2u << 20;   /* 2M × "\\u0627x\\n" */
    size_t len = 9 + reps * 9 + 2;
    char *s = malloc(len + 1);
    size_t k = (size_t)sprintf(s, "{\"text\":\"");
    for (size_t i = 0; i < reps; i++) memcpy(s + k, "\\u0627x\\n", 9), k += 9;
    memcpy(s + k, "\"}", 2), k += 2;
    arv_json_fields f = {"id", "text", NULL, NULL};
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e;
    ck_assert_int_eq(arv_json_object(s, k, &f, &a, &d, &e), 0);
    ck_assert_uint_eq(d.text.len, reps * 4);
    ck_assert_mem_eq(d.text.s + (reps - 1) * 4, "\xD8\xA7x\n", 4);
    ck_assert_int_eq(d.text.s[d.text.len], '\0');
    arv_arena_free(&a);
    free(s);
}
END_TEST

static const struct { const char *json; size_t len; const char *msg; } unterminated[] = {
    {S("{\"text\":\"abc"), "unterminated string"},
    {S("{\"text\":\"abc\\"), "bad escape"},
    {S("{\"text\":\"abc\\\""), "unterminated string"},
    {S("{\"te"), "unterminated string"},
    {S("{\""), "unterminated string"},
    {S("{\"text\":\"\\u06"), "bad escape"},
    {S("{\"text\":\"\\ud83d"), "unterminated string"},
    {S("{\"text\":\"\\ud83d\\u"), "bad escape"},
    {S("{\"text\":\"x\0\"}"), "control character in string"},
    {S("{\"text\":\"x\"\0}"), "unexpected character"},
};

START_TEST(test_json_unterminated)
{
    char *buf = malloc(unterminated[_i].len);   /* exact size */
    memcpy(buf, unterminated[_i].json, unterminated[_i].len);
    arv_json_fields f = {"id", "text", NULL, NULL};
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e = {0, NULL};
    ck_assert_int_eq(arv_json_object(buf, unterminated[_i].len, &f, &a, &d, &e), -1);
    ck_assert_str_eq(e.message, unterminated[_i].msg);
    ck_assert_uint_le(e.offset, unterminated[_i].len);
    arv_arena_free(&a);
    free(buf);
}
END_TEST

/* ---- the file reader ---------------------------------------------------- */

static char tmpname[64];

static const char *tmp_write(const char *data, size_t len)
{
    snprintf(tmpname, sizeof tmpname, "/tmp/arv_hostile_XXXXXX");
    int fd = mkstemp(tmpname);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "wb");
    ck_assert_ptr_nonnull(f);
    if (len) ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
    return tmpname;
}

static void tmp_remove(void)
{
    if (tmpname[0]) unlink(tmpname);
    tmpname[0] = '\0';
}

/* Reads everything; counts documents and unreadable records; the texts of
 * the documents are concatenated into *texts (with '|' after each) when
 * texts is not NULL. */
static void read_counts(const char *path, arv_input_format fmt, size_t *ndoc, size_t *nbad, unsigned long *ndiag,
                        char *texts, size_t cap)
{
    arv_reader_opts o = {fmt, {"id", "text", "date", "title"}, NULL, 1};
    arv_diag d = {NULL, 0, 0};
    arv_reader *r = arv_reader_open(path, &o, &d);
    ck_assert_ptr_nonnull(r);
    arv_arena a;
    arv_arena_init(&a);
    arv_input_doc in;
    int rc;
    size_t tl = 0;
    *ndoc = *nbad = 0;
    while ((rc = arv_reader_next(r, &in, &a)) != 0) {
        if (rc > 0) {
            (*ndoc)++;
            ck_assert_int_eq(in.text[in.len], '\0');
            if (texts && tl + in.len + 2 < cap) {
                memcpy(texts + tl, in.text, in.len);
                tl += in.len;
                texts[tl++] = '|';
            }
        } else {
            (*nbad)++;
        }
        arv_arena_reset(&a);
    }
    if (texts) texts[tl] = '\0';
    arv_reader_close(r);
    arv_arena_free(&a);
    *ndiag = d.warnings + d.errors;
}

/* A million one-word documents: the count is exact. */
START_TEST(test_million_docs)
{
    const size_t n = 1000000;
    char *s = malloc(n * 40);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += (size_t)sprintf(s + k, "{\"id\":%zu,\"text\":\"w%zu\"}\n", i, i % 10);
    const char *path = tmp_write(s, k);
    free(s);
    size_t ndoc, nbad;
    unsigned long ndiag;
    read_counts(path, ARV_IN_JSONL, &ndoc, &nbad, &ndiag, NULL, 0);
    ck_assert_uint_eq(ndoc, n);
    ck_assert_uint_eq(nbad, 0);
    ck_assert_uint_eq(ndiag, 0);
}
END_TEST

static const struct {
    const char *what;
    arv_input_format fmt;
    const char *data;
    size_t len;
    size_t ndoc, nbad;
    const char *texts;   /* NULL: not checked */
} reader_cases[] = {
    {"jsonl raw NUL in a string", ARV_IN_JSONL, S("{\"text\":\"a\0b\"}\n{\"text\":\"c\"}\n"), 1, 1, "c|"},
    {"jsonl NUL line", ARV_IN_JSONL, S("{\"text\":\"a\"}\n\0\n{\"text\":\"c\"}\n"), 2, 1, "a|c|"},
    {"jsonl CR-only line ends are reported", ARV_IN_JSONL, S("{\"text\":\"a\"}\r{\"text\":\"b\"}\r"), 0, 1, NULL},
    {"jsonl invalid UTF-8 kept", ARV_IN_JSONL, S("{\"text\":\"\xFF\xC0\xAF\"}\n"), 1, 0, "\xFF\xC0\xAF|"},
    {"jsonl deep line then a good one", ARV_IN_JSONL, NULL, 0, 1, 1, "ok|"},
    {"array deep element then a good one", ARV_IN_JSONL, NULL, 0, 1, 1, "ok|"},
    {"array unterminated string at EOF", ARV_IN_JSONL, S("[{\"text\":\"a\"},{\"text\":\"b"), 1, 1, "a|"},
    {"array of arrays", ARV_IN_JSONL, S("[[{\"text\":\"a\"}],{\"text\":\"b\"}]"), 2, 2, "a|b|"},
    {"array of scalars", ARV_IN_JSONL, S("[1,2,\"x\",{\"text\":\"b\"}]"), 1, 3, "b|"},
    {"binary garbage", ARV_IN_JSONL, S("\x01\x02\x03\xFF\n{\"text\":\"b\"}\n"), 1, 1, "b|"},
    {"text with NUL", ARV_IN_TEXT, S("a\0b"), 1, 0, NULL},
    {"conll NUL and invalid UTF-8 tokens", ARV_IN_CONLL, S("\xFF\tO\n\0x\tO\n\nb\n"), 1, 0, NULL},
    {"conll tokens only white space", ARV_IN_CONLL, S(" \t\n\t\n"), 0, 0, NULL},
};

START_TEST(test_reader_hostile)
{
    char *data;
    size_t len;
    if (reader_cases[_i].data) {
        len = reader_cases[_i].len;
        data = malloc(len + 1);
        memcpy(data, reader_cases[_i].data, len);
    } else if (strncmp(reader_cases[_i].what, "jsonl", 5) == 0) {
        char *deep = nested(100000, 1, "{\"text\":\"x\",\"d\":", "}\n{\"text\":\"ok\"}\n", &len);
        data = deep;
    } else {
        char *deep = nested(100000, 0, "[{\"text\":\"x\",\"d\":", "},\n{\"text\":\"ok\"}]", &len);
        data = deep;
    }
    const char *path = tmp_write(data, len);
    free(data);
    size_t ndoc, nbad;
    unsigned long ndiag;
    char texts[256];
    read_counts(path, reader_cases[_i].fmt, &ndoc, &nbad, &ndiag, texts, sizeof texts);
    ck_assert_msg(ndoc == reader_cases[_i].ndoc && nbad == reader_cases[_i].nbad, "%s: %zu docs %zu bad, want %zu %zu",
                  reader_cases[_i].what, ndoc, nbad, reader_cases[_i].ndoc, reader_cases[_i].nbad);
    ck_assert_uint_ge(ndiag, nbad);   /* every unreadable record is reported */
    if (reader_cases[_i].texts) ck_assert_str_eq(texts, reader_cases[_i].texts);
}
END_TEST

/* ---- dictionaries ------------------------------------------------------- */

/* Bad lines are errors with their line number, never silent skips; the good
 * lines around them still load and match. */
static const char dict[] =
    "كلمة | USA\n"                              /* 1: entry before any @kind */
    "@kind actor\n"                             /* 2 */
    "@type LOC\n"                               /* 3 */
    "زيمبابوي | ZWE\n"                          /* 4 good */
    "@kind nonsense\n"                          /* 5 bad */
    "@type XYZ\n"                               /* 6 bad */
    "@frobnicate\n"                             /* 7 bad */
    "كلمة\n"                                    /* 8 bad: one field */
    "كلمة | usa\n"                              /* 9 bad: lower case */
    "كلمة |   \n"                               /* 10 bad: empty field */
    "a|b|c|d|e|f|g\n"                           /* 11 bad: too many fields */
    "كلمة \0 | USA\n"                           /* 12 bad: NUL byte */
    "كلمة | USA[2020-]\n"                       /* 13 bad: date */
    "\n   # comment\n"                          /* 14, 15 */
    "جزر الواق واق | WAQ  # trailing comment\r\n" /* 16 good, CRLF */
    "@kind verb\n"                              /* 17 */
    "قصف | 190 | - | -\n"                       /* 18 bad: no PAST / PRESENT */
    "قصف / يقصف | 1x | - | -\n"                 /* 19 bad: event code */
    "قصف / يقصف | 190 | فوق | -\n"              /* 20 bad: preposition */
    "قصف / يقصف | 190 | - | - | x\n"            /* 21 bad: fifth field */
    "\xFF\xFE | 190\n"                          /* 22 bad: two fields for a verb */
    "@kind actor\n"                             /* 23 */
    "@type PER\n"                               /* 24 */
    "| USA";                                    /* 25 bad: empty phrase, no final newline */
static const unsigned long dict_bad[] = {1, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18, 19, 20, 21, 22, 25};

START_TEST(test_dictionary_bad_lines)
{
    char *msgs = NULL;
    size_t mn = 0;
    FILE *m = open_memstream(&msgs, &mn);
    arv_diag d = {m, 0, 0};
    arv_lexbuild *b = arv_lexbuild_new(&d);
    ck_assert_ptr_nonnull(b);
    long bad = arv_lexbuild_add_text(b, "dict.txt", dict, sizeof dict - 1);
    arv_lexicon *lex = arv_lexbuild_finish(b);
    fclose(m);
    ck_assert_int_eq(bad, (long)N(dict_bad));
    ck_assert_uint_eq(d.errors, N(dict_bad));
    /* one message per bad line, naming it */
    size_t seen = 0;
    for (char *p = msgs; p && *p;) {
        char *e = strchr(p, '\n');
        ck_assert_ptr_nonnull(e);
        unsigned long line;
        int off = 0;
        ck_assert_msg(sscanf(p, "arevent: dict.txt:%lu: error: %n", &line, &off) == 1 && off > 0, "message: %.*s",
                      (int)(e - p), p);
        ck_assert_uint_lt(seen, N(dict_bad));
        ck_assert_uint_eq(line, dict_bad[seen]);
        seen++;
        p = e + 1;
    }
    ck_assert_uint_eq(seen, N(dict_bad));
    free(msgs);
    arv_lexicon_free(lex);
    /* the same file through the engine: the good entries match, with the
     * line they come from */
    const char *path = tmp_write(dict, sizeof dict - 1);
    arv_engine *e = arv_engine_new(NULL);
    ck_assert_int_eq(arv_engine_add_lexicon(e, path), (long)N(dict_bad));
    arv_doc *dd = arv_doc_new(e, NULL);
    static const char text[] = "وصل إلى زيمبابوي ثم إلى جزر الواق واق";
    arv_doc_run(dd, "s", text, sizeof text - 1, NULL, ARV_VIEW_LOOKUP);
    char *out = NULL;
    size_t on = 0;
    m = open_memstream(&out, &on);
    arv_doc_write(dd, m, ARV_VIEW_LOOKUP, ARV_FMT_TSV, 0);
    fclose(m);
    char want[128];
    snprintf(want, sizeof want, "\tزيمبابوي\t%s:4\n", path);
    ck_assert_msg(strstr(out, want) != NULL, "no match of line 4 in:\n%s", out);
    snprintf(want, sizeof want, "\tجزر الواق واق\t%s:16\n", path);
    ck_assert_msg(strstr(out, want) != NULL, "no match of line 16 in:\n%s", out);
    free(out);
    arv_doc_free(dd);
    arv_engine_free(e);
}
END_TEST

/* Lines that are hostile but not necessarily malformed: never a crash, and
 * the count returned equals the errors reported. */
static const struct { const char *text; size_t len; } dict_hostile[] = {
    {S("@kind actor\n@type ORG\n\xFF\xFF | ABC\n")},
    {S("@kind verb\na / b | 01 | - | -\n")},
    {S("@kind nisba\nعربي | ARB\n")},
    {S("@kind theme\nهدنة | ceasefire\nهدنة | nope\n")},
    {S("@kind agent\n@type ORG\nجيش | MIL\n")},
    {S("@kind place\nسرت | LBY\nسرت | LBYA\n")},
    {S("\xEF\xBB\xBF@kind actor\n@type PER\nأ | USA[20200101-20190101]\n")},
    {S("@kind actor\n@type PER\nأ | A[-]\nب | ABC[]\nج | ABC[x-y]\nد | ABC[20200101-\n")},
    {S("@kind verb\n / | 01 | - | -\nقال /  | 01 | - | -\n")},
    {S("@kind actor\r@type PER\rأ | USA\r")},
    {S("#\n#\n@\n@kind\n@type\n|\n||\n")},
};

START_TEST(test_dictionary_hostile)
{
    arv_diag d = {NULL, 0, 0};
    arv_lexbuild *b = arv_lexbuild_new(&d);
    long bad = arv_lexbuild_add_text(b, "h.txt", dict_hostile[_i].text, dict_hostile[_i].len);
    ck_assert_int_ge(bad, 0);
    ck_assert_uint_eq((unsigned long)bad, d.errors);
    arv_lexicon *lex = arv_lexbuild_finish(b);
    ck_assert_ptr_nonnull(lex);
    arv_lexicon_free(lex);
}
END_TEST

/* Long lines: a 1 MB phrase, a 1 MB verb, a line of 100k '|'. */
START_TEST(test_dictionary_long_lines)
{
    size_t n = 1u << 20;
    char *s = malloc(3 * n + 256);
    size_t k = (size_t)sprintf(s, "@kind actor\n@type PER\n");
    for (size_t i = 0; i < n; i += 2) memcpy(s + k, "\xD8\xA8", 2), k += 2;
    k += (size_t)sprintf(s + k, " | ABC\n@kind verb\n");
    for (size_t i = 0; i < n; i += 2) memcpy(s + k, "\xD8\xA8", 2), k += 2;
    k += (size_t)sprintf(s + k, " / يب | 01 | - | -\n");
    for (size_t i = 0; i < 100000; i++) s[k++] = '|';
    s[k++] = '\n';
    arv_diag d = {NULL, 0, 0};
    arv_lexbuild *b = arv_lexbuild_new(&d);
    long bad = arv_lexbuild_add_text(b, "long.txt", s, k);
    ck_assert_int_ge(bad, 2);   /* the verb is too long, the '|' line has too many fields */
    ck_assert_uint_eq((unsigned long)bad, d.errors);
    arv_lexicon_free(arv_lexbuild_finish(b));
    free(s);
}
END_TEST

/* ---- fuzzer finds (tools/fuzz.sh): each input through the pipeline; the
 * sanitizers of `make sanitize` see what went wrong ---- */
static const char *const fuzz_finds[] = {
    /* src/events.c arv_frame_clause: P->args.v + post.a with args.v NULL */
    "data/fuzz/pipeline-events-null-args.txt",
};

START_TEST(test_fuzz_finds)
{
    FILE *f = fopen(fuzz_finds[_i], "rb");
    ck_assert_ptr_nonnull(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    pipeline(buf, n);
    tokenize(buf, n);
}
END_TEST

static void tk_free(void) { arv_tokens_free(&tk); tmp_remove(); }

Suite *hostile_suite(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("hostile");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_checked_fixture(tc, NULL, tk_free);
    tcase_add_loop_test(tc, test_text, 0, (int)N(text_cases));
    tcase_add_test(tc, test_line_ends_agree);
    tcase_add_test(tc, test_many_tokens);
    tcase_add_loop_test(tc, test_json_deep, 0, 2);
    tcase_add_test(tc, test_json_huge_string);
    tcase_add_loop_test(tc, test_json_unterminated, 0, (int)N(unterminated));
    tcase_add_test(tc, test_million_docs);
    tcase_add_loop_test(tc, test_reader_hostile, 0, (int)N(reader_cases));
    tcase_add_test(tc, test_dictionary_bad_lines);
    tcase_add_loop_test(tc, test_dictionary_hostile, 0, (int)N(dict_hostile));
    tcase_add_test(tc, test_dictionary_long_lines);
    tcase_add_loop_test(tc, test_fuzz_finds, 0, (int)N(fuzz_finds));
    suite_add_tcase(s, tc);
    /* 1 MB through the pipeline and every writer takes at most a second or
     * so when every pass is linear, and a quadratic one minutes (the cases
     * above); 30 s leaves room for a loaded or sanitized run */
    TCase *tl = tcase_create("long");
    tcase_set_timeout(tl, 30);
    tcase_add_checked_fixture(tl, setup, teardown);
    tcase_add_checked_fixture(tl, NULL, tk_free);
    tcase_add_loop_test(tl, test_long_token, 0, (int)N(long_units));
    suite_add_tcase(s, tl);
    return s;
}
