/* arena.h: per-document bump allocator.
 * Everything a document needs (normalized forms, tokens, entities, events,
 * strings of the JSON reader) comes from its arena, and is freed at once by
 * arv_arena_reset or arv_arena_free: no scattered frees. */
#ifndef ARV_ARENA_H
#define ARV_ARENA_H
#include <stddef.h>
#include <stdlib.h>

typedef struct arv_arena_block arv_arena_block;
typedef struct arv_arena {
    arv_arena_block *head;   /* block being filled */
    arv_arena_block *spare;  /* blocks kept by reset for reuse */
    size_t used;             /* bytes handed out since the last reset */
} arv_arena;

void arv_arena_init(arv_arena *a);
/* Memory lives until the next arv_arena_reset/arv_arena_free; the caller
 * never frees it. Aborts with a message when the system is out of memory. */
void *arv_arena_alloc(arv_arena *a, size_t size);
/* Copy of s[0..len) plus a NUL, owned by the arena. */
char *arv_arena_strndup(arv_arena *a, const char *s, size_t len);
/* Frees everything handed out, keeps one block of memory for the next document. */
void arv_arena_reset(arv_arena *a);
void arv_arena_free(arv_arena *a);

/* Growable array whose storage comes from malloc, for per-document vectors
 * that are reused from one document to the next (tokens, matches...). */
#define ARV_VEC(T) struct { T *v; size_t n, cap; }
typedef ARV_VEC(char) arv_charvec;
void *arv_vec_grow(void *v, size_t *cap, size_t need, size_t elem);
#define ARV_VEC_PUSH(vec, x) do { \
        if ((vec).n == (vec).cap) \
            (vec).v = arv_vec_grow((vec).v, &(vec).cap, (vec).n + 1, sizeof *(vec).v); \
        (vec).v[(vec).n++] = (x); } while (0)
#define ARV_VEC_RESERVE(vec, need) do { \
        if ((need) > (vec).cap) \
            (vec).v = arv_vec_grow((vec).v, &(vec).cap, (need), sizeof *(vec).v); } while (0)
#define ARV_VEC_FREE(vec) do { free((vec).v); (vec).v = NULL; (vec).n = (vec).cap = 0; } while (0)
#endif
