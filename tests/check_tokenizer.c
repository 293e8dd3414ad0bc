/* check_tokenizer.c: classes, normalization, sentences, offsets, bad bytes. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fixture.h"
#include "suites.h"
#include "token.h"

static arv_tokens tk;
static arv_diag quiet = {NULL, 0, 0};

static size_t run(const char *s)
{
    quiet.warnings = quiet.errors = 0;
    return arv_tokenize(s, strlen(s), &tk, "t", &quiet);
}

static const char *norm_of(size_t i) { return tk.norm.v + tk.tok.v[i].norm; }

/* ---- normalization: input word → normalized form ---- */
static const struct { const char *in, *out; } norm_cases[] = {
    {"أحمد", "احمد"}, {"إبراهيم", "ابراهيم"}, {"آمال", "امال"}, {"ٱلله", "الله"},
    {"مصطفى", "مصطفي"}, {"وزارة", "وزاره"}, {"مُحَمَّد", "محمد"}, {"قٰرآن", "قران"},
    {"كـــبير", "كبير"}, {"ﻻ", "لا"}, {"ﻷن", "لان"}, {"ﺍﻟﻌﺮﺑﻴﺔ", "العربيه"},
    {"سو\u200cريا", "سوريا"}, {"عر\u200fب", "عرب"}, {"ليـ\u200dبيا", "ليبيا"},
    {"١١", "11"}, {"۲۰۲۰", "2020"}, {"٣٫٥", "3.5"}, {"50٪", "50%"}, {"WHO", "who"},
    {"عِلْمٌ", "علم"}, {"\u0640\u0640", ""},
};

START_TEST(test_normalize)
{
    arv_charvec v = {0};
    arv_normalize(norm_cases[_i].in, strlen(norm_cases[_i].in), &v);
    ck_assert_uint_eq(v.n, strlen(norm_cases[_i].out));
    ck_assert(memcmp(v.v ? v.v : "", norm_cases[_i].out, v.n) == 0);
    free(v.v);
}
END_TEST

/* ---- fast paths: words the scanner copies (plain, or with one letter
 * replaced) and words it normalizes, side by side; every token's form must
 * be what arv_normalize makes of its text ---- */
static const struct { const char *in, *norms; } fast_cases[] = {
    {"محمد", "محمد"},                       /* plain */
    {"وزارة", "وزاره"},                     /* one letter replaced, at the end */
    {"أحمد", "احمد"}, {"إلى", "الي"},       /* the second: two letters, normalized */
    {"الأمير", "الامير"}, {"آمال", "امال"}, {"ٱلله", "الله"},
    {"مصطفى", "مصطفي"}, {"ىى", "يي"},
    {"أسامة", "اسامه"},                     /* two letters */
    {"مدرسة مُدرسة", "مدرسه مدرسه"},        /* a mark */
    {"وزارةـ وزارـة", "وزاره وزاره"},        /* tatweel after and inside */
    {"ﻻ لا", "لا لا"},                       /* presentation form */
    {"سو\u200cريا سوريا", "سوريا سوريا"},  /* format character inside */
    {"ة أ ى", "ه ا ي"},                      /* the letter alone */
    {"reuters Reuters o'neil O'Neil", "reuters reuters o'neil o'neil"},
    {"2020 3.5 20% % ٢٠ 5 + 5 ٪", "2020 3.5 20% % 20 5+5 %"},
    {"، « » . ؟", "، « » . ؟"},
    {"قال:«أحمد»", "قال : « احمد »"},
};

