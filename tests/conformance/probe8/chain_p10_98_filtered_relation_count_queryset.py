from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
from django.db import connection
qs = Book.objects.annotate(old=FilteredRelation("authors", condition=Q(authors__age__gte=50))).filter(old__isnull=False)
result = (qs.count(), qs.exists(), [q["sql"] for q in connection.queries])
