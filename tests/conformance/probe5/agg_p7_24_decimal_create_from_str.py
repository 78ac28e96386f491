from books.models import Book
b = Book.objects.create(name="X", pages=1, price="9.5", rating=1, publisher_id=1, pubdate="2020-01-02")
result = (repr(b.price), repr(b.pubdate), repr(Book.objects.get(pk=b.pk).price), repr(Book.objects.get(pk=b.pk).pubdate))