START_TEST(test_fast_paths)
{
    char buf[512];
    arv_charvec v = {0};
    run(fast_cases[_i].in);
    buf[0] = '\0';
    for (size_t i = 0; i < tk.tok.n; i++) {
        const arv_token *t = &tk.tok.v[i];
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "%s%s", i ? " " : "", norm_of(i));
        v.n = 0;
        arv_normalize(fast_cases[_i].in + t->start, t->end - t->start, &v);
        ck_assert_uint_eq(t->norm_len, v.n);
        ck_assert(memcmp(norm_of(i), v.v ? v.v : "", v.n) == 0);
        ck_assert_int_eq(norm_of(i)[t->norm_len], '\0');
    }
    ck_assert_str_eq(buf, fast_cases[_i].norms);
    free(v.v);
}
END_TEST

/* ---- classes: text → classes of its tokens, space separated ---- */
static const struct { const char *in, *classes; } class_cases[] = {
    {"قال الرئيس", "arabic arabic"},
    {"Reuters said", "latin latin"},
    {"محادثات 5 + 5 في جنيف", "arabic number arabic arabic"},
    {"عام 2020 و٣.٥ مليون", "arabic number arabic number arabic"},
    {"ارتفع 20% أو ٪", "arabic number arabic number"},
    {"ليبيا، اليمن؛ سوريا؟", "arabic punct arabic punct arabic punct"},
    {"«داعش» “الحوثي” \"هادي\"", "quote arabic quote quote arabic quote quote arabic quote"},
    {"انظر https://www.spa.gov.sa/news?id=1 الآن", "arabic url arabic"},
    {"راسلنا info@example.com.", "arabic url punct"},
    {"لـ\"داعش\"", "arabic quote arabic quote"},
    {"١٢ ۱۳ 14", "number number number"},
    {"U.S. forces", "latin punct latin punct latin"},
    {"€ ©", "symbol symbol"},
};

static void classes_of(char *buf, size_t n)
{
    buf[0] = '\0';
    for (size_t i = 0; i < tk.tok.n; i++) {
        size_t l = strlen(buf);
        snprintf(buf + l, n - l, "%s%s", i ? " " : "", arv_tok_class_name((arv_tok_class)tk.tok.v[i].cls));
    }
}

START_TEST(test_classes)
{
    char buf[512];
    run(class_cases[_i].in);
    classes_of(buf, sizeof buf);
    ck_assert_str_eq(buf, class_cases[_i].classes);
}
END_TEST

/* ---- sentences: text → number of sentences and the first token of the last one ---- */
static const struct { const char *in; size_t nsent; const char *last_first; } sent_cases[] = {
    {"قال. ثم ذهب.", 2, "ثم"},
    {"بلغ 3.5 مليون", 1, "بلغ"},
    {"هل جاء؟ نعم!", 2, "نعم"},
    {"العنوان\nالنص هنا", 2, "النص"},
    {"العنوان\r\n\r\nالنص", 2, "النص"},
    {"قال \"خطوة جيدة.\" ثم", 2, "ثم"},
    {"قال “خطوة جيدة.” وأضاف", 2, "وأضاف"},
    {"وصل J. Kerry اليوم", 1, "وصل"},
    /* nor after the abbreviation of a title: د. for doctor, أ. for professor */
    {"التقى الوزير د. مفرج الحقباني أمس", 1, "التقى"},
    {"حاضر أ. د. محمد العلي. ثم غادر", 2, "ثم"},
    /* nor between the letters of an acronym; a longer word before a letter
     * at once still ends one (a space left out) */
    {"عمل في مصرف إتش.إس.بي.سي ثم", 1, "عمل"},
    {"نقلت وكالة د.ب.أ الخبر", 1, "نقلت"},
    {"انتهى الاجتماع.وقال الوزير", 2, "وقال"},
    {"انتظر… ثم", 2, "ثم"},
    {"\n\n  \n", 0, NULL},
    {"نص بلا نهاية", 1, "نص"},
    {"أولا.. ثانيا", 2, "ثانيا"},
};

