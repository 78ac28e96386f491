from books.models import Author, Publisher, Book, Store
old = Author.objects.filter(age__gte=50)
qs = Book.objects.filter(authors__in=old).distinct().order_by("id")
result = (str(qs.query), [b.id for b in qs])
