from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q, Count
qs = Publisher.objects.annotate(hi=FilteredRelation("book", condition=Q(book__rating__gte=4.5)), lo=FilteredRelation("book", condition=Q(book__rating__lt=3.5))).annotate(nh=Count("hi", distinct=True), nl=Count("lo", distinct=True)).order_by("id")
result = (str(qs.query), [(x.id, x.nh, x.nl) for x in qs])
