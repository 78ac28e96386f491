from books.models import Author, Publisher, Book, Store
from django.db.models import Count
q = Book.objects.annotate(Count("authors"), Count("store")).order_by("id")
q2 = Book.objects.annotate(Count("authors", distinct=True), Count("store", distinct=True)).order_by("id")
result = ((q[0].authors__count, q[0].store__count), (q2[0].authors__count, q2[0].store__count), str(q2.query))
