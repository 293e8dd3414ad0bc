/* check_main.c: runs every module's suite. Run from tests/ (data paths are
 * relative to it): `make check` does. */
#include <check.h>
#include <stdlib.h>
#include "suites.h"

int main(void)
{
    SRunner *sr = srunner_create(tokenizer_suite());
    srunner_add_suite(sr, json_suite());
    srunner_add_suite(sr, lexicon_suite());
    srunner_add_suite(sr, entity_suite());
    srunner_add_suite(sr, events_suite());
    srunner_add_suite(sr, eval_suite());
    srunner_add_suite(sr, reader_suite());
    srunner_add_suite(sr, writer_suite());
    srunner_add_suite(sr, hostile_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
