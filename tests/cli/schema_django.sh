#!/bin/sh
# schema_django.sh — the DDL django.db.models.schema generates from the
# model files (data/models/*.py) is byte for byte the DDL Django 5.2's
# migrate runs for them (../shared/conformance/django_schema.sql, recorded
# with ../shared/conformance/run.py --schema; its first line is a comment).
#
# Usage (from the repository root): tests/cli/schema_django.sh
#   ORMKATA  the binary (default ./ormkata)
#   CONF     the shared conformance folder (default ../shared/conformance)
# Prints "SKIP ..." and exits 0 when the binary or the reference is missing.
set -u
ORMKATA=${ORMKATA:-./ormkata}
CONF=${CONF:-../shared/conformance}
name=schema_django

[ -x "$ORMKATA" ] || { echo "SKIP $name: no $ORMKATA"; exit 0; }
[ -f "$CONF/django_schema.sql" ] || { echo "SKIP $name: no $CONF/django_schema.sql"; exit 0; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/schema.py" <<'PY'
import blog.models, books.models, bank.models
from django.db.models.schema import schema_statements, app_models
for s in schema_statements(app_models("blog", "books", "bank")):
    print(s + ";")
PY
"$ORMKATA" run "$tmp/schema.py" > "$tmp/ours.sql" 2>&1 || { echo "FAIL $name: ormkata run failed"; cat "$tmp/ours.sql"; exit 1; }
tail -n +2 "$CONF/django_schema.sql" > "$tmp/django.sql"
if ! cmp -s "$tmp/django.sql" "$tmp/ours.sql"; then
    echo "FAIL $name: generated DDL differs from Django's"
    diff "$tmp/django.sql" "$tmp/ours.sql" | head -20
    exit 1
fi
echo "ok $name: $(wc -l < "$tmp/ours.sql") statements identical to Django's"

# The tables ormkata's fixture actually has (engine/fixture.c's DDL, built
# into the database images) are the ones the models generate.
cat > "$tmp/master.py" <<'PY'
from django.db import connection
c = connection.cursor()
c.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%%'")
for (sql,) in c.fetchall():
    print(sql + ";")
PY
"$ORMKATA" run "$tmp/master.py" > "$tmp/master.sql" 2>&1 || { echo "FAIL $name: ormkata run failed"; cat "$tmp/master.sql"; exit 1; }
sort "$tmp/master.sql" > "$tmp/master.sorted"
sort "$tmp/ours.sql" > "$tmp/ours.sorted"
if ! cmp -s "$tmp/master.sorted" "$tmp/ours.sorted"; then
    echo "FAIL $name: the fixture's schema (engine/fixture.c) differs from the models' DDL"
    diff "$tmp/master.sorted" "$tmp/ours.sorted" | head -20
    exit 1
fi
echo "ok $name: the fixture database has exactly the models' tables and indexes"
