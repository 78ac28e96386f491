from books.models import Author, Publisher, Book, Store
qs = Author.objects.exclude(book__store__name="Corner Shop").order_by("id")
result = (str(qs.query), [a.id for a in qs])
