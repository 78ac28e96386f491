#!/bin/sh
# kata_grade.sh — `ormkata grade` in every format on a workspace where one
# kata passes, one fails and one has no answer: JUnit validated by xmllint
# against tests/data/katas/junit.xsd, JSON and Gradescope through python3's
# json module, TAP 14 structure; --out, exit codes, and that grading writes
# nothing into the workspace or the lessons.
set -u
ORMKATA=${ORMKATA:-./ormkata}
name=kata_grade
fail() { echo "FAIL $name: $*" >&2; exit 1; }
D=tests/data/katas
L="--lessons $D/good"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/ws
mkdir -p "$ws/01-basics" "$ws/02-sql"
"$ORMKATA" solution $L --workspace "$tmp/other" --force 02-sql/01-count > "$ws/02-sql/01-count.py" \
    || fail "solution --force"
printf 'def shout(s):\n    return "HI!"\n' > "$ws/01-basics/02-shout.py"   # hard-coded
want="01-basics/01-total=failed,01-basics/02-shout=failed,02-sql/01-count=passed"
before=$(ls -lR --time-style=full-iso "$ws" "$D/good" | md5sum)

for fmt in json junit tap gradescope text; do
    "$ORMKATA" grade $L --format $fmt "$ws" > "$tmp/$fmt" 2> "$tmp/err"; rc=$?
    [ $rc = 1 ] || { cat "$tmp/err"; fail "$fmt: exit $rc, expected 1"; }
    [ -s "$tmp/err" ] && { cat "$tmp/err"; fail "$fmt: wrote to stderr"; }
    case $fmt in
    junit)
        xmllint --noout --schema "$D/junit.xsd" "$tmp/junit" 2> "$tmp/xerr" \
            || { cat "$tmp/xerr"; fail "junit does not validate"; } ;;
    text)
        grep -q '^1/3 katas passed, 10/18 points$' "$tmp/text" || fail "text: no tally" ;;
    esac
    if [ $fmt != text ]; then
        python3 "$D/check_reports.py" $fmt "$tmp/$fmt" "$want" || fail "$fmt structure"
    fi
done
python3 - "$tmp/gradescope" <<'PY' || fail "gradescope scores"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["score"] == 10 and d["max_score"] == 18, (d["score"], d["max_score"])
PY

# --out writes the file (and nothing on stdout); all passing is exit 0
for k in 01-basics/01-total 01-basics/02-shout; do
    "$ORMKATA" solution $L --workspace "$tmp/other" --force $k > "$ws/$k.py"
done
before=$(ls -lR --time-style=full-iso "$ws" "$D/good" | md5sum)
"$ORMKATA" grade $L --format junit --out "$tmp/out.xml" "$ws" > "$tmp/stdout"; rc=$?
[ $rc = 0 ] || fail "all passing: exit $rc"
[ -s "$tmp/stdout" ] && fail "--out also wrote to stdout"
xmllint --noout --schema "$D/junit.xsd" "$tmp/out.xml" 2>/dev/null || fail "--out junit does not validate"
python3 "$D/check_reports.py" junit "$tmp/out.xml" \
    "01-basics/01-total=passed,01-basics/02-shout=passed,02-sql/01-count=passed" || fail "--out junit"
after=$(ls -lR --time-style=full-iso "$ws" "$D/good" | md5sum)
[ "$before" = "$after" ] || fail "grading changed the workspace or the lessons"

# two workspaces: one testsuite each
"$ORMKATA" grade $L --format json "$ws" "$ws" > "$tmp/two.json" || fail "two workspaces"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["workspaces"]) == 2 and d["total"] == 6' \
    "$tmp/two.json" || fail "two workspaces json"

# usage errors: exit 2
"$ORMKATA" grade $L --format yaml "$ws" > /dev/null 2>&1; [ $? = 2 ] || fail "unknown format: not exit 2"
"$ORMKATA" grade $L "$tmp/none" > /dev/null 2>&1; [ $? = 2 ] || fail "missing DIR: not exit 2"
"$ORMKATA" grade $L > /dev/null 2>&1; [ $? = 2 ] || fail "no DIR: not exit 2"
"$ORMKATA" grade --help | grep -q 'usage: ormkata grade' || fail "grade --help"
exit 0
