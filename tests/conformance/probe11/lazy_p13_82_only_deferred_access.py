# only("name"): other fields load one query each on first access.
from books.models import Book

b = Book.objects.only("name").get(pk=7)
before = sorted(b.get_deferred_fields())
price = b.price
pages = b.pages
result = (before, price, pages, sorted(b.get_deferred_fields()))
