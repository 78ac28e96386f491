# values().annotate().order_by(): an empty order_by() removes ordering; GROUP BY unchanged.
from django.db.models import Avg
from books.models import Book

qs = Book.objects.values("publisher__name").annotate(avg=Avg("pages")).order_by()
result = sorted((d["publisher__name"], round(d["avg"], 1)) for d in qs)
