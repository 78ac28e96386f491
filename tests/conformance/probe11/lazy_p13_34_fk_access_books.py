# book.publisher queries once, then is cached on the instance.
from books.models import Book

b = Book.objects.get(pk=8)
n1 = b.publisher.name
n2 = b.publisher.name
result = (n1, n2, b.publisher is b.publisher)
