#!/bin/sh
# kata_cli.sh — the learner's commands on the test katas (tests/data/katas/good):
# list / show / hint / reset / solution / check / verify, their exit codes,
# --help on every command, and the grader against answers written to fool
# it (tests/data/katas/answers/): every one must fail, correct answers in
# other styles must pass.
set -u
ORMKATA=${ORMKATA:-./ormkata}
name=kata_cli
fail() { echo "FAIL $name: $*" >&2; exit 1; }
D=tests/data/katas
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ORMKATA_WORKSPACE="$tmp/ws"
K="$ORMKATA"
L="--lessons $D/good"
# expect CODE CMD...: run, compare the exit status, keep the output in $tmp/out
expect() {
    want=$1; shift
    "$@" > "$tmp/out" 2>&1; got=$?
    [ "$got" = "$want" ] || { cat "$tmp/out"; fail "'$*': exit $got, expected $want"; }
}

# --help on every command, exit 0, no workspace created
for c in list show hint reset solution check verify grade lint run fixture; do
    expect 0 $K $c --help
    grep -q "^usage: ormkata $c" "$tmp/out" || fail "$c --help: no usage line"
done
expect 0 $K help check
grep -q "^usage: ormkata check" "$tmp/out" || fail "help check"
[ -e "$tmp/ws" ] && fail "--help created the workspace"
expect 2 $K nosuchcommand
expect 2 $K check $L          # missing KATA
expect 2 $K check $L nosuch   # unknown kata
expect 2 $K show $L 01        # ambiguous: every id has 01
grep -q "names several katas" "$tmp/out" || fail "ambiguous kata not explained"
expect 2 $K check $L total "$tmp/missing.py"
expect 2 $K list --bogus

# list: everything new
expect 0 $K list $L
grep -q '· new     01-basics/01-total' "$tmp/out" || fail "list: 01-total not new"
grep -q '0/3 katas passed, 0/18 points' "$tmp/out" || fail "list: tally"

# show creates the answer from the starter
expect 0 $K show $L 01-total
cmp -s "$tmp/ws/01-basics/01-total.py" - <<'PY' || fail "show: answer is not the starter"
def total(numbers):
    return 0
PY

# check the starter: fails, names the failing check, records the attempt
expect 1 $K check $L total
grep -q '✗ total(\[1, 2, 3\]) is 6' "$tmp/out" || fail "check: no ✗ line"
grep -q '  ✓ total(\[\]) is 0' "$tmp/out" || fail "check: no ✓ line"
grep -q '✗ FAILED' "$tmp/out" || fail "check: no FAILED"
if grep -q "$(printf '\033')" "$tmp/out"; then fail "colours with NO_COLOR / no tty"; fi
expect 0 $K list $L
grep -q '✗ tried   01-basics/01-total' "$tmp/out" || fail "list: 01-total not tried"

# the SQL of an answer, numbered, with its source line
expect 1 $K check $L 02-sql/01-count
grep -q '^SQL your answer ran (1 statement):' "$tmp/out" || fail "check: no SQL header"
grep -q '^  1\. line 6: cur.execute("SELECT id FROM blog_entry")' "$tmp/out" || fail "check: no numbered source line"
grep -q '^     SELECT id FROM blog_entry$' "$tmp/out" || fail "check: no SQL"

# solution only after a pass, or with --force
expect 1 $K solution $L total
expect 0 $K solution $L total --force
grep -q 'return sum(numbers)' "$tmp/out" || fail "solution --force"

# hints: one more each time, counted, then the last again
expect 0 $K hint $L total
grep -q '^Hint 1 of 2 (new):' "$tmp/out" || fail "hint 1"
expect 0 $K hint $L total
grep -q '^Hint 2 of 2 (new):' "$tmp/out" || fail "hint 2"
expect 0 $K hint $L total
grep -q 'no more hints' "$tmp/out" || fail "hint 3"

# solve it, check passes, solution unlocks
printf 'def total(numbers):\n    return sum(numbers)\n' > "$tmp/ws/01-basics/01-total.py"
expect 0 $K check $L total
grep -q '✓ PASSED  5 points' "$tmp/out" || fail "check: no PASSED"
expect 0 $K solution $L total
expect 0 $K list $L
grep -q '✓ passed  01-basics/01-total' "$tmp/out" || fail "list: not passed"

# reset: starter back, old answer kept
expect 0 $K reset $L total
grep -q 'return 0' "$tmp/ws/01-basics/01-total.py" || fail "reset: not the starter"
grep -q 'return sum' "$tmp/ws/01-basics/01-total.py.bak" || fail "reset: no .bak"

# verify: fails while any kata fails; passes with the reference solutions
expect 1 $K verify $L
for k in 01-basics/01-total 01-basics/02-shout 02-sql/01-count; do
    $K solution $L --force $k > "$tmp/ws/$k.py" || fail "solution $k"
done
expect 0 $K verify $L
grep -q '3/3 katas passed, 18/18 points' "$tmp/out" || fail "verify: tally"

# answers that try to fool the grader fail; other correct styles pass
for a in "$D"/answers/total_*.py; do
    case $a in
    *_style.py) expect 0 $K check $L total "$a" ;;
    *) expect 1 $K check $L total "$a" ;;
    esac
done
expect 1 $K check $L total "$D/answers/total_patch_builtins.py"
grep -q 'the answer changed the builtin `len`' "$tmp/out" || fail "patched builtin not named"
expect 1 $K check $L total "$D/answers/total_loop.py"
grep -q 'StepLimit' "$tmp/out" || fail "endless loop not stopped by the step limit"
for a in "$D"/answers/count_*.py; do
    expect 1 $K check $L count "$a"
done
exit 0
