from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import FilteredRelation, Q
    qs = Book.objects.annotate(young=FilteredRelation("authors", condition=Q(authors__age__lt=45))).exclude(young__name__startswith="J").order_by("id")
    r = (str(qs.query), [b.id for b in qs])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
