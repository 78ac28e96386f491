# statistics.mean over Decimal prices against Avg("price").
import statistics
from django.db.models import Avg
from books.models import Book

prices = list(Book.objects.values_list("price", flat=True))
result = (statistics.mean(prices), Book.objects.aggregate(Avg("price")))
