from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Max, FloatField, Count, Q
from django.db import connection
r1 = Book.objects.count()
r2 = Book.objects.filter(publisher__name="BaloneyPress").count()
r3 = Book.objects.aggregate(Avg("price", default=0))
try:
    r4 = Book.objects.aggregate(price_diff=Max("price", output_field=FloatField()) - Avg("price"))
except Exception as ex:
    r4 = (type(ex).__name__, str(ex))
pubs = Publisher.objects.annotate(num_books=Count("book"))
r5 = pubs[0].num_books
above = Count("book", filter=Q(book__rating__gt=4))
below = Count("book", filter=Q(book__rating__lte=4))
pubs2 = Publisher.objects.annotate(below=below).annotate(above=above)
r6 = [(p.below, p.above) for p in pubs2.order_by("id")]
r7 = [(p.name, p.num_books) for p in Publisher.objects.annotate(num_books=Count("book")).order_by("-num_books", "name")[:5]]
result = (r1, r2, r3, r4, r5, r6, r7, [q["sql"] for q in connection.queries])
