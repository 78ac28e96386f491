#!/bin/sh
# gen_limits.sh — budget stops reached inside a generator's body (it runs on
# a fiber of its own) still stop the run cleanly: the step limit, the time
# limit and the memory limit, from a generator resumed directly and from
# one nested under yield from, with the usual report and exit status 1.
set -u
ORMKATA=${ORMKATA:-./ormkata}
name=gen_limits
fail() { echo "FAIL $name: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/steps.py" <<'PY'
def nat():
    n = 0
    while True:
        yield n
        n += 1
def relay():
    yield from nat()
for x in relay():
    pass
PY
cat > "$tmp/spin.py" <<'PY'
def spin():
    yield 1
    while True:
        pass
g = spin()
next(g)
next(g)
PY
cat > "$tmp/memory.py" <<'PY'
def grow():
    xs = []
    while True:
        xs.append("x" * 1000)
        if len(xs) % 1000 == 0:
            yield len(xs)
for n in grow():
    pass
PY

# expect FILE KIND ARGS...: exit status 1 and the KIND line on stderr
expect() {
    f=$1; kind=$2; shift 2
    "$ORMKATA" run "$@" "$tmp/$f" > "$tmp/out" 2> "$tmp/err"; rc=$?
    [ "$rc" -eq 1 ] || fail "$f: exit status $rc, want 1 ($(cat "$tmp/err"))"
    grep -q "^$kind: stopped" "$tmp/err" || fail "$f: no $kind report: $(cat "$tmp/err")"
}
expect steps.py StepLimit --max-steps 200000
grep -q 'in relay\|in nat' "$tmp/err" || fail "steps.py: the report does not name the generator's frame"
expect spin.py StepLimit --max-steps 100000
expect spin.py TimeLimit --max-steps 0 --timeout 0.3
expect memory.py MemoryLimit --max-memory 16
exit 0
