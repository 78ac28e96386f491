from books.models import Author, Publisher, Book, Store
try:
    list(Book.objects.filter(authors__in=Author.objects.values("id", "name")))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
