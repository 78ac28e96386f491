# Transforms in order_by(), in a function and in a window's partition.
from django.db.models import F, Count, Window
from django.db.models.functions import Coalesce, RowNumber
from books.models import Book

a = list(Book.objects.order_by(F("pubdate__year").desc(), "id").values_list("id", flat=True)[:4])
b = list(Book.objects.annotate(y=Coalesce("pubdate__year", 0)).order_by("id").values_list("y", flat=True)[:3])
c = list(Book.objects.annotate(r=Window(RowNumber(), partition_by=F("pubdate__year"), order_by="id"))
         .order_by("id").values_list("id", "r")[:5])
result = (a, b, c)
