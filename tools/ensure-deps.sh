#!/bin/sh
# ensure-deps.sh WHAT...: makes sure the Debian packages that WHAT needs are
# installed: installs them with apt-get when run as root (or with sudo), else
# stops with one line naming them. WHAT: check (test suites), regen (re2c,
# bison), fuzz (clang), valgrind.
set -u
need=""
for what in "$@"; do
    case $what in
    check)
        command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
        if ! pkg-config --exists check 2>/dev/null; then need="$need check"; fi ;;
    regen)
        command -v re2c >/dev/null 2>&1 || need="$need re2c"
        command -v bison >/dev/null 2>&1 || need="$need bison" ;;
    fuzz)
        command -v clang >/dev/null 2>&1 || need="$need clang"
        # the libFuzzer runtime's place depends on the LLVM version: ask clang
        if command -v clang >/dev/null 2>&1; then
            printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' |
                clang -x c -fsanitize=fuzzer,address,undefined -o /dev/null - >/dev/null 2>&1 || need="$need libclang-rt-dev"
        fi ;;
    valgrind)
        command -v valgrind >/dev/null 2>&1 || need="$need valgrind" ;;
    esac
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"
else
    echo "arevent: error: missing packages:$need (install them: apt-get install$need)" >&2
    exit 1
fi
echo "arevent: installing$need" >&2
export DEBIAN_FRONTEND=noninteractive
{ $sudo apt-get install -y -qq $need >/dev/null 2>&1 || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq $need >/dev/null 2>&1; }; } || {
    echo "arevent: error: could not install:$need (apt-get install$need)" >&2
    exit 1
}
