from django.db.models import Count
from django.db.models.functions import TruncYear
from books.models import Book
qs = Book.objects.annotate(year=TruncYear("pubdate")).values("year").annotate(n=Count("id")).order_by("year")
result = [(r["year"].year, r["n"]) for r in qs]
print(qs.query)
