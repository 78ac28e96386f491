from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
qs = Book.objects.annotate(year=ExtractYear("pubdate")).values("year", "publisher__name").annotate(n=Count("authors"), s=Sum("pages")).filter(year__gte=2008).order_by("year", "publisher__name")
result = (str(qs.query), list(qs))
