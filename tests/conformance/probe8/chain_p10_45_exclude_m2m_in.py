from books.models import Author, Publisher, Book, Store
qs = Store.objects.exclude(books__in=[5, 6]).order_by("id")
result = (str(qs.query), [s.id for s in qs])
