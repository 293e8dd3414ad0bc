/* check_json.c: tests of the JSON reader (src/json.h, grammar/json.re). */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"

Suite *json_suite(void);

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- string escapes ---------------------------------------------------- */

/* Each literal is the JSON text of a string value, decoded from {"t": lit}. */
static const struct {
    const char *lit;
    const char *want;
    size_t len;
    size_t lone;
} esc_cases[] = {
    { "\"\"", "", 0, 0 },
    { "\"plain\"", "plain", 5, 0 },
    { "\"a\\\"b\"", "a\"b", 3, 0 },
    { "\"\\\\\"", "\\", 1, 0 },
    { "\"\\/\"", "/", 1, 0 },
    { "\"\\b\"", "\b", 1, 0 },
    { "\"\\f\"", "\f", 1, 0 },
    { "\"\\n\"", "\n", 1, 0 },
    { "\"\\r\"", "\r", 1, 0 },
    { "\"\\t\"", "\t", 1, 0 },
    { "\"x\\\\ny\"", "x\\ny", 4, 0 },
    { "\"\\u0041\"", "A", 1, 0 },
    { "\"\\u00e9\\u00C9\"", "\xC3\xA9\xC3\x89", 4, 0 },
    { "\"\\u0627\\u0644\"", "\xD8\xA7\xD9\x84", 4, 0 },
    { "\"\\u20AC\"", "\xE2\x82\xAC", 3, 0 },
    { "\"\\uFFFF\"", "\xEF\xBF\xBF", 3, 0 },
    { "\"a\\u0000b\"", "a\0b", 3, 0 },
    { "\"\\ud83d\\ude00\"", "\xF0\x9F\x98\x80", 4, 0 },
    { "\"\\uD83D\\uDE00!\"", "\xF0\x9F\x98\x80!", 5, 0 },
    { "\"\\udbff\\udfff\"", "\xF4\x8F\xBF\xBF", 4, 0 },
    { "\"\\ud800\"", "\xEF\xBF\xBD", 3, 1 },
    { "\"\\udc00\"", "\xEF\xBF\xBD", 3, 1 },
    { "\"\\ude00\\ud83d\"", "\xEF\xBF\xBD\xEF\xBF\xBD", 6, 2 },
    { "\"\\ud83d\\u0041\"", "\xEF\xBF\xBD" "A", 4, 1 },
    { "\"\\ud83dx\"", "\xEF\xBF\xBDx", 4, 1 },
    { "\"x\\ud83d\\ud83d\\ude00\"", "x\xEF\xBF\xBD\xF0\x9F\x98\x80", 8, 1 },
    { "\"\\ud83d\\n\"", "\xEF\xBF\xBD\n", 4, 1 },
    /* runs of ordinary bytes (skipped with strcspn) around escapes, moved
     * left once an escape has shrunk the text; DEL and space are ordinary */
    { "\"\xD9\x85\xD8\xB1 abc\\n\xD8\xAD\x7F def\\u0041\xD8\xA8\\t\\\"end\"",
      "\xD9\x85\xD8\xB1 abc\n\xD8\xAD\x7F defA\xD8\xA8\t\"end", 24, 0 },
    { "\"0123456789abcdefghij\\/0123456789abcdefghij\"",
      "0123456789abcdefghij/0123456789abcdefghij", 41, 0 },
    /* raw UTF-8, valid or not, is copied unchanged */
    { "\"\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\"", "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7", 10, 0 },
    { "\"\xFF\xFE\xC3\"", "\xFF\xFE\xC3", 3, 0 },
    { "\"\\u0627\xD9\x84\\\"{}\\t\"", "\xD8\xA7\xD9\x84\"{}\t", 8, 0 },
};

START_TEST(test_escape)
{
    char json[256];
    snprintf(json, sizeof json, "{\"t\":%s}", esc_cases[_i].lit);
    arv_json_fields f = { NULL, "t", NULL, NULL };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e = { 0, NULL };
    int rc = arv_json_object(json, strlen(json), &f, &a, &d, &e);
    ck_assert_msg(rc == 0, "case %d: %s at %zu", _i, e.message ? e.message : "?", e.offset);
    ck_assert_ptr_nonnull(d.text.s);
    ck_assert_uint_eq(d.text.len, esc_cases[_i].len);
    ck_assert_mem_eq(d.text.s, esc_cases[_i].want, esc_cases[_i].len);
    ck_assert_int_eq(d.text.s[d.text.len], '\0');
    ck_assert_uint_eq(d.lone_surrogates, esc_cases[_i].lone);
    ck_assert_ptr_null(d.id.s);
    arv_arena_free(&a);
}
END_TEST

