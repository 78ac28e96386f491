from books.models import Book, Publisher
print(Publisher.objects.get(pk=1))
print(repr(Book.objects.get(pk=2)))
print(Book.objects.filter(pk__lt=3))
