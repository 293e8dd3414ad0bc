/* entity.c: named entities and actor mentions from lexicon matches, closed
 * word classes and rules: title + name, given name or kunya + name words,
 * organization head + idafa chain, place head + name, role noun + nisba,
 * dates resolved against the document date, and short mentions (a surname,
 * a first name, a role noun) linked to the full name seen earlier. Also:
 * patronymics (X بن Y), a ruler's title + a name with the article, a nisba
 * standing for a person + name, و + a second person, a saying verb + one
 * name, towns' clubs, quoted organization names, head + adjective + لل
 * complement, places of no one country; particles in European names (دو لا,
 * فان), علي before a given name or بن, a lone given name as the speaker, عن
 * + name + قوله, and listed names that are nouns before an adjective. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "doc.h"

typedef struct ectx {
    arv_doc *d;
    size_t end;                   /* end of the sentence (token index) */
    uint32_t sent;
    int *sport;                   /* is the sentence about sport: -1 not asked yet (sport_sentence) */
} ectx;

static const arv_token *tok(const ectx *c, size_t i) { return &c->d->tk.tok.v[i]; }
static const char *norm(const ectx *c, size_t i) { return c->d->tk.norm.v + tok(c, i)->norm; }
static arv_closed_class cwc(const ectx *c, size_t i) { return c->d->cw.v[i].cls; }
static int is_norm(const ectx *c, size_t i, const char *w) { return strcmp(norm(c, i), w) == 0; }

static const arv_match *match_at(const ectx *c, size_t i)
{
    int32_t m = c->d->tmatch.v[i];
    return m < 0 ? NULL : &c->d->matches.v[m];
}

/* Is token i a word of no dictionary entry but an ordinary noun or
 * adjective (grammar/lexicon/common.txt): رئيس | جديد, منطقة | حظر? */
static int common_word(const ectx *c, size_t i)
{
    return !match_at(c, i) && arv_lexicon_common(c->d->eng->common, 2, norm(c, i), tok(c, i)->norm_len);
}

/* Is token i, unknown, an ordinary word of four letters or more in a form
 * no name takes: in the accusative (قرارا, مستشارا) or after a proclitic ب
 * ل ك (بتأجير, لأورام)? Not بو, which starts Maghrebi names (بوافر). */
static int common_inflected(const ectx *c, size_t i)
{
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    const arv_lexicon *const *cl = c->d->eng->common;
    if (match_at(c, i) || n < 10) return 0;
    if (!strcmp(w + n - 2, "ا") && strncmp(w, "ال", 4)) return arv_lexicon_common(cl, 2, w, n - 2);
    return (!strncmp(w, "ب", 2) || !strncmp(w, "ل", 2) || !strncmp(w, "ك", 2)) && strncmp(w + 2, "و", 2) &&
           arv_lexicon_common(cl, 2, w + 2, n - 2);
}

static arv_closed_class closed_of(const char *prefix, const char *w, size_t n);

/* Is the run j..nj after a title an ordinary word, also inflected (الملك |
 * ساكنا, اللاعب | استنادا), or two in construct (رئيس | قسم الهندسة, لرئيس |
 * جهاز الأمن)? Then it names no one. Family names in ي and ال + the first
 * word are names (عساف القرني, سعدون السعدون), common words or not. */
static int lone_common(const ectx *c, size_t j, size_t nj)
{
    if (nj <= j) return 0;  /* no run: j may be the sentence's end */
    if (nj == j + 1) {
        /* alone after a title, a three-letter noun in the accusative too:
         * وزير الخارجية | عضوا (later in a name such words are family names:
         * تياغو موتا, أحمد مهنا) */
        const char *w1 = norm(c, j);
        size_t n1 = tok(c, j)->norm_len;
        if (n1 == 8 && !match_at(c, j) && !strcmp(w1 + 6, "ا") &&
            (arv_lexicon_common(c->d->eng->common, 2, w1, 6) ||
             closed_of("", w1, 6) != ARV_CW_NONE))  /* عضو, a title's word */
            return 1;
        return common_word(c, j) || common_inflected(c, j);
    }
    const char *w = norm(c, j + 1);
    size_t n = tok(c, j + 1)->norm_len;
    if (nj == j + 2 && common_word(c, j) && strncmp(w, "ال", 4) && common_word(c, j + 1) && strcmp(w + n - 2, "ي"))
        return 1;  /* a noun and its adjective: مفوض | تجاري is no name, nor خطة عمل */
    return nj > j + 1 && common_word(c, j) && !strncmp(w, "ال", 4) && common_word(c, j + 1) && strcmp(w + n - 2, "ي") &&
           strcmp(w + 4, norm(c, j));
}

static const char *code_of(const ectx *c, const arv_match *m, const arv_lex_entry *e)
{
    return arv_lex_code_for(m->lex, e, c->d->ymd);
}

static const char *concat(arv_doc *d, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *s = arv_arena_alloc(&d->arena, na + nb + 1);
    memcpy(s, a, na);
    memcpy(s + na, b, nb + 1);
    return s;
}

/* The code of role `role` of country or organization cc: an organization's
 * nisba is the whole code (المبعوث الأممي, البعثة الأممية: IGOUNO). */
static const char *with_role(arv_doc *d, const char *cc, const char *role)
{
    return strlen(cc) > 3 ? cc : concat(d, cc, role);
}

static int is_country(const char *code) { return strlen(code) == 3 && arv_code_has_country(code); }

static arv_entity *push(ectx *c, size_t first, size_t last, uint32_t start, uint32_t end, arv_etype type,
                        arv_mention_kind kind, int named, const char *code, const char *rule)
{
    arv_entity e;
    memset(&e, 0, sizeof e);
    e.span.start = start;
    e.span.end = end;
    e.first = (uint32_t)first;
    e.last = (uint32_t)last;
    e.sent = c->sent;
    e.type = (uint8_t)type;
    e.kind = (uint8_t)kind;
    e.named = (uint8_t)named;
    e.code = code ? code : "";
    e.rule = rule;
    e.antecedent = -1;
    ARV_VEC_PUSH(c->d->ents, e);
    return &c->d->ents.v[c->d->ents.n - 1];
}

/* ---- dates ---- */

static long days_from_civil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = (long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (*m <= 2);
}

static const char *iso_day(arv_doc *d, long days)
{
    long y;
    unsigned m, dd;
    civil_from_days(days, &y, &m, &dd);
    char *s = arv_arena_alloc(&d->arena, 48);
    snprintf(s, 48, "%04ld-%02u-%02u", y, m, dd);
    return s;
}

static long doc_days(const arv_doc *d)
{
    return days_from_civil((long)(d->ymd / 10000), d->ymd / 100 % 100, d->ymd % 100);
}

/* Tabular Islamic calendar (civil epoch, the usual arithmetic conversion):
 * Hijri y-m-d to days since 1970-01-01 through the Julian day number. */
static long hijri_days(long y, long m, long d)
{
    long jdn = (11 * y + 3) / 30 + 354 * y + 30 * m - (m - 1) / 2 + d + 1948440 - 385;
    return jdn - 2440588;
}

static int number_value(const ectx *c, size_t i, long *v)
{
    if (i >= c->end || tok(c, i)->cls != ARV_TC_NUMBER) return 0;
    const char *s = norm(c, i);
    long x = 0;
    size_t n = 0;
    for (; *s >= '0' && *s <= '9' && n < 6; s++, n++) x = x * 10 + (*s - '0');
    if (*s || !n) return 0;
    *v = x;
    return 1;
}

static int is_punct(const ectx *c, size_t i, const char *p)
{
    return i < c->end && (tok(c, i)->cls == ARV_TC_PUNCT) && is_norm(c, i, p);
}

/* Month at token i: 1..12 and the tokens it takes (كانون الثاني is two). */
static int month_at(const ectx *c, size_t i, size_t *len)
{
    if (i >= c->end || cwc(c, i) != ARV_CW_MONTH || c->d->cw.v[i].conj) return 0;
    int v = c->d->cw.v[i].value;
    *len = 1;
    if (v == 13 || v == 14) {
        if (i + 1 >= c->end) return 0;
        int second = is_norm(c, i + 1, "الثاني");
        if (!second && !is_norm(c, i + 1, "الاول")) return 0;
        *len = 2;
        return v == 13 ? (second ? 1 : 12) : (second ? 11 : 10);
    }
    return v;
}

/* Month names that are also common words need a number or a second month
 * next to them (مارس "practised", آب/أب "father", ماي). */
static int ambiguous_month(const ectx *c, size_t i)
{
    return is_norm(c, i, "مارس") || is_norm(c, i, "اب") || is_norm(c, i, "ماي") || is_norm(c, i, "اوت");
}

static int is_any(const ectx *c, size_t i, const char *const *words)
{
    if (i >= c->end) return 0;
    for (; *words; words++)
        if (is_norm(c, i, *words)) return 1;
    return 0;
}

/* Words that widen a date without changing its day: مساء اليوم, ليلة الاثنين */
static const char *const time_of_day[] = {"مساء", "صباح", "ليله", "ليل", "فجر", "ظهر", "عصر", "منتصف", "مطلع",
                                          "اواخر", "اوائل", "نهايه", "بدايه", "شهر", "يوم", NULL};
static const char *const past_words[] = {"الماضي", "الماضيه", NULL};
static const char *const next_words[] = {"المقبل", "المقبله", "القادم", "القادمه", NULL};

static const char *ymd_code(arv_doc *d, long y, long m, long day)
{
    char buf[64];
    if (day) snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, day);
    else if (m) snprintf(buf, sizeof buf, "%04ld-%02ld", y, m);
    else snprintf(buf, sizeof buf, "%04ld", y);
    return arv_arena_strndup(&d->arena, buf, strlen(buf));
}

/* The core of a date at token j: sets *code (may be NULL when the document
 * has no date) and returns its end, or j when there is no date. */
static size_t date_core(ectx *c, size_t j, const char **code, int widened)
{
    arv_doc *d = c->d;
    long v, y = d->ymd ? d->ymd / 10000 : 0;
    size_t ml = 0, k;
    int month, have_day = 0;
    long day = 0;
    *code = NULL;
    /* 11 يونيو 2020 / يونيو 2020 / فبراير / شباط / حزيران (يونيو) / سبتمبر أيلول الماضي */
    if (number_value(c, j, &v) && v >= 1 && v <= 31 && (month = month_at(c, j + 1, &ml))) {
        day = v;
        have_day = 1;
        k = j + 1 + ml;
    } else if ((month = month_at(c, j, &ml))) {
        k = j + ml;
    }
    if (month) {
        size_t ml2;
        int paired = 0, year = 0;
        if (is_punct(c, k, "/") && month_at(c, k + 1, &ml2) == month) k += 1 + ml2, paired = 1;
        else if (is_punct(c, k, "(") && month_at(c, k + 1, &ml2) == month && is_punct(c, k + 1 + ml2, ")"))
            k += 2 + ml2, paired = 1;
        else if (month_at(c, k, &ml2) == month) k += ml2, paired = 1;
        if (number_value(c, k, &v) && v >= 1900 && v <= 2100) y = v, k++, year = 1;
        else if (is_any(c, k, past_words)) {
            if (d->ymd && month >= (int)(d->ymd / 100 % 100)) y--;
            k++;
        } else if (is_any(c, k, next_words)) {
            if (d->ymd && month <= (int)(d->ymd / 100 % 100)) y++;
            k++;
        }
        if (!have_day && !year && !paired && !widened && ambiguous_month(c, j)) return j;
        if (y) *code = ymd_code(d, y, month, have_day ? day : 0);
        return k;
    }
    /* 2020/6/11, 11/6/2020, 11-6-2020 */
    long a, b2, y2;
    if (number_value(c, j, &a) && (is_punct(c, j + 1, "/") || is_punct(c, j + 1, "-")) && number_value(c, j + 2, &b2) &&
        is_punct(c, j + 3, norm(c, j + 1)) && number_value(c, j + 4, &y2)) {
        long yy = 0, mm = 0, dd = 0;
        if (a >= 1900 && a <= 2100) yy = a, mm = b2, dd = y2;
        else if (y2 >= 1900 && y2 <= 2100) yy = y2, mm = b2, dd = a;
        if (yy && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
            *code = ymd_code(d, yy, mm, dd);
            return j + 5;
        }
    }
    /* Hijri: 15 رمضان 1436 هـ */
    if (number_value(c, j, &a) && j + 1 < c->end && cwc(c, j + 1) == ARV_CW_HIJRI && number_value(c, j + 2, &y2) &&
        y2 >= 1300 && y2 <= 1500) {
        k = j + 3;
        if (k < c->end && (is_norm(c, k, "ه") || is_norm(c, k, "هـ"))) k++;
        *code = iso_day(d, hijri_days(y2, c->d->cw.v[j + 1].value, a));
        return k;
    }
    /* عام 2009, العام 2014 */
    if ((is_norm(c, j, "عام") || is_norm(c, j, "العام")) && number_value(c, j + 1, &v) && v >= 1900 && v <= 2100) {
        *code = ymd_code(d, v, 0, 0);
        return j + 2;
    }
    /* هذا العام, العام الماضي / الحالي, الشهر الماضي, الأسبوع المقبل */
    if (is_norm(c, j, "هذا") && j + 1 < c->end && (is_norm(c, j + 1, "العام") || is_norm(c, j + 1, "الشهر") ||
                                                   is_norm(c, j + 1, "الاسبوع"))) {
        if (y) *code = is_norm(c, j + 1, "العام") ? ymd_code(d, y, 0, 0)
                      : is_norm(c, j + 1, "الشهر") ? ymd_code(d, y, d->ymd / 100 % 100, 0) : NULL;
        return j + 2;
    }
    if (j + 1 < c->end && (is_norm(c, j, "الاسبوع") || is_norm(c, j, "الشهر") || is_norm(c, j, "العام")) &&
        (is_any(c, j + 1, past_words) || is_any(c, j + 1, next_words) || is_norm(c, j + 1, "الحالي") ||
         is_norm(c, j + 1, "الجاري"))) {
        int sign = is_any(c, j + 1, past_words) ? -1 : is_any(c, j + 1, next_words) ? 1 : 0;
        if (d->ymd) {
            long m = d->ymd / 100 % 100, yy = y;
            if (is_norm(c, j, "العام")) *code = ymd_code(d, yy + sign, 0, 0);
            else if (is_norm(c, j, "الشهر")) {
                m += sign;
                if (m < 1) m = 12, yy--;
                if (m > 12) m = 1, yy++;
                *code = ymd_code(d, yy, m, 0);
            } else {
                *code = iso_day(d, doc_days(d) + 7 * sign);
            }
        }
        return j + 2;
    }
    /* أمس, اليوم, غدا, أول أمس, الليلة الماضية; then a weekday may follow (أمس السبت) */
    long rel = 0;
    k = j;
    if (is_norm(c, k, "اول") && k + 1 < c->end && is_norm(c, k + 1, "امس")) rel = -2, k += 2;
    else if (is_norm(c, k, "الليله") && k + 1 < c->end && is_any(c, k + 1, past_words)) rel = -1, k += 2;
    else if (cwc(c, k) == ARV_CW_RELDAY && !c->d->cw.v[k].conj) rel = c->d->cw.v[k].value - 100, k++;
    if (k > j) {
        if (is_punct(c, k, "(") && k + 2 < c->end && cwc(c, k + 1) == ARV_CW_WEEKDAY && is_punct(c, k + 2, ")")) k += 3;
        else if (k < c->end && cwc(c, k) == ARV_CW_WEEKDAY && !c->d->cw.v[k].conj) k++;
        if (d->ymd) *code = iso_day(d, doc_days(d) + rel);
        return k;
    }
    /* (يوم) الأربعاء (الماضي): the latest such day on or before the document date */
    k = j;
    if (cwc(c, k) == ARV_CW_DAYWORD && k + 1 < c->end && cwc(c, k + 1) == ARV_CW_WEEKDAY) k++;
    if (cwc(c, k) == ARV_CW_WEEKDAY && !c->d->cw.v[k].conj &&
        (k > j || widened || tok(c, k)->norm_len > 8 || (j > 0 && cwc(c, j - 1) == ARV_CW_PREP))) {
        int value = c->d->cw.v[k].value;
        k++;
        long back = 0;
        if (d->ymd) {
            long days = doc_days(d);
            long wd = ((days % 7) + 11) % 7;  /* 1970-01-01 was a Thursday (4) */
            back = (wd - value + 7) % 7;
            if (k < c->end && is_any(c, k, past_words) && back == 0) back = 7;
            if (k < c->end && is_any(c, k, next_words)) back = back ? back - 7 : -7;
            *code = iso_day(d, days - back);
        }
        if (k < c->end && (is_any(c, k, past_words) || is_any(c, k, next_words))) k++;
        return k;
    }
    return j;
}

static size_t try_date(ectx *c, size_t i)
{
    /* only numbers and date words can start a date: the rest costs nothing */
    switch (cwc(c, i)) {
    case ARV_CW_MONTH: case ARV_CW_HIJRI: case ARV_CW_WEEKDAY: case ARV_CW_RELDAY: case ARV_CW_DAYWORD:
    case ARV_CW_DATEWORD:
        break;
    default:
        if (tok(c, i)->cls != ARV_TC_NUMBER) return 0;
    }
    const char *code;
    size_t j = i;
    int widened = 0;
    while (j < c->end && j - i < 2 && is_any(c, j, time_of_day)) j++, widened = 1;
    size_t k = date_core(c, j, &code, widened);
    if (k == j) {
        /* يوم and شهر are also core words (يوم الأحد): retry without them */
        if (j > i) {
            k = date_core(c, i, &code, 0);
            if (k == i) return 0;
            j = i;
        } else {
            return 0;
        }
    }
    push(c, i, k, tok(c, i)->start, tok(c, k - 1)->end, ARV_T_DATE, ARV_M_DATE, 1, code, "date");
    return k - i;
}

/* ---- names ---- */

static int name_connector(const ectx *c, size_t i)
{
    size_t n = tok(c, i)->norm_len;  /* cheap test first: all are two or three letters */
    if (n != 4 && n != 6) return 0;
    return is_norm(c, i, "بن") || is_norm(c, i, "ابن") || is_norm(c, i, "ابو") || is_norm(c, i, "ابي") ||
           is_norm(c, i, "ابا") || is_norm(c, i, "عبد") || is_norm(c, i, "ال") || is_norm(c, i, "بنت");
}

/* أبو / أبي / أبا, or one of them after و, or أبي / أبو after ل (لأبي خليل;
 * not بابا, "the Pope" or a door): the start of a kunya */
static int kunya(const ectx *c, size_t i)
{
    size_t n = tok(c, i)->norm_len;  /* cheap test first: asked at every token */
    if (n != 6 && n != 8) return 0;
    const char *w = norm(c, i);
    if (n == 8 && !strncmp(w, "ل", 2) && strcmp(w, "لابا")) w += 2, n = 6;
    if (n == 8 && !strncmp(w, "و", 2)) w += 2, n = 6;
    return n == 6 && (!strcmp(w, "ابو") || !strcmp(w, "ابي") || !strcmp(w, "ابا"));
}

/* Is the only clitic of the match at token i a conjunction (وجون)? */
static int conj_only(const ectx *c, size_t i)
{
    const arv_match *m = match_at(c, i);
    const char *w = norm(c, i);
    return m && m->prefix == 2 && (!strncmp(w, "و", 2) || !strncmp(w, "ف", 2));
}

/* Does the normalized word start with one of و ف ب ل ك? */
static int proclitic_letter(const char *w)
{
    return !strncmp(w, "و", 2) || !strncmp(w, "ف", 2) || !strncmp(w, "ب", 2) || !strncmp(w, "ل", 2) ||
           !strncmp(w, "ك", 2);
}

/* Does the surface end in ة? */
static int ends_in_ta(const char *text, const arv_token *t)
{
    return t->end - t->start >= 4 && (unsigned char)text[t->end - 2] == 0xD8 && (unsigned char)text[t->end - 1] == 0xA9;
}

/* Does token i end in ية (a feminine nisba's ending, ة written)? */
static int ends_in_iya(const ectx *c, size_t i)
{
    size_t n = tok(c, i)->norm_len;
    return n > 4 && !strcmp(norm(c, i) + n - 4, "يه") && ends_in_ta(c->d->text, tok(c, i));
}

/* The closed class of prefix + w[0..n), a word made up of a token's parts
 * (arv_closed_word reads up to a NUL, which a part has not). */
static arv_closed_class closed_of(const char *prefix, const char *w, size_t n)
{
    char buf[64];
    size_t p = strlen(prefix);
    arv_closed cl;
    if (p + n >= sizeof buf) return ARV_CW_NONE;
    memcpy(buf, prefix, p);
    memcpy(buf + p, w, n);
    buf[p + n] = 0;
    return arv_closed_word(buf, p + n, &cl);
}

/* Is w[0..n) a demonstrative or a relative (هذا, تلك, الذي), whose
 * letters a clitic's (ب, ف) never make a name of? */
static int pointing_word(const char *w, size_t n)
{
    arv_closed_class k = closed_of("", w, n);
    return k == ARV_CW_STOP || k == ARV_CW_DATEWORD || k == ARV_CW_REL;
}

/* A clitic starts the next phrase (ومدير, بالقرب), but ب ف ل also start
 * foreign family names (جوزيف بلاتر, سيغموند فرويد): a long unknown word
 * right after a given name, without the article or ة, is a family name. */
static int clitic_surname(const ectx *c, size_t j)
{
    const arv_token *t = tok(c, j);
    const char *w = norm(c, j);
    return !match_at(c, j) && match_at(c, j - 1) && strncmp(w, "و", 2) && t->norm_len >= 8 &&
           strncmp(w + 2, "ال", 4) && strncmp(w, "لل", 4) && !ends_in_ta(c->d->text, t) &&
           !pointing_word(w + 2, t->norm_len - 2);  /* سعيد | بهذا */
}

/* The entries of lexicon li (the user's, then the built-in one) for the
 * word w[0..n) as a whole: their count, the first in *first. */
static size_t lexicon_word(const arv_doc *d, size_t li, const char *w, size_t n, uint32_t *first)
{
    const arv_lexicon *l = d->eng->lex[li];
    return l && l->nstates ? arv_lexicon_entries(l, arv_lexicon_step(l, (arv_lex_pos){0, 0}, w, n), first) : 0;
}

/* Is the word w[0..n) alone a given name and nothing else in the lexicons? */
static int given_word(const arv_doc *d, const char *w, size_t n)
{
    int given = 0;
    for (size_t li = 0; li < 2; li++) {
        uint32_t first;
        size_t ne = lexicon_word(d, li, w, n, &first);
        for (size_t e = 0; e < ne; e++) {
            arv_kind k = (arv_kind)d->eng->lex[li]->entries[first + e].kind;
            if (k != ARV_K_GIVEN && k != ARV_K_COMMON) return 0;
            given |= k == ARV_K_GIVEN;
        }
    }
    return given;
}

/* Does a lexicon list the word w[0..n) alone as a person (خامنئي)? */
static int listed_person_word(const arv_doc *d, const char *w, size_t n)
{
    for (size_t li = 0; li < 2; li++) {
        uint32_t first;
        size_t ne = lexicon_word(d, li, w, n, &first);
        for (size_t e = 0; e < ne; e++)
            if (d->eng->lex[li]->entries[first + e].kind == ARV_K_ACTOR &&
                d->eng->lex[li]->entries[first + e].type == ARV_T_PER)
                return 1;
    }
    return 0;
}

/* Does any lexicon list the word w[0..n) alone? */
static int lexicon_word_any(const arv_doc *d, const char *w, size_t n)
{
    uint32_t first;
    for (size_t li = 0; li < 2; li++)
        if (lexicon_word(d, li, w, n, &first)) return 1;
    return 0;
}

/* Is the word w[0..n) in no dictionary and no common word (صدام of صدام
 * حسين, كيم of كيم جونغ إيل)? */
static int unlisted_word(const arv_doc *d, const char *w, size_t n)
{
    if (n < 6 || !strncmp(w, "ال", 4) || !strcmp(w, "ابن") || !strcmp(w, "ابو") || !strcmp(w, "ابي") ||
        !strcmp(w, "ابا"))
        return 0;
    return !lexicon_word_any(d, w, n) && !arv_lexicon_common(d->eng->common, 2, w, n);
}

static int derived_noun(const char *w, size_t n);
static int derived_past(const char *w, size_t n);

/* Is token j, unknown and long, a family name that starts with ف or ب by
 * chance: without it no word of the dictionaries, of the common words or of
 * a closed class (أمين | فارس, but not جون | بمتابعة)? So with بال, when
 * the stem after it is no such word either (خوان | بالاسيوس). A name's
 * `first` word may also start with ك (الرئيس | كوفاليف), but not with بال. */
static int letter_surname(const ectx *c, size_t j, int first)
{
    const char *w = norm(c, j);
    size_t n = tok(c, j)->norm_len;
    /* و is left out: it joins two names (جمال | ورونق) more often than it starts one */
    /* not a noun in ة after ب (بمنظمة), but a Hadrami name in با may end so (باسلمة, باناجة) */
    if (match_at(c, j) || n < 8 || (strncmp(w, "ف", 2) && strncmp(w, "ب", 2) && strncmp(w, "ك", 2)) ||
        (ends_in_ta(c->d->text, tok(c, j)) &&
         (first || memcmp(c->d->text + tok(c, j)->start, "با", 4) || !strncmp(w + 2, "ال", 4))))
        return 0;
    /* a first word, of five letters at least, whose stem starts like a
     * verb, a verbal noun or a participle, with the article or with a second
     * clitic, is no name (بتشكيل, بمنع, ببذل, باختيار), nor is a verb's
     * plural (فبذلوا) or an accusative (كبيرا, بدلا); ل is left out, since
     * it starts far more verbal nouns (لإنهاء, لوقف) than names (لازلو) */
    /* the stem's first letter by its second UTF-8 byte: ي ت ن م ا أ إ */
    /* but كا starts foreign names (كارلوس, كارميلو, كانافارو) more often than
     * "as" does a verbal noun of no list (كاستثناء is one) */
    int ka = !strncmp(w, "ك", 2) && w[3] == '\xA7' && !derived_noun(w + 2, n - 2) && strncmp(w + 2, "است", 6);
    if (first && (n < 10 || (!ka && strchr("\x8A\xAA\x86\x85\xA7\xA3\xA5", (unsigned char)w[3])) ||
                  (proclitic_letter(w + 2) && strncmp(w + 2, "و", 2)) || !strcmp(w + n - 2, "ا") ||
                  !strcmp(w + n - 2, "ت") || common_inflected(c, j)))
        return 0;
    /* nor one whose stem is an adjective or a noun that common.txt leaves
     * out as a word of a listed name (واسع of عبد الواسع: الفقيد | بواسع
     * رحمته) but lists in the feminine or with the article */
    char buf[64];
    if (first && n + 2 <= sizeof buf) {
        const arv_lexicon *const *cl = c->d->eng->common;
        memcpy(buf, w + 2, n - 2);
        memcpy(buf + n - 2, "ه", 2);  /* ة, as normalized */
        if (arv_lexicon_common(cl, 2, buf, n)) return 0;
        memcpy(buf, "ال", 4);
        memcpy(buf + 4, w + 2, n - 2);
        if (arv_lexicon_common(cl, 2, buf, n + 2)) return 0;
        /* nor a common noun's dual or plural: بحفلين */
        if (n >= 12 && (!strcmp(w + n - 4, "ين") || !strcmp(w + n - 4, "ان")) &&
            arv_lexicon_common(cl, 2, w + 2, n - 6))
            return 0;
    }
    /* nor a derived verb after ف, or a derived verbal noun after its clitic,
     * a dual maybe (شوفكوفسكيي | فاحتسب, أبو حميد | باتصالين; باسترنك is a name) */
    if ((!strncmp(w, "ف", 2) && derived_past(w + 2, n - 2)) || derived_noun(w + 2, n - 2) ||
        (n >= 14 && (!strcmp(w + n - 4, "ين") || !strcmp(w + n - 4, "ان")) && derived_noun(w + 2, n - 6)))
        return 0;
    /* بال + a stem of no list is a name too (خوان | بالاسيوس), not بالتعاون */
    size_t skip = !strncmp(w + 2, "ال", 4) ? 6 : 2;
    if (skip == 6 && (n < 14 || !strcmp(w + n - 4, "ات"))) return 0;  /* بالمطرزات */
    for (size_t s = 2; s <= skip; s += 4) {
        if (arv_lexicon_common(c->d->eng->common, 2, w + s, n - s) || lexicon_word_any(c->d, w + s, n - s) ||
            closed_of("", w + s, n - s) != ARV_CW_NONE)
            return 0;
    }
    return 1;
}

/* Is token j a Hadrami family name in با (باعشن, باحمدين, بادحدح, باسلمة),
 * written with a bare alif? Not ب before a verbal noun of forms VII, VIII
 * and X (بانتظار, باحتفال, باتخاذ, باستلام), nor before the article. */
static int ba_surname(const ectx *c, size_t j)
{
    const char *w = norm(c, j), *s = c->d->text + tok(c, j)->start;
    size_t n = tok(c, j)->norm_len;
    return n >= 10 && !memcmp(s, "با", 4) && strncmp(w + 4, "ن", 2) && strncmp(w + 4, "ل", 2) &&
           strncmp(w + 4, "ت", 2) && strncmp(w + 6, "ت", 2) && letter_surname(c, j, 0);  /* باتخاذ */
}

/* Does an unknown word look like a present-tense verb (يعمل, يتحدث)? ي and
 * a consonant: names that start so (يوسف, ياسين, يلتسين) are in the lexicon. */
static int present_verb(const char *w)
{
    return !strncmp(w, "ي", 2) && strncmp(w + 2, "ا", 2) && strncmp(w + 2, "و", 2);
}

/* Is the role noun of match m a plural (المتهمين, المهربون, مشتبه بهم)?
 * الأمين "the secretary" only looks like one. */
static int plural_agent(const ectx *c, const arv_match *m)
{
    const char *w = norm(c, m->last - 1);
    size_t n = tok(c, m->last - 1)->norm_len;
    if (!strcmp(w, "بهم") || !strcmp(w, "فيهم")) return 1;
    if (n < 10 || !strcmp(w, "الامين")) return 0;
    return !strcmp(w + n - 4, "ين") || !strcmp(w + n - 4, "ون") || !strcmp(w + n - 4, "هم");
}

/* Does an unknown word look like a present-tense verb with ت (تشعر, تلد)?
 * ت and a consonant: names that start so (تامر, توفيق, تيسير) have ا و ي. */
static int t_verb(const char *w)
{
    if (!strncmp(w, "تش", 4))  /* تشاو, تشن, تشيلسي: foreign names; تشعر, تشهد: verbs */
        return strlen(w) >= 8 && strncmp(w + 4, "ا", 2) && strncmp(w + 4, "و", 2) && strncmp(w + 4, "ي", 2) &&
               strncmp(w + 4, "ن", 2);
    return !strncmp(w, "ت", 2) && strncmp(w + 2, "ا", 2) && strncmp(w + 2, "و", 2) && strncmp(w + 2, "ي", 2);
}

/* Is the surface of token i exactly the UTF-8 string w (not its normalized
 * form: فان "van" is no فإن "so that")? */
static int surface_is(const ectx *c, size_t i, const char *w)
{
    const arv_token *t = tok(c, i);
    size_t n = strlen(w);
    return t->end - t->start == n && !memcmp(c->d->text + t->start, w, n);
}

static int given_only(const arv_match *m);
static int family_after_listed(const ectx *c, size_t j);
static int tagged_given(const arv_doc *d, const char *w, size_t n, const char *tag);
static int name_goes_on(const ectx *c, size_t k);
static int ordinal_word(const char *w);

/* علي spelled with ي is the given name, not the preposition على, when a
 * given name, a listed person or بن follows it: علي محمد الحمادي, علي بن
 * أبي طالب, علي أصغر سلطانية (not وافق علي الخطة, written for على). */
static int ali_name(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    /* cheap test first, name_word asks at every closed-class word: 6 bytes, ع */
    if (t->end - t->start != 6 || (unsigned char)c->d->text[t->start + 1] != 0xB9 || i + 1 >= c->end ||
        !surface_is(c, i, "علي"))
        return 0;
    const arv_match *m = match_at(c, i + 1);
    if (m && m->first == i + 1 && !m->prefix)
        return arv_match_entry(m, ARV_K_GIVEN) || (arv_match_entry(m, ARV_K_ACTOR) && arv_match_entry(m, ARV_K_ACTOR)->type == ARV_T_PER);
    /* before a pause or the next name of a list, no preposition: وعبدالحليم
     * علي | وهاني العجيزي, محمد علي | . */
    if (is_punct(c, i + 1, ".") || is_punct(c, i + 1, "،") || is_punct(c, i + 1, ",")) return 1;
    if (m && m->first == i + 1 && conj_only(c, i + 1) && arv_match_entry(m, ARV_K_GIVEN)) return 1;
    /* after a title, before a family name in ي that is a common word too:
     * الدكتور علي | العمري */
    if (i > 0 && cwc(c, i - 1) == ARV_CW_TITLE && !match_at(c, i + 1) && tok(c, i + 1)->norm_len >= 10 &&
        !strncmp(norm(c, i + 1), "ال", 4) && !strcmp(norm(c, i + 1) + tok(c, i + 1)->norm_len - 2, "ي"))
        return 1;
    /* before a family name in ي of no list, after any word but a verb
     * (which على would follow): محمد علي | القرنفلي, المقدم | علي الشهراني */
    const arv_match *pm = i > 0 ? match_at(c, i - 1) : NULL;
    if (family_after_listed(c, i + 1) &&
        (pm ? pm->last == i && !pm->prefix && !arv_match_entry(pm, ARV_K_VERB)
            : i == 0 || tok(c, i - 1)->sent != c->sent ||
                  (cwc(c, i - 1) != ARV_CW_REPORT && !present_verb(norm(c, i - 1)) && !t_verb(norm(c, i - 1)) &&
                   !derived_past(norm(c, i - 1), tok(c, i - 1)->norm_len))))
        return 1;
    /* after a saying verb, before a word of no list and no common word:
     * وقال علي | شايف الحريري, وقال علي | أحمدي (not وشدد علي | أهمية, وقال
     * علي | هامش) */
    if (i > 0 && tok(c, i - 1)->sent == c->sent && cwc(c, i - 1) == ARV_CW_REPORT && !m &&
        tok(c, i + 1)->cls == ARV_TC_ARABIC && cwc(c, i + 1) == ARV_CW_NONE && tok(c, i + 1)->norm_len >= 6 &&
        strncmp(norm(c, i + 1), "ال", 4) && !proclitic_letter(norm(c, i + 1)) && !common_word(c, i + 1) &&
        !common_inflected(c, i + 1))
        return 1;
    return is_norm(c, i + 1, "بن") || is_norm(c, i + 1, "ابن");
}

/* After بن or أبي a word of the verb list is a name: علي بن أبي طالب,
 * سعد بن أبي وقاص (طالب "demanded"); so is علي: الحسين بن علي. */
static int verb_as_name(const ectx *c, size_t i)
{
    const arv_match *m = match_at(c, i);
    return m && m->first == i && m->last == i + 1 && !m->prefix && arv_match_entry(m, ARV_K_VERB) &&
           !arv_match_entry(m, ARV_K_ACTOR) && !arv_match_entry(m, ARV_K_AGENT) && !arv_match_entry(m, ARV_K_PLACE);
}

/* Inside a name, after أبو or بن, a town or a place noun is a name: تامر
 * أبو جبل, محمد أبو العلا, صالح أبو عراد (a name's first word never is). */
static int place_as_name(const ectx *c, size_t i)
{
    const arv_match *m = match_at(c, i);
    if (tok(c, i)->cls != ARV_TC_ARABIC) return 0;
    if (!m) return cwc(c, i) == ARV_CW_PLACE_HEAD;
    return m->first == i && m->last == i + 1 && !m->prefix && arv_match_entry(m, ARV_K_PLACE);
}

/* A definite word before بن and a given name is a given name too: الحسن بن
 * علي, الحسين بن علي, الوليد بن طلال (given.txt has no forms with ال); but
 * not an adjective after a definite or dictionary word: الرئيس التونسي
 * السابق | بن علي. */
static int definite_before_bin(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    if (i > 0 && tok(c, i - 1)->cls == ARV_TC_ARABIC &&
        (match_at(c, i - 1) || cwc(c, i - 1) != ARV_CW_NONE || !strncmp(norm(c, i - 1), "ال", 4)))
        return 0;
    if (t->cls != ARV_TC_ARABIC || c->d->cw.v[i].cls != ARV_CW_NONE || match_at(c, i) || t->norm_len < 10 ||
        strncmp(norm(c, i), "ال", 4) || ends_in_ta(c->d->text, t) || i + 2 >= c->end || !is_norm(c, i + 1, "بن"))
        return 0;
    const arv_match *m = match_at(c, i + 2);
    return surface_is(c, i + 2, "علي") || (m && m->first == i + 2 && !m->prefix && arv_match_entry(m, ARV_K_GIVEN));
}

/* Does the surface end in a pronoun ه ها هم (not ة): نفسه, ابنه, قطرها? */
static int ends_in_ha(const char *text, const arv_token *t)
{
    const unsigned char *e = (const unsigned char *)text + t->end;
    size_t n = t->end - t->start;
    if (n >= 4 && e[-2] == 0xD9 && e[-1] == 0x87) return 1;                    /* ه */
    return n >= 6 && e[-4] == 0xD9 && e[-3] == 0x87 &&
           ((e[-2] == 0xD8 && e[-1] == 0xA7) || (e[-2] == 0xD9 && e[-1] == 0x85));  /* ها هم */
}

/* A foreign family name in W after a given name, its و no conjunction
 * (جاك ويلشير, برايان ويليامز, جاك وارنر, مايكل وودفورد): after و no word
 * of any list, and a long vowel before letters no Arabic verb or verbal
 * noun starts with: not أ or إ (وأخرجت, وأطفالي), nor ا, ي or و before the
 * ت of the derived forms (واعتمد, ويتراوح, ويلتقي), nor ي before ن or
 * before a long vowel (وينتظر, ويطالب), nor a verb's plural (ويقولون); at
 * least five letters after و but for ا (not جمال | ورونق, where و joins
 * two names, nor ويلعب), and not the ي or ا that start Arabic and East
 * Asian names (ياسمين | وياسمينا, جولي | واونج). */
static int waw_surname(const ectx *c, size_t j)
{
    const arv_token *t = tok(c, j);
    const char *w = norm(c, j);
    size_t n = t->norm_len;
    if (match_at(c, j) || !match_at(c, j - 1) || n < 10 || strncmp(w, "و", 2) || ends_in_ta(c->d->text, t) ||
        ends_in_ha(c->d->text, t) || !unlisted_word(c->d, w + 2, n - 2) || closed_of("", w + 2, n - 2) != ARV_CW_NONE)
        return 0;
    /* the surface after و: a hamza on the alif makes an Arabic word */
    const unsigned char *sw = (const unsigned char *)c->d->text + t->start + 2;
    while (sw + 1 < (const unsigned char *)c->d->text + t->end && sw[0] == 0xD9 && sw[1] >= 0x8B && sw[1] <= 0x92)
        sw += 2;  /* the harakat after و: وَأَصْلَحْنا */
    if (!memcmp(sw, "أ", 2) || !memcmp(sw, "إ", 2) || !memcmp(sw, "آ", 2)) return 0;
    static const char *const plural[] = {"ون", "وا", "ان", "ين", NULL};
    for (const char *const *p = plural; *p; p++)
        if (!strcmp(w + n - 4, *p)) return 0;
    const char *r = w + 2;  /* the rest, letters of two bytes */
    int derived = !strncmp(r + 4, "ت", 2) || !strncmp(r + 4, "ط", 2) || !strncmp(r + 4, "د", 2);
    if (!strncmp(r, "ا", 2))
        return !derived && strncmp(r + 2, "ن", 2) && strncmp(r + 2, "س", 2) && strncmp(r + 2, "و", 2);
    if (n < 12) return 0;
    if (!strncmp(r, "ي", 2))
        return !derived && strncmp(r + 2, "ت", 2) && strncmp(r + 2, "ن", 2) && strncmp(r + 4, "ا", 2) &&
               strncmp(r + 2, "و", 2) && strncmp(r + 2, "ا", 2);  /* ياسمين وياسمينا: two names */
    return !strncmp(r, "و", 2) && !derived && strncmp(r + 2, "ا", 2);
}

/* Is the normalized w[0..n) a common or closed word? */
static int known_stem(const ectx *c, const char *w, size_t n)
{
    return arv_lexicon_common(c->d->eng->common, 2, w, n) || closed_of("", w, n) != ARV_CW_NONE;
}

/* Is token j, written with a pronoun's ending (ه, ها, هم), a word and its
 * pronoun (محمد الفاتح | نفسه)? A name of no list ends so too where what is
 * left is no word: a French name in يه (برتران دولانويه, not والديه), a
 * name in اه (إيمانويل إيبواه, not مستواه, أباه, تعلمناه), ها after two
 * letters (لويس ساها, not يدها, أمها). A word with the article or a
 * proclitic, or in هم, is always one. */
static int pronoun_suffixed(const ectx *c, size_t j)
{
    const arv_token *t = tok(c, j);
    if (!ends_in_ha(c->d->text, t)) return 0;
    const char *w = norm(c, j);
    size_t n = t->norm_len;
    if (match_at(c, j) || common_word(c, j) || !strncmp(w, "ال", 4) || proclitic_letter(w) || n < 8) return 1;
    char stem[64];
    if (n > sizeof stem) return 1;
    if (!strcmp(w + n - 4, "ها")) {
        static const char *const short_nouns[] = {"يد", "فم", "دم", "اب", "اخ", "ام", "رب", NULL};
        if (n != 8) return 1;
        for (const char *const *k = short_nouns; *k; k++)
            if (!strncmp(w, *k, 4)) return 1;
        return closed_of("", w, 4) != ARV_CW_NONE;  /* common.txt has سا, "hour" */
    }
    size_t sn = n - 2;  /* without ه */
    if (sn < 10 || strcmp(w + n - 2, "ه")) return 1;
    const char *last = w + sn - 2;
    if (!strncmp(last, "ي", 2))  /* يه: the stem before ي, as in عينيه, والديه */
        return known_stem(c, w, sn) || known_stem(c, w, sn - 2);
    if (!strncmp(last, "ا", 2)) {  /* اه: مستواه is مستوى + ه, أضعناه a verb's نا + ه */
        if (sn >= 4 && !strncmp(last - 2, "ن", 2)) return 1;
        memcpy(stem, w, sn - 2);
        memcpy(stem + sn - 2, "ي", 2);
        return known_stem(c, w, sn) || known_stem(c, w, sn - 2) || known_stem(c, stem, sn);
    }
    return 1;
}

/* A family, household or clan noun (أسرة، عائلة، عشيرة; after و ل ب)
 * before the family's name. */
static int family_noun(const ectx *c, size_t i)
{
    size_t n = tok(c, i)->norm_len;  /* cheap tests first: asked of unknown words */
    const char *w = norm(c, i);
    if (n < 8 || n > 12 || (unsigned char)w[n - 1] != 0x87) return 0;  /* ends in ه */
    /* the noun is the word's end, after at most one proclitic و ل ب */
    size_t k = !memcmp(w + n - 8, "اسره", 8) ? 8 : n >= 10 && (!memcmp(w + n - 10, "عائله", 10) ||
                                                              !memcmp(w + n - 10, "عشيره", 10)) ? 10 : 0;
    if (!k || n - k > 2) return 0;
    return n == k || !strncmp(w, "و", 2) || !strncmp(w, "ل", 2) || !strncmp(w, "ب", 2);
}

/* Could token i be part of a personal name? */
static int name_word(const ectx *c, size_t i, int first)
{
    const arv_token *t = tok(c, i);
    /* الملا is a title before a name (الملا عمر) and a family name after one (عصام الملا) */
    if (!first && t->norm_len == 10 && is_norm(c, i, "الملا")) return 1;
    if (t->cls != ARV_TC_ARABIC || c->d->cw.v[i].cls != ARV_CW_NONE) return t->end - t->start == 6 && ali_name(c, i);
    const arv_match *m = match_at(c, i);
    /* a family name in اني that the verbs read as a dual and "me" (طالباني:
     * طالبا + ني); no one writes that of a person */
    if (m && m->first == i && m->last == i + 1 && m->pronoun && m->suffix == 4 && arv_match_entry(m, ARV_K_VERB) &&
        t->norm_len >= 10 && !strcmp(norm(c, i) + t->norm_len - 6, "اني") && !m->prefix)
        return 1;
    if (m) {
        const arv_lex_entry *e = arv_match_entry(m, ARV_K_ACTOR);
        /* a nisba before بن is a given name: تركي | بن طلال */
        if (first && !m->prefix && m->last == i + 1 && arv_match_entry(m, ARV_K_NISBA) && i + 1 < c->end &&
            strncmp(norm(c, i), "ال", 4) &&
            (is_norm(c, i + 1, "بن") || is_norm(c, i + 1, "ابن") || is_norm(c, i + 1, "بنت")))
            return 1;
        return (e && e->type == ARV_T_PER) || (arv_match_entry(m, ARV_K_GIVEN) && (!m->prefix || !first || conj_only(c, i)));
    }
    if (t->norm_len < 4) return 0;
    /* a first name rarely carries the article; a family name may (السيسي); and
     * no name starts with a clitic before the article (بالدور) */
    const char *w = norm(c, i);
    if (first && strncmp(w, "ال", 4) == 0) return 0;
    if (family_noun(c, i)) return 0;  /* وقالت | عائلة برلسكوني, حكمت | أسرة مينغ */
    /* nor a dual or plural in يين (جنديين, المقدسيين, إضافيين) */
    if (t->norm_len >= 10 && !strcmp(w + t->norm_len - 6, "يين")) return 0;
    /* nor a verb's plural past, a common or closed word + وا (صلاح الدين |
     * حاولوا, صالح | كانوا; not كابروا, كاجاوا) */
    if (t->norm_len >= 8 && !strcmp(w + t->norm_len - 4, "وا") &&
        (arv_lexicon_common(c->d->eng->common, 2, w, t->norm_len - 4) || closed_of("", w, t->norm_len - 4) != ARV_CW_NONE))
        return 0;
    /* a first name has no pronoun (ولي | عهده), but French ones end so (أوليفيه, جوسيه) */
    if (first && ends_in_ha(c->d->text, t) && !(t->norm_len > 6 && !strcmp(w + t->norm_len - 4, "يه"))) return 0;
    /* nor with a present or future verb (الفريق | يحتاج, سيقاطع), nor, when
     * unknown, with a proclitic letter (الرئيس | بتشكيل, الملك | للأطراف),
     * unless the word without it is no word at all (المدرب | بولوني) */
    if (first && (present_verb(w) || (proclitic_letter(w) && !letter_surname(c, i, 1)) ||
                  (!strncmp(w, "س", 2) && (present_verb(w + 2) || !strncmp(w + 2, "ت", 2)))))
        return 0;
    if (first && t->norm_len > 6 && strchr("\x88\x81\xa8\x83\x84", (unsigned char)w[1]) && !strncmp(w + 2, "ال", 4))
        return 0;
    return 1;
}

/* Does s[0..n) carry tanween: fathatan (U+064B) up to `last`, 0x8B for
 * the accusative alone, 0x8D for any of the three? */
static int tanween_in(const char *s, size_t n, unsigned char last)
{
    for (size_t k = 0; k + 1 < n; k++)
        if ((unsigned char)s[k] == 0xD9 && (unsigned char)s[k + 1] >= 0x8B && (unsigned char)s[k + 1] <= last) return 1;
    return 0;
}

static int has_tanween(const char *s, size_t n) { return tanween_in(s, n, 0x8B); }  /* fathatan */

/* A nisba with the article and no clitic, which ends a name as its family
 * name (التونسي), but not after a plural or feminine (التونسية, التونسيين). */
static int nisba_surname(const ectx *c, size_t i)
{
    const arv_match *m = match_at(c, i);
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    return m && !m->prefix && m->last == i + 1 && arv_match_entry(m, ARV_K_NISBA) && !strncmp(w, "ال", 4) &&
           n > 2 && !strcmp(w + n - 2, "ي");
}

/* Is w ك "as" before a word of a closed class (كزعيم, كأول)? */
static int as_word(const char *w, size_t n)
{
    arv_closed cl;
    return n > 4 && !strncmp(w, "ك", 2) && arv_closed_word(w + 2, n - 2, &cl) != ARV_CW_NONE;
}

/* A particle inside a European name (دو, دي, دا, فان, فون, ديل, and دو لا,
 * دي لا) and the family name after it: جان مارك دو لا سابليير, رود فان
 * نيستلروي, ماريا فرنانديس دي لافيغا. The family name is an unknown word
 * with no article, no pronoun and no ة (قال فون | الحكومة); returns its
 * end, or i. */
/* Which particle token i is: 1 دو, 2 دي, 3 دى (these take لا after them),
 * 4 and up the others; 0 for none. */
static int particle_at(const ectx *c, size_t i)
{
    static const char *const particles[] = {"دو", "دي", "دى", "دا", "فان", "فون", "ديل", "ديلا", NULL};
    const arv_token *t = tok(c, i);
    const unsigned char *s = (const unsigned char *)c->d->text + t->start;
    /* cheap test first, this runs at every name word: د or ف, 2 to 4 letters */
    if (t->end - t->start < 4 || t->end - t->start > 8 || !((s[0] == 0xD8 && s[1] == 0xAF) || (s[0] == 0xD9 && s[1] == 0x81)))
        return 0;
    for (int p = 0; particles[p]; p++)
        if (surface_is(c, i, particles[p])) return p + 1;
    return 0;
}

static size_t name_particle(const ectx *c, size_t i)
{
    int p = i + 1 < c->end ? particle_at(c, i) : 0;
    if (!p) return i;
    size_t k = i + 1;
    if (p <= 3 && k + 1 < c->end && surface_is(c, k, "لا")) k++;
    const arv_token *t = tok(c, k);
    const char *w = norm(c, k);
    if (t->cls != ARV_TC_ARABIC || cwc(c, k) != ARV_CW_NONE || match_at(c, k) || t->norm_len < 6 ||
        !strncmp(w, "ال", 4) || ends_in_ha(c->d->text, t) || ends_in_ta(c->d->text, t) || !name_word(c, k, 0))
        return i;
    return k + 1;
}

/* Is the normalized word w[0..n) a past of the forms افتعل or استفعل, with no
 * long vowel after its first letter (انتقل, ارتكز, استقبل; not استيفان, nor
 * a family name with the article: التنم)? */
static int derived_past(const char *w, size_t n)
{
    if (!strncmp(w, "ال", 4)) return 0;
    if (!(n == 10 && !strncmp(w, "ا", 2) && !strncmp(w + 4, "ت", 2)) && !(n == 12 && !strncmp(w, "است", 6))) return 0;
    for (size_t k = 2; k < n; k += 2)
        if (!strncmp(w + k, "ا", 2) || !strncmp(w + k, "و", 2) || !strncmp(w + k, "ي", 2)) return 0;
    return 1;
}

/* Is the normalized word w[0..n) a verbal noun of the forms افتعال or
 * استفعال: a past derived_past takes with ا before its last letter (استغراب,
 * انتقال; not استيفان, ألتمان)? It follows a name as the next phrase:
 * نيمار | استغراب, سالم | ارتفاع. */
static int derived_noun(const char *w, size_t n)
{
    char past[14];  /* n - 2 bytes and the NUL */
    if ((n != 12 && n != 14) || strncmp(w + n - 4, "ا", 2)) return 0;
    memcpy(past, w, n - 4);
    memcpy(past + n - 4, w + n - 2, 2);
    past[n - 2] = 0;
    return derived_past(past, n - 2);
}

/* Is w a participle in the indefinite accusative, مُفعِلا (متأثرا, مؤكدا,
 * متيقظا)? Not a name in ا with a long vowel after م: ماريا, ميرا, مونيكا */
static int accusative_participle(const char *w, size_t n)
{
    return n >= 10 && !strncmp(w, "م", 2) && strncmp(w + 2, "ا", 2) && strncmp(w + 2, "و", 2) &&
           strncmp(w + 2, "ي", 2) && !strcmp(w + n - 2, "ا");
}

/* Is the unknown word j after the title i (and its nisba) the verb of which
 * the titled one is the subject: a present in ت (الوزيرة | تحمل), a past
 * of the forms أفعل, افتعل, استفعل (النجم الأميركي | أحرز, الإعلامي العربي |
 * ارتكز), a sister of كان (الشهيد | ظل), a participle in the accusative
 * (جندي أميركي | متأثرا), or after a woman's title a past in ت (الوزيرة |
 * طرحت)? Given names of those shapes (أحمد, أكرم) are in the lexicon. */
static int verb_after_title(const ectx *c, size_t i, size_t j)
{
    if (match_at(c, j) || tok(c, j)->cls != ARV_TC_ARABIC) return 0;
    const arv_token *t = tok(c, j);
    const char *w = norm(c, j), *s = c->d->text + t->start;
    size_t n = t->norm_len;
    if (t_verb(w) || derived_past(w, n)) return 1;
    static const char *const kana[] = {"ظل", "ظلت", "بات", "باتت", "صار", "صارت", "اصبح", "اصبحت", "مازال", "مازالت", NULL};
    for (const char *const *k = kana; *k; k++)
        if (!strcmp(w, *k)) return 1;
    if (accusative_participle(w, n)) return 1;
    /* فعأ, of three letters with hamza on alif last (هنأ, بدأ, لجأ), and
     * فاعلت of two consonants after the alif (غادرت, شاركت): a past verb */
    if (n == 6 && t->end - t->start == 6 && !memcmp(s + 4, "أ", 2)) return 1;
    if (n == 10 && !strncmp(w + 2, "ا", 2) && !strcmp(w + 8, "ت") &&
        strncmp(w + 4, "ا", 2) && strncmp(w + 4, "و", 2) && strncmp(w + 4, "ي", 2) && strncmp(w + 6, "ا", 2) &&
        strncmp(w + 6, "و", 2) && strncmp(w + 6, "ي", 2))
        return 1;
    /* أفعل with no long vowel after the first letter: أمين, أنور, أبي are names */
    size_t k = 2;
    while (k < n && strncmp(w + k, "ا", 2) && strncmp(w + k, "و", 2) && strncmp(w + k, "ي", 2)) k += 2;
    if (k == n && n >= 6 && n <= 8 && !memcmp(s, "أ", 2)) return 1;
    /* افتعل with its ت assimilated (اتخذ, اطلع) or انفعل (انضم), of bare
     * alif: وزير التعليم | اطلع على (not ارلن سبيكتر) */
    if (k == n && n == 8 && !memcmp(s, "ا", 2) && (!strncmp(w + 2, "ت", 2) || !strncmp(w + 2, "ط", 2) || !strncmp(w + 2, "ن", 2)))
        return 1;
    return n >= 6 && !strcmp(w + n - 2, "ت") && ends_in_ta(c->d->text, tok(c, i));
}

/* Is token i written like a past verb: ending in ى (ارتدى, يوارى) or of
 * four letters after أ (أنشأ, أكبر)? */
static int verb_shaped_past(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    const char *s = c->d->text + t->start;
    size_t n = t->end - t->start;
    return (n >= 2 && !memcmp(s + n - 2, "ى", 2)) || (t->norm_len == 8 && !memcmp(s, "أ", 2));
}

/* Is token i a name that is a word here: المغرب after صلاة or أذان (the
 * sunset prayer), مسقط before رأس (birthplace), ينبع before من ("stems
 * from"), حماة before a definite word of no list ("protectors of": حماة
 * العش, حماة الوطن), ولايتي before a place ("the two provinces of")? */
static int place_read_as_word(const ectx *c, size_t i, size_t first)
{
    static const char *const prayer[] = {"صلاه", "لصلاه", "وصلاه", "بصلاه", "اذان", "صلاتي", NULL};
    if (is_norm(c, i, "المغرب")) return i > first && is_any(c, i - 1, prayer);
    if (i + 1 >= c->end) return 0;
    if (is_norm(c, i, "ينبع")) return is_norm(c, i + 1, "من");
    /* ولايتي before a place is "the two provinces of", not Velayati */
    if (is_norm(c, i, "ولايتي")) {
        const arv_match *n = match_at(c, i + 1);
        const arv_lex_entry *a = arv_match_entry(n, ARV_K_ACTOR);
        return arv_match_entry(n, ARV_K_PLACE) || (a && a->type == ARV_T_LOC);
    }
    if (is_norm(c, i, "حماه"))
        return tok(c, i + 1)->cls == ARV_TC_ARABIC && !strncmp(norm(c, i + 1), "ال", 4) && !match_at(c, i + 1) &&
               cwc(c, i + 1) == ARV_CW_NONE;
    return is_norm(c, i, "مسقط") && (is_norm(c, i + 1, "راس") || is_norm(c, i + 1, "راسه"));
}

/* Does token i stand where an adjective does: after a definite word of no
 * list and no class, after a nisba with the article, or after a quoted
 * name's closing quote? */
static int adjective_slot(const ectx *c, size_t i, size_t first)
{
    size_t p = i - 1;
    /* a closing quote: », ”, or a straight one glued to the word before it */
    if (tok(c, p)->cls == ARV_TC_QUOTE)
        return p > first + 1 && tok(c, p - 1)->cls == ARV_TC_ARABIC &&
               (is_norm(c, p, "»") || is_norm(c, p, "”") ||
                (is_norm(c, p, "\"") && tok(c, p)->start == tok(c, p - 1)->end));
    if (tok(c, p)->cls != ARV_TC_ARABIC || cwc(c, p) != ARV_CW_NONE || strncmp(norm(c, p), "ال", 4)) return 0;
    const arv_match *pm = match_at(c, p);
    return !pm || (pm->first == p && pm->last == i && !pm->prefix && arv_match_entry(pm, ARV_K_NISBA) &&
                   !arv_match_entry(pm, ARV_K_ACTOR));
}

/* A run of name words from i: returns its end, or i when there is none.
 * It stops at a conjunction-prefixed word after the first (ومدير), a word
 * with tanween (قائداً), and after one family name with the article
 * (فالح العيساوي | عضو), so that it does not run into the sentence. */
static size_t name_run_n(const ectx *c, size_t i, size_t words);
static int facility_head(const char *w);

static size_t name_run(const ectx *c, size_t i) { return name_run_n(c, i, 0); }
static int adjective_in_ta(const ectx *c, size_t j);

/* Does a blessing or the Prophet's epithet start at token j (رضي الله, صلى
 * الله, عليه السلام, رسول الله, رسول الإسلام)? It ends the name before it. */
static int blessing_at(const ectx *c, size_t j)
{
    if (j + 1 >= c->end) return 0;
    if (is_norm(c, j, "رسول")) return is_norm(c, j + 1, "الله") || is_norm(c, j + 1, "الاسلام");
    /* a prophet's or an imam's: يوسف | عليه السلام */
    if (is_norm(c, j, "عليه") || is_norm(c, j, "عليها") || is_norm(c, j, "عليهم")) return is_norm(c, j + 1, "السلام");
    return (is_norm(c, j, "رضي") || is_norm(c, j, "صلي")) && is_norm(c, j + 1, "الله");
}

static int ordinal_prefix(const char *w, size_t n);
static int noun_and_pronoun(const ectx *c, size_t i, const arv_match *m);

/* The match of token j - 1 when it is one word and a given name only (the
 * first name before j), else NULL. */
static const arv_match *given_before(const ectx *c, size_t j)
{
    const arv_match *g = j > 0 ? match_at(c, j - 1) : NULL;
    return g && g->first == j - 1 && g->last == j && given_only(g) ? g : NULL;
}

/* Is token j a nisba without the article (مغربي, مصري, حجازي) right after
 * a one-word given name, and so a family name: a person is not described
 * by an indefinite nisba after the name (خالد مغربي, ميساء مغربي)? The
 * masculine only: فاطمة مغربية is "a Moroccan Fatima". */
static int given_nisba(const ectx *c, size_t j)
{
    const arv_match *m = match_at(c, j), *g = given_before(c, j);
    const char *w = norm(c, j);
    size_t n = tok(c, j)->norm_len;
    return m && g && !m->prefix && m->first == j && m->last == j + 1 && arv_match_entry(m, ARV_K_NISBA) &&
           !arv_match_entry(m, ARV_K_ACTOR) && !arv_match_entry(m, ARV_K_PLACE) && strncmp(w, "ال", 4) && n >= 8 &&
           !strcmp(w + n - 2, "ي") && !ends_in_ta(c->d->text, tok(c, j)) && !g->prefix &&
           !(j + 1 < c->end && (is_norm(c, j + 1, "الجنسيه") || is_norm(c, j + 1, "الاصل"))) &&  /* سوري الجنسية */
           /* nor after a word in tanween: جانٍ سعودي "a Saudi culprit" */
           !tanween_in(c->d->text + tok(c, j - 1)->start, tok(c, j - 1)->end - tok(c, j - 1)->start, 0x8D);
}

/* Is token j a town's name (no country, no clitic) right after a one-word
 * given name, and so a family name (أليكس | فيرجسون)? With the article,
 * only a name of a nisba's shape (حسن | البرنوصي, محمد | الزلفي). */
static int town_surname(const ectx *c, size_t j)
{
    const arv_match *m = match_at(c, j);
    const char *w = norm(c, j);
    size_t n = tok(c, j)->norm_len;
    return m && given_before(c, j) && m->first == j && m->last == j + 1 && !m->prefix &&
           arv_match_entry(m, ARV_K_PLACE) && !arv_match_entry(m, ARV_K_ACTOR) &&
           (strncmp(w, "ال", 4) || (n >= 12 && !strcmp(w + n - 2, "ي")));
}

/* Does token k continue a phrase rather than a name: a definite word, a
 * common word in ة, a word with a pronoun? */
static int phrase_after(const ectx *c, size_t k)
{
    if (k >= c->end || tok(c, k)->cls != ARV_TC_ARABIC || match_at(c, k)) return 0;
    const char *w = norm(c, k);
    return !strncmp(w, "ال", 4) || (common_word(c, k) && ends_in_ta(c->d->text, tok(c, k))) ||
           ends_in_ha(c->d->text, tok(c, k));
}

/* Are tokens [i, j) given names each, and nothing else in the lexicons (علي
 * صالح, طارق صالح)? */
static int surface_ali(const arv_doc *d, size_t t);

static int given_words(const ectx *c, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (!given_word(c->d, norm(c, k), tok(c, k)->norm_len) && !surface_ali(c->d, k)) return 0;
    return 1;
}

/* Is token j, after a one-word listed person, a family name that makes the
 * listed word a given name: a definite word in ي of no list and no common
 * word, whose stem is none either (مبارك | العصيمي, هادي | العصيمي)? Other
 * words after a listed surname start the sentence (أوباما | سيحاول). */
static int family_after_listed(const ectx *c, size_t j)
{
    const arv_token *t = tok(c, j);
    if (t->cls != ARV_TC_ARABIC || cwc(c, j) != ARV_CW_NONE || match_at(c, j)) return 0;
    const char *w = norm(c, j);
    size_t n = t->norm_len;
    return n >= 12 && !strncmp(w, "ال", 4) && !strcmp(w + n - 2, "ي") && !lexicon_word_any(c->d, w, n) &&
           !arv_lexicon_common(c->d->eng->common, 2, w, n) && unlisted_word(c->d, w + 4, n - 4);
}

static const char *const known_as[] = {"الشهير", "الشهيره", "المعروف", "المعروفه", "الملقب", "الملقبه", "المكني",
                                       "المدعو", "المدعوه", "المسمي", "المسماه", NULL};
/* offices that follow a name in apposition, no family names: جون تيري |
 * مدافع تشيلسي, هاني عبادة | إداري الفريق. أمين is a given name too
 * (محمد أمين, محمد رحيم أمين), and an office only after two name words and
 * before what its bearer serves: ديفد فرانكلين | أمين المتحف, خالد بن
 * عبدالقادر طاهر | أمين منطقة المدينة */
static const char *const office_after[] = {"مدافع", "مهاجم", "حارس", "مدرب", "لاعب", "عضو",
                                           "عضوي", "اداري", "مدير", "محافظ", NULL};
/* words that follow a name and say something of its bearer, never a family
 * name though they carry the article: يحيى بيرت | الحاصل على, علاء الدين |
 * المتوفى عام, كيلي سعيد | الآن, and the offices news writes with it in
 * apposition: جون بيرت | المدير العام, أنس حسن | العضو المنتدب, وليد كيطان |
 * المنتمي إلى (not المهندس or المساعد, which are family names: ماجد
 * المهندس) */
static const char *const after_name[] = {"الحاصل", "الحاصله", "المتوفي", "المتوفيه", "الان",    "الحالي",
                                         "الحاليه", "السابق", "السابقه", "الاسبق", "المدير", "المديره",
                                         "العضو",   "المؤسس", "المشرف", "المنتمي", "المنتميه", NULL};

/* Titles of a degree or a rank, which a family name alone may follow */
static const char *const rank_titles[] = {"الدكتور", "الدكتوره", "المهندس", "المهندسه", "اللواء", "العقيد", "العميد",
                                          "المقدم", "النقيب", "الملازم", "الاستاذ", "الاستاذه", "المستشار", NULL};

/* Is token j, after a one-word given name, a ruler's title with the article
 * that is a family name there, since no name follows it: إبراهيم |
 * السلطان ووكيل الأمين, عبدالله | الشيخ ، (not محمد | الرئيس التنفيذي,
 * an office in apposition, which names no ruler)? */
static int title_family(const ectx *c, size_t j)
{
    static const char *const rulers[] = {"السلطان", "الشيخ", "الامير", "الملك", NULL};
    const arv_match *g = given_before(c, j);
    if (!g || g->prefix || !is_any(c, j, rulers)) return 0;
    if (j + 1 >= c->end) return 1;
    const arv_token *n = tok(c, j + 1);
    return n->cls == ARV_TC_PUNCT || (n->cls == ARV_TC_ARABIC && !strncmp(norm(c, j + 1), "و", 2) && !match_at(c, j + 1)) ||
           cwc(c, j + 1) == ARV_CW_COMP;
}

/* Is the listed two-word person at token i (على خامنئي, على أمين) the
 * preposition على and what follows it? News spells the name علي with ى too,
 * but then after a title or a nisba (المرشد الإيراني على خامنئي, المرشد
 * الأعلى على خامنئي); after any other word على is the preposition (رده على
 * السيستاني, الإبقاء على الكسار, إجبارهم على الرضا). */
static int ala_before_name(const ectx *c, size_t i, const arv_match *m, size_t first)
{
    if (m->prefix || m->first != i || m->last != i + 2 || i == first || !surface_is(c, i, "على")) return 0;
    if (tok(c, i - 1)->cls != ARV_TC_ARABIC) return 0;
    const char *p = norm(c, i - 1);
    size_t pn = tok(c, i - 1)->norm_len;
    int plural = pn > 6 && (!strcmp(p + pn - 4, "ين") || !strcmp(p + pn - 4, "ون"));  /* إجبار الليبيين على */
    /* ... or after the state or body it heads (مرشد الجمهورية الإسلامية
     * الإيرانية على خامنئي), or after من, عن (قرار من على خامنئي) */
    const arv_entity *y = c->d->ents.n ? &c->d->ents.v[c->d->ents.n - 1] : NULL;
    int body = y && y->span.end == tok(c, i - 1)->end && (y->type == ARV_T_LOC || y->type == ARV_T_ORG) &&
               y->kind != ARV_M_PEOPLE;
    return !(cwc(c, i - 1) == ARV_CW_TITLE || (arv_match_entry(match_at(c, i - 1), ARV_K_NISBA) && !plural) || body ||
             is_norm(c, i - 1, "من") || is_norm(c, i - 1, "عن") ||
             (i - 1 > first && cwc(c, i - 2) == ARV_CW_TITLE && !strncmp(p, "ال", 4)));
}

/* Does the hyphen at token j join two words of one name: written against
 * both (جان-كيفن, كيم يونغ-جو) before a given name or a word of no list, or
 * against a first word alone before a given name (فرانك- فالتر شتاينماير)?
 * A spaced dash separates (عمان - البلقاء, عبدالعزيز -رحمه الله-), and so
 * does one after a full name (هتان باهبري- يحيى دغريري). */
static int hyphen_joins(const ectx *c, size_t j, size_t words)
{
    if (j == 0 || j + 1 >= c->end || !is_punct(c, j, "-") || tok(c, j)->start != tok(c, j - 1)->end) return 0;
    const char *w = norm(c, j + 1);
    size_t n = tok(c, j + 1)->norm_len;
    if (tok(c, j + 1)->cls != ARV_TC_ARABIC || !name_word(c, j + 1, 0) || common_word(c, j + 1)) return 0;
    if (tok(c, j)->end == tok(c, j + 1)->start)
        return given_word(c->d, w, n) || (!match_at(c, j + 1) && unlisted_word(c->d, w, n));
    return words == 1 && given_word(c->d, w, n);
}

/* name_run after `words` name words already taken before i */
static size_t name_run_n(const ectx *c, size_t i, size_t words)
{
    size_t j = i;
    int prev_unknown = 0;  /* the last word was no dictionary word, nor after بن / عبد */
    int family = 0;        /* a family name was met (آل نهيان) */
    size_t hyphen = SIZE_MAX;  /* a hyphen taken into the name */
    while (j < c->end && words < 4) {
        size_t pk;
        if (words && hyphen_joins(c, j, words)) {
            hyphen = j++;
            continue;
        }
        if (words && (pk = name_particle(c, j)) > j) {  /* جان مارك دو لا سابليير, رود فان نيستلروي */
            j = pk;  /* the family name after the particle ends the name */
            break;
        }
        const arv_lex_entry *pe = arv_match_entry(match_at(c, j), ARV_K_ACTOR);
        /* آل and the family, whatever its word, end the name: آل نهيان, آل الشيخ */
        if (words && is_norm(c, j, "ال") && j + 1 < c->end && tok(c, j + 1)->cls == ARV_TC_ARABIC &&
            !(pe && pe->type == ARV_T_PER)) {
            j += 2;
            words++;
            break;
        }
        /* ولد "son of" in Mauritanian names: محمد ولد عبد العزيز */
        if ((name_connector(c, j) || (!words && kunya(c, j)) || (words && is_norm(c, j, "ولد"))) &&
            !(pe && pe->type == ARV_T_PER)) {
            /* بن + name, also through a kunya: سعد بن أبي وقاص */
            size_t k = j + 1;
            while (k < c->end && k - j < 3 && name_connector(c, k)) k++;
            /* زيان | ابن أخيه: a son's pronoun, not his father's name (بنيه
             * is one: مبارك بن بنيه الخرينج) */
            static const char *const kin[] = {"اخيه", "ابيه", "عمه", "خاله", "اخته", "ابنه", "بنته", "عمته", "خالته", NULL};
            if (k == j + 1 && k < c->end && cwc(c, k) == ARV_CW_STOP) break;  /* ابن | هذه العائلة */
            int pronoun = k == j + 1 && k < c->end && (is_norm(c, j, "ابن") || is_norm(c, j, "بن")) &&
                          !match_at(c, k) && ends_in_ha(c->d->text, tok(c, k)) &&
                          (is_any(c, k, kin) || (memcmp(c->d->text + tok(c, k)->end - 2, "ه", 2) &&
                                                 strncmp(norm(c, k), "ال", 4)));  /* جلدتها, not الجهم */
            if (pronoun) break;
            int place = k < c->end && words && !name_word(c, k, 0) && place_as_name(c, k);
            if (k < c->end && (name_word(c, k, 0) || surface_is(c, k, "علي") || verb_as_name(c, k) || place)) {
                const arv_match *m = match_at(c, k);
                family |= is_norm(c, k - 1, "ال");
                j = m && m->last > k + 1 ? m->last : k + 1;
                words++;
                prev_unknown = 0;
                /* a listed person of several words ends the name: عبدالعزيز بن
                 * | عبدالله آل الشيخ | المسلمين */
                if (m && m->last > k + 1 && arv_match_entry(m, ARV_K_ACTOR)) break;
                if (place) break;  /* and so does a place: تامر أبو جبل | الهدف */
                /* a father's name with the article ends the name unless a
                 * name surely goes on: علي بن الجهم | قصيدة (محمد بن الحسن
                 * الشيباني) */
                if (!m && (is_norm(c, k - 1, "بن") || is_norm(c, k - 1, "ابن")) && !strncmp(norm(c, k), "ال", 4) &&
                    !name_goes_on(c, j) && !(j < c->end && ordinal_word(norm(c, j))))  /* فيصل بن الحسين الأول */
                    break;
                continue;
            }
        }
        if (words && tok(c, j)->cls == ARV_TC_ARABIC && tok(c, j)->norm_len == 2 && cwc(c, j) != ARV_CW_TITLE &&
            j + 1 < c->end &&
            is_punct(c, j + 1, ".") && tok(c, j + 1)->start == tok(c, j)->end) {
            j++;  /* an initial for the family name: محمد ب. */
            words++;
            break;
        }
        if (words == 1 && j > i && title_family(c, j)) {  /* ابراهيم السلطان ووكيل, خالد الشيخ ، */
            j++;
            words++;
            break;
        }
        if (words && is_norm(c, j, "السيد") &&
            !(j + 1 < c->end && name_word(c, j + 1, 1) && strncmp(norm(c, j + 1), "و", 2))) {
            j++;  /* السيد after a name and before none is the family name: طارق السيد, not "Mr" */
            words++;
            break;
        }
        if (words && nisba_surname(c, j)) {  /* أبو يحيى التونسي, محمد المصري */
            j++;
            words++;
            break;
        }
        if (words == 1 && j > i && given_nisba(c, j)) {  /* خالد مغربي, ميساء مغربي */
            j++;
            words++;
            break;
        }
        if (words && town_surname(c, j)) {  /* أليكس فيرجسون: a town's name as a family name */
            j++;
            words++;
            break;
        }
        if (!name_word(c, j, words == 0)) break;
        /* a blessing ends the name, as does the Prophet's epithet: عثمان | رضي
         * الله عنه, محمد | رسول الله */
        if (words && blessing_at(c, j)) break;
        /* so does "known as", which a nickname follows: ايوانيس | الشهير بميسي */
        if (words && tok(c, j)->norm_len >= 12 && !strncmp(norm(c, j), "ال", 4) && is_any(c, j, known_as)) break;
        if (words && !match_at(c, j) && is_any(c, j, after_name)) break;
        if (words && !match_at(c, j) && is_any(c, j, office_after)) break;
        if (words >= 2 && j + 1 < c->end && is_norm(c, j, "امين") && tok(c, j + 1)->cls == ARV_TC_ARABIC &&
            (!strncmp(norm(c, j + 1), "ال", 4) || cwc(c, j + 1) == ARV_CW_PLACE_HEAD ||
             cwc(c, j + 1) == ARV_CW_ORG_HEAD || match_at(c, j + 1)))
            break;
        const arv_token *t = tok(c, j);
        const char *w = norm(c, j);
        /* the name said again: سيغموند فرويد | سيغموند فرويد */
        if (words >= 2 && j > i && !strcmp(w, norm(c, i))) break;
        /* a listed family name with the article after a father's name of no
         * list ends the name: علي شايف | الحريري */
        if (words >= 2 && prev_unknown && !family && !strncmp(w, "ال", 4) && !common_word(c, j - 1) &&
            !common_inflected(c, j - 1)) {  /* not مساعد | البشير "al-Bashir's assistant" */
            const arv_match *lm = match_at(c, j);
            const arv_lex_entry *le = lm ? arv_match_entry(lm, ARV_K_ACTOR) : NULL;
            if (le && le->type == ARV_T_PER && !lm->prefix && lm->first == j && lm->last == j + 1) {
                j++;
                words++;
                break;
            }
        }
        /* a family name with the article after given names (عباس محمود العقاد,
         * خالد بن حمد العطية), but not after a family name: عبدالله بن زايد آل
         * نهيان | الجريمة, فالح العيساوي | العضو */
        if (words >= 2 && !strncmp(w, "ال", 4) && (prev_unknown || family) && !(!family && family_after_listed(c, j)))
            break;  /* ... but a tribe's after a father's name, common word or none: خالد مرضي | العنزي, خالد عايد | الشمري */
        /* nor a common noun that a phrase goes on from: its ordinal (سيرجي
         * روبرتو | الهدف الثاني), or من after "aged" or a verbal noun of the
         * tenth form (صالح بن أحمد | البالغ من العمر, لويس انريكي |
         * الاستفادة من) */
        if (words >= 2 && !strncmp(w, "ال", 4) && j + 1 < c->end && !match_at(c, j) && common_word(c, j) &&
            (ordinal_word(norm(c, j + 1)) ||
             (is_norm(c, j + 1, "من") &&
              (is_norm(c, j, "البالغ") || is_norm(c, j, "البالغه") || !strncmp(w, "الاست", 10)))))
            break;
        /* a definite plural in ات is no family name: ورفض حمدان | الإجراءات
         * (بركات, فرحات are, without the article) */
        if (words && !match_at(c, j) && t->norm_len >= 12 && !strncmp(w, "ال", 4) &&
            !strcmp(w + t->norm_len - 4, "ات"))
            break;
        const arv_match *m = match_at(c, j);
        if (words && (!strncmp(w, "و", 2) || !strncmp(w, "ف", 2) || !strncmp(w, "ب", 2) || !strncmp(w, "ل", 2)) &&
            !(m && !m->prefix) && !((words == 1 && (clitic_surname(c, j) || letter_surname(c, j, 0) || waw_surname(c, j))) ||
                                      (words == 2 && (letter_surname(c, j, 1) || ba_surname(c, j)))))
            break;
        if (has_tanween(c->d->text + t->start, t->end - t->start)) break;
        /* مساعد "assistant", مالك "owner" after a name are the office in
         * apposition unless a name surely goes on (محيي الدين حكمي | مساعد
         * الأمين العام, كريستيان بيللوتشي | مالك ورئيس السيرك; محمد مساعد
         * العتيبي, أبي مالك الشامي) */
        if (words && (is_norm(c, j, "مساعد") || is_norm(c, j, "مالك")) && !name_goes_on(c, j + 1)) break;
        if (words && common_inflected(c, j)) break;  /* تايلور | قرارا, طوماس | بتأجير */
        /* after a first word that only letter_surname let in, an indefinite
         * common word starts the phrase: المدرب بولوني | ملف اللاعبين */
        if (words == 1 && j == i + 1 && !match_at(c, i) && proclitic_letter(norm(c, i)) && common_word(c, j) &&
            strncmp(w, "ال", 4))
            break;
        /* a common word of the shape فاعلة after two name words is a woman's
         * trade in apposition: خالدة سعيد | كاتبة */
        if (words >= 2 && common_word(c, j) && adjective_in_ta(c, j)) break;
        /* nor is an indefinite common word in ة that starts a phrase: before
         * a definite word, an adjective in ة or a pronoun (جون | مسألة ترشحه,
         * يولي | قضية الـ, رقية | مماثلة لـ), or an adjective itself (هالة |
         * إعلامية); alone it may be one (سعد دوابشة, فوزي جمعة) */
        if (words == 1 && common_word(c, j) && ends_in_ta(c->d->text, t) && strncmp(w, "ال", 4) &&
            (ends_in_iya(c, j) || adjective_in_ta(c, j) || phrase_after(c, j + 1)))
            break;
        /* a common adjective in ية is the feminine head's before the name: مدينة
         * الملك فهد | الطبية, جامعة نايف | الأمنية (not إليزابيث الثانية, nor
         * family names: خالد العطية) */
        if (words && ends_in_iya(c, j) && !strncmp(w, "ال", 4) && common_word(c, j) && !ordinal_prefix(w, t->norm_len - 2))
            break;
        if (words && !m && present_verb(w)) break;  /* توفيق | يعمل */
        if (words && !m && (derived_past(w, t->norm_len) || derived_noun(w, t->norm_len))) break;  /* أيوانيس | انتقل */
        /* ابو عبد الله | تشعر, نبيلة | تدفع (يوري تروتنيف, محمد تقي are names) */
        if (!m && t_verb(w) && (j - i >= 2 || (words && t->norm_len == 8 && strcmp(w + 6, "ي")))) break;
        if (words && !m && as_word(w, t->norm_len)) break;  /* نابليون | كزعيم */
        /* a participle in the accusative of the derived forms, متفاعلا,
         * مستفعلا, مفاعلا, مفتعلا (الرئيس طالباني | متضامنا, المدرب لويس
         * انريكي | متذمرا); not عبدالله معافا, توماس مكنامارا */
        if (words && !m && accusative_participle(w, t->norm_len) &&
            (!strncmp(w, "مت", 4) || !strncmp(w, "مست", 6) ||
             (t->norm_len >= 12 && (!strncmp(w + 4, "ا", 2) || !strncmp(w + 4, "ت", 2)))))
            break;
        if (words && !m && pronoun_suffixed(c, j)) break;  /* محمد الفاتح | نفسه */
        /* two unknown words in a row end a name that a given name started:
         * نزار قباني | نقلة نوعية (not جون مارك: مارك is a given name too) */
        if (words >= 2 && !m && prev_unknown && strncmp(w, "ال", 4)) break;
        /* ... and so does a common word after two listed ones when a phrase
         * goes on from it (ستيفن جيرارد | ضربة ركنية, يوسف حسن | كرة عرضية);
         * alone it may be a family name (علي سعد دوابشة) */
        if (words >= 2 && !prev_unknown && strncmp(w, "ال", 4) && common_word(c, j) &&
            (phrase_after(c, j + 1) || (j + 1 < c->end && !match_at(c, j + 1) && ends_in_iya(c, j + 1))))
            break;
        /* X الدين after a given name makes one compound given name (سيف الدين,
         * بهاء الدين): a family name may follow */
        int compound = words == 1 && !m && is_norm(c, j, "الدين");
        prev_unknown = !m && !compound && !surface_is(c, j, "علي");  /* علي is a given name here */
        if (m && arv_match_entry(m, ARV_K_ACTOR) && !words && m->last == j + 1 && !m->prefix && j + 2 < c->end &&
            (is_norm(c, j + 1, "بن") || is_norm(c, j + 1, "ابن")) && name_word(c, j + 2, 0)) {
            /* a one-word listing before بن is another man's given name:
             * رئيس مجلس الأمة | مبارك بن بنيه الخرينج, not Mubarak */
            j++;
            words++;
            continue;
        }
        if (m && arv_match_entry(m, ARV_K_ACTOR)) {  /* a known person ends the run with its own span */
            /* ... unless it is one word and a family name follows: then it
             * was a given name (الأستاذ مبارك | المورقي) */
            int given = !words && m->last == j + 1 && !m->prefix && j + 1 < c->end && family_after_listed(c, j + 1);
            j = m->last + (size_t)given;
            words += 1 + (size_t)given;
            /* ... and آل and the family after it: الأمير محمد بن سلمان بن
             * عبدالعزيز | آل سعود */
            if (j + 1 < c->end && is_norm(c, j, "ال") && tok(c, j + 1)->cls == ARV_TC_ARABIC) j += 2;
            break;
        }
        if (m && m->last > j + 1) {  /* a compound given name: نور الدين */
            j = m->last;
            words++;
            continue;
        }
        j++;
        words++;
        if ((t->flags & ARV_TF_GLUED) && !hyphen_joins(c, j, words)) break;
        if (words >= 2 && !strncmp(w, "ال", 4) && !compound) break;
    }
    return hyphen + 1 == j ? hyphen : j;  /* no name word after the hyphen: it is left out */
}

/* After a ruler's or cleric's title a name may carry the article (الإمام
 * الرضا, الملك الحسين, الشيخ الخراساني), unlike after other titles (الرئيس
 * السابق, الوزير الأول): an unknown definite word that is no ordinal, no
 * adjective of those titles and no feminine; then بن + name, or an ordinal
 * (الملك الحسن الثاني). Returns the end of the name, or j. */
static size_t epithet_name(const ectx *c, size_t title, size_t j)
{
    static const char *const rulers[] = {"الامام", "الملك", "الشيخ", "الامير", "السلطان", "الخليفه", "الشاه",
                                         "الامبراطور", "القيصر", NULL};
    static const char *const not_names[] = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                            "الثامن", "التاسع", "العاشر", "السابق", "الحالي", "الجديد", "الراحل",
                                            "الكبير", "الاكبر", "الاصغر", "الشاب", "الجليل", "المخلوع", "الشهيد",
                                            "المؤسس", "الاعظم", "العام", "الشرعي", "المقبل", "الوحيد", "المذكور",
                                            "المزعوم", NULL};
    static const char *const ordinals[] = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                           "الثامن", "التاسع", "العاشر", "عشر", NULL};
    /* the title without a proclitic: للإمام, بالملك, والشيخ */
    char buf[32];
    const char *tw = norm(c, title);
    size_t tn = tok(c, title)->norm_len;
    if (tn >= 10 && tn + 2 < sizeof buf && !strncmp(tw, "لل", 4)) {
        memcpy(buf, "ال", 4);
        memcpy(buf + 4, tw + 4, tn - 3);  /* with its NUL */
        tw = buf;
    } else if (tn >= 10 && proclitic_letter(tw) && !strncmp(tw + 2, "ال", 4)) {
        tw += 2;
    }
    int ruler = 0;
    for (const char *const *r = rulers; *r && !ruler; r++) ruler = !strcmp(tw, *r);
    if (ruler && j < c->end && surface_is(c, j, "علي"))
        return j + 1;  /* الإمام علي: the name, not the preposition على */
    if (!ruler || j >= c->end || match_at(c, j) || tok(c, j)->cls != ARV_TC_ARABIC ||
        cwc(c, j) != ARV_CW_NONE || tok(c, j)->norm_len < 10 || strncmp(norm(c, j), "ال", 4) ||
        is_any(c, j, not_names) || ends_in_ta(c->d->text, tok(c, j)) || ends_in_ha(c->d->text, tok(c, j)) ||
        has_tanween(c->d->text + tok(c, j)->start, tok(c, j)->end - tok(c, j)->start))
        return j;
    /* a nisba is an adjective (السلطان العثماني), but after الشيخ or الإمام
     * one of no list and no common word is a family name (الشيخ | القحطاني,
     * الشيخ | الخراساني) */
    if (!strcmp(norm(c, j) + tok(c, j)->norm_len - 2, "ي") &&
        (!(!strcmp(tw, "الشيخ") || !strcmp(tw, "الامام")) || tok(c, j)->norm_len < 12 ||
         common_word(c, j)))
        return j;
    size_t k = j + 1;
    if (k + 1 < c->end && is_norm(c, k, "بن")) {
        size_t nk = name_run(c, k);
        if (nk > k + 1) return nk;
    }
    if (k < c->end && is_any(c, k, ordinals)) k++;
    return k;
}

/* Is the nisba at token i an adjective of the definite noun before it
 * (الاقتصاد الإسرائيلي, الموقف العراقي)? Not when that noun names a person's
 * occupation (المدافع الإيطالي, العالم الألماني): the nisba is his. */
static int person_noun_before(const ectx *c, size_t i, size_t first);

static int adjective_nisba(const ectx *c, size_t i, size_t first)
{
    if (i == first) return 0;
    size_t p = i - 1;
    const char *w = norm(c, p) + (c->d->cw.v[p].conj ? 2 : 0);
    if (tok(c, p)->cls != ARV_TC_ARABIC || cwc(c, p) != ARV_CW_NONE || match_at(c, p)) return 0;
    if (strncmp(w, "ال", 4) && !(proclitic_letter(w) && !strncmp(w + 2, "ال", 4))) return 0;
    return !person_noun_before(c, i, first);
}

/* Is the word before token i a person's occupation (المدافع, للمدافع)? */
static int person_noun_before(const ectx *c, size_t i, size_t first)
{
    static const char *const person_nouns[] = {"المدافع", "المهاجم", "الحارس", "العالم", "النجم", "النجمه", "الوسط",
                                               "الالعاب", "اللاعب", "الحاكم", "المخرج", "الممثل", "الكاتب",
                                               "البطل", "البطله", "المصنف", "الملاكم", "العداء", "العداءه",
                                               "الحكم", "المندوب", "الخبير", "الباحث", "المفكر", "اللاعبه",
                                               "الدولي", "الدوليه", "المغني", "المغنيه", NULL};
    if (i == first) return 0;
    size_t p = i - 1;
    const char *w = norm(c, p) + (c->d->cw.v[p].conj ? 2 : 0);
    if (tok(c, p)->cls != ARV_TC_ARABIC || match_at(c, p)) return 0;
    const char *bare = strncmp(w, "ال", 4) ? w + 2 : w;
    if (!strncmp(bare, "ل", 2)) bare += 2;  /* للمدافع: ل + ال, the ا dropped */
    for (const char *const *n = person_nouns; *n; n++)
        if (!strcmp(bare, *n) || !strcmp(bare, *n + 4)) return 1;
    return 0;
}

static uint32_t after_letter(const char *text, uint32_t start, uint32_t end);

/* Is token i ل ب ك + a given name and nothing else (لمحمد, لجورج)? The
 * matcher leaves given names after those letters unread (بسام is no ب +
 * سام); a name word after them decides. */
static int given_after_clitic(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    /* a stem of four letters or more: لجان, كريم, لحسن are words */
    if (t->cls != ARV_TC_ARABIC || cwc(c, i) != ARV_CW_NONE || t->norm_len < 10 || !strcmp(w, "لدينا")) return 0;
    if (strncmp(w, "ل", 2) && strncmp(w, "ب", 2) && strncmp(w, "ك", 2)) return 0;
    if (tagged_given(c->d, w + 2, t->norm_len - 2, "adj")) return 0;  /* بكامل | الإدراك */
    if (!strncmp(w + 2, "ل", 2) || !strncmp(w + 2, "ال", 4)) return 0;  /* لل, بال: the article */
    return given_word(c->d, w + 2, t->norm_len - 2);
}

/* Is token i a title, also after a preposition (للملك, بالأمير)? */
static int title_at(const ectx *c, size_t i)
{
    if (cwc(c, i) == ARV_CW_TITLE) return 1;
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    if (n < 10) return 0;
    if (!strncmp(w, "لل", 4)) return closed_of("ال", w + 4, n - 4) == ARV_CW_TITLE;  /* ل + ال, the alef dropped */
    return proclitic_letter(w) && !strncmp(w + 2, "ال", 4) && closed_of("", w + 2, n - 2) == ARV_CW_TITLE;
}

/* A person entity over tokens [i, j), linked to its lexicon entry if any. */
static void person(ectx *c, size_t i, size_t j, const char *code, const char *rule)
{
    const arv_match *m = match_at(c, i);
    const arv_lex_entry *e = arv_match_entry(m, ARV_K_ACTOR);
    uint32_t start = m ? m->start : tok(c, i)->start;
    /* the listed name, or a listed lineage and its family (محمد بن سلمان بن
     * عبدالعزيز | آل سعود; محمد بن عيسى | آل خليفة is another man) */
    if (e && e->type == ARV_T_PER &&
        (m->last == j || (m->last + 2 == j && m->last >= m->first + 5 && is_norm(c, m->last, "ال"))))
        code = code_of(c, m, e);
    if (!m && (c->d->cw.v[i].conj || (kunya(c, i) && tok(c, i)->norm_len == 8))) start += 2;  /* و|أبو, ل|أبي */
    if (m && j > i + 1 && title_at(c, i))
        start = tok(c, ++i)->start;  /* the name without its title: الملك | محمد السادس, للملك | سلمان */
    push(c, i, j, start, tok(c, j - 1)->end, ARV_T_PER, ARV_M_NAME, 1, code, rule);
}

/* Country code of a nisba or country name at token i (and its end), or NULL. */
static const char *country_at(const ectx *c, size_t i, size_t *end, int allow_name)
{
    if (i >= c->end) return NULL;
    const arv_match *m = match_at(c, i);
    const arv_lex_entry *e = arv_match_entry(m, ARV_K_NISBA);
    /* a nisba before بن is a given name: الأمير تركي | بن طلال */
    if (e && m->prefix == 0 && m->last < c->end &&
        (is_norm(c, m->last, "بن") || is_norm(c, m->last, "ابن") || is_norm(c, m->last, "بنت")))
        return NULL;
    if (e && m->prefix == 0) {
        *end = m->last;
        return code_of(c, m, e);
    }
    e = arv_match_entry(m, ARV_K_ACTOR);
    if (allow_name && e && e->type == ARV_T_LOC && m->prefix == 0) {
        const char *code = code_of(c, m, e);
        if (is_country(code)) {
            *end = m->last;
            return code;
        }
    }
    return NULL;
}

/* Does the role noun matched by m stand in construct with a country's name
 * (سفير سوريا, أطفال لبنان; not جنديا بريطانيا, an accusative nisba, nor
 * الرئيس مصر)? The end of the name, or 0. Only where allow is set. */
static size_t construct_country(const ectx *c, const arv_match *m, int allow)
{
    if (!allow || m->last >= c->end || !strncmp(norm(c, m->last - 1) + (m->last - 1 == m->first ? m->prefix : 0), "ال", 4))
        return 0;
    const arv_token *t = tok(c, m->last - 1);
    if (!strcmp(norm(c, m->last - 1) + t->norm_len - 2, "ا")) return 0;  /* جنديا | بريطانيا */
    const arv_match *n = match_at(c, m->last);
    const arv_lex_entry *a = arv_match_entry(n, ARV_K_ACTOR);
    if (!n || n->first != m->last || n->prefix || !a || a->type != ARV_T_LOC || !is_country(code_of(c, n, a))) return 0;
    /* "the West", "the Arab countries" are no named place (سفراء الدول الغربية) */
    return strcmp(code_of(c, n, a), "WST") && strcmp(code_of(c, n, a), "ARB") ? n->last : 0;
}

/* Push the role noun of match m over [i, j); a country named in it or
 * after it, [cs, cn) of code cc, is a place of its own too (see
 * construct_country; رئيس | الجمهورية اليمنية), whose tokens the role
 * leaves to it. */
static void push_role(ectx *c, size_t i, size_t j, const arv_match *m, size_t cs, size_t cn, const char *cc,
                      arv_etype type, const char *code, const char *rule)
{
    size_t r = cn ? cs : j;
    /* the role's text takes in the country, which events quote (سفير سوريا) */
    push(c, i, r, m->start, tok(c, (cn ? cn : j) - 1)->end, type, ARV_M_AGENT, 0, code, rule);
    if (cn) push(c, r, cn, tok(c, r)->start, tok(c, cn - 1)->end, ARV_T_LOC, ARV_M_NAME, 1, cc, "role+country");
}

/* Is w (normalized) the adjective "foreign" (الأجنبية، الأجانب)? */
static int foreign_word(const char *w)
{
    static const char *const words[] = {"الاجنبيه", "الاجنبي", "الاجانب", "اجنبيه", "اجنبي", "اجانب", NULL};
    for (const char *const *p = words; *p; p++)
        if (!strcmp(w, *p)) return 1;
    return 0;
}

/* Is token i a head word that a place's span leaves out (محافظة عدن → عدن,
 * ريف حلب → حلب, غرب ليبيا → ليبيا)? Facilities keep theirs (مطار عدن). */
static int place_prefix(const ectx *c, size_t i, size_t skip)
{
    static const char *const heads[] = {"مدينه", "محافظه", "ولايه", "منطقه", "اقليم", "بلده", "قريه", "مديريه",
                                        "ناحيه", "قضاء", "مقاطعه", "مخيم", "نهر", "حي", "ريف", "شمال", "جنوب", "شرق",
                                        "غرب", "وسط", NULL};
    const char *w = norm(c, i) + skip;  /* after the match's proclitics: بشمال */
    for (const char *const *h = heads; *h; h++)
        if (!strcmp(w, *h)) return 1;
    return 0;
}

static const struct { const char *head; const char *role; } head_roles[] = {
    {"وزاره", "GOV"}, {"حكومه", "GOV"}, {"رئاسه", "GOV"}, {"جيش", "MIL"}, {"قوات", "MIL"}, {"حزب", "PTY"},
    {"محكمه", "JUD"}, {"برلمان", "LEG"}, {"مجلس", ""}, {"شرطه", "COP"}, {"صحيفه", "MED"}, {"وكاله", "MED"},
    {"قناه", "MED"}, {"ميليشيا", "UAF"}, {"ميليشيات", "UAF"}, {"مليشيات", "UAF"}, {"كتائب", "UAF"},
    {"مجله", "MED"}, {"جريده", "MED"}, {"اذاعه", "MED"}, {"شركه", "BUS"}, {"بنك", "BUS"}, {"مصرف", "BUS"},
};

static const char *head_role(const char *h)
{
    for (size_t i = 0; i < sizeof head_roles / sizeof *head_roles; i++)
        if (!strcmp(head_roles[i].head, h)) return head_roles[i].role;
    return "";
}

/* An indefinite word inside an idafa before a country (وزارة خارجية البحرين):
 * a plain word, no article, no clitic, no dictionary entry. */
static int idafa_word(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    if (t->cls != ARV_TC_ARABIC || match_at(c, i)) return 0;
    if (cwc(c, i) != ARV_CW_NONE && cwc(c, i) != ARV_CW_STOP) return 0;
    const unsigned char *w = (const unsigned char *)norm(c, i);
    const unsigned char *sf = (const unsigned char *)c->d->text + tok(c, i)->end;  /* the surface: ة is no pronoun */
    unsigned first = (unsigned)w[0] << 8 | w[1], last = (unsigned)sf[-2] << 8 | sf[-1];
    /* not a clitic-prefixed word, nor a present-tense verb (تقوده), nor one
     * ending in a pronoun */
    if (first == 0xD988 || first == 0xD981 || first == 0xD8A8 || first == 0xD983 || first == 0xD984 ||
        first == 0xD98A || first == 0xD8AA || first == 0xD986 || last == 0xD987)
        return 0;
    return strncmp((const char *)w, "ال", 4) != 0;
}

/* Is token i a definite word that can continue an idafa chain? */
static int chain_word(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    if (t->cls != ARV_TC_ARABIC) return 0;
    arv_closed_class k = cwc(c, i);
    if (k != ARV_CW_NONE && k != ARV_CW_ORG_HEAD) return 0;
    const arv_match *m = match_at(c, i);
    if (m && (arv_match_entry(m, ARV_K_VERB) || (m->prefix && !arv_match_entry(m, ARV_K_NISBA)))) return 0;
    return strncmp(norm(c, i), "ال", 4) == 0 && t->norm_len > 6;
}

/* A definite adjective in ي of no country after a trade (الاقتصادي,
 * السياسي, العسكري): unknown to the lexicon and to the closed classes. */
static int trade_adjective(const ectx *c, size_t j)
{
    const arv_token *t = tok(c, j);
    const char *w = norm(c, j);
    return t->cls == ARV_TC_ARABIC && cwc(c, j) == ARV_CW_NONE && !match_at(c, j) && t->norm_len >= 10 &&
           !strncmp(w, "ال", 4) && !strcmp(w + t->norm_len - 2, "ي");
}

/* Is token k, after the name words i..k, a family name that starts with ب
 * or ف by chance (جافريلو برينسيب, جوزفالدو فيريرا)? Not after a common
 * word (مساوئ | بلادنا, ضمن | برنامج), nor بال, nor a dual or plural in ين
 * (ميداليتين برونزيتين). */
static int surname_after_run(const ectx *c, size_t i, size_t k)
{
    const char *w = norm(c, k);
    size_t n = tok(c, k)->norm_len;
    if (!letter_surname(c, k, 0) || !strncmp(w + 2, "ال", 4) || !strcmp(w + n - 4, "ين") || !strcmp(w + n - 4, "نا") ||
        arv_lexicon_common(c->d->eng->common, 2, w, n))
        return 0;  /* بلادنا, برنامج */
    for (size_t q = i; q < k; q++) {  /* nor after a verb or a pronoun: تعد | بملء, نفسك | بأنك */
        const char *v = norm(c, q);
        size_t vn = tok(c, q)->norm_len;
        if (common_word(c, q) || ends_in_ha(c->d->text, tok(c, q)) || !strcmp(v + vn - 2, "ك") ||
            (!match_at(c, q) && (t_verb(v) || present_verb(v))))
            return 0;
    }
    return 1;
}

/* Do tokens [i, j) look like a foreign name: no article, no proclitic letter
 * at the start (جون كيري, not تقرير المنظمة or لنا مرافقتنا), but for a family
 * name in ب or ف after the first word (جافريلو برينسيب), or a first word in
 * ب, ف or ك whose stem is no word (بونغي ويلفريد)? */
static int foreign_run(const ectx *c, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)  /* فان, a particle, starts with ف */
        if (!strncmp(norm(c, k), "ال", 4) || (!match_at(c, k) && proclitic_letter(norm(c, k)) && !particle_at(c, k) &&
                                               !(k > i && surname_after_run(c, i, k)) &&
                                               !(k == i && letter_surname(c, k, 1))))  /* بونغي ويلفريد */
            return 0;
    return 1;
}

/* A party's adjective after a title, before the name: السناتور | الجمهوري |
 * ارلن سبيكتر, النائب الديمقراطي */
static size_t party_adjective(const ectx *c, size_t j)
{
    static const char *const party[] = {"الجمهوري", "الديمقراطي", NULL};
    return j + 1 < c->end && is_any(c, j, party) ? j + 1 : j;
}

/* A name in commas after a title phrase that ends before token j: السناتور
 * الجمهوري ، | ارلن سبيكتر | ، (two words at least of no list, with no
 * article and no common word, and a comma after them too). Returns its end,
 * or j. */
static size_t apposed_name(const ectx *c, size_t j)
{
    if (j + 3 >= c->end || !(is_punct(c, j, "،") || is_punct(c, j, ","))) return j;
    size_t nj = name_run(c, j + 1);
    if (nj < j + 3 || nj >= c->end || !(is_punct(c, nj, "،") || is_punct(c, nj, ",")) || !foreign_run(c, j + 1, nj))
        return j;
    for (size_t k = j + 1; k < nj; k++)
        if (match_at(c, k) || common_word(c, k) || common_inflected(c, k)) return j;
    return nj;
}

/* An ordinal ends a ruler's name (محمد الخامس) but stands for no one alone:
 * في الخامس من الشهر. */
static int ordinal_prefix(const char *w, size_t n)
{
    static const char *const ordinals[] = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                           "الثامن", "التاسع", "العاشر", NULL};
    for (const char *const *o = ordinals; *o; o++)
        if (strlen(*o) == n && !memcmp(w, *o, n)) return 1;
    return 0;
}

static int ordinal_word(const char *w) { return ordinal_prefix(w, strlen(w)); }

/* Is token j a feminine adjective of a common shape: فاعلة (هادئة, فاضلة),
 * أفعلة (آمنة), مفعولة (مفتوحة, منكوبة)? Place names in ة are of any
 * shape (مليتة, صبيحة), so only these are told apart. */
static int adjective_in_ta(const ectx *c, size_t j)
{
    const char *w = norm(c, j);
    size_t n = tok(c, j)->norm_len;
    if (!ends_in_ta(c->d->text, tok(c, j))) return 0;
    return (n == 10 && !strncmp(w + 2, "ا", 2)) || (n == 8 && !strncmp(w, "ا", 2)) ||
           (n == 12 && !strncmp(w, "م", 2) && !strncmp(w + 6, "و", 2));
}

/* Is the second letter of token i an alef with hamza (أ إ)? Then the word
 * is a clitic and another word than a head with a bare alef: وأدى "and
 * performed" is no وادي "valley". */
static int hamza_second(const ectx *c, size_t i)
{
    const unsigned char *s = (const unsigned char *)c->d->text + tok(c, i)->start;
    size_t n = tok(c, i)->end - tok(c, i)->start;
    return n >= 4 && s[0] >= 0xD8 && s[0] <= 0xDB && s[2] == 0xD8 && (s[3] == 0xA3 || s[3] == 0xA5);
}

/* Is token i a place head after ب or ل (بمنطقة, بإقليم, لمدينة)? The
 * closed classes take و and ف only, for the event grammar's sake. */
static int place_head_after_clitic(const ectx *c, size_t i)
{
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    /* لقضاء, بقضاء are "to spend", "by spending" as often: لقضاء | أجمل الأوقات */
    const unsigned char *u = (const unsigned char *)w;  /* ب or ل by its bytes: this runs at many tokens */
    return n > 6 && ((u[0] == 0xD8 && u[1] == 0xA8) || (u[0] == 0xD9 && u[1] == 0x84)) &&
           tok(c, i)->cls == ARV_TC_ARABIC && closed_of("", w + 2, n - 2) == ARV_CW_PLACE_HEAD && strcmp(w + 2, "قضاء");
}

/* Place heads that name what follows them, whatever its word */
static const char *const naming_heads[] = {"مدينه", "ومدينه", "مدينتي", "محافظه", "ومحافظه", "مطار", "ميناء",
                                           "حي", "وحي", "شارع", "وشارع", "قريه", "وقريه", "بلده", NULL};

/* Can the unknown word j after the place head i (h, its word without a
 * clitic) be a place name? Not after a plural head (مدن, قرى) or العاصمة,
 * whose next word is a genitive; not a verb (مدينة يقطنها, العاصمة تحتم), a
 * word with و or ل before it (عاصمة لمحافظة) or a pronoun after it (منطقة
 * قطرها). */
static int place_name(const ectx *c, size_t i, const char *h, size_t j)
{
    static const char *const plural_heads[] = {"مدن", "قري", "بلدات", "العاصمه", "عاصمه", NULL};
    const char *w = norm(c, j);
    const arv_token *t = tok(c, j);
    for (const char *const *p = plural_heads; *p; p++)
        if (!strcmp(h, *p)) return 0;
    /* nor an indefinite adjective agreeing with the head: a feminine head's
     * in ة of an adjective's shape (منطقة آمنة, مدينة مفتوحة; منطقة مليتة
     * is a name), a masculine head's short one in ي (نهر موسمي, مطار
     * دولي; نهر يانجتسي is a name); nor an ordinal (بلده الثاني) */
    if (strncmp(w, "ال", 4) && (ends_in_ta(c->d->text, tok(c, i)) ? adjective_in_ta(c, j)
                                                                 : t->norm_len <= 10 && !strcmp(w + t->norm_len - 2, "ي")))
        return 0;
    if (ordinal_word(w)) return 0;
    /* nor a head itself after a port's or an airport's: مطار | المدينة,
     * ميناء | العاصمة "the city's airport" (but حي | المطار, محافظة | القرى
     * are names) */
    if ((!strcmp(h, "مطار") || !strcmp(h, "ميناء")) && !strncmp(w, "ال", 4) &&
        closed_of("", w + 4, t->norm_len - 4) == ARV_CW_PLACE_HEAD)
        return 0;
    if (tanween_in(c->d->text + t->start, t->end - t->start, 0x8D)) return 0;  /* any tanween: كائن حي | مدركٌ */
    if (strncmp(w, "ال", 4) && common_word(c, j)) return 0;  /* منطقة | حظر الطيران, منطقة | أمان */
    /* after a head that is also a common noun (منطقة "zone", ساحة "field",
     * قضاء "spending"), a common noun with the article makes a phrase:
     * منطقة | اليورو, ساحة | المعركة, قضاء | العيد. Towns, streets and
     * quarters are named so (مدينة الخبر, حي السعادة, شارع الحج). */
    if (!strncmp(w, "ال", 4) && !is_any(c, i, naming_heads) && arv_lexicon_common(c->d->eng->common, 2, w, t->norm_len))
        return 0;
    /* nor a feminine nisba adjective of the head (منطقة شعبية, مدينة
     * تاريخية; place names end in ة too: منطقة الجفينة); مما is من + ما */
    if (!present_verb(w) && !t_verb(w) && strncmp(w, "و", 2) && strncmp(w, "ل", 2) && !ends_in_ha(c->d->text, t) &&
        !(t->norm_len > 6 && ends_in_iya(c, j)) && strcmp(w, "مما"))
        /* nor ب ف before a common word or a preposition: ميدان | بمثل هذا,
         * منطقة | بغرب (not بولو: و لو) */
        return (strncmp(w, "ب", 2) && strncmp(w, "ف", 2)) || t->norm_len < 8 ||
               (!arv_lexicon_common(c->d->eng->common, 2, w + 2, t->norm_len - 2) &&
                (!strncmp(w + 2, "و", 2) || closed_of("", w + 2, t->norm_len - 2) != ARV_CW_PREP));
    return 0;
}

/* Is the one-token place match m of token i, which the lexicon writes in
 * ة, written in ه after a common noun: that noun and "his" (بريده
 * الإلكتروني, وجده "found it", زوجة جده)? Not after a place's head or في,
 * nor after ب (مدينة جده, في جده, بجده). */
static int place_with_pronoun(const ectx *c, size_t i, const arv_match *m)
{
    if (!arv_match_entry(m, ARV_K_PLACE) || arv_match_entry(m, ARV_K_ACTOR) ||
        !strncmp(norm(c, i) + m->prefix, "ال", 4) || !noun_and_pronoun(c, i, m))  /* no pronoun after ال: الرقه */
        return 0;
    if (m->prefix == 2 && !strncmp(norm(c, i), "ب", 2)) return 0;
    return !(i > 0 && tok(c, i - 1)->sent == c->sent &&
             (cwc(c, i - 1) == ARV_CW_PLACE_HEAD || is_norm(c, i - 1, "في")));
}

/* Is the one-token name match m of token i a proclitic misread: the whole
 * word a common one or a word that ends names (وفيات "deaths", not و +
 * فيات; بليون "billion", not ب + ليون), a noun before الله (بعون الله),
 * or, for a place, لل before a common noun (للحج: ل + الحج,
 * not ل + لحج) or ك before a town of three letters, which makes a verb
 * (كسرت) far more often than "like Sirte"? Countries are actors and keep
 * the reading (كمصر). */
static int misread_name(const ectx *c, size_t i, const arv_match *m)
{
    const arv_lex_entry *a = arv_match_entry(m, ARV_K_ACTOR), *e = arv_match_entry(m, ARV_K_PLACE);
    if (!a && !e) return 0;
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    if ((cwc(c, i) == ARV_CW_STOP && !c->d->cw.v[i].conj) || arv_lexicon_common(c->d->eng->common, 2, w, n)) return 1;
    /* a noun in construct with God: بعون الله, not ب + عون */
    if (i + 1 < c->end && tok(c, i + 1)->norm_len == 8 && is_norm(c, i + 1, "الله")) return 1;
    if (a) return 0;
    if (m->prefix == 2 && !strncmp(w, "لل", 4) && n > 6) {
        /* ل + a place in ل (لحج), not ل + ال + a place (للخليج) */
        uint32_t first;
        int in_lam = 0;
        for (size_t li = 0; li < 2 && !in_lam; li++) {
            size_t ne = lexicon_word(c->d, li, w + 2, n - 2, &first);
            for (size_t x = 0; x < ne; x++) in_lam |= c->d->eng->lex[li]->entries[first + x].kind == ARV_K_PLACE;
        }
        if (!in_lam) return 0;
        char buf[64];
        if (n + 2 > sizeof buf) return 0;
        memcpy(buf, "ال", 4);  /* ال + the stem after لل */
        memcpy(buf + 4, w + 4, n - 4);
        return arv_lexicon_common(c->d->eng->common, 2, buf, n) || arv_lexicon_common(c->d->eng->common, 2, w + 4, n - 4);
    }
    return m->prefix == 2 && !strncmp(w, "ك", 2) && n - 2 <= 6;
}

/* Is token i a word before a club's name: its head (نادي, فريق), when
 * `head`, or a word of its players (لاعبو, مدرب, صفوف)? */
static int club_word(const ectx *c, size_t i, int head)
{
    static const char *const heads[] = {"نادي", "فريق", NULL};
    static const char *const players[] = {"لاعبو", "لاعبي", "لاعب", "مدرب", "مهاجم", "مدافع", "حارس", "صفوف",
                                          "جماهير", "انصار", "مشجعي", "قميص", NULL};
    const char *w = norm(c, i);
    if (tok(c, i)->cls != ARV_TC_ARABIC || match_at(c, i)) return 0;
    if (!strncmp(w, "و", 2) || !strncmp(w, "ل", 2) || !strncmp(w, "ب", 2)) {
        for (const char *const *h = head ? heads : players; *h; h++)
            if (!strcmp(w + 2, *h)) return 1;
    }
    for (const char *const *h = head ? heads : players; *h; h++)
        if (!strcmp(w, *h)) return 1;
    return 0;
}

/* Is the word w[0..n) a nisba of the lexicons, whatever match covers it
 * (نادي مرسيليا | الفرنسي, listed whole)? */
static int nisba_word(const arv_doc *d, const char *w, size_t n)
{
    for (size_t li = 0; li < 2; li++) {
        uint32_t first;
        size_t ne = lexicon_word(d, li, w, n, &first);
        for (size_t e = 0; e < ne; e++)
            if (d->eng->lex[li]->entries[first + e].kind == ARV_K_NISBA) return 1;
    }
    return 0;
}

/* Has token j a definite masculine nisba's shape (الإسباني, not الإسبانية)? */
static int masculine_nisba(const ectx *c, size_t j)
{
    const char *w = norm(c, j);
    size_t wl = tok(c, j)->norm_len;
    return wl > 6 && !memcmp(w + wl - 2, "ي", 2) && !memcmp(w, "ال", 4) && !ends_in_ta(c->d->text, tok(c, j));
}

static int club_nisba(const ectx *c, size_t j);

/* Has the sentence from token first a word of sport (مباراة, الدوري)? Asked
 * once per sentence: a long sentence of clubs stays linear. */
static int sport_sentence(const ectx *c, size_t first)
{
    if (*c->sport < 0) {
        *c->sport = 0;
        for (size_t k = first; k < c->end && !*c->sport; k++)
            *c->sport = tok(c, k)->cls == ARV_TC_ARABIC && arv_closed_sport(norm(c, k), tok(c, k)->norm_len);
    }
    return *c->sport;
}

/* Is the town at tokens [i, j) one that a side meets, in a sentence of
 * sport or before a score (الخسارة أمام مضيفه | ليون صفر - 2, ضد | نجران,
 * فوزه على | كوبنهاغن, يجمع | أم صلال مع السد), or one in a table of
 * results with its country? Then it is its club: j, else i. */
static size_t met_town(const ectx *c, size_t i, size_t first, size_t j)
{
    if (i == first || cwc(c, i) == ARV_CW_PLACE_HEAD) return i;  /* أمام | حي العزيزية */
    /* a score after it is sport enough: ليون صفر - 2 */
    int score = j + 2 < c->end && (tok(c, j)->cls == ARV_TC_NUMBER || is_norm(c, j, "صفر")) && is_punct(c, j + 1, "-") &&
                (tok(c, j + 2)->cls == ARV_TC_NUMBER || is_norm(c, j + 2, "صفر"));
    /* a table: a side and its country on either side of a dash, or a rank
     * (ستيوا بوخارست ( رومانيا ) - ليون ( فرنسا ), 4- مالمو ( السويد ): not a
     * dateline: رويترز - بنغازي ( ليبيا ):) */
    int table = j + 3 < c->end && is_punct(c, j, "(") && is_punct(c, j + 2, ")") &&
                ((is_punct(c, i - 1, "-") && i >= first + 2 &&
                  (is_punct(c, i - 2, ")") || tok(c, i - 2)->cls == ARV_TC_NUMBER)) ||
                 (is_punct(c, j + 3, "-") && j + 5 < c->end && tok(c, j + 4)->cls == ARV_TC_ARABIC &&
                  (is_punct(c, j + 5, "(") || (j + 6 < c->end && is_punct(c, j + 6, "(")))));
    if (!score && !table && !sport_sentence(c, first)) return i;
    static const char *const met[] = {"امام", "ضد", "مضيفه", "ضيفه", "منافسه", "يجمع", "تجمع", "جمعت", NULL};
    static const char *const wins[] = {"فوز", "فوزه", "فاز", "تغلب", "يتغلب", "الفوز", "بفوزه", NULL};
    if (table || is_any(c, i - 1, met) || (is_norm(c, i - 1, "علي") && i - 1 > first && is_any(c, i - 2, wins)))
        return j;
    return i;
}

/* A town's football club at the place match m of token i: the end of the
 * club's name, or i. A town is feminine: a masculine nisba after a town
 * without the article agrees with نادي (برشلونة الإسباني, ليون الفرنسي);
 * a club's word before it names the club too (لاعبو برشلونة, نادي ليون),
 * a player's word without the nisba after it. */
static size_t club_at(const ectx *c, size_t i, size_t first, const arv_match *m)
{
    size_t j = m->last;
    /* a town of two words or with the article only where a side meets it
     * (يتغلب على | أم صلال); none with a clitic */
    if (m->last != i + 1 || !strncmp(norm(c, i) + m->prefix, "ال", 4)) return m->prefix ? i : met_town(c, i, first, j);
    /* after a player the nisba is his: لاعب مانشستر | البرتغالي */
    if (i > first && club_word(c, i - 1, 0)) return j;
    if (club_nisba(c, j)) return j + 1;
    if (i > first && club_word(c, i - 1, 1)) return j;
    /* a town known by its club, in a sentence of sport: اقترب برشلونة من
     * استهلال موسمه بلقب, حارس مرمى مانشستر */
    static const char *const club_towns[] = {"برشلونه", "مانشستر", "ليفربول", "روما", "ميلان", "مرسيليا",
                                             "بوردو", "موناكو", "بورتو", "بنفيكا", "فالنسيا", "اشبيليه",
                                             "ليفركوزن", "دورتموند", "نابولي", "فيورنتينا", "تورينو", "بولونيا",
                                             "فيرونا", "ملقه", "ليدز", NULL};
    const char *tw = norm(c, i) + m->prefix;
    if (i > first && cwc(c, i - 1) == ARV_CW_PLACE_HEAD) return i;  /* مدينة | ميلان is the town */
    for (const char *const *t = club_towns; *t; t++)
        if (!strcmp(tw, *t)) return sport_sentence(c, first) ? j : i;
    return m->prefix ? i : met_town(c, i, first, j);
}

/* A country and the masculine nisba of its name is the club named after it
 * (قطر القطري, الكويت الكويتي: the nisba agrees with نادي, not with the
 * country, which is feminine). The club's end, or i. */
static size_t country_club(const ectx *c, size_t i, const arv_match *m, const arv_lex_entry *e)
{
    size_t j = m->last;
    if (m->last != i + 1 || j >= c->end || !club_nisba(c, j)) return i;
    const arv_match *nm = match_at(c, j);
    const char *cc = code_of(c, m, e), *nc = code_of(c, nm, arv_match_entry(nm, ARV_K_NISBA));
    if (strlen(cc) != 3 || strncmp(cc, nc, 3)) return i;
    /* the nisba made of the country's name (قطر: القطري; not إسرائيل |
     * الصهيوني, an epithet of the name after it) */
    const char *w = norm(c, i) + m->prefix, *a = norm(c, j) + 4;
    size_t n = tok(c, i)->norm_len - m->prefix;
    if (n > 4 && !strncmp(w, "ال", 4)) w += 4, n -= 4;
    if (n > 2 && !strcmp(w + n - 2, "ه")) n -= 2;
    return !strncmp(a, w, n) ? j + 1 : i;
}

/* Is token j a masculine country nisba with the article, alone (الإسباني,
 * التركي; not الإسبانية)? After a name of no list, it agrees with نادي. */
static int club_nisba(const ectx *c, size_t j)
{
    const arv_match *n = j < c->end ? match_at(c, j) : NULL;
    return n && !n->prefix && n->last == j + 1 && arv_match_entry(n, ARV_K_NISBA) && masculine_nisba(c, j);
}

/* A foreign club of no list, named with its country's nisba in a sentence
 * of sport, where a club is met: after أمام, ضد, على (خسارتين أمام |
 * بتروليوم الروماني), or after a club and و in a list (فالنسيا الإسباني |
 * وفنربغشة التركي). Its end, or i. A player is named so too (تعاقد مع
 * بولوني الروماني): مع is left out. */
static size_t foreign_club(const ectx *c, size_t i, size_t first)
{
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    /* cheap tests first: this runs at every unknown word */
    if (i <= first || i + 1 >= c->end || t->cls != ARV_TC_ARABIC || t->norm_len < 8 || !masculine_nisba(c, i + 1) ||
        match_at(c, i) || cwc(c, i) != ARV_CW_NONE || !club_nisba(c, i + 1))
        return i;
    const arv_doc *d = c->d;
    /* after a club named with its nisba and و */
    int listed = !strncmp(w, "و", 2) && d->ents.n && d->ents.v[d->ents.n - 1].type == ARV_T_ORG &&
                 d->ents.v[d->ents.n - 1].last == i && masculine_nisba(c, i - 1);
    size_t skip = listed ? 2 : 0;
    if (!listed && !(is_norm(c, i - 1, "امام") || is_norm(c, i - 1, "ضد") || is_norm(c, i - 1, "علي"))) return i;
    /* a first letter like a proclitic only when the rest is no word either (كولجاك) */
    /* not a noun with a pronoun (أمام نظيره الإماراتي, على رأسهم الأردني) nor
     * على غرار; a word in ة may be one, since the masculine nisba agrees with
     * نادي, not with it (فنربغشة التركي) */
    if (!strncmp(w + skip, "ال", 4) || !unlisted_word(d, w + skip, t->norm_len - skip) ||
        (!listed && proclitic_letter(w) && !unlisted_word(d, w + 2, t->norm_len - 2)) ||
        present_verb(w + skip) || ends_in_ha(d->text, t) || is_norm(c, i, "غرار"))
        return i;
    return sport_sentence(c, first) ? i + 2 : i;
}

/* A club that no dictionary lists alone, its name being a common word:
 * Al-Ahli, written الأهلي (والأهلي, للأهلي), is also the adjective "civil,
 * private": after a definite noun it is that (التعليم الأهلي, السلم
 * الأهلي, البنك الأهلي), elsewhere the club (مدرب الأهلي, فوز الأهلي,
 * وكان الأهلي قد); الهلال, النصر and الإسماعيلي are the clubs in a
 * sentence of sport. A head before it names it too (النادي الأهلي). Sets
 * *from to the first token and *clitics to the letters before the name
 * in token i; returns the end, or i. */
static size_t bare_club(const ectx *c, size_t i, size_t first, size_t *from, size_t *clitics)
{
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    size_t n = t->norm_len;
    /* clubs named by a common noun, taken only in a sentence of sport (حقق
     * النصر "won the victory" is rare there) */
    static const char *const sport_clubs[] = {"هلال", "نصر", "اسماعيلي", NULL};
    const char *stem = NULL;
    *from = i;
    /* cheap tests first: this runs at every unknown word */
    if (t->cls != ARV_TC_ARABIC || n < 10) return i;
    if (n >= 12 && !strcmp(w + n - 8, "اهلي")) stem = "اهلي";
    for (const char *const *p = sport_clubs; !stem && *p; p++) {
        size_t pl = strlen(*p);
        if (n >= pl + 4 && !strcmp(w + n - pl, *p)) stem = *p;
    }
    if (!stem) return i;
    size_t k = 0;
    int prep = 0;  /* after ب or ل */
    if (!strncmp(w, "و", 2) || !strncmp(w, "ف", 2)) k = 2;
    if (!strncmp(w + k, "لل", 4)) k += 4, prep = 1;  /* للأهلي: ل + الأهلي */
    else {
        if (!strncmp(w + k, "ب", 2) || !strncmp(w + k, "ل", 2)) k += 2, prep = 1;
        if (strncmp(w + k, "ال", 4)) return i;
        k += 4;
    }
    if (strcmp(w + k, stem) || (strcmp(stem, "اهلي") && !sport_sentence(c, first))) return i;
    *clitics = (k - 4) / 2 + (prep && !strncmp(w + k - 4, "لل", 4));  /* للأهلي: ل, then لأهلي */
    if (i > first) {
        /* the word before without و and a preposition, and whether it is definite */
        const char *p = norm(c, i - 1);
        int def = 0;
        if (!strncmp(p, "و", 2) || !strncmp(p, "ف", 2)) p += 2;
        if (!strncmp(p, "لل", 4)) def = 1, p += 4;
        else {
            if ((!strncmp(p, "ب", 2) || !strncmp(p, "ل", 2) || !strncmp(p, "ك", 2)) && !strncmp(p + 2, "ال", 4)) p += 2;
            if (!strncmp(p, "ال", 4)) def = 1, p += 4;
        }
        if (def && (!strcmp(p, "نادي") || !strcmp(p, "فريق"))) *from = i - 1;  /* النادي, للنادي */
        else if (club_word(c, i - 1, 1)) *from = i - 1;                          /* نادي, لفريق */
        else if (cwc(c, i - 1) == ARV_CW_ORG_HEAD) {
            /* a company of the name and its adjective: شركة الأهلي المالية */
            *from = i - 1;
            return i + 1 < c->end && !match_at(c, i + 1) && ends_in_iya(c, i + 1) && common_word(c, i + 1) ? i + 2 : i + 1;
        }
        /* an adjective after a definite noun (التعليم الأهلي, وللسلم
         * الأهلي, العام والأهلي), which takes no ب or ل (للأهلي), and
         * is rare in a sentence of sport (الهلال والأهلي) */
        else if (!prep && def && tok(c, i - 1)->cls == ARV_TC_ARABIC && !sport_sentence(c, first))
            return i;
    }
    return i + 1;
}

/* An organization's head and its name in quotes: صحيفة « الشرق الأوسط »,
 * شركة " إل جي "; after a facility's head the name is a place (مستشفى «
 * تل هاشومير »). The name is the quoted words (at most five, no
 * punctuation), whatever the dictionary says of them; returns the tokens
 * taken, or 0. */
static size_t quoted_org(ectx *c, size_t i)
{
    /* the last four are facilities, places by GUIDELINES.md */
    static const char *const heads[] = {"صحيفه", "مجله", "شركه", "شركتي", "وكاله", "جمعيه", "مؤسسه", "قناه", "اذاعه",
                                        "حزب", "حركه", "منظمه", "جماعه", "بنك", "مصرف", "محطه", "جريده", "مجموعه",
                                        "موقع", "فضائيه", "نادي", "مستشفي", "فندق", "جامعه", "معهد", NULL};
    enum { FACILITIES = 4 };
    if (i + 3 >= c->end) return 0;
    size_t q = i + 1;  /* the opening quote, after الـ maybe: مجلة الـ " تايم " */
    if (tok(c, q)->norm_len == 4 && q + 3 < c->end && is_norm(c, q, "ال")) q++;
    if (tok(c, q)->cls != ARV_TC_QUOTE) return 0;
    const char *w = norm(c, i);
    if (proclitic_letter(w) && strncmp(w, "ك", 2) && !is_any(c, i, heads)) w += 2;
    const char *const *h = heads;
    while (*h && strcmp(w, *h)) h++;
    if (!*h) return 0;
    /* words, and the dots and hyphens between them: إتش.إس.بي.سي, أيرو-أتلنتيك */
    size_t k = q + 1, words = 0;
    for (; k < c->end && k - q <= 8; k++) {
        arv_tok_class tc = (arv_tok_class)tok(c, k)->cls;
        if (tc == ARV_TC_ARABIC || tc == ARV_TC_LATIN) words++;
        else if (!(words && k + 1 < c->end && (is_punct(c, k, ".") || is_punct(c, k, "-")) &&
                   (tok(c, k + 1)->cls == ARV_TC_ARABIC || tok(c, k + 1)->cls == ARV_TC_LATIN)))
            break;
    }
    if (!words || k >= c->end || words > 5 || tok(c, k)->cls != ARV_TC_QUOTE) return 0;
    const arv_token *ft = tok(c, q + 1);  /* no letter alone: « و », « M » */
    if (ft->end - ft->start < 2 || (ft->cls == ARV_TC_ARABIC && ft->norm_len < 4)) return 0;
    size_t nh = sizeof heads / sizeof *heads - 1;
    arv_etype type = (size_t)(h - heads) >= nh - FACILITIES ? ARV_T_LOC : ARV_T_ORG;  /* مستشفى « تل هاشومير » */
    push(c, q + 1, k, tok(c, q + 1)->start, tok(c, k - 1)->end, type, ARV_M_NAME, 1, "", "head+quote");
    return k + 1 - i;
}

/* The code of the organization (type ARV_T_ORG) or place (ARV_T_LOC) the
 * lexicons list as head + tokens [i, k) (صحيفة + الشرق الأوسط, منطقة +
 * عسير), or NULL. */
static const char *listed_as_word(const ectx *c, const char *head, const char *w, size_t n, size_t i, size_t k,
                                  arv_etype type);

static const char *listed_as(const ectx *c, const char *head, size_t i, size_t k, arv_etype type)
{
    return listed_as_word(c, head, norm(c, i), tok(c, i)->norm_len, i + 1, k, type);
}

/* listed_as for head + the word w[0..n) + tokens [i, k) (صحيفة + الجزيرة,
 * the stem of للجزيرة) */
static const char *listed_as_word(const ectx *c, const char *head, const char *w, size_t n, size_t i, size_t k,
                                  arv_etype type)
{
    for (size_t li = 0; li < 2; li++) {
        const arv_lexicon *l = c->d->eng->lex[li];
        if (!l || !l->nstates) continue;
        arv_lex_pos p = arv_lexicon_step(l, (arv_lex_pos){0, 0}, head, strlen(head));
        p = arv_lexicon_step(l, p, " ", 1);
        p = arv_lexicon_step(l, p, w, n);
        for (size_t t = i; t < k && p.state != ARV_LEX_NONE; t++) {
            p = arv_lexicon_step(l, p, " ", 1);
            p = arv_lexicon_step(l, p, norm(c, t), tok(c, t)->norm_len);
        }
        uint32_t first;
        size_t n = p.state == ARV_LEX_NONE ? 0 : arv_lexicon_entries(l, p, &first);
        for (size_t e = 0; e < n; e++) {
            const arv_lex_entry *x = &l->entries[first + e];
            if ((x->kind == ARV_K_ACTOR && x->type == type) || (type == ARV_T_LOC && x->kind == ARV_K_PLACE))
                return arv_lex_code_for(l, x, c->d->ymd);
        }
    }
    return NULL;
}

static const char *listed_with_head(const ectx *c, const char *head, size_t i, size_t k)
{
    return listed_as(c, head, i, k, ARV_T_ORG);
}

/* A club named by its head with the article and the adjective made of its
 * name or of its town (الفريق الهلالي, النادي الكتالوني, للفريق الملكي):
 * a common noun and an identifying adjective, as GUIDELINES.md names
 * bodies. Its end, or i; the club's country's code in *code where the
 * adjective names one club (the Saudi clubs' are SAUBUS in Saudi news:
 * الأهلاوي is also Cairo's, so none). */
static size_t club_epithet(const ectx *c, size_t i, size_t first, const char **code)
{
    static const struct { const char *adj, *code; } epithets[] = {
        {"الهلالي", "SAUBUS"}, {"النصراوي", "SAUBUS"}, {"الاتحادي", "SAUBUS"}, {"الشبابي", "SAUBUS"},
        {"الفتحاوي", "SAUBUS"}, {"الاتفاقي", "SAUBUS"}, {"الوحداوي", ""}, {"الفيحاوي", "SAUBUS"},
        {"الاهلاوي", ""}, {"الملكي", "ESPBUS"}, {"الكتالوني", "ESPBUS"}, {"الكاتالوني", "ESPBUS"},
        {"البافاري", "DEUBUS"}, {"الباريسي", "FRABUS"}, {NULL, NULL}};
    const arv_token *t = tok(c, i);
    /* cheap tests first, this runs at every token: فريق or نادي at its end */
    if (t->norm_len < 12 || t->norm_len > 16 || t->cls != ARV_TC_ARABIC || i + 1 >= c->end) return i;
    const char *w = norm(c, i);
    if (memcmp(w + t->norm_len - 8, "فريق", 8) && memcmp(w + t->norm_len - 8, "نادي", 8)) return i;
    if (!strncmp(w, "و", 2)) w += 2;
    if (!strncmp(w, "لل", 4) || !strncmp(w, "بال", 6)) w += 2;  /* للفريق: ل + الفريق, بالنادي */
    if (strcmp(w, "الفريق") && strcmp(w, "النادي") && strcmp(w, "لفريق") && strcmp(w, "لنادي")) return i;
    for (size_t k = 0; epithets[k].adj; k++)
        if (is_norm(c, i + 1, epithets[k].adj)) {
            /* الفريق الاتحادي "the federal team" is the club in sport only */
            if (!strcmp(epithets[k].adj, "الاتحادي") && !sport_sentence(c, first)) return i;
            *code = epithets[k].code;
            return i + 2;
        }
    return i;
}

/* A club the dictionary lists after نادي, named by its word and its
 * country's nisba in a sentence of sport (انتزع الاتفاق السعودي البطاقة,
 * نادي النصر والاتفاق السعودي): elsewhere the words are ordinary ("the
 * Saudi agreement"), which is why the dictionary leaves them out. Its end,
 * or i; its code in *code. */
static size_t listed_club_nisba(const ectx *c, size_t i, size_t first, const char **code)
{
    const arv_token *t = tok(c, i);
    if (t->cls != ARV_TC_ARABIC || t->norm_len < 10 || i + 1 >= c->end || !masculine_nisba(c, i + 1)) return i;
    const char *w = norm(c, i);
    size_t n = t->norm_len;
    if (!strncmp(w, "و", 2)) w += 2, n -= 2;
    const arv_match *nm = match_at(c, i + 1);
    const arv_lex_entry *ne = nm && nm->first == i + 1 && !nm->prefix ? arv_match_entry(nm, ARV_K_NISBA) : NULL;
    if (strncmp(w, "ال", 4) || !ne) return i;
    /* not the adjective of a definite noun: المنتخب | الوطني السعودي,
     * بالنشيد | الوطني, لليوم | الوطني (but إلى | الكمار الهولندي) */
    const char *pw = i > first ? norm(c, i - 1) : "";
    if (w == norm(c, i) && i > first && tok(c, i - 1)->cls == ARV_TC_ARABIC && tok(c, i - 1)->norm_len >= 10 &&
        (!strncmp(pw, "ال", 4) || !strncmp(pw, "لل", 4) || (proclitic_letter(pw) && !strncmp(pw + 2, "ال", 4))))
        return i;
    const char *cc = code_of(c, nm, ne);
    const char *x = listed_as_word(c, "نادي", w, n, i + 1, i + 1, ARV_T_ORG);
    if (!x || strlen(x) != 6 || strncmp(x, cc, 3) || strcmp(x + 3, "BUS") || !sport_sentence(c, first)) return i;
    *code = x;
    return i + 2;
}

/* A club named as a team: فريق + the name the dictionary lists after نادي
 * (فريق الجزيرة, لفريق الوحدات), one to three words, the longest, and its
 * country's nisba (فريق مرسيليا الفرنسي); the club's end, or i, its code in
 * *code. الفريق is the rank; فريق مسقط رأسه "his home town's team". */
static size_t team_of_club(const ectx *c, size_t i, const char **code)
{
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    /* cheap test first, this runs at every token: فريق at its end */
    if ((n != 8 && n != 10) || memcmp(w + n - 8, "فريق", 8) || tok(c, i)->cls != ARV_TC_ARABIC || i + 1 >= c->end)
        return i;
    if (tok(c, i)->norm_len == 10 && (!strncmp(w, "و", 2) || !strncmp(w, "ل", 2) || !strncmp(w, "ب", 2))) w += 2;
    if (strcmp(w, "فريق")) return i;
    for (size_t k = i + 4 < c->end ? i + 4 : c->end; k > i + 1; k--)
        if ((*code = listed_with_head(c, "نادي", i + 1, k))) {
            if (k < c->end && !strncmp(norm(c, k), "راس", 6)) return i;
            return k + (k < c->end && masculine_nisba(c, k) && nisba_word(c->d, norm(c, k), tok(c, k)->norm_len));
        }
    return i;
}

/* A paper or a channel told something, its name unquoted after ل: وقال
 * أمين الجميل للجزيرة إن, قال في تصريحات للوطن: (a saying verb, a person or
 * a word of statements before it, إن, أن or a colon after it). The words
 * after ل name the paper or channel the dictionary lists as صحيفة or قناة +
 * those words, with its code; with none when both are listed apart
 * (الجزيرة). i is the ل word; returns the tokens taken, or 0. */
static size_t told_paper(ectx *c, size_t i, size_t first)
{
    static const char *const statements[] = {"تصريح", "تصريحات", "تصريحه", "حديث", "حديثه", "مقابله", NULL};
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    if (i == first || t->cls != ARV_TC_ARABIC || strncmp(w, "ل", 2)) return 0;
    /* the name's first word: after لل (its ال), after لـ alone, or glued to لـ (لـالوطن) */
    char stem[64];
    size_t n, name = i;
    uint32_t start;
    if (t->norm_len == 2 && i + 1 < c->end && tok(c, i + 1)->cls == ARV_TC_ARABIC && !strncmp(norm(c, i + 1), "ال", 4)) {
        name = i + 1;
        n = tok(c, name)->norm_len;
        if (n > sizeof stem) return 0;
        memcpy(stem, norm(c, name), n);
        start = tok(c, name)->start;
    } else if (t->norm_len >= 10 && (!strncmp(w, "لل", 4) || !strncmp(w, "لال", 6))) {
        int glued = !strncmp(w, "لال", 6);
        n = t->norm_len - (glued ? 2 : 0);
        if (n > sizeof stem) return 0;
        memcpy(stem, "ال", 4);
        memcpy(stem + 4, w + (glued ? 6 : 4), n - 4);
        start = after_letter(c->d->text, t->start, t->end);
        while (start + 2 <= t->end && !memcmp(c->d->text + start, "ـ", 2)) start += 2;  /* لـالوطن */
    } else
        return 0;
    const arv_doc *d = c->d;
    const arv_entity *last = d->ents.n ? &d->ents.v[d->ents.n - 1] : NULL;
    int teller = last && last->type == ARV_T_PER && last->span.end == tok(c, i - 1)->end;
    int person = teller && last->named;
    /* a headline names who told it, a title maybe: وزير الداخلية اليمني لـ
     * «المدينة» :, and لـ alone before the name says it is one */
    if (!person && !(teller && name > i) && cwc(c, i - 1) != ARV_CW_REPORT && !is_any(c, i - 1, statements)) return 0;
    /* a common word glued to ل is the word but after a named person: يقول
     * | للناس إن, يعلن للعالم أن; أمين الجميل | للجزيرة إن */
    if (name == i && !person &&
        (arv_lexicon_common(d->eng->common, 2, stem, n) || arv_lexicon_common(d->eng->common, 2, stem + 4, n - 4)))
        return 0;
    static const char *const said[] = {"ان", "انه", "انها", "بان", NULL};
    for (size_t k = name + 3; k-- > name + 1;) {  /* two words, then one: الشرق الأوسط */
        if (k >= c->end || !(is_any(c, k, said) || is_punct(c, k, ":"))) continue;
        const char *paper = listed_as_word(c, "صحيفه", stem, n, name + 1, k, ARV_T_ORG),
                   *channel = listed_as_word(c, "قناه", stem, n, name + 1, k, ARV_T_ORG);
        if (!paper && !channel) continue;
        const char *code = paper && channel && strcmp(paper, channel) ? "" : paper ? paper : channel;
        push(c, name, k, start, tok(c, k - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, code, "told+paper");
        return k - i;
    }
    return 0;
}

/* The code of the paper, magazine, channel or agency the dictionary lists
 * as its head + tokens [i, k): "" when heads give two codes (الجزيرة, a
 * Saudi daily and Qatar's channel), NULL when none lists it. */
static const char *media_listed(const ectx *c, size_t i, size_t k)
{
    static const char *const heads[] = {"صحيفه", "جريده", "مجله", "قناه", "وكاله", NULL};
    const char *code = NULL;
    for (const char *const *h = heads; *h; h++) {
        const char *x = listed_with_head(c, *h, i, k);
        if (x && code && strcmp(x, code)) return "";
        if (x) code = x;
    }
    return code;
}

/* Is token i, of no list, a country the dictionary lists with ا for its
 * last ة (هولندة, بولندة)? Its code, or NULL. */
static const char *ta_spelled_place(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    size_t n = t->norm_len;
    char w[64];
    if (t->cls != ARV_TC_ARABIC || n < 10 || n >= sizeof w || cwc(c, i) != ARV_CW_NONE || !ends_in_ta(c->d->text, t) ||
        !strncmp(norm(c, i), "ال", 4) || common_word(c, i))
        return NULL;
    memcpy(w, norm(c, i), n - 2);
    memcpy(w + n - 2, "ا", 2);
    for (size_t li = 0; li < 2; li++) {
        const arv_lexicon *l = c->d->eng->lex[li];
        if (!l || !l->nstates) continue;
        arv_lex_pos p = arv_lexicon_step(l, (arv_lex_pos){0, 0}, w, n);
        uint32_t first;
        size_t ne = p.state == ARV_LEX_NONE ? 0 : arv_lexicon_entries(l, p, &first);
        for (size_t e = 0; e < ne; e++) {
            const arv_lex_entry *x = &l->entries[first + e];
            const char *code = x->kind == ARV_K_ACTOR && x->type == ARV_T_LOC ? arv_lex_code_for(l, x, c->d->ymd) : NULL;
            if (code && is_country(code)) return code;  /* towns so spelled are words: قدسية, سمارة */
        }
    }
    return NULL;
}

/* A paper, magazine, channel or agency credited bare, as articles name their
 * source: in brackets (فارس السقاف ( الجزيرة ), حديثه ل ( الراية )) or in a
 * dateline after the town (الدوحة - الراية :, استنبول - قنا -). The name
 * is one the dictionary lists after its head (media_listed); returns the
 * tokens taken from the bracket or the name, or 0. */
static size_t credited_paper(ectx *c, size_t i, size_t first)
{
    const arv_token *t = tok(c, i);
    /* cheap test first, this runs at every token: a bracket or a dash */
    if (t->cls != ARV_TC_PUNCT || t->norm_len != 1 || i + 2 >= c->end) return 0;
    size_t a, k;  /* the name's tokens [a, k) */
    if (is_punct(c, i, "(")) {
        a = i + 1;
        k = a;
        while (k < c->end && k - a < 2 && tok(c, k)->cls == ARV_TC_ARABIC) k++;
        if (k == a || !is_punct(c, k, ")")) return 0;
        /* a place, a date or a common word in brackets is that (محمد العمري (
         * الرياض ), ( اليوم ), ( فيتو )) but after ل or a paper's head (لـ (
         * المدينة ), صحيفة ( الرياض )); a name of no other reading is the
         * paper anywhere (فارس السقاف ( الجزيرة )), but for two letters
         * (البيفينول ( إس )) or after من */
        const char *pw = i > first ? norm(c, i - 1) : "";
        int told = i > first && (!strcmp(pw, "ل") || !strcmp(pw, "لـ") || !strcmp(pw, "مصادر") ||
                                 (tok(c, i - 1)->cls == ARV_TC_ARABIC && cwc(c, i - 1) == ARV_CW_ORG_HEAD));
        const arv_match *m = match_at(c, a);
        const arv_lex_entry *e = arv_match_entry(m, ARV_K_ACTOR);
        int other = cwc(c, a) != ARV_CW_NONE || common_word(c, a) || arv_match_entry(m, ARV_K_PLACE) ||
                    (m && (!e || e->type != ARV_T_ORG));
        /* nor an ordinal or an adjective's shape (المادة ( التاسعة ), محمد
         * البريدي ( الشرقية )) */
        const char *aw = norm(c, a);
        size_t an = tok(c, a)->norm_len;
        int adjective = ordinal_word(aw) || (!strcmp(aw + an - 2, "ه") && ordinal_prefix(aw, an - 2)) ||
                        (!strncmp(aw, "ال", 4) && ends_in_iya(c, a));
        if (!told && (other || adjective || tok(c, a)->norm_len < 6 || !strcmp(pw, "من"))) return 0;
    } else if (is_punct(c, i, "-") && i >= first + 1) {
        /* the dateline: a town first in the sentence, a spaced dash; or
         * after a headline that ran into it, before a colon (ليلة السوبر
         * الدوحة - الراية :) */
        const arv_doc *d = c->d;
        const arv_entity *y = d->ents.n ? &d->ents.v[d->ents.n - 1] : NULL;
        if (!y || y->type != ARV_T_LOC || (y->first != first && !is_punct(c, i + 2, ":")) || y->last != i ||
            tok(c, i + 1)->cls != ARV_TC_ARABIC ||
            !(is_punct(c, i + 2, ":") || is_punct(c, i + 2, "-")))
            return 0;
        a = i + 1;
        k = a + 1;
    } else
        return 0;
    const char *code = media_listed(c, a, k);
    if (!code) return 0;
    push(c, a, k, tok(c, a)->start, tok(c, k - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, code, "credit+paper");
    return k - i;
}

/* A paper's or a channel's name alone in quotes: لـ«الشرق الأوسط»,
 * لـ«الرياض», «العربية». Quoted so, a place or a word names the paper or
 * channel the dictionary lists as صحيفة or قناة + those words, and takes its
 * code; not when both are listed apart (الجزيرة: a Saudi paper, a Qatari
 * channel). i is the opening quote; returns the tokens taken, or 0. */
static size_t quoted_paper(ectx *c, size_t i)
{
    if (tok(c, i)->cls != ARV_TC_QUOTE || i + 2 >= c->end) return 0;
    size_t k = i + 1;
    while (k < c->end && k - i <= 4 && tok(c, k)->cls == ARV_TC_ARABIC) k++;
    if (k == i + 1 || k >= c->end || tok(c, k)->cls != ARV_TC_QUOTE) return 0;
    const char *paper = listed_with_head(c, "صحيفه", i + 1, k), *channel = listed_with_head(c, "قناه", i + 1, k);
    if ((paper && channel && strcmp(paper, channel)) || (!paper && !channel)) return 0;
    push(c, i + 1, k, tok(c, i + 1)->start, tok(c, k - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, paper ? paper : channel,
         "quote+paper");
    return k + 1 - i;
}

/* A channel's name after its reporter or its screen: مراسل الجزيرة,
 * مراسلة العربية, عبر فضائية الجزيرة. The name is one the dictionary lists
 * as قناة + those words, and takes its code. i is the name's first token,
 * after the cue; returns the tokens taken, or 0. */
static size_t cued_channel(ectx *c, size_t i, size_t first)
{
    static const char *const cues[] = {"مراسل", "مراسله", "مراسلو", "مراسلي", "فضائيه", "شاشه", NULL};
    if (i == first || tok(c, i)->cls != ARV_TC_ARABIC) return 0;
    const arv_token *t = tok(c, i - 1);
    if (t->cls != ARV_TC_ARABIC || t->norm_len < 8 || t->norm_len > 14) return 0;
    const char *w = norm(c, i - 1);
    /* cheap test first, this runs at every token: the cues start with مر فض
     * شا, after a proclitic maybe */
    int cue = 0;  /* w has 8 bytes at least: memcmp of 4 is safe and inlined */
    for (const char *x = w; x <= w + 2 && !cue; x += 2)
        cue = !memcmp(x, "مر", 4) || !memcmp(x, "فض", 4) || !memcmp(x, "شا", 4);
    if (!cue) return 0;
    const char *const *q = cues;
    while (*q && strcmp(w, *q) && !(proclitic_letter(w) && !strcmp(w + 2, *q))) q++;
    if (!*q) return 0;
    const arv_match *m = match_at(c, i);
    /* a reporter of a place is one in it: مراسل أبوظبي */
    const arv_lex_entry *e = arv_match_entry(m, ARV_K_ACTOR);
    if ((arv_match_entry(m, ARV_K_PLACE) || (e && e->type == ARV_T_LOC)) && q - cues < 4) return 0;
    for (size_t k = i + 1; k <= i + 2 && k <= c->end; k++) {
        if (m && m->last > k) continue;  /* a longer name of the dictionary wins */
        const char *code = listed_with_head(c, "قناه", i, k);
        if (code && (k == c->end || !listed_with_head(c, "قناه", i, k + 1))) {
            push(c, i, k, tok(c, i)->start, tok(c, k - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, code, "cue+channel");
            return k - i;
        }
    }
    return 0;
}

/* A company's, club's or paper's head and a foreign name no dictionary
 * knows: شركة | بروتان انتيرناسيونال, فريق | كايزر تشيفس. The name is one to
 * three words of no dictionary, no common word, no article and no ة; returns
 * its end, or i + 1 when there is none. */
static size_t foreign_org(ectx *c, size_t i, uint32_t *clitic, const char **code)
{
    /* sorted by length in bytes: the heads of n bytes run from first_of[n]
     * to first_of[n + 2] */
    static const char *const heads[] = {"بنك",   "شركه",  "فريق",  "نادي",  "مجله",  "قناه",   "مصرف", "معهد",
                                        "صحيفه", "وكاله", "جريده", "مؤسسه", "منظمه", "مجموعه", NULL};
    static const unsigned char first_of[16] = {[6] = 0, [8] = 1, [10] = 8, [12] = 13, [14] = 14};
    enum { NONE = 14 };  /* the index of the NULL */
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len;
    const arv_match *m = match_at(c, i);
    *clitic = 0;
    *code = "";
    /* cheap tests first, this runs at every token: heads are of 3 to 6
     * letters (and a clitic), and a listed name wins (وكالة فرانس برس) */
    if (n < 6 || n > 14 || tok(c, i)->cls != ARV_TC_ARABIC || (m && m->last > i + 1)) return i + 1;
    const char *const *h = heads;
    for (int pass = 0; pass < 2; pass++) {
        size_t from = n <= 12 && !(n & 1) ? first_of[n] : NONE, to = n <= 12 && !(n & 1) ? first_of[n + 2] : NONE;
        for (h = heads + from; h < heads + to && memcmp(w, *h, n); h++) {}
        if (h == heads + to) h = heads + NONE;
        if (*h || !proclitic_letter(w) || !strncmp(w, "ك", 2) || pass) break;
        w += (*clitic = 2);  /* وشركة, لصحيفة */
        n -= 2;
    }
    /* نادى "called out" folds to نادي "club" */
    if (!*h || (!strcmp(w, "نادي") && !surface_is(c, i, "نادي") && !*clitic)) return i + 1;
    size_t k = i + 1;
    while (k < c->end && k - i <= 3) {
        const arv_token *t = tok(c, k);
        const char *x = norm(c, k);
        if (t->cls == ARV_TC_LATIN) {
            k++;
            continue;
        }
        if (t->cls != ARV_TC_ARABIC || cwc(c, k) != ARV_CW_NONE || match_at(c, k) || t->norm_len < 6 ||
            !strncmp(x, "ال", 4) || !strncmp(x, "و", 2) || !strncmp(x, "ل", 2) || ends_in_ha(c->d->text, t) ||
            (t->norm_len >= 8 && !strcmp(x + t->norm_len - 4, "ات")) ||  /* شركة | سفريات */
            common_word(c, k) || common_inflected(c, k) || ends_in_ta(c->d->text, t) ||
            present_verb(x) || t_verb(x) || (!strncmp(x, "س", 2) && (present_verb(x + 2) || t_verb(x + 2))) ||
            has_tanween(c->d->text + t->start, t->end - t->start) ||
            (proclitic_letter(x) && arv_lexicon_common(c->d->eng->common, 2, x + 2, t->norm_len - 2)))
            break;
        k++;
    }
    /* a team or a group of one such word is more often a team of some kind
     * (فريق | معين, مجموعة | ثمان) */
    if (k == i + 2 && (!strcmp(w, "فريق") || !strcmp(w, "مجموعه")) && tok(c, i + 1)->cls != ARV_TC_LATIN) return i + 1;
    /* and what the body is for, with لل: معهد ماساشوسيتس | للتكنولوجيا, شركة سانيوفرا | للطاقة */
    if (k > i + 1 && k < c->end && tok(c, k)->cls == ARV_TC_ARABIC && !match_at(c, k) && tok(c, k)->norm_len >= 10 &&
        !strncmp(norm(c, k), "لل", 4) && arv_lexicon_common(c->d->eng->common, 2, norm(c, k) + 4, tok(c, k)->norm_len - 4))
        k++;
    size_t kk;
    const char *cc = k > i + 1 ? country_at(c, k, &kk, 0) : NULL;
    if (cc) {  /* صحيفة ميرور | البريطانية */
        *code = with_role(c->d, cc, head_role(w));
        k = kk;
    }
    return k;
}

/* The person named right before token i, when token i is و and a word of
 * three letters or more of no closed class (ميسي | ونيمار); else NULL. */
static const arv_entity *person_and(const ectx *c, size_t i)
{
    const arv_doc *d = c->d;
    const arv_token *t = tok(c, i);
    /* cheap tests first, this runs at every token: و and a word */
    if (!d->ents.n || t->norm_len < 8 || t->cls != ARV_TC_ARABIC || memcmp(norm(c, i), "و", 2)) return NULL;
    const arv_entity *p = &d->ents.v[d->ents.n - 1];
    if (p->type != ARV_T_PER || !p->named || p->sent != c->sent || p->last > i) return NULL;
    /* or a scorer's minutes between (فرناندو توريس ( 20 ) | وديفد فيا) */
    if (p->last < i && !(i - p->last >= 3 && i - p->last <= 6 && is_punct(c, p->last, "(") && is_punct(c, i - 1, ")")))
        return NULL;
    for (size_t k = p->last + 1; k + 1 < i; k++)
        if (tok(c, k)->cls != ARV_TC_NUMBER && !is_norm(c, k, "و") && !is_punct(c, k, ",") && !is_punct(c, k, "،"))
            return NULL;
    if (cwc(c, i) != ARV_CW_NONE) return NULL;
    /* after the minutes, a given name or a long word of no list, no verb (محطة
     * عرفات ( 2 ) | وتفقد رصيف, ( 24 ) | وقلب أحمد سمير) */
    const char *w = norm(c, i) + 2;
    size_t n = t->norm_len - 2;
    if (p->last < i && !given_word(d, w, n) &&
        (n < 10 || !unlisted_word(d, w, n) || t_verb(w) || present_verb(w) || derived_past(w, n)))
        return NULL;
    return p;
}

/* Token i is و + an unknown word right after a person's name: the name of
 * a second person when name words follow it (أحمد البكري | وعادل فتحي,
 * لورانس أوليفيه | وإليك جينيس). Returns the end of that name, or i. */
static size_t coordinated_person(const ectx *c, size_t i)
{
    const arv_doc *d = c->d;
    if (i + 1 >= c->end || !person_and(c, i)) return i;
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    if (!strncmp(w + 2, "ال", 4) || proclitic_letter(w + 2) || present_verb(w + 2) || ends_in_ta(d->text, t) ||
        ends_in_ha(d->text, t))
        return i;
    size_t n = t->norm_len;
    if (!strcmp(w + n - 4, "ات")) return i;  /* a plural: وجماعات */
    if (arv_lexicon_common(d->eng->common, 2, w, n)) return i;  /* a noun in و itself: وقوع | حادث */
    size_t j = name_run_n(c, i + 1, 1);
    if (j < i + 2 || !foreign_run(c, i + 1, j)) return i;
    for (size_t k = i + 1; k < j; k++)  /* nouns and adjectives: وشوهدت صورة, واما إعاقة */
        if (!match_at(c, k) && ends_in_ta(d->text, tok(c, k))) return i;
    /* nor common words only: ومبنى | شركات, ومدراء | عموم */
    int common = !match_at(c, i) && arv_lexicon_common(d->eng->common, 2, w + 2, n - 2);
    for (size_t k = i + 1; k < j && common; k++) common = common_word(c, k);
    return common ? i : j;
}

/* One name after a person and و, before a pause or the next conjunct
 * (كانافارو | وإيمرسون ., عنان | وصبري ،): a given name alone, or a word
 * of no list shaped like a foreign name; its end, or i. */
static size_t coordinated_one(const ectx *c, size_t i, const arv_match *m)
{
    const arv_doc *d = c->d;
    const arv_entity *p = person_and(c, i);
    if (!p) return i;
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    size_t n = t->norm_len;
    if (i + 1 < c->end && tok(c, i + 1)->cls != ARV_TC_PUNCT &&
        !(tok(c, i + 1)->cls == ARV_TC_ARABIC && !strncmp(norm(c, i + 1), "و", 2)))
        return i;
    /* a given name before a word of no list in و is a first name and its
     * family name (جاك | ويلشير, جيسيكا | واتشر) */
    if (m)
        return m->first == i && m->last == i + 1 && conj_only(c, i) && given_only(m) &&
                       !(i + 1 < c->end && tok(c, i + 1)->cls == ARV_TC_ARABIC && !match_at(c, i + 1) &&
                         unlisted_word(d, norm(c, i + 1) + 2, tok(c, i + 1)->norm_len - 2))
                   ? i + 1
                   : i;
    if (n < 12 || proclitic_letter(w + 2) || present_verb(w + 2) || t_verb(w + 2) || derived_past(w + 2, n - 2) ||
        ends_in_ta(d->text, t) || ends_in_ha(d->text, t) || !strcmp(w + n - 4, "ات") || !strcmp(w + n - 4, "ون") ||
        !strcmp(w + n - 4, "ين") || !unlisted_word(d, w + 2, n - 2))
        return i;
    /* after a given name alone, a foreign family name in و (جيفري | وايسنفيل,
     * توماس | وسنيوسكي) */
    const arv_match *pm = p->last - p->first == 1 ? match_at(c, p->first) : NULL;
    if (pm && arv_match_entry(pm, ARV_K_GIVEN)) return i;
    /* or a name just introduced by a nisba or a title (الغاني مبارك | واكاسو) */
    if (p->last - p->first == 1 && p->first > 0 && tok(c, p->first - 1)->sent == c->sent &&
        (cwc(c, p->first - 1) == ARV_CW_TITLE || arv_match_entry(match_at(c, p->first - 1), ARV_K_NISBA)))
        return i;
    /* nor a noun with a pronoun (وغيرهما, وآرائكم) or in the accusative (واحتراما) */
    if (!strcmp(w + n - 6, "هما") || !strcmp(w + n - 4, "كم") ||
        (!strcmp(w + n - 2, "ا") && arv_lexicon_common(d->eng->common, 2, w + 2, n - 4)))
        return i;
    return i + 1;
}

/* Does a person's age follow at token j: ( 25 عاما, ، 24 عاما? */
static int age_at(const ectx *c, size_t j)
{
    if (j + 2 >= c->end || tok(c, j)->cls != ARV_TC_PUNCT || tok(c, j + 1)->cls != ARV_TC_NUMBER ||
        tok(c, j + 2)->cls != ARV_TC_ARABIC || !(is_norm(c, j, "(") || is_norm(c, j, "،") || is_norm(c, j, ",")))
        return 0;
    return is_norm(c, j + 2, "عاما") || is_norm(c, j + 2, "سنه") || is_norm(c, j + 2, "عام");
}

/* A name of no list before its bearer's age (بينتيكي | ( 24 عاما ), نيكولاس
 * لوك | ، 24 عاما): its end, or i. Not a common noun (الانتحاري, طالب,
 * جدتها) nor a verb (وتملك | سيرينا, عندما أمطر | بلاتر). */
static size_t aged_person(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    if (t->cls != ARV_TC_ARABIC || cwc(c, i) != ARV_CW_NONE || !strncmp(norm(c, i), "ال", 4)) return i;
    int aged = 0;  /* cheap test first: this runs at every unknown word */
    for (size_t k = i + 1; k <= i + 3 && !aged; k++) aged = age_at(c, k);
    if (!aged || !name_word(c, i, 1) || verb_after_title(c, i, i)) return i;
    /* nor the end of a name begun before: عبد | العزيز, أبو | ... */
    if (i > 0 && tok(c, i - 1)->sent == c->sent &&
        (is_norm(c, i - 1, "عبد") || is_norm(c, i - 1, "وعبد") || kunya(c, i - 1) || is_norm(c, i - 1, "بن")))
        return i;
    size_t j = name_run(c, i);
    if (j <= i || j > i + 3 || !age_at(c, j)) return i;
    for (size_t k = i; k < j; k++) {
        const char *w = norm(c, k);
        size_t n = tok(c, k)->norm_len;
        if (common_word(c, k) || common_inflected(c, k) || ends_in_ha(c->d->text, tok(c, k))) return i;
        if (!match_at(c, k) && (n < 8 || present_verb(w) || t_verb(w) || derived_past(w, n) ||
                                (k == i && (proclitic_letter(w) || ends_in_ta(c->d->text, tok(c, k))))))
            return i;
    }
    return j;
}

/* Is token k, the last of a name run from token first that no listed name
 * takes in, after a title that follows the head of a body or a place
 * (مركز الملك فهد الثقافي, مستشفى الأمير سلطان العسكري) or, unless
 * heads_only, a common noun in construct (ملعب الملك فهد الدولي, بمطار الملك
 * خالد الدولي), a common adjective of that head rather than a family name?
 * The head's adjective in ية ends every name (name_run); this one in ي only
 * here, where no family name is likely. Without a title (مطار حمد الدولي) a
 * common noun is too weak a cue: ظافر الشهري, سعد العمري. */
static int named_after(const ectx *c, size_t title, size_t first, size_t k, int heads_only)
{
    if (title == 0 || tok(c, title - 1)->cls != ARV_TC_ARABIC) return 0;
    for (size_t p = first; p < k; p++)
        if (match_at(c, p) && match_at(c, p)->last > k) return 0;  /* a listed name: سليمان القانوني */
    arv_closed_class h = cwc(c, title - 1);
    const char *w = norm(c, k), *hw = norm(c, title - 1) + (c->d->cw.v[title - 1].conj ? 2 : 0);
    size_t n = tok(c, k)->norm_len, hn = strlen(hw);
    if (!heads_only && h == ARV_CW_NONE && !match_at(c, title - 1) && strncmp(hw, "ال", 4)) {
        if (hn > 6 && proclitic_letter(hw) && !arv_lexicon_common(c->d->eng->common, 2, hw, hn))
            hw += 2, hn -= 2;  /* بمطار, وملعب */
        if (arv_lexicon_common(c->d->eng->common, 2, hw, hn)) h = ARV_CW_ORG_HEAD;
    }
    return (h == ARV_CW_ORG_HEAD || h == ARV_CW_PLACE_HEAD) && n > 6 && !strncmp(w, "ال", 4) &&
           !strcmp(w + n - 2, "ي") && common_word(c, k) && !ordinal_word(w);
}

/* Is the one-word given name at token i, written with ه where the name has
 * ة (ناديه for نادية), a word and its pronoun: نادي + ه "his club", a
 * closed or a common word before ه? */
static int noun_and_pronoun(const ectx *c, size_t i, const arv_match *m)
{
    const arv_token *t = tok(c, i);
    const unsigned char *e = (const unsigned char *)c->d->text + t->end;
    if (m->last != i + 1 || t->end - t->start < 6 || e[-2] != 0xD9 || e[-1] != 0x87) return 0;  /* ends in ه */
    const char *w = norm(c, i) + m->prefix;
    size_t n = t->norm_len - m->prefix - 2;
    return closed_of("", w, n) != ARV_CW_NONE || arv_lexicon_common(c->d->eng->common, 2, w, n);
}

/* Does the chain a..b after an organization's head name something: a listed
 * name or place, or a word of no dictionary and no common word (اتحاد |
 * الخميسات)? Else it describes a body by common nouns (مركز التحكم, هيئة
 * الطيران المدني, حركة الرياح السطحية). */
static int names_something(const ectx *c, size_t a, size_t b)
{
    const arv_lexicon *const *cl = c->d->eng->common;
    for (size_t k = a; k < b; k++) {
        const arv_token *t = tok(c, k);
        const char *w = norm(c, k);
        const arv_match *m = match_at(c, k);
        if (m) {
            if (arv_match_entry(m, ARV_K_ACTOR) || arv_match_entry(m, ARV_K_PLACE)) return 1;
            continue;
        }
        if (t->cls != ARV_TC_ARABIC || cwc(c, k) != ARV_CW_NONE) continue;
        size_t n = t->norm_len, al = !strncmp(w, "ال", 4) || !strncmp(w, "لل", 4) ? 4 : 0;
        /* an adjective in ي or ية: الدولية, الوطنية */
        if (n > 8 && !strncmp(w, "ال", 4) && (!strcmp(w + n - 2, "ي") || (n > 10 && !strcmp(w + n - 4, "يه")))) continue;
        if (!arv_lexicon_common(cl, 2, w + al, n - al) && !arv_lexicon_common(cl, 2, w, n)) return 1;
    }
    return 0;
}

/* Is w[0..n) a given name with the tag `tag` in given.txt: "noun", one news
 * also writes as a noun (جمال | noun), or "adj", an adjective (عادل | adj)? */
static int tagged_given(const arv_doc *d, const char *w, size_t n, const char *tag)
{
    for (size_t li = 0; li < 2; li++) {
        uint32_t first;
        size_t ne = lexicon_word(d, li, w, n, &first);
        for (size_t e = 0; e < ne; e++) {
            const arv_lex_entry *x = &d->eng->lex[li]->entries[first + e];
            if (x->kind == ARV_K_GIVEN && !strcmp(arv_lex_code_for(d->eng->lex[li], x, d->ymd), tag)) return 1;
        }
    }
    return 0;
}

static int noun_name(const arv_doc *d, const char *w, size_t n) { return tagged_given(d, w, n, "noun"); }

/* Is match m a given name tagged `adj` (عادل, صالح)? Its entry says so: no
 * second walk of the lexicons. */
static int adj_given(const arv_doc *d, const arv_match *m)
{
    const arv_lex_entry *g = arv_match_entry(m, ARV_K_GIVEN);
    return g && !strcmp(arv_lex_code_for(m->lex, g, d->ymd), "adj");
}

/* Does a given name that is also an adjective (`| adj`: عادل, صالح, كامل),
 * matched by m at token i, start no name here? It does only before a word
 * that surely goes on one: the father's given name, a family name in ي, or
 * أبو, آل, بن (صالح العمري, عادل ملطاني, جميل قاسم; not حل عادل | للقضية,
 * بشكل كامل, بقالب جميل). */
static int adjective_name_held(const ectx *c, size_t i, const arv_match *m)
{
    return m->last == i + 1 && adj_given(c->d, m) && !name_goes_on(c, m->last);
}

/* Does token k surely go on a name: a given name (the father's), a family
 * name in ي (not a noun and "my": لياقتي), or أبو, آل, بن before a word? */
static int name_goes_on(const ectx *c, size_t k)
{
    static const char *const links[] = {"ابو", "ابا", "ال", "بن", "ابن", NULL};
    if (k >= c->end || tok(c, k)->cls != ARV_TC_ARABIC) return 0;
    const arv_match *n = match_at(c, k);
    if (n)  /* a given name, not one an adjective too (مطلق | معين) */
        return n->first == k && !n->prefix && arv_match_entry(n, ARV_K_GIVEN) && !(n->last == k + 1 && adj_given(c->d, n));
    if (is_any(c, k, links)) return k + 1 < c->end && tok(c, k + 1)->cls == ARV_TC_ARABIC;
    if (ba_surname(c, k)) return 1;  /* a Hadrami family name: بدر | باسلمة */
    const char *w = norm(c, k);
    const arv_token *t = tok(c, k);
    size_t wl = t->norm_len;
    /* written ي, not ى as verbs end (فارس | أفنى حياته) */
    return wl >= 8 && !strcmp(w + wl - 2, "ي") && !memcmp(c->d->text + t->end - 2, "ي", 2) &&
           (!strncmp(w, "ال", 4) || strcmp(w + wl - 4, "تي")) && !common_word(c, k) && !common_inflected(c, k);
}

/* Is the word w (no clitic) at token t عمر "age" before a word no family
 * name is: عن عمر | ناهز 68 عاما, في عمر | مبكر, عمر | الإنسان, عمر |
 * الرابعة? (عمر المختار, عمر الجمل are names: the name is no noun in
 * general.) */
static int age_word_at(const arv_doc *d, size_t t, const char *w)
{
    static const char *const after[] = {"ناهز",    "يناهز",    "تجاوز", "يتجاوز", "قارب",   "يقارب",   "المتقدم",
                                        "المتقدمه", "متقدم",    "مبكر",  "مبكره",  "الزهور", "السنين", "الانسان",
                                        "المباراه", NULL};
    if (strcmp(w, "عمر") || t + 1 >= d->tk.tok.n || d->tk.tok.v[t + 1].sent != d->tk.tok.v[t].sent ||
        d->tmatch.v[t + 1] >= 0)
        return 0;
    const arv_token *n = &d->tk.tok.v[t + 1];
    const char *a = d->tk.norm.v + n->norm;
    for (const char *const *p = after; *p; p++)
        if (!strcmp(a, *p)) return 1;
    return n->norm_len > 2 && ends_in_ta(d->text, n) && ordinal_prefix(a, n->norm_len - 2);  /* الرابعة */
}

/* Is token i, after `skip` bytes of clitic, such a name in construct with
 * the common word after it: جمال | الطبيعة, بجمال | الطبيعة, أدوار |
 * البطولة, حسن | نية? Not before a family name in ي (جمال الغيطاني, حسن
 * قرشي) nor one of no common word (هند الفايز). Or عمر "age" (age_word_at). */
static int noun_in_construct(const ectx *c, size_t i, size_t skip)
{
    if (i + 1 >= c->end) return 0;
    if (age_word_at(c->d, i, norm(c, i) + skip)) return 1;
    if (!noun_name(c->d, norm(c, i) + skip, tok(c, i)->norm_len - skip)) return 0;
    const char *w = norm(c, i + 1);
    size_t n = tok(c, i + 1)->norm_len;
    return strcmp(w + n - 2, "ي") && common_word(c, i + 1);
}

/* A saying verb, one unknown word and what was said (أن, الذي, a colon, an
 * opening quote): وقال رمضان إن, وأضاف أنغو أن, ويقول لي الذي, وقال ميلنر “.
 * Not after بحسب, حسب, وفقا (a noun follows: بحسب بيان), nor a plural (قال
 * محللون إن), a feminine or a nisba (قال دبلوماسي إن). */
static int said_by_name(const ectx *c, size_t i)
{
    static const char *const not_verbs[] = {"بحسب", "حسب", "وفقا", NULL};
    size_t j = i + 1;
    const char *w = norm(c, j), *v = norm(c, i) + (c->d->cw.v[i].conj ? 2 : 0);
    const arv_token *t = tok(c, j);
    size_t n = t->norm_len;
    for (const char *const *p = not_verbs; *p; p++)
        if (!strcmp(v, *p)) return 0;
    /* a first letter ب ف ك ل only starts a name whose stem is no word (بوين,
     * كوبل), nor one with "your" (بإمكانك) */
    if (match_at(c, j) || t->cls != ARV_TC_ARABIC || cwc(c, j) != ARV_CW_NONE || n < 4 || !strncmp(w, "ال", 4) ||
        (proclitic_letter(w) && (!strncmp(w, "و", 2) || !letter_surname(c, j, 0) || !strcmp(w + n - 2, "ك"))) ||
        ends_in_ta(c->d->text, t) || ends_in_ha(c->d->text, t) || has_tanween(c->d->text + t->start, t->end - t->start))
        return 0;
    if (n > 6 && (!strcmp(w + n - 4, "ون") || !strcmp(w + n - 4, "ين") || !strcmp(w + n - 4, "ات"))) return 0;
    if (n > 6 && !strcmp(w + n - 2, "ي")) return 0;
    if (common_word(c, j)) return 0;  /* وقال | تقرير إن */
    if (accusative_participle(w, n) || common_inflected(c, j)) return 0;  /* وقال | معلقا: */
    if (j + 1 >= c->end) return 0;
    arv_closed_class k = cwc(c, j + 1);
    /* an opening quote after a verb of saying proper: وقال ماركوس «... (not
     * أعلن, whose object a quote often names: أعلن تفكيك «...») */
    static const char *const say[] = {"قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "تابع", "تابعت", NULL};
    const arv_token *q = tok(c, j + 1);
    int quote = 0;
    for (const char *const *p = say; *p && !quote; p++) quote = !strcmp(v, *p);
    quote = quote && q->cls == ARV_TC_QUOTE && strcmp(w + n - 2, "ا") && strcmp(w + n - 2, "و") &&
            strcmp(w + n - 2, "ك") &&  /* وقال معك "...": a pronoun, no name */
            (is_norm(c, j + 1, "«") || is_norm(c, j + 1, "“") || is_norm(c, j + 1, "\""));
    return k == ARV_CW_COMP || (k == ARV_CW_REL && !c->d->cw.v[j + 1].conj) || is_punct(c, j + 1, ":") || quote;
}

/* A given name alone between a saying verb and what was said (وأوضح فارس
 * أنه, قال حمدان: ...) names the speaker; it is then no common word (كريم,
 * سعيد), which the given name rule leaves out when alone. */
static int lone_speaker(const ectx *c, size_t i, size_t first)
{
    const arv_match *m = match_at(c, i);
    /* one word, or a compound with عبد, which is no common word: وقال عبد
     * الفتاح، وهو مهاجر; وأوضح عبد الغفار أن */
    int compound = m->last == i + 2 && is_norm(c, i, "عبد");
    size_t j = m->last;
    if (i == first || (m->last != i + 1 && !compound) || j >= c->end) return 0;
    /* a compound only after the saying verb (not نهرو | عبد الله ان, the
     * father's name) and before no word that may be its family name (صرح
     * عبد العزيز | كبراوي) */
    if (compound && (cwc(c, i - 1) != ARV_CW_REPORT ||
                     (tok(c, j)->cls == ARV_TC_ARABIC && cwc(c, j) == ARV_CW_NONE && !match_at(c, j) && !common_word(c, j))))
        return 0;
    arv_closed_class k = cwc(c, j);
    return (cwc(c, i - 1) == ARV_CW_REPORT || k == ARV_CW_COMP || (k == ARV_CW_REL && !c->d->cw.v[j].conj) ||
            is_punct(c, j, ":")) &&
           given_only(m);
}

/* Is token j, after a saying verb and a given name i (وقال إدوارد |
 * واسرمان، عميد, وأضاف أندرو | ويتي الرئيس), the speaker's family name: an
 * unknown word of four letters or more, in و, ب or ف too, whose stem is no
 * word of a list either, before a pause, أن, الذي or an office? Western
 * family names in W are written in و, which name_run leaves to the next
 * phrase. */
static int speaker_family(const ectx *c, size_t i, size_t j)
{
    if (cwc(c, i - 1) != ARV_CW_REPORT || j + 1 >= c->end || tok(c, j)->cls != ARV_TC_ARABIC || match_at(c, j) ||
        cwc(c, j) != ARV_CW_NONE)
        return 0;
    const char *w = norm(c, j);
    size_t n = tok(c, j)->norm_len, k = 0;
    if (n < 8 || !strncmp(w, "ال", 4) || !strncmp(w, "لل", 4) || ends_in_ta(c->d->text, tok(c, j)) ||
        ends_in_ha(c->d->text, tok(c, j)) || present_verb(w) || t_verb(w) || derived_past(w, n) ||
        !unlisted_word(c->d, w, n))
        return 0;  /* nor ل and the article: وقال كيم | للمحققين */
    if (!strncmp(w, "و", 2) || !strncmp(w, "ب", 2) || !strncmp(w, "ف", 2)) k = 2;
    if (k && (!unlisted_word(c->d, w + k, n - k) || closed_of("", w + k, n - k) != ARV_CW_NONE)) return 0;
    arv_closed_class nk = cwc(c, j + 1);
    return tok(c, j + 1)->cls == ARV_TC_PUNCT || nk == ARV_CW_COMP || (nk == ARV_CW_REL && !c->d->cw.v[j + 1].conj) ||
           nk == ARV_CW_TITLE || arv_match_entry(match_at(c, j + 1), ARV_K_AGENT);
}

/* Is the normalized word of token k, without a leading و, w? */
static int bare_is(const ectx *c, size_t k, const char *w)
{
    const char *x = norm(c, k);
    return !strcmp(x, w) || (!strncmp(x, "و", 2) && !strcmp(x + 2, w));
}

/* The end of a name of no list at token i after a naming word (اسمه,
 * يسمى, يدعى) that follows a person, a few words back: رجل يسمى |
 * بجماليون, جندي فرنسي اسمه | نيقولا شوفان (but ما يسمى "so-called",
 * ذكر اسمه "his name"). Or i when there is none. */
static size_t named_unknown(const ectx *c, size_t i, size_t first)
{
    static const char *const naming[] = {"اسمه", "اسمها", "يدعي", "تدعي", "يسمي", "تسمي", NULL};
    static const char *const persons[] = {"رجل", "رجلا", "امراه", "شاب", "شابا", "شابه", "طفل", "طفله", "فتاه",
                                          "فتي", "شخص", "صبي", "مواطن", "مواطنه", "كاهن", "جندي", "تاجر",
                                          "مستوطن", "طالب", "طالبه", "سيده", "ولد", "بنت", "طفلا", NULL};
    const char *w = norm(c, i);
    size_t n = tok(c, i)->norm_len, pn = tok(c, i - 1)->norm_len;
    if ((pn != 8 && pn != 10) || !is_any(c, i - 1, naming) || tok(c, i)->cls != ARV_TC_ARABIC || cwc(c, i) != ARV_CW_NONE ||
        !name_word(c, i, 1) || !unlisted_word(c->d, w, n) || common_inflected(c, i) || t_verb(w) ||
        derived_past(w, n) || !strcmp(w + n - 2, "ا") || !strcmp(w + n - 2, "ت"))
        return i;
    int person = 0;
    for (size_t k = i - 1; k-- > first && k + 4 > i && !person && tok(c, k)->cls == ARV_TC_ARABIC;) {
        const arv_match *m = match_at(c, k);
        const arv_lex_entry *a = m ? arv_match_entry(m, ARV_K_AGENT) : NULL;
        person = is_any(c, k, persons) || (a && a->type == ARV_T_PER && m->last == k + 1);
    }
    if (!person) return i;
    size_t j = name_run(c, i);
    return lone_common(c, i, j) ? i : j;
}

/* Is the word before token i a kin or a naming word with its pronoun (ابنه
 * | أسامة, زوجته | فوزية, اسمه | جوناثان)? A given name alone after it
 * is the person, though it is also a common word (ابنه | رشيد). */
static int kin_before(const ectx *c, size_t i, size_t first)
{
    static const char *const kin[] = {
        "ابنه",   "ابنها",  "ابنته",  "ابنتها", "بنته",   "زوجته",  "زوجها",  "اخيه",   "اخوه",   "اخاه",
        "اخته",   "اختها",  "شقيقه",  "شقيقها", "شقيقته", "والده",  "والدها", "والدته", "والدتها", "امه",
        "امها",   "ابوه",   "ابيه",   "اباه",   "ابوها",  "حفيده",  "حفيدته", "نجله",   "نجلها",  "عمه",
        "خاله",   "جده",    "جدته",   "زميله",  "زميلها", "صديقه",  "صديقها", "صديقته", "اسمه",   "اسمها",
        "اسماه",  "اسمته",  "سماه",   "سمته",   "يدعي",   "تدعي",   "يسمي",   "تسمي",   "سيدنا",  NULL};
    if (i == first || tok(c, i - 1)->cls != ARV_TC_ARABIC) return 0;
    for (const char *const *k = kin; *k; k++)
        if (bare_is(c, i - 1, *k)) return 1;  /* also وابنه */
    return 0;
}

/* Is token j, a town or a country alone, the name of the person whose
 * title i is one of those only persons bear (الدكتور | السويد, الملكة |
 * صوفيا)? Not after السيدة, which news also gives a country (السيدة
 * أمريكا). */
static int place_named_person(const ectx *c, size_t i, size_t j)
{
    static const char *const titles[] = {"الدكتور", "الدكتوره", "الملكه", "الاميره", NULL};
    const arv_match *m = match_at(c, j);
    if (!m || m->prefix || m->last != j + 1 || !is_any(c, i, titles)) return 0;
    const arv_lex_entry *a = arv_match_entry(m, ARV_K_ACTOR);
    return arv_match_entry(m, ARV_K_PLACE) || (a && a->type == ARV_T_LOC);
}

/* A definite organization head, its adjectives and a complement with لل,
 * which makes a name of them: البنك الآسيوي للتنمية, الاتحاد الدولي للشرطة,
 * المعهد الاتحادي السويسري للتقانة (the head and one adjective alone are a
 * common noun: المنظمة الدولية). Returns the end, or i. */
static size_t org_complement_chain(const ectx *c, size_t i)
{
    const arv_token *t = tok(c, i);
    const char *w = norm(c, i);
    arv_closed cl;
    /* cheap tests first: this runs at every token */
    if (t->cls != ARV_TC_ARABIC || t->norm_len < 8 || i + 2 >= c->end || strncmp(w, "ال", 4)) return i;
    const char *a = norm(c, i + 1);
    size_t an = tok(c, i + 1)->norm_len;
    if (an < 10 || strncmp(a, "ال", 4) ||
        (strcmp(a + an - 2, "ي") && strcmp(a + an - 4, "يه")))  /* an adjective: الآسيوي, العالمية */
        return i;
    if (arv_closed_word(w + 4, t->norm_len - 4, &cl) != ARV_CW_ORG_HEAD) return i;
    size_t k = i + 1;
    while (k < c->end && k - i <= 3) {  /* adjectives: الآسيوي, العالمية */
        const arv_token *a = tok(c, k);
        const char *aw = norm(c, k);
        const arv_match *m = match_at(c, k);
        size_t n = a->norm_len;
        if (a->cls != ARV_TC_ARABIC || cwc(c, k) != ARV_CW_NONE || n < 10 || strncmp(aw, "ال", 4)) break;
        if (m && (m->prefix || m->last != k + 1 || !arv_match_entry(m, ARV_K_NISBA))) break;
        if (strcmp(aw + n - 2, "ي") && !(ends_in_ta(c->d->text, a) && !strcmp(aw + n - 4, "يه"))) break;
        k++;
    }
    if (k == i + 1 || k >= c->end) return i;
    const char *cw = norm(c, k);  /* the complement: للتنمية */
    if (tok(c, k)->cls != ARV_TC_ARABIC || cwc(c, k) != ARV_CW_NONE || tok(c, k)->norm_len < 10 || strncmp(cw, "لل", 4))
        return i;
    /* a person's title is no complement: القوات الموالية | للرئيس */
    if (arv_closed_word(cw + 4, tok(c, k)->norm_len - 4, &cl) == ARV_CW_TITLE) return i;
    k++;
    while (k < c->end && k - i <= 6 && chain_word(c, k) && !match_at(c, k)) k++;  /* للملكية الفكرية */
    return k;
}

/* Are tokens [i, j) a short name of one to three words that a rule with a
 * strong cue may take: given names or unknown words, no article, no
 * proclitic letter, no ة, no pronoun, no plural (عن مصادر, عن وزير)? Not
 * strict (after عن and before قوله, where no preposition can stand): a word
 * may start with ب ف ل و (عن بالاك قوله) or end like a plural. */
static int cued_name(const ectx *c, size_t i, size_t j, int strict)
{
    for (size_t k = i; k < j; k++) {
        const arv_token *t = tok(c, k);
        const arv_match *m = match_at(c, k);
        const char *w = norm(c, k);
        size_t n = t->norm_len;
        if (t->cls != ARV_TC_ARABIC || cwc(c, k) != ARV_CW_NONE || n < 4 || !strncmp(w, "ال", 4)) return 0;
        if (m ? (m->first != k || m->prefix || !given_only(m))
              : ((strict && proclitic_letter(w)) || ends_in_ta(c->d->text, t) ||
                 ends_in_ha(c->d->text, t) ||
                 (strict && n > 6 && (!strcmp(w + n - 4, "ون") || !strcmp(w + n - 4, "ين") || !strcmp(w + n - 4, "ات")))))
            return 0;
    }
    return 1;
}

/* عن + a name + قوله: the one quoted (نقلت الإذاعة عن كينيون قوله, عن صلاد
 * حسن قوله). Returns the end of the name, or i. */
static size_t quoted_speaker(const ectx *c, size_t i)
{
    if (tok(c, i)->norm_len != 4 || !is_norm(c, i, "عن")) return i;
    for (size_t j = i + 2; j < c->end && j <= i + 3; j++)
        if (is_norm(c, j, "قوله") || is_norm(c, j, "قولها"))
            return cued_name(c, i + 1, j, 0) ? j : i;  /* قوله: one man, whatever his name looks like */
    return i;
}

/* A kin word with its pronoun, an opening quote or bracket, a name of one
 * to three words and the closing one: زوجته « ميلفا », أسمياها ( ليسيرل
 * ), أمه " ني بولين كوخ ". Returns the end of the name, or i. */
static size_t kin_quoted(const ectx *c, size_t i, size_t first)
{
    /* kin proper: after a naming word (اسمه, يدعى) a quote names anything, a film, a drug, a song */
    static const char *const naming[] = {"اسمه", "اسمها", "اسماه", "اسمته", "سماه", "سمته", "يدعي", "تدعي", "يسمي",
                                         "تسمي", "سيدنا", NULL};
    if (i + 2 >= c->end || (tok(c, i)->cls != ARV_TC_QUOTE && !is_punct(c, i, "(")) || !kin_before(c, i, first) ||
        match_at(c, i - 1))  /* جدة " ... ": Jeddah, no جده "his grandfather" */
        return i;
    for (const char *const *k = naming; *k; k++)
        if (bare_is(c, i - 1, *k)) return i;
    const char *w = norm(c, i + 1);
    if (common_word(c, i + 1) || present_verb(w) || derived_past(w, tok(c, i + 1)->norm_len))
        return i;  /* ابنها « استشهد »: a verb quoted */
    for (size_t j = i + 2; j < c->end && j <= i + 4; j++)
        if (tok(c, j)->cls == ARV_TC_QUOTE || is_punct(c, j, ")")) return cued_name(c, i + 1, j, 1) ? j : i;
    return i;
}

/* A listed family name of one word with the article is also a noun (الأسد
 * "the lion", الشرع "the law", السراج "the lamp"); followed by a definite
 * adjective of nisba shape, and not after an idafa head, it is that noun:
 * ( الأسد الأفريقي ), في الشرع الإسلامي; not a person. */
static int common_surname(const ectx *c, size_t i, const arv_match *m)
{
    size_t j = i + 1;
    if (m->last != j || j >= c->end || strncmp(norm(c, i) + m->prefix, "ال", 4)) return 0;
    /* after an idafa head the adjective is the head's: نظام الأسد الطائفي */
    if (i > 0 && tok(c, i - 1)->cls == ARV_TC_ARABIC && cwc(c, i - 1) == ARV_CW_NONE &&
        strncmp(norm(c, i - 1), "ال", 4))
        return 0;
    const arv_token *t = tok(c, j);
    const char *w = norm(c, j);
    size_t n = t->norm_len;
    const arv_match *a = match_at(c, j);
    if (t->cls != ARV_TC_ARABIC || cwc(c, j) != ARV_CW_NONE || n < 10 || strncmp(w, "ال", 4)) return 0;
    if (a && (a->prefix || a->last != j + 1 || !arv_match_entry(a, ARV_K_NISBA))) return 0;
    return !strcmp(w + n - 2, "ي") || ends_in_iya(c, j);
}

/* القاعدة with a feminine adjective is a base or a rule (القاعدة الجوية,
 * القاعدة الأمريكية, القاعدة السياسية), not the group, which news names
 * with في (القاعدة في جزيرة العرب) or after تنظيم; so is القاعدة alone
 * after the article named a base (قاعدة العند ... السيطرة على القاعدة), but
 * not the group by its full name (تنظيم القاعدة). */
static int air_base(const ectx *c, size_t i, const arv_match *m)
{
    size_t j = i + 1;
    if (m->last != j || strcmp(norm(c, i) + m->prefix, "القاعده")) return 0;
    static const char base[] = "قاعدة ";
    int based = 0, group = 0;
    for (size_t k = 0; k < c->d->ents.n; k++) {
        const arv_entity *x = &c->d->ents.v[k];
        if (x->type == ARV_T_LOC && x->span.end - x->span.start > sizeof base - 1 &&
            !memcmp(c->d->text + x->span.start, base, sizeof base - 1))
            based = 1;
        else if (!strcmp(x->code, "IMGMUSALQ") && x->last - x->first > 1)
            group = 1;
    }
    if (based && !group) return 1;
    if (j >= c->end) return 0;
    const arv_token *t = tok(c, j);
    const char *w = norm(c, j);
    size_t n = t->norm_len;
    return t->cls == ARV_TC_ARABIC && cwc(c, j) == ARV_CW_NONE && n >= 10 && !strncmp(w, "ال", 4) && ends_in_iya(c, j);
}

/* The family's name after a family noun: أسرة دوابشة is no name (ة), but
 * عائلة برلسكوني, أسرة مينغ, عشيرة دينغ, عائلة الحريري are: one unknown
 * word or given name, not an adjective (أسرة كبيرة، عائلة سعودية), a verb,
 * a word after و, nor a definite word but a family name in ي. A given
 * name is left to the rules of names (عائلة صالح: the person named
 * elsewhere). Returns the end of the name, or j. */
static size_t family_name(const ectx *c, size_t j)
{
    if (j >= c->end || tok(c, j)->cls != ARV_TC_ARABIC || cwc(c, j) != ARV_CW_NONE || tok(c, j)->norm_len < 6)
        return j;
    const arv_match *m = match_at(c, j);
    const char *w = norm(c, j);
    size_t n = tok(c, j)->norm_len;
    if (m || (!name_word(c, j, 1) && strncmp(w, "ال", 4))) return j;
    if (!strncmp(w, "ال", 4) && (n < 12 || strcmp(w + n - 2, "ي"))) return j;
    if (ends_in_ta(c->d->text, tok(c, j)) || ends_in_ha(c->d->text, tok(c, j)) || t_verb(w) ||
        has_tanween(c->d->text + tok(c, j)->start, tok(c, j)->end - tok(c, j)->start) ||
        (!strncmp(w, "ا", 2) && strncmp(w, "ال", 4) && n == 8))  /* أكبر، أحد: an elative, no name */
        return j;
    /* unknown words of common shapes: شهيد, مريض (فعيل), سواء, and verbs in
     * ت (عائلة انتقلت، سكنت); a kunya starts its own name (عشيرة أبو النوار) */
    if ((n == 8 && !strncmp(w + 4, "ي", 2)) || !strcmp(w + n - 4, "اء") || !strcmp(w + n - 2, "ت") ||
        accusative_participle(w, n))  /* رب كل أسرة | متيقظا */
        return j;
    if (kunya(c, j)) return j;
    return j + 1;
}

/* The spokesman's name after the body he speaks for: المتحدث باسم
 * الخارجية التركية | ناميك تان, الناطق باسم الفيفا | إندرياس هيرين. When
 * the last entity is that body and ends at i, the end of the name from i
 * (two name words at least), else i. */
static size_t spokesman_name(const ectx *c, size_t i)
{
    const arv_doc *d = c->d;
    if (!d->ents.n || i >= c->end) return i;
    const arv_entity *o = &d->ents.v[d->ents.n - 1];
    if (o->type != ARV_T_ORG || !o->named || o->last != i || o->sent != c->sent || o->first < 2) return i;
    size_t b = o->first - 1;
    /* باسم (a word of its own in news) after المتحدث or الناطق */
    if (!is_norm(c, b, "باسم") || cwc(c, b - 1) != ARV_CW_SPOKES) return i;
    if (!name_word(c, i, 1)) return i;
    size_t j = name_run(c, i);
    return j >= i + 2 ? j : i;
}

/* مالي is "financial" (دعم مالي) unless a preposition, a direction or a
 * word of states is before it: في مالي, شمال مالي, حكومة مالي (Mali). */
static int mali_at(const ectx *c, size_t i, size_t first)
{
    static const char *const cues[] = {"في", "من", "الي", "عن", "شمال", "جنوب", "شرق", "غرب", "وسط", "حكومه",
                                       "دوله", "جمهوريه", "شعب", "رئيس", "عاصمه", NULL};
    return i > first && tok(c, i)->norm_len == 8 && surface_is(c, i, "مالي") && is_any(c, i - 1, cues);
}

/* Is token i سنة "Sunnis" rather than "year": before or after أو شيعة
 * (كونهم سنة أو شيعة), or after a plural of persons (قادة سنة, علماء
 * السنة)? */
static int sunni_at(const ectx *c, size_t i, size_t first)
{
    static const char *const persons[] = {"قاده", "علماء", "مسلمين", "مسلمون", "عرب", "مسلحين", "نواب", "ائمه",
                                          "شيوخ", "مقاتلين", "زعماء", "سياسيين", "مواطنين", "سكان", "العرب",
                                          "المسلمين", "المسلمون", NULL};
    size_t n = tok(c, i)->norm_len;  /* cheap test first: it runs at every token */
    if ((n != 6 && n != 8 && n != 10) || memcmp(norm(c, i) + n - 6, "سنه", 6) || match_at(c, i) ||
        (!bare_is(c, i, "سنه") && !bare_is(c, i, "السنه")))
        return 0;  /* السنة والشيعة is listed */
    int def = bare_is(c, i, "السنه");
    const char *shia = def ? "الشيعه" : "شيعه";
    /* سنة أو شيعة, سنة أم شيعة (with و the pair is listed: سنة وشيعة) */
    if (i + 2 < c->end && (is_norm(c, i + 1, "او") || is_norm(c, i + 1, "ام")) && bare_is(c, i + 2, shia)) return 1;
    if (i >= first + 2 && (is_norm(c, i - 1, "او") || is_norm(c, i - 1, "ام")) && bare_is(c, i - 2, shia)) return 1;
    if (i == first || (i + 1 < c->end && tok(c, i + 1)->cls == ARV_TC_NUMBER)) return 0;
    const char *p = norm(c, i - 1);
    if (!strncmp(p, "و", 2) && !is_any(c, i - 1, persons)) p += 2;
    for (const char *const *w = persons; *w; w++)
        if (!strcmp(p, *w) && (strncmp(*w, "ال", 4) == 0) == def) return 1;
    return 0;
}

/* Is token i a definite word after a demonstrative (هذه القاعدة, هذا
 * النصر, تلك البقاع), of no list, listed alone as a body or a person, or as
 * a place that is also a common word? It is then the common noun the
 * demonstrative points at. ذلك is left out: بما في ذلك | لندن names. */
static int after_demonstrative(const ectx *c, size_t i, size_t first)
{
    static const char *const dem[] = {"هذه", "هذا", "تلك", "هاتين", "هذين", "هؤلاء", NULL};
    /* cheap tests first, this runs at every token: a word of three to five
     * letters before, a definite word here */
    if (i == first || tok(c, i - 1)->norm_len < 6 || tok(c, i - 1)->norm_len > 12 || tok(c, i)->cls != ARV_TC_ARABIC ||
        memcmp(norm(c, i), "ال", 4))
        return 0;
    const char *p = norm(c, i - 1);
    if (proclitic_letter(p) && tok(c, i - 1)->norm_len > 6) p += 2;
    if (memcmp(p, "ه", 2) && memcmp(p, "ت", 2)) return 0;
    const arv_match *m = match_at(c, i);
    if (m && (m->first != i || m->last != i + 1 || m->prefix)) return 0;
    const char *const *k = dem;
    while (*k && strcmp(p, *k)) k++;
    if (!*k) return 0;
    if (!m) return cwc(c, i) == ARV_CW_NONE;  /* هذا النصر in a report of sport too; not هذا | الملياردير الروسي X */
    const arv_lex_entry *e = arv_match_entry(m, ARV_K_ACTOR);
    if (e && (e->type == ARV_T_ORG || e->type == ARV_T_PER)) return 1;
    return (arv_match_entry(m, ARV_K_PLACE) || (e && e->type == ARV_T_LOC)) &&
           arv_lexicon_common(c->d->eng->common, 2, norm(c, i), tok(c, i)->norm_len);
}

static void sentence(ectx *c, size_t first)
{
    arv_doc *d = c->d;
    for (size_t i = first; i < c->end;) {
        size_t n = try_date(c, i);
        if (n) {
            i += n;
            continue;
        }
        if (sunni_at(c, i, first)) {
            uint32_t st = tok(c, i)->start + (strncmp(norm(c, i), "و", 2) ? 0 : 2);  /* after و */
            push(c, i, i + 1, st, tok(c, i)->end, ARV_T_ORG, ARV_M_PEOPLE, 0, "SUN", "group");
            i++;
            continue;
        }
        if (i > first && tok(c, i - 1)->norm_len >= 6 && tok(c, i - 1)->norm_len <= 12 &&
            tok(c, i)->norm_len > 4 && !memcmp(norm(c, i), "ال", 4) && after_demonstrative(c, i, first)) {
            i++;  /* هذه القاعدة "this rule", هذا النصر "this victory" */
            continue;
        }
        size_t q;
        uint32_t clitic;
        const char *oc;
        if ((q = foreign_org(c, i, &clitic, &oc)) > i + 1) {
            push(c, i, q, tok(c, i)->start + clitic, tok(c, q - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, oc, "head+name");
            i = q;
            continue;
        }
        if ((n = quoted_org(c, i)) || (n = quoted_paper(c, i)) ||
            (tok(c, i)->cls == ARV_TC_PUNCT && (n = credited_paper(c, i, first))) ||
            (n = cued_channel(c, i, first)) ||
            (n = told_paper(c, i, first))) {
            i += n;
            continue;
        }
        if ((q = spokesman_name(c, i)) > i) {
            person(c, i, q, d->ents.v[d->ents.n - 1].code, "spokesman+name");
            i = q;
            continue;
        }
        if ((q = quoted_speaker(c, i)) > i) {  /* عن كينيون قوله */
            person(c, i + 1, q, "", "quoted+name");
            i = q;
            continue;
        }
        if ((q = kin_quoted(c, i, first)) > i) {  /* زوجته « ميلفا » */
            person(c, i + 1, q, "", "kin+name");
            i = q;
            continue;
        }
        if (mali_at(c, i, first)) {
            push(c, i, i + 1, tok(c, i)->start, tok(c, i)->end, ARV_T_LOC, ARV_M_NAME, 1, "MLI", "cued-country");
            i++;
            continue;
        }
        const arv_match *m = match_at(c, i);
        const arv_lex_entry *e;
        size_t j;
        if (m && m->last == i + 1 && ((m->prefix && misread_name(c, i, m)) || place_with_pronoun(c, i, m))) {
            i = m->last;  /* وفيات "deaths", not و + فيات; للحج "for the Hajj", not ل + لحج */
            continue;
        }
        if (!(m && m->last > i + 1) && (j = org_complement_chain(c, i)) > i) {
            /* البنك الآسيوي للتنمية, الاتحاد الدولي للشرطة */
            push(c, i, j, tok(c, i)->start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, "", "org-complement");
            i = j;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_ACTOR)) && e->type == ARV_T_LOC && !m->prefix && i > first &&
            arv_match_entry(m, ARV_K_NISBA) && !strncmp(norm(c, i), "ال", 4) && adjective_slot(c, i, first)) {
            /* a country spelled like its nisba, after a definite word, is an
             * adjective: الديون السيادية | السعودية, المحادثات الإسرائيلية |
             * السعودية, صحيفة " الشرق الاوسط " | السعودية */
            i = m->last;
            continue;
        }
        if (m && m->last == i + 1 && !m->prefix && place_read_as_word(c, i, first)) {
            i = m->last;  /* صلاة | المغرب "the sunset prayer", مسقط | رأس "birthplace" */
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_PLACE)) && m->last == i + 1 && !m->prefix && i > first &&
            cwc(c, i - 1) == ARV_CW_TITLE && !strncmp(norm(c, i), "ال", 4)) {
            /* after a title a word with the article is an epithet: الصحابي | الجليل */
            i = m->last;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_ACTOR)) &&
            ((e->type == ARV_T_PER && common_surname(c, i, m)) || (e->type == ARV_T_ORG && air_base(c, i, m)))) {
            i = m->last;  /* الأسد الأفريقي, الشرع الإسلامي, القاعدة الجوية: a noun and its adjective */
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_ACTOR)) && e->type == ARV_T_PER && ala_before_name(c, i, m, first)) {
            /* the preposition, and the family name after it the person (رده
             * على | السيستاني) unless it is a given name or a word (على أمين,
             * على الرضا) */
            if (listed_person_word(d, norm(c, i + 1), tok(c, i + 1)->norm_len))
                person(c, i + 1, m->last, code_of(c, m, e), "lexicon");
            i = m->last;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_ACTOR)) && e->type == ARV_T_LOC && (j = country_club(c, i, m, e)) > i) {
            const char *code = listed_as_word(c, "نادي", norm(c, i) + m->prefix, tok(c, i)->norm_len - m->prefix, i + 1, j,
                                              ARV_T_ORG);  /* نادي قطر القطري */
            push(c, i, j, m->start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, code ? code : "", "club");
            i = j;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_ACTOR))) {
            const char *code = code_of(c, m, e);
            j = m->last;
            if (e->type == ARV_T_PER) {
                /* a listed name and more of it: فيصل بن خالد | بن عبدالعزيز,
                 * عبدالعزيز بن عبدالله | آل الشيخ (a family, whatever its word) */
                if (j + 1 < c->end && is_norm(c, j, "ال") && tok(c, j + 1)->cls == ARV_TC_ARABIC)
                    j += 2;
                else if (j + 1 < c->end && !match_at(c, j) &&
                         (is_norm(c, j, "بن") || is_norm(c, j, "ابن") || is_norm(c, j, "بنت"))) {
                    size_t nj = name_run_n(c, j, 2);
                    if (nj > j + 2 && common_word(c, nj - 1)) nj--;  /* بن عبدالعزيز | الوفد */
                    /* a one-word listing is the given name of another man
                     * here: مبارك | بن بنيه الخرينج, not Mubarak */
                    if (nj > j + 1 && j == i + 1) code = "";
                    if (nj > j + 1) j = nj;
                } else if ((j == i + 1 || given_words(c, i, j)) && !m->prefix && j < c->end &&
                           family_after_listed(c, j)) {
                    /* a one-word listed name, or one of given names only,
                     * and a family name: another person, whose given names
                     * they are (مبارك | العصيمي, not Mubarak; علي صالح |
                     * الغامدي, not Yemen's Saleh) */
                    person(c, i, j + 1, "", "given+name");
                    i = j + 1;
                    continue;
                }
                person(c, i, j, code, "lexicon");
            } else if (e->type == ARV_T_LOC && j > i + 1 && place_prefix(c, i, m->prefix) &&
                       strcmp(norm(c, i) + m->prefix, "جنوب")) {
                /* a region named by a direction: شمال | أفريقيا; جنوب also starts
                 * countries (جنوب السودان, جنوب إفريقيا) and stays */
                push(c, i + 1, j, tok(c, i + 1)->start, tok(c, j - 1)->end, ARV_T_LOC, ARV_M_NAME, 1, code, "lexicon");
            } else {
                /* an organization takes a nisba after it: قوات الوفاق الحكومية stays, الجيش الليبي gets LBY */
                size_t k;
                const char *cc;
                if (e->type == ARV_T_ORG && (cc = country_at(c, j, &k, 0))) {
                    if (arv_code_is_role(code)) code = concat(d, cc, code);
                    j = k;
                }
                /* "the West", "the Arab world" are actors but no named places */
                int named = !(e->type == ARV_T_LOC && (!strcmp(code, "WST") || !strcmp(code, "ARB")));
                push(c, i, j, m->start, tok(c, j - 1)->end, (arv_etype)e->type, named ? ARV_M_NAME : ARV_M_AGENT, named,
                     code, "lexicon");
            }
            i = j;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_PLACE)) && m->last == i + 1 && m->last < c->end &&
            (!strcmp(norm(c, i) + m->prefix, "النيل") || !strcmp(norm(c, i), "للنيل")) && is_norm(c, i + 1, "من")) {
            i = m->last;  /* (لل)النيل من "(for) harming", a verbal noun, not the Nile */
            continue;
        }
        const char *club_code;
        if (tok(c, i)->norm_len >= 12 && tok(c, i)->norm_len <= 16 && (j = club_epithet(c, i, first, &club_code)) > i) {
            /* و, ل or ب before it is no part of it */
            uint32_t start = tok(c, i)->start;
            const char *w = norm(c, i);
            if (!strncmp(w, "و", 2)) start = after_letter(d->text, start, tok(c, i)->end), w += 2;
            if (!strncmp(w, "لل", 4) || !strncmp(w, "بال", 6)) start = after_letter(d->text, start, tok(c, i)->end);
            push(c, i, j, start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, club_code, "club+epithet");
            i = j;
            continue;
        }
        if (tok(c, i)->norm_len >= 10 && (j = listed_club_nisba(c, i, first, &club_code)) > i) {
            push(c, i, j, tok(c, i)->start + (!strncmp(norm(c, i), "و", 2) ? 2 : 0), tok(c, j - 1)->end, ARV_T_ORG,
                 ARV_M_NAME, 1, club_code, "club");
            i = j;
            continue;
        }
        if (!m && (tok(c, i)->norm_len == 8 || tok(c, i)->norm_len == 10) && (j = team_of_club(c, i, &club_code)) > i) {
            uint32_t start = tok(c, i)->start + (tok(c, i)->norm_len == 10 ? 2 : 0);  /* و|فريق, ل|فريق */
            push(c, i, j, start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, club_code, "club");
            i = j;
            continue;
        }
        if (!m && (j = foreign_club(c, i, first)) > i) {
            /* و before it in a list is no part of it: وفنربغشة */
            uint32_t start = tok(c, i)->start + (i > 0 && masculine_nisba(c, i - 1) ? 2 : 0);
            push(c, i, j, start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, "", "club");
            i = j;
            continue;
        }
        size_t f, nc = 0;
        if (!m && (j = bare_club(c, i, first, &f, &nc)) > i) {
            /* the clitics before it are no part of it: و|الأهلي, ل|لأهلي */
            uint32_t start = tok(c, f)->start;
            if (f < i) start += d->cw.v[f].conj || proclitic_letter(norm(c, f)) ? 2 : 0;
            else
                while (nc--) start = after_letter(d->text, start, tok(c, i)->end);
            push(c, f, j, start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, "", "club");
            i = j;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_PLACE)) && (j = club_at(c, i, first, m)) > i) {
            /* a town's club: برشلونة الإسباني, لاعبو برشلونة, نادي ليون */
            size_t f = i > first && club_word(c, i - 1, 1) ? i - 1 : i;
            uint32_t start = f < i ? tok(c, f)->start + (d->cw.v[f].conj || proclitic_letter(norm(c, f)) ? 2 : 0)
                                   : m->start;
            push(c, f, j, start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, "", "club");
            i = j;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_PLACE))) {
            size_t f = m->last > i + 1 && place_prefix(c, i, m->prefix) ? i + 1 : i;  /* مدينة | مشهد, جنوب | لبنان */
            push(c, f, m->last, f > i ? tok(c, f)->start : m->start, m->end, ARV_T_LOC, ARV_M_NAME, 1, code_of(c, m, e),
                 "lexicon")->place = 1;
            i = m->last;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_PEOPLE))) {
            /* a sect, an ethnic group, a tribe: an actor, but no name (GUIDELINES) */
            push(c, i, m->last, m->start, m->end, ARV_T_ORG, ARV_M_PEOPLE, 0, code_of(c, m, e), "group");
            i = m->last;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_AGENT))) {
            const char *role = code_of(c, m, e);
            size_t k;
            const char *cc = country_at(c, m->last, &k, e->type == ARV_T_ORG);
            if (!cc && e->type == ARV_T_ORG && m->last + 1 < c->end && idafa_word(c, m->last))
                cc = country_at(c, m->last + 1, &k, 1);  /* وزارة خارجية مملكة البحرين */
            if (strlen(role) > 3) cc = NULL;  /* a full code already: الأمين العام للأمم المتحدة */
            /* جامعة زيورخ: a university named after its town (of a country) */
            const arv_match *pm = !cc && !strcmp(role, "EDU") && m->last == i + 1 ? match_at(c, i + 1) : NULL;
            const arv_lex_entry *pe = pm && !pm->prefix ? arv_match_entry(pm, ARV_K_PLACE) : NULL;
            const char *tc = pe && !strcmp(norm(c, i) + m->prefix, "جامعه") ? code_of(c, pm, pe) : NULL;
            if (tc && *tc) {
                cc = tc;
                k = pm->last;
            } else {
                pe = NULL;
            }
            /* a country named after a role noun in construct is a place of its
             * own that gives the role its country (سفير سوريا, رئيس وزراء
             * بريطانيا, أطفال لبنان), where the name is no nisba in the
             * accusative after an indefinite accusative (جنديا بريطانيا "a
             * British soldier") and the role no body that takes the country
             * into its name (حكومة اليمن) */
            size_t cn = construct_country(c, m, e->type == ARV_T_PER || !strcmp(role, "CVL")), cs = m->last;
            if (cn > m->last && strlen(role) <= 3) {
                cc = code_of(c, match_at(c, m->last), arv_match_entry(match_at(c, m->last), ARV_K_ACTOR));
                k = cn;
            } else if (cc && e->type == ARV_T_PER && k == m->last + 1 && m->last >= i + 2 && strlen(role) <= 3 &&
                       is_norm(c, m->last - 1, "الجمهوريه") && strlen(cc) == 3 &&
                       !strcmp(norm(c, m->last) + tok(c, m->last)->norm_len - 4, "يه")) {
                /* رئيس | الجمهورية اليمنية: the republic and its feminine
                 * nisba name the country (not رئيس الجمهورية | العراقي) */
                cs = m->last - 1;
                cn = k;
            } else {
                cn = 0;
            }
            const char *lc = cc;  /* the place's code, before the role's is made */
            j = cc ? k : m->last;
            const char *code = cc ? with_role(d, cc, role) : role;
            /* القوات الأجنبية, المرتزقة الأجانب: foreign forces of no one
             * country are UAF, and no country is guessed for them */
            int foreign = !cc && e->type == ARV_T_ORG && j < c->end && foreign_word(norm(c, j));
            if (foreign) {
                code = "UAF";
                j++;
            }
            if (e->type == ARV_T_PER) {
                /* acting in the office: رئيس مجلس الأمة بالإنابة | مبارك */
                static const char *const acting[] = {"بالانابه", "بالوكاله", NULL};
                if (j + 1 < c->end && is_any(c, j, acting)) j++;
                /* a title phrase: the person's name may follow, but not a
                 * plural's (مشتبه بهم | جددا, المتهمين | في) */
                size_t nj = plural_agent(c, m) ? j : name_run(c, j), pn;
                if (nj == j && !cc && !plural_agent(c, m) && party_adjective(c, j) > j &&
                    (pn = name_run(c, j + 1)) >= j + 3 && foreign_run(c, j + 1, pn)) {
                    j++;  /* السناتور الجمهوري | ارلن سبيكتر: two words of no list after the party */
                    nj = pn;
                }
                if (nj == j && m->last == i + 1 && j < c->end && place_named_person(c, i, j)) nj = j + 1;
                if (lone_common(c, j, nj)) nj = j;  /* سفير | جمهورية لبنان, الملك | ساكنا */
                if (nj > j + 1 && named_after(c, i, j, nj - 1, 0)) nj--;  /* مركز الملك فهد | الثقافي */
                /* the region whose governor it is: أمير عسير (منطقة عسير) */
                const char *rc = !cc && nj == j + 1 && !given_word(d, norm(c, j), tok(c, j)->norm_len)
                                     ? listed_as(c, "منطقه", j, j + 1, ARV_T_LOC)
                                     : NULL;
                if (rc && strlen(rc) >= 3) {
                    push(c, i, j, m->start, tok(c, j - 1)->end, ARV_T_PER, ARV_M_AGENT, 0, with_role(d, rc, role),
                         "agent");
                    push(c, j, j + 1, tok(c, j)->start, tok(c, j)->end, ARV_T_LOC, ARV_M_NAME, 1, rc, "region")->place = 1;
                    i = j + 1;
                    continue;
                }
                if (nj > j && verb_after_title(c, i, j)) nj = j;
                if (nj == j && !cc) nj = epithet_name(c, j - 1, j);
                size_t pj = nj == j ? party_adjective(c, j) : j;
                size_t aj = nj == j ? apposed_name(c, pj) : pj;
                if (aj > pj) {
                    /* السناتور الجمهوري ، ارلن سبيكتر ، */
                    push_role(c, i, j, m, cs, cn, lc, ARV_T_PER, code, "title");
                    person(c, pj + 1, aj, code, "title+name");
                    i = aj;
                    continue;
                }
                if (nj > j) {
                    push_role(c, i, j, m, cs, cn, lc, ARV_T_PER, code, "title");
                    person(c, j, nj, code, "title+name");
                    i = nj;
                    continue;
                }
                push_role(c, i, j, m, cs, cn, lc, ARV_T_PER, code, "agent");
            } else {
                /* civilians described by a nisba (شابا عراقيا) are people, not a
                 * name; nor is an indefinite phrase of no country (خلية إرهابية) */
                int indefinite = 1;
                for (size_t k = i; k < m->last && indefinite; k++)
                    indefinite = strncmp(norm(c, k) + (k == i ? m->prefix : 0), "ال", 4) != 0;
                /* a definite body of no country (قوات الأمن, وزارة الداخلية)
                 * acts as a name does, but is no name by GUIDELINES.md until
                 * the document ties it to a country (link_short_mentions) */
                int body = m->last - m->first > 1 && !indefinite && strcmp(role, "CVL");
                int named = cc && strcmp(role, "CVL");
                if (cn) {
                    push_role(c, i, j, m, cs, cn, lc, ARV_T_ORG, code, "agent");
                    i = j;
                    continue;
                }
                push(c, i, j, m->start, tok(c, j - 1)->end, ARV_T_ORG, named || body ? ARV_M_NAME : ARV_M_AGENT, named,
                     code, pe ? "university+town" : cc ? "agent+nisba" : "agent")->foreign = (uint8_t)foreign;
            }
            i = j;
            continue;
        }
        if (m && arv_match_entry(m, ARV_K_NISBA) && name_word(c, i, 1) && (j = name_run(c, i)) > i + 2) {
            /* a nisba before بن is a given name: تركي بن عبدالله */
            person(c, i, j, "", "name+bin");
            i = j;
            continue;
        }
        if (m && (e = arv_match_entry(m, ARV_K_NISBA))) {
            /* a nisba standing as a noun names a people: جميع الليبيين, دعا الليبيين */
            const char *w = norm(c, i) + m->prefix;
            size_t wl = strlen(w);
            int plural = wl > 6 && (!strcmp(w + wl - 4, "ين") || !strcmp(w + wl - 4, "ون"));
            int after_noun = i > first && tok(c, i - 1)->cls == ARV_TC_ARABIC && cwc(c, i - 1) == ARV_CW_NONE &&
                             !match_at(c, i - 1);
            if (plural && !after_noun)
                push(c, i, m->last, m->start, m->end, ARV_T_ORG, ARV_M_PEOPLE, 0, code_of(c, m, e), "people");
            /* a singular nisba as a noun, then a name: الفرنسي لودوفيك جيولي,
             * الكويتي طالب الدوسري; two name words at least, foreign-looking
             * or started by a given name */
            j = m->last;
            size_t nj = !plural && !m->prefix && !strncmp(w, "ال", 4) && j < c->end && name_word(c, j, 1) &&
                                !adjective_nisba(c, i, first)
                            ? name_run(c, j)
                            : j;
            const arv_match *fm = nj >= j + 2 ? match_at(c, j) : NULL;
            int named = nj >= j + 2 && !lone_common(c, j, nj) &&  /* الأمريكي | قواعد جديدة */
                        (foreign_run(c, j, nj) || (fm && fm->first == j && !fm->prefix && given_only(fm)));
            /* after an occupation one name word is enough: المدافع البرازيلي | إيمرسون */
            const arv_match *one = nj == j + 1 ? match_at(c, j) : NULL;
            if (nj == j + 1 && foreign_run(c, j, nj) && person_noun_before(c, i, first) &&
                !ends_in_ta(d->text, tok(c, j)) &&
                (one ? !one->prefix && one->last == j + 1 && given_only(one) : tok(c, j)->norm_len >= 10))
                named = 1;  /* a given name, or a long unknown word (not a verb: النجم الأميركي | أحرز) */
            /* nor a common word, as it is or inflected (اليابانية | تحت شعار,
             * السعودي | محليا) */
            if (named && !match_at(c, j) && (common_word(c, j) || common_inflected(c, j))) named = 0;
            /* a listed person is found as listed: الإسباني | سانتي كازورلا */
            const arv_match *jm = named ? match_at(c, j) : NULL;
            const arv_lex_entry *le = arv_match_entry(jm, ARV_K_ACTOR);
            if (le && le->type == ARV_T_PER && jm->first == j && jm->last == nj) named = 0;
            if (named) {
                person(c, j, nj, "", "nisba+name");
                i = nj;
                continue;
            }
            i = m->last;
            continue;
        }
        const arv_match *gm = !m && i + 1 < c->end && kunya(c, i) ? match_at(c, i + 1) : NULL;
        int abu = !m && i + 1 < c->end && kunya(c, i) &&
                  strcmp(norm(c, i) + (tok(c, i)->norm_len == 8 ? 2 : 0), "ابي");
        if ((gm && gm->first == i + 1 && arv_match_entry(gm, ARV_K_GIVEN) && !gm->prefix) || abu) {
            /* a kunya and a given name: أبو حمزة, أبي زكريا يحيى; أبو and أبا
             * (not أبي, "my father") before any name word: أبو هريرة, أبا أيوب */
            j = name_run(c, i);
            if (j > i + 1) {
                person(c, i, j, "", "kunya+name");
                i = j;
                continue;
            }
        }
        if (m && arv_match_entry(m, ARV_K_GIVEN) && (!m->prefix || conj_only(c, i)) &&
            !noun_and_pronoun(c, i, m) &&  /* ناديه | السابق "his former club" */
            !adjective_name_held(c, i, m)) {
            /* a given name and the name words after it: ناصر الحاسي */
            j = name_run(c, i);
            if (j == i + 2 && m->last == i + 1 && noun_in_construct(c, i, m->prefix)) j = m->last;
            if (j > m->last && named_after(c, i, i, j - 1, 1)) j--;  /* مطار حمد | الدولي */
            if (j >= m->last + 1) {
                /* a word of no list between an office or a place and the
                 * given name is the name's first: وزير الداخلية | الزبير بشير
                 * طه, رئيسة لاتفيا | فايرا فيكي فريبيرجا */
                size_t s0 = i;
                const arv_entity *pe = d->ents.n ? &d->ents.v[d->ents.n - 1] : NULL;
                const char *pw = i > first ? norm(c, i - 1) : "";
                if (!m->prefix && i > first + 1 && pe && pe->last == i - 1 && pe->type != ARV_T_DATE &&
                    (pe->type != ARV_T_PER || pe->kind == ARV_M_AGENT) && tok(c, i - 1)->cls == ARV_TC_ARABIC &&
                    cwc(c, i - 1) == ARV_CW_NONE && !match_at(c, i - 1) && tok(c, i - 1)->norm_len >= 8 &&
                    strncmp(pw, "ال", 4) && unlisted_word(d, pw, tok(c, i - 1)->norm_len) &&
                    !ends_in_ta(d->text, tok(c, i - 1)) && !ends_in_ha(d->text, tok(c, i - 1)) && !present_verb(pw) &&
                    !t_verb(pw) && !proclitic_letter(pw) && !verb_shaped_past(c, i - 1))
                    s0 = i - 1;
                person(c, s0, j, "", "given+name");
                i = j;
                continue;
            }
            if (j == m->last && j < c->end && blessing_at(c, j) && !is_norm(c, i, "نبيه")) {
                /* a given name and a blessing or an epithet: محمد | صلى الله
                 * عليه وسلم, عثمان | رضي الله عنه, محمد | رسول الله (but نبيه
                 * there is "his prophet") */
                person(c, i, m->last, "", "given+blessing");
                i = m->last;
                continue;
            }
            if (lone_speaker(c, i, first)) {
                /* a given name alone as the one who speaks: ورجح فارس أن;
                 * with the family name that name_run left out (وقال إدوارد |
                 * واسرمان، عميد) */
                j = speaker_family(c, i, m->last) ? m->last + 1 : m->last;
                person(c, i, j, "", "report+given");
                i = j;
                continue;
            }
            if (!m->prefix && m->last == i + 1 && m->last < c->end && !match_at(c, m->last) &&
                is_any(c, m->last, office_after) && given_only(m)) {
                /* a given name alone before its office: دوجلاس | مدافع برشلونة;
                 * a given name before it, which its rule left as a common
                 * word, is the name's first: جهاد حسين | لاعب التعاون */
                const arv_match *pm = i > first ? match_at(c, i - 1) : NULL;
                size_t s = i;
                int unclaimed = i > first && (!d->ents.n || d->ents.v[d->ents.n - 1].span.end <= tok(c, i - 1)->start);
                if (unclaimed && (pm ? pm->first == i - 1 && pm->last == i && !pm->prefix && given_only(pm)
                                : tok(c, i - 1)->cls == ARV_TC_ARABIC && tok(c, i - 1)->norm_len >= 8 &&
                                      name_word(c, i - 1, 1) &&
                                      !common_word(c, i - 1) && !common_inflected(c, i - 1) &&
                                      !ends_in_ta(d->text, tok(c, i - 1))))
                    s = i - 1;  /* also a word of no list: مارسلو | ماريو مدرب اللياقة */
                person(c, s, m->last, "", "given+office");
                i = m->last;
                continue;
            }
            if (!m->prefix && m->last == i + 1 && kin_before(c, i, first) && given_only(m)) {
                person(c, i, m->last, "", "kin+given");
                i = m->last;
                continue;
            }
        } else if (!m && i + 1 < c->end && name_word(c, i + 1, 0) && given_after_clitic(c, i)) {
            /* a given name after ل ب ك, and the name words after it: لمحمد
             * السعدني, لجورج برنارد شو */
            j = name_run_n(c, i + 1, 1);
            if (j == i + 2 && noun_in_construct(c, i, 2)) j = i;  /* بجمال | الطبيعة */
            if (j >= i + 2) {
                person(c, i, j, "", "given+name");
                d->ents.v[d->ents.n - 1].span.start = after_letter(d->text, tok(c, i)->start, tok(c, i)->end);
                i = j;
                continue;
            }
        }
        if (!m && tok(c, i)->end - tok(c, i)->start == 6 && ali_name(c, i) && (j = name_run_n(c, i + 1, 1)) >= i + 2) {
            /* علي and a given name or بن: علي محمد الحمادي, علي بن أبي طالب */
            person(c, i, j, "", "given+name");
            i = j;
            continue;
        }
        if (!m && i > first && (j = named_unknown(c, i, first)) > i) {
            /* a name of no list after a naming word: رجل يسمى | بجماليون, اسمها | ليسيرل */
            person(c, i, j, "", "named+name");
            i = j;
            continue;
        }
        /* a person after و: cheap tests first, these run at every token */
        int waw = tok(c, i)->norm_len >= 8 && !memcmp(norm(c, i), "و", 2);
        if (!m && waw && (j = coordinated_person(c, i)) > i) {
            /* a second person after و: أحمد البكري وعادل فتحي */
            person(c, i, j, "", "person+and+name");
            d->ents.v[d->ents.n - 1].span.start = after_letter(d->text, tok(c, i)->start, tok(c, i)->end);
            i = j;
            continue;
        }
        /* a name before its age; a given name after و, not after ف, which
         * may be the name's own letter (فيوري, لوري فريك) */
        if ((!m || (m->first == i && given_only(m) && (!m->prefix || (conj_only(c, i) && !strncmp(norm(c, i), "و", 2))))) &&
            (j = aged_person(c, i)) > i) {
            person(c, i, j, "", "name+age");
            i = j;
            continue;
        }
        if (waw && (j = coordinated_one(c, i, m)) > i) {
            person(c, i, j, "", "person+and+one");
            d->ents.v[d->ents.n - 1].span.start = after_letter(d->text, tok(c, i)->start, tok(c, i)->end);
            i = j;
            continue;
        }
        if (m) {
            i = m->last;
            continue;
        }
        const char *tc = ta_spelled_place(c, i);
        if (tc) {  /* هولندة, بولندة: هولندا, بولندا spelled with ة */
            push(c, i, i + 1, tok(c, i)->start, tok(c, i)->end, ARV_T_LOC, ARV_M_NAME, 1, tc, "place-spelling");
            i++;
            continue;
        }
        arv_closed_class k = cwc(c, i);
        if (k == ARV_CW_REPORT && i + 2 < c->end) {
            /* قال + a two-word unknown name: وقال جون كيري */
            j = name_run(c, i + 1);
            /* nor common words: وقال | تقرير صادر, وأضاف | خبراء اقتصاديون; after
             * the first (which may be a name in ا: يوانا, تانيا) not in the
             * accusative either: يذكر | رقما معينا, شيئا مختلفا */
            int common = 0;
            for (size_t k2 = i + 1; k2 < j && !common; k2++)
                common = common_word(c, k2) ||
                         (k2 > i + 1 && (common_inflected(c, k2) || accusative_participle(norm(c, k2), tok(c, k2)->norm_len)));
            /* nor a noun and its adjective: أشارت | تقارير صحافية */
            int adjective = !match_at(c, j - 1) && tok(c, j - 1)->norm_len > 8 && ends_in_iya(c, j - 1);
            if (j >= i + 3 && !common && !adjective && !match_at(c, i + 1) && foreign_run(c, i + 1, j)) {
                person(c, i + 1, j, "", "report+name");
                i = j;
                continue;
            }
            /* one word, also one that name_run leaves for its first letter (بوين) */
            if ((j == i + 2 || (j == i + 1 && proclitic_letter(norm(c, j)))) && said_by_name(c, i)) {
                j = i + 2;
                person(c, i + 1, j, "", "report+name");
                i = j;
                continue;
            }
            /* بن right after the verb is no "son of" but Ben: وقال بن رودز */
            if (is_norm(c, i + 1, "بن") && (j = name_run_n(c, i + 2, 1)) > i + 2 && foreign_run(c, i + 2, j) &&
                !match_at(c, i + 2) && !common_word(c, i + 2) && !common_inflected(c, i + 2)) {
                person(c, i + 1, j, "", "report+name");
                i = j;
                continue;
            }
        }
        if (k == ARV_CW_TITLE && !d->cw.v[i].conj && d->cw.v[i].value != 3) {
            /* title (+ nisba) + unknown name; a trade's adjective may come
             * between: الخبير الاقتصادي أمين فارس, المحلل السياسي X */
            size_t kk;
            int trade = d->cw.v[i].value == 1;
            if (i + 1 < c->end && place_named_person(c, i, i + 1)) {
                person(c, i + 1, i + 2, "", "title+name");  /* الدكتور | السويد */
                i += 2;
                continue;
            }
            j = i + 1;
            const char *cc = country_at(c, j, &kk, 0);
            if (cc) j = kk;
            else if (trade && j + 1 < c->end && trade_adjective(c, j)) j++;
            if (j + 1 < c->end && (is_norm(c, j, "ركن") || is_norm(c, j, "الركن"))) {
                j++;  /* a staff rank: اللواء ركن, اللواء ركن طيار */
                if (j + 1 < c->end && (is_norm(c, j, "طيار") || is_norm(c, j, "بحري"))) j++;
            }
            size_t nj = name_run(c, j);
            /* after a man's trade a word in ة is a noun, no woman's name:
             * ويواجه المدرب | إمكانية غياب */
            if (trade && nj > j && !match_at(c, j) && ends_in_ta(d->text, tok(c, j)) && !ends_in_ta(d->text, tok(c, i)))
                nj = j;
            /* ... nor after any man's title a common noun in ة: قائد | شاحنة انحرف */
            if (nj > j && common_word(c, j) && ends_in_ta(d->text, tok(c, j)) && !ends_in_ta(d->text, tok(c, i)))
                nj = j;
            /* a rank that is also a common noun takes only a known name */
            if (nj > j && d->cw.v[i].value == 2 && !match_at(c, j)) nj = j;
            if (lone_common(c, j, nj)) nj = j;  /* زعيم | مجموعة خراسان, رئيس | جديد */
            /* nor a common word in the accusative (المهاجم الفنزويلي | قبولا كبيرا)
             * or the vocative (الأمام | يا بلادي) */
            if (nj > j && !match_at(c, j) && (common_inflected(c, j) || is_norm(c, j, "يا"))) nj = j;
            if (nj > j && !match_at(c, j) && facility_head(norm(c, j))) nj = j;  /* النبي | مسجد هوبان */
            if (nj > j && verb_after_title(c, i, j)) nj = j;  /* الوزيرة الأميركية | طرحت */
            /* nor before an office: a chain of titles (نائب | مساعد وزير الدفاع) */
            if (nj == j + 1 && nj < c->end && (cwc(c, nj) == ARV_CW_TITLE || arv_match_entry(match_at(c, nj), ARV_K_AGENT)))
                nj = j;
            if (nj == j && !cc) nj = epithet_name(c, i, j);
            /* after a degree or a rank, a family name in ي of no list alone:
             * المهندس | القحطاني, اللواء | الغامدي (not the nisba of a team or
             * of a leader: الفريق الكتالوني, القائد المغولي) */
            if (nj == j && !cc && j < c->end && is_any(c, i, rank_titles) && family_after_listed(c, j)) nj = j + 1;
            if (nj > j) {
                /* an official of a country is its government; a writer or a player only its own */
                person(c, j, nj, cc ? (trade ? cc : concat(d, cc, "GOV")) : "", "title+name");
                i = nj;
                continue;
            }
        } else if (k == ARV_CW_NONE && i + 1 < c->end && (!strncmp(norm(c, i + 1), "ال", 4) || surface_is(c, i + 1, "علي")) &&
                   title_at(c, i) && (j = epithet_name(c, i, i + 1)) > i + 1 && !common_word(c, i + 1)) {
            /* a ruler's title after a proclitic and its epithet: للإمام | الرضا,
             * للملك | النعمان (not للإمبراطور | التنقل) */
            person(c, i + 1, j, "", "title+name");
            i = j;
            continue;
        } else if (k == ARV_CW_NONE && i + 2 < c->end && tok(c, i + 1)->norm_len == 4 && is_norm(c, i + 1, "بن") &&
                   (name_word(c, i, 1) || definite_before_bin(c, i)) &&
                   (name_word(c, i + 2, 0) || surface_is(c, i + 2, "علي"))) {
            /* an unknown name and a patronymic: معاوية بن أبي سفيان, سهيل بن عمرو */
            j = name_word(c, i, 1) ? name_run(c, i) : name_run_n(c, i + 1, 1);  /* الحسن | بن علي */
            if (j > i + 2) {
                person(c, i, j, "", "name+bin");
                i = j;
                continue;
            }
        } else if (k == ARV_CW_ORG_HEAD) {
            /* head + idafa chain (+ nisba): منظمة الصحة العالمية, وزارة الداخلية اليمنية */
            j = i + 1;
            const char *cc = NULL;
            while (j < c->end && j - i <= 4 && chain_word(c, j)) {
                size_t kk;
                const char *x = country_at(c, j, &kk, 1);
                if (x) {
                    cc = x;
                    j = kk;
                    break;
                }
                j++;
            }
            size_t kk;
            if (j == i + 1 && j + 1 < c->end && idafa_word(c, j) && (cc = country_at(c, j + 1, &kk, 1)))
                j = kk;  /* وزارة خارجية مملكة البحرين: an indefinite idafa word, then the country */
            if (j > i + 1) {
                const char *role = head_role(norm(c, i) + (d->cw.v[i].conj ? 2 : 0));
                const char *code = cc ? with_role(d, cc, role) : role;
                uint32_t start = tok(c, i)->start + (d->cw.v[i].conj ? 2 : 0);
                arv_entity *oe = push(c, i, j, start, tok(c, j - 1)->end, ARV_T_ORG, ARV_M_NAME, 1, code, "org-head");
                /* a body described by common nouns is named only with its
                 * country (GUIDELINES.md), here or by linking */
                oe->described = !names_something(c, i + 1, j);
                oe->named = !oe->described || cc;
                i = j;
                continue;
            }
        } else if (k == ARV_CW_NONE && family_noun(c, i) && (j = family_name(c, i + 1)) > i + 1) {
            /* أسرة مينغ, عائلة برلسكوني: the family is named after a person */
            person(c, i + 1, j, "", "family+name");
            i = j;
            continue;
        } else if (i + 1 < c->end && !match_at(c, i + 1) &&
                   ((k == ARV_CW_PLACE_HEAD && !hamza_second(c, i)) ||
                    (k == ARV_CW_NONE && place_head_after_clitic(c, i)))) {
            /* مدينة + unknown name; the head without its و, ف, ب or ل */
            j = i + 1;
            const char *head = norm(c, i) + (d->cw.v[i].conj || k == ARV_CW_NONE ? 2 : 0);
            /* a mosque is named so by a foreign name only, no noun in
             * construct: مسجد هوبان, not مسجد | الحي, مسجد | رسول الله,
             * مسجد | قوة الطوارئ, مسجد | جامع */
            int mosque = !strcmp(head, "مسجد");
            if (tok(c, j)->cls == ARV_TC_ARABIC && cwc(c, j) == ARV_CW_NONE && tok(c, j)->norm_len >= 4 &&
                place_name(c, i, head, j) &&
                !(mosque && (!strncmp(norm(c, j), "ال", 4) || common_word(c, j) || common_inflected(c, j) ||
                             is_norm(c, j, "جامع") ||
                             (j + 1 < c->end && !strncmp(norm(c, j + 1), "ال", 4))))) {
                /* a tribe's or a family's land, a father's or a mother's
                 * name: محافظة بني حسن, بقرية آل سرور, بجبل أبو غنيمة,
                 * بشارع أبو الفدا */
                static const char *const two[] = {"بني", "بنو", "ال", "ابو", "ابي", "ام", NULL};
                size_t e = j + 1;
                if (is_any(c, j, two) && e < c->end && tok(c, e)->cls == ARV_TC_ARABIC &&
                    (cwc(c, e) == ARV_CW_NONE || cwc(c, e) == ARV_CW_PLACE_HEAD))  /* مسجد أبو جبل */
                    e++;
                /* a mosque's foreign name of two words: مسجد فنسبري بارك */
                else if (mosque && e < c->end &&
                         (is_norm(c, e, "بارك") ||  /* park, not "blessed" */
                          (tok(c, e)->cls == ARV_TC_ARABIC && cwc(c, e) == ARV_CW_NONE && !match_at(c, e) &&
                           strncmp(norm(c, e), "ال", 4) && !proclitic_letter(norm(c, e)) && !common_word(c, e) &&
                           !common_inflected(c, e) && !present_verb(norm(c, e)) && !t_verb(norm(c, e)))))
                    e++;
                push(c, j, e, tok(c, j)->start, tok(c, e - 1)->end, ARV_T_LOC, ARV_M_NAME, 1, "", "place-head")->place = 1;
                i = e;
                continue;
            }
        }
        i++;
    }
}

/* How far back (and forward) a short mention looks for its full name, in
 * entities: anaphora is local, and the bound keeps long documents linear. */
enum { ANAPHORA_WINDOW = 256 };

/* How far after its last naming (in bytes: 64 KB) a bare surname still names
 * the person: well beyond an article, far less than a CoNLL file of many */
enum { SURNAME_REACH = 1 << 16 };

static int ent_cmp(const void *x, const void *y)
{
    const arv_entity *a = x, *b = y;
    if (a->span.start != b->span.start) return a->span.start < b->span.start ? -1 : 1;
    return a->span.end < b->span.end ? -1 : a->span.end > b->span.end;
}

typedef struct surname {
    const char *norm;        /* normalized last word of a person's name */
    uint32_t start, ent;     /* where the person is named, and which entity */
    int given;               /* 1: the name's first word, 2: that of a long listed name or a patronymic */
    int weak;                /* a family name that is also a common word (المهنا, الزائر), a given name an adjective */
} surname;

/* by word, then by position, so that the first naming of a word comes first */
static int surname_cmp(const void *x, const void *y)
{
    const surname *a = x, *b = y;
    int c = strcmp(a->norm, b->norm);
    return c ? c : (a->start > b->start) - (a->start < b->start);
}

static int surname_key_cmp(const void *x, const void *y)
{
    return strcmp(((const surname *)x)->norm, ((const surname *)y)->norm);
}

static int str_cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The first naming of key's word in the sorted table, or NULL. */
static const surname *first_named(const surname *sn, size_t np, const surname *key)
{
    const surname *f = bsearch(key, sn, np, sizeof *sn, surname_key_cmp);
    while (f && f > sn && !strcmp(f[-1].norm, key->norm)) f--;
    return f;
}

/* Is the match only a given name (no actor, place, verb... reading)? */
static int given_only(const arv_match *m)
{
    int given = 0;
    for (uint16_t i = 0; i < m->nentries; i++) {
        arv_kind k = (arv_kind)m->lex->entries[m->entry_first + i].kind;
        if (k != ARV_K_GIVEN && k != ARV_K_COMMON) return 0;  /* a word also common is still given only */
        given |= k == ARV_K_GIVEN;
    }
    return given;
}

/* Are the first three letters of w consonants, not ا و ي (رفعت, not أبوت,
 * رايت)? */
static int three_consonants(const char *w)
{
    for (size_t k = 0; k < 6; k += 2)
        if (!strncmp(w + k, "ا", 2) || !strncmp(w + k, "و", 2) || !strncmp(w + k, "ي", 2)) return 0;
    return 1;
}

/* Can the last word of a name stand alone for the person later? 1: yes;
 * 2: only where the bare word speaks or acts (speaks_at), being a common
 * word too; 0: no. Not an article word (الثاني, الجديد), except a long
 * nisba-like family name (المالكي, الفردوسي); not a short word. */
static int surname_word(const arv_doc *d, const arv_entity *y)
{
    const arv_token *t = &d->tk.tok.v[y->last - 1];
    const char *w = d->tk.norm.v + t->norm;
    /* a family name of three letters, of no list and no common word, only
     * where it speaks or acts (عز الدين كجك ... وقال كجك) */
    if (t->norm_len == 6 && y->last - y->first >= 2 && unlisted_word(d, w, 6) && d->cw.v[y->last - 1].cls == ARV_CW_NONE)
        return 2;
    if (t->norm_len < 8) return 0;
    /* a given name that is also an adjective (محمد كامل ... شبه كامل) stands
     * for a person of no code only where it speaks or acts */
    if (strncmp(w, "ال", 4)) return !*y->code && tagged_given(d, w, t->norm_len, "adj") ? 2 : 1;
    /* الدين and الله end compound given names (عز الدين, عبد الله), no family's,
     * and so does any word after عبد (عبد العزيز) */
    if (ordinal_word(w) || !strcmp(w, "العربي") || !strcmp(w, "الدين") || !strcmp(w, "الله")) return 0;
    if (y->last - y->first >= 2 && !strcmp(d->tk.norm.v + d->tk.tok.v[y->last - 2].norm, "عبد")) return 0;
    /* a listed two-word name's family name with the article, of no list
     * and no common word by itself, nor its stem: عزيز الدويك ... الدويك
     * (the lexicon lists the others alone where they name one person:
     * الأسد; الفيصل is فيصل's) */
    if (!strcmp(y->rule, "lexicon")) {
        if (y->last - y->first != 2 || t->norm_len < 10 || arv_lexicon_common(d->eng->common, 2, w, t->norm_len) ||
            lexicon_word_any(d, w, t->norm_len))
            return 0;
        /* one whose stem is listed, a given name mostly (علي العمير ...
         * وقال العمير, خالد العطية), only where it speaks or acts */
        return unlisted_word(d, w + 4, t->norm_len - 4) ? 1 : 2;
    }
    if (t->norm_len >= 12 && !strcmp(w + t->norm_len - 2, "ي")) return 1;
    /* after a chain with بن, a word of no list and no common word
     * (بندر بن عبدالرحمن | المهنا ... المهنا; not الشريف, "honourable") */
    int bin = 0;
    for (uint32_t k = y->first + 1; k + 1 < y->last && !bin; k++) {
        const char *bw = d->tk.norm.v + d->tk.tok.v[k].norm;
        bin = !strcmp(bw, "بن") || !strcmp(bw, "ابن");
    }
    if (t->norm_len < 10 || (ends_in_ta(d->text, t) && ordinal_prefix(w, t->norm_len - 2)))  /* التاسعة عشرة */
        return 0;
    if (bin && unlisted_word(d, w + 4, t->norm_len - 4) && !arv_lexicon_common(d->eng->common, 2, w, t->norm_len))
        return 1;
    /* a given name and one family name with the article: توفيق الحكيم, عباس
     * العقاد (the caller checks that the document never writes it bare) */
    if (y->last - y->first == 2 && strcmp(y->rule, "title+name") && !arv_lexicon_common(d->eng->common, 2, w, t->norm_len))
        return 1;
    /* a common word or a given name with the article (المهنا, الفوزان, but
     * الزائر "the visitor"), or after a longer name (محمد بن عبدالعزيز
     * الصفيان, عبد الله البرقان): only where the bare word speaks or acts */
    return 2;
}

/* Is the first word of person y a given name by its place, before بن,
 * ابن or بنت (معاوية بن أبي سفيان), and no word of a dictionary by itself
 * nor a common word? */
static int patronymic_first(const arv_doc *d, const arv_entity *y)
{
    const arv_token *t = &d->tk.tok.v[y->first];
    int32_t mi = d->tmatch.v[y->first];
    if (y->last - y->first < 3 || t->norm_len < 6 || t->cls != ARV_TC_ARABIC || d->cw.v[y->first].cls != ARV_CW_NONE ||
        (mi >= 0 && d->matches.v[mi].last == y->first + 1))  /* alone, no dictionary word; in a listed name, any */
        return 0;
    const char *w = d->tk.norm.v + t->norm, *b = d->tk.norm.v + d->tk.tok.v[y->first + 1].norm;
    if (strcmp(b, "بن") && strcmp(b, "ابن") && strcmp(b, "بنت")) return 0;
    return strncmp(w, "ال", 4) && !arv_lexicon_common(d->eng->common, 2, w, t->norm_len);
}

/* Do the namings f..near of one given name, those within reach of the
 * last, name two persons (محمد بن نايف, محمد بن سلمان)? Then the bare
 * given name may be either, or a third. */
static int shared_given(const arv_doc *d, const surname *f, const surname *near)
{
    const arv_entity *a = &d->ents.v[near->ent];
    for (const surname *g = near; g-- > f && g->start + SURNAME_REACH >= near->start;) {
        const arv_entity *b = &d->ents.v[g->ent];
        if (!g->given) continue;
        if (b->span.end - b->span.start != a->span.end - a->span.start ||
            memcmp(d->text + b->span.start, d->text + a->span.start, a->span.end - a->span.start))
            return 1;
    }
    return 0;
}

/* Does token t, a bare given name, stand alone: is the word after it no
 * name word, title or role (عائشة | ومرافقوها, معاوية | ، and not صالح |
 * القشعمي, مساعد | وزير الدفاع)? */
static int stands_alone(const arv_doc *d, size_t t)
{
    if (t + 1 >= d->tk.tok.n || d->tk.tok.v[t + 1].sent != d->tk.tok.v[t].sent) return 1;
    const arv_token *n = &d->tk.tok.v[t + 1];
    if (n->cls != ARV_TC_ARABIC) return 1;
    arv_closed_class k = d->cw.v[t + 1].cls;
    if (k != ARV_CW_NONE) return k != ARV_CW_TITLE;
    int32_t mi = d->tmatch.v[t + 1];
    if (mi >= 0) return arv_match_entry(&d->matches.v[mi], ARV_K_VERB) != NULL;
    const char *w = d->tk.norm.v + n->norm;
    if (!strncmp(w, "و", 2) || present_verb(w)) return 1;
    /* the object of the verb before it, an indefinite common noun in the
     * accusative (أرسل معاوية | جيشا, سمع محمد | صوتا); not a definite one:
     * صالح | الأعمال, حسن | النوايا */
    size_t nn = n->norm_len;
    return nn >= 8 && !strcmp(w + nn - 2, "ا") && strncmp(w, "ال", 4) &&
           arv_lexicon_common(d->eng->common, 2, w, nn - 2);
}

/* Does the bare word at token t speak or act: after a saying verb (وأضاف |
 * المهنا) or another verb of the dictionary, or before أن, إن or a colon
 * (المهنا: ...)? */
static int speaks_at(const arv_doc *d, size_t t)
{
    const arv_token *tk = d->tk.tok.v;
    if (t > 0 && tk[t - 1].sent == tk[t].sent && d->cw.v[t - 1].cls == ARV_CW_REPORT) return 1;
    /* ... or acts: after a verb of the dictionary (سجل | المولد هدفا) */
    int32_t pm = t > 0 && tk[t - 1].sent == tk[t].sent ? d->tmatch.v[t - 1] : -1;
    if (pm >= 0 && d->matches.v[pm].last == t && arv_match_entry(&d->matches.v[pm], ARV_K_VERB)) return 1;
    if (t + 1 >= d->tk.tok.n || tk[t + 1].sent != tk[t].sent) return 0;
    if (d->cw.v[t + 1].cls == ARV_CW_COMP) return 1;
    /* ... or before a comma and أن (وبين الحسين، أنه) */
    if (t + 2 < d->tk.tok.n && tk[t + 2].sent == tk[t].sent && d->cw.v[t + 2].cls == ARV_CW_COMP &&
        tk[t + 1].cls == ARV_TC_PUNCT && (!memcmp(d->text + tk[t + 1].start, "،", 2) || d->text[tk[t + 1].start] == ','))
        return 1;
    return tk[t + 1].cls == ARV_TC_PUNCT && d->text[tk[t + 1].start] == ':';
}

/* Byte offset after the first letter (a proclitic) and its harakat. */
static uint32_t after_letter(const char *text, uint32_t start, uint32_t end)
{
    uint32_t k = start + 2;
    while (k + 1 < end && (unsigned char)text[k] == 0xD9 && (unsigned char)text[k + 1] >= 0x8B &&
           (unsigned char)text[k + 1] <= 0x92)
        k += 2;
    return k;
}

/* Push a mention of entity k found by `rule`: a copy of it, linked to it,
 * over tokens [first, last) and bytes [start, end). The push may move the
 * entities: the caller takes its pointers into d->ents again. Returns the
 * new entity. */
static arv_entity *push_mention(arv_doc *d, size_t k, size_t first, size_t last, uint32_t start, uint32_t end,
                                const char *rule)
{
    arv_entity z = d->ents.v[k];
    z.span.start = start;
    z.span.end = end;
    z.first = (uint32_t)first;
    z.last = (uint32_t)last;
    z.sent = d->tk.tok.v[first].sent;
    z.rule = rule;
    z.antecedent = (int32_t)k;
    ARV_VEC_PUSH(d->ents, z);
    return &d->ents.v[d->ents.n - 1];
}

/* Does the clause go on at token t, after a subject: the end of the
 * sentence, a punctuation mark, a word of a closed class (إن, إلى, على) or
 * a verb? Not a name (الكاتب المصري | وديع فلسطين) nor an adjective
 * (الصحفي العربي | النشط). */
static int clause_after(const arv_doc *d, size_t t)
{
    if (t >= d->tk.tok.n || d->tk.tok.v[t].sent != d->tk.tok.v[t - 1].sent || d->tk.tok.v[t].cls == ARV_TC_PUNCT)
        return 1;
    const arv_match *m = d->tmatch.v[t] < 0 ? NULL : &d->matches.v[d->tmatch.v[t]];
    return (d->cw.v[t].cls != ARV_CW_NONE && d->cw.v[t].cls != ARV_CW_TITLE) || (m && arv_match_entry(m, ARV_K_VERB));
}

/* آل and a family that end a person named before stand for that person
 * where they speak or act: صالح بن عبدالعزيز آل الشيخ ... وشدد | آل الشيخ
 * على, وأوضح آل الشيخ أن (the nearest such person before). */
static void link_family_mentions(arv_doc *d)
{
    size_t nent = d->ents.n, e = 0;
    const arv_token *tk = d->tk.tok.v;
    for (size_t t = 1; t + 1 < d->tk.tok.n; t++) {
        if (tk[t].norm_len != 4 || strcmp(d->tk.norm.v + tk[t].norm, "ال") || tk[t + 1].sent != tk[t].sent ||
            tk[t + 1].cls != ARV_TC_ARABIC)
            continue;
        while (e < nent && d->ents.v[e].span.end <= tk[t].start) e++;
        if (e < nent && d->ents.v[e].span.start < tk[t + 1].end) continue;
        if (!speaks_at(d, t) && !(t + 2 < d->tk.tok.n && tk[t + 2].sent == tk[t].sent && d->cw.v[t + 2].cls == ARV_CW_COMP))
            continue;
        const char *fam = d->tk.norm.v + tk[t + 1].norm;
        if (t + 2 < d->tk.tok.n && !strcmp(d->tk.norm.v + tk[t + 2].norm, "الله")) continue;  /* آل جار الله */
        for (size_t k = e; k-- > 0;) {
            const arv_entity *y = &d->ents.v[k];
            if (y->type != ARV_T_PER || !y->named || y->last - y->first < 3 ||
                strcmp(d->tk.norm.v + tk[y->last - 2].norm, "ال") || strcmp(d->tk.norm.v + tk[y->last - 1].norm, fam))
                continue;
            push_mention(d, k, t, t + 2, tk[t].start, tk[t + 1].end, "surname");
            break;
        }
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* The code of a title that ends right before token t (المحامي | السنيدي),
 * for a mention of a person who has none: the agent before it, e - 1 being
 * the last entity that ends before t. */
static const char *title_code_before(const arv_doc *d, size_t e, size_t t)
{
    const arv_entity *a = e ? &d->ents.v[e - 1] : NULL;
    return a && a->last == t && a->type == ARV_T_PER && a->kind == ARV_M_AGENT ? a->code : "";
}

/* وطالب العربي تركيا: a nisba (listed or of its shape) standing right after a
 * verb cannot be an adjective; when it is the last word of a person named
 * before (نبيل العربي, أبو يحيى التونسي), it is that person. */
static void link_nisba_surnames(arv_doc *d)
{
    size_t nent = d->ents.n, e = 0;
    for (size_t t = 1; t < d->tk.tok.n; t++) {
        int32_t mi = d->tmatch.v[t], pi = d->tmatch.v[t - 1];
        if (d->tk.tok.v[t].sent != d->tk.tok.v[t - 1].sent || d->tk.tok.v[t].norm_len < 10) continue;
        /* a word inside a name is no mention of its own (عبد الملك | الحوثي) */
        while (e < nent && d->ents.v[e].span.end <= d->tk.tok.v[t].start) e++;
        if (e < nent && d->ents.v[e].span.start < d->tk.tok.v[t].end) continue;
        const arv_match *m = mi < 0 ? NULL : &d->matches.v[mi];
        if (m && (m->prefix || m->last != t + 1 || !arv_match_entry(m, ARV_K_NISBA))) continue;
        const char *nw = d->tk.norm.v + d->tk.tok.v[t].norm;
        if (strncmp(nw, "ال", 4) || strcmp(nw + d->tk.tok.v[t].norm_len - 2, "ي")) continue;  /* a nisba's shape */
        int after_verb = (pi >= 0 && arv_match_entry(&d->matches.v[pi], ARV_K_VERB)) || d->cw.v[t - 1].cls == ARV_CW_REPORT;
        /* ... nor right after a title, when a person so named came before
         * (عبدالله بن عبدالمحسن التركي ... وقال الدكتور | التركي) and the
         * clause goes on: not الكاتب المصري | وديع فلسطين, الصحفي العربي |
         * النشط, nor an ordinal (النائب | الثاني), nor after الفريق, also
         * "the team" (الفريق | القوي) */
        if (!after_verb && (d->cw.v[t - 1].cls != ARV_CW_TITLE || d->cw.v[t - 1].value == 2 || ordinal_word(nw) ||
                            !clause_after(d, t + 1)))
            continue;
        const arv_token *tk = &d->tk.tok.v[t];
        const char *w = d->tk.norm.v + tk->norm;
        for (size_t k = 0; k < nent; k++) {
            const arv_entity *y = &d->ents.v[k];
            if (y->span.start >= tk->start) break;
            if (y->type != ARV_T_PER || y->last - y->first < 2 || !y->named) continue;
            if (strcmp(d->tk.norm.v + d->tk.tok.v[y->last - 1].norm, w)) continue;
            arv_entity *z = push_mention(d, k, t, t + 1, tk->start, tk->end, "surname");
            if (!*z->code) z->code = title_code_before(d, e, t);
            break;
        }
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* لافروف يلتقي الخطيب ومشعل: a headline names people by a last word that
 * the article gives in full later (أحمد معاذ الخطيب, خالد مشعل), whatever
 * that word looks like. Only the headline's first tokens are read. */
static void link_headline_surnames(arv_doc *d)
{
    if (!d->tk.sent.n) return;
    const arv_sentence *h = &d->tk.sent.v[0];
    size_t nent = d->ents.n, e = 0;
    for (size_t t = h->first; t < h->first + h->count && t < h->first + 24; t++) {
        const arv_token *tk = &d->tk.tok.v[t];
        while (e < nent && d->ents.v[e].span.end <= tk->start) e++;
        /* a one-word person of no code already (عائلة | صالح) takes the code */
        arv_entity *x = e < nent && d->ents.v[e].span.start < tk->end ? &d->ents.v[e] : NULL;
        if (x && (x->type != ARV_T_PER || *x->code || x->first != t || x->last != t + 1)) continue;
        if (tk->cls != ARV_TC_ARABIC || d->cw.v[t].cls != ARV_CW_NONE || tk->norm_len < 8) continue;
        const char *w = d->tk.norm.v + tk->norm;
        if (ordinal_word(w)) continue;
        int conj = !strncmp(w, "و", 2);
        for (size_t k = e; k < nent; k++) {
            const arv_entity *y = &d->ents.v[k];
            if (y->sent == 0 || y->type != ARV_T_PER || !y->named || y->last - y->first < 2) continue;
            const char *yw = d->tk.norm.v + d->tk.tok.v[y->last - 1].norm;
            if (strcmp(yw, w) && !(conj && !strcmp(yw, w + 2))) continue;
            if (x) {
                x->code = y->code;
                x->antecedent = (int32_t)k;
                break;
            }
            push_mention(d, k, t, t + 1, strcmp(yw, w) ? after_letter(d->text, tk->start, tk->end) : tk->start,
                         tk->end, "surname");
            break;
        }
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* Is y a coded name longer than, and starting with, the n bytes of w
 * (وزارة الخارجية الأمريكية for الوزارة's وزارة)? */
static int starts_alike(const arv_doc *d, const arv_entity *y, const char *w, size_t n)
{
    return y->type != ARV_T_DATE && strlen(y->code) >= 6 && (size_t)(y->span.end - y->span.start) > n &&
           !memcmp(d->text + y->span.start, w, n);
}

/* The first token of a kunya before the surname at token t (سعد بن أبي
 * وقاص ... ضريح أبي | وقاص, لأبي | المسعودي), with ابن before it; t if none. */
static size_t kunya_before(const arv_doc *d, size_t t)
{
    static const char *const kunyas[] = {"ابو", "ابي", "ابا", "وابو", "وابي", "وابا", "لابي", "لابو", NULL};
    const arv_token *tk = d->tk.tok.v;
    const char *const *q = kunyas;
    if (t == 0 || tk[t - 1].sent != tk[t].sent) return t;
    while (*q && strcmp(d->tk.norm.v + tk[t - 1].norm, *q)) q++;
    if (!*q) return t;
    const char *w = t >= 2 && tk[t - 2].sent == tk[t].sent ? d->tk.norm.v + tk[t - 2].norm : "";
    return !strcmp(w, "ابن") || !strcmp(w, "بن") ? t - 2 : t - 1;
}

/* Where a word is written: the evidence that a name's word is a common
 * one counts only within SURNAME_REACH of the naming, since a long input
 * (a CoNLL file read as one) holds many stories. */
typedef struct word_at {
    const char *w;
    uint32_t pos;
    uint32_t ent;  /* the entity that writes it, where one does (link_bare_towns) */
} word_at;

static int word_at_cmp(const void *x, const void *y)
{
    const word_at *a = x, *b = y;
    int c = strcmp(a->w, b->w);
    return c ? c : (a->pos > b->pos) - (a->pos < b->pos);
}

/* The first entry of the sorted table ws[0..n) not below (w, pos). */
static size_t word_at_bound(const word_at *ws, size_t n, const char *w, uint32_t pos)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ws[mid].w, w);
        if (c < 0 || (c == 0 && ws[mid].pos < pos)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Is w written in the sorted table ws[0..n) within reach bytes of pos? */
static int written_within(const word_at *ws, size_t n, const char *w, uint32_t pos, uint32_t reach)
{
    size_t lo = word_at_bound(ws, n, w, pos > reach ? pos - reach : 0);
    return lo < n && !strcmp(ws[lo].w, w) && ws[lo].pos <= pos + reach;
}

static int written_near(const word_at *ws, size_t n, const char *w, uint32_t pos)
{
    return written_within(ws, n, w, pos, SURNAME_REACH);
}

/* Family names with the article that the document also writes without it
 * are common adjectives (حكيم / الحكيم): drops them from sn[0..np) and
 * returns the new count. One pass over the tokens, each looked up among
 * the few such names. */
static size_t drop_bare_written(arv_doc *d, surname *sn, size_t np)
{
    size_t na = 0;
    for (size_t k = 0; k < np; k++) na += !strncmp(sn[k].norm, "ال", 4);
    if (!na) return np;
    const char **stems = arv_arena_alloc(&d->arena, na * sizeof *stems);
    na = 0;
    for (size_t k = 0; k < np; k++)
        if (!strncmp(sn[k].norm, "ال", 4)) stems[na++] = sn[k].norm + 4;
    qsort(stems, na, sizeof *stems, str_cmp);
    uint64_t lens = 0;  /* the stems' lengths in bytes: most tokens are skipped on it */
    for (size_t k = 0; k < na; k++) lens |= (uint64_t)1 << (strlen(stems[k]) & 63);
    word_at *bare = arv_arena_alloc(&d->arena, d->tk.tok.n * sizeof *bare);
    size_t nb = 0;
    for (size_t t = 0; t < d->tk.tok.n; t++) {
        const char *w = d->tk.norm.v + d->tk.tok.v[t].norm;
        size_t n = d->tk.tok.v[t].norm_len;
        if (n < 6 || !(lens >> (n & 63) & 1) || !strncmp(w, "ال", 4)) continue;
        if (bsearch(&w, stems, na, sizeof *stems, str_cmp)) bare[nb++] = (word_at){w, d->tk.tok.v[t].start, 0};
    }
    if (!nb) return np;
    qsort(bare, nb, sizeof *bare, word_at_cmp);
    size_t out = 0;
    for (size_t k = 0; k < np; k++)
        if (strncmp(sn[k].norm, "ال", 4) || !written_near(bare, nb, sn[k].norm + 4, sn[k].start)) sn[out++] = sn[k];
    return out;
}

/* Is entity x, a definite phrase of role nouns, no one body: a plural of
 * many (وسائل الإعلام, القنوات الفضائية, الأحزاب السياسية, فصائل
 * المعارضة, الجماعات الإرهابية), or a part of a company or a school
 * (مجلس الإدارة, هيئة التدريس)? */
static int no_body(const arv_doc *d, const arv_entity *x)
{
    static const char *const plurals[] = {"وسائل", "قنوات", "احزاب", "تنظيمات", "جماعات", "منظمات", "فصائل",
                                          "مجموعات", "خلايا", NULL};
    static const char *const parts[][2] = {{"مجلس", "الاداره"}, {"هيئه", "التدريس"}};
    const char *w0 = d->tk.norm.v + d->tk.tok.v[x->first].norm;
    const char *w2 = x->last - x->first == 2 ? d->tk.norm.v + d->tk.tok.v[x->first + 1].norm : "";
    /* the first word after none, one or two proclitics (و, ل, ب), without
     * its article; لل is ل and the article (للقنوات) */
    for (size_t off = 0; off <= 4; off += 2) {
        if (off && strncmp(w0 + off - 2, "و", 2) && strncmp(w0 + off - 2, "ل", 2) && strncmp(w0 + off - 2, "ب", 2))
            break;
        const char *w = w0 + off;
        if (!strncmp(w, "ال", 4)) w += 4;
        else if (off && !strncmp(w0 + off - 2, "ل", 2) && !strncmp(w, "ل", 2)) w += 2;
        for (const char *const *p = plurals; *p; p++)
            if (!strcmp(w, *p)) return 1;
        for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
            if (!strcmp(w, parts[k][0]) && !strcmp(w2, parts[k][1])) return 1;
    }
    return 0;
}

/* Is x a body named by a definite phrase of role nouns, of no country
 * (قوات الأمن, وزارة الخارجية, البنك المركزي)? The agent rule pushes them
 * as names that are not named yet. */
static int definite_body(const arv_entity *x)
{
    return x->kind == ARV_M_NAME && !x->named && x->type == ARV_T_ORG;
}

/* Is token t written علي, with ي (the name, or the preposition على as
 * some write it)? */
static int surface_ali(const arv_doc *d, size_t t)
{
    const arv_token *tk = &d->tk.tok.v[t];
    return tk->end - tk->start == 6 && !memcmp(d->text + tk->start, "علي", 6);
}

/* Is token t علي the name and not the preposition, because no noun follows
 * it: a punctuation mark, a word after و, في (بيعة علي | ورد, مع علي | في
 * الكوفة)? */
static int bare_ali(const arv_doc *d, size_t t)
{
    const arv_token *tk = &d->tk.tok.v[t];
    if (!surface_ali(d, t)) return 0;
    if (t + 1 >= d->tk.tok.n || d->tk.tok.v[t + 1].sent != tk->sent || d->tk.tok.v[t + 1].cls == ARV_TC_PUNCT) return 1;
    const char *w = d->tk.norm.v + d->tk.tok.v[t + 1].norm;
    return d->tk.tok.v[t + 1].cls == ARV_TC_ARABIC && (!strncmp(w, "و", 2) || !strcmp(w, "في"));
}

/* Is y, a one-word person, a name that a title, a nisba or a naming word
 * gave and that no list and no common word holds, written without a clitic? */
static int lone_name(const arv_doc *d, const arv_entity *y)
{
    const arv_token *t = &d->tk.tok.v[y->first];
    if (strcmp(y->rule, "title+name") && strcmp(y->rule, "nisba+name") && strcmp(y->rule, "named+name")) return 0;
    const char *w = d->tk.norm.v + t->norm;
    size_t n = t->norm_len;
    if (d->tmatch.v[y->first] >= 0 || y->span.start != t->start || n < 10) return 0;
    /* five letters at least, and none of a common word's endings: the
     * accusative, a pronoun, ة (عضوًا, حقوقك, مندوبية) */
    if (!strcmp(w + n - 2, "ا") || !strcmp(w + n - 2, "ك") || !strcmp(w + n - 2, "ه") || !strcmp(w + n - 4, "كم") ||
        tanween_in(d->text + t->start, t->end - t->start, 0x8D))
        return 0;
    return unlisted_word(d, w, n);
}

/* The nearest person with a code among the entities before i whose text
 * ends with w[0..n) (a whole word of a longer name if `word`), or -1. */
static long coded_person_ending(const arv_doc *d, size_t i, const char *w, size_t n, int word)
{
    for (size_t k = i; k-- > (i > ANAPHORA_WINDOW ? i - ANAPHORA_WINDOW : 0);) {
        const arv_entity *y = &d->ents.v[k];
        size_t yn = y->span.end - y->span.start;
        if (y->type == ARV_T_PER && *y->code && yn >= n + (word ? 2 : 0) &&
            !memcmp(d->text + y->span.end - n, w, n) && (!word || d->text[y->span.end - n - 1] == ' '))
            return (long)k;
    }
    return -1;
}

/* Is the nearest person named before entity i whose name ends with the word
 * w[0..n) a listed person of two words or more? Then x, the one-word name a
 * rule found there, takes that person's code, not the one its title gave
 * from the story (أكرم شهيب LBNGOV ... وتابع الوزير | شهيب: not Syria's,
 * where the story is). */
static int listed_before(arv_doc *d, size_t i, const char *w, size_t n, arv_entity *x)
{
    long k = coded_person_ending(d, i, w, n, 1);
    if (k < 0) return 0;
    const arv_entity *y = &d->ents.v[k];
    int32_t mi = d->tmatch.v[y->first];
    const arv_match *m = mi < 0 ? NULL : &d->matches.v[mi];
    const arv_lex_entry *e = m ? arv_match_entry(m, ARV_K_ACTOR) : NULL;
    if (!e || e->type != ARV_T_PER || m->first != y->first || m->last != y->last) return 0;
    x->code = y->code;
    x->antecedent = (int32_t)k;
    return 1;
}

/* The country of a ruling house a person's name ends with (منصور بن مقرن بن
 * عبد العزيز آل سعود, تميم بن حمد آل ثاني, صباح الأحمد الجابر الصباح), or of
 * a grandson of Ibn Saud (طلال بن سعود بن عبدالعزيز), or NULL: a prince's
 * title tells no country, and the last one named may be a neighbour's
 * (أمير الكويت ... الأمير منصور بن مقرن). */
static const char *ruling_house(const arv_doc *d, const arv_entity *x)
{
    static const char *const houses[][2] = {{"سعود", "SAU"}, {"ثاني", "QAT"}, {"نهيان", "ARE"}, {"مكتوم", "ARE"},
                                            {"القاسمي", "ARE"}, {"النعيمي", "ARE"}, {"خليفه", "BHR"},
                                            {"الصباح", "KWT"}, {"سعيد", "OMN"}};
    if (x->last - x->first < 3) return NULL;
    const char *w = d->tk.norm.v + d->tk.tok.v[x->last - 1].norm, *v = d->tk.norm.v + d->tk.tok.v[x->last - 2].norm;
    for (size_t h = 0; h < sizeof houses / sizeof *houses; h++)
        if (!strcmp(w, houses[h][0]) && (!strcmp(v, "ال") || !strncmp(w, "ال", 4))) return houses[h][1];
    /* ... بن سعود بن عبدالعزيز, بن مقرن بن عبد العزيز */
    size_t bin = 0, k = x->last - 1;
    if (!strcmp(w, "عبدالعزيز")) k = x->last - 2;
    else if (!strcmp(w, "العزيز") && !strcmp(v, "عبد")) k = x->last - 3;
    else return NULL;
    if (k <= x->first || strcmp(d->tk.norm.v + d->tk.tok.v[k].norm, "بن")) return NULL;
    for (size_t t = x->first; t < k; t++) bin += !strcmp(d->tk.norm.v + d->tk.tok.v[t].norm, "بن");
    return bin ? "SAU" : NULL;
}

/* Short mentions take the code of the full name met earlier in the document:
 * a role noun (وزارة الخارجية, الوزارة) that of the earlier name starting alike
 * (وزارة الخارجية الأمريكية), else of the latest actor with that role; a person
 * without a code that of the earlier person whose name ends alike; and a bare
 * surname (بومبيو) of an earlier person becomes a person itself. */
static void link_short_mentions(arv_doc *d)
{
    for (size_t i = 0; i < d->ents.n; i++) {
        arv_entity *x = &d->ents.v[i];
        if (x->type == ARV_T_DATE) continue;
        const char *w = d->text + x->span.start;
        size_t n = x->span.end - x->span.start;
        if (x->type == ARV_T_PER && x->last - x->first == 1 && strcmp(x->rule, "lexicon") &&
            listed_before(d, i, w, n, x))
            continue;
        const char *house = x->type == ARV_T_PER && arv_code_is_role(x->code) ? ruling_house(d, x) : NULL;
        if (house) {
            x->code = concat(d, house, x->code);
            continue;
        }
        if (arv_code_is_role(x->code)) {
            size_t lo = i > ANAPHORA_WINDOW ? i - ANAPHORA_WINDOW : 0, hi = i + ANAPHORA_WINDOW;
            /* المملكة: the country whose name it starts (المملكة العربية السعودية) */
            for (size_t k = i; k-- > lo && n >= 10;) {
                const arv_entity *y = &d->ents.v[k];
                if (y->type == ARV_T_LOC && (size_t)(y->span.end - y->span.start) > n + 1 &&
                    !memcmp(d->text + y->span.start, w, n) && d->text[y->span.start + n] == ' ' && is_country(y->code)) {
                    x->code = y->code;
                    x->antecedent = (int32_t)k;
                    break;
                }
            }
            if (x->antecedent >= 0) continue;
            if (n > 4 && !memcmp(w, "\xd8\xa7\xd9\x84", 4)) w += 4, n -= 4;  /* without ال */
            for (size_t k = i; k-- > lo && n >= 6;)
                if (starts_alike(d, &d->ents.v[k], w, n)) {
                    x->code = d->ents.v[k].code;
                    x->antecedent = (int32_t)k;
                    break;
                }
            /* a short form before the full name: the nearest name that follows */
            for (size_t k = i + 1; x->antecedent < 0 && k < d->ents.n && k < hi && n >= 6; k++)
                if (starts_alike(d, &d->ents.v[k], w, n)) {
                    x->code = d->ents.v[k].code;
                    x->antecedent = (int32_t)k;
                }
            int by_role = 0;
            for (size_t k = i; x->antecedent < 0 && k-- > lo;) {
                const char *kc = d->ents.v[k].code;
                if (strlen(kc) == 6 && !strcmp(kc + 3, x->code) && d->ents.v[k].type != ARV_T_DATE) {
                    x->code = kc;
                    x->antecedent = (int32_t)k;
                    by_role = 1;
                }
            }
            /* a definite body that the document ties to a country is named
             * (وزارة الخارجية after or before وزارة الخارجية الأمريكية, القوات
             * الجوية of LBYMIL); alone it is a common noun phrase. Many
             * bodies, or a part of a company or a school, take a code from
             * the body of their kind before them but are not it (no_body) */
            if (x->antecedent >= 0 && definite_body(x) && arv_code_has_country(x->code) && !(by_role && no_body(d, x)))
                x->named = 1;
        } else if (!*x->code && x->type == ARV_T_PER) {
            long k = coded_person_ending(d, i, w, n, 0);
            if (k >= 0) {
                x->code = d->ents.v[k].code;
                x->antecedent = (int32_t)k;
            }
        }
    }
    /* bare surnames (and first names) of persons named earlier: their last
     * and first words, sorted, are looked up for each token that is no entity */
    size_t nent = d->ents.n, np = 0, e = 0, nc = 0;
    surname *sn = nent ? arv_arena_alloc(&d->arena, 2 * nent * sizeof *sn) : NULL;
    /* words the document also writes with the article are common nouns
     * (مدرب / المدرب, بطولة / البطولة), not names */
    word_at *common = nent ? arv_arena_alloc(&d->arena, d->tk.tok.n * sizeof *common) : NULL;
    for (size_t t = 0; t < d->tk.tok.n && nent; t++) {
        const char *w = d->tk.norm.v + d->tk.tok.v[t].norm;
        if (d->tk.tok.v[t].norm_len >= 10 && !strncmp(w, "ال", 4)) common[nc++] = (word_at){w + 4, d->tk.tok.v[t].start, 0};
    }
    if (nc) qsort(common, nc, sizeof *common, word_at_cmp);

    for (size_t k = 0; k < nent; k++) {
        const arv_entity *y = &d->ents.v[k];
        if (y->type == ARV_T_PER && y->named && y->last - y->first == 1 && y->span.start == d->tk.tok.v[y->first].start &&
            (!strcmp(y->rule, "given+blessing") || !strcmp(y->rule, "kin+given") || !strcmp(y->rule, "report+given"))) {
            /* a given name that named one person alone: محمد صلى الله عليه
             * وسلم ... عن محمد, only where it stands alone */
            const char *w = d->tk.norm.v + d->tk.tok.v[y->first].norm;
            if (!written_near(common, nc, w, y->span.start)) sn[np++] = (surname){w, y->span.start, (uint32_t)k, 2, 0};
            continue;
        }
        if (y->type == ARV_T_PER && y->named && y->last - y->first == 1 && lone_name(d, y)) {
            /* a one-word name of no list that a title or a nisba gave: المهاجم
             * البرازيلي إيمرسون ... خاض إيمرسون */
            const arv_token *ot = &d->tk.tok.v[y->first];
            const char *w = d->tk.norm.v + ot->norm;
            if (!written_near(common, nc, w, y->span.start)) sn[np++] = (surname){w, y->span.start, (uint32_t)k, 0, 0};
            continue;
        }
        if (y->type != ARV_T_PER || y->last - y->first < 2 || !y->named) continue;
        const arv_token *lt = &d->tk.tok.v[y->last - 1];
        const char *w = d->tk.norm.v + lt->norm;
        /* of a listed person a two-word name's last word (فوزي برهوم); that
         * of a longer one is often a grandfather's given name and a common
         * word (علي عبد الله صالح), so only where the bare word speaks:
         * طه ياسين رمضان ... وقال رمضان */
        int long_listed = !strcmp(y->rule, "lexicon") && y->last - y->first > 2;
        int sw = surname_word(d, y);
        if (long_listed && sw) sw = 2;
        /* a family name of a past verb's shape فعلت (محمد رفعت, أحمد عزت)
         * names the person bare only where it speaks or acts: كما رفعت عدة
         * دعاوى "she also filed" */
        if (sw == 1 && lt->norm_len == 8 && !strcmp(w + 6, "ت") && three_consonants(w)) sw = 2;
        if (sw && !ends_in_ha(d->text, lt) && !written_near(common, nc, w, y->span.start))
            sn[np++] = (surname){w, y->span.start, (uint32_t)k, 0, sw == 2};
        /* a given name that starts a name found by rule: توفيق الحكيم ... توفيق
         * (one that is also an adjective only where it speaks or acts) */
        const arv_match *fm = d->tmatch.v[y->first] < 0 ? NULL : &d->matches.v[d->tmatch.v[y->first]];
        w = d->tk.norm.v + d->tk.tok.v[y->first].norm;
        if (strcmp(y->rule, "lexicon") && fm && !fm->prefix && fm->last == y->first + 1 && given_only(fm) &&
            !written_near(common, nc, w, y->span.start))
            sn[np++] = (surname){w, y->span.start, (uint32_t)k, 1 + (y->last - y->first > 2 && patronymic_first(d, y)),
                                 adj_given(d, fm)};
        /* ... or a listed one: عثمان بن عفان ... عثمان */
        else if (!strcmp(y->rule, "lexicon") && fm && !fm->prefix && fm->first == y->first &&
                 (given_word(d, w, d->tk.tok.v[y->first].norm_len) ||
                  (d->cw.v[y->first].cls == ARV_CW_NONE && unlisted_word(d, w, d->tk.tok.v[y->first].norm_len)) ||
                  surface_ali(d, y->first)) &&
                 !written_near(common, nc, w, y->span.start))
            sn[np++] = (surname){w, y->span.start, (uint32_t)k, 1 + long_listed, 0};
        /* ... or the first of a patronymic, whatever it is: معاوية بن أبي سفيان ... معاوية */
        else if (patronymic_first(d, y) && !written_near(common, nc, w, y->span.start))
            sn[np++] = (surname){w, y->span.start, (uint32_t)k, 2, 0};
    }
    np = drop_bare_written(d, sn, np);
    if (np) qsort(sn, np, sizeof *sn, surname_cmp);
    for (size_t t = 0; t < d->tk.tok.n && np; t++) {
        const arv_token *tk = &d->tk.tok.v[t];
        while (e < nent && d->ents.v[e].span.end <= tk->start) e++;
        if (e < nent && d->ents.v[e].span.start < tk->end) {
            /* a one-word town that is the surname of a person named before
             * is that person (برناردينو ليون ... أدان ليون: not Lyon); a
             * country stays one (شاه إيران ... إيران), and so does a town
             * with the article, whose nisba's shape made the family name
             * (فادي الزبداني ... معارك الزبداني), unless it speaks or acts
             * (فايز الأحمدي ... وأوضح الأحمدي) */
            arv_entity *x = &d->ents.v[e];
            surname key = {d->tk.norm.v + tk->norm, 0, 0, 0, 0};
            const surname *f;
            if (x->type == ARV_T_LOC && x->first == t && x->last == t + 1 && x->span.start == tk->start &&
                x->place && (f = first_named(sn, np, &key)) && f->start < tk->start &&
                (strncmp(key.norm, "ال", 4) || speaks_at(d, t))) {
                const arv_entity *y = &d->ents.v[f->ent];
                x->type = ARV_T_PER;
                x->kind = y->kind;
                x->code = y->code;
                x->place = 0;
                x->rule = "surname";
                x->antecedent = (int32_t)f->ent;
            }
            continue;
        }
        /* a month's name only where it speaks (وقال رمضان), and a title
         * that is a family name where no name follows it (عبدالعزيز الشيخ
         * ... وقال الشيخ إن, الشيخ: ...) */
        arv_closed_class cl = d->cw.v[t].cls;
        if (tk->cls != ARV_TC_ARABIC || tk->norm_len < 6 ||
            (cl != ARV_CW_NONE && !bare_ali(d, t) && !(cl == ARV_CW_HIJRI && speaks_at(d, t)) &&
             !(cl == ARV_CW_TITLE && !strncmp(d->tk.norm.v + tk->norm, "ال", 4) && t + 1 < d->tk.tok.n &&
               tk[1].sent == tk->sent && (d->cw.v[t + 1].cls == ARV_CW_COMP || tk[1].cls == ARV_TC_PUNCT))))
            continue;
        const arv_match *m = d->tmatch.v[t] < 0 ? NULL : &d->matches.v[d->tmatch.v[t]];
        if (m && !(m->last == t + 1 && given_only(m) && !m->prefix)) continue;
        const char *w = d->tk.norm.v + tk->norm;
        if (age_word_at(d, t, w)) continue;  /* عن عمر | يناهز 68 */
        /* the word itself, or without one proclitic (لفرويد) when it is no dictionary word */
        surname key = {w, 0, 0, 0, 0};
        const surname *f = first_named(sn, np, &key);
        size_t skip = 0;
        if ((!f || f->start >= tk->start) && !m && tk->norm_len >= 10 && proclitic_letter(w)) {
            key.norm = w + 2;
            f = first_named(sn, np, &key);
            skip = 1;
        }
        /* a family name with the article after a definite word is an
         * adjective there: القرار | الحكيم; not after a title (العميد |
         * الصبيحي) */
        if (f && !skip && !strncmp(w, "ال", 4) && t > 0 && d->tk.tok.v[t - 1].sent == tk->sent &&
            d->tk.tok.v[t - 1].cls == ARV_TC_ARABIC && !strncmp(d->tk.norm.v + d->tk.tok.v[t - 1].norm, "ال", 4) &&
            d->cw.v[t - 1].cls != ARV_CW_TITLE)
            continue;
        /* only a person named before, but for a headline's surnames (لافروف
         * يلتقي الخطيب ومشعل) the article names them after */
        if (!f || (f->start >= tk->start && tk->sent != 0)) continue;
        /* a long name's first word, a given name after a clitic or one that
         * is also a noun, only alone: not مساعد | وزير الدفاع, لصالح | الوطن */
        if ((f->given == 2 || (skip && f->given) || (f->given && f->weak)) && !stands_alone(d, t)) continue;
        /* weak only where every naming before is (محمد بن عبدالعزيز الصفيان
         * and then الأستاذ الصفيان: the bare word is his everywhere) */
        int weak = f->weak;
        for (const surname *g = f + 1; weak && g < sn + np && !strcmp(g->norm, f->norm) && g->start < tk->start; g++)
            weak = g->weak;
        if (weak && !speaks_at(d, t)) continue;
        /* a word of three letters, before a word of no class, is the first
         * of another name (وأضاف سيد | قادر, ديل | روساريو) */
        if (weak && tk->norm_len == 6 && t + 1 < d->tk.tok.n && d->tk.tok.v[t + 1].sent == tk->sent &&
            d->tk.tok.v[t + 1].cls == ARV_TC_ARABIC && d->cw.v[t + 1].cls == ARV_CW_NONE)
            continue;
        /* named within reach: a bare word far from any naming of it belongs
         * to another story of a long input (a CoNLL file read as one) */
        const surname *near = f;
        while (near + 1 < sn + np && !strcmp(near[1].norm, f->norm) && near[1].start < tk->start) near++;
        if (tk->start > near->start + SURNAME_REACH) continue;
        /* a given name two persons share is a person, but not which one */
        int shared = f->given && shared_given(d, f, near);
        uint32_t start = skip ? after_letter(d->text, tk->start, tk->end) : tk->start;
        size_t k0 = skip ? t : kunya_before(d, t);
        if (k0 < t) {
            const arv_token *kt = &d->tk.tok.v[k0];
            start = kt->norm_len == 8 ? after_letter(d->text, kt->start, kt->end) : kt->start;  /* ل|أبي */
        }
        arv_entity *z = push_mention(d, f->ent, k0, t + 1, start, tk->end, "surname");
        if (shared) z->antecedent = -1, z->code = "";
        if (!*z->code) z->code = title_code_before(d, e, k0);  /* وقال المحامي | السنيدي */
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
    link_headline_surnames(d);
    link_nisba_surnames(d);
    link_family_mentions(d);
}

/* The unknown word that names entity y: the word a place or body rule
 * named after its head (مدينة | بغنداران, شركة | زينكوفا) or the last word,
 * of no list, of a listed company, club, party or paper (مانشستر | سيتي).
 * Its token, or -1. */
static long head_named_word(const arv_doc *d, const arv_entity *y)
{
    size_t t;
    if (!strcmp(y->rule, "place-head")) t = y->first;
    else if (y->type == ARV_T_ORG && !strcmp(y->rule, "lexicon") && y->named && y->last - y->first >= 2) {
        t = y->last - 1;  /* a listed body's last word of no list: مانشستر | يونايتد */
        const arv_token *lt = &d->tk.tok.v[t];
        const char *lw = d->tk.norm.v + lt->norm;
        /* a company, a club, a party or a paper: an armed group's last word
         * is its leader's (قوات | صالح), a university's its town's (جامعة | حائل) */
        size_t cl = strlen(y->code);
        const char *sfx = cl >= 3 ? y->code + cl - 3 : "";
        if (proclitic_letter(lw) || !unlisted_word(d, lw, lt->norm_len) ||
            (strcmp(sfx, "BUS") && strcmp(sfx, "PTY") && strcmp(sfx, "MED")))
            return -1;
    }
    else if ((!strcmp(y->rule, "org-head") || !strcmp(y->rule, "head+name")) && y->named && !y->described &&
             (y->last - y->first == 2 ||
              (y->last - y->first == 3 && !strncmp(d->tk.norm.v + d->tk.tok.v[y->last - 1].norm, "لل", 4))))
        t = y->first + 1;  /* also before what the body is for: شركة هالكون | للموارد */
    else return -1;
    const arv_token *tk = &d->tk.tok.v[t];
    const char *w = d->tk.norm.v + tk->norm;
    size_t n = tk->norm_len;
    if (tk->cls != ARV_TC_ARABIC || d->tmatch.v[t] >= 0 || d->cw.v[t].cls != ARV_CW_NONE || n < 8 ||
        !strncmp(w, "ال", 4) || arv_lexicon_common(d->eng->common, 2, w, n) || given_word(d, w, n))
        return -1;
    /* the head rules also take verbs (منطقة | توفر, منطقة | أصبحت, مدينة |
     * يوجد) and nouns in construct (مدينة | رسول الله): such a word is not
     * spread, nor one in ي or ت, the letters of the present */
    if (!strncmp(w, "ي", 2) || !strncmp(w, "ت", 2) || (!strncmp(w, "ا", 2) && !strcmp(w + n - 2, "ت")) ||
        (t + 1 < d->tk.tok.n && !strcmp(d->tk.norm.v + d->tk.tok.v[t + 1].norm, "الله")))
        return -1;
    return (long)t;
}

/* A place or body named by such a word (head_named_word) is named again
 * where the document writes the word alone, before or after, within reach
 * (وتقع بغنداران, وقالت زينكوفا, وخاض مع سيتي): the word is of no list, so
 * the name is the only reading the document gives it. A lone person found
 * by a saying verb there (وقالت | زينكوفا) is that body. */
static void link_head_names(arv_doc *d)
{
    size_t nent = d->ents.n, np = 0, e = 0;
    surname *sn = nent ? arv_arena_alloc(&d->arena, nent * sizeof *sn) : NULL;
    for (size_t k = 0; k < nent; k++) {
        long t = head_named_word(d, &d->ents.v[k]);
        if (t >= 0) sn[np++] = (surname){d->tk.norm.v + d->tk.tok.v[t].norm, d->tk.tok.v[t].start, (uint32_t)k, 0, 0};
    }
    if (!np) return;
    qsort(sn, np, sizeof *sn, surname_cmp);
    for (size_t t = 0; t < d->tk.tok.n; t++) {
        const arv_token *tk = &d->tk.tok.v[t];
        while (e < nent && d->ents.v[e].span.end <= tk->start) e++;
        arv_entity *x = e < nent && d->ents.v[e].span.start < tk->end ? &d->ents.v[e] : NULL;
        /* a lone person of a saying verb, or no entity at all */
        if (x && !(x->type == ARV_T_PER && x->first == t && x->last == t + 1 && !*x->code &&
                   (!strcmp(x->rule, "report+name") || !strcmp(x->rule, "report+given"))))
            continue;
        if (tk->cls != ARV_TC_ARABIC || d->cw.v[t].cls != ARV_CW_NONE || tk->norm_len < 8) continue;
        const char *w = d->tk.norm.v + tk->norm;
        surname key = {w, 0, 0, 0, 0};
        const surname *f = first_named(sn, np, &key);
        size_t skip = 0;
        if (!f && d->tmatch.v[t] < 0 && proclitic_letter(w)) {
            key.norm = w + 2;
            f = first_named(sn, np, &key);
            skip = 1;
        }
        if (!f || (!skip && d->tmatch.v[t] >= 0)) continue;
        /* the naming nearest to the word, within reach either way */
        const surname *near = f;
        while (near + 1 < sn + np && !strcmp(near[1].norm, f->norm) && near[1].start <= tk->start) near++;
        if (near->start == tk->start) continue;  /* the naming itself */
        uint32_t gap = near->start > tk->start ? near->start - tk->start : tk->start - near->start;
        if (gap > SURNAME_REACH) continue;
        const arv_entity *y = &d->ents.v[near->ent];
        if (x) {
            x->type = y->type;
            x->kind = y->kind;
            x->code = y->code;
            x->place = y->place;
            x->rule = "head-name";
            x->antecedent = (int32_t)near->ent;
            continue;
        }
        size_t first = t;
        uint32_t start = skip ? after_letter(d->text, tk->start, tk->end) : tk->start;
        /* the word before it in the name, written before it again: سان | جيرمان */
        if (!skip && y->last - y->first >= 3 && t > 0 && d->tk.tok.v[t - 1].sent == tk->sent &&
            (e == 0 || d->ents.v[e - 1].span.end <= d->tk.tok.v[t - 1].start)) {
            const arv_token *pt = &d->tk.tok.v[t - 1];
            const char *pw = d->tk.norm.v + pt->norm, *nw = d->tk.norm.v + d->tk.tok.v[y->last - 2].norm;
            int clitic = proclitic_letter(pw) && !strcmp(pw + 2, nw);
            if (!strcmp(pw, nw) || clitic) {
                first = t - 1;
                start = clitic ? after_letter(d->text, pt->start, pt->end) : pt->start;
            }
        }
        push_mention(d, near->ent, first, t + 1, start, tk->end, "head-name");
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* A name glossed in Latin letters in brackets right after it is the same
 * entity: ألبرت أينشتاين ( Albert Einstein ), المركز الدولي ( ICSS ). */
static void link_latin_glosses(arv_doc *d)
{
    size_t nent = d->ents.n;
    const arv_token *tk = d->tk.tok.v;
    for (size_t k = 0; k < nent; k++) {
        const arv_entity *y = &d->ents.v[k];
        size_t t = y->last;
        if (y->type == ARV_T_DATE || !y->named || t + 2 >= d->tk.tok.n || tk[t].sent != y->sent ||
            tk[t].cls != ARV_TC_PUNCT || tk[t].end - tk[t].start != 1 || d->text[tk[t].start] != '(')
            continue;
        size_t j = t + 1;
        while (j < d->tk.tok.n && j < t + 6 && tk[j].sent == y->sent && tk[j].cls == ARV_TC_LATIN) j++;
        if (j == t + 1 || j >= d->tk.tok.n || tk[j].cls != ARV_TC_PUNCT || d->text[tk[j].start] != ')') continue;
        push_mention(d, k, t + 1, j, tk[t + 1].start, tk[j - 1].end, "latin-gloss");
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* A town named with a word that is also a common noun is that town where
 * the document writes the word bare after a preposition, with ب, or after a
 * place and و, and no adjective follows: Medina, named in full (المدينة
 * المنورة, المدينة النبوية), is the bare المدينة (عاد إلى المدينة,
 * بالمدينة, مكة والمدينة; في المدينة الجامعية is "the city"), and a town
 * named after its head (مدينة مشهد) is the bare word (إلى مشهد, طهران
 * ومشهد), within one article's reach of a naming. */
enum { BARE_TOWN_REACH = 8192 };  /* bytes: a long article's length (a CoNLL file is read as one document) */

static uint32_t byte_distance(uint32_t a, uint32_t b) { return a > b ? a - b : b - a; }

/* The entity of the entry of w in the sorted table nm[0..n) nearest to
 * byte pos, or -1. */
static long nearest_written(const word_at *nm, size_t n, const char *w, uint32_t pos)
{
    size_t lo = word_at_bound(nm, n, w, pos);
    long best = lo < n && !strcmp(nm[lo].w, w) ? (long)lo : -1;
    if (lo > 0 && !strcmp(nm[lo - 1].w, w) &&
        (best < 0 || byte_distance(nm[lo - 1].pos, pos) <= byte_distance(nm[best].pos, pos)))
        best = (long)lo - 1;
    return best < 0 ? -1 : (long)nm[best].ent;
}

static void link_bare_towns(arv_doc *d)
{
    static const char *const preps[] = {"في", "الي", "من", "علي", "عن", "حول", "نحو", "داخل", NULL};
    size_t nent = d->ents.n, e = 0, ns = 0;
    const arv_token *tk = d->tk.tok.v;
    word_at *named = NULL;  /* the words that name a town, where, and by which entity */
    for (size_t k = 0; k < nent; k++) {
        const arv_entity *y = &d->ents.v[k];
        if (y->type != ARV_T_LOC) continue;
        const char *a = d->tk.norm.v + tk[y->first].norm, *word = NULL;
        if (y->last - y->first == 2) {
            const char *b = d->tk.norm.v + tk[y->first + 1].norm;
            if ((!strcmp(a, "المدينه") || (proclitic_letter(a) && !strcmp(a + 2, "المدينه"))) &&
                (!strcmp(b, "المنوره") || !strcmp(b, "النبويه")))
                word = "المدينه";
        } else if (y->last - y->first == 1 && y->first > 0 && tk[y->first - 1].sent == y->sent &&
                   d->cw.v[y->first - 1].cls == ARV_CW_PLACE_HEAD && y->span.start == tk[y->first].start && *y->code &&
                   arv_lexicon_common(d->eng->common, 2, a, tk[y->first].norm_len)) {
            word = a;  /* مدينة | مشهد, a listed town (with its code), not مدينة | التمور */
        }
        if (!word) continue;
        if (!named) named = arv_arena_alloc(&d->arena, nent * sizeof *named);
        named[ns++] = (word_at){word, y->span.start, (uint32_t)k};
    }
    if (ns) qsort(named, ns, sizeof *named, word_at_cmp);
    for (size_t t = 1; ns && t < d->tk.tok.n; t++) {
        while (e < nent && d->ents.v[e].span.end <= tk[t].start) e++;
        if (e < nent && d->ents.v[e].span.start < tk[t].end) continue;
        if (tk[t].cls != ARV_TC_ARABIC || tk[t - 1].sent != tk[t].sent) continue;
        const char *w = d->tk.norm.v + tk[t].norm;
        /* the naming of this word nearest before or after */
        int clitic = (!strncmp(w, "ب", 2) || !strncmp(w, "و", 2)) && tk[t].norm_len > 2;
        long src = nearest_written(named, ns, w, tk[t].start);
        if (src >= 0) clitic = 0;
        else if (clitic) src = nearest_written(named, ns, w + 2, tk[t].start);
        if (src < 0 || byte_distance(d->ents.v[src].span.start, tk[t].start) > BARE_TOWN_REACH) continue;
        if (t + 1 < d->tk.tok.n && tk[t + 1].sent == tk[t].sent && tk[t + 1].cls == ARV_TC_ARABIC &&
            !strncmp(d->tk.norm.v + tk[t + 1].norm, "ال", 4))
            continue;
        const char *pw = d->tk.norm.v + tk[t - 1].norm;
        int after_place = e > 0 && d->ents.v[e - 1].type == ARV_T_LOC && d->ents.v[e - 1].last == t;
        int ok = clitic && !strncmp(w, "ب", 2);  /* بالمدينة */
        if (clitic && !ok) ok = after_place;     /* مكة والمدينة */
        for (const char *const *p = preps; !clitic && *p && !ok; p++) ok = !strcmp(pw, *p);
        if (!ok) continue;
        push_mention(d, (size_t)src, t, t + 1, clitic ? after_letter(d->text, tk[t].start, tk[t].end) : tk[t].start,
                     tk[t].end, "bare-town");
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* A listed body named with its country's nisba (البنك التجاري القطري, the
 * Commercial Bank of Qatar) is the name without the nisba within an
 * article's reach, before or after (وأعلن البنك التجاري أن, للبنك التجاري):
 * the document ties the short form to one body, as GUIDELINES.md names
 * وزارة الخارجية near وزارة الخارجية الأمريكية. Not before an adjective
 * (البنك التجاري الدولي, another bank). */
static void link_nisba_short_forms(arv_doc *d)
{
    enum { MAX_FORMS = 16 };
    size_t nent = d->ents.n, nf = 0, e = 0;
    const arv_token *tk = d->tk.tok.v;
    size_t forms[MAX_FORMS];  /* entities named so */
    for (size_t k = 0; k < nent && nf < MAX_FORMS; k++) {
        const arv_entity *y = &d->ents.v[k];
        if (y->type != ARV_T_ORG || !y->named || strcmp(y->rule, "lexicon") || y->last - y->first < 3 ||
            !arv_code_has_country(y->code) || y->span.start != tk[y->first].start)
            continue;
        const char *nw = d->tk.norm.v + tk[y->last - 1].norm, *fw = d->tk.norm.v + tk[y->first].norm;
        size_t nl = tk[y->last - 1].norm_len;
        if (strncmp(fw, "ال", 4) || strncmp(nw, "ال", 4) || strcmp(nw + nl - 2, "ي") || !nisba_word(d, nw, nl)) continue;
        forms[nf++] = k;
    }
    for (size_t t = 0; nf && t < d->tk.tok.n; t++) {
        while (e < nent && d->ents.v[e].span.end <= tk[t].start) e++;
        if (e < nent && d->ents.v[e].span.start < tk[t].end) continue;
        if (tk[t].cls != ARV_TC_ARABIC || tk[t].norm_len < 8) continue;
        const char *w = d->tk.norm.v + tk[t].norm;
        for (size_t f = 0; f < nf; f++) {
            const arv_entity *y = &d->ents.v[forms[f]];
            size_t len = y->last - 1 - y->first;  /* the name's tokens without the nisba */
            const char *fw = d->tk.norm.v + tk[y->first].norm;
            /* the first word, or it after و, ب or ل (ل drops the article's alif: للبنك) */
            size_t clitics = 0;
            if (strcmp(w, fw)) {
                const char *x = w;
                if (!strncmp(x, "و", 2)) x += 2, clitics++;
                if (!strncmp(x, "ب", 2) && !strcmp(x + 2, fw)) clitics++;
                else if (!strncmp(x, "لل", 4) && !strcmp(x + 4, fw + 4)) clitics++;
                else if (strcmp(x, fw)) continue;
            }
            if (t + len > d->tk.tok.n || byte_distance(y->span.start, tk[t].start) > BARE_TOWN_REACH) continue;
            size_t k = 1;
            while (k < len && tk[t + k].sent == tk[t].sent &&
                   !strcmp(d->tk.norm.v + tk[t + k].norm, d->tk.norm.v + tk[y->first + k].norm))
                k++;
            if (k < len) continue;
            /* no entity over its other words, no adjective after it */
            if (e < nent && d->ents.v[e].span.start < tk[t + len - 1].end) continue;
            if (t + len < d->tk.tok.n && tk[t + len].sent == tk[t].sent && tk[t + len].cls == ARV_TC_ARABIC &&
                !strncmp(d->tk.norm.v + tk[t + len].norm, "ال", 4) && d->cw.v[t + len].cls == ARV_CW_NONE)
                continue;
            uint32_t start = tk[t].start;
            for (size_t c = 0; c < clitics; c++) start = after_letter(d->text, start, tk[t].end);
            push_mention(d, forms[f], t, t + len, start, tk[t + len - 1].end, "short-form");
            t += len - 1;
            break;
        }
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* "The international organization" (المنظمة الدولية, الأممية) is the
 * international organization named last before it within an article's
 * reach, with its code (الأمم المتحدة ... الأمين العام للمنظمة الدولية):
 * the UN or one of its bodies, an NGO, or a body named منظمة; with none
 * named, it is no entity. */
static void link_world_body(arv_doc *d)
{
    size_t nent = d->ents.n, e = 0;
    const arv_token *tk = d->tk.tok.v;
    long last = -1;  /* the international body named last */
    for (size_t t = 0; t + 1 < d->tk.tok.n; t++) {
        while (e < nent && d->ents.v[e].span.end <= tk[t].start) {
            const arv_entity *y = &d->ents.v[e];
            const char *fw = d->tk.norm.v + tk[y->first].norm;
            if (proclitic_letter(fw)) fw += 2;
            /* the UN's bodies, an NGO, or an organization named so: not a
             * union, a league or a council (الاتحاد الأوروبي) */
            if (y->type == ARV_T_ORG && y->named &&
                (!strncmp(y->code, "IGOUNO", 6) || !strncmp(y->code, "NGO", 3) ||
                 (!strncmp(y->code, "IGO", 3) && (!strcmp(fw, "منظمه") || !strcmp(fw, "المنظمه") || !strcmp(fw, "لمنظمه")))))
                last = (long)e;
            e++;
        }
        /* الدولية and الأممية are of seven letters: a cheap test first */
        if (last < 0 || tk[t + 1].norm_len != 14 || (e < nent && d->ents.v[e].span.start < tk[t + 1].end)) continue;
        const char *w = d->tk.norm.v + tk[t].norm, *a = d->tk.norm.v + tk[t + 1].norm;
        size_t clitics = 0;
        if (!strncmp(w, "و", 2)) w += 2, clitics++;
        if (!strncmp(w, "للمنظمه", 14)) w += 2, clitics++;  /* ل + المنظمة */
        else if (!strncmp(w, "بالمنظمه", 16)) w += 2, clitics++;
        if ((strcmp(w, "المنظمه") && strcmp(w, "لمنظمه")) || tk[t + 1].sent != tk[t].sent ||
            (strcmp(a, "الدوليه") && strcmp(a, "الامميه")))
            continue;
        if (byte_distance(d->ents.v[last].span.end, tk[t].start) > BARE_TOWN_REACH) continue;
        uint32_t start = tk[t].start;
        for (size_t k = 0; k < clitics; k++) start = after_letter(d->text, start, tk[t].end);
        push_mention(d, (size_t)last, t, t + 2, start, tk[t + 1].end, "epithet");
        t++;
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* The word that names a club after its head, where entity y is a club
 * named so, alone or with its country's nisba (فريق | الجزيرة, نادي |
 * الشباب | السعودي), or a club named by the word and that nisba (الشباب |
 * السعودي): its token, or -1. Only a definite word: a town's club is the
 * town's name (نادي نجران), which the town's links take. */
static long club_named_word(const arv_doc *d, const arv_entity *y)
{
    const arv_token *tk = d->tk.tok.v;
    if (y->type != ARV_T_ORG || !y->named || (strcmp(y->rule, "club") && strcmp(y->rule, "lexicon"))) return -1;
    size_t sfx = strlen(y->code);
    if (sfx && (sfx < 3 || strcmp(y->code + sfx - 3, "BUS"))) return -1;
    size_t first = y->first, last = y->last;
    const char *h = d->tk.norm.v + tk[first].norm;
    if (tk[first].norm_len == 10 && proclitic_letter(h)) h += 2;
    int headed = !strcmp(h, "فريق") || !strcmp(h, "نادي");
    first += headed;
    if (last - first == 2) {
        const char *nw = d->tk.norm.v + tk[last - 1].norm;
        size_t nl = tk[last - 1].norm_len;
        if (strncmp(nw, "ال", 4) || strcmp(nw + nl - 2, "ي") || !nisba_word(d, nw, nl)) return -1;
        last--;
    }
    /* no head: the word and its nisba, the word first in the span */
    if (last - first != 1 || (!headed && (last == y->last || y->span.start != tk[first].start))) return -1;
    const char *w = d->tk.norm.v + tk[first].norm;
    return tk[first].cls == ARV_TC_ARABIC && tk[first].norm_len >= 10 && !strncmp(w, "ال", 4) ? (long)first : -1;
}

/* Is there a word of sport within a few tokens of token t (the club's
 * word alone is sport only in a report of sport)? */
static int sport_near(const arv_doc *d, size_t t)
{
    enum { SPORT_REACH = 30 };
    size_t lo = t > SPORT_REACH ? t - SPORT_REACH : 0, hi = t + SPORT_REACH < d->tk.tok.n ? t + SPORT_REACH : d->tk.tok.n;
    for (size_t k = lo; k < hi; k++)
        if (d->tk.tok.v[k].cls == ARV_TC_ARABIC &&
            arv_closed_sport(d->tk.norm.v + d->tk.tok.v[k].norm, d->tk.tok.v[k].norm_len))
            return 1;
    return 0;
}

/* A club named by a definite word after its head (فريق الجزيرة, نادي
 * الوحدة) is the word alone, with و, ب, ل or لل before it, in a report of
 * sport within an article's reach: وتأهل الجزيرة, مدافعي الوحدة, للجزيرة.
 * Not before a definite word (الوحدة الوطنية, الشباب السعودي) nor after
 * one, as its adjective (الفريق العربي). */
static void link_bare_clubs(arv_doc *d)
{
    size_t nent = d->ents.n, e = 0, ns = 0;
    const arv_token *tk = d->tk.tok.v;
    word_at *named = NULL;
    for (size_t k = 0; k < nent; k++) {
        long t = club_named_word(d, &d->ents.v[k]);
        if (t < 0) continue;
        if (!named) named = arv_arena_alloc(&d->arena, nent * sizeof *named);
        named[ns++] = (word_at){d->tk.norm.v + tk[t].norm, tk[t].start, (uint32_t)k};
    }
    if (ns) qsort(named, ns, sizeof *named, word_at_cmp);
    for (size_t t = 1; ns && t < d->tk.tok.n; t++) {
        while (e < nent && d->ents.v[e].span.end <= tk[t].start) e++;
        if (e < nent && d->ents.v[e].span.start < tk[t].end) continue;
        if (tk[t].cls != ARV_TC_ARABIC || tk[t].norm_len < 10) continue;
        const char *w = d->tk.norm.v + tk[t].norm;
        size_t n = tk[t].norm_len, clitics = 0;
        char key[64];
        if (!strncmp(w, "و", 2) || !strncmp(w, "ف", 2)) w += 2, n -= 2, clitics++;
        size_t alif = 0;  /* للجزيرة: ل + الجزيرة, the article's alif dropped */
        if (!strncmp(w, "لل", 4)) w += 2, n -= 2, clitics++, alif = 2;
        else if ((!strncmp(w, "ب", 2) || !strncmp(w, "ل", 2)) && !strncmp(w + 2, "ال", 4)) w += 2, n -= 2, clitics++;
        if (n + alif + 1 > sizeof key || n < 8) continue;
        memcpy(key, "ا", alif);
        memcpy(key + alif, w, n + 1);
        long src = nearest_written(named, ns, key, tk[t].start);
        if (src < 0 || byte_distance(d->ents.v[src].span.start, tk[t].start) > BARE_TOWN_REACH) continue;
        if (t + 1 < d->tk.tok.n && tk[t + 1].sent == tk[t].sent && tk[t + 1].cls == ARV_TC_ARABIC &&
            !strncmp(d->tk.norm.v + tk[t + 1].norm, "ال", 4) && d->cw.v[t + 1].cls == ARV_CW_NONE)
            continue;  /* not before الى, الذي */
        const char *pw = d->tk.norm.v + tk[t - 1].norm;
        if (!clitics && tk[t - 1].sent == tk[t].sent && tk[t - 1].cls == ARV_TC_ARABIC &&
            (!strncmp(pw, "ال", 4) || !strncmp(pw, "وال", 6)))
            continue;
        if (!sport_near(d, t)) continue;
        uint32_t start = tk[t].start;
        for (size_t k = 0; k < clitics; k++) start = after_letter(d->text, start, tk[t].end);
        push_mention(d, (size_t)src, t, t + 1, start, tk[t].end, "club");
    }
    if (d->ents.n > nent) qsort(d->ents.v, d->ents.n, sizeof *d->ents.v, ent_cmp);
}

/* Is the word w (normalized, no clitic) the head of a facility named after
 * a person: مطار, طريق, مستشفى (GUIDELINES.md: named facilities are places)? */
static int facility_head(const char *w)
{
    static const char *const heads[] = {"مطار", "طريق", "شارع", "حديقه", "متنزه", "منتزه", "مسجد", "جامع", "ملعب",
                                        "استاد", "مستشفي", "مجمع", "جسر", "ميناء", "قاعده", "جامعه", "كليه", "مكتبه",
                                        "قصر", "مدينه", "حي", "ميدان", "دوار", NULL};
    for (const char *const *h = heads; *h; h++)
        if (!strcmp(w, *h)) return 1;
    return 0;
}

/* A person named by title after a facility's head is the facility's name
 * (مطار الملك فهد الدولي, بمستشفى الأمير سلطان العسكري, جامعة الملك سعود):
 * the person becomes the place, head and one adjective after it included.
 * Not عن طريق, "through". Runs before any link is made. */
static void facility_names(arv_doc *d)
{
    const arv_token *tk = d->tk.tok.v;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_PER || x->first < 1) continue;
        /* the head, before the title or right before the name (مطار محمد
         * الخامس, مطار جون كنيدي) */
        size_t h = x->first >= 2 && d->cw.v[x->first - 1].cls == ARV_CW_TITLE ? x->first - 2 : x->first - 1;
        /* not a title alone (مطار | الملك), nor a name in بن, whose given name
         * the head word is then (شارع | بن مبارك) */
        const char *fw = d->tk.norm.v + tk[x->first].norm;
        if (h == x->first - 1 &&
            (!x->named || d->cw.v[x->first].cls == ARV_CW_TITLE || !strcmp(fw, "بن") || !strcmp(fw, "ابن")))
            continue;
        if (tk[h].sent != x->sent || tk[h].cls != ARV_TC_ARABIC || d->tmatch.v[h] >= 0) continue;
        const char *w = d->tk.norm.v + tk[h].norm;
        int clitic = tk[h].norm_len > 6 && !facility_head(w) && proclitic_letter(w);
        if (!facility_head(w + (clitic ? 2 : 0))) continue;
        /* مكتبة "library" written مكتبه is "his office": في مكتبه | العقيد عمر
         * السلطان (other heads in ه are the ة of a hasty spelling: بمدينه) */
        if (!strcmp(w + (clitic ? 2 : 0), "مكتبه") && !ends_in_ta(d->text, &tk[h])) continue;
        if (h > 0 && tk[h - 1].sent == x->sent && !strcmp(d->tk.norm.v + tk[h - 1].norm, "عن") &&
            !strcmp(w, "طريق"))
            continue;
        /* one adjective of the facility after the name: الدولي, التخصصي, الجامعية */
        size_t l = x->last;
        if (l < d->tk.tok.n && tk[l].sent == x->sent && tk[l].cls == ARV_TC_ARABIC && d->tmatch.v[l] < 0 &&
            (k + 1 >= d->ents.n || d->ents.v[k + 1].first > l)) {
            const char *a = d->tk.norm.v + tk[l].norm;
            size_t an = tk[l].norm_len;
            if (an >= 10 && !strncmp(a, "ال", 4) && (!strcmp(a + an - 2, "ي") || !strcmp(a + an - 4, "يه")) &&
                !ordinal_word(a))
                l++;
        }
        x->type = ARV_T_LOC;
        x->kind = ARV_M_NAME;
        x->named = 1;
        x->code = "";
        x->rule = l > x->last ? "facility+adjective" : "facility";
        x->first = (uint32_t)h;
        x->last = (uint32_t)l;
        x->span.start = tk[h].start + (clitic ? 2 : 0);
        x->span.end = tk[l - 1].end;
    }
}

enum { COUNTRY_REACH = 4096 };  /* bytes: a few paragraphs */

/* The normalized word of the one-word name x, without its clitic (كالأسد). */
static const char *bare_name_word(const arv_doc *d, const arv_entity *x)
{
    return d->tk.norm.v + d->tk.tok.v[x->first].norm + d->matches.v[d->tmatch.v[x->first]].prefix;
}

/* Is entity x a one-word listed name with the article and of no nisba's
 * shape (الأسد, السنوار), which news also writes as a common noun (نصيب
 * الأسد, مقتل الأسد سيسيل)? */
static int definite_listed_name(const arv_doc *d, const arv_entity *x)
{
    if (x->type != ARV_T_PER || x->last != x->first + 1 || strcmp(x->rule, "lexicon") || !arv_code_has_country(x->code))
        return 0;
    if (d->tmatch.v[x->first] < 0) return 0;
    const char *w = bare_name_word(d, x);
    size_t n = strlen(w);
    return n >= 8 && !strncmp(w, "ال", 4) && strcmp(w + n - 2, "ي");
}

/* Drop the definite one-word names (definite_listed_name) that the document
 * never names in full within SURNAME_REACH and with no entity of their
 * country within COUNTRY_REACH: الأسد is Syria's president where Syria,
 * Damascus or بشار الأسد is named, a lion elsewhere; الشرع is sharia,
 * البرهان a proof. The anchors (full names by their last word, entities by
 * their country's three letters, which no Arabic word is) are one sorted
 * table, searched per name. Runs before any link is made, so no antecedent
 * index moves. */
static void drop_unanchored_names(arv_doc *d)
{
    size_t nc = 0, na = 0;
    for (size_t k = 0; k < d->ents.n; k++) nc += definite_listed_name(d, &d->ents.v[k]);
    if (!nc) return;
    word_at *an = arv_arena_alloc(&d->arena, 2 * d->ents.n * sizeof *an);
    for (size_t k = 0; k < d->ents.n; k++) {
        const arv_entity *y = &d->ents.v[k];
        if (definite_listed_name(d, y)) continue;
        if (y->type == ARV_T_PER && y->last - y->first > 1)
            an[na++] = (word_at){d->tk.norm.v + d->tk.tok.v[y->last - 1].norm, y->span.start, (uint32_t)k};
        if (strlen(y->code) >= 3) {
            char *c3 = arv_arena_alloc(&d->arena, 4);
            memcpy(c3, y->code, 3);
            c3[3] = 0;
            an[na++] = (word_at){c3, y->span.start, (uint32_t)k};
        }
    }
    if (na) qsort(an, na, sizeof *an, word_at_cmp);
    size_t n = 0;
    for (size_t k = 0; k < d->ents.n; k++) {
        const arv_entity *x = &d->ents.v[k];
        if (definite_listed_name(d, x)) {
            char c3[4] = {x->code[0], x->code[1], x->code[2], 0};
            if (!written_within(an, na, bare_name_word(d, x), x->span.start, SURNAME_REACH) &&
                !written_within(an, na, c3, x->span.start, COUNTRY_REACH))
                continue;
        }
        d->ents.v[n++] = *x;
    }
    d->ents.n = n;
}

/* A league named after its sponsor (دوري عبداللطيف جميل للمحترفين) names
 * no person there: a person right after دوري is unnamed, before any link is
 * made to it, and stays to keep its words from the linking rules. */
static void unname_league_sponsors(arv_doc *d)
{
    static const char *const league[] = {"دوري", "لدوري", "بدوري", "ودوري", NULL};
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_PER || !x->first || d->tk.tok.v[x->first - 1].sent != x->sent) continue;
        const char *w = d->tk.norm.v + d->tk.tok.v[x->first - 1].norm;
        for (const char *const *l = league; *l; l++)
            if (!strcmp(w, *l)) {
                x->named = 0;
                x->code = "";
                x->rule = "league";
                break;
            }
    }
}

/* A person of no code whose office follows in apposition takes the code of
 * the body he speaks for, as after it (spokesman_name): كريس فيليرز،
 * المتحدث باسم بوينغ; بن رودز المتحدث باسم البيت الأبيض. */
static void spokesman_codes(arv_doc *d)
{
    static const char *const spokes[] = {"المتحدث", "المتحدثه", "الناطق", "الناطقه", NULL};
    const arv_token *tk = d->tk.tok.v;
    size_t n = d->tk.tok.n;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_PER || !x->named || *x->code) continue;
        size_t t = x->last;
        const char *w = t < n ? d->tk.norm.v + tk[t].norm : "";
        if (t < n && tk[t].cls == ARV_TC_PUNCT && (!strcmp(w, "،") || !strcmp(w, ","))) t++;
        int spokesman = 0;
        for (const char *const *p = spokes; *p && t < n && !spokesman; p++)
            spokesman = !strcmp(d->tk.norm.v + tk[t].norm, *p);
        if (t + 2 >= n || tk[t].sent != x->sent || !spokesman) continue;
        w = d->tk.norm.v + tk[++t].norm;
        if (!strcmp(w, "الرسمي") || !strcmp(w, "الاعلامي")) w = d->tk.norm.v + tk[++t].norm;
        /* باسم and the body, or the body in ل (المتحدث الرسمي | لوزارة العدل),
         * in quotes or not (باسم | «بوينغ») */
        int bism = !strcmp(w, "باسم");
        if (bism && ++t >= n) continue;
        size_t t0 = t;
        while (t + 1 < n && tk[t].cls == ARV_TC_QUOTE && tk[t].sent == x->sent) t++;
        if (!bism && strncmp(d->tk.norm.v + tk[t].norm, "ل", 2)) continue;
        for (size_t e = k + 1; e < d->ents.n && d->ents.v[e].first <= t; e++) {
            const arv_entity *o = &d->ents.v[e];
            if (o->first >= t0 && o->first <= t && (o->type == ARV_T_ORG || o->type == ARV_T_LOC) && *o->code) {
                x->code = o->code;
                break;
            }
        }
    }
}

/* Does the document name country cc (three letters) anywhere but in
 * tokens [first, last): its name, a town of it, its nisba, or an actor of
 * it (a body, a person) that is not the word w itself? */
static int country_named(const arv_doc *d, const char *cc, size_t first, size_t last, const char *w)
{
    for (size_t k = 0; k < d->matches.n; k++) {
        const arv_match *m = &d->matches.v[k];
        if (m->first < last && m->last > first) continue;
        for (uint32_t e = 0; e < m->nentries; e++) {
            const arv_lex_entry *x = &m->lex->entries[m->entry_first + e];
            if (x->kind != ARV_K_ACTOR && x->kind != ARV_K_PLACE && x->kind != ARV_K_NISBA) continue;
            const char *code = arv_lex_code_for(m->lex, x, d->ymd);
            if (strncmp(code, cc, 3)) continue;
            if (x->kind == ARV_K_ACTOR && x->type == ARV_T_PER && m->last == m->first + 1 &&
                !strcmp(d->tk.norm.v + d->tk.tok.v[m->first].norm + m->prefix, w))
                continue;  /* the same bare name again */
            return 1;
        }
    }
    return 0;
}

/* A one-word listing of an Arab or Iranian public figure (مبارك, هادي,
 * عون, الأسد, شكري, ولايتي) is a given name, a word or another person as
 * often, where the document names the figure's country nowhere (عيد مبارك,
 * مبارك الأسمري, في عون الناس, قاتل الأسد سيسيل): the person keeps no code
 * there. Foreign leaders (أوباما) are named bare without their country. */
static void uncued_figures(arv_doc *d)
{
    static const char *const region[] = {"SYR", "EGY", "LBN", "IRQ", "YEM", "SDN", "LBY", "IRN", "TUN", "JOR",
                                         "PSE", "DZA", "MAR", "KWT", "BHR", "QAT", "ARE", "OMN", NULL};
    /* the answer for a word and its country, the same for all its
     * mentions (each one's own tokens are the word, left out anyway): a
     * long document asks once */
    struct cue { const char *w, *cc; int named; } seen[8];
    size_t ns = 0;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_PER || x->last != x->first + 1 || strcmp(x->rule, "lexicon") || strlen(x->code) < 6)
            continue;
        const char *const *r = region;
        while (*r && strncmp(x->code, *r, 3)) r++;
        int32_t mi = d->tmatch.v[x->first];
        if (!*r || mi < 0) continue;
        const char *w = d->tk.norm.v + d->tk.tok.v[x->first].norm + d->matches.v[mi].prefix;
        size_t s = 0;
        while (s < ns && (strcmp(seen[s].w, w) || strcmp(seen[s].cc, *r))) s++;
        if (s == ns) {
            int named = country_named(d, *r, x->first, x->last, w);
            if (ns == sizeof seen / sizeof *seen) ns = 0;  /* full: start over, rare */
            seen[ns++] = (struct cue){w, *r, named};
            s = ns - 1;
        }
        if (!seen[s].named) x->code = "";
    }
}

/* نيسان is April in the Levant's calendar and the carmaker Nissan: the
 * maker after a word of cars (سيارات نيسان, قافلة « نيسان ») or before a
 * model's name of no list (نيسان أورفان, نيسان باترول), where a month has a
 * day, a year or a word of time about it. */
static void car_maker_is(arv_entity *x)
{
    x->type = ARV_T_ORG;
    x->kind = ARV_M_NAME;
    x->code = "JPNBUS";
    x->rule = "car maker";
}

static void car_maker(arv_doc *d)
{
    static const char *const cars[] = {"سيارات", "سياره", "لسيارات", "بسيارات", "وسيارات", "قافله", "لقافله",
                                       "وقافله", "سيارتي", "طراز", "وكيل", "وكلاء", NULL};
    const arv_token *tk = d->tk.tok.v;
    int maker = 0;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_DATE || x->last != x->first + 1 || strcmp(d->tk.norm.v + tk[x->first].norm, "نيسان"))
            continue;
        size_t p = x->first, n = x->last;
        if (p > 0 && tk[p - 1].cls == ARV_TC_QUOTE) p--;
        int car = p > 0 && tk[p - 1].sent == x->sent && tk[p - 1].cls == ARV_TC_ARABIC;
        if (car) {
            const char *pw = d->tk.norm.v + tk[p - 1].norm;
            const char *const *c = cars;
            while (*c && strcmp(pw, *c)) c++;
            car = *c != NULL;
        }
        if (n + 1 < d->tk.tok.n && tk[n].cls == ARV_TC_QUOTE && tk[n].sent == x->sent) n++;  /* نيسان « أورفان » */
        const char *nw = n < d->tk.tok.n ? d->tk.norm.v + tk[n].norm : "";
        if (!car && n < d->tk.tok.n && tk[n].sent == x->sent && tk[n].cls == ARV_TC_ARABIC && d->tmatch.v[n] < 0 &&
            d->cw.v[n].cls == ARV_CW_NONE && tk[n].norm_len >= 8 && strncmp(nw, "ال", 4) &&
            !arv_lexicon_common(d->eng->common, 2, nw, tk[n].norm_len))
            car = 1;
        /* not April after its other name: أبريل - نيسان بانكماش */
        for (size_t b = p; car && b > 0 && b + 2 >= p && tk[b - 1].sent == x->sent; b--)
            if (d->cw.v[b - 1].cls == ARV_CW_MONTH) car = 0;
        if (!car) continue;
        car_maker_is(x);
        maker = 1;
    }
    /* where the document names the maker, نيسان alone is the maker too
     * unless time is about it: تتوقع نيسان الشرق الأوسط (not في نيسان,
     * نيسان الماضي) */
    static const char *const before[] = {"في", "من", "منذ", "حتي", "خلال", "شهر", "مطلع", "اواخر", "اوائل", "منتصف",
                                         "بين", "و", "/", "-", NULL};
    static const char *const after[] = {"الماضي", "المقبل", "الحالي", "القادم", "/", "-", NULL};
    for (size_t k = 0; maker && k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_DATE || x->last != x->first + 1 || strcmp(d->tk.norm.v + tk[x->first].norm, "نيسان"))
            continue;
        size_t p = x->first, n = x->last;
        const char *pw = p > 0 && tk[p - 1].sent == x->sent ? d->tk.norm.v + tk[p - 1].norm : "";
        const char *nw = n < d->tk.tok.n && tk[n].sent == x->sent ? d->tk.norm.v + tk[n].norm : "";
        int time = (p > 0 && tk[p - 1].cls == ARV_TC_NUMBER) || (n < d->tk.tok.n && tk[n].cls == ARV_TC_NUMBER);
        for (const char *const *b = before; *b && !time; b++) time = !strcmp(pw, *b);
        for (const char *const *a = after; *a && !time; a++) time = !strcmp(nw, *a);
        if (!time) car_maker_is(x);
    }
}

/* A person's name that goes on after a hyphen (كيم جونغ-أون, ميشيل
 * أليو-ماري, كيم جونغ - ايل): one word of no list but a given name's, and
 * no common word, after which no name goes on (not عاطف فتحي - صالح
 * الحمصي, two players), outside a list of dashes (الدوحة - بيروت -
 * الراية). */
static void hyphen_names(arv_doc *d)
{
    const arv_token *tk = d->tk.tok.v;
    size_t ntok = d->tk.tok.n;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        size_t h = x->last, w = h + 1;
        if (x->type != ARV_T_PER || !x->named || w >= ntok || tk[w].sent != x->sent || tk[h].cls != ARV_TC_PUNCT ||
            tk[h].end - tk[h].start != 1 || d->text[tk[h].start] != '-' || tk[w].cls != ARV_TC_ARABIC ||
            tk[w].norm_len < 4 || d->cw.v[w].cls != ARV_CW_NONE)
            continue;
        /* a one-word person there is the name's last word: أليو-ماري */
        const arv_entity *y = k + 1 < d->ents.n ? &d->ents.v[k + 1] : NULL;
        int merge = y && y->first == w && y->last == w + 1 && y->type == ARV_T_PER;
        if (y && y->first <= w && !merge) continue;
        if (x->first > 0 && tk[x->first - 1].cls == ARV_TC_PUNCT && d->text[tk[x->first - 1].start] == '-') continue;
        /* the hyphen written close on both sides; or spaced on both, in a
         * foreign name of no article and no بن that a word of the sentence
         * leads into (الزعيم الكوري الشمالي كيم جونغ - ايل), not a byline's
         * (زيد القعود - يزيد, وغيث الطراونة - أزاح, منصور القحطاني- يزيد),
         * and not before a definite word (شفاينشتايجر - الفائز) */
        int close = tk[h].start == tk[h - 1].end && tk[w].start == tk[h].end;
        int spaced = tk[h].start > tk[h - 1].end && tk[w].start > tk[h].end && x->first > 0 &&
                     tk[x->first - 1].sent == x->sent && tk[x->first - 1].cls == ARV_TC_ARABIC &&
                     x->span.start == tk[x->first].start && strncmp(d->tk.norm.v + tk[w].norm, "ال", 4);
        for (size_t t = x->first; t < x->last && spaced; t++) {
            const char *tw = d->tk.norm.v + tk[t].norm;
            spaced = strncmp(tw, "ال", 4) && strcmp(tw, "بن") && strcmp(tw, "ابن");
        }
        if (!close && !spaced) continue;
        /* an Arab name goes on in no hyphen: خالد بن عبدالله المنصور-مساعد */
        if (!strncmp(d->tk.norm.v + tk[h - 1].norm, "ال", 4)) continue;
        /* a list of dashes: الدوحة - بيروت - الراية */
        if (w + 1 < ntok && tk[w + 1].sent == x->sent && tk[w + 1].cls == ARV_TC_PUNCT &&
            d->text[tk[w + 1].start] == '-')
            continue;
        const char *nw = d->tk.norm.v + tk[w].norm;
        /* nor does a name before a verb, a feminine noun or a clitic's
         * function word (أوباما - تملك, محمد علياء - كوافيرة, تشي - لأنه) */
        arv_closed cl;
        if (present_verb(nw) || t_verb(nw) || ends_in_ta(d->text, &tk[w]) || !strncmp(nw, "و", 2) ||
            ends_in_ha(d->text, &tk[w]) ||  /* كافكا - | ونفسيته */
            (tk[w].norm_len > 4 && proclitic_letter(nw) &&
             arv_closed_word(nw + 2, tk[w].norm_len - 2, &cl) != ARV_CW_NONE))
            continue;
        int32_t mi = d->tmatch.v[w];
        const arv_match *m = mi < 0 ? NULL : &d->matches.v[mi];
        if (m && !(m->first == w && m->last == w + 1 && !m->prefix && arv_match_entry(m, ARV_K_GIVEN) &&
                   !arv_match_entry(m, ARV_K_ACTOR) && !arv_match_entry(m, ARV_K_PLACE)))
            continue;
        if (arv_lexicon_common(d->eng->common, 2, nw, tk[w].norm_len)) continue;
        /* nor a hollow verb of the fourth form, as after a byline's names
         * (وغيث الطراونة - أزاح جلالة الملك الستار) */
        if (tk[w].norm_len == 8 && !memcmp(d->text + tk[w].start, "أ", 2) && !memcmp(nw + 4, "ا", 2)) continue;
        /* no name word after it: a given name there starts a second person;
         * a verb's shape is none (كيم جونغ - ايل | اقترن) */
        const char *aw = w + 1 < ntok ? d->tk.norm.v + tk[w + 1].norm : "";
        if (w + 1 < ntok && tk[w + 1].sent == x->sent && tk[w + 1].cls == ARV_TC_ARABIC && d->tmatch.v[w + 1] < 0 &&
            d->cw.v[w + 1].cls == ARV_CW_NONE && !arv_lexicon_common(d->eng->common, 2, aw, tk[w + 1].norm_len) &&
            !derived_past(aw, tk[w + 1].norm_len) && !present_verb(aw) && !t_verb(aw))
            continue;
        x->last = (uint32_t)w + 1;
        x->span.end = tk[w].end;
        if (merge) {
            memmove(&d->ents.v[k + 1], &d->ents.v[k + 2], (d->ents.n - k - 2) * sizeof *d->ents.v);
            d->ents.n--;
        }
    }
}

/* Is there a word before entity k, in its sentence and in no entity before
 * it (the entities in text order, as the sentences pushed them)? */
static int free_word_before(const arv_doc *d, size_t k)
{
    const arv_entity *x = &d->ents.v[k];
    return x->first > 0 && d->tk.tok.v[x->first - 1].sent == x->sent && !(k > 0 && d->ents.v[k - 1].last >= x->first);
}

/* سيد and شيخ written bare before a listed Iranian, Somali or Afghan
 * person are part of the name there (سيد محمد خاتمي, شيخ شريف شيخ أحمد),
 * not a title. */
static void honorific_names(arv_doc *d)
{
    const arv_token *tk = d->tk.tok.v;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if (x->type != ARV_T_PER || strcmp(x->rule, "lexicon") || !free_word_before(d, k)) continue;
        if (strncmp(x->code, "IRN", 3) && strncmp(x->code, "SOM", 3) && strncmp(x->code, "AFG", 3)) continue;
        const arv_token *h = &tk[x->first - 1];
        const char *s = d->text + h->start;
        size_t n = h->end - h->start;
        if (!(n == 6 && (!memcmp(s, "سيد", 6) || !memcmp(s, "شيخ", 6)))) continue;
        x->first--;
        x->span.start = h->start;
    }
}

/* A club's name that a foreign word starts (أس روما, اسي ميلان, أولمبي
 * خريبكة): the word before a club or a town is part of the club's name. */
static void club_prefixes(arv_doc *d)
{
    static const char *const prefixes[] = {"اس", "اسي", "اولمبي", "اولمبيك", NULL};
    const arv_token *tk = d->tk.tok.v;
    for (size_t k = 0; k < d->ents.n; k++) {
        arv_entity *x = &d->ents.v[k];
        if ((x->type != ARV_T_ORG && x->type != ARV_T_LOC) || !free_word_before(d, k) ||
            x->span.start != tk[x->first].start)
            continue;
        const char *w = d->tk.norm.v + tk[x->first - 1].norm;
        const char *const *p = prefixes;
        while (*p && strcmp(w, *p)) p++;
        /* a town's club, not a country's; أولمبي before a club is its
         * Olympic squad (أولمبي الهلال) */
        if (!*p || (x->type == ARV_T_LOC && !x->place) || (x->type == ARV_T_ORG && !strcmp(*p, "اولمبي"))) continue;
        x->first--;
        x->span.start = tk[x->first].start;
        x->type = ARV_T_ORG;
        x->kind = ARV_M_NAME;
        x->named = 1;
        x->rule = "club";
    }
}

void arv_entities_run(arv_doc *d)
{
    d->ents.n = 0;
    int sport;
    ectx c = {d, 0, 0, &sport};
    for (size_t s = 0; s < d->tk.sent.n; s++) {
        const arv_sentence *se = &d->tk.sent.v[s];
        c.sent = (uint32_t)s;
        c.end = se->first + se->count;
        sport = -1;
        sentence(&c, se->first);
    }
    hyphen_names(d);
    car_maker(d);
    facility_names(d);
    honorific_names(d);
    club_prefixes(d);
    unname_league_sponsors(d);
    drop_unanchored_names(d);
    spokesman_codes(d);
    uncued_figures(d);
    link_short_mentions(d);
    link_head_names(d);
    link_latin_glosses(d);
    link_bare_towns(d);
    link_bare_clubs(d);
    link_world_body(d);
    link_nisba_short_forms(d);
}
