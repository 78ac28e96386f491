from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
qs = Author.objects.annotate(ap=FilteredRelation("book", condition=Q(book__publisher_id=1))).filter(ap__pages__gt=400).filter(ap__rating__gte=4.5).order_by("id")
result = (str(qs.query), [a.id for a in qs])
