from django.db.models import F, ExpressionWrapper, FloatField, DecimalField
from books.models import Book
qs = Book.objects.annotate(
    per_page=ExpressionWrapper(F("price") / F("pages"), output_field=FloatField()),
    total=ExpressionWrapper(F("price") * F("rating"), output_field=DecimalField()),
).order_by("id")[:2]
result = [(round(b.per_page, 5), type(b.per_page).__name__, b.total, type(b.total).__name__) for b in qs]
print(qs.query)
