#!/usr/bin/env bash
# tests/run.sh — run every test of ormkata and tally the results.
#
# Called by `make test` once the plain build (./ormkata, build/tests/unit/*),
# the sanitizer build (build-san/) and, when clang is there, the fuzzer
# (build-fuzz/fuzz_engine) exist. For each build it runs:
#   unit  every build*/tests/unit/test_* cmocka program
#   lang  every tests/lang/NAME.py through `ormkata run` (tests/lang/README.md)
#   cli   every tests/cli/*.sh with $ORMKATA set to the binary (exit 0 passes,
#         77 skips, anything else fails)
# then the fuzzer for --fuzz-seconds. One line per test ("ok", "FAIL" with
# the reason and the first lines of the difference), and last, alone on its
# line, "N passed, N failed". Exit status 1 when anything failed.
#
# Options (mostly for working on one area):
#   --only unit|lang|cli|fuzz   run just that kind (may be repeated)
#   --no-san                    skip the sanitizer build
#   --fuzz-seconds N            0 skips the fuzzer
#   --filter SUBSTRING          only tests whose name contains it
#   --keep                      keep the temporary output files of failures
# Environment: LANG_TIMEOUT (s per lang/cli test, default 20),
# UNIT_TIMEOUT (s per unit program, default 120).
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)

only=""
san=1
fuzz_seconds=45
filter=""
keep=0
while [ $# -gt 0 ]; do
    case $1 in
    --only) only="$only $2"; shift ;;
    --no-san) san=0 ;;
    --fuzz-seconds) fuzz_seconds=$2; shift ;;
    --filter) filter=$2; shift ;;
    --keep) keep=1 ;;
    *) echo "tests/run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
want() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]]; }
match() { [ -z "$filter" ] || [[ $1 == *"$filter"* ]]; }

LANG_TIMEOUT=${LANG_TIMEOUT:-20}
UNIT_TIMEOUT=${UNIT_TIMEOUT:-120}
export LC_ALL=C.UTF-8 NO_COLOR=1 TERM=dumb

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ormkata-test.XXXXXX")
cleanup() { [ "$keep" = 1 ] || rm -rf "$TMP"; }
trap cleanup EXIT

passed=0
failed=0
failures=()

ok() { passed=$((passed + 1)); printf '  ok    %s\n' "$1"; }
# fail NAME REASON [DETAIL-FILE]: count it and show the first lines of detail.
fail() {
    failed=$((failed + 1))
    failures+=("$1")
    printf '  FAIL  %s: %s\n' "$1" "$2"
    if [ -n "${3:-}" ] && [ -s "$3" ]; then
        head -n 25 "$3" | sed 's/^/        | /'
        local n
        n=$(wc -l < "$3")
        [ "$n" -gt 25 ] && printf '        | ... (%d more lines)\n' $((n - 25))
    fi
    return 0
}

# How a run ended, in words (124 is timeout's "timed out").
status_word() {
    case $1 in
    124) echo "timed out" ;;
    13[0-9]|14[0-9]|15[0-9]) echo "killed by signal $(($1 - 128))" ;;
    *) echo "exit $1" ;;
    esac
}

# Tracebacks name files by path; keep only the base name so expected files
# do not depend on where the checkout lives (tests/lang/README.md).
normalise_paths() { sed -E 's#File "([^"]*/)?([^"/]+)"#File "\2"#g'; }

run_unit() {   # DIR LABEL
    local dir=$1 label=$2 t name rc
    shopt -s nullglob
    local bins=("$dir"/test_*)
    shopt -u nullglob
    for t in "${bins[@]}"; do
        case $t in *.o|*.d) continue ;; esac
        [ -x "$t" ] || continue
        name="$label/unit/$(basename "$t")"
        match "$name" || continue
        timeout "$UNIT_TIMEOUT" "$t" > "$TMP/unit.out" 2>&1 < /dev/null
        rc=$?
        if [ $rc = 0 ]; then
            ok "$name"
        else
            grep -E '^\[  (FAILED|ERROR)|ERROR|Sanitizer|runtime error|Assertion|\.c:[0-9]+' \
                "$TMP/unit.out" > "$TMP/unit.why" || tail -n 25 "$TMP/unit.out" > "$TMP/unit.why"
            fail "$name" "$(status_word $rc)" "$TMP/unit.why"
        fi
    done
}

