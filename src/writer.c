/* writer.c: TSV, JSONL and CoNLL output. The columns are a contract with
 * other tools: see README.md. TSV fields escape backslash, tab, newline and
 * carriage return as \\ \t \n \r; JSONL is valid JSON for any input bytes
 * (invalid UTF-8 becomes U+FFFD). */
#include "doc.h"
#include <string.h>

static void tsv_str(FILE *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        switch (c) {
        case '\\': fputs("\\\\", o); break;
        case '\t': fputs("\\t", o); break;
        case '\n': fputs("\\n", o); break;
        case '\r': fputs("\\r", o); break;
        case '\0': fputs("\\0", o); break;
        default: fputc(c, o);
        }
    }
}

/* Length of the valid UTF-8 sequence at s (max n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t k;
    unsigned cp;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) k = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) k = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) k = 4, cp = c & 0x07;
    else return 0;
    if (n < k) return 0;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((k == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return k;
}

static void json_str(FILE *o, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    fputc('"', o);
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c == '"' || c == '\\') { fputc('\\', o); fputc(c, o); i++; }
        else if (c == '\n') { fputs("\\n", o); i++; }
        else if (c == '\t') { fputs("\\t", o); i++; }
        else if (c == '\r') { fputs("\\r", o); i++; }
        else if (c < 0x20 || c == 0x7F) { fprintf(o, "\\u%04x", c); i++; }
        else if (c < 0x80) { fputc(c, o); i++; }
        else {
            size_t k = utf8_len(u + i, n - i);
            if (k) { fwrite(u + i, 1, k, o); i += k; }
            else { fputs("\\ufffd", o); i++; }
        }
    }
    fputc('"', o);
}

typedef struct field {
    const char *name;
    const char *s;     /* string value, or NULL for a number */
    size_t n;
    unsigned long num;
} field;

static field fs(const char *name, const char *s) { field f = {name, s ? s : "", s ? strlen(s) : 0, 0}; return f; }
static field fspan(const char *name, const arv_doc *d, arv_span sp)
{
    field f = {name, d->text + sp.start, sp.end > sp.start ? sp.end - sp.start : 0, 0};
    return f;
}
static field fnum(const char *name, unsigned long v) { field f = {name, NULL, 0, v}; return f; }

static void row(FILE *o, arv_format fmt, const field *f, size_t n)
{
    if (fmt == ARV_FMT_JSONL) fputc('{', o);
    for (size_t i = 0; i < n; i++) {
        if (fmt == ARV_FMT_JSONL) {
            if (i) fputc(',', o);
            json_str(o, f[i].name, strlen(f[i].name));
            fputc(':', o);
            if (f[i].s) json_str(o, f[i].s, f[i].n);
            else fprintf(o, "%lu", f[i].num);
        } else {
            if (i) fputc('\t', o);
            if (f[i].s) tsv_str(o, f[i].s, f[i].n);
            else fprintf(o, "%lu", f[i].num);
        }
    }
    fputs(fmt == ARV_FMT_JSONL ? "}\n" : "\n", o);
}

static const char *const hdr_tokens[] = {"doc", "sent", "start", "end", "class", "norm", "text"};
static const char *const hdr_lookup[] = {"doc", "sent", "start", "end", "kind", "type", "code", "text", "entry", "source"};
static const char *const hdr_entities[] = {"doc", "sent", "start", "end", "type", "text", "code"};
static const char *const hdr_events[] = {"doc", "sent", "date", "source", "source_code", "event_code", "target",
                                         "target_code", "theme", "location", "trigger", "mode", "start", "end", "rule"};

void arv_write_header(FILE *o, arv_view view, arv_format fmt, unsigned flags)
{
    if (fmt != ARV_FMT_TSV) return;
    const char *const *h;
    size_t n;
    switch (view) {
    case ARV_VIEW_TOKENS: h = hdr_tokens; n = sizeof hdr_tokens / sizeof *h; break;
    case ARV_VIEW_LOOKUP: h = hdr_lookup; n = sizeof hdr_lookup / sizeof *h; break;
    case ARV_VIEW_ENTITIES: h = hdr_entities; n = sizeof hdr_entities / sizeof *h; break;
    default: h = hdr_events; n = sizeof hdr_events / sizeof *h; break;
    }
    for (size_t i = 0; i < n; i++) fprintf(o, "%s%s", i ? "\t" : "", h[i]);
    if (view == ARV_VIEW_EVENTS && (flags & ARV_WRITE_EXPLAIN)) fputs("\texplain", o);
    fputc('\n', o);
}

