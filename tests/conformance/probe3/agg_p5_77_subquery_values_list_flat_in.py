# filter(pk__in=Subquery(...)) with a slice inside.
from django.db.models import Subquery
from books.models import Book

top = Book.objects.order_by("-rating").values("pk")[:3]
qs = Book.objects.filter(pk__in=Subquery(top)).order_by("pk")
result = ([b.pk for b in qs], str(qs.query))
