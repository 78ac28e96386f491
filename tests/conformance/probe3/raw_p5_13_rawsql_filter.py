# RawSQL in filter and annotate with params.
from django.db.models.expressions import RawSQL
from books.models import Book

qs = Book.objects.annotate(dbl=RawSQL("pages * %s", (2,))).filter(id__in=RawSQL("SELECT id FROM books_book WHERE rating >= %s", (4,))).order_by("pk")
result = ([(b.pk, b.dbl) for b in qs], str(qs.query))