static const char *const mode_name[] = {"asserted", "intended", "negated", "nonfactual"};

static arv_conll_head head_at(const arv_doc *d, uint32_t k)
{
    const arv_token *t = &d->tk.tok.v[k];
    return arv_closed_conll_head(d->tk.norm.v + t->norm, t->norm_len);
}

static int nisba_at(const arv_doc *d, uint32_t k)
{
    int32_t m = d->tmatch.v[k];
    return m >= 0 && arv_match_entry(&d->matches.v[m], ARV_K_NISBA) && d->matches.v[m].last == k + 1;
}

/* Is token k, read alone, a nisba, also inside a longer name of the
 * dictionary (حزب الله | اللبناني, توتال | الفرنسية)? */
static int nisba_alone(const arv_doc *d, uint32_t k)
{
    if (nisba_at(d, k)) return 1;
    arv_match m;
    return d->tk.tok.v[k].cls == ARV_TC_ARABIC &&
           arv_lexicon_match(d->eng->lex, 2, &d->tk, d->text, k, k + 1, ARV_LM_WHOLE, NULL, &m) && !m.prefix &&
           m.last == k + 1 && arv_match_entry(&m, ARV_K_NISBA);
}

/* The end of a listed place without its last word, when that word is a
 * participle the place is named without, in the same country (مكة |
 * المكرمة, مليلية | المحتلة); not a nisba or a side (الولايات المتحدة
 * الأمريكية, القدس الغربية), nor a place that needs it (المدينة المنورة:
 * المدينة alone is no listed place). en->last when there is none. */
static uint32_t place_without_epithet(const arv_doc *d, const arv_entity *en)
{
    uint32_t l = en->last - 1;
    const char *w = d->tk.norm.v + d->tk.tok.v[l].norm;
    size_t n = d->tk.tok.v[l].norm_len;
    arv_match m;
    /* a participle (المكرمة, المشرفة, المحتلة), not a nisba or a side (الأمريكية, الغربية) */
    if (l <= en->first || n < 10 || strncmp(w, "الم", 6) || !strcmp(w + n - 2, "ي") || !strcmp(w + n - 4, "يه") ||
        d->tk.tok.v[l].cls != ARV_TC_ARABIC ||
        !arv_lexicon_match(d->eng->lex, 2, &d->tk, d->text, en->first, l, 0, NULL, &m) || m.last != l)
        return en->last;
    const arv_lex_entry *e = arv_match_entry(&m, ARV_K_PLACE);
    if (!e && (e = arv_match_entry(&m, ARV_K_ACTOR)) && e->type != ARV_T_LOC) e = NULL;
    const char *code = e ? arv_lex_code_for(m.lex, e, d->ymd) : "";
    return e && strlen(code) >= 3 && strlen(en->code) >= 3 && !strncmp(code, en->code, 3) ? l : en->last;
}

/* a definite word in ي or ية of no dictionary: الدولية, الوطنية */
static int adjective_at(const arv_doc *d, uint32_t k)
{
    const arv_token *t = &d->tk.tok.v[k];
    const char *w = d->tk.norm.v + t->norm;
    size_t n = t->norm_len;
    return d->tmatch.v[k] < 0 && n > 8 && !strncmp(w, "ال", 4) &&
           (!strcmp(w + n - 2, "ي") || (n > 10 && !strcmp(w + n - 4, "يه")));
}

/* The first listed place after the first word of entity en, matched
 * afresh (a longer listed name holds its words), after a clitic when
 * `clitic` (الضاحية الجنوبية | لبيروت): its span, or 0. */