# One language test: tests/lang/NAME.py, compared with NAME.out / .err / .code.
run_lang_one() {   # BIN LABEL PYFILE
    local bin=$1 label=$2 py=$3 base name dir rc want_rc why=""
    base=$(basename "$py" .py)
    dir=$(dirname "$py")
    name="$label/lang/$base"
    if [ ! -f "$dir/$base.out" ]; then
        fail "$name" "no $base.out (run: make lang-expected NAMES=$base)"
        return
    fi
    (cd "$dir" && timeout "$LANG_TIMEOUT" "$bin" run "$base.py" \
        > "$TMP/lang.out" 2> "$TMP/lang.err.raw" < /dev/null)
    rc=$?
    normalise_paths < "$TMP/lang.err.raw" > "$TMP/lang.err"
    want_rc=0
    [ -f "$dir/$base.code" ] && want_rc=$(tr -d ' \n' < "$dir/$base.code")
    : > "$TMP/lang.why"
    # The stderr difference comes first: after a crash it holds the reason.
    local experr=/dev/null
    [ -f "$dir/$base.err" ] && experr="$dir/$base.err"
    if ! diff -u --label expected-stderr --label actual-stderr "$experr" "$TMP/lang.err" \
            > "$TMP/lang.diff"; then
        why="stderr differs"
        cat "$TMP/lang.diff" >> "$TMP/lang.why"
    fi
    if ! diff -u --label expected --label actual "$dir/$base.out" "$TMP/lang.out" \
            > "$TMP/lang.diff"; then
        why="stdout differs${why:+, $why}"
        cat "$TMP/lang.diff" >> "$TMP/lang.why"
    fi
    if [ "$rc" != "$want_rc" ]; then
        why="${why:+$why, }$(status_word "$rc") (expected $want_rc)"
    fi
    if [ -z "$why" ]; then
        ok "$name"
    else
        fail "$name" "$why" "$TMP/lang.why"
        if [ "$keep" = 1 ]; then
            mkdir -p "$TMP/failed/$label"
            cp "$TMP/lang.out" "$TMP/failed/$label/$base.out"
            cp "$TMP/lang.err" "$TMP/failed/$label/$base.err"
        fi
    fi
}

run_lang() {   # BIN LABEL
    local bin=$1 label=$2 py b
    shopt -s nullglob
    for py in tests/lang/*.py; do
        b=$(basename "$py")
        case $b in _*) continue ;; esac      # helper modules, not tests
        match "$label/lang/${b%.py}" || continue
        run_lang_one "$bin" "$label" "$ROOT/$py"
    done
    shopt -u nullglob
}

run_cli() {   # BIN LABEL
    local bin=$1 label=$2 t name rc
    shopt -s nullglob
    for t in tests/cli/*.sh; do
        name="$label/cli/$(basename "$t" .sh)"
        match "$name" || continue
        # A script may ask for more time with a line "# timeout: SECONDS".
        local limit
        limit=$(sed -n 's/^# timeout: \([0-9][0-9]*\)$/\1/p' "$t" | head -n 1)
        ORMKATA="$bin" ORMKATA_ROOT="$ROOT" timeout "${limit:-$LANG_TIMEOUT}" bash "$t" \
            > "$TMP/cli.out" 2>&1 < /dev/null
        rc=$?
        if [ $rc = 0 ]; then
            if grep -q '^SKIP' "$TMP/cli.out"; then
                ok "$name ($(grep -m1 '^SKIP' "$TMP/cli.out" | cut -c1-70))"
            else
                ok "$name"
            fi
        elif [ $rc = 77 ]; then
            printf '  skip  %s: %s\n' "$name" "$(tail -n 1 "$TMP/cli.out" | cut -c1-70)"
        else
            fail "$name" "$(status_word $rc)" "$TMP/cli.out"
        fi
    done
    shopt -u nullglob
}

run_build() {   # BIN UNITDIR LABEL
    local bin=$1 unitdir=$2 label=$3
    echo "== $label build ($bin)"
    if [ ! -x "$bin" ]; then
        fail "$label/build" "$bin was not built"
        return
    fi
    want unit && run_unit "$unitdir" "$label"
    want lang && run_lang "$bin" "$label"
    want cli && run_cli "$bin" "$label"
}

run_build "$ROOT/ormkata" build/tests/unit plain

if [ "$san" = 1 ]; then
    # LeakSanitizer needs ptrace-like access some containers deny; probe it.
    leaks=1
    probe=build-san/lsan-probe
    if [ ! -x $probe ]; then
        printf 'int main(void){return 0;}\n' > "$TMP/probe.c"
        ${CC:-cc} -fsanitize=address "$TMP/probe.c" -o $probe 2>/dev/null || leaks=0
    fi
    if [ $leaks = 1 ] && ! ASAN_OPTIONS=detect_leaks=1 ./$probe > /dev/null 2>&1; then
        leaks=0
        echo "  (LeakSanitizer does not work here: leak detection off)"
    fi
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=$leaks:check_initialization_order=1:strict_init_order=1:exitcode=86"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=87"
    # ASan frames are bigger: give deep Python recursion the room that the
    # plain build gets from 8 MiB.
    ulimit -s 65536 2>/dev/null || ulimit -s unlimited 2>/dev/null || true
    run_build "$ROOT/build-san/ormkata" build-san/tests/unit sanitizer
    unset ASAN_OPTIONS UBSAN_OPTIONS
fi

if want fuzz && [ "$fuzz_seconds" != 0 ] && [ -z "$filter" ]; then
    echo "== fuzz (${fuzz_seconds}s)"
    if [ -x build-fuzz/fuzz_engine ]; then
        if fuzz/run.sh build-fuzz/fuzz_engine "$fuzz_seconds" > "$TMP/fuzz.out" 2>&1; then
            ok "fuzz/fuzz_engine ($(grep -Eo 'Done [0-9]+ runs' "$TMP/fuzz.out" | tail -1))"
        else
            grep -E 'ERROR|SUMMARY|Test unit written|runtime error|^    #[0-9]' "$TMP/fuzz.out" \
                | head -n 40 > "$TMP/fuzz.why"
            fail "fuzz/fuzz_engine" "crash (see build-fuzz/crashes/)" "$TMP/fuzz.why"
        fi
    else
        echo "  (skipped: clang/libFuzzer not available; see mk/deps.sh fuzz)"
    fi
fi

if [ "$failed" -gt 0 ]; then
    echo "== failed:"
    printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
