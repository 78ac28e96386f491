from django.db.models import Avg, DecimalField
from django.db.models.functions import Round
from books.models import Book
r = Book.objects.aggregate(a=Round(Avg("price"), 2), b=Avg("price", output_field=DecimalField(max_digits=10, decimal_places=2)))
result = (r, type(r["a"]).__name__, type(r["b"]).__name__)
