from books.models import Author, Publisher, Book, Store
qs = Publisher.objects.filter(id__in=Book.objects.filter(rating=5).values("publisher")).order_by("id")
result = (str(qs.query), [p.name for p in qs])
