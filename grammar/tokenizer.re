/* tokenizer.re: the Arabic news tokenizer and normalizer (re2c, UTF-8).
 * Generated into gen/tokenizer.c by `make regen`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "token.h"

/*!include:re2c "classes.re" */

static const struct presform { uint32_t cp; const char *base; } presforms[] = {
#include "presforms.inc"
};

static const char *presform_base(uint32_t cp)
{
    size_t lo = 0, hi = sizeof presforms / sizeof presforms[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (presforms[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < sizeof presforms / sizeof presforms[0] && presforms[lo].cp == cp ? presforms[lo].base : "";
}

/*!re2c
    // Arabic letters that are their own normalized form: all but the alef
    // forms, alef maksura, ta marbuta and the presentation forms. A word made
    // only of them is copied as it is, without a normalizing pass.
    ar_plain = ar_letter \ [\u0622\u0623\u0625\u0671\u0649\u0629\uFB50-\uFDFF\uFE70-\uFEFC];
    // likewise Latin letters but the capitals
    latin_plain = latin \ [A-Z];
*/

/* Copies the few bytes of a word or run: inline fixed-size moves are much
 * cheaper than a call to memcpy with a variable length. */
static inline void copy_short(char *d, const void *src, size_t n)
{
    const char *s = src;
    for (; n >= 8; n -= 8, d += 8, s += 8) memcpy(d, s, 8);
    if (n & 4) { memcpy(d, s, 4); d += 4; s += 4; }
    if (n & 2) { memcpy(d, s, 2); d += 2; s += 2; }
    if (n & 1) *d = *s;
}

/* Normalizing never lengthens a word except through presentation-form
 * ligatures, which reserve their own room: one reservation per word. */
#define PUT1(c) (out->v[out->n++] = (char)(c))
#define PUTN(src, cnt) (copy_short(out->v + out->n, (src), (cnt)), out->n += (cnt))

void arv_normalize(const char *s, size_t len, arv_charvec *out)
{
    const unsigned char *cur = (const unsigned char *)s, *lim = cur + len, *mrk, *tok;
    ARV_VEC_RESERVE(*out, out->n + len + 1);
    for (;;) {
        tok = cur;
    /*!re2c
        re2c:api = custom;
        re2c:api:style = free-form;
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = cur;
        re2c:define:YYMARKER = mrk;
        re2c:define:YYLIMIT = lim;
        re2c:yyfill:enable = 0;
        re2c:eof = 0;
        re2c:define:YYPEEK = "(cur < lim ? *cur : 0)";
        re2c:define:YYSKIP = "++cur;";
        re2c:define:YYBACKUP = "mrk = cur;";
        re2c:define:YYRESTORE = "cur = mrk;";
        re2c:define:YYLESSTHAN = "cur >= lim";

        $                             { return; }
        ar_plain+                     { PUTN(tok, (size_t)(cur - tok)); continue; }
        ar_mark | tatweel | fmt       { continue; }
        [\u0623\u0625\u0622\u0671]    { PUT1(0xD8); PUT1(0xA7); continue; }
        "\u0649"                      { PUT1(0xD9); PUT1(0x8A); continue; }
        "\u0629"                      { PUT1(0xD9); PUT1(0x87); continue; }
        ar_digit                      { PUT1('0' + (tok[1] - 0xA0)); continue; }
        ext_digit                     { PUT1('0' + (tok[1] - 0xB0)); continue; }
        "\u066B"                      { PUT1('.'); continue; }
        "\u066C"                      { PUT1(','); continue; }
        "\u066A"                      { PUT1('%'); continue; }
        space                         { continue; }
        [\uFB50-\uFDFF\uFE70-\uFEFC]  {
            uint32_t cp = ((uint32_t)(tok[0] & 0x0F) << 12) | ((uint32_t)(tok[1] & 0x3F) << 6) | (tok[2] & 0x3F);
            const char *b = presform_base(cp);
            size_t bn = strlen(b);
            ARV_VEC_RESERVE(*out, out->n + bn + (size_t)(lim - cur) + 1);
            PUTN(b, bn);
            continue;
        }
        [A-Z]                         { PUT1(tok[0] + 32); continue; }
        valid_char                    { PUTN(tok, (size_t)(cur - tok)); continue; }
        *                             { PUT1(tok[0]); continue; }
    */
    }
}
#undef PUT1
#undef PUTN

const char *arv_tok_class_name(arv_tok_class c)
{
    static const char *const names[ARV_TC_COUNT] = {
        "arabic", "latin", "number", "punct", "quote", "url", "symbol"};
    return (unsigned)c < ARV_TC_COUNT ? names[c] : "?";
}

void arv_tokens_clear(arv_tokens *t) { t->tok.n = t->sent.n = t->norm.n = 0; }

void arv_tokens_free(arv_tokens *t)
{
    ARV_VEC_FREE(t->tok);
    ARV_VEC_FREE(t->sent);
    ARV_VEC_FREE(t->norm);
}

/* Sentence bookkeeping while tokens are emitted. */
typedef struct splitter {
    int pending;   /* a terminator or line break was seen: the next token opens a sentence */
    int after_term; /* the last token was a terminator, nothing in between */
} splitter;

static int closes_quote(const unsigned char *s, size_t n)
{
    /* closing quotes and brackets that stay with the sentence they follow */
    return (n == 1 && (s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']'))
        || (n == 2 && s[0] == 0xC2 && s[1] == 0xBB)                       /* » */
        || (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9D || s[2] == 0x99)); /* ” ’ */
}

/* Does the dot at tok end a sentence? Not after a single Latin initial (U.S.,
 * J. Kerry), nor after the Arabic abbreviations of a title (د. doctor, أ.
 * professor), nor between the parts of an Arabic acronym (إتش.إس.بي.سي,
 * د.ب.أ): a word of three letters at most, an Arabic letter at once after. */
static int dot_ends_sentence(const arv_tokens *out, const unsigned char *tok, const char *text, int letter_follows)
{
    size_t n = out->tok.n;
    const arv_token *pt = n ? &out->tok.v[n - 1] : NULL;
    if (!pt || pt->end != (uint32_t)(tok - (const unsigned char *)text)) return 1;
    const char *pn = out->norm.v + pt->norm;
    if (pt->cls == ARV_TC_LATIN) return pt->norm_len != 1;
    if (pt->cls != ARV_TC_ARABIC) return 1;
    if (pt->norm_len == 2 && (!memcmp(pn, "د", 2) || !memcmp(pn, "ا", 2))) return 0;
    return !(letter_follows && pt->norm_len <= 6);
}

/* A sentence gets its token count and end when the next one opens (or the
 * text ends), not at each of its tokens: two stores less per token. */
static void close_sentence(arv_tokens *out)
{
    if (out->sent.n == 0) return;
    arv_sentence *s = &out->sent.v[out->sent.n - 1];
    s->count = (uint32_t)out->tok.n - s->first;
    s->end = out->tok.v[out->tok.n - 1].end;  /* a sentence opens with a token */
}

/* emit is called from twenty rules of a scanner too large for GCC's
 * inlining limits, so `inline` alone left it a call: forced inline, each rule
 * folds its constant class and flags into it (a tenth fewer instructions). */
#if defined(__GNUC__)
#define ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define ALWAYS_INLINE inline
#endif

/* Appends a token for tok..cur and returns it; one of the norm_* below
 * then writes its normalized form. */
static ALWAYS_INLINE arv_token *emit(arv_tokens *out, splitter *sp, const char *text, const unsigned char *tok,
                       const unsigned char *cur, arv_tok_class cls, unsigned flags)
{
    uint32_t start = (uint32_t)(tok - (const unsigned char *)text), end = (uint32_t)(cur - (const unsigned char *)text);
    size_t ntok = out->tok.n;
    arv_token *prev = ntok ? &out->tok.v[ntok - 1] : NULL;
    int glued = prev && prev->end == start;
    int continues = sp->after_term && glued &&
        ((flags & ARV_TF_TERM) || ((cls == ARV_TC_QUOTE || cls == ARV_TC_PUNCT) && closes_quote(tok, end - start)));
    if (out->sent.n == 0 || (sp->pending && !continues)) {
        close_sentence(out);
        arv_sentence s = {(uint32_t)ntok, 0, start, end};
        ARV_VEC_PUSH(out->sent, s);
    }
    if (!continues) sp->pending = 0;
    if (glued) prev->flags |= ARV_TF_GLUED;
    ARV_VEC_RESERVE(out->tok, ntok + 1);
    arv_token *t = &out->tok.v[ntok];
    out->tok.n = ntok + 1;
    t->start = start;
    t->end = end;
    t->sent = (uint32_t)(out->sent.n - 1);
    t->cls = (uint8_t)cls;
    t->flags = (uint8_t)flags;
    if (flags & ARV_TF_TERM) sp->pending = sp->after_term = 1;
    else if (!continues) sp->after_term = 0;
    return t;
}

/* The normalized form of t is its text tok..cur normalized. */
static void norm_full(arv_charvec *norm, arv_token *t, const unsigned char *tok, const unsigned char *cur)
{
    size_t n = norm->n;
    arv_normalize((const char *)tok, (size_t)(cur - tok), norm);
    t->norm = (uint32_t)n;
    t->norm_len = (uint32_t)(norm->n - n);
    norm->v[norm->n++] = '\0';  /* arv_normalize reserved room for it */
}

/* The scanner saw that the text tok..cur normalizes to itself but for the
 * one letter at..after (NULL: none), which becomes `with`, as long as it. */
static inline void norm_copy(arv_charvec *norm, arv_token *t, const unsigned char *tok, const unsigned char *cur,
                      const unsigned char *at, const unsigned char *after, const char *with)
{
    size_t n = norm->n, len = (size_t)(cur - tok);
    ARV_VEC_RESERVE(*norm, n + len + 1);
    char *d = norm->v + n;
    copy_short(d, tok, len);
    if (at) copy_short(d + (at - tok), with, (size_t)(after - at));
    t->norm = (uint32_t)n;
    t->norm_len = (uint32_t)len;
    d[len] = '\0';
    norm->n = n + len + 1;
}

size_t arv_tokenize(const char *text, size_t len, arv_tokens *out, const char *doc, arv_diag *d)
{
    const unsigned char *cur = (const unsigned char *)text, *lim = cur + len, *mrk, *tok;
    const unsigned char *bad = NULL;  /* start of a run of invalid bytes */
    size_t problems = 0;
    splitter sp = {0, 0};
    arv_tokens_clear(out);
    if (len > ARV_MAX_DOC) {
        arv_diag_emit(d, doc, 0, ARV_ERROR, "document of %zu bytes is larger than 4 GiB: not tokenized", len);
        return 1;
    }
    /* A run of invalid bytes becomes one SYMBOL token and one warning, emitted
     * when the next valid token (or the end) shows where the run stops. */
#define FLUSH() do { if (bad) { \
            problems++; \
            arv_diag_emit(d, doc, (unsigned long)(bad - (const unsigned char *)text), ARV_WARNING, \
                          "invalid UTF-8 (%zu byte%s), kept as a symbol", (size_t)(tok - bad), \
                          tok - bad == 1 ? "" : "s"); \
            norm_full(&out->norm, emit(out, &sp, text, bad, tok, ARV_TC_SYMBOL, ARV_TF_INVALID), bad, tok); \
            bad = NULL; } } while (0)
#define EMIT(cls, flags) do { FLUSH(); \
            norm_full(&out->norm, emit(out, &sp, text, tok, cur, (cls), (flags)), tok, cur); } while (0)
