# Aggregates over DecimalField and FloatField, and what Python gets back.
from django.db.models import Avg, Sum, Max, F, DecimalField, FloatField, ExpressionWrapper
from books.models import Book, Publisher
r = Book.objects.aggregate(s=Sum("price"), a=Avg("price"), m=Max("price"), r=Avg("rating"))
print(r, {k: type(v).__name__ for k, v in r.items()})
print(Book.objects.aggregate(x=Sum(F("price") * F("pages"), output_field=DecimalField()))["x"])
w = Book.objects.annotate(pp=ExpressionWrapper(F("price") / F("pages"), output_field=FloatField())).order_by("pk")[:2]
print([round(x.pp, 6) for x in w])
print(list(Publisher.objects.annotate(avg=Avg("book__price")).values_list("name", "avg").order_by("name")[:2]))
result = r["s"]
