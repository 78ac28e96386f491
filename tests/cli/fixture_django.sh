#!/bin/sh
# fixture_django.sh — the fixture loads into real Django 5.2 and answers ORM queries.
#
# Checks the `ormkata fixture` contract end to end: data/models/*.py make
# exactly Django's schema (../shared/conformance/django_schema.sql), and the
# INSERTs of variants 1 and 2 load into the tables Django creates (no foreign
# key warnings) and give sensible answers through Django's own ORM.
#
# Usage (from the repository root): tests/cli/fixture_django.sh
#   ORMKATA  the binary (default ./ormkata)
#   DJANGO   a Django 5.2 tree from ../shared/conformance/get_newer_django.sh
#            (default /tmp/django-5.2.18)
#   CONF     the conformance folder (default ../shared/conformance)
# Prints "SKIP ..." and exits 0 when the binary, Django or CONF is missing;
# exits 1 with a message on failure.
set -eu
ORMKATA=${ORMKATA:-./ormkata}
DJANGO=${DJANGO:-/tmp/django-5.2.18}
CONF=${CONF:-../shared/conformance}
name=fixture_django

[ -x "$ORMKATA" ] || { echo "SKIP $name: no $ORMKATA"; exit 0; }
[ -d "$DJANGO/django" ] || { echo "SKIP $name: no Django at $DJANGO"; exit 0; }
[ -f "$CONF/run.py" ] || { echo "SKIP $name: no $CONF/run.py"; exit 0; }
fail() { echo "FAIL $name: $*" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/apps"
cp "$CONF/run.py" "$tmp/run.py"
chmod u+x "$tmp/run.py"   # its #! line picks the Python that has asgiref
for app in blog books bank; do
    mkdir "$tmp/apps/$app"
    : > "$tmp/apps/$app/__init__.py"
    cp "data/models/$app.py" "$tmp/apps/$app/models.py"
done

# 1. Our model files make Django's schema, byte for byte.
"$tmp/run.py" --django-path "$DJANGO" --schema - | tail -n +2 > "$tmp/schema.sql"
tail -n +2 "$CONF/django_schema.sql" | cmp -s - "$tmp/schema.sql" \
    || fail "data/models/*.py do not give django_schema.sql's DDL"

# 2. Each variant loads and answers through the ORM.
cat > "$tmp/q.py" <<'PY'
from django.db.models import Avg, Count
from blog.models import Author, Blog, Entry
from books.models import Book, Publisher, Store
from bank.models import Account, Transfer
years = Entry.objects.dates('pub_date', 'year')
result = {
    'blogs': Blog.objects.count(), 'authors': Author.objects.count(),
    'entries': Entry.objects.count(), 'books': Book.objects.count(),
    'publishers': Publisher.objects.count(), 'stores': Store.objects.count(),
    'accounts': Account.objects.count(), 'transfers': Transfer.objects.count(),
    'first_year': years.first().year, 'last_year': years.last().year,
    'beatles': Blog.objects.get(name='Beatles Blog').entry_set.count(),
    'lennon': Entry.objects.filter(headline__icontains='lennon').count(),
    'no_authors': Entry.objects.filter(authors__isnull=True).count(),
    'empty_blogs': Blog.objects.annotate(n=Count('entry')).filter(n=0).count(),
    'avg_price': str(Book.objects.aggregate(p=Avg('price'))['p'])[:5],
    'corner': Store.objects.get(name='Corner Shop').books.count(),
    'first_transfer': str(Transfer.objects.order_by('created').first().created)[:4],
}
PY
for v in 1 2; do
    "$ORMKATA" fixture --variant "$v" > "$tmp/f$v.sql" || fail "ormkata fixture --variant $v failed"
    "$tmp/run.py" --bare --django-path "$DJANGO" --fixture "$tmp/f$v.sql" "$tmp/q.py" \
        > "$tmp/out$v.json" 2> "$tmp/err$v.txt" || fail "variant $v: $(cat "$tmp/err$v.txt")"
    [ ! -s "$tmp/err$v.txt" ] || fail "variant $v: $(cat "$tmp/err$v.txt")"
    python3 - "$tmp/out$v.json" "$v" <<'PY' || fail "variant $v: unexpected answers (above)"
import ast, json, sys
rec = json.loads(open(sys.argv[1]).readline())
if rec["error"]:
    sys.exit(print(rec["error"]))
r = ast.literal_eval(rec["result"])
ok = (r["blogs"] >= 20 and r["authors"] >= 50 and r["entries"] >= 5000 and r["books"] >= 500
      and r["publishers"] == 10 and r["stores"] == 20 and r["accounts"] >= 10 and r["transfers"] > 0
      and r["first_year"] == 2005 and r["last_year"] == 2025 and r["beatles"] > 0
      and r["lennon"] > 0 and r["no_authors"] > 0 and r["empty_blogs"] == 1 and r["corner"] == 3
      and r["first_transfer"] == "2022")
print("variant %s: %r" % (sys.argv[2], r))
sys.exit(0 if ok else 1)
PY
done
cmp -s "$tmp/out1.json" "$tmp/out2.json" && fail "variants 1 and 2 give the same answers"
echo "PASS $name"
