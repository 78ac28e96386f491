# values().annotate().order_by(other field): the ordering column joins GROUP BY.
from django.db.models import Count
from books.models import Book

qs = Book.objects.values("publisher_id").annotate(n=Count("id")).order_by("name")
result = (len(list(qs)), str(qs.query))
