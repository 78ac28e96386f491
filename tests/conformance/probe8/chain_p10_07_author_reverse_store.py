from books.models import Author, Publisher, Book, Store
qs = Author.objects.filter(book__store__name="Corner Shop").distinct().order_by("id")
result = (str(qs.query), [a.name for a in qs])
