#!/bin/sh
# demo.sh: arevent on the bundled seed article.
set -eu
doc=corpus/docs/000_bce8d6ddd41ba8a9.txt
echo "== arevent entities --date 2020-06-12 $doc"
./arevent entities --date 2020-06-12 "$doc"
echo
echo "== arevent events --date 2020-06-12 $doc"
./arevent events --date 2020-06-12 "$doc"
