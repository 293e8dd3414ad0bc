#include "arena.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arv_arena_block {
    arv_arena_block *next;
    size_t size, fill;
    max_align_t data[];
};

enum { ARV_ARENA_MIN = 64 * 1024 };

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("arevent: fatal: out of memory\n", stderr);
        abort();
    }
    return p;
}

void arv_arena_init(arv_arena *a) { memset(a, 0, sizeof *a); }

void *arv_arena_alloc(arv_arena *a, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    arv_arena_block *b = a->head;
    if (!b || b->size - b->fill < size) {
        /* Reuse a spare block when it is big enough, else allocate. */
        arv_arena_block **pp = &a->spare;
        while (*pp && (*pp)->size < size) pp = &(*pp)->next;
        if (*pp) {
            b = *pp;
            *pp = b->next;
        } else {
            size_t cap = size > ARV_ARENA_MIN ? size : ARV_ARENA_MIN;
            if (b && cap < b->size * 2 && b->size * 2 <= 64u * 1024 * 1024) cap = b->size * 2;
            b = xmalloc(sizeof *b + cap);
            b->size = cap;
        }
        b->fill = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->fill;
    b->fill += size;
    a->used += size;
    return p;
}

char *arv_arena_strndup(arv_arena *a, const char *s, size_t len)
{
    char *p = arv_arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arv_arena_reset(arv_arena *a)
{
    /* Keep the largest block; give the rest back so that one huge document
     * does not pin its memory for all the documents after it. */
    arv_arena_block *keep = NULL, *b, *next;
    for (b = a->head; b; b = next) {
        next = b->next;
        if (!keep || b->size > keep->size) { if (keep) free(keep); keep = b; }
        else free(b);
    }
    for (b = a->spare; b; b = next) {
        next = b->next;
        if (!keep || b->size > keep->size) { if (keep) free(keep); keep = b; }
        else free(b);
    }
    if (keep && keep->size > 16u * 1024 * 1024) { free(keep); keep = NULL; }
    if (keep) keep->next = NULL;
    a->head = NULL;
    a->spare = keep;
    a->used = 0;
}

void arv_arena_free(arv_arena *a)
{
    arv_arena_reset(a);
    free(a->spare);
    a->spare = NULL;
}

void *arv_vec_grow(void *v, size_t *cap, size_t need, size_t elem)
{
    size_t c = *cap ? *cap : 16;
    while (c < need) c *= 2;
    void *p = realloc(v, c * elem);
    if (!p) {
        fputs("arevent: fatal: out of memory\n", stderr);
        abort();
    }
    *cap = c;
    return p;
}
