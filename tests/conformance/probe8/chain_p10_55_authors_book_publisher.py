from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__book__publisher__name="Sams").exclude(publisher__name="Sams").distinct().order_by("id")
result = (str(qs.query), [b.id for b in qs])
