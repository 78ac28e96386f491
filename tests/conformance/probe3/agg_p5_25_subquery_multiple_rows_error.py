# A Subquery returning more than one row: SQLite just takes the first.
from django.db.models import OuterRef, Subquery
from books.models import Book, Publisher

qs = Publisher.objects.annotate(b=Subquery(Book.objects.filter(publisher=OuterRef("pk")).order_by("pk").values("pk"))).order_by("pk")
result = [(p.pk, p.b) for p in qs]
