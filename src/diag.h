/* diag.h: the one diagnostic format of arevent:
 *   arevent: WHERE:POS: LEVEL: message
 * where WHERE:POS is FILE:LINE for dictionaries and inputs read by line, or
 * DOC:OFFSET (byte offset in the document text) for documents. */
#ifndef ARV_DIAG_H
#define ARV_DIAG_H
#include <stdio.h>

typedef enum { ARV_NOTE, ARV_WARNING, ARV_ERROR } arv_level;

/* Where diagnostics go; NULL stream means "count, do not print". */
typedef struct arv_diag {
    FILE *out;
    unsigned long warnings, errors;
} arv_diag;

#if defined(__GNUC__)
#define ARV_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ARV_PRINTF(a, b)
#endif

void arv_diag_emit(arv_diag *d, const char *where, unsigned long pos, arv_level lvl,
                   const char *fmt, ...) ARV_PRINTF(5, 6);
#endif
