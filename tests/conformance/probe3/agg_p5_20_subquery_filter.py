# filter on a Subquery annotation.
from django.db.models import OuterRef, Subquery
from books.models import Book, Publisher

top = Book.objects.filter(publisher=OuterRef("pk")).order_by("-price").values("price")[:1]
qs = Publisher.objects.annotate(top=Subquery(top)).filter(top__gt=30).order_by("name")
result = ([(p.name, p.top) for p in qs], str(qs.query))
