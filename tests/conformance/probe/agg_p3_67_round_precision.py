# Round(..., precision) of an Avg, and of a FloatField.
from django.db.models import Avg
from django.db.models.functions import Round
from books.models import Book

result = (Book.objects.aggregate(r=Round(Avg("rating"), 2)),
          list(Book.objects.filter(pk__lte=3).annotate(r=Round("rating", 1)).order_by("id").values_list("r", flat=True)))
