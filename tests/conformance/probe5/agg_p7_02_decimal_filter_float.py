from books.models import Book
qs = Book.objects.filter(price__gt=29.685)
result = (str(qs.query), qs.count())
