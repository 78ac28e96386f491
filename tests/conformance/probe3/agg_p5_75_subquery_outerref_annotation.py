# OuterRef pointing at an annotation of the outer query.
from django.db.models import Count, Exists, OuterRef
from books.models import Book, Publisher

qs = Publisher.objects.annotate(n=Count("book")).annotate(big=Exists(Book.objects.filter(publisher=OuterRef("pk"), pages__gt=OuterRef("n")))).order_by("pk")
result = ([(p.name, p.n, p.big) for p in qs], str(qs.query))
