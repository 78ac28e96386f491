from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__age__gt=40).filter(authors__age__lt=50).order_by("id")
result = (str(qs.query), [b.id for b in qs])
