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
        print('m2m(5)', m2m(5))
        print('Blog.objects.update_or_create(name="Django Diary", defaults={"tagline": "upd 5"})[1]', Blog.objects.update_or_create(name="Django Diary", defaults={"tagline": "upd 5"})[1])
        print('Blog.objects.create(name=None).pk', Blog.objects.create(name=None).pk)
        sid = transaction.savepoint()
        print('in sp', Account.objects.create(owner="X9", balance=Decimal("1.50")).balance)
        transaction.savepoint_rollback(sid)
        raise ValueError('roll back')
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
run('Entry.objects.get(pk=5).delete()', lambda: Entry.objects.get(pk=5).delete())
def block():
    with transaction.atomic():
        print('Blog.objects.create(name=None).pk', Blog.objects.create(name=None).pk)
        print('len(Author.objects.bulk_create([Author(name="A9", email="a@x.org"), Author(name="B", email="b@x.org")]))', len(Author.objects.bulk_create([Author(name="A9", email="a@x.org"), Author(name="B", email="b@x.org")])))
        sid = transaction.savepoint()
        print('in sp', Blog.objects.filter(pk=7).delete())
        transaction.savepoint_rollback(sid)
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
def block():
    with transaction.atomic():
        print('Blog.objects.create(name=None).pk', Blog.objects.create(name=None).pk)
        sid = transaction.savepoint()
        print('in sp', Blog.objects.create(name=None).pk)
        transaction.savepoint_rollback(sid)
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
def block():
    with transaction.atomic():
        print('Account.objects.filter(pk=1).update(balance=F("balance") - 1)', Account.objects.filter(pk=1).update(balance=F("balance") - 1))
        print('Account.objects.create(owner="X5", balance=Decimal("1.50")).balance', Account.objects.create(owner="X5", balance=Decimal("1.50")).balance)
        print('Author.objects.filter(pk=3).delete()', Author.objects.filter(pk=3).delete())
        sid = transaction.savepoint()
        print('in sp', Account.objects.filter(pk=1).update(balance=F("balance") - 3))
        transaction.savepoint_rollback(sid)
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
for q in connection.queries:
    print(q['sql'])
result = (Entry.objects.count(), Blog.objects.count(), Author.objects.count())
