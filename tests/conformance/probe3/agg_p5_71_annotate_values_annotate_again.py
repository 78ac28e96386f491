# annotate -> values -> annotate: second aggregate grouped by the values.
from django.db.models import Count, Sum
from books.models import Book

qs = Book.objects.annotate(na=Count("authors")).values("publisher__name").annotate(total=Sum("na")).order_by("publisher__name")
try:
    result = (list(qs), str(qs.query))
except Exception as e:
    result = (type(e).__name__, str(e))
