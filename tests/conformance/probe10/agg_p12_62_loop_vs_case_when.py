from django.db.models import Count, Q, Case, When, Value, CharField
from books.models import Book
bands = {"cheap": 0, "mid": 0, "dear": 0}
for b in Book.objects.all():
    if b.price < 30:
        bands["cheap"] += 1
    elif b.price < 50:
        bands["mid"] += 1
    else:
        bands["dear"] += 1
orm = Book.objects.aggregate(cheap=Count("id", filter=Q(price__lt=30)), mid=Count("id", filter=Q(price__gte=30, price__lt=50)), dear=Count("id", filter=Q(price__gte=50)))
rows = Book.objects.annotate(band=Case(When(price__lt=30, then=Value("cheap")), When(price__lt=50, then=Value("mid")), default=Value("dear"), output_field=CharField())).values("band").annotate(n=Count("id")).order_by("band")
result = (bands == orm, orm, list(rows))
