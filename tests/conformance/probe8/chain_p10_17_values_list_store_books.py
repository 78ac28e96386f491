from books.models import Author, Publisher, Book, Store
qs = Store.objects.values_list("name", "books__name").filter(books__pages__gt=800).order_by("name", "books__name")
result = (str(qs.query), list(qs))
