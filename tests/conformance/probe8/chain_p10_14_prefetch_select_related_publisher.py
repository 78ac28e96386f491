from books.models import Author, Publisher, Book, Store
from django.db.models import Prefetch
from django.db import connection
qs = Store.objects.prefetch_related(Prefetch("books", queryset=Book.objects.select_related("publisher").order_by("-price"))).order_by("id")
result = ([(s.id, [(b.id, b.publisher.name) for b in s.books.all()]) for s in qs],
          [q["sql"] for q in connection.queries])
