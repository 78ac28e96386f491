# DenseRank and Ntile over books by rating.
from django.db.models import F, Window
from django.db.models.functions import DenseRank, Ntile
from books.models import Book

qs = Book.objects.annotate(dr=Window(DenseRank(), order_by=F("rating").desc()),
                           tile=Window(Ntile(3), order_by="id")).order_by("id")
result = list(qs.values_list("id", "dr", "tile"))
