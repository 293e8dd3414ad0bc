/* events.c: grammar tokens for the Bison frame parser (grammar/events.y) and
 * the frames it finds turned into CAMEO event tuples: who is the source and
 * the target, what the theme refines, the mode, the date and the place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "events_parser.h"

int arv_events_parse(arv_parse *P);

/* Document-level state of the frame builder: the latest subject, for pro-drop
 * subjects (ودعت after الوزارة) in later sentences, and the country the
 * document is mostly about, for role nouns with no country in sight. */
typedef struct evstate {
    int32_t last_subject;
    char country[4];
} evstate;

/* ---- codes ---- */

typedef struct refine { const char *tag; const char *appeal, *demand, *intent; } refine;
static const refine refines[] = {
    {"ceasefire", "0256", "1056", "0356"}, {"talks", "026", "106", "036"}, {"aid", "023", "103", "033"},
    {"release", "0253", "1053", "0353"},   {"withdraw", "0256", "1056", "0356"}, {"sanctions", "0254", "1054", "0354"},
    {"peace", "027", "107", "037"},        {"reform", "024", "104", "034"}, {"leadership_change", "0241", "1041", "0341"},
};

/* Intent to do what root R is about (CAMEO 03x), for future and intent modes. */
static const char *intent_code(const char *code)
{
    static const struct { const char *root, *intent; } m[] = {
        {"04", "036"}, {"05", "030"}, {"06", "031"}, {"07", "033"}, {"08", "035"}};
    for (size_t i = 0; i < sizeof m / sizeof *m; i++)
        if (!strncmp(code, m[i].root, 2)) return m[i].intent;
    return code;
}

/* The code of actor entity e. Short mentions were linked to their full names
 * by the entity stage; a role noun still without a country (الحكومة) takes
 * the document's main country. */
static const char *actor_code(arv_doc *d, const evstate *st, int32_t e)
{
    const char *c = d->ents.v[e].code;
    if (arv_code_is_role(c) && st->country[0] && !d->ents.v[e].foreign) {
        char *s = arv_arena_alloc(&d->arena, 8);
        memcpy(s, st->country, 3);
        memcpy(s + 3, c, 4);
        return s;
    }
    return c;
}

/* ---- grammar tokens ---- */

static void gpush(arv_gtok_vec *g, int sym, size_t first, size_t last, uint32_t start, uint32_t end)
{
    arv_gtok t;
    memset(&t, 0, sizeof t);
    t.sym = sym;
    t.first = (uint32_t)first;
    t.last = (uint32_t)last;
    t.start = start;
    t.end = end;
    t.ent = t.match = -1;
    ARV_VEC_PUSH(*g, t);
}

/* Proclitics of token i before byte `start`: a conjunction and/or a
 * preposition, emitted as grammar tokens of their own. */
static void clitics(arv_gtok_vec *g, const arv_doc *d, size_t i, uint32_t start, int next_is_actor)
{
    const arv_token *t = &d->tk.tok.v[i];
    const unsigned char *s = (const unsigned char *)d->tk.norm.v + t->norm;
    size_t n = start > t->start ? start - t->start : 0;   /* surface bytes, letters are 2 bytes here */
    for (size_t k = 0; k + 1 < n && k + 1 < t->norm_len; k += 2) {
        unsigned c = (unsigned)s[k] << 8 | s[k + 1];
        if (c == 0xD988 || c == 0xD981) {  /* و ف */
            int np = next_is_actor && g->n && g->v[g->n - 1].sym == ACTOR;
            gpush(g, np ? CONJ_NP : CONJ, i, i, t->start, t->start + 2);
        } else if (c == 0xD8A8 || c == 0xD984 || c == 0xD983) {  /* ب ل ك */
            gpush(g, PREP, i, i, t->start + (uint32_t)k, t->start + (uint32_t)k + 2);
            g->v[g->n - 1].prep = c == 0xD8A8 ? ARV_P_BI : c == 0xD984 ? ARV_P_LI : 0;
        }
    }
}

/* The frame-word class of token i (grammar/closed.re). */
static arv_frame_word fw(const arv_doc *d, size_t i)
{
    const arv_token *t = &d->tk.tok.v[i];
    return arv_closed_frame_word(d->tk.norm.v + t->norm, t->norm_len);
}

/* Does token i end in a noun of acts (عمليات قتل: the verbal noun after it is no verb)? */
static int acts_noun(const arv_doc *d, size_t i) { return fw(d, i) == ARV_FW_ACTS; }

/* Is token i an adjective of belonging (الموالية، التابعة، المدعومة)? The
 * actor after it (and its preposition) describes the noun before it. */
static int belonging(const arv_doc *d, size_t i) { return fw(d, i) == ARV_FW_BELONGING; }

/* Is token i a word after which an actor is the audience, the chair, the
 * doer or the dead of an event rather than its target (أمام، برئاسة، مقتل)? */
static int scene_word(const arv_doc *d, size_t i)
{
    arv_frame_word c = fw(d, i);
    return c == ARV_FW_SCENE || c == ARV_FW_DEATH;
}

/* Is token i a word of number (عشرات، مئات، آلاف) that can head a subject? */
static int quantity(const arv_doc *d, size_t i) { return fw(d, i) == ARV_FW_QUANTITY; }

/* Is token i a word of time before a verbal noun (بعد، عقب، قبل، إثر)? */
static int after_word(const arv_doc *d, size_t i) { return fw(d, i) == ARV_FW_TIME_BEFORE; }

/* Is token i a demonstrative with a preposition (لهذا، بهذه، لتلك)? */
static int governing_demonstrative(const arv_doc *d, size_t i) { return fw(d, i) == ARV_FW_GOVERNING; }

/* Is token i a delegation (وفد، وفدا، الوفد، ووفد)? */
static int delegation(const arv_doc *d, size_t i) { return fw(d, i) == ARV_FW_DELEGATION; }

