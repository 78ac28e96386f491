# .all() anywhere in the chain changes nothing.
from books.models import Book

a = Book.objects.all().filter(pages__gt=500).all().order_by("id").all()
b = Book.objects.filter(pages__gt=500).order_by("id")
result = (str(a.query) == str(b.query), [x.id for x in a] == [x.id for x in b])
