from books.models import Author, Publisher, Book, Store
qs = Author.objects.filter(book__store__isnull=True).order_by("id")
result = (str(qs.query), [a.id for a in qs])
