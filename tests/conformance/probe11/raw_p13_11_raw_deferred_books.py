# raw() without some columns: each missing field is one extra query per instance.
from books.models import Book

out = []
for b in Book.objects.raw("SELECT id, name FROM books_book WHERE id IN (1, 2) ORDER BY id"):
    out.append((b.name, b.pages, b.price))
result = out
