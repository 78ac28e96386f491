# select_related across books: book -> publisher.
from books.models import Book

bs = list(Book.objects.select_related("publisher").order_by("id")[:3])
result = [(b.name, b.publisher.name) for b in bs]
