# RawSQL in values() and in aggregate Sum().
from django.db.models import Sum
from django.db.models.expressions import RawSQL
from django.db.models import IntegerField
from books.models import Book

v = list(Book.objects.order_by("pk").values("pk", x=RawSQL("pages / 100", ()))[:3])
s = Book.objects.aggregate(t=Sum(RawSQL("pages / 100", (), output_field=IntegerField())))
result = (v, s)
