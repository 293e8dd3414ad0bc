/* fixture.h: what several suites share: an engine and a document context
 * per test, and reading a corpus file. Included by one test file each, so
 * the static definitions are that file's own. */
#ifndef ARV_FIXTURE_H
#define ARV_FIXTURE_H
#include <check.h>
#include <stdio.h>
#include "arevent.h"
#include "doc.h"

/* not every includer uses every piece */
#define ARV_MAYBE_UNUSED __attribute__((unused))

static arv_engine *eng ARV_MAYBE_UNUSED;
static arv_doc *doc ARV_MAYBE_UNUSED;

ARV_MAYBE_UNUSED static void setup(void)
{
    eng = arv_engine_new(NULL);
    doc = arv_doc_new(eng, NULL);
}

ARV_MAYBE_UNUSED static void teardown(void)
{
    arv_doc_free(doc);
    arv_engine_free(eng);
}

/* Reads path (relative to tests/) into buf, NUL-terminated; returns its length. */
ARV_MAYBE_UNUSED static size_t read_file(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(buf, 1, cap - 1, f);
    fclose(f);
    buf[n] = '\0';
    return n;
}
#endif
