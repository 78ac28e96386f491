from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
qs = Book.objects.annotate(sel=FilteredRelation("authors", condition=Q(authors__age__lt=40) | Q(authors__name__startswith="Paul"))).values("id", "sel__name").order_by("id", "sel__name")
result = (str(qs.query), list(qs)[:8])
