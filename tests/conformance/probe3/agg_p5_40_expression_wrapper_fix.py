# ExpressionWrapper with output_field fixes mixed types.
from django.db.models import DecimalField, ExpressionWrapper, F
from books.models import Book

qs = Book.objects.annotate(x=ExpressionWrapper(F("pages") + F("price"), output_field=DecimalField(max_digits=10, decimal_places=2))).order_by("pk")[:3]
result = ([b.x for b in qs], str(qs.query))
