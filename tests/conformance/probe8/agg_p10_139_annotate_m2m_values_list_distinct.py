from books.models import Author, Publisher, Book, Store
qs = Store.objects.values_list("books__publisher__name", flat=True).distinct().order_by("books__publisher__name")
result = (str(qs.query), list(qs))
