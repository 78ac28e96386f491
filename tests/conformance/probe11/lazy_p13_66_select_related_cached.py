# After select_related the fk is in _state.fields_cache: no query on access.
from django.db import connection
from books.models import Book

b = Book.objects.select_related("publisher").get(pk=2)
n = len(connection.queries)
name = b.publisher.name
result = (name, len(connection.queries) - n, "publisher" in b._state.fields_cache)