static void grammar_tokens(arv_doc *d, size_t s, arv_gtok_vec *g, const int32_t *ent_at)
{
    const arv_sentence *se = &d->tk.sent.v[s];
    size_t end = se->first + se->count;
    g->n = 0;
    for (size_t i = se->first; i < end;) {
        const arv_token *t = &d->tk.tok.v[i];
        int32_t e = ent_at[i - se->first];
        if (e >= 0) {
            const arv_entity *x = &d->ents.v[e];
            /* a role and the country named after it are one actor, of the
             * role's code: سفير سوريا (SYRGOV), not سوريا */
            const arv_entity *rc = x->kind == ARV_M_AGENT && x->last < end && ent_at[x->last - se->first] >= 0 &&
                                           !strcmp(d->ents.v[ent_at[x->last - se->first]].rule, "role+country")
                                       ? &d->ents.v[ent_at[x->last - se->first]]
                                       : NULL;
            /* a title right before a name is the same actor: الرئيس الأمريكي باراك أوباما */
            /* ... also across another title: وزير الخارجية الشيخ عبدالله بن زايد */
            size_t after = rc ? rc->last : x->last, nx = after;
            while (nx < end && nx < after + 2 && d->cw.v[nx].cls == ARV_CW_TITLE && ent_at[nx - se->first] < 0) nx++;
            if (x->kind == ARV_M_AGENT && x->type == ARV_T_PER && nx < end && ent_at[nx - se->first] >= 0 &&
                d->ents.v[ent_at[nx - se->first]].type == ARV_T_PER &&
                d->ents.v[ent_at[nx - se->first]].kind == ARV_M_NAME) {
                i = rc ? after : nx;  /* a title after the country stands as it would alone */
                continue;
            }
            if (rc) {
                /* ... and before another title and a name, that name: أمير
                 * دولة قطر الشيخ تميم بن حمد */
                int32_t zi = nx < end ? ent_at[nx - se->first] : -1;
                const arv_entity *z = zi >= 0 ? &d->ents.v[zi] : NULL;
                if (z && z->kind == ARV_M_AGENT && z->type == ARV_T_PER && z->last < end &&
                    ent_at[z->last - se->first] >= 0 && d->ents.v[ent_at[z->last - se->first]].type == ARV_T_PER &&
                    d->ents.v[ent_at[z->last - se->first]].kind == ARV_M_NAME) {
                    i = rc->last;
                    continue;
                }
                clitics(g, d, i, x->span.start, 1);
                gpush(g, ACTOR, x->first, rc->last, x->span.start, rc->span.end);
                g->v[g->n - 1].ent = e;
                i = rc->last;
                continue;
            }
            /* a name of no code before a coded name is its apposition: حركة المقاومة حماس */
            if (!*x->code && x->type != ARV_T_DATE && x->last < end && ent_at[x->last - se->first] >= 0 &&
                *d->ents.v[ent_at[x->last - se->first]].code && d->ents.v[ent_at[x->last - se->first]].type != ARV_T_DATE) {
                i = x->last;
                continue;
            }
            /* an indefinite role noun in construct with an actor is that actor's
             * (مسلحي تنظيم داعش, مقاتلو جبهة النصرة) */
            if (x->kind == ARV_M_AGENT && arv_code_is_role(x->code) && x->last == x->first + 1 && x->last < end &&
                ent_at[x->last - se->first] >= 0 && strncmp(d->tk.norm.v + t->norm, "ال", 4)) {
                const arv_entity *y = &d->ents.v[ent_at[x->last - se->first]];
                if (y->type != ARV_T_DATE && y->type != ARV_T_PER && y->named && !arv_code_is_role(y->code)) {
                    i = x->last;
                    continue;
                }
                /* a person's militia (ميليشيات صالح) is the militia, not the person */
                if (y->type == ARV_T_PER && x->type == ARV_T_ORG) {
                    clitics(g, d, i, x->span.start, 1);
                    gpush(g, ACTOR, x->first, y->last, x->span.start, y->span.end);
                    g->v[g->n - 1].ent = e;
                    i = y->last;
                    continue;
                }
            }
            clitics(g, d, i, x->span.start, x->type != ARV_T_DATE);
            gpush(g, x->type == ARV_T_DATE ? DATE : ACTOR, x->first, x->last, x->span.start, x->span.end);
            g->v[g->n - 1].ent = e;
            i = x->last > i ? x->last : i + 1;
            continue;
        }
        /* وفدا من حركة حماس: a delegation of an actor is that actor */
        if (i + 2 < end && ent_at[i + 2 - se->first] >= 0 && delegation(d, i) &&
            !strcmp(d->tk.norm.v + d->tk.tok.v[i + 1].norm, "من") &&
            d->ents.v[ent_at[i + 2 - se->first]].type != ARV_T_DATE) {
            const arv_entity *x = &d->ents.v[ent_at[i + 2 - se->first]];
            if (d->cw.v[i].conj) gpush(g, CONJ, i, i, t->start, t->start + 2);
            gpush(g, ACTOR, i, x->last, d->cw.v[i].conj ? t->start + 2 : t->start, x->span.end);
            g->v[g->n - 1].ent = ent_at[i + 2 - se->first];
            i = x->last;
            continue;
        }
        int32_t mi = d->tmatch.v[i];
        if (mi >= 0) {
            const arv_match *m = &d->matches.v[mi];
            const arv_lex_entry *v = arv_match_entry(m, ARV_K_VERB), *ms = arv_match_entry(m, ARV_K_MASDAR),
                                *th = arv_match_entry(m, ARV_K_THEME);
            int after_prep = g->n && g->v[g->n - 1].sym == PREP;
            int after_nec = g->n && g->v[g->n - 1].sym == NECESSITY;
            int sym = v ? VERB : (th && (after_prep || !ms || m->prefix)) ? THEME : ms ? MASDAR : th ? THEME : 0;
            /* طرد after ضرورة, a preposition or a reporting verb (تعلن طرد داعش) is
             * the verbal noun, not the verb */
            int after_report = g->n && g->v[g->n - 1].sym == REPORT;
            /* عمليات قتل، جرائم ذبح وقتل: a verbal noun after a noun of acts,
             * and one joined to a verbal noun */
            int after_acts = g->n && g->v[g->n - 1].sym == OTHER && acts_noun(d, g->v[g->n - 1].first);
            const char *tw = d->tk.norm.v + t->norm;
            int joined_masdar = (g->n > 1 && g->v[g->n - 1].sym == CONJ && g->v[g->n - 2].sym == MASDAR) ||
                                (g->n && g->v[g->n - 1].sym == MASDAR && m->prefix && !strncmp(tw, "و", 2));
            /* لتفعيل طلب فلسطين: after a noun governed by a preposition comes
             * its genitive, not a verb */
            int after_pp_noun = 0;
            if (g->n && g->v[g->n - 1].sym == OTHER && d->cw.v[g->v[g->n - 1].first].cls == ARV_CW_NONE) {
                const arv_token *pt = &d->tk.tok.v[g->v[g->n - 1].first];
                const char *pw = d->tk.norm.v + pt->norm;
                after_pp_noun = pt->norm_len >= 10 && (!strncmp(pw, "ل", 2) || !strncmp(pw, "ب", 2)) &&
                                strncmp(pw, "لل", 4) && strncmp(pw, "بال", 6) && strncmp(pw, "لا", 4);
            }
            /* نظام دعم, نظام تأمين: a verb form right after an indefinite role
             * noun is the verbal noun in construct with it, no event */
            int noun_form = 0;
            if (sym == VERB && ms && !m->prefix && g->n) {
                const arv_gtok *pg = &g->v[g->n - 1];
                const arv_token *pt = &d->tk.tok.v[pg->first];
                const char *pw = d->tk.norm.v + pt->norm;
                /* not in the accusative: شخصاً | قتل is a relative clause */
                noun_form = pg->sym == ACTOR && d->ents.v[pg->ent].kind == ARV_M_AGENT &&
                            d->ents.v[pg->ent].type == ARV_T_ORG && pg->last == pg->first + 1 && pg->last == i &&
                            pt->cls == ARV_TC_ARABIC && pt->norm_len > 2 && strncmp(pw, "ال", 4) &&
                            strncmp(pw + 2, "ال", 4) && strncmp(pw, "لل", 4) && strcmp(pw + pt->norm_len - 2, "ا");
            }
            /* 24 طالبا: a word after a numeral is a counted noun, no verb */
            if (sym == VERB && i > se->first && d->tk.tok.v[i - 1].cls == ARV_TC_NUMBER) sym = 0;
            if (sym == VERB && ms && (after_prep || after_nec || after_report || after_acts || joined_masdar || after_pp_noun ||
                                      noun_form))
                sym = MASDAR;
            else if (sym == VERB && (after_pp_noun || (after_prep && g->v[g->n - 1].prep != ARV_P_MIN && !m->pronoun)))
                sym = 0;  /* a noun with no verbal-noun entry (في ضبط كل من): a word */
            if (sym) {
                const unsigned char *w = (const unsigned char *)d->tk.norm.v + t->norm;
                if (sym == VERB && m->prefix && w[0] == 0xD8 && w[1] == 0xB3) {  /* سيدعو: future */
                    gpush(g, MOD, i, i, t->start, t->start + 2);
                    g->v[g->n - 1].prep = ARV_CW_FUT;
                } else {
                    clitics(g, d, i, m->start, 0);
                }
                gpush(g, sym, m->first, m->last, m->start, m->end);
                if (sym == VERB && d->cw.v[i].cls == ARV_CW_PARTICIPLE) g->v[g->n - 1].prep = ARV_CW_PARTICIPLE;
                g->v[g->n - 1].match = mi;
                g->v[g->n - 1].suffix = m->pronoun;
                i = m->last;
                continue;
            }
            /* agents and places without an entity, nisbas used as adjectives: plain words */
            const arv_lex_entry *ne = arv_match_entry(m, ARV_K_NISBA);
            if (ne && !m->prefix && m->last == i + 1 && d->cw.v[i].cls == ARV_CW_NONE) {
                gpush(g, OTHER, i, i + 1, t->start, t->end);
                g->v[g->n - 1].nisba = arv_lex_code_for(m->lex, ne, d->ymd);
                i++;
                continue;
            }
        }
        const arv_closed *c = &d->cw.v[i];
        int sym = OTHER;
        uint16_t val = 0;
        switch (c->cls) {
        case ARV_CW_NEG: case ARV_CW_DENY: case ARV_CW_FUT: case ARV_CW_INTENT: case ARV_CW_QUESTION: case ARV_CW_COND:
            sym = MOD;
            val = (uint16_t)c->cls;
            break;
        case ARV_CW_REPORT: sym = REPORT; break;
        case ARV_CW_LIGHT:  /* قام بزيارة، شن هجوما: the verbal noun after it is the event */
            /* ... but بعد تمكن المقاومة من تحريرها is a verbal noun of background */
            if (c->value && !(g->n && g->v[g->n - 1].sym == OTHER && after_word(d, g->v[g->n - 1].first))) {
                sym = REPORT;
                val = ARV_CW_LIGHT;
            }
            break;
        case ARV_CW_PASSIVE:  /* تم القبض على: a head whose verbal noun says what was done */
            sym = REPORT;
            val = ARV_CW_PASSIVE;
            break;
        case ARV_CW_COMP: sym = COMP; break;
        case ARV_CW_NECESSITY: sym = NECESSITY; break;
        case ARV_CW_PREP: {
            const char *w = d->tk.norm.v + t->norm;
            /* على يد, من قبل: the agent of a passive */
            if (i + 1 < end && ((!strcmp(w, "علي") && !strcmp(d->tk.norm.v + d->tk.tok.v[i + 1].norm, "يد")) ||
                                (!strcmp(w, "من") && !strcmp(d->tk.norm.v + d->tk.tok.v[i + 1].norm, "قبل")))) {
                gpush(g, BYAGENT, i, i + 2, t->start, d->tk.tok.v[i + 1].end);
                i += 2;
                continue;
            }
            sym = PREP;
            val = (uint16_t)c->value;
            break;
        }
        case ARV_CW_CONJ: {
            int np = g->n && g->v[g->n - 1].sym == ACTOR && i + 1 < end && ent_at[i + 1 - se->first] >= 0;
            sym = np ? CONJ_NP : CONJ;
            break;
        }
        default:
            if (t->cls == ARV_TC_PUNCT) {
                const char *w = d->tk.norm.v + t->norm;
                if (!strcmp(w, ",") || !strcmp(w, "،") || !strcmp(w, "؛") || !strcmp(w, ";") || !strcmp(w, ":"))
                    sym = COMMA;
                else sym = 0;
            } else if (t->cls == ARV_TC_QUOTE || t->cls == ARV_TC_SYMBOL || t->cls == ARV_TC_URL) {
                sym = 0;
            }
        }
        if (sym) {
            /* المبعوث الخاص ورئيس البعثة ...: two titles of one person, no new clause */
            int second_title = c->cls == ARV_CW_TITLE && g->n && g->v[g->n - 1].sym == ACTOR &&
                               d->ents.v[g->v[g->n - 1].ent].type == ARV_T_PER &&
                               d->ents.v[g->v[g->n - 1].ent].kind == ARV_M_AGENT;
            if (c->conj && sym != CONJ && sym != CONJ_NP && !second_title) gpush(g, CONJ, i, i, t->start, t->start + 2);
            gpush(g, sym, i, i + 1, t->start, t->end);
            g->v[g->n - 1].prep = val;
        }
        i++;
    }
    /* a conjunction joins noun phrases only between two actors; elsewhere
     * (و before a date or a skipped title) it is a plain conjunction */
    for (size_t k = 0; k < g->n; k++)
        if (g->v[k].sym == CONJ_NP && (k == 0 || g->v[k - 1].sym != ACTOR || k + 1 == g->n || g->v[k + 1].sym != ACTOR))
            g->v[k].sym = CONJ;
    /* و before a date joins dates (بين يوم الاثنين واليوم), not clauses */
    size_t n = 0;
    for (size_t k = 0; k < g->n; k++) {
        const arv_gtok *x = k + 1 < g->n ? &g->v[k + 1] : NULL;
        int datelike = x && (x->sym == DATE || (x->sym == OTHER && (d->cw.v[x->first].cls == ARV_CW_RELDAY ||
                                                                   d->cw.v[x->first].cls == ARV_CW_DATEWORD ||
                                                                   d->cw.v[x->first].cls == ARV_CW_WEEKDAY)));
        if (!(g->v[k].sym == CONJ && datelike)) g->v[n++] = g->v[k];
    }
    g->n = n;
}

/* ---- frames ---- */

static evstate *state_of(arv_parse *P) { return (evstate *)P->d->evstate; }

void arv_frame_np(arv_parse *P, arv_sv np, uint32_t start, uint32_t end)
{
    /* the grammar token before the noun phrase: the lookahead is at most one past its end */
    int32_t k = (int32_t)P->pos - 1;
    while (k >= 0 && P->g[k].start >= start) k--;
    /* قادة لهذا التنظيم: a demonstrative with a preposition governs it: no subject */
    if (k >= 0 && P->g[k].sym == OTHER && governing_demonstrative(P->d, P->g[k].first)) return;
    P->last_np = np.a;
    P->last_nnp = np.b;
    P->last_np_end = end;
    /* إن وفدا من حماس برئاسة خالد مشعل، التقى: the chair stands in for the
     * noun phrase after the complementizer */
    if (k >= 0 && P->g[k].sym == OTHER && scene_word(P->d, P->g[k].first)) return;
    P->last_np_comp = k >= 0 && P->g[k].sym == COMP;
}

/* Grammar tokens between byte offset `end` and grammar token `head`; a
 * comma or conjunction in between makes it far (a new clause began). */
static int gap(const arv_parse *P, uint32_t end, int32_t head)
{
    int n = 0;
    for (int32_t k = head - 1; k >= 0 && P->g[k].start >= end; k--) {
        if (P->g[k].sym == COMMA || P->g[k].sym == CONJ) return 99;
        n++;
    }
    return n;
}

/* Grammar tokens between byte offset `end` and grammar token `head`, where
 * commas may stand (an apposition), but no conjunction. */
static int comp_gap(const arv_parse *P, uint32_t end, int32_t head)
{
    int n = 0;
    for (int32_t k = head - 1; k >= 0 && P->g[k].start >= end; k--) {
        if (P->g[k].sym == CONJ) return 99;
        n++;
    }
    return n;
}

/* A definite noun right after a verb is its subject, one we cannot code. */
static int unknown_subject(const arv_parse *P, const arv_arg *a)
{
    if (a->kind != ARV_ARG_OTHER || a->prep) return 0;
    const arv_gtok *g = &P->g[a->tok];
    if (g->sym != OTHER) return 0;
    const arv_token *t = &P->d->tk.tok.v[g->first];
    return t->norm_len > 6 && !strncmp(P->d->tk.norm.v + t->norm, "ال", 4);
}

/* Does token i start with a prepositional proclitic (ب ل ك)? Plain words keep
 * theirs (بجهود المملكة is no subject). */
static int proclitic_prep(const arv_doc *d, size_t i)
{
    const char *w = d->tk.norm.v + d->tk.tok.v[i].norm;
    return !strncmp(w, "ب", 2) || !strncmp(w, "ل", 2) || !strncmp(w, "ك", 2);
}

/* Is argument a the word that opens a relative clause (التي تضم ...)? */
static int relative(const arv_parse *P, const arv_arg *a)
{
    return a->kind == ARV_ARG_OTHER && P->g[a->tok].sym == OTHER && P->d->cw.v[P->g[a->tok].first].cls == ARV_CW_REL;
}

/* Is argument a a word that opens a subordinate clause (عندما، بينما، بعدما)? */
static int subordinator(const arv_parse *P, const arv_arg *a)
{
    if (a->kind != ARV_ARG_OTHER || P->g[a->tok].sym != OTHER) return 0;
    /* ... or a time word before a verbal noun: بعد تمكن الجيش من تحريرها */
    if (after_word(P->d, P->g[a->tok].first) && (size_t)a->tok + 1 < P->ng &&
        (P->g[a->tok + 1].sym == MASDAR || P->d->cw.v[P->g[a->tok + 1].first].cls == ARV_CW_LIGHT))
        return 1;
    return fw(P->d, P->g[a->tok].first) == ARV_FW_SUBORD;
}

/* Is the noun phrase of argument a a role noun or people in the accusative
 * plural (ودعا الفلسطينيين، اعتقل المسلحين)? Then it is an object, never the
 * subject after the verb (الفلسطينيون). Names (البحرين، الصين) are not read. */
static int accusative(const arv_parse *P, const arv_arg *a)
{
    const arv_entity *x = &P->d->ents.v[P->np_actor.v[a->np]];
    if (x->kind != ARV_M_PEOPLE && x->kind != ARV_M_AGENT) return 0;
    const arv_token *t = &P->d->tk.tok.v[x->last - 1];
    const char *w = P->d->tk.norm.v + t->norm;
    return t->norm_len > 8 && !strcmp(w + t->norm_len - 4, "ين");
}

/* واعتقل جون سميث في تكساس: a person of no code named right after an
 * arrest verb, with no noun phrase after him, is who was arrested (the verb
 * is passive, اُعتُقل, unvocalized); those who arrest are a force or an
 * authority, which a code names. Arguments [a, end) are the clause's rest. */
static int arrested_named(const arv_parse *P, const char *code, const arv_arg *a, const arv_arg *end)
{
    if (!code || strncmp(code, "173", 3) || a->kind != ARV_ARG_NP || a->prep || a->nnp != 1) return 0;
    const arv_entity *x = &P->d->ents.v[P->np_actor.v[a->np]];
    if (x->type != ARV_T_PER || !x->named || (x->code && x->code[0])) return 0;
    for (const arv_arg *k = a + 1; k < end; k++)
        if (k->kind == ARV_ARG_NP && !k->prep) return 0;
    return 1;
}

