from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q, Count
qs = Book.objects.annotate(old=FilteredRelation("authors", condition=Q(authors__age__gt=45))).filter(old__isnull=False).order_by("id")
result = (str(qs.query), [b.id for b in qs])
