from books.models import Author, Publisher, Book, Store
Through = Book.authors.through
qs = Through.objects.filter(author__age__gt=45).values_list("book_id", flat=True).order_by("book_id")
result = (Through.__name__, Through._meta.db_table, str(qs.query), list(qs))
