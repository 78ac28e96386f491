from books.models import Book
b = Book.objects.get(id=2)
b.price = 10.1
b.save()
r = Book.objects.get(id=2).price
result = (repr(b.price), repr(r))
