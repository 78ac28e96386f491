# Extra columns in a raw() SELECT become attributes.
from books.models import Publisher

rows = Publisher.objects.raw(
    "SELECT p.id, p.name, COUNT(b.id) AS n FROM books_publisher p "
    "LEFT JOIN books_book b ON b.publisher_id = p.id GROUP BY p.id, p.name ORDER BY p.id")
result = [(p.name, p.n) for p in rows]