/* ---- field extraction -------------------------------------------------- */

static const struct {
    const char *json;
    arv_json_fields f;
    const char *id, *text, *date, *title;  /* NULL: absent */
} field_cases[] = {
    { "{\"doc_id\":\"7\",\"body\":\"\xD9\x86\xD8\xB5\",\"when\":\"2015-07-21\",\"headline\":\"h\"}",
      { "doc_id", "body", "when", "headline" }, "7", "\xD9\x86\xD8\xB5", "2015-07-21", "h" },
    { "{\"id\":12345,\"text\":\"x\"}", { "id", "text", "date", "title" }, "12345", "x", NULL, NULL },
    { "{\"id\":-1.5e+3}", { "id", NULL, NULL, NULL }, "-1.5e+3", NULL, NULL, NULL },
    { "{\"id\":0}", { "id", NULL, NULL, NULL }, "0", NULL, NULL, NULL },
    { "{\"other\":\"v\"}", { "id", "text", "date", "title" }, NULL, NULL, NULL, NULL },
    { "{}", { "id", "text", "date", "title" }, NULL, NULL, NULL, NULL },
    { "{\"meta\":{\"id\":\"inner\",\"text\":\"no\"},\"list\":[{\"id\":\"x\"},[1,2,{\"text\":\"y\"}],[]],"
      "\"e\":{},\"id\":\"outer\"}",
      { "id", "text", NULL, NULL }, "outer", NULL, NULL, NULL },
    { "{\"id\":true,\"text\":null,\"date\":{\"a\":1},\"title\":[1,\"s\"]}",
      { "id", "text", "date", "title" }, NULL, NULL, NULL, NULL },
    { "{\"id\":false,\"title\":\"t\"}", { "id", NULL, NULL, "title" }, NULL, NULL, NULL, "t" },
    /* duplicate keys: the last one wins */
    { "{\"id\":\"a\",\"id\":\"b\"}", { "id", NULL, NULL, NULL }, "b", NULL, NULL, NULL },
    /* keys are compared after unescaping, exactly */
    { "{\"t\\u0069tle\":\"x\",\"Title\":\"no\",\"titles\":\"no\"}", { NULL, NULL, NULL, "title" },
      NULL, NULL, NULL, "x" },
    /* one key may feed two fields */
    { "{\"url\":\"u\"}", { "url", NULL, NULL, "url" }, "u", NULL, NULL, "u" },
    /* white space around and inside; a leading UTF-8 BOM */
    { " \r\n\t{ \"id\" :\n \"a\" , \"text\" : \"b\" }\n ", { "id", "text", NULL, NULL },
      "a", "b", NULL, NULL },
    { "\xEF\xBB\xBF{\"id\":\"a\"}", { "id", NULL, NULL, NULL }, "a", NULL, NULL, NULL },
    /* Arabic key names work like any other */
    { "{\"\xD9\x86\xD8\xB5\":\"v\"}", { NULL, "\xD9\x86\xD8\xB5", NULL, NULL }, NULL, "v", NULL, NULL },
};

static void check_str(const arv_json_str *s, const char *want, const char *what, int i)
{
    if (!want) {
        ck_assert_msg(s->s == NULL, "case %d: %s should be absent, is '%s'", i, what, s->s);
        ck_assert_uint_eq(s->len, 0);
        return;
    }
    ck_assert_msg(s->s != NULL, "case %d: %s missing", i, what);
    ck_assert_uint_eq(s->len, strlen(want));
    ck_assert_str_eq(s->s, want);
}

START_TEST(test_fields)
{
    const char *json = field_cases[_i].json;
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e = { 0, NULL };
    int rc = arv_json_object(json, strlen(json), &field_cases[_i].f, &a, &d, &e);
    ck_assert_msg(rc == 0, "case %d: %s at %zu", _i, e.message ? e.message : "?", e.offset);
    check_str(&d.id, field_cases[_i].id, "id", _i);
    check_str(&d.text, field_cases[_i].text, "text", _i);
    check_str(&d.date, field_cases[_i].date, "date", _i);
    check_str(&d.title, field_cases[_i].title, "title", _i);
    ck_assert_uint_eq(d.lone_surrogates, 0);
    arv_arena_free(&a);
}
END_TEST