START_TEST(test_sentences)
{
    run(sent_cases[_i].in);
    ck_assert_uint_eq(tk.sent.n, sent_cases[_i].nsent);
    if (sent_cases[_i].last_first) {
        const arv_sentence *s = &tk.sent.v[tk.sent.n - 1];
        const arv_token *t = &tk.tok.v[s->first];
        size_t n = strlen(sent_cases[_i].last_first);
        ck_assert_uint_eq(t->end - t->start, n);
        ck_assert(memcmp(sent_cases[_i].in + t->start, sent_cases[_i].last_first, n) == 0);
    }
}
END_TEST

/* ---- sentence spans: text → token count of each sentence; the sentences
 * tile the tokens, and each spans its first token's start to its last one's
 * end (counts and ends are filled in when the next sentence opens) ---- */
static const struct { const char *in, *counts; } span_cases[] = {
    {"قال. ثم ذهب.", "2 3"},
    {"قال \"خطوة جيدة.\" ثم", "6 1"},
    {"أولا.. ثانيا", "3 1"},
    {"a\nb\nc", "1 1 1"},
    {"ليبيا\xFF", "2"},                 /* a trailing invalid run closes with the text */
    {"نعم.\xFF", "2 1"},
    {"\xFF\xFE قال", "2"},
    {"\n\n  \n", ""},
    {"نص بلا نهاية", "3"},
};

START_TEST(test_sentence_spans)
{
    run(span_cases[_i].in);
    char got[64] = "";
    size_t used = 0, next = 0;
    for (size_t i = 0; i < tk.sent.n; i++) {
        const arv_sentence *s = &tk.sent.v[i];
        ck_assert_uint_eq(s->first, next);
        ck_assert_uint_gt(s->count, 0);
        next = s->first + s->count;
        ck_assert_uint_le(next, tk.tok.n);
        ck_assert_uint_eq(s->start, tk.tok.v[s->first].start);
        ck_assert_uint_eq(s->end, tk.tok.v[next - 1].end);
        for (size_t k = s->first; k < next; k++) ck_assert_uint_eq(tk.tok.v[k].sent, i);
        used += (size_t)snprintf(got + used, sizeof got - used, "%s%u", i ? " " : "", (unsigned)s->count);
    }
    ck_assert_uint_eq(next, tk.tok.n);
    ck_assert_str_eq(got, span_cases[_i].counts);
}
END_TEST

/* The surface of every token is text[start:end], tokens are in order and
 * never overlap, and only white space lies between them. */
START_TEST(test_offsets_sample)
{
    static char buf[1 << 16];
    size_t n = read_file("../corpus/docs/000_bce8d6ddd41ba8a9.txt", buf, sizeof buf);
    ck_assert_uint_eq(arv_tokenize(buf, n, &tk, "seed", &quiet), 0);
    ck_assert_uint_gt(tk.tok.n, 400);
    uint32_t prev = 0;
    for (size_t i = 0; i < tk.tok.n; i++) {
        const arv_token *t = &tk.tok.v[i];
        ck_assert_uint_ge(t->start, prev);
        ck_assert_uint_gt(t->end, t->start);
        for (uint32_t k = prev; k < t->start; k++) ck_assert(strchr(" \n\t", buf[k]) || (unsigned char)buf[k] >= 0x80);
        prev = t->end;
    }
    ck_assert_uint_eq(tk.sent.n, 25);
}
END_TEST

/* ---- bad bytes: kept as one symbol per run, one warning each, offsets right ---- */
static const struct { const char *in; size_t ntok, warnings, bad_start, bad_len; } bad_cases[] = {
    {"ab\x80\x80 cd", 3, 1, 2, 2},        /* stray continuation bytes */
    {"\xC0\xAF x", 2, 1, 0, 2},           /* overlong '/' */
    {"x \xED\xA0\x80", 2, 1, 2, 3},       /* UTF-8 encoded surrogate */
    {"\xF5\x80\x80\x80", 1, 1, 0, 4},     /* beyond U+10FFFF */
    {"ليبيا\xFF", 2, 1, 10, 1},
    {"\xE2\x82", 1, 1, 0, 2},             /* truncated at the end */
};

