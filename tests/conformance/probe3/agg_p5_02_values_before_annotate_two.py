# values(a, b).annotate(): grouped by both columns.
from django.db.models import Count, Sum
from books.models import Book

qs = Book.objects.values("publisher__name", "rating").annotate(n=Count("id"), p=Sum("pages")).order_by("publisher__name", "rating")
result = (list(qs), str(qs.query))
