# dates()/datetimes(), nulls ordering, distinct on fields.
from django.db.models import F
from blog.models import Entry
print(list(Entry.objects.dates("pub_date", "year"))[:3])
print(list(Entry.objects.filter(pk__lt=10).dates("pub_date", "month", order="DESC"))[:2])
print([e.pk for e in Entry.objects.order_by(F("rating").desc(nulls_last=True), "pk")[:3]])
print([e.pk for e in Entry.objects.order_by(F("rating").asc(nulls_first=True), "-pk")[:3]])
try:
    print(list(Entry.objects.order_by("blog").distinct("blog")))
except Exception as e:
    print(type(e).__name__, e)
try:
    Entry.objects.dates("pub_date", "hour")
except Exception as e:
    print(type(e).__name__, e)
result = list(Entry.objects.dates("pub_date", "year"))[-1]
