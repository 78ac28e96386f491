from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__age__gte=45).values("publisher__name").distinct().order_by("publisher__name")
result = (str(qs.query), list(qs))
