from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(id__in=[1, 4, 5]).values_list("authors", flat=True).order_by("id", "authors")
result = (str(qs.query), list(qs))
