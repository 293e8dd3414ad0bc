/* fuzz_lexicon.c: dictionary text through arv_lexbuild_add_text, then the
 * compiled lexicon over a fixed sentence (as --lexicon would): the count of
 * bad lines equals the errors reported, and matching never crashes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "arevent.h"
#include "lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char sentence[] =
    "قال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستدعو إلى وقف إطلاق النار في ليبيا، "
    "وقصفت القوات الروسية مواقع في سرت أمس. وزير الخارجية المصري سامح شكري التقى نظيره في القاهرة.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arv_diag d = {NULL, 0, 0};
    arv_lexbuild *b = arv_lexbuild_new(&d);
    long bad = arv_lexbuild_add_text(b, "fuzz.txt", (const char *)data, size);
    if (bad < 0 || (unsigned long)bad != d.errors) abort();
    arv_lexicon *lex = arv_lexbuild_finish(b);
    if (!lex) abort();
    arv_lexicon_free(lex);
    /* the same text as a --lexicon file of an engine */
    static char path[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/arv_fuzz_lexicon_%ld.txt", (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (size) fwrite(data, 1, size, f);
    fclose(f);
    arv_engine *e = arv_engine_new(NULL);
    if (arv_engine_add_lexicon(e, path) != bad) abort();
    arv_doc *doc = arv_doc_new(e, NULL);
    arv_doc_run(doc, "s", sentence, sizeof sentence - 1, "2020-06-12", ARV_VIEW_EVENTS);
    FILE *null = fopen("/dev/null", "w");
    arv_doc_write(doc, null, ARV_VIEW_LOOKUP, ARV_FMT_TSV, 0);
    arv_doc_write(doc, null, ARV_VIEW_EVENTS, ARV_FMT_JSONL, ARV_WRITE_ALL | ARV_WRITE_EXPLAIN);
    fclose(null);
    arv_doc_free(doc);
    arv_engine_free(e);
    return 0;
}
