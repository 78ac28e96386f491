from books.models import Book
rqs = Book.objects.raw("SELECT id, name, price * 2 AS double_price FROM books_book WHERE id <= 2 ORDER BY id")
out = [(b.name, b.double_price, type(b.double_price).__name__) for b in rqs]
result = (out, rqs.columns, sorted(rqs.model_fields))
