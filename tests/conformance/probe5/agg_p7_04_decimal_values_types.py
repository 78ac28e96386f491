from books.models import Book
r = list(Book.objects.order_by("id").values_list("price", flat=True)[:3])
result = [(repr(x), type(x).__name__) for x in r]
