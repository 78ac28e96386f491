from books.models import Publisher
rqs = Publisher.objects.raw("SELECT p.id, p.name, COUNT(b.id) AS n_books, AVG(b.price) AS avg_price FROM books_publisher p JOIN books_book b ON b.publisher_id = p.id GROUP BY p.id ORDER BY p.id")
result = [(p.name, p.n_books, round(p.avg_price, 3)) for p in rqs.iterator()]
