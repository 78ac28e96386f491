# filter(a).get(b) and get(a, b) on books compile to the same SQL.
from books.models import Book

a = Book.objects.filter(publisher__name="Sams").get(pages__gt=800)
b = Book.objects.get(publisher__name="Sams", pages__gt=800)
result = (a.name, a == b, a is b)
