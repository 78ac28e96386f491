# QuerySet attributes a learner inspects: model, ordered, db, query pieces.
from blog.models import Entry
qs = Entry.objects.filter(rating__gte=5)
print(qs.model, qs.ordered, qs.db)
print(qs.order_by("pk").ordered, Entry.objects.all().ordered)
print(qs.query.model, type(qs.query).__name__)
print(qs._result_cache, qs._prefetch_done, qs._sticky_filter)
print(repr(Entry.objects), Entry.objects.model, Entry.objects.name)
print(type(Entry.objects).__name__, type(qs).__name__)
print(qs.query.where, type(qs.query.where).__name__)
print(bool(qs.query.order_by), qs.query.distinct, qs.query.low_mark, qs.query.high_mark)
result = str(qs.query.where)