static int place_after_word(const arv_doc *d, const arv_entity *en, int clitic, arv_span *sp)
{
    for (uint32_t k = en->first + 1; k < en->last; k++) {
        arv_match m;
        if (d->tk.tok.v[k].cls != ARV_TC_ARABIC ||
            !arv_lexicon_match(d->eng->lex, 2, &d->tk, d->text, k, en->last, ARV_LM_WHOLE, NULL, &m) ||
            (m.prefix && !clitic))
            continue;
        const arv_lex_entry *a = arv_match_entry(&m, ARV_K_ACTOR);
        if (!((a && a->type == ARV_T_LOC) || arv_match_entry(&m, ARV_K_PLACE))) continue;
        sp->start = d->tk.tok.v[k].start;
        sp->end = d->tk.tok.v[m.last - 1].end;
        return 1;
    }
    return 0;
}

/* A country or place named inside a description that ANERcorp leaves
 * untagged (حكومة | كوبا, شرطة | بنغلاديش, المقاومة الإسلامية في | لبنان):
 * ANERcorp tags the place. Its span, or 0. */
static int inner_place(const arv_doc *d, const arv_entity *en, arv_span *sp)
{
    for (uint32_t k = en->first; k < en->last; k++) {
        int32_t mi = d->tmatch.v[k];
        if (mi < 0) continue;
        const arv_match *m = &d->matches.v[mi];
        const arv_lex_entry *a = arv_match_entry(m, ARV_K_ACTOR);
        if (m->first != k || m->last > en->last || !((a && a->type == ARV_T_LOC) || arv_match_entry(m, ARV_K_PLACE)))
            continue;
        sp->start = m->start;
        sp->end = m->end;
        return 1;
    }
    /* a place inside a longer listed name: المقاومة الإسلامية في | لبنان */
    return place_after_word(d, en, 0, sp);
}

/* Is token k, without a proclitic, the word w (normalized, with ال)? */
static int word_is(const arv_doc *d, uint32_t k, const char *w)
{
    const char *x = d->tk.norm.v + d->tk.tok.v[k].norm;
    if (!strcmp(x, w)) return 1;
    if (!strncmp(x, "لل", 4) && !strncmp(w, "ال", 4)) return !strcmp(x + 4, w + 4);  /* للكعبة: ل + ال */
    static const char *const procl[] = {"و", "ف", "ب", "ل", "ك", NULL};
    for (const char *const *p = procl; *p; p++)
        if (!strncmp(x, *p, 2) && !strcmp(x + 2, w)) return 1;
    return 0;
}

/* Is token k the word w (normalized, without ال) with the article, after a
 * proclitic maybe (الأمانة, للأمانة)? */
static int word_is_definite(const arv_doc *d, uint32_t k, const char *w)
{
    char buf[64];
    size_t n = strlen(w);
    if (n + 5 > sizeof buf) return 0;
    memcpy(buf, "ال", 4);
    memcpy(buf + 4, w, n + 1);
    return word_is(d, k, buf);
}

/* A listed body named inside a part or an office of it that ANERcorp
 * leaves untagged (بعثة | الأمم المتحدة, مفوضية | الاتحاد الأوروبي, قيادة |
 * الناتو, جماعة | حزب الله): ANERcorp tags the body. Its span, or 0. */
static int inner_body(const arv_doc *d, const arv_entity *en, arv_span *sp)
{
    static const char *const parts[] = {"بعثه", "مفوضيه", "مركز", "قياده", "امانه", "جماعه", "مكتب", "متاجر", "مطاعم",
                                        NULL};
    const char *const *p = parts;
    while (*p && !word_is(d, en->first, *p) && !word_is_definite(d, en->first, *p)) p++;
    if (!*p) return 0;
    for (uint32_t k = en->first + 1; k < en->last; k++) {
        arv_match m;
        if (d->tk.tok.v[k].cls != ARV_TC_ARABIC ||
            !arv_lexicon_match(d->eng->lex, 2, &d->tk, d->text, k, en->last, ARV_LM_WHOLE, NULL, &m))
            continue;
        const arv_lex_entry *a = arv_match_entry(&m, ARV_K_ACTOR);
        if (!a || a->type != ARV_T_ORG) continue;
        sp->start = d->tk.tok.v[k].start;
        sp->end = d->tk.tok.v[m.last - 1].end;
        return 1;
    }
    return 0;
}

/* Does entity en name a building, a stadium or a holy site (المسجد الأقصى,
 * الكعبة, ملعب سانتياغو برنابيو, البيت الأبيض)? ANERcorp tags them MISC. */