/* Does argument a (a word or a noun phrase) end in the nominative dual or
 * plural (جنديان، المدنيون)? After a verb that is its subject. */
static int nominative(const arv_parse *P, const arv_arg *a)
{
    const arv_token *t;
    if (a->kind == ARV_ARG_NP) t = &P->d->tk.tok.v[P->d->ents.v[P->np_actor.v[a->np]].last - 1];
    else if (a->kind == ARV_ARG_OTHER && P->g[a->tok].sym == OTHER) t = &P->d->tk.tok.v[P->g[a->tok].first];
    else return 0;
    const char *w = P->d->tk.norm.v + t->norm;
    return t->norm_len > 6 && (!strcmp(w + t->norm_len - 4, "ان") || !strcmp(w + t->norm_len - 4, "ون"));
}

/* أن قادة ميدانيين لهذا التنظيم نسقوا: nouns between a complementizer and
 * the verb are its subject, one we cannot code, and not the speaker (but
 * بلاده, his country, is the speaker's) */
static int comp_noun_subject(const arv_parse *P, int32_t head)
{
    int nouns = 0;
    for (int32_t k = head - 1; k >= 0 && k >= head - 6; k--) {
        const arv_gtok *g = &P->g[k];
        if (g->sym == COMP) return nouns > 0;
        if (g->sym == OTHER && P->d->cw.v[g->first].cls == ARV_CW_NONE) {
            if (!strncmp(P->d->tk.norm.v + P->d->tk.tok.v[g->first].norm, "بلاد", 8)) return 0;
            nouns++;
        } else if (g->sym != PREP && g->sym != OTHER && g->sym != ACTOR) {  /* ACTOR: قادة لهذا التنظيم */
            return 0;
        }
    }
    return 0;
}

static int comma(const arv_parse *P, const arv_arg *a) { return a->kind == ARV_ARG_OTHER && P->g[a->tok].sym == COMMA; }

/* The role part of actor code c: its last three letters (YEMMIL: MIL), or c
 * itself when shorter. */
static const char *role_of(const char *c)
{
    size_t l = strlen(c);
    return l >= 3 ? c + l - 3 : c;
}

static int has_role(const char *c, const char *role) { return !strcmp(role_of(c), role); }

/* Is c the code of a paper, an agency or a channel? */
static int medium_code(const char *c) { return strlen(c) > 3 && has_role(c, "MED"); }

/* Is c the code of an armed actor (army, rebels, militants, jihadists)? */
static int armed_code(const char *c)
{
    return !strncmp(c, "IMG", 3) || strstr(c, "REB") || has_role(c, "MIL") || has_role(c, "UAF");
}

static const char *modal_name(int cls) { return arv_closed_name((arv_closed_class)cls); }

static void explain(arv_parse *P, arv_event *ev, int32_t head)
{
    arv_doc *d = P->d;
    /* the grammar tokens around the head: a bounded window keeps --explain
     * linear on endless sentences */
    size_t from = head > 40 ? (size_t)head - 40 : 0, to = (size_t)head + 40 < P->ng ? (size_t)head + 40 : P->ng;
    size_t cap = 64;
    for (size_t i = from; i < to; i++) cap += 24 + (P->g[i].end - P->g[i].start);
    char *s = arv_arena_alloc(&d->arena, cap), *p = s;
    static const char *const names[] = {"ACTOR", "VERB", "REPORT", "MASDAR", "THEME", "DATE", "PREP", "CONJ_NP",
                                        "CONJ", "COMP", "COMMA", "NECESSITY", "BYAGENT", "OTHER", "MOD"};
    for (size_t i = from; i < to; i++) {
        const arv_gtok *g = &P->g[i];
        int k = g->sym - ACTOR;
        const char *nm = k >= 0 && k < (int)(sizeof names / sizeof *names) ? names[k] : "?";
        if (g->sym == MOD) nm = modal_name(g->prep);
        p += snprintf(p, cap - (size_t)(p - s), "%s%s%s(%.*s)", i > from ? " " : "", (int32_t)i == head ? "*" : "", nm,
                      (int)(g->end - g->start), d->text + g->start);
    }
    ev->explain = s;
}

/* A verbal noun inside a clause with its own armed actor after it (جاء
 * الإعلان مع سيطرة قوات الوفاق على مناطق ...) is a clause of its own. */
static void embedded_masdars(arv_parse *P, arv_sv post)
{
    const arv_arg *args = post.b ? P->args.v + post.a : NULL;
    /* ... also right after the head when ب makes it the means: يقتل برصاص الجيش */
    for (int32_t i = post.b && args[0].prep == ARV_P_BI ? 0 : 1; i + 1 < post.b; i++) {
        if (args[i].kind != ARV_ARG_MASDAR || args[i + 1].kind != ARV_ARG_NP || args[i + 1].prep) continue;
        if (P->g[args[i].tok].suffix) continue;  /* لقائه X: pronoun_masdars' */
        int32_t save_np = P->last_np, save_subject = P->clause_subject;
        P->last_np = -1;
        arv_frame_clause(P, args[i].tok, (arv_sv){post.a + i + 1, post.b - i - 1});
        P->last_np = save_np;
        P->clause_subject = save_subject;
    }
}

static void frame(arv_parse *P, int32_t head, arv_sv post);
static int clash_between(arv_parse *P, int32_t head, const char *code);

/* خلال لقائه X, عقب زيارته: a verbal noun of meeting or visiting with a
 * pronoun, inside a clause, is its subject's meeting with the actor after it. */
static void pronoun_masdars(arv_parse *P, arv_sv post)
{
    const arv_arg *args = post.b ? P->args.v + post.a : NULL;
    for (int32_t i = 0; i + 1 < post.b; i++) {
        if (args[i].kind != ARV_ARG_MASDAR || !P->g[args[i].tok].suffix) continue;
        const arv_match *m = &P->d->matches.v[P->g[args[i].tok].match];
        const arv_lex_entry *me = arv_match_entry(m, ARV_K_MASDAR);
        const char *code = me ? arv_lex_code_for(m->lex, me, P->d->ymd) : NULL;
        if (!code || strncmp(code, "04", 2)) continue;
        int32_t save_np = P->last_np;
        P->last_np = -1;
        frame(P, args[i].tok, (arv_sv){post.a + i + 1, post.b - i - 1});
        P->last_np = save_np;
    }
}

/* في هجوم شنه تنظيم القاعدة: a verbal noun, a light verb with its pronoun,
 * then the one who did it. */
static void launched_masdars(arv_parse *P, arv_sv post)
{
    const arv_arg *args = post.b ? P->args.v + post.a : NULL;
    for (int32_t i = 0; i + 1 < post.b; i++) {
        if (args[i].kind != ARV_ARG_MASDAR || args[i + 1].kind != ARV_ARG_OTHER || args[i + 1].prep ||
            P->g[args[i].tok].suffix)
            continue;
        int named = i + 2 < post.b && args[i + 2].kind == ARV_ARG_NP && !args[i + 2].prep;
        /* بعد هجوم شنته على قرية: the pronoun is the clause's subject */
        if (!named && P->clause_subject < 0) continue;
        const arv_token *t = &P->d->tk.tok.v[P->g[args[i + 1].tok].first];
        const char *w = P->d->tk.norm.v + t->norm;
        if (!((!strncmp(w, "شن", 4) || !strncmp(w, "نفذ", 6) || !strncmp(w, "ارتكب", 10)) &&
              (!strcmp(w + t->norm_len - 2, "ه") || !strcmp(w + t->norm_len - 4, "ها"))))
            continue;
        int32_t save_np = P->last_np, save_subject = P->clause_subject;
        P->last_np = -1;
        if (!named) P->given_subject = P->clause_subject;
        arv_frame_clause(P, args[i].tok, (arv_sv){post.a + i + 2, post.b - i - 2});
        P->given_subject = -1;
        P->last_np = save_np;
        P->clause_subject = save_subject;
    }
}

/* Is grammar token k a verbal noun of fighting (اشتباكات، معارك)? */
static int clash_masdar(const arv_parse *P, int32_t k)
{
    const arv_gtok *g = &P->g[k];
    if (g->sym != MASDAR || g->suffix) return 0;
    const arv_match *m = &P->d->matches.v[g->match];
    const arv_lex_entry *me = arv_match_entry(m, ARV_K_MASDAR);
    return me && !strcmp(arv_lex_code_for(m->lex, me, P->d->ymd), "190");
}

void arv_frame_clause(arv_parse *P, int32_t head, arv_sv post)
{
    /* قتل 5 أشخاص خلال اشتباكات بين X وY: the clash inside the clause */
    for (int32_t i = 0; i < post.b; i++)
        if (P->args.v[post.a + i].kind == ARV_ARG_MASDAR && clash_masdar(P, P->args.v[post.a + i].tok))
            clash_between(P, P->args.v[post.a + i].tok, "190");
    if (P->g[head].sym != MASDAR) embedded_masdars(P, post);
    launched_masdars(P, post);
    frame(P, head, post);
    if (P->g[head].sym != MASDAR) pronoun_masdars(P, post);
}

/* Is the object of an event verb a noun that gives it a sense that is no
 * event (احتل المركز "ranked", استقبل جثمان "received the body of")? */
static int object_sense(const arv_parse *P, const char *code, const arv_arg *args, size_t from, size_t na)
{
    static const struct { const char *code, *object; } senses[] = {
        {"192", "المركز"}, {"192", "المرتبه"}, {"192", "الصداره"}, {"192", "مركزا"},
        {"043", "جثمان"}, {"043", "جثامين"}, {"043", "جثه"},
        {"1712", "علم"}, {"1712", "العلم"}, {"1712", "اعلام"}};  /* أحرقوا علم إسرائيل: a protest's symbol */
    for (size_t i = from; i < na && i < from + 3; i++) {
        if (args[i].kind != ARV_ARG_OTHER || args[i].prep || P->g[args[i].tok].sym != OTHER) continue;
        const char *w = P->d->tk.norm.v + P->d->tk.tok.v[P->g[args[i].tok].first].norm;
        for (size_t k = 0; k < sizeof senses / sizeof *senses; k++)
            if (!strcmp(code, senses[k].code) && !strcmp(w, senses[k].object)) return 1;
    }
    return 0;
}

static int bystander_role(const char *c)
{
    return !strcmp(c, "BUS") || !strcmp(c, "EDU") || !strcmp(c, "HLH") || !strcmp(c, "MED");
}

/* دعم "support": military aid (072) when an armed actor gives or gets it,
 * else political support (051); other codes are returned as they are. */
static const char *support_code(const arv_doc *d, const arv_gtok *trig, const char *code, const char *src, const char *tgt)
{
    if (strcmp(code, "070")) return code;
    for (uint32_t i = trig->first; i < trig->last; i++)
        if (strstr(d->tk.norm.v + d->tk.tok.v[i].norm, "دعم"))
            return armed_code(src) || armed_code(tgt) ? "072" : "051";
    return code;
}

/* ضبط عشرات العبوات، ضبط 30 سيارة: is what trigger ضبط seized things
 * (weapons, cars, drugs, counted), not people? */
static int seized_things(const arv_parse *P, const arv_gtok *trig, const arv_arg *args, size_t from, size_t na)
{
    const arv_doc *d = P->d;
    const char *tw = d->tk.norm.v + d->tk.tok.v[trig->first].norm;
    if (strncmp(tw, "ضبط", 6) && strncmp(tw, "وضبط", 8)) return 0;
    for (size_t i = from; i < na && i < from + 2; i++) {
        if (args[i].kind != ARV_ARG_OTHER || args[i].prep || P->g[args[i].tok].sym != OTHER) return 0;
        size_t k = P->g[args[i].tok].first;
        if (d->tk.tok.v[k].cls == ARV_TC_NUMBER || quantity(d, k)) continue;
        return fw(d, k) == ARV_FW_THINGS;
    }
    return 0;
}

/* Is grammar token g a word whose first letter bears a damma (قُتل، اُعتقل):
 * a passive the writer vocalized? */
static int passive_mark(const arv_doc *d, const arv_gtok *g)
{
    const arv_token *t = &d->tk.tok.v[g->first];
    const unsigned char *s = (const unsigned char *)d->text + g->start;
    return g->start + 4 <= t->end && s[2] == 0xD9 && s[3] == 0x8F;
}

/* Does a word of the trigger hold stem a or b (دخل/دخول: a form of "enter";
 * هاجم/هجوم: of "attack", also in شن هجوما)? */
static int trigger_has(const arv_doc *d, const arv_gtok *trig, const char *a, const char *b)
{
    for (uint32_t k = trig->first; k < trig->last; k++) {
        const char *w = d->tk.norm.v + d->tk.tok.v[k].norm;
        if (strstr(w, a) || strstr(w, b)) return 1;
    }
    return 0;
}

