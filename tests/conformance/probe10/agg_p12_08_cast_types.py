from django.db import models
from django.db.models.functions import Cast
from books.models import Book
b = Book.objects.annotate(
    as_int=Cast("price", models.IntegerField()),
    as_float=Cast("price", models.FloatField()),
    as_char=Cast("pages", models.CharField(max_length=10)),
    as_dec=Cast("rating", models.DecimalField(max_digits=5, decimal_places=1)),
).get(pk=2)
result = [(v, type(v).__name__) for v in (b.as_int, b.as_float, b.as_char, b.as_dec)]
print(Book.objects.annotate(as_dec=Cast("rating", models.DecimalField(max_digits=5, decimal_places=1))).values("as_dec").query)