/* ---- errors ------------------------------------------------------------ */

static const struct {
    const char *json;
    size_t len;      /* 0: strlen */
    size_t offset;
    const char *message;
} err_cases[] = {
    { "{\"a\":\"abc", 0, 5, "unterminated string" },
    { "{\"a\":\"abc\\\"}", 0, 5, "unterminated string" },
    { "{\"a\":\"a\\qb\"}", 0, 7, "bad escape" },
    { "{\"a\":\"\\u12G4\"}", 0, 6, "bad escape" },
    { "{\"a\":\"\\u12\"}", 0, 6, "bad escape" },
    { "{\"a\":\"\\", 0, 6, "bad escape" },
    { "{\"a\":\"x\ny\"}", 0, 7, "control character in string" },
    { "{\"a\":\"x\ty\"}", 0, 7, "control character in string" },
    { "{\"a\":\"\xD8\xA7\xD9\x84 x\x1fy\"}", 0, 12, "control character in string" },
    { "{\"a\":\"xy\x01\"}", 0, 8, "control character in string" },
    { "{\"a\":\"x\\ny\x7f\x1e\"}", 0, 11, "control character in string" },
    { "{\"a\":1} x", 0, 8, "trailing garbage after object" },
    { "{\"a\":1}}", 0, 7, "trailing garbage after object" },
    { "{\"a\":1}{\"b\":2}", 0, 7, "trailing garbage after object" },
    { "{\"a\":1} \"x", 0, 8, "trailing garbage after object" },
    { "{\"a\" 1}", 0, 5, "expected ':' after key" },
    { "{\"a\",1}", 0, 4, "expected ':' after key" },
    { "[{\"a\":1}]", 0, 0, "top-level value is not an object" },
    { "\"str\"", 0, 0, "top-level value is not an object" },
    { "  42", 0, 2, "top-level value is not an object" },
    { "null", 0, 0, "top-level value is not an object" },
    { "", 0, 0, "empty input" },
    { " \n ", 0, 3, "empty input" },
    { "{\"a\":1,}", 0, 7, "expected string key" },
    { "{,}", 0, 1, "expected string key" },
    { "{a:1}", 0, 1, "unexpected character" },
    { "{\"a\":1 \"b\":2}", 0, 7, "expected ',' or '}'" },
    { "{\"a\":[1 2]}", 0, 8, "expected ',' or ']'" },
    { "{\"a\":[1,]}", 0, 8, "expected value" },
    { "{\"a\":[}", 0, 6, "expected value" },
    { "{\"a\":}", 0, 5, "expected value" },
    { "{\"a\":tru}", 0, 5, "unexpected character" },
    { "{\"a\":01}", 0, 6, "expected ',' or '}'" },
    { "{\"a\":-}", 0, 5, "unexpected character" },
    { "{\"a\":1.}", 0, 6, "unexpected character" },
    { "{\"a\":", 0, 5, "unexpected end of input" },
    { "{\"a\":1", 0, 6, "unexpected end of input" },
    { "{\"a\":[", 0, 6, "unexpected end of input" },
    { "{\"a\":1\xD8\x8C\"b\":2}", 0, 6, "unexpected character" },   /* Arabic comma */
    { "{\"a\":1\0}", 8, 6, "unexpected character" },                /* NUL byte */
    { " \xEF\xBB\xBF{}", 0, 1, "unexpected character" },              /* BOM not first */
    /* the length is honoured: the text ends before the closing brace */
    { "{\"a\":1}", 6, 6, "unexpected end of input" },
    { "{\"a\":\"b\"}", 7, 5, "unterminated string" },
};

START_TEST(test_error)
{
    const char *json = err_cases[_i].json;
    size_t len = err_cases[_i].len ? err_cases[_i].len : strlen(json);
    /* Copy into an exact-size heap block, so that ASan catches any read
     * past len. */
    char *buf = malloc(len ? len : 1);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, json, len);
    arv_json_fields f = { "a", "b", NULL, NULL };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    memset(&d, 0x55, sizeof d);
    arv_json_error e = { 12345, NULL };
    int rc = arv_json_object(buf, len, &f, &a, &d, &e);
    ck_assert_msg(rc == -1, "case %d should fail", _i);
    ck_assert_ptr_nonnull(e.message);
    ck_assert_msg(strcmp(e.message, err_cases[_i].message) == 0 && e.offset == err_cases[_i].offset,
                  "case %d: got '%s' at %zu, want '%s' at %zu", _i, e.message, e.offset,
                  err_cases[_i].message, err_cases[_i].offset);
    /* nothing half-filled is returned */
    ck_assert_ptr_null(d.id.s);
    ck_assert_ptr_null(d.text.s);
    ck_assert_uint_eq(d.lone_surrogates, 0);
    arv_arena_free(&a);
    free(buf);
}
END_TEST

