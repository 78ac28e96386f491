from django.db.models import QuerySet, Count
from blog.models import Entry, Blog
qs = Entry.objects.order_by("-pub_date")
print(qs.ordered, Entry.objects.all().ordered, Blog.objects.annotate(n=Count("entry")).ordered)
print(type(qs) is QuerySet, isinstance(qs, QuerySet))
print(QuerySet[Entry])
print(qs.query.model.__name__, qs.query.order_by)
print(bool(qs.query.where), qs.query.is_sliced, qs[:3].query.is_sliced)
print(qs.exists(), qs._result_cache is None)
print(len(qs[:2]), qs.query.low_mark, qs.query.high_mark)
s = qs[2:5]
print(s.query.low_mark, s.query.high_mark)
result = [e.pk for e in s]
