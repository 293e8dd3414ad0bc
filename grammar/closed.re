/* closed.re: closed word classes over normalized words (see src/closed.h).
 * Words are written normalized: ا for أ إ آ, ي for ى, ه for ة. */
#include "closed.h"
#include "lexicon.h"

static arv_closed_class classify(const unsigned char *cur, const unsigned char *lim, int *value)
{
    const unsigned char *mrk;
    *value = 0;
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

        end = [\x00];

        ("لم" | "لن" | "لا" | "ما" | "ليس" | "ليست" | "لسنا" | "لما") end      { return ARV_CW_NEG; }
        ("نفي" | "نفت" | "ينفي" | "تنفي" | "نفوا") end                         { return ARV_CW_DENY; }
        "سوف" end                                                              { return ARV_CW_FUT; }
        ("يعتزم" | "تعتزم" | "يعتزمون" | "ينوي" | "تنوي" | "المقرر" | "مقرر" | "يتوقع" | "تخطط" | "يخطط") end
                                                                               { return ARV_CW_INTENT; }
        ("قال" | "قالت" | "قالوا" | "يقول" | "تقول" | "اكد" | "اكدت" | "يؤكد" | "تؤكد" | "اعلن" | "اعلنت"
         | "اضاف" | "اضافت" | "اشار" | "اشارت" | "صرح" | "صرحت" | "اوضح" | "اوضحت" | "ذكر" | "ذكرت"
         | "افاد" | "افادت" | "اعتبر" | "اعتبرت" | "لفت" | "لفتت" | "كشف" | "كشفت" | "زعم" | "زعمت"
         | "قائلا" | "قائله" | "مؤكدا" | "مؤكده" | "مضيفا" | "مضيفه" | "مشيرا" | "مشيره" | "معتبرا" | "معتبره"
         | "موضحا" | "موضحه" | "بحسب" | "وفقا" | "حسب" | "شدد" | "شددت" | "يشدد" | "تشدد" | "شددوا"
         | "مشددا" | "مشدده" | "اكدوا" | "قالوا" | "اعلنوا" | "يعلن" | "تعلن" | "يضيف" | "تضيف" | "يشير" | "تشير"
         | "يوضح" | "توضح" | "يذكر" | "تذكر" | "افادت" | "اوضحوا" | "اشاروا"
         /* أعرب عن: expressed (a verbal noun follows: أعربت عن إدانتها) */
         | "اعرب" | "اعربت" | "يعرب" | "تعرب" | "اعربوا" | "معربا" | "معربه") end { return ARV_CW_REPORT; }
        ("ان" | "بان" | "لان" | "انه" | "انها" | "انهم" | "بانه" | "بانها") end  { return ARV_CW_COMP; }
        ("الي" | "حتي") end                       { *value = ARV_P_ILA; return ARV_CW_PREP; }
        ("علي" | "عليه" | "عليها" | "عليهم") end   { *value = ARV_P_ALA; return ARV_CW_PREP; }
        ("مع" | "برفقه") end                      { *value = ARV_P_MAA; return ARV_CW_PREP; }
        ("ضد") end                                { *value = ARV_P_DIDD; return ARV_CW_PREP; }
        ("من" | "منذ") end                        { *value = ARV_P_MIN; return ARV_CW_PREP; }
        ("في" | "داخل" | "قرب" | "شمال" | "جنوب" | "شرق" | "غرب" | "وسط") end { *value = ARV_P_FI; return ARV_CW_PREP; }
        ("عن") end                                { *value = ARV_P_AN; return ARV_CW_PREP; }
        ("ل" | "له" | "لها" | "لهم") end           { *value = ARV_P_LI; return ARV_CW_PREP; }
        ("ب" | "به" | "بها" | "بهم") end           { *value = ARV_P_BI; return ARV_CW_PREP; }
        ("و" | "ثم" | "او" | "ف") end             { return ARV_CW_CONJ; }
        ("الرئيس" | "رئيس" | "الملك" | "الامير" | "الشيخ" | "السيد" | "السيده" | "الدكتور" | "د" | "الجنرال"
         | "العقيد" | "اللواء" | "العميد" | "المشير" | "العماد" | "الوزير" | "الوزيره" | "وزير" | "وزيره"
         | "السفير" | "سفير" | "المبعوث" | "مبعوث" | "الامين" | "النائب" | "القاضي" | "القاضيه" | "الزعيم" | "زعيم"
         | "قائد" | "القائد" | "ولي" | "نائب" | "المستشار" | "مستشار" | "الناطق" | "المتحدثه"
         | "الرقيب" | "النقيب" | "الرائد" | "المقدم" | "الملازم" | "الحاج"
         /* rulers and clergy of features and history pages */
         | "الامام" | "الامبراطور" | "الامبراطوره" | "القيصر" | "البابا" | "الخليفه" | "السلطان" | "الملكه"
         | "الاميره" | "الشاه" | "الشيخه" | "الصحابي" | "النبي" | "الملا" | "السير" | "اللورد" | "الحاخام" | "القس"
         | "الكاردينال" | "الاسقف" | "المطران" | "العلامه" | "الداعيه"
         | "السيناتور" | "النائبه" | "المرشح" | "المرشحه" | "الدبلوماسي") end
                                                                               { return ARV_CW_TITLE; }
        /* an honorific before an office or a name (معالي الأمين العام, معالي
         * أمين منطقة الرياض): events pass over it as over a title, but no
         * name follows it as such */
        "معالي" end                                                            { *value = 3; return ARV_CW_TITLE; }
        /* value 2: a rank that is also a common noun, a title only before a
         * known name (الفريق عبد الفتاح السيسي; الفريق | جاهز "the team") */
        "الفريق" end                                                           { *value = 2; return ARV_CW_TITLE; }
        /* trades and callings before a name (الباحث قو يو شنغ, الموسيقار X):
         * value 1, no office, so no government role for the person */
        ("الاستاذ" | "المهندس" | "الاعلامي" | "الصحفي" | "الكاتب" | "المدرب" | "اللاعب" | "الفنان" | "المواطن"
         | "الشاب" | "الطفل" | "الراحل" | "الراحله" | "المخرج" | "الممثل" | "الممثله" | "الشاعر" | "الشاعره"
         | "الروائي" | "المطرب" | "المطربه" | "الفنانه" | "الكاتبه" | "الفيلسوف" | "المؤرخ" | "الاديب" | "الكابتن"
         | "الباحث" | "الباحثه" | "الخبير" | "الخبيره" | "الرحاله" | "السيناريست" | "الحارس" | "المفكر"
         | "الموسيقار" | "الملحن" | "المغني" | "المغنيه" | "النجم" | "النجمه" | "البروفيسور" | "المهاجم"
         | "المدافع" | "الرسام" | "الرسامه" | "النحات" | "المصور" | "المذيع" | "المذيعه" | "الملياردير"
         | "الطبيب" | "الطبيبه" | "المحلل" | "الناشط" | "الناشطه" | "الشهيد" | "الفقيد" | "الاعلاميه"
         | "الصحفيه" | "الصحافي" | "الصحافيه" | "المؤلف" | "المترجم" | "المحامي" | "المحاميه" | "الروائيه"
         | "المخرجه"
         /* his colleague, his compatriot: a name follows as after a trade
          * (زميله أنغلوس باسيناس, مواطنهم جونينيو); not مواطنه, also مواطنة
          * "a citizen" once normalized (مواطنة | ثلاثينية) */
         | "زميله" | "زميلها" | "زميلهم" | "زميلنا" | "مواطنها" | "مواطنهم" | "مواطننا") end
                                                                               { *value = 1; return ARV_CW_TITLE; }
        ("وزاره" | "مجلس" | "منظمه" | "حركه" | "حزب" | "جيش" | "قوات" | "وكاله" | "هيئه" | "جماعه" | "تنظيم"
         | "لجنه" | "اتحاد" | "جبهه" | "ميليشيا" | "ميليشيات" | "مليشيا" | "مليشيات" | "شركه" | "بنك" | "صحيفه"
         | "جامعه" | "محكمه" | "برلمان" | "مكتب" | "ائتلاف" | "تحالف" | "كتائب" | "لواء" | "الويه" | "سرايا"
         | "مؤسسه" | "صندوق" | "مركز" | "رابطه" | "نقابه" | "هيئات" | "مفوضيه" | "امانه" | "مديريه" | "قياده"
         | "حكومه" | "رئاسه" | "بلديه" | "جمعيه" | "معهد" | "قناه" | "اذاعه" | "مصرف" | "مستشفي") end
                                                                               { return ARV_CW_ORG_HEAD; }
        ("مدينه" | "محافظه" | "ولايه" | "منطقه" | "اقليم" | "بلده" | "قريه" | "مديريه" | "جزيره" | "ميناء"
         | "مطار" | "مخيم" | "حي" | "ناحيه" | "قضاء" | "مقاطعه" | "عاصمه" | "العاصمه" | "منطقتي" | "مدينتي"
         | "بلدات" | "قري" | "مدن" | "جبل" | "جبال" | "وادي" | "بحيره" | "نهر" | "شارع" | "ساحه" | "ميدان"
         /* a mosque by its name: a place (GUIDELINES.md), a body to ANERcorp */
         | "مسجد") end
                                                                               { return ARV_CW_PLACE_HEAD; }
        ("يناير" | "جانفي") end                   { *value = 1; return ARV_CW_MONTH; }
        ("فبراير" | "شباط" | "فيفري") end          { *value = 2; return ARV_CW_MONTH; }
        ("مارس" | "اذار") end                     { *value = 3; return ARV_CW_MONTH; }
        ("ابريل" | "نيسان" | "افريل") end          { *value = 4; return ARV_CW_MONTH; }
        ("مايو" | "ايار" | "ماي") end              { *value = 5; return ARV_CW_MONTH; }
        ("يونيو" | "يونيه" | "حزيران" | "جوان") end { *value = 6; return ARV_CW_MONTH; }
        ("يوليو" | "يوليه" | "تموز" | "جويليه") end { *value = 7; return ARV_CW_MONTH; }
        ("اغسطس" | "اب" | "اوت" | "غشت") end       { *value = 8; return ARV_CW_MONTH; }
        ("سبتمبر" | "ايلول" | "شتنبر") end         { *value = 9; return ARV_CW_MONTH; }
        ("اكتوبر" | "اكتوبر") end                  { *value = 10; return ARV_CW_MONTH; }
        ("نوفمبر" | "نونبر") end                   { *value = 11; return ARV_CW_MONTH; }
        ("ديسمبر" | "دجنبر") end                   { *value = 12; return ARV_CW_MONTH; }
        "كانون" end                               { *value = 13; return ARV_CW_MONTH; }
        "تشرين" end                               { *value = 14; return ARV_CW_MONTH; }
        "محرم" end                                { *value = 1; return ARV_CW_HIJRI; }
        "رجب" end                                 { *value = 7; return ARV_CW_HIJRI; }
        "شعبان" end                               { *value = 8; return ARV_CW_HIJRI; }
        "رمضان" end                               { *value = 9; return ARV_CW_HIJRI; }
        "شوال" end                                { *value = 10; return ARV_CW_HIJRI; }
        ("الاحد" | "احد") end                     { *value = 0; return ARV_CW_WEEKDAY; }
        ("الاثنين" | "الإثنين" | "اثنين") end       { *value = 1; return ARV_CW_WEEKDAY; }
        ("الثلاثاء" | "ثلاثاء") end               { *value = 2; return ARV_CW_WEEKDAY; }
        ("الاربعاء" | "اربعاء") end               { *value = 3; return ARV_CW_WEEKDAY; }
        ("الخميس" | "خميس") end                   { *value = 4; return ARV_CW_WEEKDAY; }
        ("الجمعه") end                            { *value = 5; return ARV_CW_WEEKDAY; }
        ("السبت") end                             { *value = 6; return ARV_CW_WEEKDAY; }
        ("امس" | "البارحه") end                   { *value = 99; return ARV_CW_RELDAY; }
        ("اليوم" | "الليله") end                  { *value = 100; return ARV_CW_RELDAY; }
        ("غدا") end                               { *value = 101; return ARV_CW_RELDAY; }
        ("يوم") end                               { return ARV_CW_DAYWORD; }
        ("هل" | "ايه" | "كيف" | "لماذا" | "متي" | "ماذا") end  { return ARV_CW_QUESTION; }
        ("اذا" | "لو" | "لولا" | "ان") end          { return ARV_CW_COND; }
        /* يمكن أن، لكي، يشتبه: what may happen, is meant to, or is suspected */
        ("يمكن" | "يمكنه" | "يمكنها" | "بامكان" | "لكي" | "كي" | "يشتبه" | "يحتمل") end
                                                  { return ARV_CW_COND; }
        ("ضروره" | "وجوب" | "يجب" | "ينبغي" | "يتعين" | "وينبغي" | "ويجب") end { return ARV_CW_NECESSITY; }
        ("المتحدث" | "متحدث" | "الناطق" | "ناطق") end { return ARV_CW_SPOKES; }
        /* تم القبض على: the verbal noun after it is a passive event */
        ("تم" | "يتم" | "تمت") end                  { return ARV_CW_PASSIVE; }
        /* participles of event verbs after a clause (، داعيا إلى): its subject acts */
        ("داعيا" | "داعيه" | "مشيدا" | "مشيده" | "مرحبا" | "مرحبه" | "مطالبا" | "منددا" | "مندده" | "مستنكرا"
         | "مستنكره" | "محذرا" | "محذره") end  { return ARV_CW_PARTICIPLE; }
        ("الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان" | "اللاتي" | "اللواتي") end
                                                  { return ARV_CW_REL; }
        ("هذه" | "ذلك" | "تلك" | "بعد" | "قبل" | "خلال" | "كل" | "جميع" | "كافه"
         | "بين" | "حول" | "اليوم" | "اكثر" | "اقل" | "كان" | "كانت" | "هو" | "هي" | "هم"
         | "انه" | "عند" | "اي" | "غير" | "كما" | "ايضا" | "فقط" | "حيث" | "عبر" | "نحو" | "امام"
         | "لدي" | "الي" | "اليه" | "وقد" | "قد" | "لقد" | "وكان" | "وكانت"
         | "عضو" | "شقيق" | "نجل" | "مدير" | "ومدير" | "بعدما" | "عندما" | "حين"
         | "عمليات" | "تهمه" | "خلفا" | "بديلا" | "قائدا" | "خارجيه" | "خارجيتها" | "بعثه" | "كبير" | "وجود"
         | "باسم" | "الشعب" | "والشعب" | "اعضاء" | "وزراء" | "ترأس" | "تراس" | "دفاع" | "داخليه" | "مصدر"
         | "مصادر" | "خليه" | "مسؤول" | "مسؤولون" | "مسؤولين" | "شهود" | "سكان" | "مواقع" | "مشار"
         /* common words that title and report rules took for names */
         | "اخري" | "اخر" | "يريد" | "تريد" | "كثيره" | "كثيرا" | "عالم" | "مجددا" | "تصريح" | "تصريحات"
         | "نادي" | "منتخب" | "سياره" | "منهم" | "منها" | "مكان" | "عنوان" | "زوجته" | "زوجها" | "متفرقه" | "قوله"
         | "قطار" | "حاليا" | "جيده" | "جلسه" | "ايضا" | "فقط" | "جدا" | "دائما" | "بينما" | "لكن" | "حتي"
         | "واحد" | "اثنان" | "اثنين" | "ثلاثه" | "اربعه" | "خمسه" | "سته" | "سبعه" | "ثمانيه" | "تسعه" | "عشره"
         | "مئات" | "الاف" | "عشرات" | "بعض" | "عده" | "نحو" | "حوالي" | "الجوار" | "النيه" | "شؤون" | "لشؤون"
         | "صوتوا" | "فور" | "فورا" | "اثر" | "عقب" | "اهميه" | "دور"
         /* role nouns in apposition after a name: خوان كارلوس | ملك إسبانيا */
         | "ملك" | "مدرب" | "مفاوض" | "زوجه" | "حارس" | "لاعب" | "مهاجم" | "نجم" | "مؤسس" | "مؤلف"
         | "والد" | "والده" | "صاحب" | "مرتين" | "اشهر" | "شقيق" | "شقيقه"
         /* particles a name never runs into: مع محمد | إلا تبوك, لمى | ذات, رونالدو | ربما */
         | "الا" | "ذات" | "ربما" | "لعل"
         /* ages the title rule took for names: شاب | ثلاثيني (not نحن, آنذاك,
          * دون, ضمن...: events read clauses through them) */
         | "عشريني" | "ثلاثيني" | "اربعيني" | "خمسيني" | "ستيني" | "سبعيني"
         /* adverbial phrases taken for ب + a family name: سلطان | بواقع, سعيد | بذلك
          * (not بسبب, بشأن, بشكل: their objects are the events' themes and targets) */
         | "بواقع" | "بذلك" | "بنفس" | "بحجم" | "لبعض" | "لغير"
         /* adverbs after a saying verb: وقال خصوصا إن */
         | "خصوصا" | "تحديدا" | "مؤخرا" | "سابقا" | "لاحقا" | "رسميا" | "صراحه" | "علنا" | "مرارا"
         | "مجرد" | "لمجرد" | "بمجرد"
         /* "in favour of" far more often than "to Salih": لصالح | القرار */
         | "لصالح"
         /* numbers in words, not ب + ليون */
         | "مليون" | "مليار" | "بليون" | "ملايين" | "مليارات" | "بلايين") end
                                                                               { return ARV_CW_STOP; }
        /* value 1: a clause head whose verbal noun is the event (قام بزيارة، شن هجوما) */
        ("قام" | "قامت" | "يقوم" | "تقوم" | "قاموا" | "نفذ" | "نفذت" | "ينفذ" | "تنفذ" | "نفذوا" | "شن" | "شنت"
         | "يشن" | "تشن" | "شنوا" | "تمكن" | "تمكنت" | "تمكنوا") end { *value = 1; return ARV_CW_LIGHT; }
        /* value 0: as heads they would cut the clauses around them (التي قرر التحالف) */
        ("اجري" | "اجرت" | "يجري" | "تجري" | "واصل" | "واصلت" | "يواصل" | "تواصل"
         | "بدا" | "بدات" | "يبدا" | "تبدا" | "قرر" | "قررت") end
                                                  { *value = 0; return ARV_CW_LIGHT; }
        ("مساء" | "صباح" | "ليله" | "ليل" | "فجر" | "ظهر" | "عصر" | "منتصف" | "مطلع" | "اواخر" | "اوائل"
         | "نهايه" | "بدايه" | "شهر" | "عام" | "العام" | "هذا" | "الاسبوع" | "الشهر" | "اول") end
                                                  { return ARV_CW_DATEWORD; }
        $                                         { return ARV_CW_NONE; }
        *                                         { return ARV_CW_NONE; }
    */
}