static int building(const arv_doc *d, const arv_entity *en)
{
    if (en->type == ARV_T_LOC)
        return word_is(d, en->first, "المسجد") || word_is(d, en->first, "الكعبه") || word_is(d, en->first, "ملعب") ||
               word_is(d, en->first, "استاد");
    return en->type == ARV_T_ORG && en->last - en->first == 2 && word_is(d, en->first, "البيت") &&
           word_is(d, en->first + 1, "الابيض");
}

/* Does entity en name a peacekeeping force (اليونيفيل, قوات حفظ السلام)?
 * ANERcorp tags them MISC. */
static int peacekeepers(const arv_doc *d, const arv_entity *en)
{
    static const char *const missions[] = {"يونيفيل", "مينورسو", "يوناميد", "مونوسكو", NULL};
    if (en->type != ARV_T_ORG) return 0;
    for (uint32_t k = en->first; k < en->last; k++) {
        for (const char *const *m = missions; *m; m++)
            if (word_is(d, k, *m) || word_is_definite(d, k, *m)) return 1;
        if (k + 1 < en->last && word_is(d, k, "حفظ") && word_is(d, k + 1, "السلام")) return 1;
    }
    return 0;
}

/* Does entity en start a work's quoted title (مسلسل " | نصر الله ", بقصيدة
 * " | بلقيس ", كتاب " | مصر القديمة ")? ANERcorp tags the title MISC. */
static int work_title(const arv_doc *d, const arv_entity *en)
{
    static const char *const works[] = {"مسلسل", "فيلم", "فيلمي", "روايه", "كتاب", "قصيده", "ديوان", "اغنيه",
                                        "مسرحيه", NULL};
    if (en->first < 2 || d->tk.tok.v[en->first - 1].cls != ARV_TC_QUOTE || d->tk.tok.v[en->first - 2].sent != en->sent)
        return 0;
    for (const char *const *w = works; *w; w++)
        if (word_is(d, en->first - 2, *w)) return 1;
    return 0;
}

/* Does entity en name a championship after بطولة, كأس or أمم (بطولة |
 * ويمبلدون, بطولة كأس | إنجلترا, ببطولة أمم | أفريقيا, لبطولة | مجلس
 * التعاون الخليجي)? ANERcorp tags it MISC; not كأس | آسيا alone, which it
 * tags as the place. */
static int championship(const arv_doc *d, const arv_entity *en)
{
    uint32_t b = en->first;
    while (b > 1 && en->first - b < 2 && (word_is(d, b - 1, "كاس") || word_is(d, b - 1, "امم")) &&
           d->tk.tok.v[b - 2].sent == en->sent)
        b--;
    return b > 0 && d->tk.tok.v[b - 1].sent == en->sent && word_is(d, b - 1, "بطوله");
}

/* Is entity en written as single letters (د ب أ, أ ف ب)? ANERcorp leaves
 * news agencies so abbreviated untagged, though it tags رويترز and قنا. */
static int spelled_letters(const arv_doc *d, const arv_entity *en)
{
    int letters = 0;
    for (uint32_t k = en->first; k < en->last; k++) {
        const arv_token *t = &d->tk.tok.v[k];
        if (t->cls == ARV_TC_PUNCT) continue;
        if (t->cls != ARV_TC_ARABIC || t->norm_len != 2) return 0;
        letters++;
    }
    return letters >= 2;
}

/* The span an entity has under ANERcorp's conventions, which tag names only:
 * a description (الحكومة اللبنانية, وزارة الخارجية الأمريكية, الجيش
 * الإسرائيلي) is no name, and the head before a name is left out (صحيفة |
 * الحياة, حركة | حماس, دولة | قطر). A body of no state keeps its head
 * (اللجنة الدولية للصليب الأحمر). A body found by its head and a chain of
 * common nouns is described, not named (مركز التجارة العالمي). Returns 0
 * when nothing is tagged. */
