# F() arithmetic mixing DecimalField and FloatField needs an output_field.
from django.db.models import F, FloatField, ExpressionWrapper
from books.models import Book

try:
    list(Book.objects.annotate(x=F("price") * F("rating")))
    a = "no error"
except Exception as exc:
    a = "%s: %s" % (type(exc).__name__, exc)
b = list(Book.objects.annotate(x=ExpressionWrapper(F("price") * F("rating"), output_field=FloatField()))
         .order_by("id").values_list("x", flat=True)[:2])
result = (a, [round(v, 2) for v in b])
