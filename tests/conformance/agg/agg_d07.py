# Value() and F() arithmetic with mixed types and an explicit output_field.
from django.db.models import F, Value, FloatField, ExpressionWrapper, DecimalField
from books.models import Book
a = list(Book.objects.annotate(x=F("price") * F("pages")).order_by("id").values_list("x", flat=True)[:2])
b = list(Book.objects.annotate(x=ExpressionWrapper(F("rating") * 2, output_field=FloatField())).order_by("id").values_list("x", flat=True)[:2])
result = (a, b)