static int anercorp_span(const arv_doc *d, const arv_entity *en, arv_span *sp, arv_etype *type)
{
    *sp = en->span;
    /* a facility named after a person: ANERcorp tags the person in a
     * mosque's name (مسجد الملك | الحسن الثاني), a university whole (جامعة
     * فؤاد الأول), a town's name (مدينة | كنيدي) and no airport, stadium or
     * street (مطار جون كنيدي is MISC) */
    if (!strncmp(en->rule, "facility", 8)) {
        uint32_t k = en->first + 1, l = en->last - (strcmp(en->rule, "facility") ? 1 : 0);
        if (word_is(d, en->first, "جامعه") || word_is(d, en->first, "كليه")) return (*type = ARV_T_ORG, 1);
        if (word_is(d, en->first, "مدينه")) return (sp->start = d->tk.tok.v[k].start, 1);
        if (!word_is(d, en->first, "مسجد") && !word_is(d, en->first, "جامع")) return 0;
        if (k + 1 < l && d->cw.v[k].cls == ARV_CW_TITLE) k++;
        sp->start = d->tk.tok.v[k].start;
        sp->end = d->tk.tok.v[l - 1].end;
        return (*type = ARV_T_PER, 1);
    }
    /* a mosque's name is a body's (مسجد | هوبان) */
    if (en->type == ARV_T_LOC && !strcmp(en->rule, "place-head") && en->first > 0 &&
        word_is(d, en->first - 1, "مسجد"))
        return (*type = ARV_T_ORG, 1);
    if (en->type == ARV_T_ORG && inner_body(d, en, sp)) return 1;
    /* a body and the one it belongs to are two names to ANERcorp: مجلس الأمن
     * | التابع للأمم المتحدة; the first is tagged */
    for (uint32_t k = en->first + 1; en->type == ARV_T_ORG && k + 1 < en->last; k++)
        if (word_is(d, k, "التابع") || word_is(d, k, "التابعه")) {
            sp->end = d->tk.tok.v[k - 1].end;
            return 1;
        }
    /* a listed place that a generic word starts is the place inside it to
     * ANERcorp: العاصمة الأردنية | عمان, الضاحية الجنوبية | لبيروت, مزارع |
     * شبعا, دلتا نهر | النيجر */
    static const char *const generic[] = {"العاصمه", "الضاحيه", "ضاحيه", "مزارع", "دلتا", NULL};
    for (const char *const *g = generic; en->type == ARV_T_LOC && en->last - en->first >= 2 && *g; g++)
        if (word_is(d, en->first, *g)) return place_after_word(d, en, 1, sp);
    /* "the Lebanese republic" is a description to ANERcorp, unlike a full
     * official name (الجمهورية العربية السورية) */
    if (en->type == ARV_T_LOC && en->last - en->first == 2 && word_is(d, en->first, "الجمهوريه") &&
        nisba_alone(d, en->first + 1))
        return 0;
    /* a market named by its town is the town: سوق | دبي | المالي, بورصة | لندن */
    if (en->type == ARV_T_ORG && (word_is(d, en->first, "سوق") || word_is(d, en->first, "بورصه")))
        return (*type = ARV_T_LOC, inner_place(d, en, sp));
    if (en->type == ARV_T_ORG && (!strcmp(en->rule, "agent") || !strcmp(en->rule, "agent+nisba")))
        return (*type = ARV_T_LOC, inner_place(d, en, sp));
    if (work_title(d, en)) return 0;
    /* a channel's name that is a common adjective, quoted after a noun,
     * qualifies the noun: ركائز " الجديد ", المشاركة " العربية " */
    if (!strcmp(en->rule, "quote+paper") && en->last - en->first == 1 && en->first >= 2 &&
        d->tk.tok.v[en->first - 2].cls == ARV_TC_ARABIC && d->cw.v[en->first - 2].cls == ARV_CW_NONE &&
        d->tmatch.v[en->first - 2] < 0 && d->tk.tok.v[en->first - 2].norm_len > 4) {
        const arv_token *t = &d->tk.tok.v[en->first];
        if (arv_lexicon_common(d->eng->common, 2, d->tk.norm.v + t->norm, t->norm_len) || nisba_alone(d, en->first))
            return 0;
    }
    /* a person a cup is named after is in its MISC name: كأس الشيخ | جاسم */
    if (en->type == ARV_T_PER) {
        uint32_t b = en->first;
        if (b > 0 && d->tk.tok.v[b - 1].sent == en->sent && d->cw.v[b - 1].cls == ARV_CW_TITLE) b--;
        if (b > 0 && d->tk.tok.v[b - 1].sent == en->sent && word_is(d, b - 1, "كاس")) return 0;
    }
    /* مولاي "my lord" before a Moroccan prince's name is his title: مولاي | رشيد */
    if (en->type == ARV_T_PER && en->last - en->first >= 2 && word_is(d, en->first, "مولاي"))
        sp->start = d->tk.tok.v[en->first + 1].start;
    if (en->type != ARV_T_ORG && en->type != ARV_T_LOC) return 1;
    /* a club named by an adjective (الفريق الهلالي) is described to ANERcorp */
    if (en->described || building(d, en) || peacekeepers(d, en) || !strcmp(en->rule, "club+epithet")) return 0;
    /* a place alone in quotes names a work or a building (رواية " الكرنك ",
     * ملعب " الامارات "): MISC to ANERcorp, but after a place's head or a
     * place (مدينة " برلين ", خراسان " مرو "), and a body after its head
     * (جامعة « نورث كارولاينا », مستشفى « سانت توماس ») */
    if (en->type == ARV_T_LOC && en->first >= 2 && en->last < d->tk.tok.n &&
        d->tk.tok.v[en->first - 1].cls == ARV_TC_QUOTE && d->tk.tok.v[en->last].cls == ARV_TC_QUOTE) {
        uint32_t p = en->first - 2;
        int32_t pm = d->tmatch.v[p];
        const arv_lex_entry *pa = pm >= 0 ? arv_match_entry(&d->matches.v[pm], ARV_K_ACTOR) : NULL;
        if (word_is(d, p, "جامعه") || word_is(d, p, "مستشفي") || word_is(d, p, "ميناء"))
            return (*type = ARV_T_ORG, 1);
        if (head_at(d, p) != ARV_CH_PLACE && !(pa && pa->type == ARV_T_LOC) &&
            !(pm >= 0 && arv_match_entry(&d->matches.v[pm], ARV_K_PLACE)))
            return 0;
    }
    /* a bloc named by a date is MISC to ANERcorp: قوى 14 آذار */
    for (uint32_t k = en->first; en->type == ARV_T_ORG && k + 1 < en->last; k++)
        if (d->tk.tok.v[k].cls == ARV_TC_NUMBER && d->cw.v[k + 1].cls == ARV_CW_MONTH) return 0;
    if (championship(d, en)) return 0;
    if (en->type == ARV_T_ORG && spelled_letters(d, en)) return 0;
    int transnational = *en->code && !arv_code_has_country(en->code) && !arv_code_is_role(en->code);
    uint32_t k = en->first;
    arv_conll_head h = ARV_CH_NONE, x;
    while (k < en->last && (x = head_at(d, k)) != ARV_CH_NONE &&
           (en->type == ARV_T_LOC) == (x == ARV_CH_PLACE)) {
        if (x == ARV_CH_GOVERNMENT && !transnational) return (*type = ARV_T_LOC, inner_place(d, en, sp));
        h = x;
        k++;
    }
    if (k == en->last) return 0;
    if (h == ARV_CH_MEDIA && (word_is(d, k, "انباء") || word_is(d, k, "الانباء"))) {
        /* a news agency: named by what follows "news" (وكالة أنباء الشرق
         * الأوسط, whole), by a short name after its country (وكالة الأنباء
         * القطرية | قنا), or not at all (وكالة الأنباء العراقية) */
        uint32_t j = k + 1;
        while (j < en->last && nisba_alone(d, j)) j++;
        if (j == en->last) return 0;
        k = j > k + 1 ? j : en->first;  /* the nisba after the name goes below, as after any */
    }
    if (en->type == ARV_T_LOC && !strcmp(en->rule, "lexicon") && k == en->first) {
        uint32_t l = place_without_epithet(d, en);
        if (l < en->last) sp->end = d->tk.tok.v[l - 1].end;
    }
    /* a name's country nisba is no part of it: حزب الله | اللبناني, بوردو | الفرنسي */
    uint32_t l = en->last;
    while (en->type == ARV_T_ORG && l - 1 > k && nisba_alone(d, l - 1)) l--;
    if (l < en->last) sp->end = d->tk.tok.v[l - 1].end;
    if (k == en->first) return 1;
    /* a club's name after its head is a name, adjective-shaped or not (النادي
     * | الأهلي, a listed فريق | العربي) */
    if (!strcmp(en->rule, "club") ||
        (!strcmp(en->rule, "lexicon") && (word_is(d, en->first, "فريق") || word_is(d, en->first, "نادي"))))
        return (sp->start = d->tk.tok.v[k].start, 1);
    /* an adjective after the head makes it a description, or the name of a
     * body (الشركة الوطنية, الوكالة الدولية للطاقة الذرية): no head to leave
     * out; a listed club or firm so named is a name (النادي المكناسي,
     * الجمعية السلاوية) */
    if (nisba_at(d, k) || adjective_at(d, k)) {
        size_t n = strlen(en->code);
        if (!strcmp(en->rule, "lexicon") && n >= 3 && !strcmp(en->code + n - 3, "BUS"))
            return (sp->start = en->span.start, 1);
        return h != ARV_CH_GROUP;
    }
    sp->start = d->tk.tok.v[k].start;
    /* the place's name, not the facility's adjective: مطار | دمشق | الدولي */
    if (en->type == ARV_T_LOC && l - 1 > k && adjective_at(d, l - 1)) sp->end = d->tk.tok.v[l - 2].end;
    return 1;
}

