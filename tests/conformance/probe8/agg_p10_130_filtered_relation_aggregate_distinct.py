from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q, Count
r = Book.objects.annotate(o=FilteredRelation("authors", condition=Q(authors__age__gte=45))).aggregate(n=Count("o", distinct=True), b=Count("id", distinct=True))
result = r
