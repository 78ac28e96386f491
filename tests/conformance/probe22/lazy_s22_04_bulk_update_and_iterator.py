# bulk_update's queries, iterator() and contains().
from blog.models import Entry
es = list(Entry.objects.filter(pk__lte=3).order_by("pk"))
for e in es:
    e.rating = 1
n = Entry.objects.bulk_update(es, ["rating"])
print(n, sorted(Entry.objects.filter(rating=1).values_list("pk", flat=True))[:5])
print(Entry.objects.bulk_update(es, ["rating", "number_of_comments"], batch_size=2))
try:
    Entry.objects.bulk_update(es, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    Entry.objects.bulk_update(es, ["id"])
except Exception as e:
    print(type(e).__name__, e)
it = Entry.objects.filter(pk__lt=4).order_by("pk").iterator(chunk_size=2)
print(next(it).pk, [e.pk for e in it])
print(Entry.objects.filter(pk__lt=5).contains(es[0]), Entry.objects.filter(pk__gt=5).contains(es[0]))
result = n