/* Adds ev unless the same event from the same trigger is there already (a
 * verbal noun read both by its clause and on its own: خلال زيارته لقطر). */
static void push_event(arv_doc *d, const arv_event *ev)
{
    /* a reading that is no event (احتل المركز, السيطرة على الحريق), whichever
     * rule reached it */
    if (!strcmp(ev->event_code, "00")) return;
    /* what a paper or an agency is given is news, no aid (زودت «عكاظ» بنسخة);
     * a paper that meets someone interviews him (التقت «عكاظ»), and one that
     * seems to use force only reports it */
    if (!strncmp(ev->event_code, "07", 2) && medium_code(ev->target_code)) return;
    if (medium_code(ev->source_code) && (!strncmp(ev->event_code, "04", 2) || strcmp(ev->event_code, "15") >= 0))
        return;
    for (size_t k = d->evs.n; k-- > 0 && d->evs.v[k].sent == ev->sent;) {
        const arv_event *o = &d->evs.v[k];
        /* one event per source, code and target in a sentence, across
         * triggers: هاجموا نقطة تفتيش ... فقتلوا خمسة جنود; a later one
         * with no target goes on about the first (التقى مشعل لافروف ...
         * وبحثا). Actors joined by و in one frame stay apart. */
        if (o->trigger.start != ev->trigger.start && o->mode == ev->mode && !strcmp(o->source_code, ev->source_code) &&
            !strcmp(o->event_code, ev->event_code)) {
            if (!strcmp(o->target_code, ev->target_code) || (!*ev->target_code && *o->target_code)) return;
            /* ... and one with a target says more than an earlier one without
             * (في هجوم شنه تنظيم القاعدة ... قتل تسعة جنود) */
            if (!*o->target_code && *ev->target_code) {
                d->evs.v[k] = *ev;
                return;
            }
        }
        /* ... or from a second verbal noun joined to the first (عن إدانتها واستنكارها) */
        int near = ev->trigger.start >= o->trigger.end ? ev->trigger.start - o->trigger.end < 8
                                                       : o->trigger.start == ev->trigger.start;
        if (near && o->source.start == ev->source.start && o->target.start == ev->target.start &&
            !strcmp(o->event_code, ev->event_code) && !strcmp(o->source_code, ev->source_code) &&
            !strcmp(o->target_code, ev->target_code))
            return;
    }
    ARV_VEC_PUSH(d->evs, *ev);
}

/* The mode of the event headed by grammar token head: a modal right before
 * it (conjunctions, complementizers and other modals may stand between), or
 * a question or condition earlier in the sentence. */
static int event_mode(const arv_parse *P, int32_t head)
{
    int mode = ARV_MODE_ASSERTED;
    for (int32_t k = head - 1; k >= 0 && k >= head - 4; k--) {
        const arv_gtok *g = &P->g[k];
        if (g->sym == MOD) {
            if (g->prep == ARV_CW_NEG || g->prep == ARV_CW_DENY) mode = ARV_MODE_NEGATED;
            else if ((g->prep == ARV_CW_FUT || g->prep == ARV_CW_INTENT) && mode == ARV_MODE_ASSERTED)
                mode = ARV_MODE_INTENDED;
            else if (g->prep == ARV_CW_QUESTION || g->prep == ARV_CW_COND) mode = ARV_MODE_NONFACT;
            continue;
        }
        if (g->sym != CONJ && g->sym != COMP && g->sym != OTHER) break;
    }
    if (P->first_nonfact >= 0 && P->first_nonfact < head) mode = ARV_MODE_NONFACT;
    /* إن انتهكت إيران الاتفاق: إن right before a verb is "if" (the
     * complementizer إنّ takes a noun) */
    if (head > 0 && P->g[head - 1].sym == COMP && P->g[head].sym == VERB) {
        const arv_gtok *c = &P->g[head - 1];
        if (c->end - c->start == 4 && !memcmp(P->d->text + c->start, "\xd8\xa5\xd9\x86", 4)) mode = ARV_MODE_NONFACT;
    }
    return mode;
}

/* The date of the event headed by grammar token head: the first date of the
 * sentence at or after it, else the last one before it, else the document's. */
static const char *event_date(const arv_parse *P, int32_t head)
{
    const arv_doc *d = P->d;
    if (!P->dates.n) return d->date;
    size_t lo = 0, hi = P->dates.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (P->g[P->dates.v[mid]].start < P->g[head].start) lo = mid + 1;
        else hi = mid;
    }
    return d->ents.v[P->g[P->dates.v[lo < P->dates.n ? lo : P->dates.n - 1]].ent].code;
}

/* Pushes the events a→b and b→a of one trigger (two sides that clash or agree). */
static void push_both_ways(arv_parse *P, int32_t head, const arv_gtok *trig, int32_t a, int32_t b, const char *code,
                           const char *rule, uint32_t ext_start, uint32_t ext_end, int ways)
{
    arv_doc *d = P->d;
    const evstate *st = state_of(P);
    int mode = event_mode(P, head);
    const char *date = event_date(P, head);
    if (mode == ARV_MODE_INTENDED) code = intent_code(code);
    for (int k = 0; k < ways; k++) {
        int32_t x = k ? b : a, y = k ? a : b;
        arv_event ev;
        memset(&ev, 0, sizeof ev);
        ev.sent = P->sent;
        ev.source = d->ents.v[x].span;
        ev.source_code = actor_code(d, st, x);
        ev.target = d->ents.v[y].span;
        ev.target_code = actor_code(d, st, y);
        ev.trigger = (arv_span){trig->start, trig->end};
        ev.event_code = code;
        ev.date = date;
        ev.mode = (uint8_t)mode;
        ev.rule = rule;
        ev.extent.start = ext_start;
        ev.extent.end = ext_end;
        if (d->explain) explain(P, &ev, head);
        if (*ev.source_code && !arv_code_is_role(ev.source_code)) push_event(d, &ev);
    }
    d->frames++;
}

/* اشتباكات بين قوات موالية للحكومة وجماعات مسلحة: a clash between two
 * actors is each one's fight against the other. Returns 1 when it found them. */
static int clash_between(arv_parse *P, int32_t head, const char *code)
{
    const arv_doc *d = P->d;
    int32_t a = -1, b = -1, end = (int32_t)P->ng;
    for (int32_t k = head + 1; k < end && k <= head + 6 && a < 0; k++) {
        const arv_gtok *g = &P->g[k];
        if (g->sym == COMMA || g->sym == VERB || g->sym == REPORT) return 0;
        if (g->sym != OTHER || strcmp(d->tk.norm.v + d->tk.tok.v[g->first].norm, "بين")) continue;
        if (k + 1 < end && P->g[k + 1].sym == ACTOR) a = k + 1;
    }
    for (int32_t k = a + 1; a >= 0 && k + 1 < end && k <= a + 8 && b < 0; k++) {
        const arv_gtok *g = &P->g[k];
        if (g->sym == COMMA || g->sym == VERB || g->sym == REPORT || g->sym == MASDAR) return 0;
        if ((g->sym == CONJ || g->sym == CONJ_NP) && P->g[k + 1].sym == ACTOR) b = k + 1;
    }
    if (b < 0) return 0;
    int32_t ea = P->g[a].ent, eb = P->g[b].ent;
    if (d->ents.v[ea].type == ARV_T_LOC || d->ents.v[eb].type == ARV_T_LOC) return 0;
    push_both_ways(P, head, &P->g[head], ea, eb, code, "between", P->g[head].start, P->g[b].end, 2);
    return 1;
}

/* مقاتلون محليون بدعم من الحكومة: those backed are the noun phrase right
 * before, the backers follow من. Returns 1 when it found both. */
static int backed_by(arv_parse *P, int32_t head, arv_sv post)
{
    const arv_doc *d = P->d;
    const arv_gtok *h = &P->g[head];
    const arv_arg *args = post.b ? P->args.v + post.a : NULL;
    const arv_match *m = h->match >= 0 ? &d->matches.v[h->match] : NULL;
    if (!m || !m->prefix || strncmp(d->tk.norm.v + d->tk.tok.v[h->first].norm, "ب", 2)) return 0;
    if (!post.b || args[0].kind != ARV_ARG_NP || args[0].prep != ARV_P_MIN) return 0;
    if (P->last_np < 0 || gap(P, P->last_np_end, head) > 2) return 0;
    int32_t backed = P->np_actor.v[P->last_np];
    for (int32_t k = 0; k < args[0].nnp; k++) {
        int32_t by = P->np_actor.v[args[0].np + k];
        const char *code = armed_code(d->ents.v[by].code) || armed_code(d->ents.v[backed].code) ? "072" : "051";
        push_both_ways(P, head, h, by, backed, code, "backed", h->start, d->ents.v[by].span.end, 1);
    }
    return 1;
}

/* Is token i a count: a numeral, a number word, عدد or بعض (سبعة من, عدد من)? */
static int counted(const arv_doc *d, size_t i)
{
    static const char *const words[] = {"عدد", "بعض", "اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه",
                                        "ثمانيه", "تسعه", "عشره", "عشرات", "مئات", "الاف", "العشرات", "المئات",
                                        "عشرين", "ثلاثين", "اربعين", "خمسين", NULL};
    const arv_token *t = &d->tk.tok.v[i];
    const char *w = d->tk.norm.v + t->norm;
    if (t->cls == ARV_TC_NUMBER) return 1;
    if (!strncmp(w, "و", 2) && t->norm_len > 2) w += 2;  /* 12 متشددا | وخمسة مدنيين */
    for (size_t k = 0; words[k]; k++)
        if (!strcmp(w, words[k])) return 1;
    return 0;
}

/* Are the actors of entity e the dead of a verb of violence after them
 * rather than who did it (خمسة مدنيين | قتلوا: قُتلوا, written alike)? A
 * counted group, or civilians in a case no subject takes (شخصا, مدنيين). */
static int victims(const arv_doc *d, int32_t e)
{
    const arv_entity *x = &d->ents.v[e];
    if (x->first > 0 && d->tk.tok.v[x->first - 1].sent == x->sent && counted(d, x->first - 1)) return 1;
    const arv_token *t = &d->tk.tok.v[x->last - 1];
    const char *w = d->tk.norm.v + t->norm;
    size_t n = t->norm_len, c = strlen(x->code);
    return x->kind == ARV_M_AGENT && c >= 3 && !strcmp(x->code + c - 3, "CVL") && strncmp(w, "ال", 4) && n > 4 &&
           (!strcmp(w + n - 4, "ين") || !strcmp(w + n - 2, "ا"));
}

/* Is grammar token k a verbal noun of force (اشتباكات، الهجوم)? */
static int violent_masdar(const arv_parse *P, int32_t k)
{
    const arv_gtok *g = &P->g[k];
    if (g->sym != MASDAR || g->match < 0) return 0;
    const arv_match *m = &P->d->matches.v[g->match];
    const arv_lex_entry *e = arv_match_entry(m, ARV_K_MASDAR);
    const char *c = e ? arv_lex_code_for(m->lex, e, P->d->ymd) : "";
    return (c[0] == '1' && c[1] >= '8') || c[0] == '2';
}

