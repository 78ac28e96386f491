# Aggregating a transform: Max("pubdate__year") and values by month.
from django.db.models import Max, Min, Count
from books.models import Book

a = Book.objects.aggregate(last=Max("pubdate__year"), first=Min("pubdate__year"))
b = list(Book.objects.values("pubdate__month").annotate(n=Count("id")).order_by("pubdate__month")[:3])
result = (a, b)
