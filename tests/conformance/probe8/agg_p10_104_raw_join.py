from books.models import Author, Publisher, Book, Store
qs = Book.objects.raw('SELECT b.id, b.name, p.name AS pname FROM books_book b JOIN books_publisher p ON p.id = b.publisher_id WHERE b.id < %s ORDER BY b.id', [3])
result = [(b.id, b.name, b.pname) for b in qs]
