#!/bin/sh
# run_time_clock.sh — the `time` module and the run's clock: with --now,
# time.time() is the frozen instant (as datetime.now()); time.sleep()
# returns at once but counts against the time budget, so a sleep past
# --timeout stops the run with the time-limit message instead of blocking.
#
# Usage (from the repository root): tests/cli/run_time_clock.sh
#   ORMKATA  the binary (default ./ormkata)
set -eu
ORMKATA=${ORMKATA:-./ormkata}
[ -x "$ORMKATA" ] || { echo "SKIP no binary $ORMKATA"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "run_time_clock: $*" >&2; exit 1; }

cat > "$tmp/now.py" <<'PY'
import time, datetime
print(time.time(), time.time_ns())
print(time.gmtime())
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime()))
print(datetime.datetime.utcnow().timestamp() if False else datetime.datetime.now())
PY
out=$("$ORMKATA" run --now 2024-01-15T12:00:00 "$tmp/now.py") || fail "frozen run failed"
expected='1705320000.0 1705320000000000000
time.struct_time(tm_year=2024, tm_mon=1, tm_mday=15, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=15, tm_isdst=0)
2024-01-15 12:00:00'
[ "$(printf '%s\n' "$out" | head -3)" = "$expected" ] || fail "frozen clock: got
$out"

cat > "$tmp/nap.py" <<'PY'
import time
m = time.monotonic()
time.sleep(3)
print("slept", time.monotonic() - m >= 3)
PY
start=$(date +%s)
out=$("$ORMKATA" run --timeout 5 "$tmp/nap.py") || fail "short sleep failed"
[ "$out" = "slept True" ] || fail "short sleep printed: $out"

cat > "$tmp/long.py" <<'PY'
import time
print("before")
time.sleep(3600)
print("after")
PY
set +e
out=$("$ORMKATA" run --timeout 2 "$tmp/long.py" 2>"$tmp/err")
status=$?
set -e
end=$(date +%s)
[ "$status" -ne 0 ] || fail "an hour's sleep past the limit succeeded"
[ "$out" = "before" ] || fail "long sleep printed: $out"
grep -q "time limit" "$tmp/err" || fail "no time-limit message: $(cat "$tmp/err")"
[ $((end - start)) -lt 10 ] || fail "sleeping blocked for $((end - start)) s"
echo "ok"
