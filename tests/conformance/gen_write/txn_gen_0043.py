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
def block():
    with transaction.atomic():
        print('Entry.objects.filter(pk=7).update(headline=Upper("headline"))', Entry.objects.filter(pk=7).update(headline=Upper("headline")))
        print('Account.objects.create(owner="X9", balance=Decimal("1.50")).balance', Account.objects.create(owner="X9", balance=Decimal("1.50")).balance)
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
run('Author.objects.filter(pk=1).delete()', lambda: Author.objects.filter(pk=1).delete())
run('Entry.objects.bulk_update([Entry(pk=1, rating=1), Entry(pk=2, rating=3)], ["rating"])', lambda: Entry.objects.bulk_update([Entry(pk=1, rating=1), Entry(pk=2, rating=3)], ["rating"]))
def block():
    with transaction.atomic():
        print('Entry.objects.count()', Entry.objects.count())
        print('save_entry(9)', save_entry(9))
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
run('Entry.objects.get(pk=9).delete()', lambda: Entry.objects.get(pk=9).delete())
for q in connection.queries:
    print(q['sql'])
result = (Entry.objects.count(), Blog.objects.count(), Author.objects.count())
