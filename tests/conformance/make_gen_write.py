"""tests/conformance/make_gen_write.py SEED OUTDIR COUNT PREFIX — write
COUNT random sequences of writes as conformance snippets PREFIX_NNNN.py:
create, save (new, changed, update_fields), update() with F, delete() of
instances and QuerySets (CASCADE to entries, PROTECT, SET_NULL),
get_or_create, update_or_create, bulk_create, bulk_update, M2M add/remove/
set/clear, refresh_from_db, inside and outside atomic() blocks with
savepoint rollbacks and IntegrityErrors, printing each result and the
statements it ran. See make_gen.py for how a corpus is recorded."""
import os
import random
import sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/genwrite"
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 200
PREFIX = sys.argv[4] if len(sys.argv) > 4 else "txn_gen"
os.makedirs(OUT, exist_ok=True)

OPS = [
    'Blog.objects.create(name="New %d", tagline="t").pk',
    'Entry.objects.filter(rating__lt=%d).update(rating=F("rating") + 1)',
    'Entry.objects.filter(pk=%d).update(headline=Upper("headline"))',
    'Entry.objects.filter(pk__gt=%d).delete()',
    'Blog.objects.filter(pk=%d).delete()',
    'Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})[1]',
    'Blog.objects.get_or_create(name="Fresh %d", defaults={"tagline": "x"})[1]',
    'Blog.objects.update_or_create(name="Django Diary", defaults={"tagline": "upd %d"})[1]',
    'len(Author.objects.bulk_create([Author(name="A%d", email="a@x.org"), Author(name="B", email="b@x.org")]))',
    'Entry.objects.bulk_update([Entry(pk=1, rating=%d), Entry(pk=2, rating=3)], ["rating"])',
    'save_entry(%d)',
    'save_fields(%d)',
    'm2m(%d)',
    'Entry.objects.get(pk=%d).delete()',
    'Author.objects.filter(pk=%d).delete()',
    'refresh(%d)',
    'Entry.objects.count()',
    'Blog.objects.create(name=None).pk',
    'Account.objects.filter(pk=1).update(balance=F("balance") - %d)',
    'Account.objects.create(owner="X%d", balance=Decimal("1.50")).balance',
]
HELPERS = '''
def save_entry(n):
    e = Entry.objects.get(pk=n)
    e.rating = (e.rating or 0) + 1
    e.save()
    return e.rating
def save_fields(n):
    e = Entry.objects.get(pk=n)
    e.headline = "changed"
    e.save(update_fields=["headline"])
    return e.headline
def m2m(n):
    e = Entry.objects.get(pk=n)
    e.authors.add(1, 2)
    e.authors.remove(2)
    before = sorted(a.pk for a in e.authors.all())
    e.authors.set([3])
    after = sorted(e.authors.values_list("pk", flat=True))
    e.authors.clear()
    return before, after, e.authors.count()
def refresh(n):
    e = Entry.objects.get(pk=n)
    Entry.objects.filter(pk=n).update(rating=42)
    e.refresh_from_db()
    return e.rating
'''


def call(op):
    return op % random.randint(1, 9) if "%d" in op else op


def snippet(i):
    lines = ["from decimal import Decimal",
             "from django.db import connection, transaction, IntegrityError",
             "from django.db.models import F, ProtectedError",
             "from django.db.models.functions import Upper",
             "from blog.models import Entry, Blog, Author",
             "from bank.models import Account"] + HELPERS.strip("\n").split("\n") + [
             "def run(label, fn):",
             "    n = len(connection.queries)",
             "    try:",
             "        v = fn()",
             "    except Exception as e:",
             "        v = '%s: %s' % (type(e).__name__, e)",
             "    print(label, v, len(connection.queries) - n)",
             ]
    for _ in range(random.randint(2, 5)):
        kind = random.random()
        if kind < 0.5:
            op = call(random.choice(OPS))
            lines.append("run(%r, lambda: %s)" % (op, op))
        else:
            ops = [call(random.choice(OPS)) for _ in range(random.randint(1, 3))]
            body = ["def block():", "    with transaction.atomic():"]
            for op in ops:
                body.append("        print(%r, %s)" % (op, op))
            if random.random() < 0.5:
                body.append("        sid = transaction.savepoint()")
                body.append("        print('in sp', %s)" % call(random.choice(OPS)))
                body.append("        transaction.savepoint_rollback(sid)")
            if random.random() < 0.4:
                body.append("        raise ValueError('roll back')")
            body.append("    return Entry.objects.count(), Blog.objects.count()")
            lines += body
            lines.append("run('block', block)")
    lines += ["for q in connection.queries:", "    print(q['sql'])",
              "result = (Entry.objects.count(), Blog.objects.count(), Author.objects.count())"]
    with open(os.path.join(OUT, "%s_%04d.py" % (PREFIX, i)), "w") as f:
        f.write("\n".join(lines) + "\n")


for i in range(COUNT):
    snippet(i)
