/* entity.c: named entities from lexicon matches and rules. */
#include "doc.h"

void arv_entities_run(arv_doc *d)
{
    d->ents.n = 0;
}
