# StdDev population over a float column (books ratings), rounded.
from django.db.models import StdDev, Variance
from books.models import Book
r = Book.objects.aggregate(StdDev("rating"), Variance("pages"))
result = sorted(r)
