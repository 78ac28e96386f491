from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Max, Min
qs = Store.objects.annotate(avg_age=Avg("books__authors__age"), mx=Max("books__authors__age"), mn=Min("books__authors__age")).order_by("id")
result = (str(qs.query), [(s.name, s.avg_age, s.mx, s.mn) for s in qs])
