from books.models import Author, Publisher, Book, Store
qs = Store.objects.exclude(books__publisher__name="Sams").order_by("id")
result = (str(qs.query), [s.name for s in qs])