arv_closed_class arv_closed_word(const char *norm, size_t len, arv_closed *out)
{
    /* the DFA wants the word followed by NUL: norm forms of arv_tokens are */
    const unsigned char *s = (const unsigned char *)norm;
    out->conj = 0;
    out->cls = classify(s, s + len + 1, &out->value);
    if (out->cls == ARV_CW_NONE && len > 2 && s[0] == 0xD9 && (s[1] == 0x88 || s[1] == 0x81)) {
        out->cls = classify(s + 2, s + len + 1, &out->value);
        out->conj = out->cls != ARV_CW_NONE;
    }
    return out->cls;
}

/* Words of sports news (النادي، المباراة، الدوري، المدرب): a document full
 * of them is no political news, whatever its verbs (يدين برشلونة بفوزه). */
static int sport(const unsigned char *cur, const unsigned char *lim)
{
    const unsigned char *mrk;
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

        ("النادي" | "نادي" | "الانديه" | "انديه" | "المباراه" | "مباراه" | "المباريات" | "مباريات" | "اللاعب"
         | "لاعب" | "اللاعبين" | "لاعبين" | "لاعبو" | "لاعبي" | "الدوري" | "دوري" | "المنتخب" | "منتخب" | "البطوله"
         | "الكاس" | "المدرب" | "مدرب" | "الملعب" | "ملعب" | "الموسم" | "الرياضي" | "الرياضيه" | "الرياضه"
         | "الفيفا" | "الاولمبيه" | "التعادل" | "بالتعادل" | "الشوط" | "المهاجم" | "ركله" | "ركلات" | "هداف"
         | "التدريبات" | "وديه" | "الوديه" | "وديا" | "المرمي" | "مرمي" | "هدفين" | "بهدفين") end
                                                  { return 1; }
        $                                         { return 0; }
        *                                         { return 0; }
    */
}

