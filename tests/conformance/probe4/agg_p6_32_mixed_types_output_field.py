from django.db.models import Sum, F, DecimalField
from books.models import Book
result = Book.objects.filter(publisher_id=3).aggregate(total=Sum(F("price") * F("pages"), output_field=DecimalField()))