START_TEST(test_bad_utf8)
{
    const char *s = bad_cases[_i].in;
    size_t problems = run(s);
    ck_assert_uint_eq(problems, bad_cases[_i].warnings);
    ck_assert_uint_eq(quiet.warnings, bad_cases[_i].warnings);
    ck_assert_uint_eq(tk.tok.n, bad_cases[_i].ntok);
    int found = 0;
    for (size_t i = 0; i < tk.tok.n; i++)
        if (tk.tok.v[i].flags & ARV_TF_INVALID) {
            ck_assert_uint_eq(tk.tok.v[i].start, bad_cases[_i].bad_start);
            ck_assert_uint_eq(tk.tok.v[i].end - tk.tok.v[i].start, bad_cases[_i].bad_len);
            ck_assert_int_eq(tk.tok.v[i].cls, ARV_TC_SYMBOL);
            found = 1;
        }
    ck_assert(found);
}
END_TEST

START_TEST(test_nul_bytes)
{
    const char s[] = "قال\0الرئيس";
    size_t n = sizeof s - 1;
    arv_tokenize(s, n, &tk, "t", &quiet);
    ck_assert_uint_eq(tk.tok.n, 3);  /* word, NUL symbol, word */
    ck_assert_int_eq(tk.tok.v[1].cls, ARV_TC_SYMBOL);
    ck_assert_uint_eq(tk.tok.v[2].end, n);
}
END_TEST

START_TEST(test_nbsp_is_space)
{
    run("قال\u00a0الرئيس");
    ck_assert_uint_eq(tk.tok.n, 2);
    ck_assert_str_eq(norm_of(1), "الرئيس");
}
END_TEST

START_TEST(test_tatweel_clitic_kept)
{
    run("لـ\"داعش\"");
    ck_assert_str_eq(norm_of(0), "ل");
    ck_assert_str_eq(norm_of(2), "داعش");
    ck_assert(tk.tok.v[0].flags & ARV_TF_GLUED);
}
END_TEST

START_TEST(test_long_token)
{
    size_t n = 1u << 20;
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < n; i += 2) memcpy(s + i, "\xd8\xa8", 2);  /* ب × 512K */
    s[n] = '\0';
    arv_tokenize(s, n, &tk, "t", &quiet);
    ck_assert_uint_eq(tk.tok.n, 1);
    ck_assert_uint_eq(tk.tok.v[0].end, n);
    free(s);
}
END_TEST

static void tk_teardown(void) { arv_tokens_free(&tk); }

Suite *tokenizer_suite(void)
{
    Suite *s = suite_create("tokenizer");
    TCase *tc = tcase_create("tokenizer");
    tcase_add_checked_fixture(tc, NULL, tk_teardown);
    tcase_add_loop_test(tc, test_normalize, 0, sizeof norm_cases / sizeof *norm_cases);
    tcase_add_loop_test(tc, test_fast_paths, 0, sizeof fast_cases / sizeof *fast_cases);
    tcase_add_loop_test(tc, test_classes, 0, sizeof class_cases / sizeof *class_cases);
    tcase_add_loop_test(tc, test_sentences, 0, sizeof sent_cases / sizeof *sent_cases);
    tcase_add_loop_test(tc, test_sentence_spans, 0, sizeof span_cases / sizeof *span_cases);
    tcase_add_loop_test(tc, test_bad_utf8, 0, sizeof bad_cases / sizeof *bad_cases);
    tcase_add_test(tc, test_offsets_sample);
    tcase_add_test(tc, test_nul_bytes);
    tcase_add_test(tc, test_nbsp_is_space);
    tcase_add_test(tc, test_tatweel_clitic_kept);
    tcase_add_test(tc, test_long_token);
    suite_add_tcase(s, tc);
    return s;
}
