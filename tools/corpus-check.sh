#!/bin/sh
# corpus-check.sh: the corpus regression of make check. Scores arevent on the
# gold corpus and fails when F1 falls below corpus/thresholds (raise those as
# the toolkit improves; never lower them to make a change pass).
set -eu
arv=${ARV:-./arevent}
out=${B:-build}/corpus
sh tools/corpus-run.sh "$out"
ent_min=$(awk '$1 == "entities" { print $2 }' corpus/thresholds)
ev_min=$(awk '$1 == "events" { print $2 }' corpus/thresholds)
status=0
"$arv" eval --entities --min-f1 "$ent_min" "$out/gold-entities.tsv" "$out/entities.tsv" > "$out/eval-entities.txt" || status=1
"$arv" eval --min-f1 "$ev_min" --confusion "$out/confusion.tsv" "$out/gold-events.tsv" "$out/events.tsv" > "$out/eval-events.txt" || status=1
echo "corpus-check: entities $(tail -1 "$out/eval-entities.txt") (threshold $ent_min)"
sed -n '/^type/,/^PER+LOC+ORG/p' "$out/eval-entities.txt"
echo "corpus-check: events $(tail -1 "$out/eval-events.txt") (threshold $ev_min)"
sed -n '/^root/,/^$/p' "$out/eval-events.txt"
[ $status = 0 ] || echo "corpus-check: FAILED: F1 below corpus/thresholds (details in $out/eval-*.txt)"
exit $status
