# default= on an empty aggregate; Count ignores default.
from django.db.models import Avg, Count, Max, Sum
from books.models import Book

qs = Book.objects.filter(pages__gt=100000)
result = qs.aggregate(s=Sum("pages", default=0), m=Max("price", default=0), a=Avg("rating", default=1.5), c=Count("id"))