/* ---- nesting depth ----------------------------------------------------- */

/* {"a": followed by n nested containers (objects or arrays) and closed. */
static char *nest(size_t n, int arrays, size_t *len)
{
    size_t cap = 16 + n * 8, k = 0;
    char *s = malloc(cap);
    k += (size_t)sprintf(s, "{\"a\":");
    for (size_t i = 0; i < n; i++) k += (size_t)sprintf(s + k, arrays ? "[" : "{\"a\":");
    k += (size_t)sprintf(s + k, "1");
    for (size_t i = 0; i < n; i++) s[k++] = arrays ? ']' : '}';
    s[k++] = '}';
    *len = k;
    return s;
}

static const struct {
    size_t n;       /* nested containers inside the top-level object */
    int arrays;
    int ok;
    size_t offset;  /* of the container that is one too deep */
} depth_cases[] = {
    { ARV_JSON_MAX_DEPTH - 1, 1, 1, 0 },
    { ARV_JSON_MAX_DEPTH - 1, 0, 1, 0 },
    { ARV_JSON_MAX_DEPTH, 1, 0, 5 + ARV_JSON_MAX_DEPTH - 1 },
    { ARV_JSON_MAX_DEPTH, 0, 0, 5 * ARV_JSON_MAX_DEPTH },
    { 10000, 1, 0, 5 + ARV_JSON_MAX_DEPTH - 1 },
    { 10000, 0, 0, 5 * ARV_JSON_MAX_DEPTH },
};

START_TEST(test_depth)
{
    size_t len;
    char *s = nest(depth_cases[_i].n, depth_cases[_i].arrays, &len);
    arv_json_fields f = { "a", NULL, NULL, NULL };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e = { 0, NULL };
    int rc = arv_json_object(s, len, &f, &a, &d, &e);
    if (depth_cases[_i].ok) {
        ck_assert_msg(rc == 0, "case %d: %s at %zu", _i, e.message, e.offset);
        ck_assert_ptr_null(d.id.s);  /* the value of "a" is a container */
    } else {
        ck_assert_int_eq(rc, -1);
        ck_assert_str_eq(e.message, "nesting too deep");
        ck_assert_uint_eq(e.offset, depth_cases[_i].offset);
    }
    arv_arena_free(&a);
    free(s);
}
END_TEST

/* Lone surrogates are counted in every string of the object, wanted or not,
 * keys included; NULL fields mean "validate only". */
START_TEST(test_lone_everywhere)
{
    const char *json = "{\"k\\udc00\":\"\\ud800\",\"x\":[\"\\udfff\"],\"t\":\"ok\"}";
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e;
    ck_assert_int_eq(arv_json_object(json, strlen(json), NULL, &a, &d, &e), 0);
    ck_assert_uint_eq(d.lone_surrogates, 3);
    ck_assert_ptr_null(d.text.s);
    ck_assert_int_eq(arv_json_object(json, strlen(json), NULL, &a, NULL, NULL), 0);
    arv_arena_free(&a);
}
END_TEST

/* The caller's buffer is read, never written: strings live in the arena. */
START_TEST(test_input_untouched)
{
    const char *json = "{\"text\":\"a\\nb\\u0627\",\"id\":\"x\"}";
    char buf[64];
    size_t len = strlen(json);
    memcpy(buf, json, len);
    arv_json_fields f = { "id", "text", NULL, NULL };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e;
    ck_assert_int_eq(arv_json_object(buf, len, &f, &a, &d, &e), 0);
    ck_assert_mem_eq(buf, json, len);
    ck_assert_str_eq(d.text.s, "a\nb\xD8\xA7");
    ck_assert_str_eq(d.id.s, "x");
    arv_arena_reset(&a);
    /* the arena is reusable for the next document */
    ck_assert_int_eq(arv_json_object(buf, len, &f, &a, &d, &e), 0);
    ck_assert_str_eq(d.id.s, "x");
    arv_arena_free(&a);
}
END_TEST