/* Is entity e tagged in CoNLL, on which span, as which type? */
static int conll_span(const arv_doc *d, size_t e, unsigned flags, arv_span *sp, arv_etype *type)
{
    const arv_entity *en = &d->ents.v[e];
    *type = (arv_etype)en->type;
    /* ANERcorp tags sects, ethnic groups and tribes (الشيعة, قريش) as ORG,
     * the sect's word alone after the people it qualifies (المسلمين |
     * الشيعة, أهل | السنة, العرب | السنة) */
    if (flags & ARV_WRITE_ANERCORP && !strcmp(en->rule, "group")) {
        static const char *const peoples[] = {"المسلمين", "المسلمون", "العرب", "اهل", NULL};
        *sp = en->span;
        /* ... but not a plural in ين or ون, of a nisba mostly (الكنعانيين,
         * الإسماعيليون), nor two sects together (سنة وشيعة) */
        const arv_token *lt = &d->tk.tok.v[en->last - 1];
        const char *lw = d->tk.norm.v + lt->norm;
        if (lt->norm_len > 6 && (!strcmp(lw + lt->norm_len - 4, "ين") || !strcmp(lw + lt->norm_len - 4, "ون"))) return 0;
        if (en->last - en->first == 2 && !strncmp(d->tk.norm.v + d->tk.tok.v[en->first + 1].norm, "و", 2)) return 0;
        for (const char *const *p = peoples; *p && en->last == en->first + 2; p++)
            if (word_is(d, en->first, *p)) sp->start = d->tk.tok.v[en->first + 1].start;
        return 1;
    }
    if (!en->named) return 0;
    if (flags & ARV_WRITE_ANERCORP) return anercorp_span(d, en, sp, type);
    *sp = en->span;
    return 1;
}

