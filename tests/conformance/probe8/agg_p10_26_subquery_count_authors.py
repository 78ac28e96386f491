from books.models import Author, Publisher, Book, Store
from django.db.models import OuterRef, Subquery, Count, IntegerField
sq = Book.authors.through.objects.filter(book=OuterRef("pk")).values("book").annotate(c=Count("*")).values("c")
qs = Book.objects.annotate(na=Subquery(sq, output_field=IntegerField())).order_by("id")
result = (str(qs.query), [(b.id, b.na) for b in qs])
