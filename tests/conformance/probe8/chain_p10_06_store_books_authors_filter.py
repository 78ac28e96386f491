from books.models import Author, Publisher, Book, Store
qs = Store.objects.filter(books__authors__name="Adrian Holovaty").distinct().order_by("id")
result = (str(qs.query), [s.name for s in qs])
