/* fuzz_json.c: arv_json_object on arbitrary bytes, and the splitter fed the
 * same bytes in two chunks: never a crash, and a parsed text is NUL-terminated.
 * An object arv_json_object_prefix reads from the start of the bytes is what
 * arv_json_object reads from those bytes alone, and the input is untouched. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const arv_json_fields f = {"id", "text", "date", "title"};
    arv_arena a;
    arv_arena_init(&a);
    arv_json_doc d;
    arv_json_error e;
    if (arv_json_object((const char *)data, size, &f, &a, &d, &e) == 0) {
        if (d.text.s && d.text.s[d.text.len] != '\0') abort();
    } else if (!e.message || e.offset > size) {
        abort();
    }
    char *buf = malloc(size + 1);
    if (!buf) abort();
    if (size) memcpy(buf, data, size);
    buf[size] = '\0';
    arv_json_doc p, alt, w;
    size_t end;
    if (arv_json_object_prefix(buf, size, &f, NULL, &a, &p, &alt, &end) == 0) {
        if (end > size || (size && memcmp(buf, data, size) != 0)) abort();
        if (arv_json_object(buf, end, &f, &a, &w, &e) != 0) abort();
        const arv_json_str *ps[4] = {&p.id, &p.text, &p.date, &p.title}, *ws[4] = {&w.id, &w.text, &w.date, &w.title};
        for (int k = 0; k < 4; k++)
            if (!ps[k]->s != !ws[k]->s || ps[k]->len != ws[k]->len || (ps[k]->s && memcmp(ps[k]->s, ws[k]->s, ps[k]->len)))
                abort();
        if (p.lone_surrogates != w.lone_surrogates) abort();
    }
    free(buf);
    arv_json_split s;
    arv_json_split_init(&s);
    size_t cut = size ? data[0] % (size + 1) : 0, pos = 0, vs;
    const char *b = (const char *)data;
    while (pos < cut) {
        arv_json_split_result r = arv_json_split_feed(&s, b, cut, &pos, &vs);
        if (r == ARV_JSPLIT_ERROR) pos++;
    }
    while (pos < size) {
        size_t before = pos;
        arv_json_split_result r = arv_json_split_feed(&s, b, size, &pos, &vs);
        if (r == ARV_JSPLIT_ERROR) pos++;
        if (pos > size || (r != ARV_JSPLIT_MORE && pos < before)) abort();
    }
    arv_arena_free(&a);
    return 0;
}
