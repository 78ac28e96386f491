from books.models import Book
Book.objects.filter(pk=1).update(price="1.005")
result = repr(Book.objects.get(pk=1).price)
