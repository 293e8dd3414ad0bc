/* events.y: the event-frame grammar of arevent.
 *
 * It reads one sentence as grammar tokens (events.c turns tokens, lexicon
 * matches and entities into them) and chunks it into clauses: a verb, a
 * reporting verb or a verbal noun, with the arguments that follow it up to
 * the next clause head. Noun phrases standing before a clause are its SVO
 * subject candidates. The clause actions hand each frame to events.c, which
 * assigns source, target and theme by position, preposition and agreement,
 * and refines the CAMEO code. Anything else is filler, so that no stretch
 * the grammar cannot place costs the rest of the sentence.
 *
 * Pure and reentrant: a pull parser over the sentence's token array, all
 * state in arv_parse. Semantic values are indices; nothing is allocated. */
%require "3.8"
%define api.pure full
%define api.prefix {arv_yy}
%define parse.error detailed
%define api.value.type {arv_sv}
%define api.location.type {arv_loc}
%locations
%param {arv_parse *P}

%code requires {
#include "events.h"
}

%code {
static int arv_yylex(ARV_YYSTYPE *v, ARV_YYLTYPE *l, arv_parse *P);
static void arv_yyerror(const ARV_YYLTYPE *l, arv_parse *P, const char *msg);
#define YYLLOC_DEFAULT(Cur, Rhs, N) do { \
        if (N) { (Cur).start = YYRHSLOC(Rhs, 1).start; (Cur).end = YYRHSLOC(Rhs, N).end; } \
        else { (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; } } while (0)
}

%token ACTOR "actor" VERB "verb" REPORT "reporting verb" MASDAR "verbal noun" THEME "theme"
       DATE "date" PREP "preposition" CONJ_NP "conjunction in a noun phrase" CONJ "conjunction"
       COMP "complementizer" COMMA "comma" NECESSITY "necessity" BYAGENT "agent marker"
       OTHER "word" MOD "modal"

/* Sixteen shift/reduce conflicts, all resolved by shifting, which is the
 * point: nine in the state after `head post`, where an actor, preposition,
 * agent marker, theme, necessity, verbal noun, date, word or comma continues
 * the clause's arguments instead of closing the clause or opening another (a
 * clause thus runs to the next verb, reporting verb or conjunction, and a
 * verbal noun inside it is its complement: أعلنت السلطات القبض على ...); one
 * after a free-standing PREP, where an actor makes a prepositional phrase
 * rather than a subject; five after a preposition inside a clause, where an
 * actor, theme, necessity, verbal noun or word is its object rather than the
 * preposition standing alone (على شمال العراق, بأن, في اليوم); one after
 * an agent marker, where an actor is the agent (من قبل الحوثيين) rather
 * than the marker standing alone (من قبل: before). */
%expect 16

%%
sentence: %empty
        | sentence item
        ;

item: np                { arv_frame_np(P, $1, @1.start, @1.end); }
    | PREP np           { /* a prepositional phrase is never a subject */ }
    | clause
    | filler
    | error             { P->recoveries++; yyerrok; }
    ;

filler: CONJ | COMP | MOD | PREP | THEME | DATE | OTHER | COMMA | BYAGENT ;

clause: head post       { arv_frame_clause(P, $1.a, $2); }
      ;

head: VERB | REPORT | MASDAR | NECESSITY ;

post: %empty            { $$.a = (int32_t)P->args.n; $$.b = 0; }
    | post arg          { $$ = $1; $$.b++; }
    ;

arg: np                 { arv_arg x = {ARV_ARG_NP, 0, -1, $1.a, $1.b}; ARV_VEC_PUSH(P->args, x); }
   | PREP np            { arv_arg x = {ARV_ARG_NP, P->g[$1.a].prep, -1, $2.a, $2.b}; ARV_VEC_PUSH(P->args, x); }
   | BYAGENT np         { arv_arg x = {ARV_ARG_AGENT, 0, -1, $2.a, $2.b}; ARV_VEC_PUSH(P->args, x); }
   | PREP THEME         { arv_arg x = {ARV_ARG_THEME, P->g[$1.a].prep, $2.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | THEME              { arv_arg x = {ARV_ARG_THEME, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | PREP NECESSITY     { arv_arg x = {ARV_ARG_NECESSITY, P->g[$1.a].prep, $2.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | NECESSITY          { arv_arg x = {ARV_ARG_NECESSITY, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | MASDAR             { arv_arg x = {ARV_ARG_MASDAR, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | PREP MASDAR        { arv_arg x = {ARV_ARG_MASDAR, P->g[$1.a].prep, $2.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | DATE               { arv_arg x = {ARV_ARG_DATE, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | OTHER              { arv_arg x = {ARV_ARG_OTHER, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | PREP OTHER         { arv_arg x = {ARV_ARG_OTHER, P->g[$1.a].prep, $2.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | COMMA              { arv_arg x = {ARV_ARG_OTHER, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | PREP               { arv_arg x = {ARV_ARG_OTHER, P->g[$1.a].prep, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   | BYAGENT            { arv_arg x = {ARV_ARG_OTHER, 0, $1.a, 0, 0}; ARV_VEC_PUSH(P->args, x); }
   ;

np: ACTOR               { $$.a = (int32_t)P->np_actor.n; $$.b = 1; ARV_VEC_PUSH(P->np_actor, P->g[$1.a].ent); }
  | np CONJ_NP ACTOR    { $$ = $1; $$.b++; ARV_VEC_PUSH(P->np_actor, P->g[$3.a].ent); }
  ;
%%

static int arv_yylex(ARV_YYSTYPE *v, ARV_YYLTYPE *l, arv_parse *P)
{
    if (P->pos >= P->ng) {
        l->start = l->end = P->ng ? P->g[P->ng - 1].end : 0;
        return ARV_YYEOF;
    }
    const arv_gtok *g = &P->g[P->pos];
    v->a = (int32_t)P->pos;
    v->b = 0;
    l->start = g->start;
    l->end = g->end;
    P->pos++;
    return g->sym;
}

static void arv_yyerror(const ARV_YYLTYPE *l, arv_parse *P, const char *msg)
{
    /* recovery is counted by the error rule; the message is for --explain */
    (void)l;
    (void)P;
    (void)msg;
}

int arv_events_parse(arv_parse *P) { return arv_yyparse(P); }