int arv_closed_sport(const char *norm, size_t len)
{
    const unsigned char *s = (const unsigned char *)norm;
    if (sport(s, s + len + 1)) return 1;
    /* و ف ل ب before it (للاعبين: ل + اللاعبين) */
    int clitic = len > 2 && ((s[0] == 0xD9 && (s[1] == 0x88 || s[1] == 0x81 || s[1] == 0x84)) ||
                             (s[0] == 0xD8 && s[1] == 0xA8));
    return clitic && sport(s + 2, s + len + 1);
}

static arv_frame_word frame_word(const unsigned char *cur, const unsigned char *lim)
{
    const unsigned char *mrk;
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

        word = [^\x00]*;

        "و"? ("امام" | "لدي" | "بحضور" | "برئاسه" | "بقياده" | "بمشاركه" | "بحسب" | "بايدي") end
                                                  { return ARV_FW_SCENE; }
        "و"? ("ب" | "ل")? "مقتل" end              { return ARV_FW_DEATH; }
        ("عشرات" | "العشرات" | "مئات" | "المئات" | "الاف" | "الالاف") end
                                                  { return ARV_FW_QUANTITY; }
        ("بعد" | "عقب" | "قبل" | "اثر") end        { return ARV_FW_TIME_BEFORE; }
        ("لهذا" | "لهذه" | "بهذا" | "بهذه" | "لتلك" | "بتلك" | "لذلك") end
                                                  { return ARV_FW_GOVERNING; }
        "و"? ("وفد" | "وفدا" | "الوفد" | "وفود") end { return ARV_FW_DELEGATION; }
        ("عندما" | "حينما" | "بينما" | "بعدما" | "لكن" | "ولكن" | "لان" | "لانه" | "لانها" | "لانهم" | "لانهما") end
                                                  { return ARV_FW_SUBORD; }
        word ("عمليات" | "عمليه" | "اعمال" | "جرائم" | "جريمه") end
                                                  { return ARV_FW_ACTS; }
        "ال"? ("موالي" | "تابع" | "مقرب" | "مدعوم" | "محسوب" | "تنتمي" | "ينتمي" | "منتمي") ("" | "ه" | "ين" | "ون" | "ان") end
                                                  { return ARV_FW_BELONGING; }
        word ("عبو" | "سلاح" | "اسلح" | "سياره" | "سيارات" | "عجل" | "متفجر" | "ذخير" | "مخدر" | "كميه" | "كميات"
              | "حزام" | "صواريخ" | "قذائف") word end { return ARV_FW_THINGS; }
        $                                         { return ARV_FW_NONE; }
        *                                         { return ARV_FW_NONE; }
    */
}

