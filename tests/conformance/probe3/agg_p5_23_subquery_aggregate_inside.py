# an aggregate inside a Subquery: sum of pages per publisher via values().annotate().
from django.db.models import OuterRef, Subquery, Sum
from books.models import Book, Publisher

pages = Book.objects.filter(publisher=OuterRef("pk")).values("publisher").annotate(t=Sum("pages")).values("t")
qs = Publisher.objects.annotate(t=Subquery(pages)).order_by("pk")
result = ([(p.name, p.t) for p in qs], str(qs.query))
