from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q, Count
qs = Publisher.objects.annotate(good=FilteredRelation("book", condition=Q(book__rating__gte=4.5))).annotate(n=Count("good")).order_by("id")
result = (str(qs.query), [(x.id, x.n) for x in qs])
