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
