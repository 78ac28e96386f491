# values() before or after filter()/order_by() gives the same SQL.
from books.models import Book

a = Book.objects.values("name").filter(pages__gt=800).order_by("name")
b = Book.objects.filter(pages__gt=800).order_by("name").values("name")
result = (str(a.query) == str(b.query), list(a))
