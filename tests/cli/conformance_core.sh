#!/bin/sh
# conformance_core.sh — the ORM answers tests/conformance/core/*.py exactly as
# Django 5.2 did (result, error, number of queries, every SQL string, stdout).
#
# Runs `ormkata run --json` on the corpus with the frozen clock and the corpus'
# fixture, then ../shared/conformance/compare.py -v against expected.jsonl
# (recorded from real Django; see tests/conformance/core/README.md).
#
# Usage (from the repository root): tests/cli/conformance_core.sh
#   ORMKATA             the binary (default ./ormkata)
#   CONF                the shared conformance folder (default ../shared/conformance)
#   CONFORMANCE_STRICT  1 (default): exit 1 when any snippet differs; 0:
#                       print the differences and the tally and exit 0.
# Prints "SKIP ..." and exits 0 when the binary or compare.py is missing.
set -u
ORMKATA=${ORMKATA:-./ormkata}
CONF=${CONF:-../shared/conformance}
CORE=tests/conformance/core
name=conformance_core

[ -x "$ORMKATA" ] || { echo "SKIP $name: no $ORMKATA"; exit 0; }
[ -f "$CONF/compare.py" ] || { echo "SKIP $name: no $CONF/compare.py"; exit 0; }
[ -f "$CORE/expected.jsonl" ] || { echo "FAIL $name: no $CORE/expected.jsonl"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Exit 1 only means some snippet raised (many do on purpose); anything else
# is a usage error, an internal error or a crash.
"$ORMKATA" run --json --now 2024-01-15T12:00:00 --fixture "$CORE/fixture.sql" \
    "$CORE"/*.py > "$tmp/actual.jsonl" 2> "$tmp/stderr"
rc=$?
if [ $rc -gt 1 ]; then
    echo "WARNING $name: ormkata run exited $rc; stderr:"
    head -n 20 "$tmp/stderr"
fi

python3 "$CONF/compare.py" -v "$CORE/expected.jsonl" "$tmp/actual.jsonl" > "$tmp/cmp" 2>&1
cmp_rc=$?
cat "$tmp/cmp"
if [ "${CONFORMANCE_STRICT:-1}" = 1 ] && { [ $cmp_rc != 0 ] || [ $rc -gt 1 ]; }; then
    echo "FAIL $name: differences from Django 5.2 (CONFORMANCE_STRICT=1)"
    exit 1
fi
exit 0
