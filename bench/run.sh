#!/usr/bin/env bash
# bench/run.sh [ORMKATA] — time bench/*.py under ormkata and CPython (`make bench`).
#
# Each program runs RUNS times (default 3) under `ORMKATA run` and under
# python3; the table shows the median wall times, the ratio ormkata/CPython
# (below 1.00 means ormkata is faster) and whether both printed the same
# thing. Then the median ratio, and the wall time of `ormkata run` on a
# one-line program (median of 20 runs) — the start-up cost a learner feels.
# ormkata runs with its budgets lifted (BENCH_FLAGS).
#
# Later sections (ORM programs vs Django's recorded timings, raw SQLite) add
# rows to the same table through bench_row below.
#
# Never fails the build: a missing python3 or a failing program is shown in
# the table, and the script exits 0.
set -u
export LC_ALL=C
cd "$(dirname "$0")/.." || exit 0

BIN=${1:-./ormkata}
RUNS=${RUNS:-3}
# Benchmarks measure speed, not the kata budgets: lift the limits.
BENCH_FLAGS=${BENCH_FLAGS:---max-steps 0 --max-memory 0 --timeout 0}
PY=${PYTHON:-python3}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ormkata-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

have_py=1
command -v "$PY" > /dev/null 2>&1 || have_py=0
# Time the interpreter itself, not a wrapper such as a pyenv shim.
if [ $have_py = 1 ]; then
    real=$("$PY" -c 'import sys; print(sys.executable)' 2> /dev/null)
    [ -n "$real" ] && [ -x "$real" ] && PY=$real
fi
have_bin=1
[ -x "$BIN" ] || have_bin=0

now() { echo "$EPOCHREALTIME"; }

# median of the numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# time_runs N OUTFILE CMD... : median seconds of N runs (empty when a run fails);
# the output of the last run is kept in OUTFILE.
time_runs() {
    local n=$1 out=$2 i t0 t1
    shift 2
    : > "$TMP/times"
    for ((i = 0; i < n; i++)); do
        t0=$(now)
        "$@" > "$out" 2> "$TMP/stderr" < /dev/null
        local rc=$?
        if [ $rc != 0 ]; then
            echo "$rc" > "$TMP/rc"
            echo ""
            return
        fi
        t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >> "$TMP/times"
    done
    median < "$TMP/times"
}

fmt_s() { [ -n "$1" ] && printf '%.3f' "$1" || printf '%s' "${2:--}"; }

# bench_row NAME ORMKATA_SECONDS REF_SECONDS NOTE: one line of the table.
bench_row() {
    local ratio="-"
    if [ -n "$2" ] && [ -n "$3" ]; then
        ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
        echo "${ratio%x}" >> "$TMP/ratios"
    fi
    printf '%-22s %11s %11s %8s  %s\n' "$1" "$(fmt_s "$2" "$([ $have_bin = 1 ] && echo error || echo -)")" "$(fmt_s "$3" "${5:--}")" "$ratio" "$4"
}

echo "ormkata benchmarks: $BIN vs $("$PY" --version 2>/dev/null || echo 'python3 not found'), median of $RUNS runs"
[ $have_bin = 1 ] || echo "($BIN not found: build it with make)"
echo
echo "== interpreter (bench/*.py)"
printf '%-22s %11s %11s %8s  %s\n' program "ormkata s" "cpython s" ratio output
: > "$TMP/ratios"
for f in bench/*.py; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .py)
    ot=""
    pt=""
    note=""
    [ $have_bin = 1 ] && ot=$(time_runs "$RUNS" "$TMP/o.out" "$BIN" run $BENCH_FLAGS "$f")
    [ $have_py = 1 ] && pt=$(time_runs "$RUNS" "$TMP/p.out" "$PY" "$f")
    if [ $have_bin = 1 ] && [ -z "$ot" ]; then
        why=$(tail -n 1 "$TMP/stderr" | cut -c1-60)
        rc=$(cat "$TMP/rc")
        [ "$rc" -gt 128 ] && rc="signal $((rc - 128))" || rc="exit $rc"
        note="ormkata failed: ${why:-$rc}"
    elif [ $have_py = 0 ]; then
        note="python3 not found"
    elif [ -n "$ot" ] && [ -n "$pt" ]; then
        if cmp -s "$TMP/o.out" "$TMP/p.out"; then note="same"; else note="DIFFERENT"; fi
    fi
    bench_row "$name" "$ot" "$pt" "$note" "$([ $have_py = 0 ] && echo n/a)"
done
med=$(median < "$TMP/ratios")
if [ -n "$med" ]; then
    printf 'median ratio: %.2fx over %d programs (ormkata time / CPython time)\n' "$med" "$(wc -l < "$TMP/ratios")"
else
    echo "median ratio: - (no program ran under both)"
fi

echo
echo "== start-up (one-line program, median of 20 runs)"
echo 'print("hi")' > "$TMP/one.py"
if [ $have_bin = 1 ]; then
    t=$(time_runs 20 "$TMP/x" "$BIN" run "$TMP/one.py")
    if [ -n "$t" ]; then
        printf '%-22s %8.1f ms\n' "ormkata run" "$(awk -v t="$t" 'BEGIN { print t * 1000 }')"
    else
        printf '%-22s %s\n' "ormkata run" "error"
    fi
fi
if [ $have_py = 1 ]; then
    t=$(time_runs 20 "$TMP/x" "$PY" "$TMP/one.py")
    printf '%-22s %8.1f ms\n' "python3" "$(awk -v t="$t" 'BEGIN { print t * 1000 }')"
else
    echo "python3 not found"
fi

echo
echo "== grading (lesson 1's reference solutions, both fixtures)"
if [ $have_bin = 1 ] && [ -d lessons ] && [ $have_py = 1 ]; then
    ws=$TMP/grade-ws
    for id in $("$BIN" list --lessons lessons --workspace "$TMP/ws0" 2>/dev/null | awk '$3 ~ /\// { print $3 }'); do
        mkdir -p "$ws/$(dirname "$id")"
        "$BIN" solution --force --lessons lessons --workspace "$TMP/ws0" "$id" > "$ws/$id.py"
    done
    if "$BIN" grade --lessons lessons --format json "$ws" > "$TMP/grade.json" 2> /dev/null; then
        "$PY" -c 'import json, statistics, sys
d = json.load(open(sys.argv[1]))
print("%-22s %8.1f ms  (median over %d katas; target 5 ms)" % ("grade one kata",
      statistics.median(k["ms"] for w in d["workspaces"] for k in w["katas"]), d["total"]))' "$TMP/grade.json"
    else
        printf '%-22s %s\n' "grade one kata" "error: a reference solution fails (ormkata lint lessons)"
    fi
    t=$(time_runs "$RUNS" "$TMP/x" "$BIN" verify --lessons lessons --workspace "$ws")
    [ -n "$t" ] && printf '%-22s %8.1f ms  (whole process)\n' "ormkata verify" "$(awk -v t="$t" 'BEGIN { print t * 1000 }')" \
                || printf '%-22s %s\n' "ormkata verify" "error"
fi
# The ORM rows are bench/orm.sh, the app's bench/app.sh (make bench runs both).
exit 0
