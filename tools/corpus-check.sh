#!/bin/sh
# corpus-check.sh: runs arevent over corpus/ (placeholder until the gold corpus lands)
set -eu
for f in corpus/docs/*.txt; do ./arevent tokens "$f" >/dev/null; done
echo "corpus-check: tokenized $(ls corpus/docs/*.txt | wc -l) documents"
