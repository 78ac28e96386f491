from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q
qs = Book.objects.annotate(young=FilteredRelation("authors", condition=Q(authors__age__lt=45))).order_by("young__age", "id").values_list("id", "young__age")
result = (str(qs.query), list(qs))
