#!/bin/sh
# tests/lang/gen_expected.sh [NAME...] — regenerate the expected files of
# the language tests with CPython 3.11 (the reference; `make lang-expected`).
#
# For each tests/lang/NAME.py (all of them, or the NAMEs given, with or
# without .py), run from tests/lang/ as `python3 NAME.py`, stdin empty:
#   NAME.out   its stdout (always written, possibly empty)
#   NAME.err   its stderr with every `File "/some/dir/X.py"` made
#              `File "X.py"`; removed when stderr is empty
#   NAME.code  its exit status; removed when it is 0
# Skipped: helper modules (_*.py) and files whose first line contains
# "ormkata-only" (their expected files are written by hand). See README.md.
# Refuses to run unless python3 (or $PYTHON) is CPython 3.11.x.
set -u
cd "$(dirname "$0")" || exit 2
PY=${PYTHON:-python3}

if ! command -v "$PY" > /dev/null 2>&1; then
    echo "gen_expected.sh: $PY not found; CPython 3.11 is needed" >&2
    exit 1
fi
ver=$("$PY" -c 'import sys, platform; print(platform.python_implementation(), "%d.%d.%d" % sys.version_info[:3])')
case $ver in
"CPython 3.11."*) ;;
*) echo "gen_expected.sh: $PY is $ver; refusing (expected files come from CPython 3.11.x)" >&2
   exit 1 ;;
esac

if [ $# -gt 0 ]; then
    files=""
    for n in "$@"; do files="$files ${n%.py}.py"; done
else
    files=$(ls *.py 2> /dev/null)
fi

export LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS
n=0
for f in $files; do
    case $f in _*) continue ;; esac
    if [ ! -f "$f" ]; then echo "gen_expected.sh: no $f" >&2; exit 1; fi
    if head -n 1 "$f" | grep -q 'ormkata-only'; then
        echo "  skip  $f (ormkata-only)"
        continue
    fi
    base=${f%.py}
    "$PY" -s "$f" > "$base.out" 2> "$base.err.tmp" < /dev/null
    rc=$?
    sed -E 's#File "([^"]*/)?([^"/]+)"#File "\2"#g' "$base.err.tmp" > "$base.err"
    rm -f "$base.err.tmp"
    [ -s "$base.err" ] || rm -f "$base.err"
    if [ $rc = 0 ]; then rm -f "$base.code"; else echo $rc > "$base.code"; fi
    echo "  wrote $base.out$([ -f "$base.err" ] && echo " $base.err")$([ $rc != 0 ] && echo " $base.code ($rc)")"
    n=$((n + 1))
done
echo "gen_expected.sh: $n test(s) regenerated with $ver"
