# Subquery with OuterRef: newest book name per publisher.
from django.db.models import OuterRef, Subquery
from books.models import Book, Publisher

newest = Book.objects.filter(publisher=OuterRef("pk")).order_by("-pubdate")
qs = Publisher.objects.annotate(newest=Subquery(newest.values("name")[:1])).order_by("pk")
result = ([(p.name, p.newest) for p in qs], str(qs.query))
