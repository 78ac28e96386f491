# RawSQL in annotate() with a param.
from django.db.models.expressions import RawSQL
from books.models import Book

qs = Book.objects.annotate(over=RawSQL("pages > %s", (500,))).order_by("id").values_list("id", "over")[:4]
result = (list(qs), str(qs.query))
