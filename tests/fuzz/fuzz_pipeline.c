/* fuzz_pipeline.c: bytes as a document through every stage up to events and
 * every writer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "arevent.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static arv_engine *eng;
static arv_doc *doc;
static FILE *null;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!eng) {
        eng = arv_engine_new(NULL);
        doc = arv_doc_new(eng, NULL);
        null = fopen("/dev/null", "w");
        if (!null) abort();
    }
    char *text = malloc(size + 1);
    if (size) memcpy(text, data, size);
    text[size] = '\0';
    arv_doc_run(doc, "fuzz", text, size, "2020-06-12", ARV_VIEW_EVENTS);
    for (int f = ARV_FMT_TSV; f <= ARV_FMT_JSONL; f++)
        for (int v = ARV_VIEW_TOKENS; v <= ARV_VIEW_EVENTS; v++)
            arv_doc_write(doc, null, (arv_view)v, (arv_format)f, ARV_WRITE_ALL | ARV_WRITE_EXPLAIN);
    free(text);
    return 0;
}
