from books.models import Author, Publisher, Book, Store
qs = Author.objects.filter(book__authors__name="Adrian Holovaty").exclude(name="Adrian Holovaty").distinct().order_by("id")
result = (str(qs.query), [a.name for a in qs])
