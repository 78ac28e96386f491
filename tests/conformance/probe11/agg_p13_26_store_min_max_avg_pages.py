# Per-store Min/Max/Avg over the m2m, then aggregate over an annotation.
from django.db.models import Avg, Max, Min, Sum, Count
from books.models import Store

rows = list(Store.objects.annotate(lo=Min("books__pages"), hi=Max("books__pages"), avg=Avg("books__rating"))
            .order_by("id").values_list("name", "lo", "hi", "avg"))
overall = Store.objects.annotate(total=Sum("books__price")).aggregate(mx=Max("total"), n=Count("id"))
result = (rows, overall)
