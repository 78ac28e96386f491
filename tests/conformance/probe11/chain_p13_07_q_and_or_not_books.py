# Q with &, | and ~ on books.
from django.db.models import Q
from books.models import Book

qs = Book.objects.filter((Q(rating__gte=4.5) | Q(price__lt=20)) & ~Q(publisher_id=1)).order_by("id")
result = (list(qs.values_list("id", "rating", "price")), str(qs.query))
