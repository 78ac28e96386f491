#!/bin/sh
# lessons_answers.sh — every alternative answer in tests/lessons/answers/ is
# graded by ormkata as real Django 5.2 grades it (good_* pass, bad_* fail,
# including the ones that try to fool the grader), and every reference
# solution passes while every starter fails (tests/lessons/ormkata_answers.sh;
# the Django side is tests/lessons/django_check.py).
# timeout: 120
set -u
ORMKATA=${ORMKATA:-./ormkata}
[ -x "$ORMKATA" ] || { echo "SKIP lessons_answers: no $ORMKATA"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Attempts are recorded in a workspace: keep them out of the user's.
ORMKATA_WORKSPACE=$tmp/ws
export ORMKATA_WORKSPACE
out=$(sh tests/lessons/ormkata_answers.sh "$ORMKATA" 2>&1)
rc=$?
echo "$out" | grep -v '^ok ' | tail -n 40
exit $rc
