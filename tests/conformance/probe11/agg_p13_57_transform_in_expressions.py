# Transforms inside expressions: F("pubdate__year") annotated, Count(distinct) of a year, per-group Max of a year.
from django.db.models import Count, F, Max, Avg
from books.models import Book

a = list(Book.objects.annotate(y=F("pubdate__year")).order_by("id").values_list("id", "y")[:3])
b = Book.objects.aggregate(years=Count("pubdate__year", distinct=True), avg=Avg("pubdate__month"))
c = list(Book.objects.values("publisher__name").annotate(last=Max("pubdate__year")).order_by("publisher__name"))
d = list(Book.objects.annotate(y=Max("pubdate__year")).filter(y__gte=2015).order_by("id").values_list("id", flat=True))
result = (a, b, c, d)
