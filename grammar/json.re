/* json.re: the JSON reader of arevent (interface in src/json.h).
 *
 * arv_json_object copies the object text into the arena with a NUL after it:
 * re2c's end-of-input rule ($) needs a sentinel byte at the limit, and the
 * caller's buffer is not NUL-terminated. The copy is then reused as the home
 * of the extracted strings: escapes never make a string longer, so strings
 * are unescaped in place and NUL-terminated where their closing quote was.
 * arv_json_object_prefix reads a buffer that has the sentinel and must stay
 * as it is: strings are unescaped into an arena buffer as long as the text,
 * at the same offsets, so that reading and copying are one pass.
 *
 * Nesting is tracked on an explicit stack of ARV_JSON_MAX_DEPTH bytes, so
 * hostile depth costs neither C recursion nor heap.
 *
 * Generated with:
 *   re2c -W -Werror -i --no-generation-date --no-version -o gen/json.c grammar/json.re
 */
#include <string.h>
#include "json.h"

typedef unsigned char uch;

enum {
    T_EOF, T_ERR, T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COLON, T_COMMA,
    T_STRING, T_NUMBER, T_TRUE, T_FALSE, T_NULL
};

typedef struct lexer {
    const uch *base;    /* the text, base[len] == 0 */
    const uch *lim;     /* base + len */
    const uch *cur;     /* next byte to scan */
    uch *dst;           /* strings are unescaped to dst + their offset: base itself, or a copy */
    size_t lone;        /* lone surrogate escapes seen */
    const char *msg;    /* set with erroff when a token is malformed */
    size_t erroff;
} lexer;

typedef struct token {
    int kind;
    const uch *start;   /* first byte of the token in the text */
    const uch *end;     /* one past its last byte */
    char *s;            /* T_STRING: unescaped text, NUL-terminated in place */
    size_t len;
} token;

static int lex_error(lexer *lx, const uch *at, const char *msg)
{
    lx->msg = msg;
    lx->erroff = (size_t)(at - lx->base);
    return T_ERR;
}

static unsigned hexval(uch c)
{
    return c <= '9' ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
}

static unsigned hex4(const uch *p)
{
    return hexval(p[0]) << 12 | hexval(p[1]) << 8 | hexval(p[2]) << 4 | hexval(p[3]);
}

static uch *put_utf8(uch *o, unsigned long c)
{
    if (c < 0x80) {
        *o++ = (uch)c;
    } else if (c < 0x800) {
        *o++ = (uch)(0xC0 | c >> 6);
        *o++ = (uch)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (uch)(0xE0 | c >> 12);
        *o++ = (uch)(0x80 | (c >> 6 & 0x3F));
        *o++ = (uch)(0x80 | (c & 0x3F));
    } else {
        *o++ = (uch)(0xF0 | c >> 18);
        *o++ = (uch)(0x80 | (c >> 12 & 0x3F));
        *o++ = (uch)(0x80 | (c >> 6 & 0x3F));
        *o++ = (uch)(0x80 | (c & 0x3F));
    }
    return o;
}

/* Scans a string whose opening quote is at open, unescaping it in place:
 * the write pointer o never passes the start of the token being read (every
 * escape is at least as long as its UTF-8), so unread bytes are never
 * clobbered. On success t->s/t->len hold the text, NUL-terminated over the
 * closing quote or earlier, and lx->cur is past the closing quote. Bytes that
 * are not valid UTF-8 are copied unchanged, as json.h promises. */
