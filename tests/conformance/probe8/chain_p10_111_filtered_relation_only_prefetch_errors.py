from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
out = []
for make in (lambda: list(Book.objects.annotate(x=FilteredRelation("authors")).only("x__name")),
             lambda: list(Book.objects.annotate(x=FilteredRelation("authors")).prefetch_related("x"))):
    try:
        make()
        out.append("ok")
    except Exception as ex:
        out.append((type(ex).__name__, str(ex)))
result = out
