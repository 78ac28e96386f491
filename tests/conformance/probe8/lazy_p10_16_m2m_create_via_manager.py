from books.models import Author, Publisher, Book, Store
from django.db import connection
s = Store.objects.get(pk=3)
b = s.books.create(name="New", pages=10, price="9.99", rating=1.0, publisher_id=1, pubdate="2020-02-02")
result = (b.id, s.books.count(), str(b.price), [q["sql"] for q in connection.queries])
