from django.db.models import OuterRef, Subquery, Avg
from books.models import Book
avg_for_pub = Book.objects.filter(publisher=OuterRef("publisher")).values("publisher").annotate(a=Avg("price")).values("a")
qs = Book.objects.filter(price__gt=Subquery(avg_for_pub)).order_by("id")
result = ([b.name for b in qs], str(qs.query))
