#!/bin/sh
# run_sql_json.sh — `ormkata run --json` reports the SQL a program ran through
# django.db's raw cursor (queries with Django-style filled-in parameters, line,
# kind, rows; count), `--sql` prints them to stderr, `--variant 2` changes the
# data, and `--fixture F.sql` runs on F's rows only.
#
# Usage (from the repository root): tests/cli/run_sql_json.sh
#   ORMKATA  the binary (default ./ormkata)
# Exits 1 with a message on failure.
set -eu
ORMKATA=${ORMKATA:-./ormkata}
[ -x "$ORMKATA" ] || { echo "SKIP no binary $ORMKATA"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "run_sql_json: $*" >&2; exit 1; }

cat > "$tmp/p.py" <<'PY'
from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT name FROM blog_blog WHERE id = %s", [1])
    row = c.fetchone()
    c.execute("UPDATE blog_entry SET rating = %s WHERE id <= %s", [5, 2])
result = (type(row[0]).__name__, c.rowcount)
PY
out=$("$ORMKATA" run --json "$tmp/p.py")
want='"result": "('"'"'str'"'"', 2)", "error": null, "queries": [{"sql": "SELECT name FROM blog_blog WHERE id = 1", "line": 3, "kind": "SELECT", "rows": 1, "ms": '
case $out in *"$want"*) ;; *) fail "unexpected --json output: $out";; esac
case $out in *'{"sql": "UPDATE blog_entry SET rating = 5 WHERE id <= 2", "line": 5, "kind": "UPDATE", "rows": 2, "ms": '*'}], "count": 2}') ;;
    *) fail "UPDATE entry or count missing: $out";; esac

# --sql: numbered statements with their source line, on stderr only
NO_COLOR=1 "$ORMKATA" run --sql "$tmp/p.py" > "$tmp/o" 2> "$tmp/e" || fail "--sql run failed"
[ ! -s "$tmp/o" ] || fail "--sql wrote to stdout"
grep -q '^\[1\] p.py:3  SELECT name FROM blog_blog WHERE id = 1  (1 row, ' "$tmp/e" || fail "--sql line 1: $(cat "$tmp/e")"
grep -q '^\[2\] p.py:5  UPDATE blog_entry SET rating = 5 WHERE id <= 2  (2 changed, ' "$tmp/e" || fail "--sql line 2: $(cat "$tmp/e")"
if grep -q "$(printf '\033')" "$tmp/e"; then fail "--sql coloured with NO_COLOR"; fi

# --variant 2 is other data; --fixture loads only its rows
cat > "$tmp/v.py" <<'PY'
from django.db import connection
c = connection.cursor()
c.execute("SELECT name FROM blog_blog ORDER BY id LIMIT 1")
result = c.fetchone()[0]
PY
r1=$("$ORMKATA" run --json "$tmp/v.py" | sed 's/.*"result": \("[^"]*"\).*/\1/')
r2=$("$ORMKATA" run --json --variant 2 "$tmp/v.py" | sed 's/.*"result": \("[^"]*"\).*/\1/')
[ "$r1" != "$r2" ] || fail "--variant 2 gives the same first blog name ($r1)"
echo "INSERT INTO blog_blog (id, name, tagline) VALUES (7, 'Only blog', 't');" > "$tmp/f.sql"
r3=$("$ORMKATA" run --json --fixture "$tmp/f.sql" "$tmp/v.py")
case $r3 in *'"result": "'"'"'Only blog'"'"'"'*) ;; *) fail "--fixture not used: $r3";; esac
# Several files in one process: each starts from a pristine database and
# interpreter (the first one's writes and monkeypatching do not leak), the
# JSON lines come in file order, and the status is the worst file's; the
# same with -j 3 (three at a time).
cat > "$tmp/b1.py" <<'PY'
from blog.models import Entry, Blog
Blog.__str__ = lambda self: "patched"
Entry.objects.all().delete()
result = Entry.objects.count()
PY
cat > "$tmp/b2.py" <<'PY'
from blog.models import Entry, Blog
result = (Entry.objects.count(), str(Blog.objects.get(pk=1)) != "patched")
PY
cat > "$tmp/b3.py" <<'PY'
raise ValueError("third")
PY
one=$("$ORMKATA" run --json "$tmp/b2.py" | sed 's/.*"result": "\([^"]*\)".*/\1/')
case $one in "("[1-9]*", True)") ;; *) fail "b2.py alone: $one";; esac
for mode in fork nofork jobs; do
    if [ $mode = nofork ]; then export ORMKATA_NO_FORK=1; fi
    jobs=1
    if [ $mode = jobs ]; then jobs=3; fi
    st=0
    "$ORMKATA" run -j $jobs --json "$tmp/b1.py" "$tmp/b2.py" "$tmp/b3.py" "$tmp/b2.py" > "$tmp/batch" 2> "$tmp/batch.err" || st=$?
    unset ORMKATA_NO_FORK
    [ "$st" = 1 ] || fail "batch ($mode) exit status $st, want 1"
    files=$(sed 's/^{"file": "\([^"]*\)".*/\1/' "$tmp/batch" | tr '\n' ' ')
    [ "$files" = "b1.py b2.py b3.py b2.py " ] || fail "batch ($mode) order: $files"
    sed -n 1p "$tmp/batch" | grep -q '"result": "0"' || fail "batch ($mode) b1: $(sed -n 1p "$tmp/batch")"
    for n in 2 4; do
        r=$(sed -n ${n}p "$tmp/batch" | sed 's/.*"result": "\([^"]*\)".*/\1/')
        [ "$r" = "$one" ] || fail "batch ($mode) line $n: $r, alone: $one (state leaked between files)"
    done
    sed -n 3p "$tmp/batch" | grep -q '"error": "ValueError: third"' || fail "batch ($mode) b3: $(sed -n 3p "$tmp/batch")"
done

# -j without --json: each file's output and traceback come in file order
printf 'print("one")\n' > "$tmp/o1.py"
printf 'print("two")\nraise KeyError("k")\n' > "$tmp/o2.py"
printf 'for i in range(3):\n    print("three", i)\n' > "$tmp/o3.py"
st=0
"$ORMKATA" run -j 2 "$tmp/o1.py" "$tmp/o2.py" "$tmp/o3.py" > "$tmp/jo" 2> "$tmp/je" || st=$?
[ "$st" = 1 ] || fail "-j 2 plain: exit $st"
[ "$(tr '\n' '|' < "$tmp/jo")" = "one|two|three 0|three 1|three 2|" ] || fail "-j 2 plain stdout: $(cat "$tmp/jo")"
tail -n 1 "$tmp/je" | grep -q "^KeyError: 'k'$" || fail "-j 2 plain stderr: $(cat "$tmp/je")"
"$ORMKATA" run -j -1 "$tmp/o1.py" > /dev/null 2>&1 && fail "-j -1 accepted"
echo "ok"
