#!/bin/sh
# run_json_addresses.sh — `ormkata run --json` writes object addresses in what a
# program printed, its result and its error as "at 0x?" (as Django's recorded
# answers do), so the same file gives the same JSON every run; a plain run
# prints the real address, as CPython does, and text that only looks similar
# (no hex digits after "at 0x", or no space before "at") is left as it is.
#
# Usage (from the repository root): tests/cli/run_json_addresses.sh
#   ORMKATA  the binary (default ./ormkata)
# Exits 1 with a message on failure.
set -eu
ORMKATA=${ORMKATA:-./ormkata}
[ -x "$ORMKATA" ] || { echo "SKIP no binary $ORMKATA"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "run_json_addresses: $*" >&2; exit 1; }

cat > "$tmp/p.py" <<'PY'
class Thing:
    pass
t = Thing()
print(t, [t])
print("meet at 0x", "flat0x1f", "at 0xzz")
result = t
raise ValueError(repr(t))
PY
out=$("$ORMKATA" run --json "$tmp/p.py") && fail "the program raised, yet exit 0"
want='{"file": "p.py", "stdout": "<__main__.Thing object at 0x?> [<__main__.Thing object at 0x?>]\nmeet at 0x flat0x1f at 0xzz\n", "result": "<__main__.Thing object at 0x?>", "error": "ValueError: <__main__.Thing object at 0x?>", "queries": [], "count": 0}'
[ "$out" = "$want" ] || fail "unexpected --json output:
$out
wanted:
$want"
again=$("$ORMKATA" run --json "$tmp/p.py") || true
[ "$again" = "$out" ] || fail "two runs differ"
plain=$("$ORMKATA" run "$tmp/p.py" 2>/dev/null) || true
case $plain in *"Thing object at 0x"[0-9a-f]*) ;; *) fail "a plain run should print the address: $plain";; esac
case $plain in *"at 0x?"*) fail "a plain run printed 0x?: $plain";; esac
exit 0