/* ---- arv_json_object_prefix: an object at the start of a buffer --------- */

/* Every escape case decodes as with arv_json_object, from a buffer that holds
 * more after the object, and the buffer is left as it was. */
START_TEST(test_prefix_escape)
{
    char json[256];
    int olen = snprintf(json, sizeof json, "{\"t\":%s}", esc_cases[_i].lit);
    int len = olen + snprintf(json + olen, sizeof json - (size_t)olen, ",\n{\"t\":\"next\"}");
    char *buf = malloc((size_t)len + 1);  /* exact size, NUL included: ASan sees overreads */
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, json, (size_t)len + 1);
    arv_json_fields f = { NULL, "t", NULL, NULL };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d, alt;
    size_t end = 0;
    ck_assert_int_eq(arv_json_object_prefix(buf, (size_t)len, &f, NULL, &a, &d, &alt, &end), 0);
    ck_assert_uint_eq(end, (size_t)olen);
    ck_assert_uint_eq(d.text.len, esc_cases[_i].len);
    ck_assert_mem_eq(d.text.s, esc_cases[_i].want, esc_cases[_i].len);
    ck_assert_int_eq(d.text.s[d.text.len], '\0');
    ck_assert_uint_eq(d.lone_surrogates, esc_cases[_i].lone);
    ck_assert_ptr_null(alt.text.s);
    ck_assert_mem_eq(buf, json, (size_t)len + 1);
    arv_arena_free(&a);
    free(buf);
}
END_TEST

/* Objects that end inside the buffer, and ones cut or broken: -1, nothing filled. */
static const struct { const char *json; int rc; size_t end; } prefix_cases[] = {
    { "{}", 0, 2 },
    { "{\"text\":\"a\"}  garbage", 0, 12 },
    { "{\"text\":[1,{\"a\":\"}\"}]}]", 0, 22 },
    { "{\"text\":\"a\"", -1, 0 },             /* cut after a value */
    { "{\"text\":\"a", -1, 0 },                /* cut inside a string */
    { "{\"text\":\"a\\", -1, 0 },             /* cut inside an escape */
    { "{\"text\":tru", -1, 0 },                 /* cut inside a literal */
    { "{\"text\":\"a\"]", -1, 0 },
    { "{\"text\":\"a\nb\"}", -1, 0 },           /* raw newline */
    { "{\"text\" \"a\"}", -1, 0 },
    { "[{\"text\":\"a\"}]", -1, 0 },          /* not an object */
};

START_TEST(test_prefix_cut)
{
    const char *json = prefix_cases[_i].json;
    size_t len = strlen(json);
    char *buf = malloc(len + 1);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, json, len + 1);
    arv_json_fields f = { "id", "text", NULL, NULL };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d, alt;
    size_t end = 0;
    int rc = arv_json_object_prefix(buf, len, &f, &f, &a, &d, &alt, &end);
    ck_assert_msg(rc == prefix_cases[_i].rc, "case %d: rc %d", _i, rc);
    if (rc == 0) {
        ck_assert_uint_eq(end, prefix_cases[_i].end);
        /* one key feeds both field sets */
        ck_assert_ptr_eq(d.text.s, alt.text.s);
    } else {
        ck_assert_ptr_null(d.text.s);
        ck_assert_ptr_null(alt.text.s);
    }
    ck_assert_str_eq(buf, json);
    arv_arena_free(&a);
    free(buf);
}
END_TEST

/* Fields by a second set of names come out as from a parse with those names. */
START_TEST(test_alt_fields)
{
    const char *json = field_cases[_i].json;
    static const arv_json_fields other = { "x-id", "x-text", "x-date", "x-title" };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d, alt, want;
    arv_json_error e = { 0, NULL };
    ck_assert_int_eq(arv_json_object(json, strlen(json), &field_cases[_i].f, &a, &want, &e), 0);
    ck_assert_int_eq(arv_json_object_alt(json, strlen(json), &other, &field_cases[_i].f, &a, &d, &alt, &e), 0);
    const arv_json_str *got[4] = { &alt.id, &alt.text, &alt.date, &alt.title };
    const arv_json_str *exp[4] = { &want.id, &want.text, &want.date, &want.title };
    for (int k = 0; k < 4; k++) check_str(got[k], exp[k]->s, "alt field", _i);
    ck_assert_ptr_null(d.id.s);
    ck_assert_ptr_null(d.text.s);
    arv_arena_free(&a);
}
END_TEST

