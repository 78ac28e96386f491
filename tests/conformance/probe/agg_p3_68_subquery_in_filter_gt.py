# filter(pages__gt=Subquery(avg of the same publisher)): books longer than their publisher's average.
from django.db.models import Avg, OuterRef, Subquery
from books.models import Book

avg = Book.objects.filter(publisher=OuterRef("publisher")).order_by().values("publisher").annotate(a=Avg("pages")).values("a")
result = list(Book.objects.filter(pages__gt=Subquery(avg)).order_by("id").values_list("id", flat=True))
