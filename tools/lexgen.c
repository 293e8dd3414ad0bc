/* lexgen: compiles the dictionaries of grammar/lexicon into C tables.
 *   lexgen [--function NAME] OUT.c FILE.txt...
 * NAME (default arv_lexicon_builtin) is the function that returns them.
 * Any malformed line is an error (FILE:LINE) and nothing is written, so
 * that a broken dictionary never builds silently. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"

int main(int argc, char **argv)
{
    const char *function = "arv_lexicon_builtin";
    if (argc > 2 && !strcmp(argv[1], "--function")) {
        function = argv[2];
        argc -= 2;
        argv += 2;
    }
    if (argc < 3) {
        fputs("usage: lexgen [--function NAME] OUT.c DICTIONARY.txt...\n", stderr);
        return 2;
    }
    arv_diag d = {stderr, 0, 0};
    arv_lexbuild *b = arv_lexbuild_new(&d);
    long bad = 0;
    for (int i = 2; i < argc; i++) {
        long r = arv_lexbuild_add_file(b, argv[i]);
        bad += r < 0 ? 1 : r;
    }
    arv_lexicon *l = arv_lexbuild_finish(b);
    if (bad) {
        fprintf(stderr, "arevent: lexgen: error: %ld bad line%s; %s not written\n", bad, bad == 1 ? "" : "s", argv[1]);
        arv_lexicon_free(l);
        return 1;
    }
    size_t n = strlen(argv[1]);
    char *tmp = malloc(n + 5);
    if (!tmp) abort();
    snprintf(tmp, n + 5, "%s.tmp", argv[1]);
    FILE *f = fopen(tmp, "w");
    if (!f || arv_lexicon_write_c(l, f, function) != 0 || fclose(f) != 0 || rename(tmp, argv[1]) != 0) {
        perror(argv[1]);
        free(tmp);
        arv_lexicon_free(l);
        return 1;
    }
    fprintf(stderr, "lexgen: %zu surface forms, %zu entries, %zu states, %zu edges -> %s\n", l->nwords, l->nentries,
            l->nstates, l->nedges, argv[1]);
    free(tmp);
    arv_lexicon_free(l);
    return 0;
}
