#include "diag.h"
#include <stdarg.h>

static const char *const level_name[] = {"note", "warning", "error"};

void arv_diag_emit(arv_diag *d, const char *where, unsigned long pos, arv_level lvl,
                   const char *fmt, ...)
{
    if (lvl == ARV_WARNING) d->warnings++;
    if (lvl == ARV_ERROR) d->errors++;
    if (!d->out) return;
    fprintf(d->out, "arevent: %s:%lu: %s: ", where ? where : "-", pos, level_name[lvl]);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(d->out, fmt, ap);
    va_end(ap);
    fputc('\n', d->out);
}
