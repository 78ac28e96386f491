from books.models import Author, Publisher, Book, Store
qs = Book.objects.exclude(authors__in=[1, 2]).order_by("id")
result = (str(qs.query), [b.id for b in qs])
