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
run('Entry.objects.count()', lambda: Entry.objects.count())
def block():
    with transaction.atomic():
        print('Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})[1]', Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})[1])
        print('Blog.objects.get_or_create(name="Fresh 5", defaults={"tagline": "x"})[1]', Blog.objects.get_or_create(name="Fresh 5", defaults={"tagline": "x"})[1])
        print('Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})[1]', Blog.objects.get_or_create(name="Beatles Blog", defaults={"tagline": "x"})[1])
        raise ValueError('roll back')
    return Entry.objects.count(), Blog.objects.count()
run('block', block)
run('refresh(6)', lambda: refresh(6))
for q in connection.queries:
    print(q['sql'])
result = (Entry.objects.count(), Blog.objects.count(), Author.objects.count())
