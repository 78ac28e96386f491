# order_by a RawSQL expression.
from django.db.models.expressions import RawSQL
from books.models import Book

qs = Book.objects.order_by(RawSQL("pages %% 100", ()), "pk").values_list("pk", flat=True)
result = (list(qs), str(qs.query))
