from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import Avg
    qs = Book.objects.filter(price__gt=Avg("price"))
    r = (str(qs.query), [b.id for b in qs])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
