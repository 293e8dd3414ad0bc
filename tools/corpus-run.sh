#!/bin/sh
# corpus-run.sh OUTDIR: runs ./arevent over every document of corpus/docs.tsv
# (with its date) and writes OUTDIR/entities.tsv, OUTDIR/events.tsv and the
# merged gold OUTDIR/gold-entities.tsv, OUTDIR/gold-events.tsv.
set -eu
out=$1
mkdir -p "$out"
docs=$(mktemp)
trap 'rm -f "$docs"' EXIT
# docs-b.tsv and gold/*-b.tsv hold a second annotator's part, without header
{ tail -n +2 corpus/docs.tsv; [ -f corpus/docs-b.tsv ] && cat corpus/docs-b.tsv; } | cut -f1,2 > "$docs"
./arevent entities < /dev/null | head -1 > "$out/entities.tsv"
./arevent events < /dev/null | head -1 > "$out/events.tsv"
while IFS='	' read -r doc date; do
    f=corpus/docs/$doc.txt
    ./arevent entities --date "$date" "$f" | tail -n +2 >> "$out/entities.tsv"
    ./arevent events --all --date "$date" "$f" | tail -n +2 >> "$out/events.tsv"
done < "$docs"
for k in entities events; do
    { cat corpus/gold/$k.tsv; [ -f corpus/gold/$k-b.tsv ] && cat corpus/gold/$k-b.tsv; } > "$out/gold-$k.tsv"
done