static void frame(arv_parse *P, int32_t head, arv_sv post)
{
    arv_doc *d = P->d;
    evstate *st = state_of(P);
    const arv_gtok *h = &P->g[head], *trig = h;
    size_t na = (size_t)post.b;
    const arv_arg *args = na ? P->args.v + post.a : NULL;
    const arv_match *m = h->match >= 0 ? &d->matches.v[h->match] : NULL;
    const arv_lex_entry *ve = NULL;
    if (m) {
        ve = arv_match_entry(m, h->sym == MASDAR ? ARV_K_MASDAR : ARV_K_VERB);
        if (!ve) ve = arv_match_entry(m, ARV_K_VERB);
    }
    const char *code = ve ? arv_lex_code_for(m->lex, ve, d->ymd) : NULL;
    if (code && !strcmp(code, "00")) return;  /* a reading that is no event: احتل المركز */
    /* God as the verb's subject is a prayer or an honorific (أيده الله, رعاه الله) */
    if (h->sym == VERB && (size_t)head + 1 < P->ng) {
        const arv_token *nt = &d->tk.tok.v[P->g[head + 1].first];
        if (nt->norm_len == 8 && !memcmp(d->tk.norm.v + nt->norm, "الله", 8)) return;
    }
    uint16_t preps = ve ? ve->preps : 0;
    const char *rule = h->sym == MASDAR ? "masdar" : "verb";
    int light = h->sym == REPORT && h->prep == ARV_CW_LIGHT;

    /* theme and necessity: شدد على ضرورة ..., دعا إلى وقف إطلاق النار, أعلن وقف إطلاق النار */
    const char *tag = NULL;
    const arv_gtok *theme = NULL;
    int necessity = 0;
    size_t lead = 0;  /* arguments before the first that is neither the subject nor a date */
    while (lead < na && ((args[lead].kind == ARV_ARG_NP && !args[lead].prep) || args[lead].kind == ARV_ARG_DATE ||
                         comma(P, &args[lead])))
        lead++;
    for (size_t i = 0; i < na; i++) {
        /* شدد (بومبيو يوم الأربعاء) على ضرورة، قال أوباما: ينبغي */
        if (args[i].kind == ARV_ARG_NECESSITY && !necessity && (i < 2 || i <= lead)) necessity = 1;
        if ((args[i].kind == ARV_ARG_THEME || args[i].kind == ARV_ARG_MASDAR) && !theme) {
            const arv_gtok *tg = &P->g[args[i].tok];
            const arv_match *tm = &d->matches.v[tg->match];
            const arv_lex_entry *te = arv_match_entry(tm, ARV_K_THEME);
            if (te || args[i].kind == ARV_ARG_THEME) {
                theme = tg;
                tag = te ? arv_lex_code_for(tm->lex, te, d->ymd) : NULL;
            }
        }
    }
    if (h->sym == NECESSITY) {
        /* يجب على X / ينبغي إطلاق سراح: a demand by the speaker */
        code = "100";
        rule = "necessity";
    } else if (h->sym == REPORT || (code && !strncmp(code, "01", 2))) {
        if (necessity && h->prep != ARV_CW_PASSIVE && !light) {
            code = "100";
            rule = "necessity";
        } else if (h->sym == REPORT && na && args[0].kind == ARV_ARG_THEME && tag && !strcmp(tag, "ceasefire")) {
            code = "0871";
            rule = "declare";
        } else if (h->sym == REPORT) {
            code = NULL;
        }
    }
    if (code && tag && (!strncmp(code, "02", 2) || !strncmp(code, "10", 2))) {
        for (size_t i = 0; i < sizeof refines / sizeof *refines; i++)
            if (!strcmp(refines[i].tag, tag)) code = !strncmp(code, "02", 2) ? refines[i].appeal : refines[i].demand;
    }

    if (h->sym == MASDAR && !h->suffix && code && !strcmp(code, "190") && clash_between(P, head, code)) return;
    if (code && !strcmp(code, "070") && backed_by(P, head, post)) {
        P->last_np = -1;
        return;
    }

    /* subject: a passive agent (على يد); the subject of the clause this one is
     * joined to (وشدد X ... ودعا Y); VSO (right after the head, dates aside);
     * the idafa of a verbal noun; SVO (a noun phrase just before the head);
     * the speaker of the sentence; the latest subject (pro-drop). */
    int32_t subj = -1, nsubj = 0, subj_ent = -1, pre_target = -1;
    size_t first_arg = 0;
    while (first_arg < na && args[first_arg].kind == ARV_ARG_DATE) first_arg++;
    int passive_agent = -1;
    for (size_t i = 0; i < na; i++)
        if (args[i].kind == ARV_ARG_AGENT) { passive_agent = (int)i; break; }
    int joined = head > 0 && P->g[head - 1].sym == CONJ && P->clause_subject != -1 && h->sym == VERB;
    /* إنه حض المليشيات: the pronoun of the complementizer is the subject,
     * the speaker; the noun phrase after the verb is its object */
    int comp_pronoun = 0;
    if (head > 0 && P->g[head - 1].sym == COMP && h->sym == VERB && P->speaker >= 0) {
        const char *w = d->tk.norm.v + d->tk.tok.v[P->g[head - 1].first].norm;
        comp_pronoun = !strcmp(w, "انه") || !strcmp(w, "انها") || !strcmp(w, "بانه") || !strcmp(w, "بانها");
    }
    if (head > 0 && P->g[head - 1].sym == NECESSITY) return;  /* ضرورة طرد: the theme of a demand */
    /* وهو يتوعد مجلس النواب: a pronoun subject is the latest subject; the noun
     * phrase after the verb is the object */
    int pron_subject = 0;
    if (head > 0 && P->g[head - 1].sym == OTHER && h->sym == VERB && st->last_subject >= 0) {
        const char *w = d->tk.norm.v + d->tk.tok.v[P->g[head - 1].first].norm;
        if (w[0] == '\xd9' && w[1] == '\x88') w += 2;  /* و */
        pron_subject = !strcmp(w, "هو") || !strcmp(w, "هي") || !strcmp(w, "هم");
    }
    if (h->sym == NECESSITY) {
        /* the demand's addressee follows على; its speaker is the sentence's */
        /* a noun phrase right before يجب is what should act (ألمانيا ينبغي أن ...,
         * an opinion about it); before a colon it is the speaker (الولايات
         * المتحدة: يجب على ...) */
        int attributed = P->last_np >= 0 && head > 0 && P->g[head - 1].sym == COMMA;
        /* وينبغي إطلاق سراح ...: a sentence that opens with it goes on
         * quoting the latest speaker */
        int opens = strncmp(d->tk.norm.v + d->tk.tok.v[h->first].norm, "ضروره", 10) != 0;  /* a verb, not ضرورة */
        for (int32_t k = 0; k < head && opens; k++) opens = P->g[k].sym == CONJ;
        /* ... when it asks something of someone: a release, talks (ينبغي
         * إطلاق سراح), or of an actor (ينبغي لإيران أن) */
        opens = opens && (tag || (na && args[0].kind == ARV_ARG_NP && (args[0].prep == ARV_P_LI || args[0].prep == ARV_P_ALA)));
        int32_t who = P->clause_subject >= 0 ? P->clause_subject : P->speaker >= 0 ? P->speaker
                    : attributed ? P->np_actor.v[P->last_np] : opens ? st->last_subject : -1;
        if (who < 0) return;
        subj_ent = who;
        /* أن على الحكومة ضرورة ...: the actor after على right before is addressed */
        if (head > 1 && P->g[head - 1].sym == ACTOR && P->g[head - 2].sym == PREP && P->g[head - 2].prep == ARV_P_ALA)
            pre_target = P->g[head - 1].ent;
        P->last_np = -1;
        goto have_subject;
    }
    /* a subject right after إن/أن stays the subject across an apposition
     * (إن خالد مشعل، رئيس المكتب السياسي، التقى): no verb came between */
    /* no subject before a verbal noun after a preposition (جنود يمنيين في هجوم) */
    int masdar_pp = h->sym == MASDAR && head > 0 && P->g[head - 1].sym == PREP;
    int svo = P->last_np >= 0 && !masdar_pp && (gap(P, P->last_np_end, head) <= 2 ||
                                  (P->last_np_comp && h->sym == VERB && comp_gap(P, P->last_np_end, head) <= 8));
    /* a verbal noun's own actor follows it (idafa) and wins over a noun phrase before it */
    if (h->sym == MASDAR && !h->suffix && first_arg < na && args[first_arg].kind == ARV_ARG_NP && !args[first_arg].prep)
        svo = 0;
    if (P->given_subject >= 0) {
        subj_ent = P->given_subject;
        rule = "launched";
    } else if (h->sym == VERB && head > 0 && P->light_masdar == head - 1 && P->clause_subject >= 0) {
        /* نفذت المقاومة هجوما استهدف دورية: the verb says what the attack did */
        subj_ent = P->clause_subject;
        rule = "light+verb";
    } else if (comp_pronoun) {
        subj_ent = P->speaker;
        rule = "speaker";
    } else if (pron_subject) {
        subj_ent = st->last_subject;
        rule = "pronoun";
    } else if (h->sym == VERB && !h->suffix && head > 1 && P->g[head - 1].sym == OTHER &&
               d->cw.v[P->g[head - 1].first].cls == ARV_CW_REL && P->g[head - 2].sym == ACTOR &&
               d->ents.v[P->g[head - 2].ent].type != ARV_T_LOC) {  /* كوباني التي يسيطر عليها الأكراد */
        /* هادي، رئيس الجمهورية اليمنية، الذي يزور مصر: the actor before the
         * relative pronoun does it (with a pronoun on the verb, الذي التقاه
         * الوزير, the actor after it would) */
        subj_ent = P->g[head - 2].ent;
        rule = "relative";
    } else if (h->sym == VERB && h->prep == ARV_CW_PARTICIPLE) {
        /* ، داعيا المجتمع الدولي إلى: the sentence's subject or speaker calls;
         * the noun phrase after the participle is its object */
        subj_ent = P->clause_subject >= 0 ? P->clause_subject : P->speaker >= 0 ? P->speaker : st->last_subject;
        if (subj_ent < 0) return;
        rule = "participle";
    } else if (passive_agent >= 0 && !svo && !(first_arg < na && args[first_arg].kind == ARV_ARG_NP && !args[first_arg].prep)) {
        /* على يد / من قبل names the agent only when nothing else is the subject */
        subj = args[passive_agent].np;
        nsubj = args[passive_agent].nnp;
        rule = "passive";
    } else if (svo) {
        subj = P->last_np;
        nsubj = P->last_nnp;
        rule = h->sym == MASDAR ? "masdar" : "SVO";
        if (h->sym == VERB && code && ((code[0] == '1' && code[1] >= '8') || code[0] == '2') &&
            victims(d, P->np_actor.v[subj])) {
            P->clause_subject = -1;  /* nor who did what the clause goes on with (و خطفوا) */
            return;                  /* خمسة مدنيين | قتلوا: the dead, not the killers */
        }
    } else if (joined) {
        if (P->clause_subject < 0) return;  /* joined to a clause whose subject we could not code */
        subj_ent = P->clause_subject;
        rule = "joined";
    } else if (first_arg < na && args[first_arg].kind == ARV_ARG_NP && args[first_arg].prep == 0 &&
               !(h->sym == MASDAR && h->suffix) && !(h->sym == VERB && accusative(P, &args[first_arg])) &&
               !(h->sym == VERB && arrested_named(P, code, &args[first_arg], args + na)) &&
               !(h->sym == VERB && comp_noun_subject(P, head))) {
        /* (أن ضربات التحالف دعمت الأكراد: the noun phrase after is the object) */
        subj = args[first_arg].np;
        nsubj = args[first_arg].nnp;
        first_arg++;
        if (h->sym != MASDAR) rule = "VSO";
    } else if ((h->sym == VERB || light) && first_arg + 1 < na && args[first_arg].kind == ARV_ARG_OTHER && !args[first_arg].prep &&
               P->g[args[first_arg].tok].sym == OTHER && quantity(d, P->g[args[first_arg].tok].first) &&
               args[first_arg + 1].kind == ARV_ARG_NP && (!args[first_arg + 1].prep || args[first_arg + 1].prep == ARV_P_MIN)) {
        /* تظاهر عشرات الصحفيين، نفذت العشرات من الأسر: a counted subject */
        subj = args[first_arg + 1].np;
        nsubj = args[first_arg + 1].nnp;
        first_arg += 2;
        rule = "VSO";
    }
    if (subj >= 0) subj_ent = P->np_actor.v[subj];
    /* دانت نقابة الصحفيين المصريين: an indefinite role noun before a noun
     * phrase is in construct with it; together they are the subject */
    if (subj >= 0 && !strcmp(rule, "VSO") && first_arg < na && args[first_arg].kind == ARV_ARG_NP && !args[first_arg].prep) {
        const arv_entity *x = &d->ents.v[subj_ent], *y = &d->ents.v[P->np_actor.v[args[first_arg].np]];
        if (x->kind == ARV_M_AGENT && x->last == x->first + 1 && y->first == x->last &&
            strncmp(d->tk.norm.v + d->tk.tok.v[x->first].norm, "ال", 4))
            first_arg++;
    }
    /* دعا المبعوث الخاص ورئيس بعثة الأمم المتحدة برناردينو ليون: a title of
     * no country is the person named after it */
    if (subj >= 0 && !strcmp(rule, "VSO") && nsubj == 1 && d->ents.v[subj_ent].kind == ARV_M_AGENT &&
        d->ents.v[subj_ent].type == ARV_T_PER && arv_code_is_role(d->ents.v[subj_ent].code))
        for (size_t k = first_arg; k < na && k < first_arg + 4 && !args[k].prep; k++) {
            if (args[k].kind == ARV_ARG_NP && d->ents.v[P->np_actor.v[args[k].np]].type == ARV_T_PER &&
                d->ents.v[P->np_actor.v[args[k].np]].named) {
                subj = args[k].np;
                nsubj = args[k].nnp;
                subj_ent = P->np_actor.v[subj];
                first_arg = k + 1;
                break;
            }
            if (args[k].kind != ARV_ARG_OTHER && args[k].kind != ARV_ARG_NP) break;
        }
    /* قال مسؤول في وزارة الخارجية: an official of X speaks for X */
    size_t of = first_arg + 1;  /* قام المنسق الإنساني للأمم المتحدة: a title of two words */
    if (of + 1 < na && args[of].kind == ARV_ARG_OTHER && !args[of].prep && P->g[args[of].tok].sym == OTHER &&
        !P->g[args[of].tok].nisba && args[of + 1].kind == ARV_ARG_NP && (args[of + 1].prep & ARV_P_LI))
        of++;
    /* ... but a paper, an agency or a channel after ل is told, not speaking:
     * قال مصدر لـ«الشرق الأوسط», قال مسؤول لرويترز */
    int told = of < na && args[of].kind == ARV_ARG_NP && (args[of].prep & ARV_P_LI) &&
               medium_code(d->ents.v[P->np_actor.v[args[of].np]].code);
    if (subj_ent < 0 && h->sym == REPORT && of < na && args[first_arg].kind == ARV_ARG_OTHER &&
        !args[first_arg].prep && args[of].kind == ARV_ARG_NP && !told &&
        ((args[of].prep & (ARV_P_FI | ARV_P_MIN | ARV_P_BI | ARV_P_LI)) ||
         (!args[of].prep && !unknown_subject(P, &args[first_arg])))) {
        /* ... or in idafa: قال زعيم جماعة الحوثي */
        subj_ent = P->np_actor.v[args[of].np];
        rule = "official";
        if (light) first_arg = of + 1;
    }
    /* أدان أمين عام منظمة التعاون الإسلامي إياد مدني ...: a title in construct
     * with an organization, and perhaps the holder's name, is the subject; so
     * are the states of one (أدانت دول مجلس التعاون) */
    if (subj_ent < 0 && h->sym == VERB && first_arg < na && args[first_arg].kind == ARV_ARG_OTHER &&
        !args[first_arg].prep && P->g[args[first_arg].tok].sym == OTHER) {
        const arv_gtok *tg = &P->g[args[first_arg].tok];
        const char *w = d->tk.norm.v + d->tk.tok.v[tg->first].norm;
        if (d->cw.v[tg->first].cls == ARV_CW_TITLE || !strcmp(w, "امين") || !strcmp(w, "دول")) {
            size_t k = first_arg + 1;
            while (k < na && k < first_arg + 3 && args[k].kind == ARV_ARG_OTHER && !args[k].prep &&
                   P->g[args[k].tok].sym == OTHER && !P->g[args[k].tok].nisba)
                k++;
            if (k < na && args[k].kind == ARV_ARG_NP && (!args[k].prep || args[k].prep == ARV_P_LI)) {
                subj_ent = P->np_actor.v[args[k].np];
                rule = "official";
                first_arg = k + 1;
                if (first_arg < na && args[first_arg].kind == ARV_ARG_NP && !args[first_arg].prep &&
                    d->ents.v[P->np_actor.v[args[first_arg].np]].type == ARV_T_PER)
                    first_arg++;  /* the holder's name */
            }
        }
    }
    /* تم القبض على خلية: the speaker (or the clause's subject) did it */
    int passive = h->sym == REPORT && h->prep == ARV_CW_PASSIVE;
    if (passive) {
        subj = -1;
        subj_ent = P->clause_subject >= 0 ? P->clause_subject : P->speaker;
        if (subj_ent >= 0 && medium_code(d->ents.v[subj_ent].code)) subj_ent = -1;  /* a paper reports it */
        rule = "passive";
        first_arg = 0;
    }
    if (subj_ent < 0 && h->sym == REPORT && !code && !passive) {
        /* قال الأمين العام، بان كي مون، إن: a name in apposition after a title */
        for (size_t i = first_arg; i < na && i < first_arg + 5; i++) {
            if (args[i].kind == ARV_ARG_NP && !args[i].prep) {
                subj_ent = P->np_actor.v[args[i].np];
                rule = "apposition";
                first_arg = i + 1;
                break;
            }
            if (args[i].kind != ARV_ARG_OTHER || args[i].prep) break;
        }
    }
    /* أكد (شدد) على إدانة: stress on what the verbal noun says */
    const char *hw0 = d->tk.norm.v + d->tk.tok.v[h->first].norm;
    int stress = h->sym == REPORT && (strstr(hw0, "كد") || strstr(hw0, "شدد"));
    /* أكد الأمين العام على إدانة الجامعة العربية: an uncoded subject, but a
     * verbal noun with its own actor */
    int own_actor = 0;
    for (size_t i = first_arg; h->sym == REPORT && !code && i + 1 < na && i < first_arg + 4 && !own_actor; i++)
        own_actor = args[i].kind == ARV_ARG_MASDAR && (!args[i].prep || args[i].prep == ARV_P_AN ||
                                                       (stress && args[i].prep == ARV_P_ALA)) &&
                    args[i + 1].kind == ARV_ARG_NP && !args[i + 1].prep;
    /* تراجعت أسعار النفط: an indefinite noun in construct with a definite one
     * after a verb is a subject we cannot code either */
    int idafa_subject = h->sym == VERB && first_arg + 1 < na && args[first_arg].kind == ARV_ARG_OTHER &&
                        !args[first_arg].prep && P->g[args[first_arg].tok].sym == OTHER &&
                        d->cw.v[P->g[args[first_arg].tok].first].cls == ARV_CW_NONE &&
                        !proclitic_prep(d, P->g[args[first_arg].tok].first) &&
                        !P->g[args[first_arg].tok].nisba && unknown_subject(P, &args[first_arg + 1]) &&
                        !P->g[args[first_arg + 1].tok].nisba;
    if (subj_ent < 0 && first_arg < na && (unknown_subject(P, &args[first_arg]) || idafa_subject) && !own_actor) {
        P->last_np = -1;
        P->clause_subject = -2;
        return;
    }
    /* the speaker is the source of a reported clause without a subject, but
     * for violence, whose agent a speaker rarely is, for a paper or an
     * agency, which only reports (ذكرت «عكاظ» أنه تم القبض), and for a verb
     * form after ب with من after it, whose agent من names (انخفض التضخم بدعم
     * من انخفاض الأسعار) */
    int after_bi = head > 0 && P->g[head - 1].sym == PREP && P->g[head - 1].first == h->first &&
                   P->g[head - 1].prep == ARV_P_BI && (size_t)head + 1 < P->ng && P->g[head + 1].sym == PREP &&
                   P->g[head + 1].prep == ARV_P_MIN;
    if (subj_ent < 0 && P->speaker >= 0 && code && strncmp(code, "18", 2) && strncmp(code, "19", 2) &&
        strncmp(code, "20", 2) && !comp_noun_subject(P, head) && !medium_code(d->ents.v[P->speaker].code) &&
        !after_bi)
        subj_ent = P->speaker, rule = "speaker";
    /* pro-drop reaches back to an earlier sentence only from a sentence-initial
     * verb (ودعت, كما أشادت); a verbal noun's pronoun (دعوتها) always does */
    int initial = head < 4;
    for (int32_t k = 0; k < head && initial; k++)
        if (P->g[k].sym != CONJ && P->g[k].sym != MOD && !(k == 0 && P->g[k].sym == OTHER)) initial = 0;
    /* the pronoun of a verbal noun (خلال لقائه) points to its clause's subject first */
    if (subj_ent < 0 && h->sym == MASDAR && h->suffix && P->clause_subject >= 0)
        subj_ent = P->clause_subject, rule = "masdar+pronoun";
    if (subj_ent < 0 && st->last_subject >= 0 && ((h->sym != MASDAR && initial) || (h->sym == MASDAR && h->suffix)))
        subj_ent = st->last_subject, rule = h->sym == MASDAR ? "masdar+pronoun" : "pro-drop";
    /* وقتل خمسة أشخاص is as often passive as not: force inherits only an
     * armed subject, and not when a nominative follows (وقتل جنديان: they
     * are who died) */
    if (subj_ent >= 0 && code && code[0] == '1' && code[1] >= '8' && !strcmp(rule, "pro-drop") &&
        (!armed_code(d->ents.v[subj_ent].code) || (first_arg < na && nominative(P, &args[first_arg]))))
        return;
    P->last_np = -1;
    if (!code) {
        /* أعلنت السلطات القبض على خلية، قام بزيارة، أكد على إدانة: the
         * announcer did what the verbal noun says */
        for (size_t i = first_arg; i < na && i < first_arg + (light ? 12 : 5); i++) {
            if (args[i].kind != ARV_ARG_MASDAR ||
                (args[i].prep && args[i].prep != ARV_P_AN && !(stress && args[i].prep == ARV_P_ALA) &&
                 !(light && (args[i].prep == ARV_P_BI || args[i].prep == ARV_P_MIN))))  /* قام بـ، تمكن من */
                continue;
            const arv_gtok *mg = &P->g[args[i].tok];
            const arv_match *mm = &d->matches.v[mg->match];
            const arv_lex_entry *me = arv_match_entry(mm, ARV_K_MASDAR);
            if (!me) break;
            code = arv_lex_code_for(mm->lex, me, d->ymd);
            /* أعرب عن استنكار الجامعة: the verbal noun's own actor (but the
             * victim of force, اعتقال الناشطين, is not its agent) */
            if (i + 1 < na && args[i + 1].kind == ARV_ARG_NP && !args[i + 1].prep && !mg->suffix &&
                !(code[0] == '1' && code[1] >= '7')) {
                subj_ent = P->np_actor.v[args[i + 1].np];
                subj = -1;
                i++;
            }
            if (subj_ent < 0) {
                code = NULL;
                break;
            }
            preps = me->preps;
            trig = mg;
            first_arg = i + 1;
            rule = passive ? "passive+masdar" : light ? "light+masdar" : "report+masdar";
            /* نفذت هجوما استهدف دورية: the verb right after says what it did
             * and to whom; that clause is the event */
            if (light && args[i].tok + 1 < (int32_t)P->ng && P->g[args[i].tok + 1].sym == VERB) {
                P->light_masdar = args[i].tok;
                P->clause_subject = subj_ent;
                st->last_subject = subj_ent;
                return;
            }
            break;
        }
    }
    if (h->sym == REPORT && !code) {
        /* قال X إن ...: X speaks for the clauses that follow in this sentence */
        const char *hw = d->tk.norm.v + d->tk.tok.v[h->first].norm;
        if (d->cw.v[h->first].conj) hw += 2;  /* وحسب, وبحسب */
        int according = !strcmp(hw, "بحسب") || !strcmp(hw, "حسب") || !strcmp(hw, "وفقا");
        if (subj_ent >= 0 && !according && !passive && !light) {  /* بحسب X names a source, not a speaker */
            P->speaker = subj_ent;
            st->last_subject = subj_ent;
            P->clause_subject = subj_ent;
        }
        return;
    }
have_subject:
    if (!code || subj_ent < 0) return;
    /* a verbal noun is an event only with its own actor after it or a pronoun
     * pointing back (سيطرة قوات الوفاق على, دعوتها); else it is a topic */
    /* a verbal noun with its actor after it is an event only for force by
     * an armed actor (سيطرة قوات الوفاق, هجوم داعش); other idafas (اتفاق برلين)
     * coded 1 of 15 right on the corpus. The pronoun form (دعوتها) stands. */
    if (h->sym == MASDAR && !h->suffix) {
        int armed = armed_code(subj_ent >= 0 ? d->ents.v[subj_ent].code : "");
        int launched = !strcmp(rule, "launched");
        if ((!launched && (subj < 0 || rule[0] != 'm')) || !armed || strncmp(code, "19", 2)) return;
    }
    /* the pronoun of a verbal noun of force or coercion is its victim
     * (اعتقاله: arresting him); of speech and diplomacy, its agent (دعوتها) */
    if (h->sym == MASDAR && h->suffix && code && (code[0] == '1' && code[1] >= '4')) return;
    if (h->sym == MASDAR && h->suffix && code && (!strncmp(code, "06", 2) || !strncmp(code, "07", 2) || !strncmp(code, "08", 2) || !strncmp(code, "09", 2)))
        return;

    /* target: the first other noun phrase, direct or after one of the verb's
     * prepositions; appeals also take a country after في (الأطراف في ليبيا) */
    int32_t tgt = -1, ntgt = 0, loc = -1;
    int appeal = !strncmp(code, "02", 2) || !strncmp(code, "10", 2);
    size_t from = first_arg;
    /* خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، خمسة مقاتلين: an
     * apposition between commas after the subject says who the subject is */
    if (subj >= 0 && from + 1 < na && comma(P, &args[from]) && args[from + 1].kind == ARV_ARG_OTHER &&
        !args[from + 1].prep && P->g[args[from + 1].tok].sym == OTHER)
        for (size_t i = from + 1; i < na && i < from + 10; i++)
            if (comma(P, &args[i])) {
                from = i + 1;
                break;
            }
    for (size_t i = from; i < na; i++) {
        const arv_arg *a = &args[i];
        if (subordinator(P, a)) break;  /* قتل جنديان عندما أرسلت الحكومة تعزيزات */
        if (relative(P, a)) {
            /* مجموعة 5+1 التي تضم بريطانيا: not the verb's object; but what is
             * praised or condemned was done by the actor of its relative
             * clause (رحبت بالهدنة التي قرر التحالف، أدان الهجوم الذي شنه داعش) */
            int judged = !strncmp(code, "051", 3) || !strncmp(code, "11", 2) || !strncmp(code, "12", 2);
            for (size_t k = i + 1; judged && tgt < 0 && k < na && k < i + 4; k++)
                if (args[k].kind == ARV_ARG_NP && !args[k].prep && P->np_actor.v[args[k].np] != subj_ent) {
                    tgt = args[k].np;
                    ntgt = 1;
                }
            /* ... whose verb closed this clause: يرفض وقف إطلاق النار الذي يعتزم التحالف تطبيقه */
            int32_t rk = args[i].tok;
            if (judged && tgt < 0 && i + 1 == na && rk + 2 < (int32_t)P->ng && P->g[rk + 1].sym == VERB &&
                P->g[rk + 2].sym == ACTOR && P->g[rk + 2].ent != subj_ent)
                pre_target = P->g[rk + 2].ent;
            break;
        }
        if (a->kind != ARV_ARG_NP) continue;
        if (a->np == subj) continue;
        /* the noun phrase after a verbal noun is its argument: the one met
         * (عقب لقائه جينتيلوني), the victim of force (اختطاف الموظفين), the
         * one to be released (ينبغي إطلاق سراح الصحفي) */
        if (i > from && args[i - 1].kind == ARV_ARG_MASDAR && !a->prep) {
            const arv_gtok *mg = &P->g[args[i - 1].tok];
            const arv_match *mm = &d->matches.v[mg->match];
            const arv_lex_entry *me = arv_match_entry(mm, ARV_K_MASDAR);
            const char *mc = me ? arv_lex_code_for(mm->lex, me, d->ymd) : "";
            if (mg->suffix || appeal || ((mc[0] == '1' && mc[1] >= '7') && !armed_code(d->ents.v[P->np_actor.v[a->np]].code)))
                continue;
        }
        const arv_entity *x = &d->ents.v[P->np_actor.v[a->np]];
        /* a place is where, not whom: في ليبيا; and an attacked town without a
         * named victim is the location (قصفت ... مدينة عدن) */
        int force = code[0] == '1' && code[1] >= '7';  /* and coercion: تعتقل ... حراس المسجد الأقصى */
        /* دخول حرم الجامعة: a school, hospital or firm entered by force is where */
        if (force && bystander_role(role_of(x->code))) {
            if (loc < 0) loc = P->np_actor.v[a->np];
            continue;
        }
        /* ... and a country after what is asked is where (وقف إطلاق النار في ليبيا) */
        int after_theme = i > 0 && args[i - 1].kind == ARV_ARG_THEME;
        if ((a->prep == ARV_P_FI && x->type == ARV_T_LOC && (!appeal || after_theme)) || (force && x->place)) {
            if (loc < 0) loc = P->np_actor.v[a->np];
            continue;
        }
        /* القوات الموالية للرئيس السابق: whom an actor is loyal to is no
         * target (but the owner of things, الدوريات التابعة للحوثيين, is) */
        if (i > from && i >= 2 && args[i - 1].kind == ARV_ARG_OTHER && P->g[args[i - 1].tok].sym == OTHER &&
            belonging(d, P->g[args[i - 1].tok].first) && args[i - 2].kind == ARV_ARG_NP)
            continue;
        /* ندد أمام لجنة الدفاع بمجلس الشيوخ، برئاسة X: the audience (and
         * where it sits), the chair */
        if (i > from && args[i - 1].kind == ARV_ARG_OTHER && P->g[args[i - 1].tok].sym == OTHER &&
            scene_word(d, P->g[args[i - 1].tok].first)) {
            if (i + 1 < na && args[i + 1].kind == ARV_ARG_NP && (args[i + 1].prep & (ARV_P_BI | ARV_P_FI | ARV_P_LI))) i++;
            continue;
        }
        /* a protest is against whom ضد names; what it is about is no target */
        if (code[0] == '1' && code[1] == '4' && a->prep != ARV_P_DIDD) continue;
        int possessive = a->prep == ARV_P_LI && i > first_arg && args[i - 1].kind == ARV_ARG_OTHER;
        /* ينبغي لإيران أن: whom a demand addresses */
        if (h->sym == NECESSITY && i == 0 && a->prep == ARV_P_LI) possessive = 1;
        /* قتلت سبعة من مقاتلي النصرة: some of an actor, counted, are the actor */
        int partitive = force && a->prep == ARV_P_MIN && i > first_arg && args[i - 1].kind == ARV_ARG_OTHER &&
                        !args[i - 1].prep && P->g[args[i - 1].tok].sym == OTHER && counted(d, P->g[args[i - 1].tok].first);
        if (tgt < 0 && (a->prep == 0 || (a->prep & preps) || a->prep == ARV_P_FI || a->prep == ARV_P_ALA || possessive ||
                        partitive || (force && a->prep == ARV_P_DIDD))) {  /* force against whom */
            /* an actor does not act on itself: take the next candidate */
            if (!strcmp(actor_code(d, st, P->np_actor.v[a->np]), actor_code(d, st, subj_ent))) continue;
            tgt = a->np;
            ntgt = a->nnp;
            /* ... of whose fighters (سبعة من مقاتلي | النصرة, ضد مسلحي |
             * التنظيم): the actor the indefinite role noun is in construct with */
            const arv_entity *y = &d->ents.v[P->np_actor.v[a->np]];
            if ((partitive || a->prep == ARV_P_DIDD) && i + 1 < na && args[i + 1].kind == ARV_ARG_NP && !args[i + 1].prep &&
                y->kind == ARV_M_AGENT && y->last == y->first + 1 &&
                strncmp(d->tk.norm.v + d->tk.tok.v[y->first].norm, "ال", 4) &&
                d->ents.v[P->np_actor.v[args[i + 1].np]].first == y->last) {
                tgt = args[i + 1].np;
                ntgt = args[i + 1].nnp;
            }
        }
    }
    /* no actor as object: people described by a nisba (قتل شابا فلسطينيا,
     * اختطف 18 شابا عراقيا) are the civilians of that country; a policy or act
     * described by one (ينتقد سياسة الاستيطان الإسرائيلية) is its government's */
    const char *people = NULL;
    int violent = code && code[0] == '1' && code[1] >= '7';
    if (tgt < 0 && code && (violent || !strncmp(code, "02", 2) || !strncmp(code, "05", 2) || !strcmp(code, "070") ||
                            (code[0] == '1' && code[1] <= '6' && code[1] != '4'))) {
        for (size_t i = first_arg; i + 1 < na && i < first_arg + 4; i++) {
            /* ... and the verbal noun may follow ل: استنكار الجامعة للقصف التركي */
            int masdar = args[i].kind == ARV_ARG_MASDAR && !violent;
            if ((args[i].kind != ARV_ARG_OTHER && !masdar) || (args[i].prep && !(masdar && args[i].prep == ARV_P_LI))) break;
            if (args[i + 1].kind == ARV_ARG_OTHER && !args[i + 1].prep && P->g[args[i + 1].tok].nisba) {
                const char *cc = P->g[args[i + 1].tok].nisba;
                char *pc = arv_arena_alloc(&d->arena, 8);
                /* victims are civilians; what is condemned or demanded of is a
                 * government's, or its army's when it is force (القصف التركي) */
                const char *role = violent ? "CVL" : "GOV";
                if (masdar && violent_masdar(P, args[i].tok)) role = "MIL";
                snprintf(pc, 8, "%.3s%s", cc, role);
                people = pc;
                break;
            }
        }
    }

    /* مقتل فلسطيني برصاص الجيش الإسرائيلي، ثالث فلسطيني يقتل برصاص: the
     * people named just before a weapon's ب are whom it hit */
    if (tgt < 0 && !people && pre_target < 0 && h->sym == MASDAR && violent && m && m->prefix &&
        !strncmp(d->tk.norm.v + d->tk.tok.v[h->first].norm, "ب", 2)) {
        for (int32_t k = head - 1; k >= 0 && k >= head - 4 && !people; k--) {
            const arv_gtok *g = &P->g[k];
            if (g->sym == OTHER && g->nisba) {
                char *pc = arv_arena_alloc(&d->arena, 8);
                snprintf(pc, 8, "%.3sCVL", g->nisba);
                people = pc;
            } else if (g->sym == COMMA || g->sym == ACTOR) {
                break;
            }
        }
    }

    /* تدين اقتحام المسجد الأقصى من قبل القوات الإسرائيلية: who did what is
     * praised or condemned is its target */
    if (passive_agent >= 0 && (size_t)passive_agent >= first_arg && args[passive_agent].np != subj &&
        (!strncmp(code, "051", 3) || !strncmp(code, "11", 2) || !strncmp(code, "12", 2))) {
        tgt = args[passive_agent].np;
        ntgt = args[passive_agent].nnp;
    }
    /* مشيدا بموقفها، أدان تدخلهم: a pronoun on what is praised or condemned
     * points back to the latest other actor of the sentence */
    int32_t back_target = -1;
    if (!people && pre_target < 0 && (!strncmp(code, "051", 3) || !strncmp(code, "11", 2)) && first_arg < na &&
        args[first_arg].kind == ARV_ARG_OTHER && P->g[args[first_arg].tok].sym == OTHER) {
        const arv_token *t = &d->tk.tok.v[P->g[args[first_arg].tok].first];
        const char *e = d->text + t->end;
        int pron = t->end - t->start > 6 && (!memcmp(e - 2, "ه", 2) || !memcmp(e - 4, "ها", 4) || !memcmp(e - 4, "هم", 4));
        for (int32_t k = head - 1; pron && k >= 0 && back_target < 0; k--)
            if (P->g[k].sym == ACTOR && P->g[k].ent != subj_ent && !d->ents.v[P->g[k].ent].place &&
                strcmp(actor_code(d, st, P->g[k].ent), actor_code(d, st, subj_ent)))
                back_target = P->g[k].ent;
    }
    if (back_target >= 0) {
        pre_target = back_target;
        tgt = -1;
    }

    /* احتلت السعودية المركز الثاني: a sense that is no event, with the subject
     * between the verb and its object (the 00 lines of verbs.txt catch the
     * verb and object side by side) */
    if (h->sym == VERB && object_sense(P, code, args, first_arg, na)) return;
    /* قُتل ضابط: a verb written with the passive's damma has no agent in sight */
    if (h->sym == VERB && passive_mark(d, h) && passive_agent < 0) return;
    /* a town or region does not act (سمات تحرش جدة), nor is a country
     * right after a verb of visiting its visitor (أول رئيس يزور إثيوبيا) */
    if (d->ents.v[subj_ent].place && !has_role(d->ents.v[subj_ent].code, "GOV")) return;  /* but طهران ترفض */
    if (subj >= 0 && !strcmp(rule, "VSO") && !strcmp(code, "042") && d->ents.v[subj_ent].type == ARV_T_LOC) return;
    /* أربعة أشخاص اعتقلوا: people do not arrest; they were arrested */
    if (!strncmp(code, "173", 3) && has_role(d->ents.v[subj_ent].code, "CVL")) return;
    /* قتلت ناشطة، أصيب شخص: an indefinite unarmed person right after a verb of
     * force is its victim, the verb passive */
    if (subj >= 0 && !strcmp(rule, "VSO") && code[0] == '1' && code[1] >= '8') {
        const arv_entity *x = &d->ents.v[subj_ent];
        if (x->kind == ARV_M_AGENT && !armed_code(x->code) &&
            strncmp(d->tk.norm.v + d->tk.tok.v[x->first].norm, "ال", 4))
            return;
    }
    /* ضبط شبكة إرهابية، اعتقال خلية: an indefinite cell or band right after a
     * verb of arrest is who was arrested; state forces are who arrests */
    if (subj >= 0 && !strcmp(rule, "VSO") && code[0] == '1' && code[1] == '7') {
        const arv_entity *x = &d->ents.v[subj_ent];
        int state = has_role(x->code, "MIL") || has_role(x->code, "COP") || has_role(x->code, "SPY") ||
                    has_role(x->code, "GOV");
        if (x->kind == ARV_M_AGENT && !state && strncmp(d->tk.norm.v + d->tk.tok.v[x->first].norm, "ال", 4)) return;
    }
    /* تأييدها، دعمها: support with a pronoun and no one supported named is a
     * stance whose object we cannot tell (a measure, a demand, the pronoun's) */
    if ((h->suffix || trig->suffix) && (!strncmp(code, "05", 2) || !strcmp(code, "070")) && tgt < 0 && pre_target < 0 &&
        !people)
        return;
    /* دخل: entering is taking ground only for armed forces and police */
    if (!strcmp(code, "192") && trigger_has(d, trig, "دخل", "دخول")) {
        const char *sc = d->ents.v[subj_ent].code;
        if (!armed_code(sc) && !has_role(sc, "COP")) return;
    }
    /* يجب، ضرورة: a demand needs whom it is made of or an act it asks for
     * (ينبغي إطلاق سراح); ضرورة العمل على الانتظام is advice */
    if (!strcmp(rule, "necessity") && tgt < 0 && pre_target < 0 && !tag) {
        /* يجب على جميع الجهات: whom, even uncoded */
        int act = first_arg < na && args[first_arg].prep == ARV_P_ALA;
        for (size_t i = first_arg; i < na && !act; i++)
            act = args[i].kind == ARV_ARG_MASDAR || args[i].kind == ARV_ARG_THEME;
        if (!act) return;
    }
    /* استقبل: hosting needs whom (تستقبل أفواج الحجاج is no diplomacy) */
    if (!strcmp(code, "043") && tgt < 0 && pre_target < 0) return;
    /* اعترف: recognition needs whom it recognizes, right after ب; else it
     * is a confession (اعترف بتدخل إيران: admitted Iran's meddling) */
    if (!strcmp(code, "054")) {
        if (tgt < 0 && pre_target < 0) return;
        for (size_t i = first_arg; i < na; i++) {
            if (args[i].prep == ARV_P_BI) {
                if (args[i].kind != ARV_ARG_NP) return;
                break;
            }
            /* a word of no dictionary with its ب: بتدخل */
            if (args[i].kind == ARV_ARG_OTHER && !args[i].prep && P->g[args[i].tok].sym == OTHER &&
                !strncmp(d->tk.norm.v + d->tk.tok.v[P->g[args[i].tok].first].norm, "ب", 2))
                return;
        }
    }
    /* وقعت اشتباكات، الهجوم وقع: clashes or an attack "occurred", whoever
     * is named with them; nothing of force is signed */
    if (!strcmp(code, "057") && h->sym == VERB &&
        ((first_arg < na && args[first_arg].kind == ARV_ARG_MASDAR && violent_masdar(P, args[first_arg].tok)) ||
         (head > 0 && violent_masdar(P, head - 1))))
        return;
    /* وقع: signing needs a party or what is signed (اتفاق، مذكرة); else it
     * is "occurred" (ووقعت هذه الهجمات) */
    if (!strcmp(code, "057") && tgt < 0 && pre_target < 0 && h->sym == VERB && nsubj < 2) {
        int signed_thing = 0;
        for (size_t i = first_arg; i < na && i < first_arg + 3 && !signed_thing; i++)
            signed_thing = args[i].kind == ARV_ARG_MASDAR || args[i].kind == ARV_ARG_THEME;
        if (!signed_thing) return;
    }

    /* تبنى: claiming needs what is claimed (الهجوم، المسؤولية); else it is
     * "adopted" (بتبنيها لكل أعمال العنف) */
    if (!strcmp(code, "015")) {
        int claimed = 0;
        for (size_t i = first_arg; i < na && i < first_arg + 3 && !claimed; i++)
            claimed = args[i].kind == ARV_ARG_MASDAR || args[i].kind == ARV_ARG_THEME ||
                      (args[i].kind == ARV_ARG_OTHER && P->g[args[i].tok].sym == OTHER &&
                       strstr(d->tk.norm.v + d->tk.tok.v[P->g[args[i].tok].first].norm, "مسؤولي"));
        if (!claimed) return;
    }

    /* a verbal noun with an actor but no target is an event only for force,
     * coercion and protest (سيطرة قوات الوفاق على مناطق); اتفاق برلين is a name */
    if (h->sym == MASDAR && !h->suffix && tgt < 0 && strncmp(code, "14", 2) && strncmp(code, "17", 2) &&
        strncmp(code, "18", 2) && strncmp(code, "19", 2))
        return;

    st->last_subject = subj_ent;
    if (h->sym != MASDAR) P->clause_subject = subj_ent;

    int mode = event_mode(P, head);
    if (mode == ARV_MODE_INTENDED) code = intent_code(code);
    const char *date = event_date(P, head);

    uint32_t ext_end = h->end;
    for (size_t i = 0; i < na; i++) {
        const arv_arg *a = &args[i];
        uint32_t e = a->kind == ARV_ARG_NP || a->kind == ARV_ARG_AGENT
                         ? d->ents.v[P->np_actor.v[a->np + a->nnp - 1]].span.end
                         : P->g[a->tok].end;
        if (a->kind != ARV_ARG_OTHER && e > ext_end) ext_end = e;
    }
    /* قطر والولايات المتحدة تبحثان: two actors meeting or agreeing with no
     * object are each other's target (the first the source; both ways for
     * an agreement) */
    if (tgt < 0 && subj >= 0 && nsubj == 2 && P->np_actor.v[subj] == subj_ent &&
        (!strncmp(code, "04", 2) || !strncmp(code, "057", 3) || !strncmp(code, "06", 2) || !strcmp(code, "190"))) {
        int both = !strncmp(code, "057", 3) || !strcmp(code, "190");  /* agreeing and clashing go both ways */
        uint32_t s0 = d->ents.v[P->np_actor.v[subj]].span.start;
        push_both_ways(P, head, trig, P->np_actor.v[subj], P->np_actor.v[subj + 1], code, "mutual",
                       s0 < h->start ? s0 : h->start, ext_end, both ? 2 : 1);
        return;
    }
    int nsrc = subj >= 0 && P->np_actor.v[subj] == subj_ent ? nsubj : 1;
    for (int si = 0; si < nsrc; si++) {
        int32_t s = subj >= 0 && P->np_actor.v[subj] == subj_ent ? P->np_actor.v[subj + si] : subj_ent;
        for (int ti = 0; ti < (tgt >= 0 ? ntgt : 1); ti++) {
            int32_t t = tgt >= 0 ? P->np_actor.v[tgt + ti] : pre_target;
            if (t == s) continue;
            const char *sc = actor_code(d, st, s), *tc = t >= 0 ? actor_code(d, st, t) : "";
            if (!*sc || arv_code_is_role(sc)) continue;
            /* a company, school, hospital or paper named only by its role noun
             * (الشركة، الإدارة، الصحيفة) is rarely a political actor: sports,
             * business and local news */
            if (bystander_role(d->ents.v[s].code)) continue;
            /* ... and no company, school or hospital, named or not, is one (اشترطت الجامعة) */
            if (bystander_role(role_of(sc)) && !has_role(sc, "MED")) continue;
            /* a government does not meet or praise its own country: that
             * country is where (التقى المسؤول ... عدن), unless it is force */
            if (t >= 0 && strlen(tc) == 3 && !strncmp(sc, tc, 3) && !violent && ti + 1 == ntgt) {
                t = -1;
                tc = people ? people : "";
            }
            if (t >= 0 && !strcmp(sc, tc)) {
                if (ti + 1 < ntgt) continue;  /* an actor does not act on itself: drop that target */
                t = -1;
                tc = "";
            }
            arv_event ev;
            memset(&ev, 0, sizeof ev);
            ev.sent = P->sent;
            const arv_entity *se = &d->ents.v[s];
            /* an antecedent from an earlier sentence is named by the trigger only */
            if (se->sent == P->sent) ev.source = se->span;
            ev.source_code = sc;
            if (t >= 0) {
                ev.target = d->ents.v[t].span;
                ev.target_code = tc;
            } else {
                ev.target_code = people ? people : "";
            }
            if (theme) ev.theme = (arv_span){theme->start, theme->end};
            if (loc >= 0) ev.location = d->ents.v[loc].span;
            ev.trigger = (arv_span){trig->start, trig->end};
            ev.event_code = support_code(d, trig, code, sc, ev.target_code);
            /* هاجم الجبير إيران: a politician attacks with words (111), not
             * arms; a commander or a gunman is no politician */
            if (!strcmp(ev.event_code, "190") && se->type == ARV_T_PER && !armed_code(sc) &&
                !has_role(sc, "CVL") && !has_role(sc, "CRM") && trigger_has(d, trig, "هاجم", "هجوم"))
                ev.event_code = "111";
            /* طرد داعش من الأنبار: expelling an armed group is taking the ground */
            if (!strcmp(ev.event_code, "174") && armed_code(ev.target_code)) ev.event_code = "192";
            /* ضبط عشرات العبوات: seizing things, no one, is confiscation */
            if (!strcmp(ev.event_code, "173") && t < 0 && !people && seized_things(P, trig, args, first_arg, na))
                ev.event_code = "1711";
            ev.date = date;
            ev.mode = (uint8_t)mode;
            ev.rule = rule;
            ev.extent.start = se->sent == P->sent && se->span.start < h->start ? se->span.start : h->start;
            ev.extent.end = ext_end;
            if (d->explain) explain(P, &ev, head);
            push_event(d, &ev);
        }
    }
    d->frames++;
}

