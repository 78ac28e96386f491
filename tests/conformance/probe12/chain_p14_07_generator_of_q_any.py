# Q objects built from a generator and combined with |=.
from django.db.models import Q
from books.models import Book

def price_bands():
    yield (0, 20)
    yield (40, 60)

cond = Q()
for lo, hi in price_bands():
    cond |= Q(price__gte=lo, price__lt=hi)
qs = Book.objects.filter(cond).values_list("name", flat=True).order_by("price")
result = (str(qs.query), list(qs))
