from django.db.models import F, ExpressionWrapper, DecimalField
from books.models import Book
qs = Book.objects.annotate(per_page=ExpressionWrapper(F("price") / F("pages"), output_field=DecimalField(max_digits=10, decimal_places=4))).order_by("id")[:2]
result = [(b.id, b.per_page) for b in qs]
