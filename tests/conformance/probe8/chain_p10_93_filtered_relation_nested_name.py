from books.models import Author, Publisher, Book, Store
try:
    from django.db.models import FilteredRelation, Q
    qs = Author.objects.annotate(amz=FilteredRelation("book__store", condition=Q(book__store__name="Corner Shop"))).filter(amz__isnull=False).distinct().order_by("id")
    r = (str(qs.query), [a.id for a in qs])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
