from books.models import Author, Publisher, Book, Store
qs = Book.objects.select_related("publisher").filter(authors__name__startswith="J").order_by("id")
result = (str(qs.query), [(b.id, b.publisher.name) for b in qs])
