from books.models import Author, Publisher, Book, Store
from django.db.models import Count
from django.db.models.functions import ExtractYear
qs = Book.objects.annotate(y=ExtractYear("pubdate")).values("y").annotate(n=Count("id")).filter(n__gt=1).order_by("y")
result = (str(qs.query), list(qs))
