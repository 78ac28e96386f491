from django.db.models import Sum, F, Window
from django.db.models.functions import RowNumber
from books.models import Book
loop = []
running = 0
for b in Book.objects.order_by("pubdate"):
    running += b.pages
    loop.append(running)
qs = Book.objects.annotate(run=Window(Sum("pages"), order_by=F("pubdate").asc())).order_by("pubdate")
orm = [b.run for b in qs]
result = (loop == orm, orm[:4])