#define EMIT_PLAIN(cls, flags) do { FLUSH(); \
            norm_copy(&out->norm, emit(out, &sp, text, tok, cur, (cls), (flags)), tok, cur, NULL, NULL, NULL); } while (0)
#define EMIT_SWAP(with) do { FLUSH(); \
            norm_copy(&out->norm, emit(out, &sp, text, tok, cur, ARV_TC_ARABIC, 0), tok, cur, at, after, (with)); } while (0)
    const unsigned char *at, *after;  /* the letter a plain word but one has to replace */
    /*!stags:re2c format = "const unsigned char *@@ = NULL;\n"; */
    for (;;) {
        tok = cur;
    /*!re2c
        // text[len] is NUL: the sentinel spares a bounds check per byte
        re2c:api = default;
        re2c:tags = 1;
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = cur;
        re2c:define:YYMARKER = mrk;
        re2c:define:YYLIMIT = lim;
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        num      = digit+ ([.,\u066B\u066C] digit+)*;
        urlchar  = [a-zA-Z0-9\-._~:/?#@!$&*+,;=%'()[\]];
        urlend   = [a-zA-Z0-9\-_~/#@$&*+=%];
        word_in  = ar_letter | ar_mark | tatweel | fmt+ (ar_letter | ar_mark);

        $                                   { FLUSH(); close_sentence(out); break; }
        newline                             { FLUSH(); if (out->sent.n) sp.pending = 1; sp.after_term = 0; continue; }
        space+ | fmt+                       { FLUSH(); sp.after_term = 0; continue; }
        ("http" "s"? "://" | "www.") urlchar* urlend
            { EMIT(ARV_TC_URL, 0); continue; }
        /* the local part is bounded (RFC 5321: 64) so that a long run of
         * such bytes without '@' is not rescanned at every position */
        [a-zA-Z0-9._%+\-]{1,64} "@" [a-zA-Z0-9\-]+ ("." [a-zA-Z0-9\-]+)* "." [a-zA-Z]{2,}
            { EMIT(ARV_TC_URL, 0); continue; }
        /* Each class has a plain rule for tokens that are their own
         * normalized form, before its general rule: the general rule is
         * longer as soon as the token holds anything to normalize. */
        [0-9]+ ([.,] [0-9]+)* "%"? | "%"    { EMIT_PLAIN(ARV_TC_NUMBER, 0); continue; }
        num (space* "+" space* num)? percent? | percent
            { EMIT(ARV_TC_NUMBER, 0); continue; }
        ar_plain+                           { EMIT_PLAIN(ARV_TC_ARABIC, 0); continue; }
        /* a quarter of the words have one letter that normalizes to another
         * of the same length, most often ة, أ or إ: copied, that letter replaced */
        ar_plain* @at [\u0622\u0623\u0625\u0671] @after ar_plain*
                                            { EMIT_SWAP("\u0627"); continue; }
        ar_plain* @at "\u0649" @after ar_plain* { EMIT_SWAP("\u064A"); continue; }
        ar_plain* @at "\u0629" @after ar_plain* { EMIT_SWAP("\u0647"); continue; }
        ar_letter word_in* tatweel*         { EMIT(ARV_TC_ARABIC, 0); continue; }
        tatweel+                            { EMIT(ARV_TC_SYMBOL, 0); continue; }
        latin_plain (latin_plain | [0-9])* (['\u2019\-] latin_plain+)*
            { EMIT_PLAIN(ARV_TC_LATIN, 0); continue; }
        latin (latin | [0-9])* (['\u2019\-] latin+)*
            { EMIT(ARV_TC_LATIN, 0); continue; }
        "." / ar_letter                     {
            EMIT_PLAIN(ARV_TC_PUNCT, dot_ends_sentence(out, tok, text, 1) ? ARV_TF_TERM : 0);
            continue;
        }
        "."                                 {
            EMIT_PLAIN(ARV_TC_PUNCT, dot_ends_sentence(out, tok, text, 0) ? ARV_TF_TERM : 0);
            continue;
        }
        /* punctuation normalizes to itself */
        term                                { EMIT_PLAIN(ARV_TC_PUNCT, ARV_TF_TERM); continue; }
        quote                               { EMIT_PLAIN(ARV_TC_QUOTE, 0); continue; }
        punct                               { EMIT_PLAIN(ARV_TC_PUNCT, 0); continue; }
        valid_char                          { EMIT(ARV_TC_SYMBOL, 0); continue; }
        *                                   { if (!bad) bad = tok; continue; }
    */
    }
#undef EMIT_SWAP
#undef EMIT_PLAIN
#undef EMIT
#undef FLUSH
    return problems;
}