arv_frame_word arv_closed_frame_word(const char *norm, size_t len)
{
    const unsigned char *s = (const unsigned char *)norm;
    return frame_word(s, s + len + 1);
}

/* Head words that ANERcorp's annotators leave outside a name (see
 * arv_closed_conll_head in closed.h); a proclitic and the article may come
 * before them. */
static arv_conll_head conll_head(const unsigned char *cur, const unsigned char *lim)
{
    const unsigned char *mrk;
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

        pre = ("و" | "ف")? (("ب" | "ك" | "ل")? "ال" | "لل" | "ب" | "ل")?;
        def = ("و" | "ف")? ("ب" | "ك" | "ل")? "ال" | ("و" | "ف")? "لل";
        bare = ("و" | "ف")? ("ب" | "ك" | "ل")?;   /* no article: المدينة المنورة is a name */

        pre ("صحيفه" | "جريده" | "مجله" | "قناه" | "وكاله" | "اذاعه" | "تلفزيون" | "محطه") end
                                                  { return ARV_CH_MEDIA; }
        pre ("حركه" | "شركه" | "نادي" | "جمعيه" | "مجموعه" | "مؤسسه" | "فريق") end
                                                  { return ARV_CH_GROUP; }
        pre ("حكومه" | "جيش" | "شرطه" | "سلطات" | "سلطه" | "قوات" | "خارجيه" | "داخليه" | "وزاره" | "محكمه"
             | "اداره" | "مقاومه" | "نظام" | "لجنه" | "هيئه" | "اجهزه" | "جهاز" | "استخبارات" | "مخابرات"
             | "بحريه" | "احتلال") end          { return ARV_CH_GOVERNMENT; }
        def ("مجلس" | "حزب") end                  { return ARV_CH_GOVERNMENT; }
        bare ("دوله" | "بلاد" | "قطاع" | "قاره" | "مخيم" | "مخيمات" | "جمهوريه" | "جزيره" | "بحيره" | "مطار"
             | "قاعده" | "هضبه" | "نهر" | "اقليم" | "محافظه" | "ولايه" | "مدينه" | "ميناء" | "ارض" | "صحراء"
             | "وادي"
             /* compass words: ANERcorp tags جنوب | أفريقيا, شمال | لبنان */
             | "جنوب" | "شمال" | "شرق" | "غرب") end
                                                  { return ARV_CH_PLACE; }
        $                                         { return ARV_CH_NONE; }
        *                                         { return ARV_CH_NONE; }
    */
}

arv_conll_head arv_closed_conll_head(const char *norm, size_t len)
{
    const unsigned char *s = (const unsigned char *)norm;
    return conll_head(s, s + len + 1);
}

const char *arv_closed_name(arv_closed_class c)
{
    static const char *const n[ARV_CW_COUNT] = {
        "", "NEG", "DENY", "FUT", "INTENT", "REPORT", "COMP", "PREP", "CONJ", "TITLE", "ORG_HEAD",
        "PLACE_HEAD", "MONTH", "HIJRI", "WEEKDAY", "RELDAY", "DAYWORD", "QUESTION", "COND", "NECESSITY",
        "SPOKES", "STOP", "LIGHT", "DATEWORD", "REL", "PARTICIPLE", "PASSIVE"};
    return (unsigned)c < ARV_CW_COUNT ? n[c] : "?";
}
