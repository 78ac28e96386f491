# A Subquery that returns more than one row fails in SQLite only when evaluated.
from django.db.models import OuterRef, Subquery
from books.models import Book, Publisher

qs = Publisher.objects.annotate(b=Subquery(Book.objects.filter(publisher=OuterRef("pk")).values("name"))).order_by("id")
result = list(qs.values_list("name", "b"))
