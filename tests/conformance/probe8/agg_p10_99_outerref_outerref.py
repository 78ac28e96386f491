from books.models import Author, Publisher, Book, Store
from django.db.models import OuterRef, Subquery, Exists
inner = Author.objects.filter(book__store=OuterRef(OuterRef("pk")), age__gt=50)
mid = Book.objects.filter(store=OuterRef("pk")).annotate(o=Exists(inner)).filter(o=True).values("id")[:1]
qs = Store.objects.annotate(b=Subquery(mid)).order_by("id")
result = (str(qs.query), [(s.id, s.b) for s in qs])
