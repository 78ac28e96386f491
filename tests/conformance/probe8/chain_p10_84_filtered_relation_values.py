from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
qs = Author.objects.annotate(sams=FilteredRelation("book", condition=Q(book__publisher__name="Sams"))).values("name", "sams__name").order_by("name", "sams__name")
result = (str(qs.query), list(qs))
