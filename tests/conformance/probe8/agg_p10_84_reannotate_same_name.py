from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import Count
    qs = Book.objects.annotate(n=Count("authors")).annotate(n=Count("store")).order_by("id")
    r = (str(qs.query), [(b.id, b.n) for b in qs][:3])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
