# raw() converts field values with the model fields; extra columns stay raw.
from books.models import Book

b = list(Book.objects.raw("SELECT id, pubdate, price, pubdate AS pd2 FROM books_book ORDER BY id"))[0]
result = (repr(b.pubdate), repr(b.price), repr(b.pd2))
