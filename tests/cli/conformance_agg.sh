#!/bin/sh
# conformance_agg.sh — aggregation and query expressions answer
# tests/conformance/agg/*.py exactly as Django 5.2 did (result, error, number
# of queries, every SQL string, stdout), on the shared conformance fixture.
#
# Runs `ormkata run --json` with the frozen clock and
# ../shared/conformance/fixture.sql, then ../shared/conformance/compare.py -v
# against tests/conformance/agg/expected.jsonl (recorded from real Django; see
# tests/conformance/agg/README.md). Exits 1 on any difference.
#
# Usage (from the repository root): tests/cli/conformance_agg.sh
#   ORMKATA  the binary (default ./ormkata)
#   CONF     the shared conformance folder (default ../shared/conformance)
# Exits 77 (skip) when python3 is missing; 0 with "SKIP" when the binary or
# the shared harness is absent.
set -u
ORMKATA=${ORMKATA:-./ormkata}
CONF=${CONF:-../shared/conformance}
DIR=tests/conformance/agg
name=conformance_agg

command -v python3 > /dev/null 2>&1 || { echo "SKIP $name: no python3"; exit 77; }
[ -x "$ORMKATA" ] || { echo "SKIP $name: no $ORMKATA"; exit 0; }
[ -f "$CONF/compare.py" ] && [ -f "$CONF/fixture.sql" ] || { echo "SKIP $name: no $CONF"; exit 0; }
[ -f "$DIR/expected.jsonl" ] || { echo "FAIL $name: no $DIR/expected.jsonl"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Exit 1 only means some snippet raised (some do on purpose); anything else
# is a usage error, an internal error or a crash.
"$ORMKATA" run --json --now 2024-01-15T12:00:00 --fixture "$CONF/fixture.sql" \
    "$DIR"/*.py > "$tmp/actual.jsonl" 2> "$tmp/stderr"
rc=$?
if [ $rc -gt 1 ]; then
    echo "FAIL $name: ormkata run exited $rc; stderr:"
    head -n 20 "$tmp/stderr"
    exit 1
fi
if ! python3 "$CONF/compare.py" -v "$DIR/expected.jsonl" "$tmp/actual.jsonl" > "$tmp/cmp" 2>&1; then
    cat "$tmp/cmp"
    echo "FAIL $name: differences from Django 5.2"
    exit 1
fi
tail -n 1 "$tmp/cmp"
exit 0
