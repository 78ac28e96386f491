from books.models import Author, Publisher, Book, Store
qs = Book.objects.filter(authors__age__lt=45).dates("pubdate", "year")
result = (str(qs.query), list(qs))
