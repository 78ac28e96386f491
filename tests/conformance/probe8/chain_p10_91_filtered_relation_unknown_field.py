from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import FilteredRelation, Q
    r = list(Book.objects.annotate(x=FilteredRelation("authors")).filter(nope=1))
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
