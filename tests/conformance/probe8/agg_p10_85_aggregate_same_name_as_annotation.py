from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import Count, Sum
    r = Book.objects.annotate(n=Count("authors")).aggregate(n=Sum("n"))
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
