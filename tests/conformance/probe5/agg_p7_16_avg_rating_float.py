from django.db.models import Avg, Sum
from books.models import Book
r = Book.objects.filter(publisher_id=1).aggregate(a=Avg("rating"), s=Sum("rating"), p=Sum("pages"))
result = {k: repr(v) for k, v in r.items()}
