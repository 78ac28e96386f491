from books.models import Author, Publisher, Book, Store
a = Book.objects.filter(authors__age__gt=45).values_list("id", flat=True)
b = Book.objects.filter(store__name="Barnes & Noble").values_list("id", flat=True)
qs = a.intersection(b).order_by("id")
c = a.difference(b).order_by("-id")
result = (str(qs.query), list(qs), list(c))
