/* events.c: grammar tokens, the Bison frame parser, event tuples. */
#include "doc.h"

void arv_events_run(arv_doc *d)
{
    d->evs.n = 0;
}
