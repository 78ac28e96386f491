from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import Subquery, OuterRef
    qs = Book.objects.annotate(x=Subquery(Author.objects.filter(book=OuterRef("pk")).values("id", "age")[:1]))
    r = [b.x for b in qs][:2]
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
