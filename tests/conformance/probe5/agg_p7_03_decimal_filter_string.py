from books.models import Book
qs = Book.objects.filter(price__lte="23.09")
result = (str(qs.query), list(qs.values_list("id", "price")))
