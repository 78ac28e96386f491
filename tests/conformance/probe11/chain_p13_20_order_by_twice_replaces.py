# A second order_by() replaces the first; order_by() with no arguments clears it.
from books.models import Book

a = Book.objects.order_by("price").order_by("-pages")
b = Book.objects.order_by("price").order_by()
result = (str(a.query), str(b.query), a.ordered, b.ordered)