static void write_conll(const arv_doc *d, FILE *o, unsigned flags)
{
    /* spans only shrink or go under ANERcorp's scheme: still in text order */
    size_t e = 0;
    arv_span sp = {0, 0};
    arv_etype type = ARV_T_PER;
    int have = 0, dash = 0;
    for (size_t i = 0; i < d->in_ntok; i++) {
        uint32_t s = d->in_tok[2 * i], t = d->in_tok[2 * i + 1];
        if (i && memchr(d->text + d->in_tok[2 * i - 1], '\n', s - d->in_tok[2 * i - 1])) fputc('\n', o);
        while (e < d->ents.n) {  /* the first tagged entity not ended before token i */
            if (!have && !(have = conll_span(d, e, flags, &sp, &type))) {
                e++;
                continue;
            }
            if (sp.end > s) break;
            e++;
            have = 0;
        }
        const char *tag = "O";
        char buf[16];
        if (have && sp.start < t && (flags & ARV_WRITE_ANERCORP) && type == ARV_T_PER && t - s == 1 &&
            d->text[s] == '-') {
            dash = 1;  /* ANERcorp tags a hyphenated name as two: كيم جونغ | - | ايل */
        } else if (have && sp.start < t) {
            int begins = i == 0 || sp.start >= d->in_tok[2 * i - 1] || dash;
            snprintf(buf, sizeof buf, "%s-%s", begins ? "B" : "I", arv_etype_name(type));
            tag = buf;
            dash = 0;
        }
        tsv_str(o, d->text + s, t - s);
        fprintf(o, "\t%s\n", tag);
    }
    if (d->in_ntok) fputc('\n', o);
}

