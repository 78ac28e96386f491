from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(publisher_id=3).order_by("authors__age", "id")
result = (str(qs.query), [b.id for b in qs])
