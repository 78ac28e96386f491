from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Q, Exists, OuterRef
qs = Store.objects.annotate(n=Count("books", filter=Q(books__authors__age__gt=45), distinct=True), has_sams=Exists(Book.objects.filter(store=OuterRef("pk"), publisher__name="Sams"))).order_by("id")
result = (str(qs.query), [(s.id, s.n, s.has_sams) for s in qs])
