#!/bin/sh
# Grade every answer of tests/lessons/answers/ with ormkata itself, as
# tests/lessons/django_check.py grades them under real Django: good_*.py
# must pass (`ormkata check` exits 0), bad_*.py must fail (exit 1); and the
# reference solutions must pass while the starters fail (`ormkata lint`).
#   tests/lessons/ormkata_answers.sh [path/to/ormkata]
# Exit 0 when every answer is graded as Django grades it, 1 otherwise.
ORMKATA=${1:-${ORMKATA:-./ormkata}}
here=$(dirname "$0")
bad=0
for dir in "$here"/answers/*/; do
    kata=01-lazy/$(basename "$dir")
    for f in "$dir"*.py; do
        name=$(basename "$f")
        "$ORMKATA" check "$kata" "$f" >/tmp/ormkata_answer.$$ 2>&1
        rc=$?
        case "$name" in good_*) want=0 ;; *) want=1 ;; esac
        if [ "$rc" = "$want" ]; then
            echo "ok    $kata $name (exit $rc)"
        else
            echo "FAIL  $kata $name: exit $rc, want $want"
            sed 's/^/      /' /tmp/ormkata_answer.$$ | head -20
            bad=$((bad + 1))
        fi
    done
done
rm -f /tmp/ormkata_answer.$$
"$ORMKATA" lint "$here/../../lessons" || bad=$((bad + 1))
echo "$bad problems"
[ "$bad" = 0 ]