/* ---- SaudiNewsNet element ---------------------------------------------- */

static const char saudi[] =
    "{\"source\":\"aawsat\",\"url\":\"http://aawsat.com/home/article/1\","
    "\"date_extracted\":\"2015-07-21 00:00:00\","
    "\"title\":\"\xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x83 \xD8\xB3\xD9\x84\xD9\x85\xD8\xA7\xD9\x86 "
    "\xD9\x8A\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD9\x84 \\\"\xD9\x88\xD9\x81\xD8\xAF\xD8\xA7\\\"\","
    "\"author\":null,"
    "\"content\":\"\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x83"
    "\\n\xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6 {\xD8\xA3\xD9\x85\xD8\xB3}\\u060C "
    "\\ud83d\\ude00\"}";

START_TEST(test_saudi)
{
    arv_json_fields f = { "url", "content", "date_extracted", "title" };
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e = { 0, NULL };
    int rc = arv_json_object(saudi, strlen(saudi), &f, &a, &d, &e);
    ck_assert_msg(rc == 0, "%s at %zu", e.message, e.offset);
    ck_assert_str_eq(d.id.s, "http://aawsat.com/home/article/1");
    ck_assert_str_eq(d.date.s, "2015-07-21 00:00:00");
    ck_assert_str_eq(d.title.s, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x83 \xD8\xB3\xD9\x84\xD9\x85\xD8\xA7\xD9\x86 "
                                "\xD9\x8A\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD9\x84 \"\xD9\x88\xD9\x81\xD8\xAF\xD8\xA7\"");
    ck_assert_str_eq(d.text.s, "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x83"
                               "\n\xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6 {\xD8\xA3\xD9\x85\xD8\xB3}"
                               "\xD8\x8C \xF0\x9F\x98\x80");
    ck_assert_uint_eq(d.text.len, strlen(d.text.s));
    ck_assert_uint_eq(d.lone_surrogates, 0);
    arv_arena_free(&a);
}
END_TEST

/* ---- splitter ---------------------------------------------------------- */

enum { MAXV = 8 };
typedef struct {
    char *vals[MAXV];
    size_t nval;
    size_t errs[MAXV];   /* stream offsets of ERROR results */
    size_t nerr;
} split_out;

/* Streams in[0..n) through the splitter in chunks of `chunk` bytes, the way
 * a reader does: keeps the bytes of the value being read across chunks, and
 * after an ERROR skips to the next line. Each chunk is an exact-size heap
 * copy so that ASan sees reads past its end. */
static void split_stream(const char *in, size_t n, size_t chunk, split_out *o)
{
    arv_json_split s;
    arv_json_split_init(&s);
    memset(o, 0, sizeof *o);
    char *pend = malloc(n + 1);
    size_t plen = 0;
    int in_value = 0, skipping = 0;
    for (size_t off = 0; off < n; off += chunk) {
        size_t cl = n - off < chunk ? n - off : chunk;
        char *buf = malloc(cl);
        memcpy(buf, in + off, cl);
        size_t pos = 0, seg = 0;
        while (pos < cl) {
            if (skipping) {
                while (pos < cl && buf[pos] != '\n') pos++;
                if (pos == cl) break;
                pos++;
                skipping = 0;
                continue;
            }
            size_t vs = SIZE_MAX;
            arv_json_split_result r = arv_json_split_feed(&s, buf, cl, &pos, &vs);
            if (vs != SIZE_MAX) {
                ck_assert_uint_lt(vs, cl);
                ck_assert_int_eq(buf[vs], '{');
                in_value = 1;
                plen = 0;
                seg = vs;
            }
            if (r == ARV_JSPLIT_VALUE) {
                ck_assert(in_value);
                memcpy(pend + plen, buf + seg, pos - seg);
                plen += pos - seg;
                pend[plen] = '\0';
                ck_assert_uint_lt(o->nval, MAXV);
                o->vals[o->nval] = malloc(plen + 1);
                memcpy(o->vals[o->nval++], pend, plen + 1);
                in_value = 0;
                plen = 0;
            } else if (r == ARV_JSPLIT_ERROR) {
                ck_assert_uint_lt(o->nerr, MAXV);
                o->errs[o->nerr++] = off + pos;
                in_value = 0;
                plen = 0;
                skipping = 1;
            } else {
                ck_assert_uint_eq(pos, cl);
                if (in_value) {
                    memcpy(pend + plen, buf + seg, cl - seg);
                    plen += cl - seg;
                }
            }
        }
        free(buf);
    }
    free(pend);
}

