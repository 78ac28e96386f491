from books.models import Author, Publisher, Book, Store
from django.db.models import FilteredRelation, Q, Avg, Max
r = Store.objects.annotate(py=FilteredRelation("books", condition=Q(books__name__icontains="python"))).aggregate(a=Avg("py__price"), m=Max("py__pages"))
result = r
