from books.models import Book, Publisher, Store
from books.models import Author as BAuthor
import datetime
from django.db.models import Max, Min
from django.db import connection
r = Book.objects.none().aggregate(m=Max("pubdate", default=datetime.date(2000, 1, 1)))
r2 = Book.objects.filter(pages__lt=0).aggregate(m=Min("pubdate", default=datetime.date(2000, 1, 1)))
result = (r, r2, [q["sql"] for q in connection.queries])
