#!/bin/sh
# bench.sh: throughput of arevent next to wc -w on the same text, in one run.
# Uses the SaudiNewsNet day files when ../shared/data is there, else the
# bundled corpus repeated to at least 50 MB.
set -eu
tmp=${TMPDIR:-/tmp}/arevent-bench.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
snn=${SNN_DIR:-../shared/data/saudinewsnet}
if ls "$snn"/*.zip >/dev/null 2>&1 && command -v unzip >/dev/null 2>&1; then
    for z in "$snn"/*.zip; do unzip -q -o "$z" -d "$tmp"; done
    input=jsonl
    files=$(ls "$tmp"/*.json)
    what="SaudiNewsNet ($(ls "$tmp"/*.json | wc -l) day files)"
else
    : > "$tmp/corpus.txt"
    while [ "$(wc -c < "$tmp/corpus.txt")" -lt 52428800 ]; do cat corpus/docs/*.txt >> "$tmp/corpus.txt"; done
    input=text
    files="$tmp/corpus.txt"
    what="bundled corpus repeated"
fi
bytes=$(cat $files | wc -c)
now() { date +%s.%N; }
rate() { awk -v b="$bytes" -v t="$1" -v n="$2" -v u="$3" 'BEGIN { printf "%8.1f MB/s  %12.0f %s/s  (%.3f s)\n", b / t / 1e6, n / t, u, t }'; }
echo "input: $what, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB"
t0=$(now); words=$(cat $files | wc -w); t1=$(now)
printf "%-22s" "wc -w"; rate "$(awk -v a="$t1" -v b="$t0" "BEGIN{print a-b}")" "$words" words
for cmd in tokens entities events; do
    t0=$(now)
    ./arevent $cmd --input $input --null --stats $files 2> "$tmp/stats"
    t1=$(now)
    n=$(sed -n 's/.*sentences \([0-9]*\), tokens \([0-9]*\),.*/\2/p' "$tmp/stats")
    s=$(sed -n 's/.*sentences \([0-9]*\),.*/\1/p' "$tmp/stats")
    printf '%-22s' "arevent $cmd"; rate "$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')" "$n" tokens
    printf '%-22s' ""; rate "$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')" "$s" sentences
    [ "$cmd" = events ] && { e=$(sed -n 's/.*events \([0-9]*\),.*/\1/p' "$tmp/stats"); printf '%-22s' ""; rate "$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')" "$e" events; }
done
