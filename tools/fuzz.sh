#!/bin/sh
# fuzz.sh [SECONDS]: builds the libFuzzer harnesses of tests/fuzz/ with
# AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/, runs each
# for SECONDS (default 30) on a corpus seeded from corpus/docs and
# tests/fuzz/seeds, and fails when any of them finds a crash (the input is
# kept as build-fuzz/crash-NAME-*). Needs clang with libclang-rt
# (tools/ensure-deps.sh fuzz).
set -u
secs=${1:-30}
[ -n "$secs" ] || secs=30
cd "$(dirname "$0")/.." || exit 2
CC=${FUZZ_CC:-clang}
out=build-fuzz
mkdir -p "$out"
# the library sources, as the Makefile lists them, plus the lexicon tables
make -s gen/lexicon_tables.c gen/common_tables.c >/dev/null || exit 2
lib=$(make -s --no-print-directory --eval 'arv-print-lib-src: ; @echo $(LIB_SRC)' arv-print-lib-src) || exit 2
lib="$lib gen/lexicon_tables.c gen/common_tables.c"
common="-std=c11 -g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all -D_POSIX_C_SOURCE=200809L -Isrc -Igen"

# the library once, instrumented for coverage (objects rebuilt when older
# than their source), then one link per harness
objs=""
for c in $lib; do
    o="$out/obj/$(echo "$c" | tr / _).o"
    mkdir -p "$out/obj"
    if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find src gen -name '*.h' -newer "$o" 2>/dev/null | head -1)" ]; then
        echo "fuzz: compiling $c"
        # shellcheck disable=SC2086
        $CC $common -fsanitize=fuzzer-no-link,address,undefined -c -o "$o" "$c" || { echo "fuzz: error: $c does not build" >&2; exit 2; }
    fi
    objs="$objs $o"
done

status=0
for src in tests/fuzz/fuzz_*.c; do
    name=$(basename "$src" .c)
    echo "fuzz: building $name"
    # shellcheck disable=SC2086
    $CC $common -fsanitize=fuzzer,address,undefined -o "$out/$name" "$src" $objs ||
        { echo "fuzz: error: $name does not build" >&2; exit 2; }
    corpus="$out/corpus-$name"
    # FUZZ_RUNS starts from the seeds alone, as on a clean checkout: a corpus
    # grown by earlier runs would take another path than CI's and could miss
    # what CI finds
    [ -n "${FUZZ_RUNS:-}" ] && rm -rf "$corpus"
    mkdir -p "$corpus"
    case $name in
    fuzz_json) seeds="tests/fuzz/seeds/*.json tests/fuzz/seeds/*.jsonl" ;;
    fuzz_lexicon) seeds="tests/fuzz/seeds/*.txt grammar/lexicon/*.txt" ;;
    *) seeds="corpus/docs/*.txt tests/fuzz/seeds/*" ;;
    esac
    for s in $seeds; do [ -f "$s" ] && cp "$s" "$corpus/" 2>/dev/null; done
    if [ -n "${FUZZ_RUNS:-}" ]; then echo "fuzz: running $name for $FUZZ_RUNS runs"; else echo "fuzz: running $name for ${secs}s"; fi
    rm -f "$out"/crash-"$name"-* "$out"/timeout-"$name"-* "$out"/leak-"$name"-* "$out"/oom-"$name"-*
    # FUZZ_RUNS=N: a fixed number of runs from a fixed seed, the same on every
    # machine (what CI uses); otherwise SECONDS of time
    if [ -n "${FUZZ_RUNS:-}" ]; then limit="-runs=$FUZZ_RUNS -seed=1"; else limit="-max_total_time=$secs"; fi
    # shellcheck disable=SC2086
    ASAN_OPTIONS=detect_leaks=1 "$out/$name" $limit -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/" "$corpus" >"$out/$name.log" 2>&1
    rc=$?
    for a in "$out"/crash-* "$out"/timeout-* "$out"/leak-* "$out"/oom-*; do
        [ -f "$a" ] || continue
        case $(basename "$a") in *-fuzz_*) continue ;; esac   # named already
        mv "$a" "$(dirname "$a")/$(basename "$a" | sed "s/^\([a-z]*\)-/\1-$name-/")"
    done
    found=$(ls "$out"/crash-"$name"-* "$out"/timeout-"$name"-* "$out"/leak-"$name"-* "$out"/oom-"$name"-* 2>/dev/null)
    if [ $rc -ne 0 ] || [ -n "$found" ]; then
        echo "fuzz: error: $name found a problem (exit $rc); see $out/$name.log" >&2
        for a in $found; do echo "fuzz:   $a" >&2; done
        grep -m 3 -E "ERROR|SUMMARY|runtime error" "$out/$name.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::new_units_added" "$out/$name.log" | tr '\n' ' '
        echo
    fi
done
[ $status -eq 0 ] && echo "fuzz: no crash found"
exit $status
