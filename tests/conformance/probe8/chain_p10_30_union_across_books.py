from books.models import Author, Publisher, Book, Store
a = Book.objects.filter(publisher__name="Sams").values_list("id", flat=True)
b = Book.objects.filter(authors__age__gt=50).values_list("id", flat=True)
qs = a.union(b).order_by("id")
result = (str(qs.query), list(qs))
