from books.models import Author, Publisher, Book, Store
qs = Book.objects.exclude(store__isnull=True).order_by("id")
result = (str(qs.query), [b.id for b in qs])
