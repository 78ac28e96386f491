from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__name__contains="a").filter(store__name="Amazon").filter(authors__age__gt=44).order_by("id").distinct()
result = (str(qs.query), [b.id for b in qs])
