/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_ARV_YY_GEN_EVENTS_PARSER_H_INCLUDED
# define YY_ARV_YY_GEN_EVENTS_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef ARV_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define ARV_YYDEBUG 1
#  else
#   define ARV_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define ARV_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined ARV_YYDEBUG */
#if ARV_YYDEBUG
extern int arv_yydebug;
#endif
/* "%code requires" blocks.  */

#include "events.h"


/* Token kinds.  */
#ifndef ARV_YYTOKENTYPE
# define ARV_YYTOKENTYPE
  enum arv_yytokentype
  {
    ARV_YYEMPTY = -2,
    ARV_YYEOF = 0,                 /* "end of file"  */
    ARV_YYerror = 256,             /* error  */
    ARV_YYUNDEF = 257,             /* "invalid token"  */
    ACTOR = 258,                   /* "actor"  */
    VERB = 259,                    /* "verb"  */
    REPORT = 260,                  /* "reporting verb"  */
    MASDAR = 261,                  /* "verbal noun"  */
    THEME = 262,                   /* "theme"  */
    DATE = 263,                    /* "date"  */
    PREP = 264,                    /* "preposition"  */
    CONJ_NP = 265,                 /* "conjunction in a noun phrase"  */
    CONJ = 266,                    /* "conjunction"  */
    COMP = 267,                    /* "complementizer"  */
    COMMA = 268,                   /* "comma"  */
    NECESSITY = 269,               /* "necessity"  */
    BYAGENT = 270,                 /* "agent marker"  */
    OTHER = 271,                   /* "word"  */
    MOD = 272                      /* "modal"  */
  };
  typedef enum arv_yytokentype arv_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined ARV_YYSTYPE && ! defined ARV_YYSTYPE_IS_DECLARED
typedef arv_sv ARV_YYSTYPE;
# define ARV_YYSTYPE_IS_TRIVIAL 1
# define ARV_YYSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef arv_loc ARV_YYLTYPE;




int arv_yyparse (arv_parse *P);


#endif /* !YY_ARV_YY_GEN_EVENTS_PARSER_H_INCLUDED  */
