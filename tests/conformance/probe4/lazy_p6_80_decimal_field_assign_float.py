from books.models import Book
b = Book.objects.get(pk=1)
b.price = 19.999
b.save()
result = (b.price, Book.objects.get(pk=1).price)
