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
echo "ok"
