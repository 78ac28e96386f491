#!/bin/sh
# tests/conformance/check.sh NAME — the ORM answers tests/conformance/NAME/*.py
# exactly as Django 5.2 did (result, error, number of queries, every SQL
# string, stdout): `ormkata run --json` with the clock frozen at 2024-01-15
# 12:00 on tests/conformance/fixture.sql (a copy of the shared conformance
# fixture, so the corpora do not move when ../shared does), then
# ../shared/conformance/compare.py -v against NAME/expected.jsonl, which was
# recorded from real Django (see NAME/README.md).
#
# Run from the repository root. ORMKATA is the binary (default ./ormkata),
# CONF the shared conformance folder (default ../shared/conformance).
# Exit 1 on any difference not listed in NAME/KNOWN_DIFFERENCES (see below), or when ormkata crashes or fails internally
# (exit 1 from `run` alone only means some snippet raised, which many do on
# purpose); "SKIP …" and exit 0 when the binary or compare.py is missing,
# 77 without python3.
set -u
corpus=${1:?usage: tests/conformance/check.sh NAME}
ORMKATA=${ORMKATA:-./ormkata}
CONF=${CONF:-../shared/conformance}
DIR=tests/conformance/$corpus
name=conformance_$corpus

command -v python3 > /dev/null 2>&1 || { echo "SKIP $name: no python3"; exit 77; }
[ -x "$ORMKATA" ] || { echo "SKIP $name: no $ORMKATA"; exit 0; }
[ -f "$CONF/compare.py" ] || { echo "SKIP $name: no $CONF/compare.py"; exit 0; }
[ -f "$DIR/expected.jsonl" ] || { echo "FAIL $name: no $DIR/expected.jsonl"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$ORMKATA" run --json --now 2024-01-15T12:00:00 --fixture tests/conformance/fixture.sql \
    "$DIR"/*.py > "$tmp/actual.jsonl" 2> "$tmp/stderr"
rc=$?
if [ $rc -gt 1 ]; then
    echo "FAIL $name: ormkata run exited $rc; stderr:"
    head -n 20 "$tmp/stderr"
    exit 1
fi
if python3 "$CONF/compare.py" -v "$DIR/expected.jsonl" "$tmp/actual.jsonl" > "$tmp/cmp" 2>&1; then
    diffs=""
else
    diffs=$(sed -n 's/^FAIL \([^:]*\.py\):.*/\1/p' "$tmp/cmp" | sort)
    [ -n "$diffs" ] || { cat "$tmp/cmp"; echo "FAIL $name: compare.py failed"; exit 1; }
fi
# NAME/KNOWN_DIFFERENCES, when there is one, lists snippets that still
# differ from Django ("file.py  why", # comments): those are reported, not
# failed; any other difference fails, and so does a listed snippet that
# now matches (take it off the list).
known=""
[ -f "$DIR/KNOWN_DIFFERENCES" ] && known=$(sed -e 's/#.*//' -e 's/[[:space:]].*//' "$DIR/KNOWN_DIFFERENCES" | grep . | sort)
new=$(printf '%s\n' "$diffs" | grep . | while read -r f; do printf '%s\n' "$known" | grep -qx "$f" || echo "$f"; done)
fixed=$(printf '%s\n' "$known" | grep . | while read -r f; do printf '%s\n' "$diffs" | grep -qx "$f" || echo "$f"; done)
for f in $known; do
    [ -f "$DIR/$f" ] || { echo "FAIL $name: $DIR/KNOWN_DIFFERENCES lists $f, which is not in the corpus"; exit 1; }
done
if [ -n "$new" ]; then
    cat "$tmp/cmp"
    echo "FAIL $name: differences from Django 5.2:" $new
    exit 1
fi
if [ -n "$fixed" ]; then
    echo "FAIL $name: now identical to Django, take off $DIR/KNOWN_DIFFERENCES:" $fixed
    exit 1
fi
tail -n 2 "$tmp/cmp"
[ -n "$known" ] && echo "($(printf '%s\n' "$known" | grep -c .) known differences listed in $DIR/KNOWN_DIFFERENCES)"
exit 0
