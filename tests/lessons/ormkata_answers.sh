#!/bin/sh
# Grade every answer of tests/lessons/answers/ with ormkata itself, as
# tests/lessons/django_check.py grades them under real Django: good_*.py
# must pass (`ormkata check` exits 0), bad_*.py must fail (exit 1); and the
# reference solutions must pass while the starters fail (`ormkata lint`).
# Answers live in answers/<lesson>/<kata>/ (lesson 1's also in answers/<kata>/).
#   tests/lessons/ormkata_answers.sh [path/to/ormkata]
# Exit 0 when every answer is graded as Django grades it, 1 otherwise.
ORMKATA=${1:-${ORMKATA:-./ormkata}}
here=$(dirname "$0")
bad=0
grade() {   # grade KATA-ID FILE
    name=$(basename "$2")
    "$ORMKATA" check "$1" "$2" >/tmp/ormkata_answer.$$ 2>&1
    rc=$?
    case "$name" in good_*) want=0 ;; *) want=1 ;; esac
    if [ "$rc" = "$want" ]; then
        echo "ok    $1 $name (exit $rc)"
    else
        echo "FAIL  $1 $name: exit $rc, want $want"
        sed 's/^/      /' /tmp/ormkata_answer.$$ | head -20
        bad=$((bad + 1))
    fi
}
for dir in "$here"/answers/*/; do
    d=$(basename "$dir")
    if ls "$dir"*.py >/dev/null 2>&1; then
        for f in "$dir"*.py; do grade "01-lazy/$d" "$f"; done
    else
        for kdir in "$dir"*/; do
            for f in "$kdir"*.py; do
                [ -e "$f" ] && grade "$d/$(basename "$kdir")" "$f"
            done
        done
    fi
done
rm -f /tmp/ormkata_answer.$$
"$ORMKATA" lint "$here/../../lessons" || bad=$((bad + 1))
echo "$bad problems"
[ "$bad" = 0 ]
