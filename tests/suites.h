/* suites.h: one Check suite per module. */
#ifndef ARV_SUITES_H
#define ARV_SUITES_H
#include <check.h>
Suite *tokenizer_suite(void);
Suite *json_suite(void);
Suite *reader_suite(void);
Suite *lexicon_suite(void);
Suite *writer_suite(void);
Suite *eval_suite(void);
Suite *entity_suite(void);
Suite *events_suite(void);
Suite *hostile_suite(void);
#endif
