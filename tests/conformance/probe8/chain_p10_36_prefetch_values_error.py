from books.models import Author, Publisher, Book, Store
from django.db.models import Prefetch
try:
    list(Book.objects.prefetch_related(Prefetch("authors", queryset=Author.objects.values("name"))))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
