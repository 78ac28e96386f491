from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__in=Author.objects.filter(book__publisher__name="Sams")).distinct().order_by("id")
result = (str(qs.query), [b.id for b in qs])
