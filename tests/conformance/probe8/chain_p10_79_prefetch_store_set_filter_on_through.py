from books.models import Author, Publisher, Book, Store
from django.db.models import Prefetch
from django.db import connection
qs = Author.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.filter(store__name="Corner Shop"))).filter(id__in=[1, 2])
result = ([(a.id, sorted(b.id for b in a.book_set.all())) for a in qs.order_by("id")], [q["sql"] for q in connection.queries])
