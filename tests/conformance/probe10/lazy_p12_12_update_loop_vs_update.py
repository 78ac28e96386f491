from django.db import connection, reset_queries
from django.db.models import F
from books.models import Book
reset_queries()
for b in Book.objects.filter(publisher_id=2):
    b.pages = b.pages + 1
    b.save(update_fields=["pages"])
loop_q = len(connection.queries)
reset_queries()
n = Book.objects.filter(publisher_id=2).update(pages=F("pages") - 1)
result = (loop_q, n, len(connection.queries), list(Book.objects.filter(publisher_id=2).order_by("id").values_list("pages", flat=True)))
