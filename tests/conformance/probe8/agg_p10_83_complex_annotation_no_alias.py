from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import Count
    r = list(Book.objects.annotate(Count("authors") + Count("store")))
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
