from books.models import Author, Publisher, Book, Store
from django.db.models import F, Window, Sum
from django.db.models.functions import RowNumber
qs = Book.objects.filter(store__name="Barnes & Noble").annotate(rn=Window(RowNumber(), order_by=F("price").desc()), cum=Window(Sum("price"), partition_by=F("publisher__name"), order_by=F("id").asc())).order_by("rn")
result = (str(qs.query), [(b.id, b.rn, str(b.cum)) for b in qs])
