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
    ARV_CW_TITLE,      /* الرئيس الملك الأمير الشيخ ... followed by a name; value 1: a trade (الكاتب), no office; 2: also a common noun (الفريق); 3: an honorific (معالي) */
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

/* Words that tell the frame builder how a clause is built around them
 * (events.c). A word is in one class at most. */
typedef enum arv_frame_word {
    ARV_FW_NONE,
    ARV_FW_SCENE,       /* أمام لدى بحضور برئاسة بقيادة: the actor after is audience or chair */
    ARV_FW_DEATH,       /* مقتل بمقتل: the actor after is who died */
    ARV_FW_QUANTITY,    /* عشرات مئات آلاف: a counted subject follows */
    ARV_FW_TIME_BEFORE, /* بعد عقب قبل إثر: a verbal noun after it is background */
    ARV_FW_GOVERNING,   /* لهذا بهذه لتلك: the noun after it is governed, no subject */
    ARV_FW_DELEGATION,  /* وفد وفدا الوفد: وفد من X is X */
    ARV_FW_SUBORD,      /* عندما بينما لكن لأن: a subordinate clause begins */
    ARV_FW_ACTS,        /* ...عمليات ...جرائم: a noun of acts, the verbal noun after it is no verb */
    ARV_FW_BELONGING,   /* الموالية التابعة المدعومة: the actor after describes the noun before */
    ARV_FW_THINGS,      /* عبوات أسلحة سيارة متفجرات: things seized, not people */
    ARV_FW_COUNT
} arv_frame_word;

/* Classifies a normalized word for the frame builder. */
arv_frame_word arv_closed_frame_word(const char *norm, size_t len);

/* Head words that ANERcorp leaves out of names, for --scheme anercorp: the
 * head of a newspaper or channel (صحيفة | الحياة), of a movement, company or
 * club (حركة | حماس), a government body, which is a description and no name
 * (وزارة الخارجية الأمريكية), and a place's head (دولة | قطر). */
typedef enum arv_conll_head {
    ARV_CH_NONE,
    ARV_CH_MEDIA,       /* صحيفة قناة وكالة: the name after it is the name */
    ARV_CH_GROUP,       /* حركة شركة نادي: the name after it, unless an adjective */
    ARV_CH_GOVERNMENT,  /* حكومة جيش وزارة قوات لجنة, المجلس: no name at all */
    ARV_CH_PLACE,       /* دولة جزيرة مطار نهر مدينة: the place after it */
    ARV_CH_COUNT
} arv_conll_head;

/* Classifies a normalized word, with its proclitics and article. */
arv_conll_head arv_closed_conll_head(const char *norm, size_t len);
#endif
