# Cast to char, float, integer, decimal.
from django.db.models import CharField, DecimalField, FloatField, IntegerField
from django.db.models.functions import Cast
from books.models import Book

qs = Book.objects.annotate(c=Cast("pages", CharField()), f=Cast("pages", FloatField()), i=Cast("rating", IntegerField()), d=Cast("rating", DecimalField(max_digits=5, decimal_places=1))).order_by("pk")[:2]
result = ([(b.c, b.f, b.i, b.d) for b in qs], str(qs.query))