void arv_doc_write(const arv_doc *d, FILE *o, arv_view view, arv_format fmt, unsigned flags)
{
    if (fmt == ARV_FMT_CONLL) {
        write_conll(d, o, flags);
        return;
    }
    if (view == ARV_VIEW_TOKENS) {
        for (size_t i = 0; i < d->tk.tok.n; i++) {
            const arv_token *t = &d->tk.tok.v[i];
            field f[] = {fs("doc", d->id), fnum("sent", t->sent + 1UL), fnum("start", t->start), fnum("end", t->end),
                         fs("class", arv_tok_class_name((arv_tok_class)t->cls)),
                         {"norm", d->tk.norm.v + t->norm, t->norm_len, 0},
                         fspan("text", d, (arv_span){t->start, t->end})};
            row(o, fmt, f, sizeof f / sizeof *f);
        }
    } else if (view == ARV_VIEW_LOOKUP) {
        for (size_t i = 0; i < d->matches.n; i++) {
            const arv_match *m = &d->matches.v[i];
            for (uint16_t k = 0; k < m->nentries; k++) {
                const arv_lex_entry *e = &m->lex->entries[m->entry_first + k];
                if (e->kind == ARV_K_COMMON) continue;  /* no reading: a masdar's form may be listed common too */
                char src[300];
                snprintf(src, sizeof src, "%s:%u", m->lex->strings + e->file, e->line);
                field f[] = {fs("doc", d->id), fnum("sent", d->tk.tok.v[m->first].sent + 1UL), fnum("start", m->start),
                             fnum("end", m->end), fs("kind", arv_kind_name((arv_kind)e->kind)),
                             fs("type", arv_etype_name((arv_etype)e->type)),
                             fs("code", arv_lex_code_for(m->lex, e, d->ymd)), fspan("text", d, (arv_span){m->start, m->end}),
                             fs("entry", m->lex->strings + e->phrase), fs("source", src)};
                row(o, fmt, f, sizeof f / sizeof *f);
            }
        }
    } else if (view == ARV_VIEW_ENTITIES) {
        for (size_t i = 0; i < d->ents.n; i++) {
            const arv_entity *e = &d->ents.v[i];
            if (!e->named) continue;
            field f[] = {fs("doc", d->id), fnum("sent", e->sent + 1UL), fnum("start", e->span.start),
                         fnum("end", e->span.end), fs("type", arv_etype_name((arv_etype)e->type)),
                         fspan("text", d, e->span), fs("code", e->code)};
            row(o, fmt, f, sizeof f / sizeof *f);
        }
    } else {
        for (size_t i = 0; i < d->evs.n; i++) {
            const arv_event *e = &d->evs.v[i];
            if (!(flags & ARV_WRITE_ALL) && e->mode != ARV_MODE_ASSERTED && e->mode != ARV_MODE_INTENDED) continue;
            field f[16] = {fs("doc", d->id), fnum("sent", e->sent + 1UL), fs("date", e->date),
                           fspan("source", d, e->source), fs("source_code", e->source_code),
                           fs("event_code", e->event_code), fspan("target", d, e->target),
                           fs("target_code", e->target_code), fspan("theme", d, e->theme),
                           fspan("location", d, e->location), fspan("trigger", d, e->trigger),
                           fs("mode", mode_name[e->mode]), fnum("start", e->extent.start), fnum("end", e->extent.end),
                           fs("rule", e->rule), fs("explain", e->explain)};
            row(o, fmt, f, (flags & ARV_WRITE_EXPLAIN) ? 16 : 15);
        }
    }
}
