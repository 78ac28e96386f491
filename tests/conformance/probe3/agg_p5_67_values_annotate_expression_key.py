# values() with an expression keyword: grouped by the expression.
from django.db.models import Count
from django.db.models.functions import Lower, Substr
from books.models import Book

qs = Book.objects.values(first=Substr(Lower("name"), 1, 1)).annotate(n=Count("id")).order_by("first")
result = (list(qs), str(qs.query))
