# Round with negative precision and Avg output type.
from django.db.models import Avg
from django.db.models.functions import Round
from books.models import Book

result = Book.objects.aggregate(r=Round(Avg("pages"), -2), r2=Round(Avg("price"), 2))
