# statistics.fmean over a float field against Avg.
import statistics
from django.db.models import Avg
from books.models import Book

vals = Book.objects.values_list("rating", flat=True)
result = (round(statistics.fmean(vals), 6), round(Book.objects.aggregate(a=Avg("rating"))["a"], 6))
