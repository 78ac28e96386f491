#!/bin/sh
# mk/deps.sh — make sure the Debian packages ormkata needs are present.
#
#   mk/deps.sh build   compiler, pkg-config, ncursesw, sqlite3, md4c
#   mk/deps.sh test    build + cmocka, tmux, xmllint
#   mk/deps.sh fuzz    build + clang and its libFuzzer runtime
#   mk/deps.sh -q fuzz exit 1 quietly instead of explaining (for probes)
#
# When everything is there this only runs a few `command -v` and
# `pkg-config --exists` probes (no apt). When something is missing and we
# are root on a system with apt-get, it runs `apt-get update` once and
# installs exactly the missing packages of every group (so a fresh CI box
# gets the fuzzer too). Otherwise it stops with the exact command to run.
# Exit status: 0 when the requested group is complete.
set -u

quiet=0
if [ "${1:-}" = "-q" ]; then quiet=1; shift; fi
mode=${1:-build}

has() { command -v "$1" >/dev/null 2>&1; }
pc() { has pkg-config && pkg-config --exists "$1"; }

# libFuzzer's runtime ships in libclang-rt-dev; ask clang where it would be.
fuzzer_rt() {
    has clang || return 1
    dir=$(clang -print-resource-dir 2>/dev/null) || return 1
    ls "$dir"/lib/linux/libclang_rt.fuzzer-*.a "$dir"/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1
}

missing_build=""
missing_test=""
missing_fuzz=""
add_b() { missing_build="$missing_build $1"; }
add_t() { missing_test="$missing_test $1"; }
add_f() { missing_fuzz="$missing_fuzz $1"; }

has make || add_b make
has cc || has gcc || add_b gcc
[ -f /usr/include/stdio.h ] || add_b libc6-dev
has pkg-config || add_b pkg-config
pc ncursesw || add_b libncurses-dev
pc sqlite3 || add_b libsqlite3-dev
pc md4c || add_b libmd4c-dev

pc cmocka || add_t libcmocka-dev
has tmux || add_t tmux
has xmllint || add_t libxml2-utils

has clang || add_f clang
fuzzer_rt || add_f libclang-rt-dev

case $mode in
build) need=$missing_build ;;
test) need="$missing_build$missing_test" ;;
fuzz) need="$missing_build$missing_fuzz" ;;
*) echo "usage: mk/deps.sh [-q] build|test|fuzz" >&2; exit 2 ;;
esac
all="$missing_build$missing_test$missing_fuzz"

[ -z "$need" ] && [ "$quiet" = 1 ] && exit 0
if [ -z "$all" ]; then exit 0; fi
if [ "$quiet" = 1 ]; then exit 1; fi

if [ "$(id -u)" = 0 ] && has apt-get; then
    echo "mk/deps.sh: installing:$all" >&2
    export DEBIAN_FRONTEND=noninteractive
    # stdout to stderr: the Makefile may call this where stdout is captured.
    if apt-get update >&2 &&
       apt-get install -y --no-install-recommends $all >&2; then
        exit 0
    fi
    echo "mk/deps.sh: apt-get failed; the packages were:$all" >&2
    exit 1
fi

if [ -n "$need" ]; then
    echo "mk/deps.sh: missing packages for '$mode':$need" >&2
    echo "mk/deps.sh: install them with:" >&2
    echo "    sudo apt-get install -y$need" >&2
    exit 1
fi
# Only packages of other groups are missing: say so once, do not stop.
echo "mk/deps.sh: note: for tests and fuzzing also install:" >&2
echo "    sudo apt-get install -y$all" >&2
exit 0