static void split_free(split_out *o)
{
    for (size_t i = 0; i < o->nval; i++) free(o->vals[i]);
}

static const struct {
    const char *in;
    const char *vals[MAXV];
    size_t errs[MAXV];   /* terminated by SIZE_MAX */
} split_cases[] = {
    /* JSONL */
    { "{\"a\":1}\n{\"b\":\"x\"}\n", { "{\"a\":1}", "{\"b\":\"x\"}" }, { SIZE_MAX } },
    { "\r\n{\"a\":1}\r\n\r\n  {\"b\":2}", { "{\"a\":1}", "{\"b\":2}" }, { SIZE_MAX } },
    /* one top-level array, on one line or pretty-printed */
    { "[ {\"a\":1}, {\"b\":2} ]", { "{\"a\":1}", "{\"b\":2}" }, { SIZE_MAX } },
    { "[\n  {\n    \"a\": [1, {\"c\": 2}]\n  },\n  {\"b\": {}}\n]\n",
      { "{\n    \"a\": [1, {\"c\": 2}]\n  }", "{\"b\": {}}" }, { SIZE_MAX } },
    { "[]\n", { NULL }, { SIZE_MAX } },
    /* braces, brackets and escaped quotes inside strings */
    { "{\"a\":\"}{\\\"][\"}\n{\"b\":\"\\\\\"}\n{\"c\":\"\\\\\\\"}\"}",
      { "{\"a\":\"}{\\\"][\"}", "{\"b\":\"\\\\\"}", "{\"c\":\"\\\\\\\"}\"}" }, { SIZE_MAX } },
    /* values back to back */
    { "{\"a\":{\"b\":[1,{\"c\":2}]}}{\"d\":3}", { "{\"a\":{\"b\":[1,{\"c\":2}]}}", "{\"d\":3}" },
      { SIZE_MAX } },
    /* a stray byte between values: ERROR at it, the rest of its line skipped */
    { "{\"a\":1} x {\"z\":0}\n{\"b\":2}\n", { "{\"a\":1}", "{\"b\":2}" }, { 8, SIZE_MAX } },
    { "42\n{\"a\":1}\n\"s\"\n", { "{\"a\":1}" }, { 0, 11, SIZE_MAX } },
    { "[[{\"a\":1}]]\n{\"b\":2}", { "{\"b\":2}" }, { 1, SIZE_MAX } },
    { "]{\"a\":1}\n{\"b\":2}", { "{\"b\":2}" }, { 0, SIZE_MAX } },
    /* a raw newline inside a string ends the broken value */
    { "{\"a\":\"abc\n{\"b\":1}\n", { "{\"b\":1}" }, { 9, SIZE_MAX } },
    /* a UTF-8 BOM at the start is skipped; a broken one is an error */
    { "\xEF\xBB\xBF[{\"a\":\"\xD9\x86\"}]", { "{\"a\":\"\xD9\x86\"}" }, { SIZE_MAX } },
    { "\xEF\xBB{\"a\":1}\n{\"b\":2}", { "{\"b\":2}" }, { 2, SIZE_MAX } },
    /* unfinished value at the end: nothing returned */
    { "{\"a\":1}\n{\"b\":", { "{\"a\":1}" }, { SIZE_MAX } },
};

static const size_t chunk_sizes[] = { 1, 2, 3, 7, SIZE_MAX };

START_TEST(test_split)
{
    const char *in = split_cases[_i].in;
    size_t n = strlen(in);
    for (size_t c = 0; c < N(chunk_sizes); c++) {
        split_out o;
        split_stream(in, n, chunk_sizes[c] > n ? (n ? n : 1) : chunk_sizes[c], &o);
        size_t nv = 0, ne = 0;
        while (nv < MAXV && split_cases[_i].vals[nv]) nv++;
        while (split_cases[_i].errs[ne] != SIZE_MAX) ne++;
        ck_assert_msg(o.nval == nv, "case %d chunk %zu: %zu values, want %zu", _i, chunk_sizes[c],
                      o.nval, nv);
        for (size_t k = 0; k < nv; k++) ck_assert_str_eq(o.vals[k], split_cases[_i].vals[k]);
        ck_assert_msg(o.nerr == ne, "case %d chunk %zu: %zu errors, want %zu", _i, chunk_sizes[c],
                      o.nerr, ne);
        for (size_t k = 0; k < ne; k++) ck_assert_uint_eq(o.errs[k], split_cases[_i].errs[k]);
        split_free(&o);
    }
}
END_TEST

