/* cli.c: the arevent command line, a thin layer over libarevent. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arevent.h"
#include "doc.h"
#include "eval.h"
#include "reader.h"

static const char usage[] =
    "usage: arevent COMMAND [options] [FILE...]\n"
    "commands:\n"
    "  tokens     tokens with offsets, class and normalized form\n"
    "  lookup     dictionary matches (lookup --stats: entries by kind)\n"
    "  entities   persons, organizations, places and dates\n"
    "  events     CAMEO-coded events\n"
    "  eval       score predictions against gold (arevent eval --help)\n"
    "input options (every command but eval):\n"
    "  --input text|jsonl|conll   text: one document per FILE (default); jsonl: one JSON\n"
    "                             object per line or one array of objects; conll: one token per line\n"
    "  --id-field F --text-field F --date-field F --title-field F   jsonl field names\n"
    "                             (defaults id, text, date, title; objects without them are\n"
    "                             read as SaudiNewsNet's url, content, date_extracted, title)\n"
    "  --date YYYY-MM-DD          publication date of text and conll documents\n"
    "  --lexicon FILE             extra dictionary entries, winning over the built-in ones\n"
    "output options:\n"
    "  --format tsv|jsonl|conll   (conll: entities with --input conll)\n"
    "  --scheme arevent|anercorp  conll: corpus/GUIDELINES.md (default) or ANERcorp's\n"
    "                             conventions (names only: no government bodies by\n"
    "                             description, no head words such as صحيفة, حركة, دولة)\n"
    "  --all                      events: also negated and non-factual events\n"
    "  --explain                  events: add the grammar tokens and rule\n"
    "  --stats                    counts on stderr at the end\n"
    "  --null                     process but write nothing (benchmarks)\n"
    "FILE '-' or no FILE reads standard input. Exit status: 0 all documents fine,\n"
    "1 some documents had problems (all others were processed), 2 usage error.\n";

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "arevent: error: %s%s%s\n%s", msg, arg ? ": " : "", arg ? arg : "", usage);
    return 2;
}

/* An entry is one dictionary line of one kind; the lexicon may hold copies of
 * it in several runs of entries. */
typedef struct entry_key { uint32_t file, line; uint8_t kind; } entry_key;

static int entry_key_cmp(const void *x, const void *y)
{
    const entry_key *a = x, *b = y;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->file != b->file) return a->file < b->file ? -1 : 1;
    return a->line < b->line ? -1 : a->line > b->line;
}

