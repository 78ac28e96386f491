from books.models import Book
r = list(Book.objects.raw("SELECT id, price FROM books_book WHERE id = %s", [3]))
result = (repr(r[0].price), r[0].id)