static int code3_cmp(const void *a, const void *b) { return strcmp(a, b); }

void arv_events_run(arv_doc *d)
{
    d->evs.n = 0;
    evstate st = {-1, {0}};
    d->evstate = &st;
    /* the document's main country: the most frequent country among its actors */
    {
        char (*cc)[4] = d->ents.n ? arv_arena_alloc(&d->arena, d->ents.n * sizeof *cc) : NULL;
        size_t n = 0;
        for (size_t i = 0; i < d->ents.n; i++) {
            const char *c = d->ents.v[i].code;
            if (d->ents.v[i].type == ARV_T_DATE || !arv_code_has_country(c)) continue;
            memcpy(cc[n], c, 3);
            cc[n++][3] = '\0';
        }
        if (n) qsort(cc, n, sizeof *cc, code3_cmp);
        size_t best = 0;
        for (size_t i = 0, run = 0; i < n; i++) {
            run = i && !strcmp(cc[i], cc[i - 1]) ? run + 1 : 1;
            if (run > best) {
                best = run;
                memcpy(st.country, cc[i], 4);
            }
        }
    }
    arv_gtok_vec g = {0};
    ARV_VEC(int32_t) ent_at = {0};
    arv_parse P;
    memset(&P, 0, sizeof P);
    P.d = d;
    size_t e = 0;
    for (size_t s = 0; s < d->tk.sent.n; s++) {
        const arv_sentence *se = &d->tk.sent.v[s];
        ARV_VEC_RESERVE(ent_at, se->count + 1);
        for (size_t i = 0; i < se->count; i++) ent_at.v[i] = -1;
        while (e < d->ents.n && d->ents.v[e].sent < s) e++;
        for (size_t k = e; k < d->ents.n && d->ents.v[k].sent == s; k++) {
            const arv_entity *x = &d->ents.v[k];
            if (x->first >= se->first && x->first < se->first + se->count && ent_at.v[x->first - se->first] < 0)
                ent_at.v[x->first - se->first] = (int32_t)k;
        }
        grammar_tokens(d, s, &g, ent_at.v);
        P.g = g.v;
        P.ng = g.n;
        P.first_nonfact = -1;
        P.dates.n = 0;
        for (size_t k = 0; k < g.n; k++) {
            if (g.v[k].sym == MOD && (g.v[k].prep == ARV_CW_QUESTION || g.v[k].prep == ARV_CW_COND) && P.first_nonfact < 0)
                P.first_nonfact = (int32_t)k;
            if (g.v[k].sym == DATE && *d->ents.v[g.v[k].ent].code) ARV_VEC_PUSH(P.dates, (int32_t)k);
        }
        P.pos = 0;
        P.sent = (uint32_t)s;
        P.np_actor.n = P.args.n = 0;
        P.last_np = -1;
        P.speaker = -1;
        P.clause_subject = -1;
        P.given_subject = -1;
        P.light_masdar = -1;
        P.recoveries = 0;
        if (g.n) arv_events_parse(&P);
        d->recoveries += P.recoveries;
    }
    ARV_VEC_FREE(g);
    ARV_VEC_FREE(ent_at);
    ARV_VEC_FREE(P.np_actor);
    ARV_VEC_FREE(P.args);
    ARV_VEC_FREE(P.dates);
    d->evstate = NULL;
    /* sports news codes no political events, whatever its verbs: a document
     * where words of sport make one token in 40 (counted only when there
     * are events to drop) */
    if (d->evs.n) {
        size_t sport = 0, words = 0;
        for (size_t i = 0; i < d->tk.tok.n; i++) {
            const arv_token *t = &d->tk.tok.v[i];
            if (t->cls != ARV_TC_ARABIC) continue;
            words++;
            sport += (size_t)arv_closed_sport(d->tk.norm.v + t->norm, t->norm_len);
        }
        if (sport >= 3 && sport * 40 >= words) d->evs.n = 0;
    }
}
