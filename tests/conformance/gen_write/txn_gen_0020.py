from decimal import Decimal
from django.db import connection, transaction, IntegrityError
from django.db.models import F, ProtectedError
from django.db.models.functions import Upper
from blog.models import Entry, Blog, Author
from bank.models import Account
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
def run(label, fn):
    n = len(connection.queries)
    try:
        v = fn()
    except Exception as e:
        v = '%s: %s' % (type(e).__name__, e)
    print(label, v, len(connection.queries) - n)
run('Blog.objects.create(name=None).pk', lambda: Blog.objects.create(name=None).pk)
def block():
    with transaction.atomic():
        print('Entry.objects.filter(pk=1).update(headline=Upper("headline"))', Entry.objects.filter(pk=1).update(headline=Upper("headline")))
        print('Blog.objects.create(name="New 5", tagline="t").pk', Blog.objects.create(name="New 5", tagline="t").pk)
        print('save_fields(8)', save_fields(8))
        sid = transaction.savepoint()
        print('in sp', Blog.objects.filter(pk=2).delete())
        transaction.savepoint_rollback(sid)
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
def block():
    with transaction.atomic():
        print('Entry.objects.count()', Entry.objects.count())
        raise ValueError('roll back')
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
def block():
    with transaction.atomic():
        print('save_entry(5)', save_entry(5))
        sid = transaction.savepoint()
        print('in sp', Entry.objects.count())
        transaction.savepoint_rollback(sid)
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
def block():
    with transaction.atomic():
        print('Blog.objects.get_or_create(name="Fresh 3", defaults={"tagline": "x"})[1]', Blog.objects.get_or_create(name="Fresh 3", defaults={"tagline": "x"})[1])
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
for q in connection.queries:
    print(q['sql'])
result = (Entry.objects.count(), Blog.objects.count(), Author.objects.count())
