# Subquery sliced [1:2]: second most expensive book.
from django.db.models import OuterRef, Subquery
from books.models import Book, Publisher

second = Book.objects.filter(publisher=OuterRef("pk")).order_by("-price").values("name")[1:2]
qs = Publisher.objects.annotate(second=Subquery(second)).order_by("pk")
result = ([(p.pk, p.second) for p in qs], str(qs.query))
