#!/bin/sh
# corpus-run.sh OUTDIR: runs arevent ($ARV, default ./arevent) over every document of corpus/docs.tsv
# (with its date) and writes OUTDIR/entities.tsv, OUTDIR/events.tsv beside a
# copy of the gold, OUTDIR/gold-entities.tsv and OUTDIR/gold-events.tsv.
set -eu
arv=${ARV:-./arevent}
out=$1
mkdir -p "$out"
docs=$(mktemp)
trap 'rm -f "$docs"' EXIT
tail -n +2 corpus/docs.tsv | cut -f1,2 > "$docs"
"$arv" entities < /dev/null | head -1 > "$out/entities.tsv"
"$arv" events < /dev/null | head -1 > "$out/events.tsv"
while IFS='	' read -r doc date; do
    f=corpus/docs/$doc.txt
    "$arv" entities --date "$date" "$f" | tail -n +2 >> "$out/entities.tsv"
    "$arv" events --all --date "$date" "$f" | tail -n +2 >> "$out/events.tsv"
done < "$docs"
cp corpus/gold/entities.tsv "$out/gold-entities.tsv"
cp corpus/gold/events.tsv "$out/gold-events.tsv"
