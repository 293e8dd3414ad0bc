/* closed.h: the small closed classes of Arabic news (function words, titles,
 * heads of organization and place names, months, weekdays, relative dates),
 * recognized by a re2c DFA over normalized words (grammar/closed.re). */
#ifndef ARV_CLOSED_H
#define ARV_CLOSED_H
#include <stddef.h>

typedef enum arv_closed_class {
    ARV_CW_NONE,
    ARV_CW_NEG,        /* لم لن لا ما ليس */
    ARV_CW_DENY,       /* نفى: negates the reported clause */
    ARV_CW_FUT,        /* سوف */
    ARV_CW_INTENT,     /* يعتزم، ينوي، المقرر (من المقرر أن) */
    ARV_CW_REPORT,     /* قال أكد أعلن أضاف أشار صرح أوضح ... and participles قائلا */
    ARV_CW_COMP,       /* إن أن بأن */
    ARV_CW_PREP,       /* value: ARV_P_* of lexicon.h */
    ARV_CW_CONJ,       /* و (standalone), ثم, أو */
    ARV_CW_TITLE,      /* الرئيس الملك الأمير الشيخ ... followed by a name */
    ARV_CW_ORG_HEAD,   /* وزارة مجلس منظمة حركة حزب ... */
    ARV_CW_PLACE_HEAD, /* مدينة محافظة ولاية منطقة ... */
    ARV_CW_MONTH,      /* value: 1..12; 13 = كانون, 14 = تشرين (the next word says which) */
    ARV_CW_HIJRI,      /* value: 1..12 */
    ARV_CW_WEEKDAY,    /* value: 0 Sunday .. 6 Saturday */
    ARV_CW_RELDAY,     /* value: days from the document date + 100 (أمس 99, اليوم 100, غدا 101) */
    ARV_CW_DAYWORD,    /* يوم */
    ARV_CW_QUESTION,   /* هل */
    ARV_CW_COND,       /* إذا لو */
    ARV_CW_NECESSITY,  /* ضرورة أهمية: شدد على ضرورة = an appeal */
    ARV_CW_SPOKES,     /* المتحدث (باسم) */
    ARV_CW_STOP,       /* common words that are never names (هذا، الذي، بعد ...) */
    ARV_CW_LIGHT,      /* light verbs: they end names; value 1 (قام بـ، شن، نفذ) makes a clause head */
    ARV_CW_DATEWORD,   /* words that start or widen a date: مساء, شهر, عام, هذا, الأسبوع, أول */
    ARV_CW_REL,        /* relative pronouns (الذي التي الذين): a relative clause begins */
    ARV_CW_PARTICIPLE, /* participles of event verbs (داعيا، مشيدا): the sentence's subject acts */
    ARV_CW_PASSIVE,    /* تم يتم: the verbal noun after it is a passive event (تم القبض على) */
    ARV_CW_COUNT
} arv_closed_class;

typedef struct arv_closed {
    arv_closed_class cls;
    int value;
    int conj;          /* a proclitic و/ف was stripped */
} arv_closed;

/* Classifies a normalized word; a leading و or ف is tried off when the whole
 * word is not in a class. Returns cls (ARV_CW_NONE when none). */
arv_closed_class arv_closed_word(const char *norm, size_t len, arv_closed *out);
const char *arv_closed_name(arv_closed_class c);
/* Is the normalized word (a proclitic و ف ل ب allowed) a word of sports news? */
int arv_closed_sport(const char *norm, size_t len);
#endif
