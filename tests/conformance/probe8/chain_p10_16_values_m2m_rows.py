from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(publisher_id=3).values("id", "authors__name").order_by("id", "authors__name")
result = (str(qs.query), list(qs))
