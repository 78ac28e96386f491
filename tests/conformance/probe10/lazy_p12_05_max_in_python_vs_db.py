from django.db.models import Max
from books.models import Book
best = None
for b in Book.objects.all():
    if best is None or b.price > best.price:
        best = b
top = Book.objects.order_by("-price").first()
agg = Book.objects.aggregate(m=Max("price"))["m"]
result = (best.pk == top.pk, agg, best.price == agg, type(agg).__name__)
