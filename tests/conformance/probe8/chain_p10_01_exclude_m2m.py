from books.models import Author, Publisher, Book, Store
qs = Book.objects.exclude(authors__age__gt=45).order_by("id")
result = (str(qs.query), [b.id for b in qs])
