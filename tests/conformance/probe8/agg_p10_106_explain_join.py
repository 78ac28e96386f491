from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__age__gt=40).select_related("publisher")
e = qs.explain()
result = (type(e).__name__, len(e) > 0)
