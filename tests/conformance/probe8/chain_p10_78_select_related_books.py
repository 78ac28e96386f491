from books.models import Author, Publisher, Book, Store
from books.models import Book
qs = Book.objects.select_related().filter(authors__age=45).order_by("id")
result = (str(qs.query), [(b.id, b.publisher.name) for b in qs])
