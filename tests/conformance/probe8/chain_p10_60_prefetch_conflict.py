from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import Prefetch
    r = [s.id for s in Store.objects.prefetch_related("books", Prefetch("books", queryset=Book.objects.filter(pages__gt=800)))]
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