/* The interface contract, call by call. */
START_TEST(test_split_calls)
{
    arv_json_split s;
    arv_json_split_init(&s);
    const char *b1 = "  {\"a\":";
    size_t pos = 0, vs = 77;
    ck_assert_int_eq(arv_json_split_feed(&s, b1, strlen(b1), &pos, &vs), ARV_JSPLIT_MORE);
    ck_assert_uint_eq(pos, strlen(b1));
    ck_assert_uint_eq(vs, 2);
    const char *b2 = "\"}\"} {\"b\":2}";
    pos = 0;
    vs = 77;
    ck_assert_int_eq(arv_json_split_feed(&s, b2, strlen(b2), &pos, &vs), ARV_JSPLIT_VALUE);
    ck_assert_uint_eq(pos, 4);
    ck_assert_uint_eq(vs, 77);  /* the '{' was in the previous buffer */
    ck_assert_int_eq(arv_json_split_feed(&s, b2, strlen(b2), &pos, &vs), ARV_JSPLIT_VALUE);
    ck_assert_uint_eq(vs, 5);
    ck_assert_uint_eq(pos, strlen(b2));
    ck_assert_int_eq(arv_json_split_feed(&s, b2, strlen(b2), &pos, &vs), ARV_JSPLIT_MORE);
    ck_assert_uint_eq(pos, strlen(b2));
    /* NULL value_start is allowed; ERROR leaves pos at the stray byte */
    const char *b3 = " ,x";
    pos = 0;
    ck_assert_int_eq(arv_json_split_feed(&s, b3, strlen(b3), &pos, NULL), ARV_JSPLIT_ERROR);
    ck_assert_uint_eq(pos, 2);
}
END_TEST

/* Splitter and parser together over a SaudiNewsNet day file, whole and in
 * 1-byte chunks. */
START_TEST(test_split_saudi)
{
    size_t n1 = strlen(saudi);
    char *file = malloc(2 * n1 + 16);
    size_t n = (size_t)sprintf(file, "[\n%s,\n%s\n]\n", saudi, saudi);
    for (size_t chunk = 1; chunk <= n; chunk += n - 1) {
        split_out o;
        split_stream(file, n, chunk, &o);
        ck_assert_uint_eq(o.nval, 2);
        ck_assert_uint_eq(o.nerr, 0);
        arv_json_fields f = { "url", "content", "date_extracted", "title" };
        arv_arena a;
        arv_arena_init(&a);
        for (size_t k = 0; k < 2; k++) {
            arv_json_doc d;
            arv_json_error e;
            ck_assert_str_eq(o.vals[k], saudi);
            ck_assert_int_eq(arv_json_object(o.vals[k], strlen(o.vals[k]), &f, &a, &d, &e), 0);
            ck_assert_str_eq(d.date.s, "2015-07-21 00:00:00");
            arv_arena_reset(&a);
        }
        arv_arena_free(&a);
        split_free(&o);
    }
    free(file);
}
END_TEST

Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("object");
    tcase_add_loop_test(tc, test_escape, 0, (int)N(esc_cases));
    tcase_add_loop_test(tc, test_fields, 0, (int)N(field_cases));
    tcase_add_loop_test(tc, test_error, 0, (int)N(err_cases));
    tcase_add_loop_test(tc, test_depth, 0, (int)N(depth_cases));
    tcase_add_test(tc, test_lone_everywhere);
    tcase_add_test(tc, test_input_untouched);
    tcase_add_loop_test(tc, test_prefix_escape, 0, (int)N(esc_cases));
    tcase_add_loop_test(tc, test_prefix_cut, 0, (int)N(prefix_cases));
    tcase_add_loop_test(tc, test_alt_fields, 0, (int)N(field_cases));
    tcase_add_test(tc, test_saudi);
    suite_add_tcase(s, tc);
    TCase *ts = tcase_create("split");
    tcase_add_loop_test(ts, test_split, 0, (int)N(split_cases));
    tcase_add_test(ts, test_split_calls);
    tcase_add_test(ts, test_split_saudi);
    suite_add_tcase(s, ts);
    return s;
}
