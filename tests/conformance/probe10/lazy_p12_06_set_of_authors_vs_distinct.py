from django.db import connection, reset_queries
from books.models import Book, Author
reset_queries()
names = set()
for book in Book.objects.filter(rating__gte=4.5):
    for a in book.authors.all():
        names.add(a.name)
n1 = len(connection.queries)
orm = set(Author.objects.filter(book__rating__gte=4.5).distinct().values_list("name", flat=True))
result = (names == orm, sorted(orm), n1, len(connection.queries) - n1)
