# Subquery with an aggregate, OuterRef and arithmetic in filter().
from django.db.models import Sum, OuterRef, Subquery, Exists, Count
from blog.models import Entry, Blog
qs = Entry.objects.filter(rating__gt=Subquery(Entry.objects.filter(blog=OuterRef("blog")).values("blog").annotate(a=Count("id")).values("a")[:1]) / 3)
result = (qs.count(), list(qs.order_by("id").values_list("id", flat=True)[:5]))
