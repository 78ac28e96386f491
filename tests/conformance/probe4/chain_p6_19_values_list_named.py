from books.models import Book
rows = Book.objects.order_by("id").values_list("name", "price", named=True)[:2]
result = [(r.name, r.price) for r in rows] + [repr(rows[0])]
