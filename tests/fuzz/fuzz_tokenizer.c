/* fuzz_tokenizer.c: arv_tokenize on arbitrary bytes: tokens in order, inside
 * the text, never empty; every token in exactly one sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (size) memcpy(text, data, size);
    text[size] = '\0';
    arv_tokens tk = {0};
    arv_diag d = {NULL, 0, 0};
    arv_tokenize(text, size, &tk, "fuzz", &d);
    uint32_t prev = 0;
    size_t in_sent = 0;
    for (size_t i = 0; i < tk.tok.n; i++) {
        const arv_token *t = &tk.tok.v[i];
        if (t->start < prev || t->end <= t->start || t->end > size) abort();
        if (t->norm + t->norm_len >= tk.norm.n || tk.norm.v[t->norm + t->norm_len] != '\0') abort();
        prev = t->end;
    }
    for (size_t s = 0; s < tk.sent.n; s++) in_sent += tk.sent.v[s].count;
    if (in_sent != tk.tok.n) abort();
    arv_charvec v = {0};
    arv_normalize(text, size, &v);
    free(v.v);
    arv_tokens_free(&tk);
    free(text);
    return 0;
}
