#!/bin/sh
# run_sys_exit.sh — `ormkata run` and a program's stderr and SystemExit:
# sys.stderr goes to the process's stderr (stdout stays clean), sys.exit(N)
# gives exit status N with no traceback (a message: on stderr, status 1),
# SystemExit(0)/None is a success; the same through the batch (forked) and
# -j paths; `--json` keeps its fields ("error" null for status 0, else
# "SystemExit: msg") and leaves stderr on stderr.
#
# Usage (from the repository root): tests/cli/run_sys_exit.sh
#   ORMKATA  the binary (default ./ormkata)
set -eu
ORMKATA=${ORMKATA:-./ormkata}
[ -x "$ORMKATA" ] || { echo "SKIP no binary $ORMKATA"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "run_sys_exit: $*" >&2; exit 1; }

cat > "$tmp/three.py" <<'PY'
import sys
print("out")
print("err", file=sys.stderr)
try:
    sys.exit(3)
finally:
    print("finally")
PY
cat > "$tmp/msg.py" <<'PY'
import sys
result = 7
sys.exit("bye now")
PY
cat > "$tmp/zero.py" <<'PY'
print("zero")
raise SystemExit
PY
cat > "$tmp/raise.py" <<'PY'
{}["k"]
PY

# plain run: stdout, stderr and status kept apart
rc=0; "$ORMKATA" run "$tmp/three.py" > "$tmp/o" 2> "$tmp/e" || rc=$?
[ "$rc" = 3 ] || fail "sys.exit(3) gave status $rc"
[ "$(cat "$tmp/o")" = "$(printf 'out\nfinally')" ] || fail "stdout: $(cat "$tmp/o")"
[ "$(cat "$tmp/e")" = "err" ] || fail "stderr: $(cat "$tmp/e")"

rc=0; "$ORMKATA" run "$tmp/msg.py" > "$tmp/o" 2> "$tmp/e" || rc=$?
[ "$rc" = 1 ] || fail "sys.exit('bye now') gave status $rc"
[ ! -s "$tmp/o" ] || fail "message on stdout"
[ "$(cat "$tmp/e")" = "bye now" ] || fail "message: $(cat "$tmp/e")"

rc=0; "$ORMKATA" run "$tmp/zero.py" > "$tmp/o" 2> "$tmp/e" || rc=$?
[ "$rc" = 0 ] || fail "SystemExit() gave status $rc"
[ ! -s "$tmp/e" ] || fail "SystemExit() wrote to stderr: $(cat "$tmp/e")"

# several files (forked from the template, and -j): the highest status,
# each file's streams in order
for j in 1 2; do
    rc=0; "$ORMKATA" run -j $j "$tmp/zero.py" "$tmp/three.py" "$tmp/raise.py" > "$tmp/o" 2> "$tmp/e" || rc=$?
    [ "$rc" = 3 ] || fail "-j $j: status $rc, want the highest (3)"
    [ "$(cat "$tmp/o")" = "$(printf 'zero\nout\nfinally')" ] || fail "-j $j stdout: $(cat "$tmp/o")"
    head -n 1 "$tmp/e" | grep -qx "err" || fail "-j $j stderr: $(cat "$tmp/e")"
    grep -q "^KeyError: 'k'" "$tmp/e" || fail "-j $j: traceback missing: $(cat "$tmp/e")"
done

# --json: one object per file, same fields; stderr stays on stderr
rc=0; "$ORMKATA" run --json "$tmp/three.py" "$tmp/msg.py" "$tmp/zero.py" > "$tmp/o" 2> "$tmp/e" || rc=$?
[ "$rc" = 3 ] || fail "--json status $rc"
[ "$(wc -l < "$tmp/o")" = 3 ] || fail "--json lines: $(cat "$tmp/o")"
sed -n 1p "$tmp/o" | grep -qF '"stdout": "out\nfinally\n", "result": null, "error": "SystemExit: 3", "queries": [], "count": 0}' ||
    fail "--json three.py: $(sed -n 1p "$tmp/o")"
sed -n 2p "$tmp/o" | grep -qF '"stdout": "", "result": "7", "error": "SystemExit: bye now",' ||
    fail "--json msg.py: $(sed -n 2p "$tmp/o")"
sed -n 3p "$tmp/o" | grep -qF '"stdout": "zero\n", "result": null, "error": null,' ||
    fail "--json zero.py: $(sed -n 3p "$tmp/o")"
[ "$(cat "$tmp/e")" = "$(printf 'err\nbye now')" ] || fail "--json stderr: $(cat "$tmp/e")"
if grep -q stderr "$tmp/o"; then fail "--json grew a stderr field"; fi

# the grader: stderr joins the output the learner sees; sys.exit(0) is a
# normal finish, any other status fails the answer with a readable reason
kata=lessons/01-lazy/01-chain-runs-nothing.kata
if [ -f "$kata" ]; then
    sed -n '/^=== solution.py/,/^=== /p' "$kata" | sed '1d;$d' > "$tmp/sol0.py"
    printf 'import sys\nprint("dbg", file=sys.stderr)\n' >> "$tmp/sol0.py"
    cp "$tmp/sol0.py" "$tmp/sol.py"
    printf 'sys.exit(0)\n' >> "$tmp/sol.py"
    "$ORMKATA" check 01-lazy/01-chain-runs-nothing "$tmp/sol.py" > "$tmp/o" 2>&1 || fail "check with sys.exit(0) failed: $(cat "$tmp/o")"
    grep -q "^  dbg" "$tmp/o" || fail "check: stderr not in the output: $(cat "$tmp/o")"
    cp "$tmp/sol0.py" "$tmp/sol.py"
    printf 'sys.exit(4)\n' >> "$tmp/sol.py"
    rc=0; "$ORMKATA" check 01-lazy/01-chain-runs-nothing "$tmp/sol.py" > "$tmp/o" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "check with sys.exit(4): status $rc"
    grep -q "SystemExit: 4 (exit status 4)" "$tmp/o" || fail "check: reason missing: $(cat "$tmp/o")"
fi
echo "ok"
