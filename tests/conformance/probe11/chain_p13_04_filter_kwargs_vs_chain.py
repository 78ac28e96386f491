# filter(a, b) and filter(a).filter(b) are the same SQL on single-valued fields.
from books.models import Book

a = Book.objects.filter(rating__gte=4, pages__lt=500)
b = Book.objects.filter(rating__gte=4).filter(pages__lt=500)
result = (str(a.query) == str(b.query), str(a.query), a.count())
