# Integer lookups: a float bound is rounded up for gte/lt, a value past
# 64 bits matches nothing (or everything), and the where tree prints them.
from blog.models import Entry
from django.db import connection
for kw in ({"rating__gte": 4.5}, {"rating__lt": 4.5}, {"rating__gt": 4.5}, {"rating__lte": 4.5},
           {"rating": 5.0}, {"pk": 2 ** 70}, {"rating__gt": 2 ** 70}, {"rating__lt": 2 ** 70},
           {"rating__gte": -(2 ** 70)}, {"rating__lte": -(2 ** 70)}, {"number_of_comments__gt": -(2 ** 64)}):
    try:
        print(kw, Entry.objects.filter(**kw).count())
    except Exception as e:
        print(kw, type(e).__name__, e)
print(Entry.objects.exclude(rating__gt=2 ** 70).count())
print(Entry.objects.filter(pk=3).query.where)
print(Entry.objects.filter(rating__gte=5, headline__startswith="A").query.where)
print(Entry.objects.filter(rating__lte=4.5).query)
result = [q["sql"] for q in connection.queries]
