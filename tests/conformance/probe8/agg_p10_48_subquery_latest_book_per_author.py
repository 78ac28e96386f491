from books.models import Author, Publisher, Book, Store
from django.db.models import OuterRef, Subquery
latest = Book.objects.filter(authors=OuterRef("pk")).order_by("-pubdate").values("name")[:1]
qs = Author.objects.annotate(latest=Subquery(latest)).order_by("id")
result = (str(qs.query), [(a.id, a.latest) for a in qs])
