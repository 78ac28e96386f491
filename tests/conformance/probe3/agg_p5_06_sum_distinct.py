# Sum(distinct=True) and Avg(distinct=True).
from django.db.models import Avg, Sum
from books.models import Book

result = Book.objects.aggregate(s=Sum("rating", distinct=True), a=Avg("rating", distinct=True), t=Sum("rating"))
