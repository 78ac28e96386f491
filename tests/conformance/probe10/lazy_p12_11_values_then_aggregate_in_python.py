from statistics import mean, median
from django.db.models import Avg
from books.models import Book
ratings = list(Book.objects.values_list("rating", flat=True))
result = (mean(ratings), median(ratings), Book.objects.aggregate(Avg("rating")))
