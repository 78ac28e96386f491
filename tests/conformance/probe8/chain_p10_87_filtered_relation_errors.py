from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
out = []
for make in (lambda: FilteredRelation(""), lambda: FilteredRelation("authors", condition={"a": 1}),
             lambda: Book.objects.annotate(x=FilteredRelation("authors", condition=Q(store__name="Amazon"))),
             lambda: Book.objects.annotate(**{"a.b": FilteredRelation("authors")}),
             lambda: Book.objects.annotate(x=FilteredRelation("authors__age__gt"))):
    try:
        make()
        out.append("ok")
    except Exception as ex:
        out.append((type(ex).__name__, str(ex)))
result = out
