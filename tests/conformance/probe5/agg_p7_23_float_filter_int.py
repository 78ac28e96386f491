from books.models import Book
qs = Book.objects.filter(rating=4)
result = (str(qs.query), qs.count())
