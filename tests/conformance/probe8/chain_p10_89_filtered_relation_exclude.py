from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
qs = Publisher.objects.annotate(cheap=FilteredRelation("book", condition=Q(book__price__lt=25))).filter(cheap__isnull=True).order_by("id")
result = (str(qs.query), [x.id for x in qs])
