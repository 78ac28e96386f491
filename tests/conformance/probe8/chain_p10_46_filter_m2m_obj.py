from books.models import Author, Publisher, Book, Store
a = Author.objects.get(pk=3)
qs = Book.objects.filter(authors=a).exclude(store__id=1).order_by("id")
result = (str(qs.query), [b.id for b in qs])