static int scan_string(lexer *lx, const uch *open, token *t)
{
    const uch *cur = open + 1, *mar, *lim = lx->lim, *tok;
    uch *const s = lx->dst + (cur - lx->base);
    uch *o = s;
    /* The bytes that end a run of ordinary string bytes: libc's strcspn
     * skips a run several bytes at a time where the DFA below takes a switch
     * per byte (a fifth of the instructions of `tokens`). It stops at NUL too, the
     * sentinel at lim or a NUL in the text, which the DFA then reports. */
    static const char special[] = "\"\\\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
                                  "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f";
    for (;;) {
        size_t run = strcspn((const char *)cur, special);
        if (run) {
            if (o != cur) memmove(o, cur, run);
            o += run;
            cur += run;
        }
        tok = cur;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = cur;
        re2c:define:YYMARKER = mar;
        re2c:define:YYLIMIT = lim;
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        hex = [0-9a-fA-F];
        hi  = "\\u" [dD] [89abAB] hex hex;
        lo  = "\\u" [dD] [c-fC-F] hex hex;

        ["] {
            t->s = (char *)s;
            t->len = (size_t)(o - s);
            *o = '\0';
            t->end = lx->cur = cur;
            return T_STRING;
        }
        hi lo {
            unsigned long h = hex4(tok + 2), l = hex4(tok + 8);
            o = put_utf8(o, 0x10000 + ((h - 0xD800) << 10) + (l - 0xDC00));
            continue;
        }
        hi | lo { lx->lone++; o = put_utf8(o, 0xFFFD); continue; }
        "\\u" hex{4} { o = put_utf8(o, hex4(tok + 2)); continue; }
        "\\" ["\\/] { *o++ = tok[1]; continue; }
        "\\b" { *o++ = '\b'; continue; }
        "\\f" { *o++ = '\f'; continue; }
        "\\n" { *o++ = '\n'; continue; }
        "\\r" { *o++ = '\r'; continue; }
        "\\t" { *o++ = '\t'; continue; }
        "\\" { return lex_error(lx, tok, "bad escape"); }
        [\x00-\x1f] { return lex_error(lx, tok, "control character in string"); }
        /* strcspn consumed the run already: the rule keeps the DFA whole */
        [^"\\\x00-\x1f]+ {
            /* Runs need no move until the first escape has shrunk the text. */
            if (o != tok) memmove(o, tok, (size_t)(cur - tok));
            o += cur - tok;
            continue;
        }
        $ { return lex_error(lx, open, "unterminated string"); }
        * { return lex_error(lx, tok, "unexpected byte in string"); }
    */
    }
}

/* Next token from lx->cur; on T_ERR lx->msg/erroff say what and where. */
static int lex(lexer *lx, token *t)
{
    const uch *cur = lx->cur, *mar, *lim = lx->lim;
    for (;;) {
        t->start = cur;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = cur;
        re2c:define:YYMARKER = mar;
        re2c:define:YYLIMIT = lim;
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        number = "-"? ("0" | [1-9][0-9]*) ("." [0-9]+)? ([eE] [+-]? [0-9]+)?;

        [ \t\n\r]+ { continue; }
        /* A UTF-8 byte order mark is tolerated only where files put it. */
        "\xEF\xBB\xBF" {
            if (t->start == lx->base) continue;
            return lex_error(lx, t->start, "unexpected character");
        }
        "{" { lx->cur = t->end = cur; return T_LBRACE; }
        "}" { lx->cur = t->end = cur; return T_RBRACE; }
        "[" { lx->cur = t->end = cur; return T_LBRACK; }
        "]" { lx->cur = t->end = cur; return T_RBRACK; }
        ":" { lx->cur = t->end = cur; return T_COLON; }
        "," { lx->cur = t->end = cur; return T_COMMA; }
        ["] { return scan_string(lx, t->start, t); }
        number { lx->cur = t->end = cur; return T_NUMBER; }
        "true" { lx->cur = t->end = cur; return T_TRUE; }
        "false" { lx->cur = t->end = cur; return T_FALSE; }
        "null" { lx->cur = t->end = cur; return T_NULL; }
        $ { lx->cur = t->end = cur; return T_EOF; }
        /* A whole UTF-8 sequence is one bad character, reported at its start. */
        [\xC2-\xF4][\x80-\xBF]* { return lex_error(lx, t->start, "unexpected character"); }
        * { return lex_error(lx, t->start, "unexpected character"); }
    */
    }
}

/* Parser states: what the next token may be. */
enum { P_KEY_OR_END, P_KEY, P_COLON, P_VALUE, P_VALUE_OR_END, P_COMMA_OR_END };
enum { C_OBJ, C_ARR };
enum { NFIELDS = 8 };  /* id text date title of the fields, then of alt */

/* Parses the object text of lx; end NULL: the whole text is the object,
 * else it stops after the object and sets *end to its length. */
static int parse(lexer *lx, const arv_json_fields *f, const arv_json_fields *alt, arv_arena *a,
                 arv_json_doc *out, arv_json_doc *alt_out, arv_json_error *err, size_t *end)
{
    arv_json_doc doc[2];
    memset(doc, 0, sizeof doc);
    const char *names[NFIELDS] = { NULL };
    arv_json_str *slots[NFIELDS] = { &doc[0].id, &doc[0].text, &doc[0].date, &doc[0].title,
                                     &doc[1].id, &doc[1].text, &doc[1].date, &doc[1].title };
    size_t namelen[NFIELDS] = { 0 };
    if (f) {
        names[0] = f->id; names[1] = f->text; names[2] = f->date; names[3] = f->title;
    }
    if (alt) {
        names[4] = alt->id; names[5] = alt->text; names[6] = alt->date; names[7] = alt->title;
    }
    for (int i = 0; i < NFIELDS; i++)
        if (names[i]) namelen[i] = strlen(names[i]);

    uch stack[ARV_JSON_MAX_DEPTH];
    size_t depth = 0;
    int state = P_VALUE;
    unsigned want = 0;  /* fields named by the current top-level key */
    const char *msg = NULL;
    token t;
    memset(&t, 0, sizeof t);

    for (;;) {
        int k = lex(lx, &t);
        if (k == T_ERR) goto lexfail;
        if (k == T_EOF) {
            msg = depth ? "unexpected end of input" : "empty input";
            goto fail;
        }
        if (depth == 0 && k != T_LBRACE) {
            msg = "top-level value is not an object";
            goto fail;
        }
        switch (state) {
        case P_KEY_OR_END:
            if (k == T_RBRACE) goto pop;
            /* fall through */
        case P_KEY:
            if (k != T_STRING) { msg = "expected string key"; goto fail; }
            want = 0;
            if (depth == 1)
                for (int i = 0; i < NFIELDS; i++)
                    if (names[i] && namelen[i] == t.len && memcmp(names[i], t.s, t.len) == 0)
                        want |= 1u << i;
            state = P_COLON;
            continue;
        case P_COLON:
            if (k != T_COLON) { msg = "expected ':' after key"; goto fail; }
            state = P_VALUE;
            continue;
        case P_VALUE_OR_END:
            if (k == T_RBRACK) goto pop;
            /* fall through */
        case P_VALUE:
            break;
        case P_COMMA_OR_END:
            if (k == T_COMMA) {
                state = stack[depth - 1] == C_OBJ ? P_KEY : P_VALUE;
                continue;
            }
            if (k == (stack[depth - 1] == C_OBJ ? T_RBRACE : T_RBRACK)) goto pop;
            msg = stack[depth - 1] == C_OBJ ? "expected ',' or '}'" : "expected ',' or ']'";
            goto fail;
        }

        /* A value. Only the top-level object's members are extracted; last
         * occurrence of a key wins, as with most JSON readers. */
        if (want) {
            arv_json_str v = { NULL, 0 };
            if (k == T_STRING) {
                v.s = t.s;
                v.len = t.len;
            } else if (k == T_NUMBER) {
                v.len = (size_t)(t.end - t.start);
                v.s = arv_arena_strndup(a, (const char *)t.start, v.len);
            }
            for (int i = 0; i < NFIELDS; i++)
                if (want & 1u << i) *slots[i] = v;
            want = 0;
        }
        switch (k) {
        case T_LBRACE:
        case T_LBRACK:
            if (depth == ARV_JSON_MAX_DEPTH) { msg = "nesting too deep"; goto fail; }
            stack[depth++] = k == T_LBRACE ? C_OBJ : C_ARR;
            state = k == T_LBRACE ? P_KEY_OR_END : P_VALUE_OR_END;
            continue;
        case T_STRING: case T_NUMBER: case T_TRUE: case T_FALSE: case T_NULL:
            state = P_COMMA_OR_END;
            continue;
        default:
            msg = "expected value";
            goto fail;
        }

    pop:
        if (--depth > 0) {
            state = P_COMMA_OR_END;
            continue;
        }
        if (end) {
            *end = (size_t)(lx->cur - lx->base);
        } else if (lex(lx, &t) != T_EOF) {
            /* Whatever follows the object, even a malformed token, is garbage. */
            msg = "trailing garbage after object";
            goto fail;
        }
        doc[0].lone_surrogates = doc[1].lone_surrogates = lx->lone;
        if (out) *out = doc[0];
        if (alt_out) *alt_out = doc[1];
        return 0;
    }

lexfail:
    if (err) {
        err->offset = lx->erroff;
        err->message = lx->msg;
    }
    goto clear;
fail:
    if (err) {
        err->offset = (size_t)(t.start - lx->base);
        err->message = msg;
    }
clear:
    if (out) memset(out, 0, sizeof *out);
    if (alt_out) memset(alt_out, 0, sizeof *alt_out);
    return -1;
}

int arv_json_object(const char *buf, size_t len, const arv_json_fields *f, arv_arena *a,
                    arv_json_doc *out, arv_json_error *err)
{
    return arv_json_object_alt(buf, len, f, NULL, a, out, NULL, err);
}

int arv_json_object_alt(const char *buf, size_t len, const arv_json_fields *f, const arv_json_fields *alt,
                        arv_arena *a, arv_json_doc *out, arv_json_doc *alt_out, arv_json_error *err)
{
    uch *copy = arv_arena_alloc(a, len + 1);
    if (len) memcpy(copy, buf, len);
    copy[len] = 0;
    lexer lx = { copy, copy + len, copy, copy, 0, NULL, 0 };
    return parse(&lx, f, alt, a, out, alt_out, err, NULL);
}

int arv_json_object_prefix(const char *buf, size_t len, const arv_json_fields *f, const arv_json_fields *alt,
                           arv_arena *a, arv_json_doc *out, arv_json_doc *alt_out, size_t *end)
{
    const uch *b = (const uch *)buf;
    lexer lx = { b, b + len, b, arv_arena_alloc(a, len + 1), 0, NULL, 0 };
    return parse(&lx, f, alt, a, out, alt_out, NULL, end);
}

/* ---- splitter ---------------------------------------------------------- */

void arv_json_split_init(arv_json_split *s) { memset(s, 0, sizeof *s); }

void arv_json_split_skip_value(arv_json_split *s) { s->depth = 0; }

/* Between values, the splitter only needs to know braces, brackets and
 * strings (whose contents may hold braces); full checking is left to
 * arv_json_object. Private fields: depth of the value being read; in_string
 * and escape inside it; in_array while inside an enclosing top-level '[';
 * started once a byte other than a leading UTF-8 BOM was seen; state counts
 * the BOM bytes matched so far. */
arv_json_split_result arv_json_split_feed(arv_json_split *s, const char *buf, size_t len,
                                          size_t *pos, size_t *value_start)
{
    static const uch bom[3] = { 0xEF, 0xBB, 0xBF };
    /* the bytes that end a run inside a string */
    static const uch string_stop[256] = { ['"'] = 1, ['\\'] = 1, ['\n'] = 1 };
    size_t i;
    for (i = *pos; i < len; i++) {
        uch c = (uch)buf[i];
        if (s->depth > 0) {
            if (s->in_string) {
                if (s->escape) {
                    s->escape = 0;
                    continue;
                }
                /* most of the input: skip to the next byte that matters */
                while (!string_stop[c] && ++i < len) c = (uch)buf[i];
                if (i == len) break;
                if (c == '\\') {
                    s->escape = 1;
                } else if (c == '"') {
                    s->in_string = 0;
                } else if (c == '\n') {
                    /* A raw newline is never valid inside a JSON string: give
                     * up on this value so that one broken JSONL line cannot
                     * swallow the rest of the file. */
                    s->depth = 0;
                    s->in_string = s->escape = 0;
                    *pos = i;
                    return ARV_JSPLIT_ERROR;
                }
                continue;
            }
            switch (c) {
            case '"': s->in_string = 1; break;
            case '{': case '[': s->depth++; break;
            case '}': case ']':
                if (--s->depth == 0) {
                    *pos = i + 1;
                    return ARV_JSPLIT_VALUE;
                }
                break;
            default: break;
            }
            continue;
        }
        if (!s->started) {
            if (c == bom[s->state]) {
                if (++s->state == 3) s->started = 1;
                continue;
            }
            s->started = 1;
            if (s->state) {         /* a broken BOM */
                *pos = i;
                return ARV_JSPLIT_ERROR;
            }
        }
        switch (c) {
        case ' ': case '\t': case '\n': case '\r': case ',':
            continue;
        case '[':
            if (s->in_array) break;
            s->in_array = 1;
            continue;
        case ']':
            if (!s->in_array) break;
            s->in_array = 0;
            continue;
        case '{':
            s->depth = 1;
            if (value_start) *value_start = i;
            if (s->stop_at_start) {
                *pos = i + 1;
                return ARV_JSPLIT_START;
            }
            continue;
        default:
            break;
        }
        *pos = i;
        return ARV_JSPLIT_ERROR;
    }
    *pos = len;
    return ARV_JSPLIT_MORE;
}
