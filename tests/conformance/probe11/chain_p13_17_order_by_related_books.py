# order_by across a FK, descending on another field, sliced.
from books.models import Book

result = list(Book.objects.order_by("publisher__name", "-price", "id").values_list("publisher__name", "price", "id")[:6])
