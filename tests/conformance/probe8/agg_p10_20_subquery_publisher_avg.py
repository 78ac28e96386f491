from books.models import Author, Publisher, Book, Store
from django.db.models import OuterRef, Subquery, Avg, F
avg = Book.objects.filter(publisher=OuterRef("publisher")).values("publisher").annotate(a=Avg("price")).values("a")
qs = Book.objects.annotate(pavg=Subquery(avg)).filter(price__gt=F("pavg")).order_by("id")
result = (str(qs.query), [(b.id, b.price, b.pavg) for b in qs])
