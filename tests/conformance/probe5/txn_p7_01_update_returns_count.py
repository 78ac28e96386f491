from django.db import transaction
from books.models import Book
from django.db.models import F
with transaction.atomic():
    n = Book.objects.filter(price__lt=30).update(price=F("price") * 2)
result = (n, [repr(p) for p in Book.objects.filter(id__in=[2, 3]).order_by("id").values_list("price", flat=True)])
