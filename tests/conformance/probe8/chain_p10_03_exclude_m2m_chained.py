from books.models import Author, Publisher, Book, Store
qs = Book.objects.exclude(authors__age__gt=40).exclude(authors__name__startswith="J").order_by("id")
result = (str(qs.query), [b.id for b in qs])