static void lexicon_stats(const arv_engine *e)
{
    static const char *const src[3] = {"user", "built-in", "built-in common"};
    const arv_lexicon *const lex[3] = {e->lex[0], e->lex[1], e->common[1]};
    printf("lexicon\tkind\tentries\tforms\n");
    for (int li = 2; li >= 0; li--) {
        const arv_lexicon *l = lex[li];
        if (!l) continue;
        size_t forms[ARV_K_COUNT], entries[ARV_K_COUNT] = {0};
        entry_key *k = malloc((l->nentries ? l->nentries : 1) * sizeof *k);
        if (!k) abort();
        arv_lexicon_count_forms(l, forms);
        for (size_t i = 0; i < l->nentries; i++)
            k[i] = (entry_key){l->entries[i].file, l->entries[i].line, l->entries[i].kind};
        qsort(k, l->nentries, sizeof *k, entry_key_cmp);
        for (size_t i = 0; i < l->nentries; i++)
            if (i == 0 || entry_key_cmp(&k[i], &k[i - 1])) entries[k[i].kind]++;
        free(k);
        for (int kk = 0; kk < ARV_K_COUNT; kk++)
            printf("%s\t%s\t%zu\t%zu\n", src[li], arv_kind_name((arv_kind)kk), entries[kk], forms[kk]);
        printf("%s\tstates\t%zu\t%zu\n", src[li], l->nstates, l->nedges);
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage_error("no command", NULL);
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(cmd, "eval")) return arv_eval_main(argc - 1, argv + 1);
    arv_view view;
    if (!strcmp(cmd, "tokens")) view = ARV_VIEW_TOKENS;
    else if (!strcmp(cmd, "lookup")) view = ARV_VIEW_LOOKUP;
    else if (!strcmp(cmd, "entities")) view = ARV_VIEW_ENTITIES;
    else if (!strcmp(cmd, "events")) view = ARV_VIEW_EVENTS;
    else return usage_error("unknown command", cmd);

    arv_reader_opts ro = {ARV_IN_TEXT, {"id", "text", "date", "title"}, NULL, 1};
    arv_format fmt = ARV_FMT_TSV;
    unsigned flags = 0;
    int stats = 0, null_out = 0;
    const char **files = calloc((size_t)argc, sizeof *files);
    const char **lexicons = calloc((size_t)argc, sizeof *lexicons);
    if (!files || !lexicons) abort();
    size_t nfiles = 0, nlex = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEEDV() do { if (!v) { free(files); free(lexicons); return usage_error("option needs a value", a); } i++; } while (0)
        if (!strcmp(a, "--input")) {
            NEEDV();
            if (!strcmp(v, "text")) ro.format = ARV_IN_TEXT;
            else if (!strcmp(v, "jsonl") || !strcmp(v, "json")) ro.format = ARV_IN_JSONL;
            else if (!strcmp(v, "conll")) ro.format = ARV_IN_CONLL;
            else { free(files); free(lexicons); return usage_error("unknown --input", v); }
        } else if (!strcmp(a, "--format")) {
            NEEDV();
            if (!strcmp(v, "tsv")) fmt = ARV_FMT_TSV;
            else if (!strcmp(v, "jsonl")) fmt = ARV_FMT_JSONL;
            else if (!strcmp(v, "conll")) fmt = ARV_FMT_CONLL;
            else { free(files); free(lexicons); return usage_error("unknown --format", v); }
        } else if (!strcmp(a, "--id-field")) { NEEDV(); ro.fields.id = v; ro.snn_fallback = 0; }
        else if (!strcmp(a, "--text-field")) { NEEDV(); ro.fields.text = v; ro.snn_fallback = 0; }
        else if (!strcmp(a, "--date-field")) { NEEDV(); ro.fields.date = v; ro.snn_fallback = 0; }
        else if (!strcmp(a, "--title-field")) { NEEDV(); ro.fields.title = v; ro.snn_fallback = 0; }
        else if (!strcmp(a, "--date")) {
            NEEDV();
            if (!arv_parse_iso_date(v) || strlen(v) != 10) { free(files); free(lexicons); return usage_error("--date wants YYYY-MM-DD", v); }
            ro.date = v;
        }
        else if (!strcmp(a, "--lexicon")) { NEEDV(); lexicons[nlex++] = v; }
        else if (!strcmp(a, "--scheme")) {
            NEEDV();
            if (!strcmp(v, "anercorp")) flags |= ARV_WRITE_ANERCORP;
            else if (!strcmp(v, "arevent")) flags &= ~(unsigned)ARV_WRITE_ANERCORP;
            else { free(files); free(lexicons); return usage_error("unknown --scheme", v); }
        }
        else if (!strcmp(a, "--all")) flags |= ARV_WRITE_ALL;
        else if (!strcmp(a, "--explain")) flags |= ARV_WRITE_EXPLAIN;
        else if (!strcmp(a, "--stats")) stats = 1;
        else if (!strcmp(a, "--null")) null_out = 1;
        else if (!strcmp(a, "--")) { while (++i < argc) files[nfiles++] = argv[i]; }
        else if (a[0] == '-' && a[1]) { free(files); free(lexicons); return usage_error("unknown option", a); }
        else files[nfiles++] = a;
#undef NEEDV
    }
    if (fmt == ARV_FMT_CONLL && (ro.format != ARV_IN_CONLL || view != ARV_VIEW_ENTITIES)) {
        free(files);
        free(lexicons);
        return usage_error("--format conll goes with 'entities --input conll'", NULL);
    }
    if (!nfiles) files[nfiles++] = "-";

    int status = 0;
    arv_engine *eng = arv_engine_new(stderr);
    for (size_t i = 0; i < nlex; i++)
        if (arv_engine_add_lexicon(eng, lexicons[i]) != 0) status = 1;
    if (view == ARV_VIEW_LOOKUP && stats) {
        lexicon_stats(eng);
        arv_engine_free(eng);
        free(files);
        free(lexicons);
        return status;
    }

    arv_doc *doc = arv_doc_new(eng, stderr);
    arv_doc_set_explain(doc, (flags & ARV_WRITE_EXPLAIN) != 0);
    arv_arena in_arena;
    arv_arena_init(&in_arena);
    arv_diag rd = {stderr, 0, 0};
    unsigned long nread = 0, nproc = 0, nfailed = 0, nwarned = 0;
    arv_doc_counts total = {0};
    if (!null_out) arv_write_header(stdout, view, fmt, flags);
    for (size_t fi = 0; fi < nfiles; fi++) {
        arv_reader *r = arv_reader_open(files[fi], &ro, &rd);
        if (!r) {
            status = 1;
            continue;
        }
        for (;;) {
            arv_arena_reset(&in_arena);
            arv_input_doc in;
            int rc = arv_reader_next(r, &in, &in_arena);
            if (rc == 0) break;
            nread++;
            if (rc < 0) {
                nfailed++;
                status = 1;
                continue;
            }
            size_t problems = arv_doc_run(doc, in.id, in.text, in.len, in.date, view);
            if (in.tokens) arv_doc_set_input_tokens(doc, in.tokens, in.ntokens);
            if (!null_out) arv_doc_write(doc, stdout, view, fmt, flags);
            nproc++;
            if (problems) {
                nwarned++;
                status = 1;
            }
            arv_doc_counts c;
            arv_doc_counts_get(doc, &c);
            total.sentences += c.sentences;
            total.tokens += c.tokens;
            total.matches += c.matches;
            total.entities += c.entities;
            total.events += c.events;
            total.frames += c.frames;
            total.recoveries += c.recoveries;
        }
        arv_reader_close(r);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("arevent: error: cannot write the output\n", stderr);
        status = 2;
    }
    if (stats)
        fprintf(stderr,
                "arevent: stats: documents read %lu = processed %lu + unreadable %lu; with problems %lu; "
                "sentences %zu, tokens %zu, matches %zu, entities %zu, events %zu, frames %zu, recoveries %zu\n",
                nread, nproc, nfailed, nwarned, total.sentences, total.tokens, total.matches, total.entities,
                total.events, total.frames, total.recoveries);
    arv_arena_free(&in_arena);
    arv_doc_free(doc);
    arv_engine_free(eng);
    free(files);
    free(lexicons);
    return status;
}
