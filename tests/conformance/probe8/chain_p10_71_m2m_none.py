from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(store=None).order_by("id")
qs2 = Author.objects.exclude(book=None).order_by("id")
result = (str(qs.query), [b.id for b in qs], str(qs2.query), [a.id for a in qs2])
